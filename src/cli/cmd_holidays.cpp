// `handover holidays --year Y`: the built-in Japanese national holidays, to check the
// calendar the planner uses.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/json_writer.hpp"
#include "handover/base/text_table.hpp"
#include "handover/base/text_width.hpp"
#include "handover/calendar/holidays.hpp"
#include "handover/input/input.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

constexpr std::string_view k_formats[] = {"text", "json"};

struct HolidaysOptions {
    /// 0 when not given: the year of --today, else of the local date.
    int year = 0;
    std::string format = "text";
};

std::string as_text(int year, const std::vector<Holiday>& holidays, Lang lang) {
    TextTable table({Align::left, Align::left});
    for (const Holiday& holiday : holidays) {
        table.add_row({format_date_long(lang, holiday.date),
                       lang == Lang::ja ? holiday.name_ja : holiday.name_en});
    }
    return trf(lang, "cli.holidays.title", fmt::arg("year", year),
               fmt::arg("count", holidays.size())) +
           "\n" + table.render();
}

std::string as_json(const std::vector<Holiday>& holidays) {
    return json_array_text([&](JsonArray& list) {
        for (const Holiday& holiday : holidays) {
            JsonObject entry = list.object();
            entry.date("date", holiday.date);
            entry.string("name_ja", holiday.name_ja);
            entry.string("name_en", holiday.name_en);
            entry.close();
        }
    });
}

int run_holidays(const HolidaysOptions& options, Context& ctx) {
    int year = options.year;
    if (year == 0) {
        const Day today = today_from_flag(ctx).value_or(local_today());
        year = static_cast<int>(date::year_month_day(today).year());
    }
    if (year < k_min_year || year > k_max_year) {
        throw UsageError(trf(ctx.lang, "cli.error.bad_year", fmt::arg("year", year),
                             fmt::arg("min", k_min_year), fmt::arg("max", k_max_year)));
    }
    const auto holidays = public_holidays(HolidayCalendar::JP, year);
    write_output("-",
                 options.format == "json" ? as_json(holidays) : as_text(year, holidays, ctx.lang),
                 ctx.lang, result_paging(ctx));
    return 0;
}

}  // namespace

void setup_holidays(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<HolidaysOptions>();
    CLI::App* sub = add_command(app, "holidays", "cli.holidays.description", ctx);
    sub->footer(text(ctx, "cli.holidays.footer"));
    sub->add_option("-y,--year", options->year, text(ctx, "cli.opt.year"))->type_name("YEAR");
    add_choice(*sub, "-f,--format", options->format, k_formats, "cli.opt.holidays_format", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_holidays(*options, ctx); });
}

}  // namespace handover::cli
