#pragma once

#include <optional>
#include <string>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/base/i18n.hpp"
#include "handover/input/model.hpp"
#include "handover/progress/clients_edit.hpp"

namespace handover {

/// The commented starter file that `handover init` writes: every field explained in the
/// chosen language, and example clients for the usual situations (a deal about to close, a
/// client who dislikes a change of rep, a quiet account). Its dates follow `today`, with the
/// last day about six weeks out (four in the US, where two weeks' notice is the custom), on
/// working days of the jurisdiction's calendar, so that the file is valid and plannable as
/// written. Its holidays, currency, notice period and example clients fit the jurisdiction.
/// What `handover import` puts into the starter in place of its examples. Each part left
/// empty keeps the starter's placeholder.
struct StarterFill {
    std::string me;
    std::string manager;
    std::string successor;
    std::optional<Day> last_day;
    /// The clients, each as its members' JSON text, in place of the three examples; the
    /// comment above them names `source`.
    std::optional<std::vector<std::vector<MemberText>>> clients;
    std::string source;
    /// Whose law, holidays and customs the starter is set up for; default:
    /// default_jurisdiction(lang).
    std::optional<Jurisdiction> jurisdiction;
    /// The currency of the clients' values; default: the jurisdiction's (default_currency).
    std::optional<Currency> currency;
};

/// The jurisdiction `init` and `import` set a file up for when not told: Japan for a
/// Japanese starter, the United States for an English one.
Jurisdiction default_jurisdiction(Lang lang);

/// The public-holiday calendars a starter for `jurisdiction` names in `calendar.holidays`.
std::vector<HolidayCalendar> starter_calendars(Jurisdiction jurisdiction);

std::string starter_file(Lang lang, Day today, const StarterFill& fill = {});

}  // namespace handover
