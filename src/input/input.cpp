// Reading and validating clients.json: the one place where untrusted text becomes an Input.
// Every problem is collected (a user fixes a file in one pass, not one error per run) and
// each one names the JSON pointer, the client, what was expected and a likely correction.
// The clients are read one at a time while the text is parsed (input_dom.cpp,
// input_clients.cpp), so that a large file never exists as one DOM; this file reads the
// small rest of the document and puts the diagnostics in order.
#include "handover/input/input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <system_error>

#include "handover/base/diagnostics.hpp"
#include "handover/input/ics_holidays.hpp"
#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover {
namespace {

using input_detail::ClientReader;
using input_detail::DoneReader;
using input_detail::Field;
using input_detail::FieldReader;
using input_detail::json;
using input_detail::Pointer;
using input_detail::read_error_message;
using input_detail::shown;
using input_detail::shown_number;
using input_detail::suggest;
using input_fields::Type;

/// A problem with the file as a whole (no pointer): nothing more can be read from it.
[[noreturn]] void refuse(const std::string& file, std::string message) {
    throw InputError(file, {{{}, {}, std::move(message), {}}});
}

// ----------------------------------------------------------------------------------------
// Validation

// Which keys exist, which are required and what bounds they have: the field table.
using input_fields::k_blocked;
using input_fields::k_calendar;
using input_fields::k_interview;
using input_fields::k_job_search;
using input_fields::k_manager;
using input_fields::k_me;
using input_fields::k_named_holiday;
using input_fields::k_policy;
using input_fields::k_root;
using input_fields::k_successor;

/// Task ids are generated ASCII (`acme/notify`); anything else cannot name a task.
bool is_task_id_like(std::string_view key) {
    return !key.empty() && key.size() <= k_max_task_id &&
           std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 0x7F; });
}

Day add_years(Day day, int years) {
    const date::year_month_day ymd{day};
    const date::year_month_day later = ymd + date::years{years};
    // 29 February has no twin in most years: use the last day of that February.
    return later.ok() ? Day{later} : Day{later.year() / later.month() / date::last};
}

/// Checks every rule of the document and fills the Input as it goes. The clients were read
/// while the text was parsed; their diagnostics join the others at the place where the
/// `clients` key is checked, so problems are listed in the same order as the keys of the
/// format. The Input is only handed out when no diagnostic was raised.
class Validator : private FieldReader {
  public:
    Validator(Lang lang, std::optional<Day> today_flag, std::string_view file)
        : FieldReader(lang), today_flag_(today_flag), file_(file) {}

    using FieldReader::diagnostics;
    /// Diagnostics counted but not kept, the clients' included.
    std::size_t dropped() const {
        return FieldReader::dropped() + clients_dropped_ + done_dropped_;
    }

