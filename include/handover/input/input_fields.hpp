#pragma once
// The input format, declared once: every section and field of clients.json with its JSON
// name, type, limits, whether it is required, its default and the catalogue key of its
// description. The validator asks it which keys exist and which are required (input.cpp,
// input_clients.cpp), `handover schema` is generated from it (schema.cpp), the descriptions
// of the schema and the starter file are found through it (field_description), and
// tests/unit/input/test_input_fields.cpp holds the README's input reference to it.
//
// The table is constexpr so that the readers name a field by its key at compile time
// (`k_client["stage"]`): a key the table does not have is a compile error, and reading a
// field costs nothing more than a string literal did.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "handover/input/model.hpp"
#include "handover/input/schema.hpp"

namespace handover::input_fields {

using Keys = std::span<const std::string_view>;

/// What a value must be.
enum class Type : std::uint8_t {
    text,       ///< any string
    email,      ///< an email address: one `@` between a name and a dotted domain, no spaces
    name,       ///< a non-empty string
    client_id,  ///< a string as k_client_id_pattern says, at most k_max_client_id long
    date,       ///< YYYY-MM-DD, years k_min_year..k_max_year
    choice,     ///< one of `choices`
    integer,    ///< a whole number from `min` to `max`
    number,     ///< a number from `min` (or above it, `exclusive_min`) to `max`
    boolean,
    version,    ///< the number k_format_version
    holiday,    ///< one of `choices` (a calendar of holidays), a date, an `.ics` file, or
                ///< an `object` (a date with its name)
    list,       ///< an array of `item`s, at most `max_items` of them
    object,     ///< an object with the members `object`, and no others
    task_dates  ///< an object of task ids and dates (`done`), at most `max_items` entries
};

struct Object;

/// A field of an object, or (for a list) the shape of its elements.
struct Field {
    std::string_view key;          ///< the JSON name
    std::string_view description;  ///< catalogue key, `input.field.<dotted path>`
    Type type;
    bool required = false;
    std::string_view default_json{};  ///< the default as JSON text; empty when there is none
    double min = 0;                   ///< integer, number
    double max = 0;                   ///< integer, number
    bool exclusive_min = false;       ///< number: `min` itself is refused
    Keys choices{};                   ///< choice, holiday; a list of them: its elements'
    Type item = Type::text;           ///< list: the type of its elements
    const Object* object = nullptr;   ///< object, or a list of objects: the members
    std::size_t min_items = 0;        ///< list
    std::size_t max_items = 0;        ///< list, task_dates: the reader's limit (schema.hpp)
    bool unique_items = false;        ///< list: no element twice
};

/// The members of an object, in the order the validator reads and reports them.
struct Object {
    std::span<const Field> fields;
    /// The members' keys in the same order: the keys allowed, listed in an unknown-key
    /// message, and the candidates of its did-you-mean.
    Keys keys;

