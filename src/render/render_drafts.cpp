// Message drafts for each contact with a client: the announcement (alone, or with the
// successor in the room, on the call or in copy), the joint visit that introduces the
// successor after a separate announcement, and the follow-up with the successor. An email is
// a message to send as it stands (subject, greeting, body, signature); a meeting or call gets
// the points to say, in order, and a note for the user on the questions every client asks.
//
// A draft states what the client needs (the last day, who takes over and from when, what
// happens to the deal) and deliberately nothing private: not why the user leaves, not where
// they go, and not the legal end date (paid leave after the last day is nobody else's
// business). It promises no support after the user has left.
#include "render_drafts.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"

namespace handover {
namespace {

/// Which contact a draft is for.
enum class Contact : std::uint8_t { notify, introduce, follow_up };

struct Facts {
    Lang lang = Lang::en;
    DraftFor target = DraftFor::terminal;
    std::string client;
    std::string addressee;   ///< the contact as a talk draft's title names them
    std::string salutation;  ///< an email's greeting line(s), complete
    std::string me;          ///< the user's full name
    std::string me_short;    ///< family name (ja) or first name (en)
    PersonDetails me_details;
    std::string successor;        ///< full name, empty when nobody is named yet
    std::string successor_first;  ///< first mention: the full name, with the title when known
    std::string who;              ///< later mentions: the short name, or "the colleague…"
    std::string successor_reach;  ///< the default successor's email and phone, as a phrase
    std::string successor_email;  ///< the default successor's address, for a Cc line
    std::string last_day;
    std::string takeover;
    Standing standing = Standing::customer;
    Stage stage = Stage::active;
    bool decided = false;  ///< a proposal told after its decision date: thanked for considering it
    bool change_averse = false;
};

/// One contact's own facts: its method, date and whether the successor takes part.
struct Occasion {
    Contact contact = Contact::notify;
    Method method = Method::email;
    std::optional<std::string> date;
    bool joint = false;  ///< the successor takes part in this contact
    const Task* task = nullptr;
    std::optional<std::string> introduce;  ///< the separate introduction's date
    std::optional<Method> introduce_method;
    bool introduce_planned = false;  ///< a separate introduction exists (dated or not)
    std::optional<std::string> follow_up;
    Method follow_up_method = Method::in_person;
};

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return std::string(text);
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(),
                       [text](std::string_view e) { return text.ends_with(e); });
}

/// Whether the text is written (at least partly) in Japanese script: kana, kanji or the
/// full-width forms, whose UTF-8 encodings start with the bytes E3 to E9 or EF. Accented
/// Latin letters ("José") are two-byte sequences and do not count.
bool japanese_script(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return (b >= 0xE3 && b <= 0xE9) || b == 0xEF;
    });
}

/// The honorifics a Japanese contact may already carry (御中 after a department).
const std::initializer_list<std::string_view> kHonorifics{"様", "殿", "さん", "御中"};

/// A Japanese contact ending in a job title ("岡田部長") takes no 様 on top: the title is
/// the honorific. 「部長 岡田様」 would be the letter's own form, but which part of 岡田部長
/// is the family name the input does not say reliably, so the contact stays as written.
bool ends_in_japanese_title(std::string_view name) {
    return ends_with_any(name, {"部長", "課長", "次長", "社長", "会長", "専務", "常務", "取締役",
                                "室長", "所長", "係長", "店長", "場長", "主任"});
}

/// A contact that names a team rather than a person: 「購買部」, 「品質保証センター」,
/// "Sales Department". Returns the name to address, without "Department"/"Dept"/"Team" in
/// English ("Sales Department" -> "Sales"), or nothing for a person.
std::optional<std::string> department(std::string_view name) {
    if (japanese_script(name)) {
        // Family names ending like a department (阿部, 服部, 小室) are people; so is a
        // contact whose last word is one (「山田 阿部」 is not a department either way).
        static constexpr std::array<std::string_view, 14> family_names{
            "阿部",   "安部",   "岡部", "服部", "渡部", "矢部", "磯部",
            "長谷部", "日下部", "建部", "財部", "小室", "氷室", "田部"};
        const std::size_t space = name.rfind(' ');
        const std::string_view last =
            space == std::string_view::npos ? name : name.substr(space + 1);
        if (std::find(family_names.begin(), family_names.end(), last) != family_names.end()) {
            return std::nullopt;
        }
        if (ends_with_any(name, {"部", "課", "室", "係", "部門", "センター", "チーム"})) {
            return std::string(name);
        }
        return std::nullopt;
    }
    const std::size_t space = name.rfind(' ');
    if (space == std::string_view::npos) return std::nullopt;
    const std::string last = lowercase(name.substr(space + 1));
    const std::string head = trim(name.substr(0, space));
    if (last == "department" || last == "dept" || last == "dept." || last == "team") return head;
    if (last == "office" || last == "desk") return std::string(name);  // "Help Desk" stays
    return std::nullopt;
}