    Input read(const json& root, ClientReader& clients, DoneReader& done) {
        if (!object(root, document_, k_root)) return std::move(input_);
        // Another version means another format: its other problems would only be noise.
        if (const json* version = member(root, document_, k_root["version"])) {
            if (!version->is_number()) {
                wrong_type(*version, document_ / "version", tr(lang_, "input.type.integer"));
            } else if (version->get<double>() != k_format_version) {
                clear_diagnostics();
                report(document_ / "version",
                       trf(lang_, "input.version",
                           fmt::arg("version", shown_number(version->get<double>()))));
                return std::move(input_);
            }
        }
        if (const json* schema = member(root, document_, k_root["$schema"])) {
            text(*schema, document_ / "$schema");
        }
        if (const json* lang = member(root, document_, k_root["lang"])) {
            if (auto i = choice(*lang, document_ / "lang", k_root["lang"])) {
                input_.lang = lang_from_string(k_lang_names[*i]);
            }
        }
        if (const json* j = member(root, document_, k_root["jurisdiction"])) {
            if (auto i = choice(*j, document_ / "jurisdiction", k_root["jurisdiction"])) {
                input_.jurisdiction = static_cast<Jurisdiction>(*i);
            }
        }
        input_.currency = default_currency(input_.jurisdiction);
        if (const json* c = member(root, document_, k_root["currency"])) {
            if (auto i = choice(*c, document_ / "currency", k_root["currency"])) {
                input_.currency = static_cast<Currency>(*i);
            }
        }
        input_.locale = default_locale(input_.jurisdiction);
        if (const json* l = member(root, document_, k_root["locale"])) {
            if (auto i = choice(*l, document_ / "locale", k_root["locale"])) {
                input_.locale = static_cast<DateLocale>(*i);
            }
        }
        input_.policy.high_value = default_high_value(input_.currency);
        input_.policy.prepare_before_notice = default_prepare_before_notice(input_.jurisdiction);
        if (const json* me = member(root, document_, k_root["me"])) {
            input_.me = person(*me, document_ / "me", k_me, input_.me_details);
        }
        if (const json* manager = member(root, document_, k_root["manager"])) {
            read_manager(*manager);
        }
        if (const json* successor = member(root, document_, k_root["successor"])) {
            input_.successor =
                person(*successor, document_ / "successor", k_successor, input_.successor_details);
        }
        const std::optional<Day> today_in_file = date_member(root, document_, k_root["today"]);
        input_.today_in_file = today_in_file.has_value();
        const std::optional<Day> last_day = date_member(root, document_, k_root["last_day"]);
        input_.end_date = date_member(root, document_, k_root["end_date"]);
        input_.support_until = date_member(root, document_, k_root["support_until"]);
        if (const json* calendar = member(root, document_, k_root["calendar"])) {
            read_calendar(*calendar);
        }
        if (const json* policy = member(root, document_, k_root["policy"])) read_policy(*policy);
        if (const json* job_search = member(root, document_, k_root["job_search"])) {
            read_job_search(*job_search);
        }
        if (const json* list = member(root, document_, k_root["clients"])) {
            // An array's elements went to `clients` (the array in the DOM is left empty).
            if (list->is_array()) {
                input_.clients = clients.take_clients();
                input_.pool = clients.pool();
                diagnostics().insert(diagnostics().end(),
                                     std::make_move_iterator(clients.diagnostics().begin()),
                                     std::make_move_iterator(clients.diagnostics().end()));
                clients_dropped_ = clients.dropped();
            } else {
                wrong_type(*list, document_ / "clients", tr(lang_, "input.type.array"));
            }
        }

        // A `today` in the file that failed to read leaves nothing to compare against.
        const bool today_known = today_flag_ || today_in_file || !field(root, k_root["today"].key);
        input_.today = today_flag_ ? *today_flag_ : today_in_file ? *today_in_file : local_today();
        if (last_day) {
            input_.last_day = *last_day;
            check_dates_against_last_day(today_known);
        }
        read_ics_files(last_day);
        if (const json* entries = member(root, document_, k_root["done"])) {
            read_done(*entries, done, today_known);
        }
        return std::move(input_);
    }

  private:
    /// A person: `me`, `successor` or `manager`. Returns the name; the contact details the
    /// shape has (company, title, email, phone) go to `details`. Members of other types (the
    /// manager's `disclose_from`) are read by the caller.
    std::string person(const json& value, const Pointer& at, const input_fields::Object& shape,
                       PersonDetails& details) {
        if (!object(value, at, shape)) return {};
        std::string person_name;
        for (const Field& field : shape.fields) {
            const json* member_value = member(value, at, field);
            if (member_value == nullptr) continue;
            const Pointer field_at = at / field.key;
            if (field.key == "name") {
                person_name = std::string(name(*member_value, field_at).value_or(""));
            } else if (field.type == Type::email) {
                details.email = std::string(email(*member_value, field_at).value_or(""));
            } else if (field.type == Type::text) {
                const std::string text_value(text(*member_value, field_at).value_or(""));
                if (field.key == "company") details.company = text_value;
                if (field.key == "title") details.title = text_value;
                if (field.key == "phone") details.phone = text_value;
            }
        }
        return person_name;
    }

