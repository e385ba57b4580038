#pragma once
// The typed input. The texts of its clients are views of the input's pool (`Input::pool`):
// as std::strings, each one an allocation of its own, the clients took more memory than
// the file they came from (see text_pool.hpp). So a Client is only good while
// its Input, or a copy of it, is alive.

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/base/i18n.hpp"
#include "handover/base/text_pool.hpp"

namespace handover {

/// Where a deal or account stands; the order follows a sales pipeline.
enum class Stage : std::uint8_t {
    prospect,
    proposal,
    negotiation,
    closing,
    active,
    renewal,
    dormant
};
/// How close the client is to the person leaving.
enum class Relationship : std::uint8_t { strong, normal, weak };
/// How a client is contacted, strongest first.
enum class Method : std::uint8_t { in_person, video, phone, email };

std::string_view to_string(Stage stage);
std::string_view to_string(Relationship relationship);
std::string_view to_string(Method method);
std::optional<Stage> stage_from_string(std::string_view text);
std::optional<Relationship> relationship_from_string(std::string_view text);
std::optional<Method> method_from_string(std::string_view text);

inline constexpr std::array<std::string_view, 7> k_stage_names{
    "prospect", "proposal", "negotiation", "closing", "active", "renewal", "dormant"};
inline constexpr std::array<std::string_view, 3> k_relationship_names{"strong", "normal", "weak"};
inline constexpr std::array<std::string_view, 4> k_method_names{"in_person", "video", "phone",
                                                                "email"};
/// The languages a file may ask for with its top-level `lang`.
inline constexpr std::array<std::string_view, 2> k_lang_names{"en", "ja"};
inline constexpr std::array<std::string_view, 7> k_weekday_names{"mon", "tue", "wed", "thu",
                                                                 "fri", "sat", "sun"};

/// Whose employment law and customs the plan follows (`jurisdiction`): the notice rule it
/// checks, the cautions it gives, and the defaults of currency, date style and holidays.
enum class Jurisdiction : std::uint8_t { JP, US, GB };
inline constexpr std::array<std::string_view, 3> k_jurisdiction_names{"JP", "US", "GB"};
// Currency and DateLocale (`currency`, `locale`) are in base/i18n.hpp: the renderers format
// amounts and dates with them.
/// A public-holiday calendar computed by rule (`calendar.holidays`).
enum class HolidayCalendar : std::uint8_t { JP, US, GB_EAW, GB_SCT, GB_NIR };
inline constexpr std::array<std::string_view, 5> k_holiday_calendar_names{"JP", "US", "GB-EAW",
                                                                          "GB-SCT", "GB-NIR"};

std::string_view to_string(Jurisdiction jurisdiction);
std::string_view to_string(HolidayCalendar calendar);

/// The defaults a jurisdiction brings when the file does not say otherwise.
Currency default_currency(Jurisdiction jurisdiction);
DateLocale default_locale(Jurisdiction jurisdiction);
/// `policy.high_value` when the file leaves it out: about the size of account a company
/// would not leave to a phone call (10,000,000 yen, 100,000 dollars, 75,000 pounds,
/// 90,000 euros).
double default_high_value(Currency currency);
/// `policy.prepare_before_notice` when the file leaves it out: true where access may end
/// the day one resigns (US, GB).
bool default_prepare_before_notice(Jurisdiction jurisdiction);

/// True for the stages with a deal still open (the successor must pick it up).
bool is_open_deal(Stage stage);

struct Event {
    Day date;
    Text what;
    double hours = 1;  ///< how long the event takes (SPEC section 3, rule 8)
};

struct Client {
    Text id;  ///< unique, [a-z0-9_-]; used in task ids
    Text name;
    Text contact;  ///< empty when the input leaves it out
    Stage stage = Stage::active;
    std::optional<Day> expected_close;
    double value = 0;  ///< contract or deal value in the user's currency
    Relationship relationship = Relationship::normal;
    bool change_averse = false;
    std::optional<Method> preferred_method;
    Text successor;  ///< empty: the default successor
    Text notes;      ///< private: left out of manager and successor plans
    /// How the contact is addressed in drafts ("Dear Eleanor,", 「山田様」); empty: made
    /// from `contact`.
    Text salutation;
    Text decision_maker;  ///< who signs at the client; empty when the input leaves it out
    Text handover_notes;  ///< notes meant for the successor (shown to the successor)
    TextList history;     ///< one line per past event, oldest first as the file gives them
    std::vector<Event> next_events;
    double travel_hours = 0;  ///< added to every in-person visit to this client
    std::size_t index = 0;    ///< position in the input's `clients` array
};

struct BlockedTime {
    Day date;
    std::optional<double> hours;  ///< empty: the whole day
    std::string reason;
};

struct Interview {
    Day date;
    double hours = 2;
    std::string company;
};

/// A day off the file names itself: a date in `calendar.holidays` (name empty), an object
/// `{"date", "name"}`, or an event of an iCalendar file the list names.
struct NamedHoliday {
    Day date;
    std::string name;  ///< empty when the file gives none