/// The contact without a trailing Japanese honorific or English role ("Eleanor Finch,
/// Managing Partner" -> "Eleanor Finch"; 「山田 太郎 様」 -> 「山田 太郎」).
std::string bare_contact(std::string_view contact) {
    std::string text = trim(contact);
    for (std::string_view honorific : kHonorifics) {
        if (std::string_view(text).ends_with(honorific)) {
            text = trim(std::string_view(text).substr(0, text.size() - honorific.size()));
        }
    }
    const std::size_t comma = text.find(',');
    if (comma != std::string::npos) text = trim(std::string_view(text).substr(0, comma));
    return text;
}

bool is_title(std::string_view word) {
    static constexpr std::array<std::string_view, 12> titles{
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."};
    const std::string lower = lowercase(word);
    return std::find(titles.begin(), titles.end(), lower) != titles.end();
}

/// How an English draft addresses a contact written in Japanese script. The decision: as the
/// client's own colleagues would write it, since an English draft to a Japanese contact is
/// read by someone used to Japanese forms. A title or honorific already there stays as written
/// ("Dear 岡田部長,", "Dear 山田さん,"), 様 after a title dropped; a name gets 様 once
/// ("中村" -> "Dear 中村様,", "山田 様" -> "Dear 山田様,"), never
/// "-san" or "Mr", whose choice needs the gender or the closeness the input does not give; a
/// department is a team ("Dear 購買部 team,").
std::string english_for_japanese(Lang lang, std::string_view client, std::string_view contact) {
    const std::string text = trim(contact);
    if (ends_with_any(text, {"さん", "殿"})) return text;
    const std::string name = bare_contact(text);
    if (ends_in_japanese_title(name)) return name;
    if (name.ends_with("ご担当者")) {
        const std::string unit = trim(std::string_view(name).substr(0, name.size() - 12));
        if (unit.empty()) return trf(lang, "render.drafts.no_contact", fmt::arg("client", client));
        return trf(lang, "render.drafts.department", fmt::arg("department", unit));
    }
    if (auto unit = department(name)) {
        return trf(lang, "render.drafts.department", fmt::arg("department", *unit));
    }
    return trf(lang, "render.drafts.person_ja", fmt::arg("name", name));
}

/// How an English email addresses the contact: the title and surname when the input gives a
/// title ("Mrs Eleanor Finch" -> "Mrs Finch", "Dr. Raj Patel" -> "Dr Patel"), else the first
/// name ("Eleanor Finch" -> "Eleanor"); a team as a team ("Sales Department" -> "Sales team").
std::string english_name(Lang lang, std::string_view client, std::string_view contact) {
    if (japanese_script(contact)) return english_for_japanese(lang, client, contact);
    const std::string name = bare_contact(contact);
    if (name.empty()) return trf(lang, "render.drafts.no_contact", fmt::arg("client", client));
    if (auto unit = department(name)) {
        return trf(lang, "render.drafts.department", fmt::arg("department", *unit));
    }
    const std::size_t space = name.find(' ');
    if (space == std::string::npos) return name;
    std::string first = name.substr(0, space);
    if (!is_title(first)) return first.ends_with('.') ? name : first;  // "J. Smith" whole
    if (first.ends_with('.')) first.pop_back();                        // British usage: "Dr Patel"
    const std::string rest = trim(std::string_view(name).substr(space + 1));
    const std::size_t last = rest.rfind(' ');
    return first + ' ' + (last == std::string::npos ? rest : rest.substr(last + 1));
}

/// How a Japanese draft names the contact, in the letter's address block and a talk's title:
/// 様 once after a person (「山田 太郎 様」, also for 「山田さん」 or 「山田殿」 in the input),
/// nothing after a title that is itself the honorific (「岡田部長」), 御中 after a department
/// (「購買部 御中」), and 「ご担当者様」 after ご担当者, which names an unknown person.
std::string japanese_addressee(Lang lang, std::string_view client, std::string_view contact) {
    const std::string trimmed = trim(contact);
    if (trimmed.ends_with("御中")) return trimmed;
    std::string bare = bare_contact(contact);
    if (bare.empty()) return trf(lang, "render.drafts.no_contact", fmt::arg("client", client));
    if (ends_in_japanese_title(bare)) return bare;
    if (bare.ends_with("ご担当者")) return bare + "様";
    if (department(bare)) {  // as written: "Sales Department 御中"
        return trf(lang, "render.drafts.department", fmt::arg("department", bare));
    }
    // 様 takes the place of an English title: "Ms Davis" is 「Davis 様」.
    const std::size_t space = bare.find(' ');
    if (space != std::string::npos && is_title(std::string_view(bare).substr(0, space))) {
        bare = trim(std::string_view(bare).substr(space + 1));
    }
    return trf(lang, "render.drafts.person_ja", fmt::arg("name", bare));
}

/// The contact as a talk draft's title names them. Japanese: as the letter's address block
/// does. English: as written without a role after a comma ("Ms. Jane Smith", "Sales
/// Department"); a contact in Japanese script as an English email greets them ("山田様").
std::string spoken_addressee(Lang lang, std::string_view client, std::string_view contact) {
    if (lang == Lang::ja) return japanese_addressee(lang, client, contact);
    if (japanese_script(contact)) {
        const std::string name = bare_contact(contact);
        if (department(name) || name.ends_with("ご担当者")) return name;
        return english_for_japanese(lang, client, contact);
    }
    const std::string name = bare_contact(contact);
    return name.empty() ? trf(lang, "render.drafts.no_contact", fmt::arg("client", client)) : name;
}

/// Whether an English salutation already opens with its greeting word ("Dear", "Hi", "Hello").
bool opens_with_greeting(std::string_view salutation) {
    static constexpr std::array<std::string_view, 3> words{"dear", "hi", "hello"};
    const std::string lower = lowercase(salutation);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return lower.starts_with(w) &&
               (lower.size() == w.size() || lower[w.size()] == ' ' || lower[w.size()] == ',');
    });
}

