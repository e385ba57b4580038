#pragma once
// CLI11's help layout, measured in terminal columns instead of bytes: its own formatter
// pads with std::setw, which misaligns every row that holds Japanese text, and it never
// wraps long descriptions.

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace handover::cli {

class HelpFormatter : public CLI::Formatter {
  public:
    /// Help is always this wide, terminal or not, so that it reads the same in a pager.
    static constexpr std::size_t k_width = 100;
    static constexpr std::size_t k_column = 34;

    HelpFormatter() { column_width(k_column); }

    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
    std::string make_subcommand(const CLI::App* sub) const override;
    std::string make_description(const CLI::App* app) const override;
    /// CLI11's layout, with one blank line between option groups where CLI11 puts two.
    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;

  private:
    std::string option_groups(const CLI::App* app, CLI::AppFormatMode mode) const;
};

/// One help row: the name, then the description wrapped in the second column.
std::string help_row(const std::string& name, const std::string& description);

}  // namespace handover::cli
