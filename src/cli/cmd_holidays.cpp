// `handover holidays [--calendar C] --year Y`: the public holidays of one built-in calendar
// (Japanese national holidays by default), to check the calendar the planner uses.
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
    std::string calendar = "JP";
};

/// The calendar named on the command line; the choice validator admits only these names.
HolidayCalendar calendar_named(std::string_view name) {
    for (std::size_t i = 0; i < k_holiday_calendar_names.size(); ++i) {
        if (k_holiday_calendar_names[i] == name) return static_cast<HolidayCalendar>(i);
    }
    return HolidayCalendar::JP;
}

/// What the title calls a calendar: "Japanese national holidays", "UK bank holidays
/// (Scotland)".
std::string calendar_title(Lang lang, HolidayCalendar calendar) {
    switch (calendar) {
        case HolidayCalendar::US:
            return std::string(tr(lang, "cli.holidays.calendar_us"));
        case HolidayCalendar::GB_EAW:
            return std::string(tr(lang, "cli.holidays.calendar_gb_eaw"));
        case HolidayCalendar::GB_SCT:
            return std::string(tr(lang, "cli.holidays.calendar_gb_sct"));
        case HolidayCalendar::GB_NIR:
            return std::string(tr(lang, "cli.holidays.calendar_gb_nir"));
        case HolidayCalendar::JP:
            break;
    }
    return std::string(tr(lang, "cli.holidays.calendar_jp"));
}

std::string as_text(HolidayCalendar calendar, int year, const std::vector<Holiday>& holidays,
                    Lang lang) {
    TextTable table({Align::left, Align::left});
    for (const Holiday& holiday : holidays) {
        table.add_row({format_date_long(lang, holiday.date),
                       lang == Lang::ja ? holiday.name_ja : holiday.name_en});
    }
    return trf(lang, "cli.holidays.title", fmt::arg("calendar", calendar_title(lang, calendar)),
               fmt::arg("year", year), fmt::arg("count", holidays.size())) +
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
    const HolidayCalendar calendar = calendar_named(options.calendar);
    const auto holidays = public_holidays(calendar, year);
    write_output(
        "-",
        options.format == "json" ? as_json(holidays) : as_text(calendar, year, holidays, ctx.lang),
        ctx.lang, result_paging(ctx));
    return 0;
}

}  // namespace

void setup_holidays(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<HolidaysOptions>();
    CLI::App* sub = add_command(app, "holidays", "cli.holidays.description", ctx);
    sub->footer(text(ctx, "cli.holidays.footer"));
    sub->add_option("-y,--year", options->year, text(ctx, "cli.opt.year"))->type_name("YEAR");
    add_choice(*sub, "--calendar", options->calendar, k_holiday_calendar_names, "cli.opt.calendar",
               ctx);
    add_choice(*sub, "-f,--format", options->format, k_formats, "cli.opt.holidays_format", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_holidays(*options, ctx); });
}

}  // namespace handover::cli
