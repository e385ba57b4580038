#include "help_formatter.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "handover/base/text_width.hpp"

namespace handover::cli {
namespace {

std::vector<std::string> wrap_paragraphs(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    while (true) {
        const auto end = text.find('\n');
        const auto paragraph = text.substr(0, end);
        if (paragraph.empty()) lines.emplace_back();
        for (auto& line : wrap_to_width(paragraph, width)) lines.push_back(std::move(line));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

}  // namespace

std::string help_row(const std::string& name, const std::string& description) {
    constexpr std::size_t column = HelpFormatter::k_column;
    const std::string indent(column, ' ');
    std::string out = "  " + name;
    if (description.empty()) return out + "\n";
    if (display_width(out) + 1 > column) {
        out += "\n" + indent;
    } else {
        out = pad_right(out, column);
    }
    bool first = true;
    for (const auto& line : wrap_paragraphs(description, HelpFormatter::k_width - column)) {
        if (!first) out += "\n" + indent;
        out += line;
        first = false;
    }
    return out + "\n";
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    return help_row(make_option_name(opt, is_positional) + make_option_opts(opt),
                    make_option_desc(opt));
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    return help_row(sub->get_display_name(true), sub->get_description());
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    const std::string& description = app->get_description();
    if (description.empty()) return {};
    std::string out;
    for (const auto& line : wrap_paragraphs(description, k_width)) out += line + "\n";
    return out + "\n";
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name,
                                     CLI::AppFormatMode mode) const {
    if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
    return make_description(app) + make_usage(app, std::move(name)) + make_positionals(app) +
           option_groups(app, mode) + make_subcommands(app, mode) + "\n" + make_footer(app);
}

std::string HelpFormatter::option_groups(const CLI::App* app, CLI::AppFormatMode mode) const {
    std::string out;
    for (const std::string& group : app->get_groups()) {
        const auto options = app->get_options([&](const CLI::Option* opt) {
            return opt->get_group() == group && opt->nonpositional() &&
                   (mode != CLI::AppFormatMode::Sub ||
                    (app->get_help_ptr() != opt && app->get_help_all_ptr() != opt));
        });
        if (!group.empty() && !options.empty()) out += make_group(group, false, options);
    }
    return out;
}

}  // namespace handover::cli
