#include "handover/calendar/holidays.hpp"

#include "handover/calendar/holidays_jp.hpp"

namespace handover {

std::vector<Holiday> public_holidays(HolidayCalendar calendar, int year) {
    switch (calendar) {
        case HolidayCalendar::US:
            return us_federal_holidays(year);
        case HolidayCalendar::GB_EAW:
        case HolidayCalendar::GB_SCT:
        case HolidayCalendar::GB_NIR:
            return uk_bank_holidays(calendar, year);
        case HolidayCalendar::JP:
            break;
    }
    return japanese_holidays(year);
}

}  // namespace handover
