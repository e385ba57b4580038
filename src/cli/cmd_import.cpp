// `handover import EXPORT`: a CRM or spreadsheet export made into clients (docs/import.md).
// Without --into it writes a new starter file holding them; with --into it refreshes the
// clients of an existing file in place, keeping every byte it does not set (the same
// editor discipline and lock as `done`). Nothing is written before the result has been
// read back by the input's own validator.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "handover/base/atomic_write.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/json_writer.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/cli/import_members.hpp"
#include "handover/cli/starter.hpp"
#include "handover/input/import_map.hpp"
#include "handover/input/import_table.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/clients_edit.hpp"
#include "options.hpp"
#include "output.hpp"
#include "standard_error.hpp"

namespace handover::cli {
namespace {

struct ImportOptions {
    std::string source;
    std::string output = "clients.json";
    CLI::Option* output_flag = nullptr;
    std::string into;
    bool dry_run = false;
    bool force = false;
    std::vector<std::string> map;
    std::vector<std::string> stage;
    std::string encoding;
    std::string date_order;
    std::string last_day;
    std::string me;
    std::string manager;
    std::string successor;
    std::string jurisdiction;
};

constexpr std::string_view k_date_orders[] = {"ymd", "mdy", "dmy"};

DateOrder date_order_of(std::string_view flag) {
    if (flag == "ymd") return DateOrder::ymd;
    if (flag == "mdy") return DateOrder::mdy;
    if (flag == "dmy") return DateOrder::dmy;
    return DateOrder::automatic;
}

/// The value a member of `client` has in the file, as JSON on one line; empty when the
/// file leaves it out. Only for the members an update can set (client_members).
std::string current_json(const Client& client, std::string_view key) {
    const auto text = [](std::string_view value) {
        return value.empty() ? std::string() : json_string(value);
    };
    if (key == "name") return text(client.name);
    if (key == "contact") return text(client.contact);
    if (key == "salutation") return text(client.salutation);
    if (key == "decision_maker") return text(client.decision_maker);
    if (key == "successor") return text(client.successor);
    if (key == "stage") return json_string(to_string(client.stage));
    if (key == "expected_close") {
        return client.expected_close ? json_string(format_iso(*client.expected_close)) : "";
    }
    if (key == "value") return fmt::format("{}", client.value);
    if (key == "relationship") return json_string(to_string(client.relationship));
    if (key == "change_averse") return client.change_averse ? "true" : "false";
    if (key == "preferred_method") {
        return client.preferred_method ? json_string(to_string(*client.preferred_method)) : "";
    }
    return {};
}

/// `stage "active" -> "proposal", expected_close -> "2027-01-27", history + 1 line`: what an
/// update changes, with the value it replaces; notes and history only grow, so they say
/// how much.
std::string member_changes(const std::vector<MemberText>& members, const Client& client,
                           Lang lang) {
    constexpr std::size_t k_shown = 40;  // terminal columns
    std::string out;
    for (const MemberText& m : members) {
        if (!out.empty()) out += tr(lang, "cli.import.list_separator");
        if (m.key == "history" || m.key == "handover_notes" || m.key == "notes") {
            out += trf(lang, "cli.import.change_added", fmt::arg("field", m.key));
            continue;
        }
        const std::string before = current_json(client, m.key);
        out += before.empty()
                   ? trf(lang, "cli.import.change_set", fmt::arg("field", m.key),
                         fmt::arg("value", terminal_text(truncate_to_width(m.json, k_shown))))
                   : trf(lang, "cli.import.change", fmt::arg("field", m.key),
                         fmt::arg("before", terminal_text(truncate_to_width(before, k_shown))),
                         fmt::arg("value", terminal_text(truncate_to_width(m.json, k_shown))));
    }
    return out;
}

std::string_view delimiter_name(char delimiter, Lang lang) {
    switch (delimiter) {
        case '\t':
            return tr(lang, "cli.import.delimiter.tab");
        case ';':
            return tr(lang, "cli.import.delimiter.semicolon");
        default:
            return tr(lang, "cli.import.delimiter.comma");
    }
}

std::string source_name(const ImportOptions& options, Lang lang) {
    return options.source == "-" ? std::string(tr(lang, "cli.stdin")) : options.source;
}

/// `--last-day` as the export's dates are written too: 2026-12-25, 2026/12/25, 2026/1/5.
std::optional<Day> parse_flag_date(std::string_view text) {
    if (const auto day = parse_iso_date(text)) return day;
    unsigned year = 0, month = 0, day = 0;
    char slash1 = 0, slash2 = 0;
    std::string rest;
    std::istringstream in{std::string(text)};
    if (!(in >> year >> slash1 >> month >> slash2 >> day) || slash1 != '/' || slash2 != '/' ||
        (in >> rest) || year < 1000 || year > 9999 || month > 99 || day > 99) {
        return std::nullopt;
    }
    return parse_iso_date(fmt::format("{:04}-{:02}-{:02}", year, month, day));
}

/// The distinct values of a column in the rows that made clients (not a totals row), in
/// order of first appearance.
std::vector<std::string> distinct_values(const Table& table, const ImportResult& result,
                                         std::size_t column) {
    std::vector<std::size_t> used;
    for (const ImportedClient& client : result.clients) {
        used.insert(used.end(), client.lines.begin(), client.lines.end());
    }
    std::sort(used.begin(), used.end());
    std::vector<std::string> values;
    for (const TableRow& row : table.rows) {
        if (!std::binary_search(used.begin(), used.end(), row.line)) continue;
        const std::string& value = row.cells[column];
        if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) {
            values.push_back(value);
        }
    }
    return values;
}

/// Two things an export can hold that no field keeps, and that make the clients wrong when
/// they differ from row to row: deals of several owners (a team's report, not the user's
/// own list) and amounts in several currencies named in a column of their own (Salesforce's
/// "Amount Currency"). Each is told, with the values found.
void warn_of_mixed_columns(std::string& out, const Table& table, const ImportResult& result,
                           Lang lang) {
    static const std::vector<std::string> k_owner_headers = [] {
        std::vector<std::string> keys;
        for (std::string_view header :
             {"商談 所有者", "商談所有者", "所有者", "取引先 所有者", "担当営業", "営業担当",
              "営業担当者", "自社担当", "自社担当者", "Deal owner", "Opportunity Owner", "Owner",
              "Account Owner", "Contact owner", "HubSpot Owner"}) {
            keys.push_back(import_header_key(header));
        }
        return keys;
    }();
    for (std::size_t column = 0; column < table.header.size(); ++column) {
        const std::string key = import_header_key(table.header[column]);
        const bool owner =
            std::find(k_owner_headers.begin(), k_owner_headers.end(), key) != k_owner_headers.end();
        const bool currency =
            key.find("通貨") != std::string::npos || key.find("currency") != std::string::npos;
        if (!owner && !currency) continue;
        const std::vector<std::string> values = distinct_values(table, result, column);
        if (values.size() < 2) continue;
        std::string listed;
        for (std::size_t i = 0; i < values.size() && i < 5; ++i) {
            if (!listed.empty()) listed += tr(lang, "cli.import.list_separator");
            listed += terminal_text(values[i]);
        }
        if (values.size() > 5) listed += "…";
        out += trf(lang, owner ? "cli.import.several_owners" : "cli.import.several_currencies",
                   fmt::arg("header", terminal_text(table.header[column])),
                   fmt::arg("count", values.size()), fmt::arg("values", listed));
        out += '\n';
    }
}

/// What was read and how its columns were understood; the columns one by one only for
/// --dry-run, the ones left out always (a column is never dropped without a word).
void describe_reading(std::string& out, const Table& table, const ImportResult& result,
                      const ImportOptions& options, const Context& ctx) {
    const auto line = [&](std::string text) {
        out += text;
        out += '\n';
    };
    const bool from_stdin = options.source == "-";
    line(trf(ctx.lang, from_stdin ? "cli.import.read_stdin" : "cli.import.read",
             fmt::arg("source", terminal_text(options.source)), fmt::arg("rows", table.rows.size()),
             fmt::arg("encoding", table.encoding),
             fmt::arg("delimiter", delimiter_name(table.delimiter, ctx.lang))));
    if (!table.title_lines.empty()) {
        line(trf(ctx.lang, "cli.import.title_left_out", fmt::arg("line", table.header_line),
                 fmt::arg("titles", line_ranges(table.title_lines, ctx.lang))));
    }
    if (options.dry_run) {
        line(std::string(tr(ctx.lang, "cli.import.columns")));
        for (const ColumnMapping& column : result.columns) {
            const std::string field = column.field ? std::string(to_string(*column.field))
                                      : column.same_as
                                          ? trf(ctx.lang, "cli.import.column_same_as",
                                                fmt::arg("column", *column.same_as))
                                          : std::string(tr(ctx.lang, "cli.import.column_unused"));
            line(trf(ctx.lang,
                     column.from_option ? "cli.import.column_option" : "cli.import.column",
                     fmt::arg("column", column.column),
                     fmt::arg("header", terminal_text(column.header)), fmt::arg("field", field)));
        }
    }
    // Named one by one up to a point: a file of thousands of columns gets a count.
    constexpr std::size_t k_named = 20;
    std::string unused;
    std::size_t unnamed = 0;
    std::string doubled;
    for (const ColumnMapping& column : result.columns) {
        if (column.field || !column.same_as) continue;
        if (!doubled.empty()) doubled += tr(ctx.lang, "cli.import.list_separator");
        doubled += trf(ctx.lang, "cli.import.doubled_column", fmt::arg("column", column.column),
                       fmt::arg("header", terminal_text(column.header)),
                       fmt::arg("used", *column.same_as));
    }
    if (!doubled.empty()) line(trf(ctx.lang, "cli.import.doubled", fmt::arg("columns", doubled)));
    for (const ColumnMapping& column : result.columns) {
        if (column.field || column.same_as) continue;
        if (++unnamed > k_named) continue;
        if (!unused.empty()) unused += tr(ctx.lang, "cli.import.list_separator");
        unused += terminal_text(column.header.empty() ? fmt::format("#{}", column.column)
                                                      : column.header);
    }
    if (!unused.empty()) {
        if (unnamed > k_named) {
            unused += trf(ctx.lang, "cli.import.and_more", fmt::arg("count", unnamed - k_named));
        }
        line(trf(ctx.lang, "cli.import.unused", fmt::arg("columns", unused)));
    }
    if (!table.footer_lines.empty()) {
        line(trf(ctx.lang, "cli.import.footer_left_out",
                 fmt::arg("count", table.footer_lines.size()),
                 fmt::arg("line", table.footer_lines.front())));
    }
    for (const std::string& notice : result.notices) line(terminal_text(notice));
    warn_of_mixed_columns(out, table, result, ctx.lang);
}

/// `  + acme  Acme Corp: closing, 2026-12-11, 410000 (rows: 2)`: a new client as the file
/// will hold it, so a dry run shows what the rows became.
std::string added_line(const ImportedClient& client, Lang lang) {
    std::string summary(to_string(client.stage.value_or(Client{}.stage)));
    const std::string_view separator = tr(lang, "cli.import.list_separator");
    if (client.expected_close) {
        summary += separator;
        summary += format_iso(*client.expected_close);
    }
    if (client.value) {
        summary += separator;
        summary += fmt::format("{}", *client.value);
    }
    return trf(lang, "cli.import.client_added", fmt::arg("id", client.id),
               fmt::arg("name", terminal_text(client.name)), fmt::arg("summary", summary),
               fmt::arg("lines", client.lines.size())) +
           "\n";
}

/// Prints a report: to standard output, or to standard error when standard output carries
/// the file itself (`-o -`).
void print_report(const std::string& report, bool to_stderr, const Context& ctx) {
    if (report.empty()) return;
    if (to_stderr) {
        write_standard_error(report);
    } else {
        write_output("-", report, ctx.lang);
    }
}

struct Imported {
    Table table;
    ImportResult result;
};

Imported read_export(const ImportOptions& options, const Context& ctx) {
    const std::string bytes = read_input_text(options.source, ctx.lang);
    const std::string file = source_name(options, ctx.lang);
    Imported out;
    out.table = read_table(bytes, {options.encoding}, file, ctx.lang);
    MappingOptions mapping;
    for (const std::string& value : options.map) {
        auto pairs = parse_assignments(value, "--map", ctx.lang);
        mapping.map.insert(mapping.map.end(), pairs.begin(), pairs.end());
    }
    for (const std::string& value : options.stage) {
        auto pairs = parse_assignments(value, "--stage", ctx.lang);
        mapping.stages.insert(mapping.stages.end(), pairs.begin(), pairs.end());
    }
    mapping.date_order = date_order_of(options.date_order);
    out.result = map_table(out.table, mapping, file, ctx.lang);
    // A header and nothing under it is an export taken from an empty view or report.
    if (out.result.clients.empty()) {
        throw InputError(file, {{table_place(out.table.header_line, 0, "", ctx.lang),
                                 {},
                                 std::string(tr(ctx.lang, "cli.import.no_rows")),
                                 {}}});
    }
    return out;
}

// ---- a new file --------------------------------------------------------------------------

/// The jurisdiction whose currency a sign names: dollars the US, pounds the UK, yen Japan;
/// the euro none of the three.
std::optional<Jurisdiction> home_of(Currency currency) {
    switch (currency) {
        case Currency::USD:
            return Jurisdiction::US;
        case Currency::GBP:
            return Jurisdiction::GB;
        case Currency::JPY:
            return Jurisdiction::JP;
        case Currency::EUR:
            break;
    }
    return std::nullopt;
}

/// Sets up the new file's jurisdiction and currency: --jurisdiction, else the home of the
/// currency the amounts are written in, else the language's default; the currency is the
/// amounts' own, else the jurisdiction's. Says so in `report` whenever the amounts decided.
void choose_jurisdiction(StarterFill& fill, const ImportOptions& options,
                         const ImportResult& result, std::string& report, Lang lang) {
    const std::optional<Jurisdiction> given = jurisdiction_from_flag(options.jurisdiction);
    const std::optional<Currency> amounts = result.currency;
    Jurisdiction jurisdiction = given.value_or(default_jurisdiction(lang));
    if (!given && amounts) jurisdiction = home_of(*amounts).value_or(jurisdiction);
    fill.jurisdiction = jurisdiction;
    fill.currency = amounts.value_or(default_currency(jurisdiction));
    if (!amounts) return;
    if (!given) {
        report += trf(lang, "cli.import.currency_sets", fmt::arg("currency", to_string(*amounts)),
                      fmt::arg("jurisdiction", to_string(jurisdiction)));
        report += '\n';
    } else if (*amounts != default_currency(jurisdiction)) {
        report += trf(lang, "cli.import.currency_kept", fmt::arg("currency", to_string(*amounts)),
                      fmt::arg("jurisdiction", to_string(jurisdiction)),
                      fmt::arg("default", to_string(default_currency(jurisdiction))));
        report += '\n';
    }
}

int import_new(const ImportOptions& options, Context& ctx) {
    check_output_target(options.output, options.source == "-" ? "" : options.source, ctx.lang);
    const bool to_stdout = writes_to_stdout(options.output);
    std::error_code ec;
    if (!options.dry_run && !to_stdout && !options.force &&
        std::filesystem::exists(std::filesystem::symlink_status(options.output, ec))) {
        throw UsageError(
            trf(ctx.lang, "cli.init.exists", fmt::arg("path", terminal_text(options.output))));
    }
    const Day today = today_from_flag(ctx).value_or(local_today());
    StarterFill fill;
    fill.me = options.me;
    fill.manager = options.manager;
    fill.successor = options.successor;
    if (!options.last_day.empty()) {
        const auto day = parse_flag_date(options.last_day);
        if (!day || !in_supported_range(*day) || *day < today) {
            throw UsageError(trf(ctx.lang, "cli.import.bad_last_day",
                                 fmt::arg("value", terminal_text(options.last_day)),
                                 fmt::arg("today", format_iso(today))));
        }
        fill.last_day = *day;
    }

    Imported imported = read_export(options, ctx);
    match_and_assign_ids(imported.result.clients, {});
    std::vector<std::vector<MemberText>> clients;
    clients.reserve(imported.result.clients.size());
    for (const ImportedClient& client : imported.result.clients) {
        clients.push_back(client_members(client, nullptr));
    }
    fill.clients = std::move(clients);
    fill.source = std::filesystem::path(source_name(options, ctx.lang)).filename().string();
    std::string chosen;
    choose_jurisdiction(fill, options, imported.result, chosen, ctx.lang);
    const std::string text = starter_file(ctx.lang, today, fill);
    // The file must read as every file `check` reads; a refusal names the written file's
    // fields, so the export's row is found through the client id it names.
    const std::string target = to_stdout ? std::string(tr(ctx.lang, "cli.stdin")) : options.output;
    parse_input(text, target, today, ctx.lang);

    std::string report;
    describe_reading(report, imported.table, imported.result, options, ctx);
    report += chosen;
    if (options.dry_run) {
        for (const ImportedClient& client : imported.result.clients) {
            report += added_line(client, ctx.lang);
        }
        const bool one = imported.result.clients.size() == 1;
        report += trf(ctx.lang, one ? "cli.import.dry_run_new_one" : "cli.import.dry_run_new",
                      fmt::arg("count", imported.result.clients.size()),
                      fmt::arg("path", terminal_text(options.output)));
        report += '\n';
        print_report(report, false, ctx);
        return 0;
    }
    write_output(options.output, text, ctx.lang);
    if (!ctx.quiet) {
        // On standard output the file itself is the result; what was read still goes to
        // standard error, so no column is left out unseen.
        if (!to_stdout) {
            const bool one = imported.result.clients.size() == 1;
            report += trf(ctx.lang, one ? "cli.import.written_one" : "cli.import.written",
                          fmt::arg("path", terminal_text(options.output)),
                          fmt::arg("count", imported.result.clients.size()),
                          fmt::arg("rows", imported.table.rows.size()));
            report += '\n';
            // What is still the starter's example, by its place in the file.
            std::string examples;
            for (const auto& [given, field] :
                 {std::pair<bool, std::string_view>{!options.me.empty(),
                                                    tr(ctx.lang, "cli.import.example.me")},
                  {!options.manager.empty(), tr(ctx.lang, "cli.import.example.manager")},
                  {!options.successor.empty(), tr(ctx.lang, "cli.import.example.successor")},
                  {!options.last_day.empty(), tr(ctx.lang, "cli.import.example.last_day")}}) {
                if (given) continue;
                if (!examples.empty()) examples += tr(ctx.lang, "cli.import.list_separator");
                examples += field;
            }
            report += examples.empty()
                          ? trf(ctx.lang, "cli.import.next_check",
                                fmt::arg("path", terminal_text(options.output)))
                          : trf(ctx.lang, "cli.import.still_examples", fmt::arg("fields", examples),
                                fmt::arg("path", terminal_text(options.output)));
            report += '\n';
        }
        print_report(report, to_stdout, ctx);
    }
    return 0;
}

// ---- into an existing file ---------------------------------------------------------------

int import_into(const ImportOptions& options, Context& ctx) {
    if (options.into == "-") throw UsageError(text(ctx, "cli.import.into_stdin"));
    if (options.output_flag != nullptr && options.output_flag->count() > 0) {
        throw UsageError(text(ctx, "cli.import.into_and_output"));
    }
    for (const auto& [flag, value] :
         {std::pair<std::string_view, const std::string&>{"--last-day", options.last_day},
          {"--me", options.me},
          {"--manager", options.manager},
          {"--successor", options.successor},
          {"--jurisdiction", options.jurisdiction}}) {
        if (!value.empty()) {
            throw UsageError(trf(ctx.lang, "cli.import.fill_with_into", fmt::arg("option", flag),
                                 fmt::arg("file", terminal_text(options.into))));
        }
    }
    if (options.source != "-" && std::filesystem::exists(options.source) &&
        std::filesystem::exists(options.into)) {
        std::error_code ec;
        if (std::filesystem::equivalent(options.source, options.into, ec)) {
            throw UsageError(text(ctx, "cli.import.into_is_source"));
        }
    }
    // The file first: its `lang` is the language of the history lines the export adds.
    // The lock is held from this read to the replace, as `done` holds it.
    const std::unique_ptr<EditLock> lock = lock_for_edit(options.into, ctx);
    const std::string original = read_input_text(options.into, ctx.lang);
    const auto today = today_from_flag(ctx);
    const Input input = parse_input(original, options.into, today, ctx.lang);
    adopt_file_language(input, ctx);
    Imported imported = read_export(options, ctx);

    std::vector<ExistingClient> existing;
    existing.reserve(input.clients.size());
    for (const Client& client : input.clients) {
        existing.push_back({std::string(client.id), std::string(client.name), client.index});
    }
    const auto matches = match_and_assign_ids(imported.result.clients, existing);

    ClientsEdit edit;
    std::string lines;
    std::size_t changed = 0, unchanged = 0;
    std::vector<bool> touched(input.clients.size(), false);
    for (std::size_t i = 0; i < imported.result.clients.size(); ++i) {
        const ImportedClient& client = imported.result.clients[i];
        if (!matches[i]) {
            edit.added.push_back(client_members(client, nullptr));
            lines += added_line(client, ctx.lang);
            continue;
        }
        const Client& current = input.clients[*matches[i]];
        touched[*matches[i]] = true;
        std::vector<MemberText> members = client_members(client, &current);
        if (members.empty()) {
            ++unchanged;
            continue;
        }
        ++changed;
        lines +=
            trf(ctx.lang, "cli.import.client_changed", fmt::arg("id", terminal_text(current.id)),
                fmt::arg("name", terminal_text(current.name)),
                fmt::arg("fields", member_changes(members, current, ctx.lang)));
        lines += '\n';
        edit.updates.push_back({current.index, std::move(members)});
    }
    const auto kept = static_cast<std::size_t>(std::count(touched.begin(), touched.end(), false));

    std::string report;
    describe_reading(report, imported.table, imported.result, options, ctx);
    report += lines;
    report += trf(ctx.lang, "cli.import.summary", fmt::arg("file", terminal_text(options.into)),
                  fmt::arg("added", edit.added.size()), fmt::arg("changed", changed),
                  fmt::arg("unchanged", unchanged), fmt::arg("kept", kept));
    report += '\n';

    const bool changes = !edit.added.empty() || !edit.updates.empty();
    if (options.dry_run || !changes) {
        report += tr(ctx.lang, options.dry_run ? "cli.import.dry_run" : "cli.import.nothing_to_do");
        report += '\n';
        print_report(report, false, ctx);
        return 0;
    }
    const std::string edited = edit_clients(original, edit);
    // The editor works on bytes; what it wrote must read back as a valid file with one
    // client more per addition before it may replace the user's.
    try {
        const Input reread = parse_input(edited, options.into, today, ctx.lang);
        if (reread.clients.size() != input.clients.size() + edit.added.size()) {
            throw std::logic_error("the edited file reads back a different number of clients");
        }
    } catch (const InputError& e) {
        throw std::logic_error("the edited file does not read back: " + e.describe(Lang::en));
    }
    write_output(lock->target(), edited, ctx.lang);
    if (!ctx.quiet) {
        report += trf(ctx.lang, "cli.import.saved", fmt::arg("file", terminal_text(options.into)));
        report += '\n';
        print_report(report, false, ctx);
    }
    return 0;
}

int run_import(const ImportOptions& options, Context& ctx) {
    return options.into.empty() ? import_new(options, ctx) : import_into(options, ctx);
}

}  // namespace