    /// The member `key`; a key that is not a member does not compile.
    consteval const Field& operator[](std::string_view key) const {
        for (const Field& field : fields) {
            if (field.key == key) return field;
        }
        throw "not a member of this object";
    }
};

template <std::size_t N>
constexpr std::array<std::string_view, N> keys_of(const Field (&fields)[N]) {
    std::array<std::string_view, N> keys{};
    for (std::size_t i = 0; i < N; ++i) keys[i] = fields[i].key;
    return keys;
}

/// The holiday calendars built in: the public holidays computed by rule, in the order of
/// k_holiday_calendar_names (`JP`, `US`, `GB-EAW`, `GB-SCT`, `GB-NIR`), then the business
/// closures most Japanese companies keep, `JP-year-end` (29 Dec to 3 Jan) and `JP-obon`
/// (13 to 16 Aug).
inline constexpr std::string_view k_holiday_calendars[] = {
    "JP", "US", "GB-EAW", "GB-SCT", "GB-NIR", "JP-year-end", "JP-obon"};
inline constexpr std::size_t k_closure_choices = 5;  ///< index of `JP-year-end`

// ---------------------------------------------------------------------------------------
// The table, innermost objects first.

inline constexpr Field k_event_fields[] = {
    {.key = "date",
     .description = "input.field.clients.next_events.date",
     .type = Type::date,
     .required = true},
    {.key = "what",
     .description = "input.field.clients.next_events.what",
     .type = Type::text,
     .required = true},
    {.key = "hours",
     .description = "input.field.clients.next_events.hours",
     .type = Type::number,
     .default_json = "1",
     .min = 0,
     .max = k_max_visit_hours,
     .exclusive_min = true},
};
inline constexpr auto k_event_keys = keys_of(k_event_fields);
inline constexpr Object k_event{k_event_fields, k_event_keys};

inline constexpr Field k_client_fields[] = {
    {.key = "id",
     .description = "input.field.clients.id",
     .type = Type::client_id,
     .required = true},
    {.key = "name",
     .description = "input.field.clients.name",
     .type = Type::name,
     .required = true},
    {.key = "contact", .description = "input.field.clients.contact", .type = Type::text},
    {.key = "stage",
     .description = "input.field.clients.stage",
     .type = Type::choice,
     .required = true,
     .choices = k_stage_names},
    {.key = "expected_close",
     .description = "input.field.clients.expected_close",
     .type = Type::date},
    {.key = "value",
     .description = "input.field.clients.value",
     .type = Type::number,
     .min = 0,
     .max = k_max_amount},
    {.key = "relationship",
     .description = "input.field.clients.relationship",
     .type = Type::choice,
     .default_json = R"("normal")",
     .choices = k_relationship_names},
    {.key = "change_averse",
     .description = "input.field.clients.change_averse",
     .type = Type::boolean,
     .default_json = "false"},
    {.key = "preferred_method",
     .description = "input.field.clients.preferred_method",
     .type = Type::choice,
     .choices = k_method_names},
    {.key = "successor", .description = "input.field.clients.successor", .type = Type::text},
    {.key = "notes", .description = "input.field.clients.notes", .type = Type::text},
    {.key = "handover_notes",
     .description = "input.field.clients.handover_notes",
     .type = Type::text},
    {.key = "decision_maker",
     .description = "input.field.clients.decision_maker",
     .type = Type::text},
    {.key = "salutation", .description = "input.field.clients.salutation", .type = Type::text},
    {.key = "history",
     .description = "input.field.clients.history",
     .type = Type::list,
     .item = Type::text,
     .max_items = k_max_history},
    {.key = "next_events",
     .description = "input.field.clients.next_events",
     .type = Type::list,
     .item = Type::object,
     .object = &k_event,
     .max_items = k_max_next_events},
    {.key = "travel_hours",
     .description = "input.field.clients.travel_hours",
     .type = Type::number,
     .default_json = "0",
     .min = 0,
     .max = k_max_visit_hours},
};
inline constexpr auto k_client_keys = keys_of(k_client_fields);
inline constexpr Object k_client{k_client_fields, k_client_keys};

inline constexpr Field k_me_fields[] = {
    {.key = "name", .description = "input.field.me.name", .type = Type::name, .required = true},
    {.key = "company", .description = "input.field.me.company", .type = Type::text},
    {.key = "title", .description = "input.field.me.title", .type = Type::text},
    {.key = "email", .description = "input.field.me.email", .type = Type::email},
    {.key = "phone", .description = "input.field.me.phone", .type = Type::text},
};
inline constexpr auto k_me_keys = keys_of(k_me_fields);
inline constexpr Object k_me{k_me_fields, k_me_keys};

inline constexpr Field k_manager_fields[] = {
    {.key = "name",
     .description = "input.field.manager.name",
     .type = Type::name,
     .required = true},
    {.key = "title", .description = "input.field.manager.title", .type = Type::text},
    {.key = "disclose_from",
     .description = "input.field.manager.disclose_from",
     .type = Type::date},
};
inline constexpr auto k_manager_keys = keys_of(k_manager_fields);
inline constexpr Object k_manager{k_manager_fields, k_manager_keys};

inline constexpr Field k_successor_fields[] = {
    {.key = "name",
     .description = "input.field.successor.name",
     .type = Type::name,
     .required = true},
    {.key = "title", .description = "input.field.successor.title", .type = Type::text},
    {.key = "email", .description = "input.field.successor.email", .type = Type::email},
    {.key = "phone", .description = "input.field.successor.phone", .type = Type::text},
};
inline constexpr auto k_successor_keys = keys_of(k_successor_fields);
inline constexpr Object k_successor{k_successor_fields, k_successor_keys};

inline constexpr Field k_blocked_fields[] = {
    {.key = "date",
     .description = "input.field.calendar.blocked.date",
     .type = Type::date,
     .required = true},
    {.key = "hours",
     .description = "input.field.calendar.blocked.hours",
     .type = Type::number,
     .min = 0,
     .max = k_max_hours,
     .exclusive_min = true},
    {.key = "reason", .description = "input.field.calendar.blocked.reason", .type = Type::text},
};
inline constexpr auto k_blocked_keys = keys_of(k_blocked_fields);
inline constexpr Object k_blocked{k_blocked_fields, k_blocked_keys};

inline constexpr Field k_named_holiday_fields[] = {
    {.key = "date",
     .description = "input.field.calendar.holidays.date",
     .type = Type::date,
     .required = true},
    {.key = "name",
     .description = "input.field.calendar.holidays.name",
     .type = Type::name,
     .required = true},
};
inline constexpr auto k_named_holiday_keys = keys_of(k_named_holiday_fields);
inline constexpr Object k_named_holiday{k_named_holiday_fields, k_named_holiday_keys};

inline constexpr Field k_calendar_fields[] = {
    {.key = "workdays",
     .description = "input.field.calendar.workdays",
     .type = Type::list,
     .default_json = R"(["mon", "tue", "wed", "thu", "fri"])",
     .choices = k_weekday_names,
     .item = Type::choice,
     .min_items = 1,
     .max_items = k_max_workdays,
     .unique_items = true},
    {.key = "holidays",
     .description = "input.field.calendar.holidays",
     .type = Type::list,
     .choices = k_holiday_calendars,
     .item = Type::holiday,
     .object = &k_named_holiday,
     .max_items = k_max_holidays},
    {.key = "blocked",
     .description = "input.field.calendar.blocked",
     .type = Type::list,
     .item = Type::object,
     .object = &k_blocked,
     .max_items = k_max_blocked},
    {.key = "hours_per_day",
     .description = "input.field.calendar.hours_per_day",
     .type = Type::number,
     .default_json = "3",
     .min = 0,
     .max = k_max_hours,
     .exclusive_min = true},
    {.key = "max_meetings_per_day",
     .description = "input.field.calendar.max_meetings_per_day",
     .type = Type::integer,
     .default_json = "2",
     .min = 0,
     .max = k_max_meetings_per_day},
};
inline constexpr auto k_calendar_keys = keys_of(k_calendar_fields);
inline constexpr Object k_calendar{k_calendar_fields, k_calendar_keys};

inline constexpr Field k_policy_fields[] = {
    {.key = "notice_days",
     .description = "input.field.policy.notice_days",
     .type = Type::integer,
     .default_json = "30",
     .min = 0,
     .max = k_max_policy_days},
    {.key = "notify_earliest_days",
     .description = "input.field.policy.notify_earliest_days",
     .type = Type::integer,
     .default_json = "30",
     .min = 1,
     .max = k_max_policy_days},
    {.key = "notify_latest_days",
     .description = "input.field.policy.notify_latest_days",
     .type = Type::integer,
     .default_json = "10",
     .min = 0,
     .max = k_max_policy_days},
    {.key = "intro_buffer_days",
     .description = "input.field.policy.intro_buffer_days",
     .type = Type::integer,
     .default_json = "5",
     .min = 0,
     .max = k_max_policy_days},
    {.key = "high_value",
     .description = "input.field.policy.high_value",
     .type = Type::number,
     .min = 0,
     .max = k_max_amount},
    {.key = "notify_after_close_days",
     .description = "input.field.policy.notify_after_close_days",
     .type = Type::integer,
     .default_json = "0",
     .min = 0,
     .max = k_max_after_close_days},
    {.key = "introduction",
     .description = "input.field.policy.introduction",
     .type = Type::choice,
     .default_json = R"("auto")",
     .choices = k_introduction_names},
    {.key = "intro_gap_days",
     .description = "input.field.policy.intro_gap_days",
     .type = Type::integer,
     .default_json = "5",
     .min = 0,
     .max = k_max_intro_gap_days},
    {.key = "prepare_before_notice",
     .description = "input.field.policy.prepare_before_notice",
     .type = Type::boolean},
};
inline constexpr auto k_policy_keys = keys_of(k_policy_fields);
inline constexpr Object k_policy{k_policy_fields, k_policy_keys};

inline constexpr Field k_interview_fields[] = {
    {.key = "date",
     .description = "input.field.job_search.interviews.date",
     .type = Type::date,
     .required = true},
    {.key = "hours",
     .description = "input.field.job_search.interviews.hours",
     .type = Type::number,
     .default_json = "2",
     .min = 0,
     .max = k_max_hours,
     .exclusive_min = true},
    {.key = "company",
     .description = "input.field.job_search.interviews.company",
     .type = Type::text},
};
inline constexpr auto k_interview_keys = keys_of(k_interview_fields);
inline constexpr Object k_interview{k_interview_fields, k_interview_keys};

inline constexpr Field k_job_search_fields[] = {
    {.key = "interviews",
     .description = "input.field.job_search.interviews",
     .type = Type::list,
     .item = Type::object,
     .object = &k_interview,
     .max_items = k_max_interviews},
    {.key = "weekly_review",
     .description = "input.field.job_search.weekly_review",
     .type = Type::boolean,
     .default_json = "true"},
};
inline constexpr auto k_job_search_keys = keys_of(k_job_search_fields);
inline constexpr Object k_job_search{k_job_search_fields, k_job_search_keys};

inline constexpr Field k_root_fields[] = {
    {.key = "$schema", .description = "input.field.$schema", .type = Type::text},
    {.key = "version",
     .description = "input.field.version",
     .type = Type::version,
     .required = true},
    {.key = "me", .description = "input.field.me", .type = Type::object, .object = &k_me},
    {.key = "manager",
     .description = "input.field.manager",
     .type = Type::object,
     .object = &k_manager},
    {.key = "successor",
     .description = "input.field.successor",
     .type = Type::object,
     .object = &k_successor},
    {.key = "lang",
     .description = "input.field.lang",
     .type = Type::choice,
     .choices = k_lang_names},
    {.key = "jurisdiction",
     .description = "input.field.jurisdiction",
     .type = Type::choice,
     .default_json = R"("JP")",
     .choices = k_jurisdiction_names},
    {.key = "currency",
     .description = "input.field.currency",
     .type = Type::choice,
     .choices = k_currency_names},
    {.key = "locale",
     .description = "input.field.locale",
     .type = Type::choice,
     .choices = k_locale_names},
    {.key = "today", .description = "input.field.today", .type = Type::date},
    {.key = "last_day",
     .description = "input.field.last_day",
     .type = Type::date,
     .required = true},
    {.key = "end_date", .description = "input.field.end_date", .type = Type::date},
    {.key = "support_until", .description = "input.field.support_until", .type = Type::date},
    {.key = "calendar",
     .description = "input.field.calendar",
     .type = Type::object,
     .object = &k_calendar},
    {.key = "policy",
     .description = "input.field.policy",
     .type = Type::object,
     .object = &k_policy},
    {.key = "job_search",
     .description = "input.field.job_search",
     .type = Type::object,
     .object = &k_job_search},
    {.key = "clients",
     .description = "input.field.clients",
     .type = Type::list,
     .required = true,
     .item = Type::object,
     .object = &k_client,
     .max_items = k_max_clients},
    {.key = "done",
     .description = "input.field.done",
     .type = Type::task_dates,
     .max_items = k_max_done},
};
inline constexpr auto k_root_keys = keys_of(k_root_fields);
inline constexpr Object k_root{k_root_fields, k_root_keys};

/// The document itself: an object of the root's members.
inline constexpr Field k_document{
    .key = "", .description = "input.field.root", .type = Type::object, .object = &k_root};

// ---------------------------------------------------------------------------------------

/// A field with its dotted path (`clients.next_events.date`; `root` for the document).
struct PathField {
    std::string_view path;
    const Field* field;
};

/// Every field of the table, the document first, each object's members after it in their
/// order (depth first).
std::span<const PathField> all_fields();

/// The field at a dotted path; null when there is none.
const Field* find_field(std::string_view path);

}  // namespace handover::input_fields
