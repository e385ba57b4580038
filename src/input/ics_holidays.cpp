// iCalendar files of days off, read with libical: the library undoes the line folding and
// the escapes and knows the value types and recurrence rules; this file turns each event
// into the days it covers.
#include "handover/input/ics_holidays.hpp"

#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <system_error>

#include "handover/base/dates.hpp"
#include "input_reading.hpp"

namespace handover {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;
using Iterator = std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)>;

/// Recurrences looked at for one rule, at most: a daily rule from 2000 to 2099 is 36,525.
constexpr int k_max_recurrence_steps = 40'000;

[[noreturn]] void fail(std::string message) {
    throw IcsError(std::move(message));
}

std::string read_file(const std::filesystem::path& path, Lang lang) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::is_directory(status)) fail(std::string(tr(lang, "input.read.directory")));
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, error);
        if (!error && size > k_max_ics_bytes) {
            fail(trf(lang, "input.read.too_large", fmt::arg("size", size),
                     fmt::arg("limit", k_max_ics_bytes)));
        }
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(path.c_str(), "rb"),
                                                                 &std::fclose);
    if (!stream) fail(input_detail::read_error_message(errno, lang));
    std::string text;
    char buffer[1 << 16];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, stream.get())) {
        if (text.size() + n > k_max_ics_bytes) {
            fail(trf(lang, "input.read.too_large_stream", fmt::arg("limit", k_max_ics_bytes)));
        }
        text.append(buffer, n);
    }
    if (std::ferror(stream.get())) fail(input_detail::read_error_message(errno, lang));
    return text;
}

/// The calendar of a parsed file: the root itself, or one of several roots.
icalcomponent* find_calendar(icalcomponent* root) {
    if (root == nullptr) return nullptr;
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) return root;
    return icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT);
}

/// The first problem libical noted while parsing (it keeps them as X-LIC-ERROR
/// properties), or empty.
std::string first_parse_error(icalcomponent* component) {
    for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        const char* text = icalproperty_get_xlicerror(p);
        return text ? text : "?";
    }
    for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         c != nullptr; c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        std::string found = first_parse_error(c);
        if (!found.empty()) return found;
    }
    return {};
}

Day day_of(const icaltimetype& time) {
    return Day{date::year{time.year} / time.month / time.day};
}

bool valid(const icaltimetype& time) {
    return !icaltime_is_null_time(time) && time.year > 0 &&
           date::year_month_day{date::year{time.year} / time.month / time.day}.ok();
}

/// Collects the days of the events of one file within the years asked for.
class DayCollector {
  public:
    DayCollector(Day first, Day last, Lang lang) : first_(first), last_(last), lang_(lang) {}

    /// The days from `start` for `length` days (at least one), named `name`.
    void add(Day start, int length, const std::string& name) {
        for (int i = 0; i < std::max(length, 1); ++i) {
            const Day day = start + date::days{i};
            if (day > last_) return;
            if (day < first_) continue;
            if (days_.size() == k_max_ics_days) {
                fail(trf(lang_, "input.ics.too_many", fmt::arg("limit", k_max_ics_days)));
            }
            days_.push_back(NamedHoliday{day, name});
        }
    }

    bool after_range(Day day) const { return day > last_; }
    Day first() const { return first_; }

    std::vector<NamedHoliday> take() {
        std::stable_sort(
            days_.begin(), days_.end(),
            [](const NamedHoliday& a, const NamedHoliday& b) { return a.date < b.date; });
        return std::move(days_);
    }

  private:
    Day first_;
    Day last_;
    Lang lang_;
    std::vector<NamedHoliday> days_;
};

/// Says which event is meant: by its UID, or by its place in the file.
std::string event_label(icalcomponent* event, std::size_t index, Lang lang) {
    const char* uid = icalcomponent_get_uid(event);
    if (uid != nullptr && *uid != '\0') {
        return trf(lang, "input.ics.event_uid", fmt::arg("uid", input_detail::shown(uid)));
    }
    return trf(lang, "input.ics.event_number", fmt::arg("number", index + 1));
}