void setup_import(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* sub = add_command(app, "import", "cli.import.description", ctx);
    sub->footer(text(ctx, "cli.import.footer"));
    sub->add_option("EXPORT", options->source, text(ctx, "cli.opt.import_source"))
        ->required()
        ->type_name("");
    add_output_option(*sub, options->output, "cli.opt.import_output", ctx);
    options->output_flag = sub->get_option("-o");
    sub->add_option("--into", options->into, text(ctx, "cli.opt.into"))->type_name("FILE");
    sub->add_flag("--dry-run", options->dry_run, text(ctx, "cli.opt.dry_run"));
    sub->add_flag("--force", options->force, text(ctx, "cli.opt.force"));
    sub->add_option("--map", options->map, text(ctx, "cli.opt.map"))
        ->type_name("HEADER=FIELD,...")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--stage", options->stage, text(ctx, "cli.opt.stage"))
        ->type_name("VALUE=STAGE,...")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_option("--encoding", options->encoding, text(ctx, "cli.opt.encoding"))
        ->type_name("NAME");
    add_choice(*sub, "--date-order", options->date_order, k_date_orders, "cli.opt.date_order", ctx);
    sub->add_option("--last-day", options->last_day, text(ctx, "cli.opt.last_day"))
        ->type_name("YYYY-MM-DD");
    sub->add_option("--me", options->me, text(ctx, "cli.opt.me"))->type_name("NAME");
    sub->add_option("--manager", options->manager, text(ctx, "cli.opt.manager"))->type_name("NAME");
    sub->add_option("--successor", options->successor, text(ctx, "cli.opt.successor"))
        ->type_name("NAME");
    add_jurisdiction_option(*sub, options->jurisdiction, "cli.opt.import_jurisdiction", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_import(*options, ctx); });
}

}  // namespace handover::cli
