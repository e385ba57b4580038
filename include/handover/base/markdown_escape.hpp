#pragma once
// Text from the input (client names, contacts, notes, history) goes into Markdown list items,
// table cells and a Mermaid chart. These functions keep such text from being read as markup.

#include <string>
#include <string_view>

namespace handover {

/// Inline Markdown text that renders as written: one line (line breaks and other control
/// characters become spaces), every character with a meaning in GitHub-flavoured Markdown
/// backslash-escaped (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`, `~`, `&`, ...), and a
/// start that cannot open a heading, list, quote or numbered item.
std::string markdown_escape(std::string_view text);

/// A label for a Mermaid gantt chart: one line without the characters the chart syntax
/// splits on (`:`, `;`, `#`, `%`) or that would end the code fence or open HTML, and not
/// starting with a chart keyword such as `section`.
std::string mermaid_label(std::string_view text);

/// A code fence (three or more backticks) longer than any backtick run in `text`, so the
/// text can sit inside it unchanged.
std::string code_fence_for(std::string_view text);

}  // namespace handover