/// An email's greeting: the client's own salutation when the input gives one for the draft's
/// language, else one made from the contact. A salutation opening with Dear/Hi/Hello is
/// English, one in Japanese script Japanese, any other Latin one a name for an English
/// "Dear …,": 「山田様」 opens no English email and "Dear Ana," no Japanese one.
std::string make_salutation(Lang lang, std::string_view client, std::string_view contact,
                            std::string_view salutation) {
    const std::string given = trim(salutation);
    const bool english = !given.empty() && (opens_with_greeting(given) || !japanese_script(given));
    if (!given.empty() && lang == Lang::ja && !english) {
        return fmt::format("{}\n{}", client, given);
    }
    if (!given.empty() && lang == Lang::en && english) {
        std::string line = given;
        if (!opens_with_greeting(line)) line = "Dear " + line;
        if (!line.ends_with(',')) line += ',';
        return line;
    }
    const std::string person =
        contact.empty()    ? trf(lang, "render.drafts.no_contact", fmt::arg("client", client))
        : lang == Lang::ja ? japanese_addressee(lang, client, contact)
                           : english_name(lang, client, contact);
    return trf(lang, "render.drafts.email.salutation", fmt::arg("client", client),
               fmt::arg("contact", person));
}

std::string reach_phrase(Lang lang, const PersonDetails& d) {
    if (!d.email.empty() && !d.phone.empty()) {
        return trf(
            lang, "render.drafts.detail.both",
            fmt::arg("email", trf(lang, "render.drafts.detail.email", fmt::arg("email", d.email))),
            fmt::arg("phone", trf(lang, "render.drafts.detail.phone", fmt::arg("phone", d.phone))));
    }
    if (!d.email.empty())
        return trf(lang, "render.drafts.detail.email", fmt::arg("email", d.email));
    if (!d.phone.empty())
        return trf(lang, "render.drafts.detail.phone", fmt::arg("phone", d.phone));
    return {};
}

