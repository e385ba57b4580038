#pragma once
// `--format markdown` ends every task line with `<!-- id: TASK-ID -->`, so a checklist
// ticked in an editor, on GitHub or on a phone can be read back into the input's `done`.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace handover {

/// One task line of a Markdown checklist.
struct TaskTick {
    std::size_t line = 0;  ///< 1-based line number, for messages
    std::string id;        ///< the task id from the line's `<!-- id: ... -->` comment
    bool ticked = false;   ///< `[x]` or `[X]`
};

/// Every task-list item (`- [ ]`, `- [x]`, `* [X]`, `+ [x]`, `1. [x]`, `1) [ ]`, indented
/// or nested) whose line ends with an id comment, in the order they appear. The lines are
/// read with CommonMark's block structure: lines of fenced or indented code blocks, of HTML
/// blocks (a multi-line `<!-- ... -->` comment, `<pre>`, `<div>`, ...) and paragraph
/// continuation lines are no list items, whatever they look like. As on GitHub, the item
/// must start its line (not in a block quote, not after another item's marker on the same
/// line), its box must be followed by a space, and the id comment must be real HTML (not
/// backslash-escaped, not in a code span). A line ends at LF, CRLF or a lone CR.
std::vector<TaskTick> read_task_ticks(std::string_view markdown);

}  // namespace handover