    void read_manager(const json& value) {
        const Pointer at = document_ / "manager";
        input_.manager = person(value, at, k_manager, input_.manager_details);
        if (!value.is_object()) return;
        input_.disclose_from = date_member(value, at, k_manager["disclose_from"]);
    }

    void read_calendar(const json& value) {
        const Pointer at = document_ / "calendar";
        if (!object(value, at, k_calendar)) return;
        CalendarConfig& calendar = input_.calendar;
        constexpr const Field& workdays_field = k_calendar["workdays"];
        if (const json* workdays = member(value, at, workdays_field)) {
            read_workdays(*workdays, at / workdays_field.key, workdays_field);
        }
        constexpr const Field& holidays_field = k_calendar["holidays"];
        if (const json* holidays = member(value, at, holidays_field)) {
            array(*holidays, at / holidays_field.key,
                  [&](const json& item, const Pointer& item_at, std::size_t index) {
                      read_holiday(item, item_at, index, holidays_field);
                  });
        }
        constexpr const Field& blocked_field = k_calendar["blocked"];
        if (const json* blocked = member(value, at, blocked_field)) {
            array(*blocked, at / blocked_field.key,
                  [&](const json& item, const Pointer& item_at, std::size_t) {
                      if (!object(item, item_at, k_blocked)) return;
                      BlockedTime block;
                      const auto day = date_member(item, item_at, k_blocked["date"]);
                      constexpr const Field& hours_field = k_blocked["hours"];
                      if (const json* hours = member(item, item_at, hours_field)) {
                          block.hours = number(*hours, item_at / hours_field.key, hours_field);
                      }
                      constexpr const Field& reason_field = k_blocked["reason"];
                      if (const json* reason = member(item, item_at, reason_field)) {
                          block.reason = text(*reason, item_at / reason_field.key).value_or("");
                      }
                      if (day) {
                          block.date = *day;
                          calendar.blocked.push_back(std::move(block));
                      }
                  });
        }
        constexpr const Field& hours_field = k_calendar["hours_per_day"];
        if (const json* hours = member(value, at, hours_field)) {
            if (auto x = number(*hours, at / hours_field.key, hours_field)) {
                calendar.hours_per_day = *x;
            }
        }
        constexpr const Field& meetings_field = k_calendar["max_meetings_per_day"];
        if (const json* meetings = member(value, at, meetings_field)) {
            if (auto n = integer(*meetings, at / meetings_field.key, meetings_field)) {
                calendar.max_meetings_per_day = *n;
            }
        }
    }

    void read_workdays(const json& value, const Pointer& at, const Field& workdays) {
        std::array<bool, 7> days{};
        const bool is_array =
            array(value, at, [&](const json& item, const Pointer& item_at, std::size_t) {
                if (auto day = choice(item, item_at, workdays)) {
                    if (days[*day]) {
                        report(item_at, trf(lang_, "input.workdays.duplicate",
                                            fmt::arg("day", k_weekday_names[*day])));
                    }
                    days[*day] = true;
                }
            });
        if (!is_array) return;
        if (value.empty()) report(at, std::string(tr(lang_, "input.workdays.empty")));
        input_.calendar.workdays = days;
    }