/// A date in a draft's sentence: the plan's date style, the year of its today as the
/// reader's "this year".
std::string prose_date(const Plan& plan, Lang lang, Day day) {
    return format_date_prose(lang, plan.locale, day,
                             static_cast<int>(date::year_month_day{plan.today}.year()));
}

Facts gather(const Plan& plan, const DraftIndex& index, Lang lang, const ClientPlan& cp,
             DraftFor target, std::optional<Day> told) {
    // Names come from the input; a line break inside one would tear the draft apart.
    const auto line = [target](std::string_view text) {
        return target == DraftFor::terminal ? terminal_line(text) : handover::single_line(text);
    };
    const auto details = [&](const PersonDetails& d) {
        return PersonDetails{line(d.company), line(d.title), line(d.email), line(d.phone)};
    };
    Facts f;
    f.lang = lang;
    f.target = target;
    f.client = line(cp.name);
    f.me = line(plan.me);
    f.me_short = short_name(lang, f.me);
    f.successor = line(cp.successor);
    // Dates inside the draft's sentences, as a person writes them in a letter (the year
    // only when it is not this year's).
    f.last_day = prose_date(plan, lang, plan.last_day);
    // A plan made by hand may not say; the day after the last is the closest to the rule.
    const Day takeover =
        plan.takeover_day > plan.last_day ? plan.takeover_day : plan.last_day + date::days{1};
    f.takeover = prose_date(plan, lang, takeover);
    f.standing = standing(cp, told);
    f.stage = cp.stage;
    f.decided =
        cp.stage == Stage::proposal && cp.expected_close && told && *cp.expected_close < *told;
    f.change_averse = cp.change_averse;

    std::string contact;
    std::string salutation;
    if (index.input != nullptr) f.me_details = details(index.input->me_details);
    if (const Client* c = index.clients.find(cp.id)) {
        contact = line(c->contact);
        salutation = line(c->salutation);
        if (f.client.empty()) f.client = line(c->name);
    }
    f.addressee = contact.empty()
                      ? trf(lang, "render.drafts.no_contact", fmt::arg("client", f.client))
                      : spoken_addressee(lang, f.client, contact);
    f.salutation = make_salutation(lang, f.client, contact, salutation);

    if (f.successor.empty()) {
        f.who = std::string(tr(lang, "render.drafts.successor_unnamed"));
    } else {
        f.who = short_name(lang, f.successor);
        f.successor_first = f.successor;
        // The default successor's title and contact details are the input's (SPEC section 2).
        if (index.input != nullptr && std::string_view(cp.successor) == index.input->successor) {
            const PersonDetails s = details(index.input->successor_details);
            if (!s.title.empty()) {
                f.successor_first = trf(lang, "render.drafts.name_title",
                                        fmt::arg("name", f.successor), fmt::arg("title", s.title));
            }
            f.successor_reach = reach_phrase(lang, s);
            f.successor_email = s.email;
        }
    }
    return f;
}

std::string company_of(const Facts& f) {
    return f.me_details.company.empty() ? std::string(tr(f.lang, "render.drafts.company_unnamed"))
                                        : f.me_details.company;
}

/// The user as they name themselves: with their company when it is known, by family name in
/// Japanese (「株式会社ノースウィンドの佐藤」), by full name in English.
std::string me_at(const Facts& f) {
    const std::string& name = f.lang == Lang::ja ? f.me_short : f.me;
    if (f.me_details.company.empty()) return f.lang == Lang::ja ? f.me : name;
    return trf(f.lang, "render.drafts.me_at", fmt::arg("me", name),
               fmt::arg("company", f.me_details.company));
}

std::string_view method_key(Method m, std::string_view in_person, std::string_view video,
                            std::string_view phone, std::string_view email) {
    switch (m) {
        case Method::in_person:
            return in_person;
        case Method::video:
            return video;
        case Method::phone:
            return phone;
        case Method::email:
            return email;
    }
    return email;
}

