// `--format csv` (one row per task) and `--format crm` (one row per client, for a CRM bulk
// change of account owner). The task CSV is for programs: its header and values are machine
// names in every language, so a script written against it works for every user. With
// `--excel` it is a spreadsheet for people instead: headers, methods and statuses in the
// reader's language, and a byte order mark so spreadsheet tools read UTF-8. The CRM file's
// headers and yes/no column follow the language.
#include <fmt/format.h>

#include <iterator>
#include <string>
#include <vector>

#include "handover/base/csv_text.hpp"
#include "handover/base/money.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"

namespace handover {
namespace {

// The task CSV's header for programs: stable snake_case English whatever the language.
constexpr std::string_view k_task_names[] = {"id",          "step",  "kind",    "title",  "client",
                                             "client_name", "date",  "hours",   "method", "status",
                                             "why",         "value", "currency"};

// The header of each file for people by catalogue key, column by column.
constexpr std::string_view k_task_columns[] = {
    "export.csv.column.id",      "export.csv.column.step",   "export.csv.column.kind",
    "export.csv.column.title",   "export.csv.column.client", "export.csv.column.client_name",
    "export.csv.column.date",    "export.csv.column.hours",  "export.csv.column.method",
    "export.csv.column.status",  "export.csv.column.why",    "export.csv.column.value",
    "export.csv.column.currency"};

constexpr std::string_view k_crm_columns[] = {
    "export.crm.column.client_id",      "export.crm.column.client_name",
    "export.crm.column.from_owner",     "export.crm.column.to_owner",
    "export.crm.column.effective_date", "export.crm.column.stage",
    "export.crm.column.open_deal",      "export.crm.column.expected_close",
    "export.crm.column.value",          "export.crm.column.currency"};

// The English headers in the catalogue are the machine names themselves, so scripts can rely
// on them; the Japanese ones are for people who open the file in a spreadsheet.
template <std::size_t N>
std::string header(Lang lang, const std::string_view (&columns)[N]) {
    std::vector<std::string> cells;
    for (const std::string_view key : columns) cells.emplace_back(tr(lang, key));
    return csv::row(cells);
}

std::string start(const RenderOptions& options) {
    return options.excel ? std::string(csv::k_utf8_bom) : std::string();
}

std::string iso_or_empty(const std::optional<Day>& day) {
    return day ? format_iso(*day) : std::string();
}

/// A client's value for a spreadsheet: a plain number in the plan's currency (the next
/// column names it), empty when the input gives none.
std::string value_cell(Currency currency, double value) {
    return value > 0 ? plain_amount(currency, value) : std::string();
}

std::string client_value(const Plan& plan, std::uint32_t client_at) {
    if (client_at >= plan.clients.size()) return {};
    return value_cell(plan.currency, plan.clients[client_at].value);
}

}  // namespace

// Input supplies client names only; the private notes it holds are never read here.
void write_csv(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& sink) {
    BufferedSink out(sink);
    out += start(options);
    const Lang lang = options.lang;
    const bool people = options.excel;
    if (people) {
        out += header(lang, k_task_columns);
    } else {
        out += csv::row(std::vector<std::string>(std::begin(k_task_names), std::end(k_task_names)));
    }
    const ClientIndex clients(plan, input);
    for (const Task& task : plan.tasks) {
        const std::string client = task.client.str();
        const std::string value = client_value(plan, task.client_at);
        out += csv::row({
            task.id.str(),
            fmt::format("{}", task.step),
            std::string(to_string(task.kind)),
            task_title(options.lang, plan, task),
            client,
            client.empty() ? std::string() : std::string(clients.name(client)),
            iso_or_empty(task.date),
            fmt::format("{}", task.hours),
            !task.method ? std::string()
            : people     ? std::string(label(lang, *task.method))
                         : std::string(to_string(*task.method)),
            std::string(people ? label(lang, task.status) : to_string(task.status)),
            task_why(lang, plan, task),
            value,
            value.empty() ? std::string() : std::string(to_string(plan.currency)),
        });
    }
    out.finish();
}

std::string render_csv(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_csv(plan, input, options, sink); });
}

void write_crm(const Plan& plan, const RenderOptions& options, TextSink& sink) {
    BufferedSink out(sink);
    out += start(options);
    out += header(options.lang, k_crm_columns);
    for (const ClientPlan& client : plan.clients) {
        // The owner changes on the day the drafts tell every client the successor takes
        // over (rule 11): until the last day the user still answers for the account.
        const Day effective = plan.takeover_day;
        out += csv::row({
            client.id.str(),
            client.name.str(),
            plan.me,
            client.successor.str(),
            format_iso(effective),
            std::string(to_string(client.stage)),
            std::string(
                tr(options.lang, is_open_deal(client.stage) ? "export.crm.yes" : "export.crm.no")),
            iso_or_empty(client.expected_close),
            value_cell(plan.currency, client.value),
            client.value > 0 ? std::string(to_string(plan.currency)) : std::string(),
        });
    }
    out.finish();
}

std::string render_crm(const Plan& plan, const Input& /*input*/, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_crm(plan, options, sink); });
}

}  // namespace handover
