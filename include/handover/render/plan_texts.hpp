#pragma once
// The sentences of a plan in the reader's language. The engine keeps data (kinds, reasons,
// names, dates); what a person reads is worded here, at rendering, from the message
// catalogue, each function switching over its closed set without a default so that a value
// without words is a compile error (-Wswitch).

#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// Why the client is told by its method, as a phrase: `change-averse client: in person`.
/// A high-value account names its value and the plan's threshold with their currency:
/// `high-value account ($410,000 ≥ $100,000): in person`.
std::string method_reason(Lang lang, const Plan& plan, const ClientPlan& client);

/// What a closed or reduced day is, as the text view names it beside the date: the
/// holiday's name, the blocked reason, or (without a name) `holiday` / `blocked`. A day off
/// in the working week has nothing to name: empty.
std::string_view day_note_text(Lang lang, const DayNote& note);

/// The task's title: `Tell Acme you are leaving`. A task read back from a file has the
/// title written there.
std::string task_title(Lang lang, const Plan& plan, const Task& task);

/// Why the task has its date, or none, in one line: the sentence of its Reason with the
/// values it names. A task read back from a file has the reason written there.
std::string task_why(Lang lang, const Plan& plan, const Task& task);

/// What to say when telling the client of a `notify` task (none for other tasks and for a
/// plan read back): thanks, the last day, the successor and when they meet, the open deal,
/// who to contact until and after, and the follow-up. Nothing private (drafts quote them).
std::vector<std::string> talking_points(Lang lang, const Plan& plan, const Task& task);

/// Where a client stands on the day it hears the news, which decides what it is thanked for
/// and how its deal is spoken of: a customer (active, renewal, dormant) for the business done
/// together; a new client (prospect, proposal) for its time; an open deal (negotiation,
/// closing) for its time, with the deal carried on by the successor; a contract just signed
/// (negotiation, closing or renewal whose expected close falls before `told`) for the
/// contract.
enum class Standing : std::uint8_t { customer, new_client, open_deal, signed_contract };
Standing standing(const ClientPlan& client, std::optional<Day> told);

/// The part of a name before its first space (ASCII or ideographic): the family name of
/// 「鈴木 健」, the first name of "Sam Lee"; a name without a space, whole. How drafts,
/// letters and the handover document name a person after the first mention.
std::string_view first_word(std::string_view name);

/// How a draft or letter names a person after the first mention: the family name in
/// Japanese (the part before the space of 「鈴木 健」, the last part of "Jordan Lee"), the
/// first name in English ("Jordan"; 「鈴木 健」 is 鈴木 there too, as colleagues call him).
std::string short_name(Lang lang, std::string_view name);

/// What the warning says is wrong and what to do. A warning read back from a file has the
/// message written there.
std::string warning_message(Lang lang, const Plan& plan, const Warning& warning);

/// The successor of the client at `client_at` as the sentences name them: the name, or
/// `the successor` when none is named (nor a plan-wide one).
std::string_view successor_name(Lang lang, const Plan& plan, std::uint32_t client_at);

}  // namespace handover