std::string_view thanks_key(Standing s) {
    switch (s) {
        case Standing::customer:
            return "render.drafts.thanks.customer";
        case Standing::new_client:
        case Standing::open_deal:
            return "render.drafts.thanks.new";
        case Standing::signed_contract:
            return "render.drafts.thanks.signed";
    }
    return "render.drafts.thanks.customer";
}

/// The sentences of a contact, in the order a client would want to hear them: each is one
/// paragraph of an email or one point of a conversation.
std::vector<std::string> body(const Facts& f, const Occasion& o) {
    const Lang l = f.lang;
    const bool email = o.method == Method::email;
    const std::string co(tr(l, email ? "render.drafts.co.written" : "render.drafts.co.spoken"));
    const bool named = !f.successor.empty();
    const auto args = [&](std::string_view key) {
        return trf(l, key, fmt::arg("successor", f.successor_first), fmt::arg("who", f.who),
                   fmt::arg("takeover", f.takeover), fmt::arg("co", co),
                   fmt::arg("last_day", f.last_day), fmt::arg("company", company_of(f)));
    };
    std::vector<std::string> out;

    if (o.contact == Contact::follow_up) {
        out.push_back(args("render.drafts.follow_up.ask"));
        out.push_back(args("render.drafts.until_named"));
        return out;
    }

    // Without a company the English says "I am leaving", never "the company".
    const bool plain = f.me_details.company.empty();
    if (o.contact == Contact::introduce) {
        out.push_back(
            args(plain ? "render.drafts.again.leaving_plain" : "render.drafts.again.leaving"));
    } else {
        const std::string leaving = args(
            email ? (plain ? "render.drafts.email.leaving_plain" : "render.drafts.email.leaving")
                  : (plain ? "render.drafts.talk.leaving_plain" : "render.drafts.talk.leaving"));
        const std::string_view thanks_for = thanks_key(f.standing);
        const std::string thanks(f.decided ? tr(l, "render.drafts.thanks.decided")
                                           : tr(l, thanks_for));
        // A contract just signed is thanked for before anything else is said.
        if (f.standing == Standing::signed_contract) {
            out.push_back(thanks);
            out.push_back(leaving);
        } else {
            out.push_back(leaving);
            out.push_back(thanks);
        }
    }

    // Who takes over, from when, and when the client meets them.
    if (!named) {
        // Nobody is named yet (rule 9): no name, and no date for a meeting with nobody.
        out.push_back(args("render.drafts.successor.unnamed"));
    } else if (o.joint || o.contact == Contact::introduce) {
        // The successor is here, on the call or in copy: no second meeting is asked for.
        out.push_back(args(method_key(
            o.method, "render.drafts.successor.in_person", "render.drafts.successor.video",
            "render.drafts.successor.phone", "render.drafts.successor.cc")));
        if (!email) out.push_back(args("render.drafts.successor.self_intro"));
    } else {
        out.push_back(args("render.drafts.successor.named"));
    }
    // The contact details go with the introduction: an announcement that promises a separate
    // introduction leaves them for it.
    const bool introduced_later = o.contact == Contact::notify && !o.joint && o.introduce_planned;
    if (named && email && !f.successor_reach.empty() && !introduced_later) {
        out.push_back(trf(l, "render.drafts.successor.reach", fmt::arg("who", f.who),
                          fmt::arg("details", f.successor_reach)));
    }
    if (named && o.contact == Contact::notify && !o.joint && o.introduce_planned) {
        if (o.introduce && o.introduce_method) {
            const auto key = method_key(*o.introduce_method, "render.drafts.intro.in_person",
                                        "render.drafts.intro.video", "render.drafts.intro.phone",
                                        "render.drafts.intro.email");
            out.push_back(trf(l, key, fmt::arg("who", f.who), fmt::arg("date", *o.introduce)));
        } else {
            out.push_back(args("render.drafts.intro.undated"));
        }
    }

    // The deal: carried on, or the new contract looked after; and what stays as it is.
    switch (f.standing) {
        case Standing::open_deal:
            out.push_back(args(named ? "render.drafts.deal.named" : "render.drafts.deal.unnamed"));
            break;
        case Standing::signed_contract:
            out.push_back(
                args(named ? "render.drafts.signed.named" : "render.drafts.signed.unnamed"));
            break;
        case Standing::customer:
        case Standing::new_client:
            break;
    }
    // What stays as it is (a contract just signed or an open deal was spoken of above).
    if (o.contact == Contact::notify &&
        (f.standing == Standing::customer || f.standing == Standing::new_client)) {
        // A renewal is still open and a dormant account has nothing running: neither is told
        // that its contract "stays as it is".
        const std::string_view unchanged =
            f.stage == Stage::renewal
                ? (named ? "render.drafts.renewal.named" : "render.drafts.renewal.unnamed")
            : f.stage == Stage::dormant
                ? (named ? "render.drafts.dormant.named" : "render.drafts.dormant.unnamed")
            : f.standing == Standing::customer ? "render.drafts.unchanged.customer"
            : named                            ? "render.drafts.unchanged.new"
                                               : "render.drafts.unchanged.new_unnamed";
        out.push_back(args(unchanged));
    }

    if (named && f.change_averse && o.follow_up) {
        const auto key = method_key(o.follow_up_method, "render.drafts.follow.in_person",
                                    "render.drafts.follow.video", "render.drafts.follow.phone",
                                    "render.drafts.follow.email");
        out.push_back(trf(l, key, fmt::arg("who", f.who), fmt::arg("date", *o.follow_up)));
    } else if (named && f.change_averse && o.contact == Contact::notify) {
        out.push_back(args("render.drafts.follow.undated"));
    }

    // The last day and the takeover were each said once above: "until my last day".
    out.push_back(std::string(tr(l, "render.drafts.until")));
    return out;
}