    void read_holiday(const json& item, const Pointer& at, std::size_t index,
                      const Field& holidays) {
        if (item.is_object()) {
            read_named_holiday(item, at);
            return;
        }
        if (!item.is_string()) {
            wrong_type(item, at, tr(lang_, "input.type.holiday"));
            return;
        }
        const auto& text_value = item.get_ref<const std::string&>();
        // A file is read once the dates are known, for the years the plan can touch.
        if (is_ics_name(text_value)) {
            ics_files_.push_back({text_value, index});
            return;
        }
        // The calendars built in: public holidays by rule, then two business closures.
        using input_fields::k_closure_choices;
        static_assert(input_fields::k_holiday_calendars[k_closure_choices] == "JP-year-end");
        static_assert(input_fields::k_holiday_calendars[k_closure_choices + 1] == "JP-obon");
        const auto known = std::find(holidays.choices.begin(), holidays.choices.end(), text_value);
        const auto choice = static_cast<std::size_t>(known - holidays.choices.begin());
        if (choice < k_closure_choices) {
            static_assert(k_closure_choices == k_holiday_calendar_names.size());
            const auto calendar = static_cast<HolidayCalendar>(choice);
            auto& calendars = input_.calendar.calendars;
            if (std::find(calendars.begin(), calendars.end(), calendar) == calendars.end()) {
                calendars.push_back(calendar);
            }
            return;
        }
        if (choice == k_closure_choices) {
            input_.calendar.year_end_closure = true;
            return;
        }
        if (choice == k_closure_choices + 1) {
            input_.calendar.obon_closure = true;
            return;
        }
        // A word is a calendar name; anything with a digit was meant as a date.
        const bool has_digit = std::any_of(text_value.begin(), text_value.end(),
                                           [](char c) { return c >= '0' && c <= '9'; });
        if (!has_digit) {
            report(at, trf(lang_, "input.holiday.unknown", fmt::arg("value", shown(text_value))),
                   suggest(text_value, holidays.choices));
            return;
        }
        if (auto day = date_text(text_value, at)) {
            input_.calendar.holidays.push_back(NamedHoliday{*day, {}});
        }
    }

    /// `{"date": "2026-12-24", "name": "Company shutdown"}`: a day off with its name.
    void read_named_holiday(const json& item, const Pointer& at) {
        if (!object(item, at, k_named_holiday)) return;
        const auto day = date_member(item, at, k_named_holiday["date"]);
        constexpr const Field& name_field = k_named_holiday["name"];
        std::optional<std::string_view> holiday_name;
        if (const json* given = member(item, at, name_field)) {
            holiday_name = name(*given, at / name_field.key);
        }
        if (day && holiday_name) {
            input_.calendar.holidays.push_back(NamedHoliday{*day, std::string(*holiday_name)});
        }
    }

    /// The iCalendar files of `calendar.holidays`, for the years from the one before today
    /// to the one after the last day (the plan, its weekly reviews and the dates of the
    /// file lie within them). A file that gives no days is reported at its entry.
    void read_ics_files(const std::optional<Day>& last_day) {
        if (ics_files_.empty()) return;
        const auto year_of = [](Day day) {
            return static_cast<int>(date::year_month_day{day}.year());
        };
        const int today_year = year_of(input_.today);
        const int first_year = std::max(k_min_year, today_year - 1);
        const int last_year =
            std::min(k_max_year, std::max(today_year, last_day ? year_of(*last_day) : 0) + 1);
        const Pointer calendar_at = document_ / "calendar";
        const Pointer holidays_at = calendar_at / "holidays";
        for (const auto& [entry, index] : ics_files_) {
            try {
                std::vector<NamedHoliday> days =
                    read_ics_holidays(ics_path(entry, file_), first_year, last_year, lang_);
                input_.calendar.holidays.insert(input_.calendar.holidays.end(),
                                                std::make_move_iterator(days.begin()),
                                                std::make_move_iterator(days.end()));
            } catch (const IcsError& error) {
                report(holidays_at / index,
                       trf(lang_, "input.ics.problem", fmt::arg("path", shown(entry, 80)),
                           fmt::arg("problem", error.what())));
            }
        }
    }