    friend bool operator==(const NamedHoliday&, const NamedHoliday&) = default;
};

struct CalendarConfig {
    std::array<bool, 7> workdays{true, true, true, true, true, false, false};  ///< Mon..Sun
    std::vector<HolidayCalendar> calendars;  ///< "JP", "US", "GB-EAW"... in `holidays`
    bool year_end_closure = false;           ///< "JP-year-end": 29 Dec to 3 Jan closed
    bool obon_closure = false;               ///< "JP-obon": 13 to 16 Aug closed
    std::vector<NamedHoliday> holidays;      ///< the file's own days, by date or from .ics
    std::vector<BlockedTime> blocked;
    double hours_per_day = 3;
    int max_meetings_per_day = 2;
};

/// `policy.introduction`: how a client hears the news and meets the successor.
enum class IntroductionPolicy : std::uint8_t {
    automatic,  ///< `auto`: one contact for ordinary clients, two for sensitive ones
    joint,      ///< `joint`: one contact with the successor for every client
    separate,   ///< `separate`: the announcement and the introduction apart for every client
};
/// The JSON names of IntroductionPolicy, in its order.
inline constexpr std::array<std::string_view, 3> k_introduction_names{"auto", "joint", "separate"};
std::string_view to_string(IntroductionPolicy introduction);

struct Policy {
    int notice_days = 30;            ///< company notice period, calendar days
    int notify_earliest_days = 30;   ///< calendar days before last_day
    int notify_latest_days = 10;     ///< working days before last_day
    int intro_buffer_days = 5;       ///< working days before last_day
    double high_value = 10'000'000;  ///< a client worth this much is high-value
    /// Working days after a pending close before the client is told (SPEC section 3, rule 2).
    int notify_after_close_days = 0;
    /// One contact or two for the announcement and the introduction (rule 5).
    IntroductionPolicy introduction = IntroductionPolicy::automatic;
    /// Working days between a separate announcement and the joint visit (rule 5).
    int intro_gap_days = 5;
    /// Handover documents may be written before the manager has been consulted (rule 4).
    /// Default: default_prepare_before_notice(jurisdiction).
    bool prepare_before_notice = false;

    /// Which of the values above the file gave itself. A value the file gives always wins;
    /// a default may be adapted to the situation (the windows to a short notice period).
    struct Given {
        bool notice_days = false;
        bool notify_earliest_days = false;
        bool notify_latest_days = false;
        bool intro_buffer_days = false;
        bool high_value = false;
        bool prepare_before_notice = false;
    } given;
};

struct JobSearch {
    std::vector<Interview> interviews;
    bool weekly_review = true;
};

/// Task id -> the day it was done. Looked up by the ids of a plan's tasks (views).
using DoneDates = std::map<std::string, Day, std::less<>>;

/// How a person is reached and presented in drafts, signatures and the handover document
/// (`me`, `successor`, `manager`; SPEC section 2). Each part is empty when the input leaves
/// it out; `company` is the user's own only.
struct PersonDetails {
    std::string company;
    std::string title;
    std::string email;
    std::string phone;
};

/// `clients.json` after validation: every field typed, defaults filled in.
struct Input {
    int version = 1;
    std::string me;
    std::string manager;
    std::optional<Day> disclose_from;
    std::optional<Day> end_date;
    std::optional<Day> support_until;
    std::string successor;            ///< default successor; empty when the input names none
    PersonDetails me_details;         ///< `me.company`, `.title`, `.email`, `.phone`
    PersonDetails manager_details;    ///< `manager.title`
    PersonDetails successor_details;  ///< `successor.title`, `.email`, `.phone` (the default one)
    /// The file's own `lang`: the output language when --lang is not given.
    std::optional<Lang> lang;
    Jurisdiction jurisdiction = Jurisdiction::JP;
    Currency currency = Currency::JPY;      ///< default: default_currency(jurisdiction)
    DateLocale locale = DateLocale::en_US;  ///< default: default_locale(jurisdiction)
    Day today{};                 ///< resolved: --today, else the file, else the local date
    bool today_in_file = false;  ///< the file itself gave `today`
    Day last_day{};
    CalendarConfig calendar;
    Policy policy;
    JobSearch job_search;
    std::vector<Client> clients;
    DoneDates done;  ///< task id -> the day it was done
    /// Holds the text of the clients. Copies of an Input share it; it only grows.
    std::shared_ptr<TextPool> pool = std::make_shared<TextPool>();

    /// `text` kept in the input's pool, stored once however often it recurs (names,
    /// contacts, history lines, events).
    Text text(std::string_view text) const { return pool->intern(text); }
    /// `text` kept in the input's pool without looking for an earlier copy (ids, notes).
    Text unique_text(std::string_view text) const { return pool->store(text); }
    /// `items` kept in the input's pool as one list (a client's history lines).
    TextList list(std::span<const Text> items) const { return pool->store_list(items); }
    TextList list(std::initializer_list<Text> items) const {
        return list(std::span<const Text>(items.begin(), items.size()));
    }
};

/// True when the client has a decision pending on a known day: a `proposal` (the client's
/// decision date), `negotiation`, `closing` or `renewal` (the day the renewal signs) client
/// with an `expected_close`. The other stages have no decision ahead, and their
/// `expected_close` means nothing to the plan.
bool has_pending_close(const Client& client);

/// The successor for a client: its own, else the default, else empty.
std::string_view successor_of(const Input& input, const Client& client);

}  // namespace handover