std::string heading(const Facts& f, const Occasion& o) {
    const std::string method(label(f.lang, o.method));
    const std::string_view what_key =
        o.contact == Contact::introduce   ? "render.drafts.what.introduce"
        : o.contact == Contact::follow_up ? "render.drafts.what.follow_up"
        : o.joint && !f.successor.empty() ? "render.drafts.what.notify_joint"
                                          : "render.drafts.what.notify";
    const std::string what(tr(f.lang, what_key));
    const std::string text =
        o.date ? trf(f.lang, "render.drafts.heading_dated", fmt::arg("client", f.client),
                     fmt::arg("what", what), fmt::arg("method", method), fmt::arg("date", *o.date))
               : trf(f.lang, "render.drafts.heading", fmt::arg("client", f.client),
                     fmt::arg("what", what), fmt::arg("method", method));
    return fmt::format("=== {} ===\n\n", text);
}

// A draft's points from the plan are read before the client is met, next to what is said,
// so a point that so much as names a private topic (even as "do not mention the ...") stays
// out; the draft's own notes say the same without naming it.
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

/// The talking points a plan read back (or made by hand) carries for the announcement: a
/// fresh plan's are made from the same facts as the draft and would only repeat it.
void add_plan_points(std::string& out, const Plan& plan, const Facts& f, const Occasion& o,
                     const std::vector<std::string>& own) {
    if (!plan.worded || o.task == nullptr) return;
    std::vector<std::string> extra;
    for (const std::string& p : talking_points(f.lang, plan, *o.task)) {
        if (std::find(own.begin(), own.end(), p) != own.end()) continue;
        if (names_private_topic(f.lang, p)) continue;
        extra.push_back(f.target == DraftFor::terminal ? terminal_line(p) : single_line(p));
    }
    if (extra.empty()) return;
    out += '\n';
    out += tr(f.lang, "render.drafts.from_plan");
    out += '\n';
    for (const std::string& p : extra) {
        out += trf(f.lang, "render.drafts.point", fmt::arg("point", p)) + '\n';
    }
}

