#pragma once
// Days off read from an iCalendar file (RFC 5545) named in `calendar.holidays`: a public
// calendar such as gov.uk's bank holidays, or a company's own closures. libical parses the
// file (line folding, escapes, VALUE=DATE, TZID, RRULE); this reads each event as days.

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Largest iCalendar file read; gov.uk's ten years of bank holidays take about 20 kB.
inline constexpr std::size_t k_max_ics_bytes = 4 * 1024 * 1024;
/// Days one iCalendar file may give (an event on several days counts each day).
inline constexpr std::size_t k_max_ics_days = 10'000;

/// True for an entry of `calendar.holidays` that names an iCalendar file: it ends in
/// `.ics`, in any case.
bool is_ics_name(std::string_view entry);

/// Where the file an entry names is: a relative path is relative to the directory of the
/// clients file `input_file` (the current directory for standard input, "-" or "<stdin>").
std::filesystem::path ics_path(std::string_view entry, std::string_view input_file);

/// Why an iCalendar file gives no days: the message, in the reader's language, without the
/// file's name (the caller says which file).
class IcsError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// The days off of the iCalendar file at `path` that fall in the years `first_year` to
/// `last_year`: every day of each event (DTSTART;VALUE=DATE up to the exclusive DTEND, or
/// the one day of DTSTART; a timed event gives the date of its start as written), each
/// recurrence of an RRULE or RDATE in those years except its EXDATEs, and no cancelled
/// event. The name is the event's SUMMARY (may be empty). Sorted by date, in file order
/// for one date. Throws IcsError when the file cannot be read, is not iCalendar, has an
/// event without DTSTART, has no event at all, or gives more than k_max_ics_days days.
std::vector<NamedHoliday> read_ics_holidays(const std::filesystem::path& path, int first_year,
                                            int last_year, Lang lang = Lang::en);

}  // namespace handover