    void read_policy(const json& value) {
        const Pointer at = document_ / "policy";
        if (!object(value, at, k_policy)) return;
        Policy& policy = input_.policy;
        // Reads a number of days; true when the file gave a valid one.
        const auto days = [&](const Field& days_field, int& out) {
            if (const json* item = member(value, at, days_field)) {
                if (auto n = integer(*item, at / days_field.key, days_field)) {
                    out = *n;
                    return true;
                }
            }
            return false;
        };
        policy.given.notice_days = days(k_policy["notice_days"], policy.notice_days);
        policy.given.notify_earliest_days =
            days(k_policy["notify_earliest_days"], policy.notify_earliest_days);
        policy.given.notify_latest_days =
            days(k_policy["notify_latest_days"], policy.notify_latest_days);
        policy.given.intro_buffer_days =
            days(k_policy["intro_buffer_days"], policy.intro_buffer_days);
        constexpr const Field& high_field = k_policy["high_value"];
        if (const json* high = member(value, at, high_field)) {
            if (auto x = number(*high, at / high_field.key, high_field)) {
                policy.high_value = *x;
                policy.given.high_value = true;
            }
        }
        days(k_policy["notify_after_close_days"], policy.notify_after_close_days);
        constexpr const Field& introduction_field = k_policy["introduction"];
        if (const json* introduction = member(value, at, introduction_field)) {
            if (auto i = choice(*introduction, at / introduction_field.key, introduction_field)) {
                policy.introduction = static_cast<IntroductionPolicy>(*i);
            }
        }
        days(k_policy["intro_gap_days"], policy.intro_gap_days);
        constexpr const Field& prepare_field = k_policy["prepare_before_notice"];
        if (const json* prepare = member(value, at, prepare_field)) {
            if (auto given = boolean(*prepare, at / prepare_field.key)) {
                policy.prepare_before_notice = *given;
                policy.given.prepare_before_notice = true;
            }
        }
    }

    void read_job_search(const json& value) {
        const Pointer at = document_ / "job_search";
        if (!object(value, at, k_job_search)) return;
        JobSearch& job_search = input_.job_search;
        constexpr const Field& interviews_field = k_job_search["interviews"];
        if (const json* interviews = member(value, at, interviews_field)) {
            array(*interviews, at / interviews_field.key,
                  [&](const json& item, const Pointer& item_at, std::size_t) {
                      if (!object(item, item_at, k_interview)) return;
                      Interview interview;
                      const auto day = date_member(item, item_at, k_interview["date"]);
                      constexpr const Field& hours_field = k_interview["hours"];
                      if (const json* hours = member(item, item_at, hours_field)) {
                          interview.hours = number(*hours, item_at / hours_field.key, hours_field)
                                                .value_or(interview.hours);
                      }
                      constexpr const Field& company_field = k_interview["company"];
                      if (const json* company = member(item, item_at, company_field)) {
                          interview.company =
                              text(*company, item_at / company_field.key).value_or("");
                      }
                      if (day) {
                          interview.date = *day;
                          job_search.interviews.push_back(std::move(interview));
                      }
                  });
        }
        constexpr const Field& weekly_field = k_job_search["weekly_review"];
        if (const json* weekly = member(value, at, weekly_field)) {
            job_search.weekly_review =
                boolean(*weekly, at / weekly_field.key).value_or(job_search.weekly_review);
        }
    }

    void check_dates_against_last_day(bool today_known) {
        const Day last_day = input_.last_day;
        const std::string last_text = format_iso(last_day);
        if (today_known) {
            const std::string today_text = format_iso(input_.today);
            // A last day before today is no error: the plan then says what was done and
            // what was not (LAST_DAY_PASSED), and plans nothing new.
            if (last_day > add_years(input_.today, k_max_years_ahead)) {
                report(document_ / "last_day",
                       trf(lang_, "input.last_day.too_far", fmt::arg("last_day", last_text),
                           fmt::arg("years", k_max_years_ahead), fmt::arg("today", today_text)));
            }
        }
        const auto not_before = [&](const std::optional<Day>& day, std::string_view key) {
            if (day && *day < last_day) {
                report(document_ / key,
                       trf(lang_, "input.before_last_day", fmt::arg("date", format_iso(*day)),
                           fmt::arg("last_day", last_text), fmt::arg("key", key)));
            }
        };
        not_before(input_.end_date, "end_date");
        not_before(input_.support_until, "support_until");
        if (input_.disclose_from && *input_.disclose_from > last_day) {
            report(document_ / "manager" / "disclose_from",
                   trf(lang_, "input.disclose_after_last_day",
                       fmt::arg("date", format_iso(*input_.disclose_from)),
                       fmt::arg("last_day", last_text)));
        }
    }