std::string signature(const Facts& f) {
    const PersonDetails& d = f.me_details;
    std::vector<std::string> lines;
    if (f.lang == Lang::ja) {
        if (!d.company.empty()) lines.push_back(d.company);
        lines.push_back(d.title.empty() ? f.me : d.title + ' ' + f.me);
    } else {
        lines.push_back(f.me);
        if (!d.title.empty()) lines.push_back(d.title);
        if (!d.company.empty()) lines.push_back(d.company);
    }
    if (!d.email.empty())
        lines.push_back(trf(f.lang, "render.drafts.sig.email", fmt::arg("email", d.email)));
    if (!d.phone.empty())
        lines.push_back(trf(f.lang, "render.drafts.sig.phone", fmt::arg("phone", d.phone)));
    std::string out;
    for (const std::string& line : lines) out += line + '\n';
    return out;
}

std::string email_draft(const Facts& f, const Occasion& o) {
    const Lang l = f.lang;
    std::string out = heading(f, o);
    const std::string at =
        f.me_details.company.empty()
            ? std::string()
            : trf(l, "render.drafts.subject_at", fmt::arg("company", f.me_details.company));
    const std::string_view subject =
        o.contact == Contact::introduce   ? "render.drafts.email.subject.introduce"
        : o.contact == Contact::follow_up ? "render.drafts.email.subject.follow_up"
        : f.successor.empty()             ? "render.drafts.email.subject.unnamed"
        // The news alone, the successor to be introduced in a message of their own.
        : !o.joint && o.introduce_planned ? "render.drafts.email.subject.leaving"
                                          : "render.drafts.email.subject.named";
    out += o.contact == Contact::follow_up ? std::string(tr(l, subject))
                                           : trf(l, subject, fmt::arg("at", at));
    // An email the successor takes part in copies them: the body says so, and the header
    // line is where the user sets it up.
    if (o.joint && !f.successor.empty()) {
        out += '\n';
        out += f.successor_email.empty()
                   ? trf(l, "render.drafts.email.cc_name", fmt::arg("name", f.successor))
                   : trf(l, "render.drafts.email.cc", fmt::arg("name", f.successor),
                         fmt::arg("email", f.successor_email));
    }
    out += "\n\n" + f.salutation + "\n\n";
    out += trf(l,
               f.stage == Stage::dormant ? "render.drafts.email.greeting_dormant"
                                         : "render.drafts.email.greeting",
               fmt::arg("me", me_at(f))) +
           "\n\n";
    for (const std::string& s : body(f, o)) out += s + "\n\n";
    out += f.successor.empty() ? std::string(tr(l, "render.drafts.closing"))
                               : trf(l, "render.drafts.closing_with", fmt::arg("who", f.who));
    out += "\n\n";
    out += tr(l, "render.drafts.email.signoff");
    out += "\n\n";
    out += signature(f);
    return out;
}

std::string talk_draft(const Plan& plan, const Facts& f, const Occasion& o) {
    const Lang l = f.lang;
    std::string out = heading(f, o);
    const TalkTexts talks = talk_texts(l, o.method);
    out += fmt::format(fmt::runtime(talks.title), fmt::arg("contact", f.addressee),
                       fmt::arg("client", f.client)) +
           "\n\n";
    std::string opening;
    const bool successor_on_line = o.method == Method::phone && !f.successor.empty() &&
                                   (o.joint || o.contact == Contact::introduce);
    if (successor_on_line && o.contact != Contact::follow_up) {
        opening = trf(l, "render.drafts.open.joint.phone", fmt::arg("me", me_at(f)),
                      fmt::arg("successor", f.successor_first));
    } else if (o.contact == Contact::notify) {
        opening = fmt::format(fmt::runtime(talks.opening), fmt::arg("me", me_at(f)));
    } else {
        const std::string_view key =
            o.contact == Contact::introduce
                ? method_key(o.method, "render.drafts.open.introduce.in_person",
                             "render.drafts.open.introduce.video",
                             "render.drafts.open.introduce.phone",
                             "render.drafts.open.introduce.phone")
                : method_key(o.method, "render.drafts.open.follow_up.in_person",
                             "render.drafts.open.follow_up.video",
                             "render.drafts.open.follow_up.phone",
                             "render.drafts.open.follow_up.phone");
        opening = trf(l, key, fmt::arg("me", me_at(f)), fmt::arg("who", f.who));
    }
    std::vector<std::string> points{opening};
    const std::vector<std::string> said = body(f, o);
    points.insert(points.end(), said.begin(), said.end());
    points.push_back(f.successor.empty()
                         ? std::string(tr(l, "render.drafts.talk.closing"))
                         : trf(l, "render.drafts.talk.closing_named", fmt::arg("who", f.who)));
    for (std::size_t i = 0; i < points.size(); ++i) {
        out += fmt::format("{}. {}\n", i + 1, points[i]);
    }
    if (o.contact != Contact::follow_up) {
        out += '\n';
        out += tr(l, "render.drafts.asked");
        out += '\n';
        for (std::string_view key : {"render.drafts.ask.where", "render.drafts.ask.why",
                                     "render.drafts.ask.changes", "render.drafts.ask.dont"}) {
            out += trf(l, "render.drafts.point",
                       fmt::arg("point", trf(l, key, fmt::arg("who", f.who)))) +
                   '\n';
        }
    }
    if (o.contact == Contact::notify) add_plan_points(out, plan, f, o, said);
    return out;
}

