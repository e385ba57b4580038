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

/// Every task-list line (`- [ ]`, `- [x]`, `* [X]`, `+ [x]`, indented or not) that ends
/// with an id comment, in the order they appear. Lines inside fenced code blocks, and
/// list items without an id comment, are not tasks of a plan and are left out. A line
/// ends at LF, CRLF or a lone CR, as in CommonMark.
std::vector<TaskTick> read_task_ticks(std::string_view markdown);

}  // namespace handover