    /// The entries were read while parsing (DoneReader): what is left is to refuse dates
    /// after today, and to list every problem of `done` in the order of the ids.
    /// Task ids are not matched against the plan here: only the engine knows them.
    void read_done(const json& value, DoneReader& done, bool today_known) {
        const Pointer at = document_ / "done";
        if (!value.is_object()) {
            wrong_type(value, at, tr(lang_, "input.type.object"));
            return;
        }
        std::vector<std::pair<std::string, Diagnostic>> found;
        for (std::size_t i = 0; i < done.diagnostics().size(); ++i) {
            found.emplace_back(done.diagnostic_keys()[i], std::move(done.diagnostics()[i]));
        }
        input_.done = done.take_dates();
        for (auto entry = input_.done.begin(); entry != input_.done.end();) {
            if (today_known && entry->second > input_.today) {
                found.emplace_back(entry->first,
                                   Diagnostic{(at / entry->first).str(),
                                              {},
                                              trf(lang_, "input.done.future",
                                                  fmt::arg("date", format_iso(entry->second)),
                                                  fmt::arg("today", format_iso(input_.today))),
                                              {}});
                entry = input_.done.erase(entry);
            } else {
                ++entry;
            }
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [key, diagnostic] : found) diagnostics().push_back(std::move(diagnostic));
        done_dropped_ = done.dropped();
    }

    const Pointer document_;
    std::optional<Day> today_flag_;
    std::string file_;  ///< the clients file, whose folder holds relative .ics files
    std::vector<std::pair<std::string, std::size_t>> ics_files_;  ///< entry, index in holidays
    Input input_;
    std::size_t clients_dropped_ = 0;
    std::size_t done_dropped_ = 0;
};

// ----------------------------------------------------------------------------------------
// Reading files

/// Reads a stream to its end, stopping as soon as it passes the size limit (a pipe or a
/// device has no size to check beforehand). `expected_size`, a regular file's size, makes
/// room for the text at once: growing by doubling would copy it and could hold almost
/// twice its size.
std::string read_stream(std::FILE* stream, const std::string& file, Lang lang,
                        std::size_t expected_size = 0) {
    std::string text;
    text.reserve(expected_size);
    char buffer[1 << 16];
    while (true) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stream);
        if (n == 0) break;
        if (text.size() + n > k_max_input_bytes) {
            refuse(file,
                   trf(lang, "input.read.too_large_stream", fmt::arg("limit", k_max_input_bytes)));
        }
        text.append(buffer, n);
    }
    if (std::ferror(stream)) refuse(file, read_error_message(errno, lang));
    return text;
}

std::string read_text(const std::string& path, Lang lang) {
    if (path == "-") return read_stream(stdin, "<stdin>", lang);
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::is_directory(status)) {
        refuse(path, std::string(tr(lang, "input.read.directory")));
    }
    std::size_t expected_size = 0;
    if (std::filesystem::is_regular_file(status)) {
        // A huge file is refused before a byte of it is read.
        const auto size = std::filesystem::file_size(path, error);
        if (!error && size > k_max_input_bytes) {
            refuse(path, trf(lang, "input.read.too_large", fmt::arg("size", size),
                             fmt::arg("limit", k_max_input_bytes)));
        }
        if (!error) expected_size = static_cast<std::size_t>(size);
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(path.c_str(), "rb"),
                                                                 &std::fclose);
    if (!stream) refuse(path, read_error_message(errno, lang));
    return read_stream(stream.get(), path, lang, expected_size);
}

}  // namespace

namespace input_detail {

std::string read_error_message(int error, Lang lang) {
    switch (error) {
        case ENOENT:
            return std::string(tr(lang, "input.read.not_found"));
        case EACCES:
            return std::string(tr(lang, "input.read.permission"));
        case EISDIR:
            return std::string(tr(lang, "input.read.directory"));
        default:
            return trf(lang, "input.read.failed", fmt::arg("reason", std::strerror(error)));
    }
}

}  // namespace input_detail