std::string draft(const Plan& plan, const Facts& f, const Occasion& o) {
    if (o.method == Method::email) return email_draft(f, o);
    // Spoken, the successor is introduced by name: a title in parentheses cannot be read out
    // (the email gives it, with the contact details).
    Facts spoken = f;
    spoken.successor_first = f.successor;
    return talk_draft(plan, spoken, o);
}

}  // namespace

DraftIndex::DraftIndex(const Plan& plan, const Input& given)
    : clients(given.clients), tasks(plan.tasks), input(&given) {}

std::string render_client_draft(const Plan& plan, const DraftIndex& index, Lang lang,
                                const ClientPlan& cp, DraftFor target) {
    const std::string id = cp.id.str();
    const Task* notify = index.tasks.find(id + "/notify");
    const Task* introduce = index.tasks.find(id + "/introduce");
    const Task* follow = index.tasks.find(id + "/follow-up");
    // A draft's heading dates it as a list does; its sentences as a letter does.
    const auto day = [lang](const Task* t) -> std::optional<std::string> {
        if (t == nullptr || !t->date) return std::nullopt;
        return format_date_long(lang, *t->date);
    };
    const auto prose_day = [&plan, lang](const Task* t) -> std::optional<std::string> {
        if (t == nullptr || !t->date) return std::nullopt;
        return prose_date(plan, lang, *t->date);
    };

    std::optional<Day> told = notify != nullptr ? notify->date : cp.notify_date;
    const Facts f = gather(plan, index, lang, cp, target, told);

    Occasion announce;
    announce.contact = Contact::notify;
    announce.task = notify;
    announce.method = notify != nullptr && notify->method ? *notify->method : cp.method;
    announce.date = day(notify);
    announce.joint = notify != nullptr && (notify->with & with_people::successor) != 0;
    announce.introduce_planned = introduce != nullptr || cp.introduce_date.has_value();
    announce.introduce = prose_day(introduce);
    if (!announce.introduce && cp.introduce_date) {
        announce.introduce = prose_date(plan, lang, *cp.introduce_date);
    }
    if (announce.introduce_planned) {
        announce.introduce_method =
            introduce != nullptr && introduce->method ? *introduce->method : Method::in_person;
    }
    announce.follow_up = prose_day(follow);
    if (!announce.follow_up && cp.follow_up_date) {
        announce.follow_up = prose_date(plan, lang, *cp.follow_up_date);
    }
    if (follow != nullptr && follow->method) announce.follow_up_method = *follow->method;

    std::string out = draft(plan, f, announce);
    // The joint visit after a separate announcement, and the follow-up: a draft each, once
    // somebody is named to be introduced.
    if (introduce != nullptr && !f.successor.empty() && !announce.joint) {
        Occasion o = announce;
        o.contact = Contact::introduce;
        o.task = introduce;
        o.method = *announce.introduce_method;
        o.date = day(introduce);
        o.joint = true;
        out += '\n' + draft(plan, f, o);
    }
    if (follow != nullptr && !f.successor.empty()) {
        Occasion o = announce;
        o.contact = Contact::follow_up;
        o.task = follow;
        o.method = announce.follow_up_method;
        o.date = day(follow);
        o.joint = true;
        out += '\n' + draft(plan, f, o);
    }
    return out;
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