void read_event(icalcomponent* event, std::size_t index, DayCollector& days, Lang lang) {
    icalproperty* start_property = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    const icaltimetype start =
        start_property ? icalproperty_get_dtstart(start_property) : icaltime_null_time();
    if (!valid(start)) {
        fail(trf(lang, "input.ics.no_start", fmt::arg("event", event_label(event, index, lang))));
    }
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) return;
    const char* summary = icalcomponent_get_summary(event);
    const std::string name = summary ? summary : "";

    // How many days each occurrence covers: an all-day event up to its exclusive end
    // (DTEND or DURATION), a timed event the day it starts.
    int length = 1;
    if (start.is_date) {
        if (icalproperty* end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
            const icaltimetype end_time = icalproperty_get_dtend(end);
            if (valid(end_time))
                length = static_cast<int>((day_of(end_time) - day_of(start)).count());
        } else if (icalproperty* duration =
                       icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
            const icaldurationtype span = icalproperty_get_duration(duration);
            if (!span.is_neg) length = static_cast<int>(span.days + 7 * span.weeks);
        }
    }

    std::vector<Day> excluded;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        const icaltimetype exdate = icalproperty_get_exdate(p);
        if (valid(exdate)) excluded.push_back(day_of(exdate));
    }
    const auto occurrence = [&](Day day) {
        if (std::find(excluded.begin(), excluded.end(), day) == excluded.end()) {
            days.add(day, length, name);
        }
    };

    occurrence(day_of(start));
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY)) {
        const Iterator iterator(icalrecur_iterator_new(icalproperty_get_rrule(p), start),
                                &icalrecur_iterator_free);
        if (!iterator) continue;  // a rule libical cannot expand gives its first day only
        for (int step = 0; step < k_max_recurrence_steps; ++step) {
            const icaltimetype next = icalrecur_iterator_next(iterator.get());
            if (!valid(next)) break;
            const Day day = day_of(next);
            if (days.after_range(day)) break;
            // The iterator gives DTSTART itself first, which is already counted.
            if (day != day_of(start)) occurrence(day);
        }
    }
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY);
         p != nullptr; p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
        const icaltimetype time = valid(rdate.time) ? rdate.time : rdate.period.start;
        if (valid(time) && day_of(time) != day_of(start)) occurrence(day_of(time));
    }
}

}  // namespace

bool is_ics_name(std::string_view entry) {
    if (entry.size() < 4) return false;
    std::string end(entry.substr(entry.size() - 4));
    std::transform(end.begin(), end.end(), end.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return end == ".ics";
}

std::filesystem::path ics_path(std::string_view entry, std::string_view input_file) {
    const std::filesystem::path path(entry);
    if (path.is_absolute() || input_file.empty() || input_file == "-" || input_file == "<stdin>") {
        return path;
    }
    return std::filesystem::path(input_file).parent_path() / path;
}

std::vector<NamedHoliday> read_ics_holidays(const std::filesystem::path& path, int first_year,
                                            int last_year, Lang lang) {
    const std::string text = read_file(path, lang);
    // libical reads a C string: a NUL byte would end the text early (a UTF-16 file has many).
    if (text.find('\0') != std::string::npos)
        fail(std::string(tr(lang, "input.ics.not_icalendar")));
    const Component root(icalparser_parse_string(text.c_str()), &icalcomponent_free);
    icalcomponent* calendar = find_calendar(root.get());
    if (calendar == nullptr) fail(std::string(tr(lang, "input.ics.not_icalendar")));
    if (const std::string error = first_parse_error(calendar); !error.empty()) {
        fail(trf(lang, "input.ics.malformed", fmt::arg("reason", input_detail::shown(error, 120))));
    }

    DayCollector days(Day{date::year{first_year} / 1 / 1}, Day{date::year{last_year} / 12 / 31},
                      lang);
    std::size_t index = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++index) {
        read_event(event, index, days, lang);
    }
    if (index == 0) fail(std::string(tr(lang, "input.ics.no_events")));
    return days.take();
}

}  // namespace handover