/// The refusal of a file: at most k_max_diagnostics problems, then one line that counts
/// the rest (`dropped` of them were only counted in the first place).
void refuse_input(const std::string& file, std::vector<Diagnostic> diagnostics, std::size_t dropped,
                  Lang lang) {
    if (diagnostics.size() > k_max_diagnostics) {
        dropped += diagnostics.size() - k_max_diagnostics;
        diagnostics.resize(k_max_diagnostics);
    }
    if (dropped > 0) {
        diagnostics.push_back(
            {{}, {}, trf(lang, "input.more_problems", fmt::arg("count", dropped)), {}});
    }
    throw InputError(file, std::move(diagnostics));
}

std::string read_input_text(const std::string& path, Lang lang) {
    return read_text(path, lang);
}

Input parse_input(std::string_view text, const std::string& file, std::optional<Day> today_flag,
                  Lang lang) {
    if (text.size() > k_max_input_bytes) {
        refuse(file, trf(lang, "input.read.too_large", fmt::arg("size", text.size()),
                         fmt::arg("limit", k_max_input_bytes)));
    }
    // Editors on Windows like to start UTF-8 files with a byte order mark.
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // A second mark is a U+FEFF character before the JSON, which JSON does not allow; the
    // parser would skip it, the `done` editor (rightly) would not.
    if (text.starts_with("\xEF\xBB\xBF")) refuse(file, std::string(tr(lang, "input.double_bom")));
    if (text.find_first_not_of(" \t\r\n") == text.npos)
        refuse(file, std::string(tr(lang, "input.empty")));
    // nlohmann takes a NUL byte for the end of the text; in a text file it means UTF-16.
    if (text.find('\0') != text.npos) refuse(file, std::string(tr(lang, "input.nul")));

    ClientReader clients(lang);
    DoneReader done(lang);
    input_detail::Document document = input_detail::parse_document(text, lang, clients, done);
    if (!document.complete) {
        refuse_input(file, std::move(document.diagnostics), document.dropped, lang);
    }

    Validator validator(lang, today_flag, file);
    Input input = validator.read(document.root, clients, done);
    // Duplicate keys first: they come from the text, the rest from reading what is left.
    std::vector<Diagnostic> diagnostics = std::move(document.diagnostics);
    diagnostics.insert(diagnostics.end(), validator.diagnostics().begin(),
                       validator.diagnostics().end());
    const std::size_t dropped = document.dropped + validator.dropped();
    if (!diagnostics.empty()) refuse_input(file, std::move(diagnostics), dropped, lang);
    return input;
}

namespace input_detail {

void DoneReader::read(std::string_view key, const json& value) {
    const Pointer document;
    const Pointer done = document / "done";
    const Pointer at = done / key;
    const auto [entry, fresh] = dates_.try_emplace(std::string(key), k_no_day);
    if (!fresh) {
        // The DOM keeps no entry to find a duplicate by: the ids read do.
        report(at, trf(lang_, "input.duplicate_key", fmt::arg("key", shown(key))));
    } else if (!is_task_id_like(key)) {
        report(at, trf(lang_, "input.task_id.invalid", fmt::arg("key", shown(key)),
                       fmt::arg("max", k_max_task_id)));
    } else if (const std::optional<Day> day = date(value, at)) {
        entry->second = *day;
    }
    if (diagnostics().size() > keys_.size()) keys_.emplace_back(key);
}

DoneDates DoneReader::take_dates() {
    std::erase_if(dates_, [](const auto& entry) { return entry.second == k_no_day; });
    return std::move(dates_);
}

}  // namespace input_detail

Input load_input(const std::string& path, std::optional<Day> today_flag, Lang lang) {
    return parse_input(read_text(path, lang), path == "-" ? "<stdin>" : path, today_flag, lang);
}

Day local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Day{date::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

}  // namespace handover
