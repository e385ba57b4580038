#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/base/text_sink.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"
#include "handover/render/plan_json.hpp"

namespace handover {

enum class Format { text, markdown, json, ics, csv, crm };
enum class Audience { self, manager, successor };
enum class GroupBy { date, step, client };

std::optional<Format> format_from_string(std::string_view text);
std::optional<Audience> audience_from_string(std::string_view text);
std::optional<GroupBy> group_by_from_string(std::string_view text);
std::string_view to_string(Format format);
std::string_view to_string(Audience audience);
std::string_view to_string(GroupBy group_by);

struct RenderOptions {
    Lang lang = Lang::en;  ///< the language of every word the renderer adds to the plan's data
    Format format = Format::text;
    Audience audience = Audience::self;
    GroupBy group_by = GroupBy::date;
    bool color = false;        ///< ANSI colour (text only); the CLI decides from the terminal
    bool with_docs = false;    ///< markdown: handover-document skeleton per client
    bool with_drafts = false;  ///< markdown: message drafts per client
    bool excel = false;        ///< csv/crm: a spreadsheet for people (see render_csv.cpp)
    bool with_why = true;      ///< text/markdown: each task's reason under it
    int terminal_width = 100;  ///< text: wrap width
};

/// The plan as seen by `audience`: for the manager and the successor, everything about the
/// job search (interviews, weekly reviews, weekly load, overload warnings) and private notes
/// are removed, and the plan is marked Plan::for_others: the user's agenda for the talk with
/// the manager is left out and the documents prepared before that talk do not say so.
/// Renderers receive the filtered plan; the input is passed for client details.
Plan for_audience(const Plan& plan, Audience audience);

/// Each renderer is a pure function from the plan to the text it writes.
std::string render_text(const Plan& plan, const Input& input, const RenderOptions& options);
/// The same text handed to `out` a megabyte at a time.
void write_text(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& out);
std::string render_markdown(const Plan& plan, const Input& input, const RenderOptions& options);
void write_markdown(const Plan& plan, const Input& input, const RenderOptions& options,
                    TextSink& out);
/// The plan's JSON (plan_json.hpp, where write_json() writes it in chunks).
std::string render_json(const Plan& plan, const Input& input, const RenderOptions& options);
std::string render_ics(const Plan& plan, const Input& input, const RenderOptions& options);
/// CLASS:PRIVATE for the user's own plan (options.audience), PUBLIC for the others.
void write_ics(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& out);
std::string render_csv(const Plan& plan, const Input& input, const RenderOptions& options);
void write_csv(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& out);
std::string render_crm(const Plan& plan, const Input& input, const RenderOptions& options);
void write_crm(const Plan& plan, const RenderOptions& options, TextSink& out);

/// Message drafts (email body, or talking points for a meeting or call) for each client,
/// or only `client_id` when given. Plain text; markdown uses the same content.
std::string render_drafts(const Plan& plan, const Input& input, Lang lang,
                          const std::optional<std::string>& client_id);

/// Dispatches on options.format after applying the audience filter.
std::string render(const Plan& plan, const Input& input, const RenderOptions& options);
/// The same text as render(), written to `out` (in chunks where the format allows).
void render_to(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& out);

}  // namespace handover
