// The letters of rule 11: the resignation letter and the farewell messages of the last day.
// Like the client drafts they state facts and nothing private: no reason for leaving beyond
// the customary 一身上の都合, no next employer, and no private way to stay in touch (asking
// clients to follow the user elsewhere is what the non-solicitation reminders are about).
#include "handover/render/render_letters.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/render/plan_texts.hpp"

namespace handover {
namespace {

/// What the letters need, gathered once: names safe for where they are read, and dates.
struct LetterFacts {
    Lang lang = Lang::en;
    std::string me, me_title, company, email, phone;
    std::string manager;
    /// The successor the farewell to clients names: the one every client handed over
    /// shares; empty when nobody is named or they differ.
    std::string successor;
    std::string successor_title, successor_email, successor_phone;
    std::vector<std::string> handed_over;  ///< names of the clients already handed over
    std::optional<Day> submitted;          ///< the resignation-letter task's date
    std::optional<Day> farewell;           ///< the farewell task's date
    Day last_day{}, end{}, takeover{};
    DateLocale locale = DateLocale::en_US;         ///< how English prose writes the dates
    Jurisdiction jurisdiction = Jurisdiction::JP;  ///< whose employment law and customs
    int year = 0;                                  ///< the plan's today's year: "this year"
};

LetterFacts gather(const Plan& plan, const Input& input, Lang lang, LettersFor target) {
    const auto line = [target](std::string_view text) {
        return target == LettersFor::terminal ? terminal_line(text) : single_line(text);
    };
    LetterFacts f;
    f.lang = lang;
    f.me = line(input.me);
    f.me_title = line(input.me_details.title);
    f.company = line(input.me_details.company);
    f.email = line(input.me_details.email);
    f.phone = line(input.me_details.phone);
    f.manager = line(input.manager);
    f.last_day = plan.last_day;
    f.end = plan.end_date.value_or(plan.last_day);
    f.takeover = plan.takeover_day;
    f.locale = plan.locale;
    f.jurisdiction = plan.jurisdiction;
    f.year = static_cast<int>(date::year_month_day{plan.today}.year());
    for (const Task& t : plan.tasks) {
        if (t.kind == TaskKind::resignation_letter) f.submitted = t.date;
        if (t.kind == TaskKind::farewell) f.farewell = t.date;
    }
    // The clients handed over by the farewell: those who have met the successor by then
    // (the farewell goes out on the last day; its own date when it had to move).
    const Day by = f.farewell.value_or(plan.last_day);
    std::optional<std::string_view> shared;
    bool same = true;
    for (const ClientPlan& cp : plan.clients) {
        if (!cp.introduce_date || *cp.introduce_date > by) continue;
        f.handed_over.push_back(line(cp.name));
        const std::string_view successor(cp.successor);
        if (!shared) shared = successor;
        same = same && *shared == successor;
    }
    if (!shared) shared = std::string_view(plan.successor);
    if (same && !shared->empty()) {
        f.successor = line(*shared);
        // The input's contact details are the default successor's.
        if (*shared == input.successor) {
            f.successor_title = line(input.successor_details.title);
            f.successor_email = line(input.successor_details.email);
            f.successor_phone = line(input.successor_details.phone);
        }
    }
    return f;
}

std::string western_date(Lang lang, DateLocale locale, Day day) {
    const date::year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    if (lang == Lang::ja) return fmt::format("{}年{}月{}日", y, m, d);
    static constexpr std::string_view months[] = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
    // The month in words, so no reader can misread it, in the order of the reader's
    // country: December 25, 2026 (en-US) or 25 December 2026 (en-GB).
    if (locale == DateLocale::en_US) return fmt::format("{} {}, {}", months[m - 1], d, y);
    return fmt::format("{} {} {}", d, months[m - 1], y);
}

/// `label` and `value` on one line, or nothing when the value is empty.
void add_line(std::string& out, Lang lang, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += trf(lang, key, fmt::arg("value", value));
    out += '\n';
}

/// The sender's signature block: name, title and company, email, phone; only what the
/// input gives.
std::string signature(const LetterFacts& f) {
    const Lang l = f.lang;
    std::string out(tr(l, "letters.signature.rule"));
    out += '\n';
    if (l == Lang::ja) {
        if (!f.company.empty()) out += f.company + '\n';
        out += f.me_title.empty() ? f.me : f.me_title + "　" + f.me;
        out += '\n';
    } else {
        out += f.me + '\n';
        if (!f.me_title.empty() && !f.company.empty()) {
            out += f.me_title + ", " + f.company + '\n';
        } else if (!f.me_title.empty() || !f.company.empty()) {
            out += (f.me_title.empty() ? f.company : f.me_title) + '\n';
        }
    }
    add_line(out, l, "letters.signature.email", f.email);
    add_line(out, l, "letters.signature.phone", f.phone);
    out += tr(l, "letters.signature.rule");
    out += '\n';
    return out;
}

std::string company_or_placeholder(const LetterFacts& f) {
    return f.company.empty() ? std::string(tr(f.lang, "letters.company_placeholder")) : f.company;
}

LetterDraft resignation_letter(const LetterFacts& f) {
    const Lang l = f.lang;
    LetterDraft letter;
    letter.heading = f.submitted ? trf(l, "letters.resignation.heading_dated",
                                       fmt::arg("date", format_date_long(l, *f.submitted)))
                                 : std::string(tr(l, "letters.resignation.heading"));
    std::string& out = letter.body;
    // A US or UK company takes a letter (or an email) to the manager: no seal, no
    // Japanese era, no representative director, whatever language it is written in.
    const bool japanese_company = f.jurisdiction == Jurisdiction::JP;
    out +=
        tr(l, japanese_company ? "letters.resignation.note" : "letters.resignation.note_western");
    out += "\n\n";
    if (l == Lang::ja && japanese_company) {
        // The Japanese era (和暦) is how most companies' forms and HR write the dates of a
        // 退職届, an official document; the western calendar is accepted too, but the usual
        // form is the one a careful employee hands in.
        const std::string submitted = f.submitted
                                          ? japanese_era_date(*f.submitted)
                                          : std::string(tr(l, "letters.resignation.date_blank"));
        out += tr(l, "letters.resignation.form_title");
        out += "\n\n";
        out += tr(l, "letters.resignation.form_humbly");
        out += "\n\n";
        out += trf(l, "letters.resignation.ja.body", fmt::arg("end", japanese_era_date(f.end)));
        out += "\n\n";
        out += submitted + "\n\n";
        out += trf(l, "letters.resignation.signer",
                   fmt::arg("signer", f.me_title.empty() ? f.me : f.me_title + "　" + f.me));
        out += "\n\n";
        out += company_or_placeholder(f) + "\n";
        out += tr(l, "letters.resignation.ja.addressee");
        out += '\n';
        return letter;
    }
    // A letter of resignation as a US or UK professional writes it: the sender's details,
    // the date, a short formal notice with the dates, one thank-you, the handover promise.
    out += f.me + '\n';
    if (!f.me_title.empty()) out += f.me_title + '\n';
    if (!f.company.empty()) out += f.company + '\n';
    if (!f.email.empty()) out += f.email + '\n';
    if (!f.phone.empty()) out += f.phone + '\n';
    out += '\n';
    out += f.submitted ? western_date(l, f.locale, *f.submitted)
                       : std::string(tr(l, "letters.resignation.date_blank_western"));
    out += "\n\n";
    out += f.manager.empty()
               ? std::string(tr(l, "letters.resignation.en.dear_unnamed"))
               : trf(l, "letters.resignation.en.dear", fmt::arg("name", short_name(l, f.manager)));
    out += "\n\n";
    out += f.me_title.empty()
               ? trf(l, "letters.resignation.en.notice",
                     fmt::arg("company", company_or_placeholder(f)))
               : trf(l, "letters.resignation.en.notice_title", fmt::arg("title", f.me_title),
                     fmt::arg("company", company_or_placeholder(f)));
    if (l != Lang::ja) out += ' ';  // Japanese sentences follow each other without a space
    out += f.end != f.last_day ? trf(l, "letters.resignation.en.dates_leave",
                                     fmt::arg("last_day", western_date(l, f.locale, f.last_day)),
                                     fmt::arg("end", western_date(l, f.locale, f.end)))
                               : trf(l, "letters.resignation.en.dates",
                                     fmt::arg("last_day", western_date(l, f.locale, f.last_day)));
    out += "\n\n";
    out += f.successor.empty() ? std::string(tr(l, "letters.resignation.en.handover_unnamed"))
                               : trf(l, "letters.resignation.en.handover",
                                     fmt::arg("successor", short_name(l, f.successor)));
    out += "\n\n";
    out += tr(l, "letters.resignation.en.closing");
    out += "\n\n";
    out += f.me + '\n';
    return letter;
}

/// The successor's contact details for the clients, one line each; only what the input
/// gives.
std::string successor_details(const LetterFacts& f) {
    std::string out;
    const Lang l = f.lang;
    if (f.successor_email.empty() && f.successor_phone.empty()) return out;
    // English names the successor by first name after the first mention; a Japanese
    // contact block gives the full name with the title.
    const std::string name = l == Lang::ja ? f.successor : std::string(first_word(f.successor));
    out += f.successor_title.empty()
               ? trf(l, "letters.farewell.details", fmt::arg("successor", name))
               : trf(l, "letters.farewell.details_title", fmt::arg("successor", name),
                     fmt::arg("title", f.successor_title));
    out += '\n';
    add_line(out, l, "letters.signature.email", f.successor_email);
    add_line(out, l, "letters.signature.phone", f.successor_phone);
    return out;
}

LetterDraft farewell_to_clients(const LetterFacts& f) {
    const Lang l = f.lang;
    LetterDraft letter;
    const std::string when = format_date_long(l, f.farewell.value_or(f.last_day));
    letter.heading = trf(l, "letters.farewell.clients.heading", fmt::arg("date", when));
    std::string& out = letter.body;
    // Who it goes to: a note for the user, not part of the message.
    if (f.handed_over.empty()) {
        out += tr(l, "letters.farewell.to_none");
    } else {
        std::string names;
        for (const std::string& name : f.handed_over) {
            if (!names.empty()) names += tr(l, "letters.list_separator");
            names += name;
        }
        out += trf(l, "letters.farewell.to", fmt::arg("clients", names));
    }
    out += "\n\n";
    const std::string company = company_or_placeholder(f);
    const std::string takeover = format_date_prose(l, f.locale, f.takeover, f.year);
    out += trf(l, "letters.farewell.clients.subject", fmt::arg("company", company),
               fmt::arg("me", f.me));
    out += "\n\n";
    out += tr(l, "letters.farewell.clients.dear");
    out += "\n\n";
    out += trf(l, "letters.farewell.clients.opening", fmt::arg("company", company),
               fmt::arg("family", short_name(l, f.me)));
    out += "\n\n";
    out += tr(l, "letters.farewell.clients.thanks");
    out += "\n\n";
    out += f.successor.empty()
               ? trf(l, "letters.farewell.clients.successor_unnamed", fmt::arg("date", takeover))
               : trf(l, "letters.farewell.clients.successor", fmt::arg("date", takeover),
                     fmt::arg("successor", f.successor),
                     fmt::arg("first", short_name(l, f.successor)));
    out += "\n\n";
    if (!f.successor.empty()) {
        const std::string details = successor_details(f);
        if (!details.empty()) out += details + '\n';
    }
    out += tr(l, "letters.farewell.clients.closing");
    out += "\n\n";
    out += signature(f);
    return letter;
}

LetterDraft farewell_to_colleagues(const LetterFacts& f) {
    const Lang l = f.lang;
    LetterDraft letter;
    const std::string when = format_date_long(l, f.farewell.value_or(f.last_day));
    letter.heading = trf(l, "letters.farewell.colleagues.heading", fmt::arg("date", when));
    std::string& out = letter.body;
    const std::string company = company_or_placeholder(f);
    out += trf(l, "letters.farewell.colleagues.subject", fmt::arg("me", f.me));
    out += "\n\n";
    out += tr(l, "letters.farewell.colleagues.dear");
    out += "\n\n";
    out += f.me_title.empty()
               ? trf(l, "letters.farewell.colleagues.opening",
                     fmt::arg("family", short_name(l, f.me)), fmt::arg("company", company))
               : trf(l, "letters.farewell.colleagues.opening_title",
                     fmt::arg("family", short_name(l, f.me)), fmt::arg("title", f.me_title),
                     fmt::arg("company", company));
    out += "\n\n";
    out += tr(l, "letters.farewell.colleagues.thanks");
    out += "\n\n";
    const std::string takeover = format_date_prose(l, f.locale, f.takeover, f.year);
    out += f.successor.empty()
               ? trf(l, "letters.farewell.colleagues.successor_unnamed", fmt::arg("date", takeover))
               : trf(l, "letters.farewell.colleagues.successor", fmt::arg("date", takeover),
                     fmt::arg("successor", f.successor),
                     fmt::arg("first", short_name(l, f.successor)));
    out += "\n\n";
    out += tr(l, "letters.farewell.colleagues.closing");
    out += "\n\n";
    out += f.me + '\n';
    return letter;
}

}  // namespace

std::string japanese_era_date(Day day) {
    const date::year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    if (ymd < date::year_month_day{date::year{2019}, date::May, date::day{1}})
        return fmt::format("{}年{}月{}日", y, m, d);
    const int era = y - 2018;
    if (era == 1) return fmt::format("令和元年{}月{}日", m, d);
    return fmt::format("令和{}年{}月{}日", era, m, d);
}

std::vector<LetterDraft> letter_drafts(const Plan& plan, const Input& input, Lang lang,
                                       LettersFor target) {
    const LetterFacts f = gather(plan, input, lang, target);
    return {resignation_letter(f), farewell_to_clients(f), farewell_to_colleagues(f)};
}

std::string render_letters(const Plan& plan, const Input& input, Lang lang) {
    std::string out;
    for (const LetterDraft& letter : letter_drafts(plan, input, lang, LettersFor::terminal)) {
        if (!out.empty()) out += '\n';
        out += fmt::format("=== {} ===\n\n", letter.heading);
        out += letter.body;
    }
    return out;
}

}  // namespace handover
