#include "handover/calendar/closures.hpp"

namespace handover {

std::optional<ClosurePeriod> closure_period(Day day) {
    const date::year_month_day ymd{day};
    const date::year year = ymd.year();
    const unsigned month = static_cast<unsigned>(ymd.month());
    const unsigned dom = static_cast<unsigned>(ymd.day());
    if (month == 12 && dom >= 29) {
        return ClosurePeriod{Closure::year_end, Day{year / date::December / 29},
                             Day{(year + date::years{1}) / date::January / 3}};
    }
    if (month == 1 && dom <= 3) {
        return ClosurePeriod{Closure::year_end, Day{(year - date::years{1}) / date::December / 29},
                             Day{year / date::January / 3}};
    }
    if (month == 8 && dom >= 13 && dom <= 16) {
        return ClosurePeriod{Closure::obon, Day{year / date::August / 13},
                             Day{year / date::August / 16}};
    }
    return std::nullopt;
}

bool closes(const CalendarConfig& config, Closure closure) {
    switch (closure) {
        case Closure::year_end:
            return config.year_end_closure;
        case Closure::obon:
            return config.obon_closure;
    }
    return false;
}

std::string_view closure_day_name(Closure closure, bool japanese) {
    switch (closure) {
        case Closure::year_end:
            return japanese ? "年末年始休業" : "Year-end closure";
        case Closure::obon:
            return japanese ? "お盆休業" : "Obon closure";
    }
    return {};
}

}  // namespace handover
