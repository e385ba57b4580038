// Message drafts for telling each client: an email, or talking points for a meeting or call.
// A draft states facts the client needs (last day, successor, introduction, whom to contact)
// and deliberately nothing private: not why the user leaves, not where they go, and not the
// legal end date (paid leave after the last day is nobody else's business).
#include "render_drafts.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"

namespace handover {
namespace {

struct Facts {
    Lang lang = Lang::en;
    std::string client;
    std::string addressee;  ///< the contact with an honorific, or a stand-in for "whoever"
    std::string me;
    std::string successor;  ///< empty when nobody is named yet
    std::string who;        ///< the successor, or a phrase for the person still to be named
    std::string last_day;
    std::optional<std::string> introduce;
    std::optional<std::string> follow_up;
    std::optional<std::string> support_until;
    std::optional<std::string> planned;
    bool open_deal = false;
    bool change_averse = false;
    bool joint = false;  ///< the successor takes part in this contact (rule 5)
    Method method = Method::email;
    std::vector<std::string> engine_points;
};

std::string with_honorific(Lang lang, std::string_view contact) {
    const std::string_view honorific = tr(lang, "render.drafts.honorific");
    if (honorific.empty() || contact.ends_with(honorific)) return std::string(contact);
    return fmt::format("{} {}", contact, honorific);
}

Facts gather(const Plan& plan, const DraftIndex& index, Lang lang, const ClientPlan& cp,
             DraftFor target) {
    // Names come from the input; a line break inside one would tear the draft apart.
    const auto single_line = [target](std::string_view text) {
        return target == DraftFor::terminal ? terminal_line(text) : handover::single_line(text);
    };
    Facts f;
    f.lang = lang;
    f.client = single_line(cp.name);
    f.me = single_line(plan.me);
    f.successor = single_line(cp.successor);
    f.who = f.successor.empty() ? std::string(tr(lang, "render.drafts.successor_unnamed"))
                                : f.successor;
    f.last_day = format_date_long(lang, plan.last_day);
    f.open_deal = is_open_deal(cp.stage);
    f.change_averse = cp.change_averse;
    f.method = cp.method;

    std::string contact;
    if (const Client* c = index.clients.find(cp.id)) {
        contact = single_line(c->contact);
        if (f.client.empty()) f.client = single_line(c->name);
    }
    f.addressee = contact.empty()
                      ? trf(lang, "render.drafts.no_contact", fmt::arg("client", f.client))
                      : with_honorific(lang, contact);

    if (cp.introduce_date) f.introduce = format_date_long(lang, *cp.introduce_date);
    if (plan.support_until) f.support_until = format_date_long(lang, *plan.support_until);
    if (const Task* notify = index.tasks.find(cp.id.str() + "/notify")) {
        if (notify->method) f.method = *notify->method;
        if (notify->date) f.planned = format_date_long(lang, *notify->date);
        f.joint = (notify->with & with_people::successor) != 0;
        for (const std::string& p : talking_points(lang, plan, *notify))
            f.engine_points.push_back(single_line(p));
    }
    if (const Task* follow = index.tasks.find(cp.id.str() + "/follow-up")) {
        if (follow->date) f.follow_up = format_date_long(lang, *follow->date);
    }
    if (!f.introduce) {
        if (const Task* intro = index.tasks.find(cp.id.str() + "/introduce");
            intro && intro->date) {
            f.introduce = format_date_long(lang, *intro->date);
        }
    }
    return f;
}

// The facts as sentences, in the order a client would want to hear them. Each entry is one
// paragraph of an email or one point of a conversation.
std::vector<std::string> fact_sentences(const Facts& f) {
    const Lang l = f.lang;
    std::vector<std::string> out;
    out.push_back(trf(l, "render.drafts.leaving", fmt::arg("last_day", f.last_day)));
    out.push_back(std::string(tr(l, "render.drafts.thanks")));
    if (f.joint && !f.successor.empty()) {
        // One contact tells and introduces (rule 5): the successor is here, on the call or
        // in copy, so no second meeting is asked for.
        const std::string_view key = f.method == Method::email   ? "render.drafts.successor_cc"
                                     : f.method == Method::phone ? "render.drafts.successor_on_call"
                                                                 : "render.drafts.successor_here";
        out.push_back(trf(l, key, fmt::arg("successor", f.successor)));
    } else if (f.successor.empty()) {
        // Nobody is named yet (rule 9): no name, and no date for a meeting with nobody.
        out.emplace_back(tr(l, "render.drafts.successor_pending"));
        out.push_back(trf(l, "render.drafts.introduce_later", fmt::arg("who", f.who)));
    } else {
        out.push_back(trf(l, "render.drafts.successor", fmt::arg("successor", f.successor)));
        out.push_back(f.introduce
                          ? trf(l, "render.drafts.introduce", fmt::arg("who", f.who),
                                fmt::arg("date", *f.introduce))
                          : trf(l, "render.drafts.introduce_later", fmt::arg("who", f.who)));
    }
    if (f.open_deal) out.push_back(trf(l, "render.drafts.deal", fmt::arg("who", f.who)));
    if (f.change_averse) {
        out.push_back(f.follow_up ? trf(l, "render.drafts.follow_up_dated", fmt::arg("who", f.who),
                                        fmt::arg("date", *f.follow_up))
                                  : trf(l, "render.drafts.follow_up", fmt::arg("who", f.who)));
    }
    std::string meanwhile =
        trf(l, "render.drafts.meanwhile", fmt::arg("last_day", f.last_day), fmt::arg("who", f.who));
    if (f.support_until) {
        meanwhile += tr(l, "render.drafts.sentence_gap");
        meanwhile += trf(l, "render.drafts.support", fmt::arg("date", *f.support_until));
    }
    out.push_back(std::move(meanwhile));
    return out;
}

std::string heading(const Facts& f) {
    const std::string method(label(f.lang, f.method));
    const std::string text =
        f.planned ? trf(f.lang, "render.drafts.heading_dated", fmt::arg("client", f.client),
                        fmt::arg("method", method), fmt::arg("date", *f.planned))
                  : trf(f.lang, "render.drafts.heading", fmt::arg("client", f.client),
                        fmt::arg("method", method));
    return fmt::format("=== {} ===\n\n", text);
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A draft is what the client hears or reads, so a point that so much as names a private
// topic (even as "do not mention the ...") stays out; the draft's own closing note says the
// same without naming it.
bool names_private_topic(Lang lang, std::string_view point) {
    const std::string text = lowercase(point);
    const std::string_view topics = tr(lang, "render.drafts.private_topics");
    for (std::size_t start = 0; start <= topics.size();) {
        const std::size_t end = std::min(topics.find('|', start), topics.size());
        const std::string_view topic = topics.substr(start, end - start);
        if (!topic.empty() && text.find(lowercase(topic)) != std::string::npos) return true;
        start = end + 1;
    }
    return false;
}

void add_engine_points(std::string& out, const Facts& f, const std::vector<std::string>& own) {
    std::vector<std::string> extra;
    for (const std::string& p : f.engine_points) {
        if (std::find(own.begin(), own.end(), p) != own.end()) continue;
        if (names_private_topic(f.lang, p)) continue;
        extra.push_back(p);
    }
    if (extra.empty()) return;
    out += '\n';
    out += tr(f.lang, "render.drafts.from_plan");
    out += '\n';
    for (const std::string& p : extra) {
        out += trf(f.lang, "render.drafts.point", fmt::arg("point", p)) + '\n';
    }
}

std::string email_draft(const Facts& f) {
    const Lang l = f.lang;
    std::string out = heading(f);
    out += trf(l, "render.drafts.email.subject", fmt::arg("client", f.client)) + "\n\n";
    out += trf(l, "render.drafts.email.salutation", fmt::arg("client", f.client),
               fmt::arg("contact", f.addressee)) +
           "\n\n";
    out += trf(l, "render.drafts.email.greeting", fmt::arg("me", f.me)) + "\n\n";
    const std::vector<std::string> facts = fact_sentences(f);
    for (const std::string& s : facts) out += s + "\n\n";
    out += tr(l, "render.drafts.closing");
    out += "\n\n";
    // The body is what gets sent; the plan's talking points are for conversations.
    out += trf(l, "render.drafts.email.signature", fmt::arg("me", f.me)) + '\n';
    return out;
}

std::string talk_draft(const Facts& f) {
    const Lang l = f.lang;
    std::string out = heading(f);
    const TalkTexts talks = talk_texts(l, f.method);
    out += fmt::format(fmt::runtime(talks.title), fmt::arg("contact", f.addressee),
                       fmt::arg("client", f.client)) +
           "\n\n";
    std::vector<std::string> points{fmt::format(fmt::runtime(talks.opening), fmt::arg("me", f.me))};
    const std::vector<std::string> facts = fact_sentences(f);
    points.insert(points.end(), facts.begin(), facts.end());
    points.push_back(std::string(tr(l, "render.drafts.closing")));
    for (std::size_t i = 0; i < points.size(); ++i) {
        out += fmt::format("{}. {}\n", i + 1, points[i]);
    }
    out += '\n';
    out += tr(l, "render.drafts.facts_only");
    out += '\n';
    add_engine_points(out, f, facts);
    return out;
}

}  // namespace

DraftIndex::DraftIndex(const Plan& plan, const Input& input)
    : clients(input.clients), tasks(plan.tasks) {}

std::string render_client_draft(const Plan& plan, const DraftIndex& index, Lang lang,
                                const ClientPlan& cp, DraftFor target) {
    const Facts f = gather(plan, index, lang, cp, target);
    return f.method == Method::email ? email_draft(f) : talk_draft(f);
}

std::string render_drafts(const Plan& plan, const Input& input, Lang lang,
                          const std::optional<std::string>& client_id) {
    const DraftIndex index(plan, input);
    std::string out;
    for (const ClientPlan& cp : plan.clients) {
        if (client_id && cp.id != *client_id) continue;
        if (!out.empty()) out += '\n';
        out += render_client_draft(plan, index, lang, cp, DraftFor::terminal);
    }
    return out;
}

}  // namespace handover
