// The second half of `handover import`: which field each column of an export feeds, every
// cell read as the SPEC's value, and the rows of one company folded into one client
// (docs/import.md states the same rules for users; its tables are tested against these).
#include "handover/input/import_map.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "handover/base/diagnostics.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/base/utf8.hpp"
#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover {
namespace {

using input_detail::is_client_id;
using input_detail::join;
using input_detail::shown;
using input_detail::suggest;

constexpr std::array<std::string_view, 15> k_field_names{"id",
                                                         "name",
                                                         "contact",
                                                         "salutation",
                                                         "decision_maker",
                                                         "stage",
                                                         "expected_close",
                                                         "value",
                                                         "relationship",
                                                         "preferred_method",
                                                         "change_averse",
                                                         "successor",
                                                         "deal_name",
                                                         "handover_notes",
                                                         "notes"};

constexpr std::array<std::string_view, 9> k_import_stage_names{
    "prospect", "proposal", "negotiation", "closing", "active",
    "renewal",  "dormant",  "won",         "lost"};

using F = ImportField;
constexpr HeaderSynonym k_headers[] = {
    {"会社名", F::name},
    {"取引先名", F::name},
    {"取引先", F::name},
    {"顧客名", F::name},
    {"顧客", F::name},
    {"会社", F::name},
    {"企業名", F::name},
    {"法人名", F::name},
    {"Company", F::name},
    {"Company Name", F::name},
    {"Account", F::name},
    {"Account Name", F::name},
    {"Associated Company", F::name},
    {"Customer", F::name},
    {"Customer Name", F::name},
    {"Client", F::name},
    {"Client Name", F::name},
    {"Organization", F::name},
    {"Organisation", F::name},
    {"Organization Name", F::name},
    {"得意先", F::name},
    {"得意先名", F::name},
    {"取引先会社名", F::name},
    {"顧客会社名", F::name},
    {"社名", F::name},
    {"客先", F::name},
    {"法人名称", F::name},
    {"Company Name (Primary)", F::name},
    {"Associated Company (Primary)", F::name},
    {"担当者", F::contact},
    {"担当者名", F::contact},
    {"ご担当者", F::contact},
    {"ご担当者名", F::contact},
    {"取引先責任者", F::contact},
    {"先方担当者", F::contact},
    {"Contact", F::contact},
    {"Contact Name", F::contact},
    {"Contact Person", F::contact},
    {"Associated Contact", F::contact},
    {"Primary Contact", F::contact},
    {"先方担当", F::contact},
    {"先方担当者名", F::contact},
    {"担当者氏名", F::contact},
    {"お客様担当者", F::contact},
    {"Contact: Full Name", F::contact},
    {"Primary Contact: Full Name", F::contact},
    {"Contact Full Name", F::contact},
    {"フェーズ", F::stage},
    {"ステージ", F::stage},
    {"状況", F::stage},
    {"ステータス", F::stage},
    {"商談ステータス", F::stage},
    {"商談フェーズ", F::stage},
    {"Stage", F::stage},
    {"Stage Name", F::stage},
    {"Deal Stage", F::stage},
    {"Status", F::stage},
    {"Opportunity Stage", F::stage},
    // Not 確度, 受注確度 or ランク: most lists keep a percentage or a bare letter there.
    {"ヨミ", F::stage},
    {"見込度", F::stage},
    {"進捗", F::stage},
    {"進捗状況", F::stage},
    {"商談状況", F::stage},
    {"案件ステータス", F::stage},
    {"Forecast Category", F::stage},
    {"完了予定日", F::expected_close},
    {"受注予定日", F::expected_close},
    {"成約予定日", F::expected_close},
    {"契約予定日", F::expected_close},
    {"クローズ日", F::expected_close},
    {"クローズ予定日", F::expected_close},
    {"Close Date", F::expected_close},
    {"Expected Close", F::expected_close},
    {"Expected Close Date", F::expected_close},
    {"Closing Date", F::expected_close},
    {"受注予定月", F::expected_close},
    {"契約予定月", F::expected_close},
    {"見込み時期", F::expected_close},
    {"クロージング予定日", F::expected_close},
    {"金額", F::value},
    {"取引額", F::value},
    {"受注金額", F::value},
    {"契約金額", F::value},
    {"見込金額", F::value},
    {"見込み金額", F::value},
    {"Amount", F::value},
    {"Deal Amount", F::value},
    {"Deal Value", F::value},
    {"Value", F::value},
    {"Opportunity Amount", F::value},
    {"予定金額", F::value},
    {"見積金額", F::value},
    {"受注見込額", F::value},
    {"売上見込", F::value},
    {"見込額", F::value},
    {"税抜金額", F::value},
    {"金額(税抜)", F::value},
    {"金額（税込）", F::value},
    {"Expected Revenue", F::value},
    {"Total Contract Value", F::value},
    {"Annual Contract Value", F::value},
    {"関係", F::relationship},
    {"関係性", F::relationship},
    {"Relationship", F::relationship},
    {"商談名", F::deal_name},
    {"案件名", F::deal_name},
    {"商談", F::deal_name},
    {"案件", F::deal_name},
    {"Deal Name", F::deal_name},
    {"Opportunity Name", F::deal_name},
    {"Deal", F::deal_name},
    {"Opportunity", F::deal_name},
    {"メモ", F::handover_notes},
    {"備考", F::handover_notes},
    {"引継ぎメモ", F::handover_notes},
    {"引き継ぎメモ", F::handover_notes},
    {"引継ぎ事項", F::handover_notes},
    {"引き継ぎ事項", F::handover_notes},
    {"説明", F::handover_notes},
    {"Notes", F::handover_notes},
    {"Note", F::handover_notes},
    {"Description", F::handover_notes},
    {"Handover Notes", F::handover_notes},
    {"次回アクション", F::handover_notes},
    {"次のステップ", F::handover_notes},
    {"対応履歴", F::handover_notes},
    {"商談メモ", F::handover_notes},
    {"特記事項", F::handover_notes},
    {"引継事項", F::handover_notes},
    {"申し送り事項", F::handover_notes},
    {"Next Step", F::handover_notes},
    {"Deal Description", F::handover_notes},
    {"Comments", F::handover_notes},
    {"Remarks", F::handover_notes},
    {"社内メモ", F::notes},
    {"非公開メモ", F::notes},
    {"Private Notes", F::notes},
    {"決裁者", F::decision_maker},
    {"決裁者名", F::decision_maker},
    {"意思決定者", F::decision_maker},
    {"Decision Maker", F::decision_maker},
    {"キーマン", F::decision_maker},
    {"決裁権者", F::decision_maker},
    {"宛名", F::salutation},
    {"Salutation", F::salutation},
    {"連絡方法", F::preferred_method},
    {"希望連絡方法", F::preferred_method},
    {"Preferred Method", F::preferred_method},
    {"Preferred Contact Method", F::preferred_method},
    {"担当変更に慎重", F::change_averse},
    {"Change Averse", F::change_averse},
    {"後任", F::successor},
    {"後任者", F::successor},
    {"後任担当者", F::successor},
    {"Successor", F::successor},
    // A CRM's record ids ("Opportunity ID", "Record ID") are not client ids.
    {"id", F::id},
    {"ID", F::id},
    {"顧客ID", F::id},
    // Codes and numbers the user keeps for a client (not kintone's レコード番号).
    {"顧客コード", F::id},
    {"取引先コード", F::id},
    {"顧客番号", F::id},
    {"Customer ID", F::id},
    {"Client ID", F::id},
};

using S = ImportStage;
constexpr StageWord k_stages[] = {
    // The SPEC's own names.
    {"prospect", S::prospect},
    {"proposal", S::proposal},
    {"negotiation", S::negotiation},
    {"closing", S::closing},
    {"active", S::active},
    {"renewal", S::renewal},
    {"dormant", S::dormant},
    // Salesforce, English and Japanese.
    {"Prospecting", S::prospect},
    {"見込み客", S::prospect},
    {"Qualification", S::prospect},
    {"評価", S::prospect},
    {"Needs Analysis", S::prospect},
    {"ニーズ分析", S::prospect},
    {"Value Proposition", S::proposal},
    {"価値提案", S::proposal},
    {"Id. Decision Makers", S::proposal},
    {"意思決定者の特定", S::proposal},
    {"Perception Analysis", S::proposal},
    {"認識分析", S::proposal},
    {"Proposal/Price Quote", S::proposal},
    {"提案/見積", S::proposal},
    {"Negotiation/Review", S::negotiation},
    {"交渉/レビュー", S::negotiation},
    {"Closed Won", S::won},
    {"成立", S::won},
    {"Closed Lost", S::lost},
    {"不成立", S::lost},
    // HubSpot's default pipeline: labels and internal ids.
    {"Appointment Scheduled", S::prospect},
    {"appointmentscheduled", S::prospect},
    {"Qualified To Buy", S::prospect},
    {"qualifiedtobuy", S::prospect},
    {"Presentation Scheduled", S::proposal},
    {"presentationscheduled", S::proposal},
    {"Decision Maker Bought-In", S::negotiation},
    {"decisionmakerboughtin", S::negotiation},
    {"Contract Sent", S::closing},
    {"contractsent", S::closing},
    {"closedwon", S::won},
    {"closedlost", S::lost},
    // Plain Japanese.
    {"見込み", S::prospect},
    {"見込", S::prospect},
    {"提案中", S::proposal},
    {"提案", S::proposal},
    {"商談中", S::negotiation},
    {"交渉中", S::negotiation},
    {"受注見込", S::closing},
    {"受注見込み", S::closing},
    {"契約手続き中", S::closing},
    {"受注", S::won},
    {"成約", S::won},
    {"既存", S::active},
    {"取引中", S::active},
    {"契約中", S::active},
    {"更新", S::renewal},
    {"更新予定", S::renewal},
    {"休眠", S::dormant},
    {"失注", S::lost},
    // Plain English.
    {"won", S::won},
    {"lost", S::lost},
    {"customer", S::active},
    // Words of Japanese sales lists ("ヨミ" grades, approval steps, outcomes).
    {"Aヨミ", S::closing},
    {"Sヨミ", S::closing},
    {"ヨミA", S::closing},
    {"受注確定", S::closing},
    {"内示", S::closing},
    {"内定", S::closing},
    {"稟議中", S::closing},
    {"社内稟議", S::closing},
    {"決裁待ち", S::closing},
    {"Bヨミ", S::negotiation},
    {"見積提出済", S::negotiation},
    {"見積提出", S::negotiation},
    {"Cヨミ", S::proposal},
    {"検討中", S::proposal},
    {"見積中", S::proposal},
    {"デモ", S::proposal},
    {"トライアル", S::proposal},
    {"Dヨミ", S::prospect},
    {"アポ", S::prospect},
    {"初回訪問", S::prospect},
    {"ヒアリング", S::prospect},
    {"リード", S::prospect},
    {"新規", S::prospect},
    {"商談化", S::prospect},
    {"契約済", S::won},
    {"契約締結", S::won},
    {"発注済", S::won},
    {"申込済", S::won},
    {"納品済", S::won},
    {"検収済", S::won},
    {"辞退", S::lost},
    {"見送り", S::lost},
    {"中止", S::lost},
    {"解約", S::lost},
    {"保留", S::dormant},
    {"ペンディング", S::dormant},
    {"中断", S::dormant},
    {"休眠顧客", S::dormant},
    {"既存顧客", S::active},
    {"取引あり", S::active},
    {"継続", S::active},
    {"更新済", S::active},
    // English CRM words (forecast categories, custom pipelines).
    {"Verbal Commit", S::closing},
    {"Commit", S::closing},
    {"Contract Signed", S::closing},
    {"Negotiating", S::negotiation},
    {"Quote Sent", S::negotiation},
    {"Proposal Sent", S::proposal},
    {"Demo", S::proposal},
    {"Demo Scheduled", S::proposal},
    {"Best Case", S::proposal},
    {"Discovery", S::prospect},
    {"Qualified", S::prospect},
    {"Pipeline", S::prospect},
    {"Upside", S::prospect},
    {"Closed - Won", S::won},
    {"Closed-Won", S::won},
    {"Closed/Won", S::won},
    {"Won - Signed", S::won},
    {"Signed", S::won},
    {"Closed - Lost", S::lost},
    {"Churned", S::lost},
    {"On Hold", S::dormant},
    {"Stalled", S::dormant},
};

constexpr ValueWord k_values[] = {
    {F::relationship, "strong", "strong"},
    {F::relationship, "normal", "normal"},
    {F::relationship, "weak", "weak"},
    {F::relationship, "強", "strong"},
    {F::relationship, "強い", "strong"},
    {F::relationship, "良好", "strong"},
    {F::relationship, "普通", "normal"},
    {F::relationship, "弱", "weak"},
    {F::relationship, "弱い", "weak"},
    {F::relationship, "希薄", "weak"},
    {F::preferred_method, "in_person", "in_person"},
    {F::preferred_method, "video", "video"},
    {F::preferred_method, "phone", "phone"},
    {F::preferred_method, "email", "email"},
    {F::preferred_method, "訪問", "in_person"},
    {F::preferred_method, "対面", "in_person"},
    {F::preferred_method, "ビデオ", "video"},
    {F::preferred_method, "オンライン", "video"},
    {F::preferred_method, "Web会議", "video"},
    {F::preferred_method, "電話", "phone"},
    {F::preferred_method, "メール", "email"},
    {F::change_averse, "true", "true"},
    {F::change_averse, "false", "false"},
    {F::change_averse, "yes", "true"},
    {F::change_averse, "no", "false"},
    {F::change_averse, "はい", "true"},
    {F::change_averse, "いいえ", "false"},
    {F::change_averse, "○", "true"},
    {F::change_averse, "◯", "true"},
    {F::change_averse, "×", "false"},
    {F::change_averse, "1", "true"},
    {F::change_averse, "0", "false"},
};

/// Company suffixes a made-up id leaves out ("Acme Co., Ltd." -> `acme`).
constexpr std::array<std::string_view, 11> k_company_suffixes{
    "inc", "ltd", "llc", "corp", "corporation", "co", "kk", "gmbh", "plc", "limited", "company"};

/// What import_name_key leaves out of a company name: the marks of a Japanese legal form
/// anywhere (as `fold` leaves them: full-width parentheses ASCII), and English legal-form
/// words at the end (in lower case; longer words before their prefixes).
constexpr std::array<std::string_view, 8> k_legal_form_marks{
    "株式会社", "(株)", "\u3231", "有限会社", "(有)", "\u3232", "合同会社", "(同)"};
constexpr std::array<std::string_view, 15> k_legal_form_words{
    "corporation", "limited", "inc.", "inc", "ltd.", "ltd", "llc", "corp.",
    "corp",        "co.",     "co",   "kk",  "gmbh", "plc", "k.k."};

/// A company cell that is one of these (compared as headers are) is a totals row of the
/// list, not a client.
constexpr std::array<std::string_view, 9> k_totals_words{
    "合計", "小計", "総計", "計", "合計金額", "Total", "Grand Total", "Subtotal", "Sum"};
/// A company cell that starts with one of these (full-width forms folded) is a note under
/// the list: "※金額は税抜", "注)税込", "* estimates".
constexpr std::array<std::string_view, 3> k_note_marks{"※", "注)", "*"};

constexpr std::size_t k_max_slug = 24;
constexpr std::size_t k_max_reported = 20;

std::string_view trim(std::string_view text) {
    while (!text.empty()) {
        if (text.front() == ' ' || text.front() == '\t') {
            text.remove_prefix(1);
        } else if (text.starts_with("\u3000")) {
            text.remove_prefix(3);
        } else {
            break;
        }
    }
    while (!text.empty()) {
        if (text.back() == ' ' || text.back() == '\t') {
            text.remove_suffix(1);
        } else if (text.ends_with("\u3000")) {
            text.remove_suffix(3);
        } else {
            break;
        }
    }
    return text;
}

/// Full-width ASCII (U+FF01-FF5E) and the ideographic space as ASCII; ASCII letters in
/// lower case when `lower`; the ASCII characters in `drop` left out.
std::string fold(std::string_view text, bool lower, std::string_view drop) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decode_utf8(text, i);
        char32_t cp = c.valid ? c.cp : 0xFFFD;
        if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
        if (cp == 0x3000) cp = ' ';
        if (cp < 0x80) {
            char ch = static_cast<char>(cp);
            if (lower && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
            if (drop.find(ch) == std::string_view::npos) out += ch;
        } else {
            out.append(text.substr(i, c.length));
        }
        i += c.length;
    }
    return out;
}

std::string value_key(std::string_view text) {
    return fold(text, true, " \t_-");
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::vector<std::string_view> header_candidates(const std::vector<std::string>& header) {
    std::vector<std::string_view> out;
    for (const auto& h : header) {
        if (!trim(h).empty()) out.push_back(trim(h));
    }
    return out;
}

/// Headers as a message lists them: `"Owner", "Stage"` / 「担当」、「フェーズ」.
std::string quoted_list(std::span<const std::string_view> words, Lang lang) {
    const bool ja = lang == Lang::ja;
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += ja ? "、" : ", ";
        out += ja ? "「" : "\"";
        out += shown(word);
        out += ja ? "」" : "\"";
    }
    return out;
}

/// The person of a contact cell: the first of several separated by `;` ("Ann Park; Bob
/// Lee"), without the e-mail address a CRM puts after the name in parentheses or angle
/// brackets ("Ann Park (ann@harbor.com)", "Ann Park <ann@harbor.com>"). A cell that is
/// nothing but an address stays as it is.
std::string_view contact_name(std::string_view cell) {
    std::string_view rest = trim(cell);
    std::string_view first = rest;
    while (!rest.empty()) {
        std::size_t cut = rest.size();
        std::size_t width = 0;
        for (std::string_view separator : {";", "\uFF1B"}) {
            if (const std::size_t at = rest.find(separator); at < cut) {
                cut = at;
                width = separator.size();
            }
        }
        first = trim(rest.substr(0, cut));
        if (!first.empty() || width == 0) break;
        rest = rest.substr(cut + width);
    }
    static constexpr std::pair<std::string_view, std::string_view> k_brackets[] = {
        {"(", ")"}, {"\uFF08", "\uFF09"}, {"<", ">"}, {"\uFF1C", "\uFF1E"}};
    for (const auto& [open, close] : k_brackets) {
        if (!first.ends_with(close)) continue;
        const std::size_t at = first.rfind(open);
        if (at == std::string_view::npos) continue;
        const std::string_view inside = first.substr(at, first.size() - at);
        if (inside.find('@') == std::string_view::npos &&
            inside.find("\uFF20") == std::string_view::npos) {
            continue;
        }
        const std::string_view name = trim(first.substr(0, at));
        if (!name.empty()) return name;
    }
    return first;
}

bool is_totals_row(std::string_view name) {
    const std::string key = fold(name, true, " \t_-");
    return std::any_of(k_totals_words.begin(), k_totals_words.end(),
                       [&](std::string_view word) { return fold(word, true, " \t_-") == key; });
}

bool is_note_row(std::string_view name) {
    const std::string folded = fold(name, false, "");
    return std::any_of(k_note_marks.begin(), k_note_marks.end(),
                       [&](std::string_view mark) { return folded.starts_with(mark); });
}

// ---- Values ----------------------------------------------------------------------------

/// A date split into its numbers, before the order of `12/08/2026` is known.
struct DateParts {
    int year = 0;
    unsigned a = 0;  ///< the month of a year-first date, else the first number
    unsigned b = 0;  ///< the day of a year-first date, else the second number
    bool year_first = true;
    bool month_end = false;  ///< a month without a day (`2026年12月`, `2026/12`): its last day
};

/// A cell that says "no date yet" or "no amount yet" in so many words is an empty cell.
bool says_unknown(std::string_view cell) {
    const std::string key = fold(trim(cell), true, " ");
    for (std::string_view word : {"未定", "未確定", "不明", "なし", "tbd", "tbc", "n/a", "na",
                                  "unknown", "-", "--", "ー", "―", "－", "—"}) {
        if (key == word) return true;
    }
    return false;
}

/// `令和8年12月8日`, `R8.12.8`, `平成30年4月1日`, `H30/4/1` with the year of the Western
/// calendar in place of the era's (令和 from 2019, 平成 from 1989; 元年 is its first year).
std::string western_year(std::string s) {
    struct Era {
        std::string_view name;
        std::string_view letter;
        int offset;
    };
    static constexpr Era k_eras[] = {{"令和", "R", 2018}, {"平成", "H", 1988}};
    for (const Era& era : k_eras) {
        std::size_t at = 0;
        if (s.starts_with(era.name)) {
            at = era.name.size();
        } else if (s.size() > 1 &&
                   (s.starts_with(era.letter) ||
                    s[0] == static_cast<char>(era.letter[0] + ('a' - 'A'))) &&
                   is_digit(s[1])) {
            at = 1;
        } else {
            continue;
        }
        int year = 0;
        std::size_t end = at;
        if (s.substr(at).starts_with("元")) {
            year = 1;
            end = at + std::string_view("元").size();
        } else {
            while (end < s.size() && is_digit(s[end]) && end - at < 3) {
                year = year * 10 + (s[end] - '0');
                ++end;
            }
        }
        if (end == at || year == 0) return s;
        return std::to_string(era.offset + year) + s.substr(end);
    }
    return s;
}

bool looks_like_time(std::string_view text) {
    if (text.empty() || !is_digit(text.front()) || text.find(':') == std::string_view::npos) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](char c) {
        return is_digit(c) || c == ':' || c == '.' || c == ' ' || c == 'A' || c == 'P' ||
               c == 'M' || c == 'a' || c == 'p' || c == 'm';
    });
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

std::optional<DateParts> date_parts(std::string_view cell) {
    std::string s = fold(trim(cell), false, "");
    // An optional time of day: `2026-12-08 10:00`.
    if (const std::size_t space = s.find(' '); space != std::string::npos) {
        if (!looks_like_time(trim(std::string_view(s).substr(space + 1)))) return std::nullopt;
        s.resize(space);
    }
    // ISO 8601 with a time: `2026-12-08T10:00:00Z`, `2026-12-08T10:00+09:00`.
    if (const std::size_t t = s.find('T'); t != std::string::npos && t > 0 && is_digit(s[t - 1])) {
        const std::string_view time = std::string_view(s).substr(t + 1);
        if (time.empty() || !is_digit(time.front()) ||
            !std::all_of(time.begin(), time.end(), [](char c) {
                return is_digit(c) || c == ':' || c == '.' || c == 'Z' || c == '+' || c == '-';
            })) {
            return std::nullopt;
        }
        s.resize(t);
    }
    // A weekday: `2026/12/08(火)`.
    if (!s.empty() && s.back() == ')') {
        const std::size_t open = s.rfind('(');
        if (open == std::string::npos || open == 0) return std::nullopt;
        s.resize(open);
    }
    s = western_year(std::move(s));
    bool month_only = false;
    if (s.find("年") != std::string::npos) {
        if (s.ends_with("月末")) s.resize(s.size() - std::string_view("末").size());
        if (s.ends_with("月")) {
            month_only = true;
            s.resize(s.size() - std::string_view("月").size());
        } else if (!s.ends_with("日")) {
            return std::nullopt;
        } else {
            s.resize(s.size() - std::string_view("日").size());
        }
        replace_all(s, "年", "/");
        replace_all(s, "月", "/");
    }
    // A month alone, year first: `2026/12`, `2026-12`, `2026年12月`.
    {
        const std::size_t sep = s.find_first_of("/-.");
        if (sep == 4 && s.find_first_of("/-.", sep + 1) == std::string::npos && s.size() > 5 &&
            s.size() <= 7 && std::all_of(s.begin(), s.begin() + 4, is_digit) &&
            std::all_of(s.begin() + 5, s.end(), is_digit)) {
            const int year = std::stoi(s.substr(0, 4));
            const auto month = static_cast<unsigned>(std::stoi(s.substr(5)));
            return DateParts{year, month, 1, true, true};
        }
        if (month_only) return std::nullopt;
    }
    unsigned numbers[3] = {0, 0, 0};
    std::size_t widths[3] = {0, 0, 0};
    char separator = 0;
    std::size_t at = 0;
    for (std::size_t part = 0; part < 3; ++part) {
        if (part > 0) {
            if (at >= s.size()) return std::nullopt;
            const char sep = s[at];
            if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
            if (separator != 0 && sep != separator) return std::nullopt;
            separator = sep;
            ++at;
        }
        const std::size_t start = at;
        while (at < s.size() && is_digit(s[at]) && at - start < 5) {
            numbers[part] = numbers[part] * 10 + static_cast<unsigned>(s[at] - '0');
            ++at;
        }
        widths[part] = at - start;
    }
    if (at != s.size()) return std::nullopt;
    const auto short_number = [](std::size_t w) { return w == 1 || w == 2; };
    if (widths[0] == 4 && short_number(widths[1]) && short_number(widths[2])) {
        return DateParts{static_cast<int>(numbers[0]), numbers[1], numbers[2], true};
    }
    if (short_number(widths[0]) && short_number(widths[1]) && widths[2] == 4) {
        return DateParts{static_cast<int>(numbers[2]), numbers[0], numbers[1], false};
    }
    return std::nullopt;
}

enum class AmountProblem : std::uint8_t { none, not_a_number, negative, too_large };

/// One number of an amount, `1,200,000`, `410000.00`, `1.5`, as its digits and point
/// ("1200000", "1.5"). Commas only between groups of three digits.
std::optional<std::string> read_number(std::string_view text, std::size_t& at) {
    std::string digits;
    const std::size_t start = at;
    std::size_t group = 0;
    bool commas = false;
    while (at < text.size()) {
        const char c = text[at];
        if (is_digit(c)) {
            digits += c;
            ++group;
            ++at;
        } else if (c == ',' && group > 0 && (commas ? group == 3 : group <= 3)) {
            commas = true;
            group = 0;
            ++at;
            // exactly three digits must follow
            if (at + 3 > text.size() || !is_digit(text[at]) || !is_digit(text[at + 1]) ||
                !is_digit(text[at + 2]) || (at + 3 < text.size() && is_digit(text[at + 3]))) {
                return std::nullopt;
            }
        } else {
            break;
        }
    }
    if (at == start || digits.empty()) return std::nullopt;
    if (at < text.size() && text[at] == '.') {
        ++at;
        const std::size_t fraction = at;
        digits += '.';
        while (at < text.size() && is_digit(text[at])) digits += text[at++];
        if (at == fraction) return std::nullopt;
    }
    return digits;
}

/// `digits` times ten to the `exponent`, read in one step so that `1.1万` is exactly 11000.
std::optional<double> decimal(std::string digits, int exponent) {
    digits += fmt::format("e{}", exponent);
    double value = 0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (result.ec != std::errc() || !std::isfinite(value)) return std::nullopt;
    return value;
}

bool is_currency_code(std::string_view text) {
    return text.size() == 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool ends_with_ascii_ci(std::string_view text, std::string_view suffix) {
    if (text.size() < suffix.size()) return false;
    const std::string_view tail = text.substr(text.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        return a == b;
    });
}

/// The power of ten a unit in a value column's header stands for: 3 for `金額（千円）`,
/// `Amount ($K)`, `Amount (in thousands)`; 0 without one.
int header_unit_exponent(std::string_view header) {
    static constexpr std::pair<std::string_view, int> k_units[] = {
        {"千円", 3}, {"万円", 4},        {"百万円", 6}, {"$k", 3},         {"k", 3},
        {"000s", 3}, {"inthousands", 3}, {"$m", 6},     {"inmillions", 6},
    };
    const std::string key = fold(header, true, " \t");
    for (std::size_t open = 0; open < key.size(); ++open) {
        if (key[open] != '(' && key[open] != '[') continue;
        const std::size_t close = key.find(key[open] == '(' ? ')' : ']', open + 1);
        if (close == std::string::npos) break;
        const std::string_view inside = std::string_view(key).substr(open + 1, close - open - 1);
        for (const auto& [unit, exponent] : k_units) {
            if (inside == unit) return exponent;
        }
        open = close;
    }
    return 0;
}

/// `header_exponent`: the unit of the column's header, for a cell without a unit of its own.
AmountProblem parse_amount(std::string_view cell, double& out, int header_exponent = 0) {
    std::string s = fold(trim(cell), false, " \t");
    // A note on tax after the amount: `1,200,000円（税抜）`, `$500 (tax incl.)`.
    for (std::string_view note : {"(税抜)", "(税込)", "(税別)", "(taxincl.)", "(taxexcl.)",
                                  "(taxincluded)", "(taxexcluded)"}) {
        if (s.size() > note.size() && ends_with_ascii_ci(s, note)) {
            s.resize(s.size() - note.size());
            break;
        }
    }
    // The hyphen of an invoice, `¥1,200,000-`.
    if (s.size() > 1 && s.back() == '-' && s.front() != '-') s.pop_back();
    bool negative = false;
    for (std::string_view sign : {"-", "\u2212", "\u25B2", "\u25B3"}) {
        if (s.starts_with(sign)) {
            s.erase(0, sign.size());
            negative = true;
            break;
        }
    }
    if (!negative && s.size() > 2 && s.front() == '(' && s.back() == ')') {
        s = s.substr(1, s.size() - 2);
        negative = true;
    }
    std::string_view t = s;
    // `\` is the yen sign of Shift_JIS (JIS X 0201), as Japanese Excel writes `¥1,200,000`.
    for (std::string_view prefix : {"US$", "\u00A5", "\uFFE5", "\\", "$", "\u00A3", "\u20AC"}) {
        if (t.starts_with(prefix)) {
            t.remove_prefix(prefix.size());
            break;
        }
    }
    if (t.size() > 3 && is_currency_code(t.substr(0, 3))) t.remove_prefix(3);
    if (t.ends_with("円")) t.remove_suffix(std::string_view("円").size());
    if (t.size() > 3 && is_currency_code(t.substr(t.size() - 3))) t.remove_suffix(3);
    // `1億2,000万`, `1,200千`, `1.2百万`, `1.2M`, `250K`: numbers each with an optional unit,
    // a number without one last.
    static constexpr std::pair<std::string_view, int> k_units[] = {
        {"億", 8}, {"千万", 7}, {"百万", 6}, {"万", 4}, {"千", 3},
        {"M", 6},  {"m", 6},    {"K", 3},    {"k", 3},
    };
    std::vector<std::pair<std::string, int>> numbers;
    bool has_unit = false;
    std::size_t at = 0;
    if (t.empty()) return AmountProblem::not_a_number;
    while (at < t.size()) {
        auto digits = read_number(t, at);
        if (!digits) return AmountProblem::not_a_number;
        int exponent = -1;
        for (const auto& [unit, power] : k_units) {
            if (t.substr(at).starts_with(unit)) {
                exponent = power;
                at += unit.size();
                has_unit = true;
                break;
            }
        }
        if (exponent < 0 && at != t.size()) return AmountProblem::not_a_number;
        numbers.emplace_back(std::move(*digits), exponent);
    }
    double total = 0;
    for (auto& [digits, exponent] : numbers) {
        const int power = exponent >= 0 ? exponent : (has_unit ? 0 : header_exponent);
        const auto number = decimal(std::move(digits), power);
        if (!number) return AmountProblem::not_a_number;
        total += *number;
    }
    if (negative && total != 0) return AmountProblem::negative;
    if (total > k_max_amount) return AmountProblem::too_large;
    out = total;
    return AmountProblem::none;
}

// ---- Lookups ---------------------------------------------------------------------------

const std::unordered_map<std::string, ImportField>& header_index() {
    static const auto index = [] {
        std::unordered_map<std::string, ImportField> out;
        for (const auto& synonym : k_headers) {
            out.emplace(import_header_key(synonym.header), synonym.field);
        }
        return out;
    }();
    return index;
}

const std::unordered_map<std::string, ImportStage>& stage_index() {
    static const auto index = [] {
        std::unordered_map<std::string, ImportStage> out;
        for (const auto& word : k_stages) out.emplace(import_stage_key(word.word), word.stage);
        return out;
    }();
    return index;
}

// ---- Did-you-mean for stages ---------------------------------------------------------

std::u32string code_points(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decode_utf8(text, i);
        out += c.valid ? c.cp : 0xFFFD;
        i += c.length;
    }
    return out;
}

bool is_ideograph(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

constexpr std::size_t k_no_slip = 1000;

/// Edits from `a` to `b`, counted in characters. With `kanji_fixed`, adding, removing or
/// replacing a kanji is no slip of the pen: 解約 (cancelled) is not a misspelt 成約 (won).
std::size_t char_distance(const std::u32string& a, const std::u32string& b, bool kanji_fixed) {
    const auto cost = [&](char32_t c) { return kanji_fixed && is_ideograph(c) ? k_no_slip : 1; };
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    previous[0] = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) previous[j] = previous[j - 1] + cost(b[j - 1]);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = previous[0] + cost(a[i - 1]);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t change =
                a[i - 1] == b[j - 1] ? 0 : std::max(cost(a[i - 1]), cost(b[j - 1]));
            current[j] = std::min({previous[j] + cost(a[i - 1]), current[j - 1] + cost(b[j - 1]),
                                   previous[j - 1] + change});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

struct StageCandidate {
    std::string_view word;
    ImportStage stage;
};

/// The stage word `value` is most likely a misspelling of, or nothing: at most one edit for
/// a value of up to 4 characters and two for a longer one; no kanji changed in a word of up
/// to 4 characters; and nothing when words of different stages are equally near (`Eヨミ`
/// is as near to `Aヨミ` as to `Bヨミ`, and is neither).
std::optional<StageCandidate> stage_slip(std::string_view value,
                                         std::span<const StageCandidate> candidates) {
    const std::u32string key = code_points(import_stage_key(value));
    if (key.empty() || key.size() > 64) return std::nullopt;
    const std::size_t limit = key.size() <= 4 ? 1 : 2;
    std::optional<StageCandidate> best;
    std::size_t best_distance = k_no_slip;
    bool tied = false;
    for (const auto& candidate : candidates) {
        const std::u32string other = code_points(import_stage_key(candidate.word));
        const bool short_word = std::min(key.size(), other.size()) <= 4;
        const std::size_t distance = char_distance(key, other, short_word);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
            tied = false;
        } else if (distance == best_distance && best && candidate.stage != best->stage) {
            tied = true;
        }
    }
    if (!best || best_distance > limit || tied) return std::nullopt;
    return best;
}

std::optional<std::string_view> value_word(ImportField field, std::string_view cell) {
    const std::string key = value_key(cell);
    for (const auto& word : k_values) {
        if (word.field == field && value_key(word.word) == key) return word.value;
    }
    return std::nullopt;
}

std::vector<std::string_view> value_words(ImportField field) {
    std::vector<std::string_view> out;
    for (const auto& word : k_values) {
        if (word.field == field) out.push_back(word.word);
    }
    return out;
}

int open_rank(ImportStage stage) {
    return static_cast<int>(stage);  // prospect < proposal < negotiation < closing
}

bool is_open(ImportStage stage) {
    return stage <= ImportStage::closing;
}

bool is_account(ImportStage stage) {
    return stage == ImportStage::active || stage == ImportStage::renewal ||
           stage == ImportStage::dormant;
}

int account_rank(ImportStage stage) {
    switch (stage) {
        case ImportStage::renewal:
            return 3;
        case ImportStage::active:
            return 2;
        default:
            return 1;
    }
}

// ---- The mapping -----------------------------------------------------------------------

/// What the rows of one company add up to so far.
struct Group {
    ImportedClient client;
    std::size_t first_line = 0;
    std::optional<ImportStage> open_stage;
    std::optional<Day> open_close;
    std::optional<ImportStage> account_stage;
    bool won = false;
    bool lost = false;
    bool other = false;              ///< a row with no stage
    std::optional<Day> other_close;  ///< the earliest close date of a row with no stage
    double open_value = 0;
    bool has_open_value = false;
    double settled_value = 0;
    bool has_settled_value = false;
    bool sum_too_large = false;  ///< reported once
    struct Past {
        std::optional<Day> date;
        std::string line;
    };
    std::vector<Past> history;
    /// The text a row gives handover_notes or notes, and the deal it came from.
    struct Note {
        std::vector<std::string> lines;      ///< a cell each: "Header: value" when several columns
        std::optional<ImportStage> outcome;  ///< won or lost
        std::string deal;
    };
    std::vector<Note> handover_notes;
    std::vector<Note> notes;
    std::size_t id_line = 0;
};

class Mapper {
  public:
    Mapper(const Table& table, const MappingOptions& options, const std::string& file, Lang lang)
        : table_(table), options_(options), file_(file), lang_(lang) {}

    ImportResult run() {
        ImportResult result;
        result.rows = table_.rows.size();
        map_columns(result.columns);
        read_stage_option();
        throw_if_failed();  // the options first: a wrong --map may be why no name is found
        require_name_column(result.columns);
        resolve_date_order();
        for (const TableRow& row : table_.rows) read_row(row);
        check_ids();
        report_unknown_stages();
        throw_if_failed();
        for (Group& group : groups_) result.clients.push_back(finish(group));
        add_notices(result);
        if (currencies_.size() == 1) {
            for (std::size_t i = 0; i < k_currency_names.size(); ++i) {
                if (k_currency_names[i] == currencies_.front().first) {
                    result.currency = static_cast<Currency>(i);
                }
            }
        }
        return result;
    }

  private:
    const Table& table_;
    const MappingOptions& options_;
    const std::string& file_;
    Lang lang_;
    std::vector<Diagnostic> diagnostics_;
    std::size_t unreported_ = 0;
    std::array<std::optional<std::size_t>, k_field_names.size()> column_of_{};  // 0-based
    std::unordered_map<std::string, ImportStage> stage_option_;
    std::vector<std::string> stage_option_words_;
    std::unordered_set<std::string> unknown_stages_;
    std::vector<std::string> unknown_stage_values_;  ///< as first written, in order
    DateOrder date_order_ = DateOrder::automatic;
    std::vector<Group> groups_;
    std::unordered_map<std::string, std::size_t> group_of_;
    bool dates_seen_ = false;                          ///< a row had a close date
    std::vector<std::size_t> handover_notes_columns_;  ///< 0-based, from the left
    std::vector<std::size_t> notes_columns_;

    /// The fields several columns may feed, each cell a line.
    /// The fields several columns may feed: their texts are put together.
    static bool is_text_field(ImportField field) {
        return field == ImportField::handover_notes || field == ImportField::notes;
    }

    std::vector<std::size_t>& text_columns(ImportField field) {
        return field == ImportField::notes ? notes_columns_ : handover_notes_columns_;
    }

    /// A row's notes: its cell, or with several columns a line "Header: value" per cell.
    std::vector<std::string> row_text(const TableRow& row, ImportField field) const {
        const auto& columns =
            field == ImportField::notes ? notes_columns_ : handover_notes_columns_;
        std::vector<std::string> out;
        for (const std::size_t column : columns) {
            if (column >= row.cells.size()) continue;
            const std::string_view text = trim(row.cells[column]);
            if (text.empty()) continue;
            std::string line;
            if (columns.size() > 1) {
                const std::string header = header_of(column);
                line = header.empty() ? fmt::format("#{}", column + 1) : header;
                line += ": ";
            }
            line += text;
            out.push_back(std::move(line));
        }
        return out;
    }

    /// A note of a won or lost deal, of a company with several rows, says which deal it is
    /// about: "保守契約(失注): 競合に負け", "Support add-on (lost): Lost to competitor".
    std::string note_line(const Group::Note& note, const std::string& text,
                          bool several_rows) const {
        if (!several_rows || !note.outcome) return text;
        const std::string_view outcome =
            tr(lang_,
               *note.outcome == ImportStage::won ? "import.history.won" : "import.history.lost");
        if (note.deal.empty()) {
            return trf(lang_, "import.map.note_outcome", fmt::arg("outcome", outcome),
                       fmt::arg("note", text));
        }
        return trf(lang_, "import.map.note_deal", fmt::arg("deal", note.deal),
                   fmt::arg("outcome", outcome), fmt::arg("note", text));
    }
    int value_exponent_ = 0;  ///< the unit of the value column's header (千円: 3)
    std::optional<std::size_t> record_start_;  ///< kintone's レコードの開始行 column
    /// The currencies the amounts name ("JPY", "USD", ...) with the first line of each.
    std::vector<std::pair<std::string_view, std::size_t>> currencies_;

    /// Remembers which currency an amount names, if any: a file holds one currency, and
    /// `value` keeps no currency, so amounts in two of them would be added up as one.
    void note_currency(std::string_view text, std::size_t line) {
        struct Mark {
            std::string_view text;
            std::string_view currency;
        };
        static constexpr Mark k_marks[] = {{"¥", "JPY"},   {"￥", "JPY"}, {"円", "JPY"},
                                           {"JPY", "JPY"}, {"\\", "JPY"}, {"$", "USD"},
                                           {"USD", "USD"}, {"£", "GBP"},  {"GBP", "GBP"},
                                           {"€", "EUR"},   {"EUR", "EUR"}};
        for (const Mark& mark : k_marks) {
            if (text.find(mark.text) == std::string_view::npos) continue;
            const bool known =
                std::any_of(currencies_.begin(), currencies_.end(),
                            [&](const auto& seen) { return seen.first == mark.currency; });
            if (!known) currencies_.emplace_back(mark.currency, line);
            return;
        }
    }
    std::vector<std::size_t> mapped_;  ///< 0-based columns that feed a field
    std::vector<std::size_t> totals_lines_;
    std::vector<std::size_t> note_lines_;
    std::vector<std::size_t> empty_lines_;  ///< rows with no text in a mapped column

    /// What the user should know of the mapping that is no error.
    void add_notices(ImportResult& result) const {
        const auto lines = [&](const std::vector<std::size_t>& which) {
            return line_ranges(which, lang_);
        };
        if (empty_lines_.size() == 1) {
            result.notices.push_back(
                trf(lang_, "import.map.skipped_empty_one", fmt::arg("lines", lines(empty_lines_))));
        } else if (!empty_lines_.empty()) {
            result.notices.push_back(trf(lang_, "import.map.skipped_empty",
                                         fmt::arg("count", empty_lines_.size()),
                                         fmt::arg("lines", lines(empty_lines_))));
        }
        if (totals_lines_.size() == 1) {
            result.notices.push_back(
                trf(lang_, "import.map.totals_one", fmt::arg("lines", lines(totals_lines_))));
        } else if (!totals_lines_.empty()) {
            result.notices.push_back(trf(lang_, "import.map.totals",
                                         fmt::arg("count", totals_lines_.size()),
                                         fmt::arg("lines", lines(totals_lines_))));
        }
        if (note_lines_.size() == 1) {
            result.notices.push_back(
                trf(lang_, "import.map.note_rows_one", fmt::arg("lines", lines(note_lines_))));
        } else if (!note_lines_.empty()) {
            result.notices.push_back(trf(lang_, "import.map.note_rows",
                                         fmt::arg("count", note_lines_.size()),
                                         fmt::arg("lines", lines(note_lines_))));
        }
        if (currencies_.size() > 1) {
            std::string which;
            for (const auto& [currency, line] : currencies_) {
                if (!which.empty()) which += tr(lang_, "import.map.list_separator");
                which += trf(lang_, "import.map.currency_at", fmt::arg("currency", currency),
                             fmt::arg("line", line));
            }
            result.notices.push_back(
                trf(lang_, "import.map.mixed_currencies", fmt::arg("currencies", which)));
        }
        if (result.clients.empty()) return;
        if (!column_of_[static_cast<std::size_t>(ImportField::stage)]) {
            result.notices.emplace_back(tr(lang_, "import.map.no_stage_column"));
        }
        if (const auto column = column_of_[static_cast<std::size_t>(ImportField::expected_close)];
            column && dates_seen_ &&
            std::none_of(result.clients.begin(), result.clients.end(),
                         [](const ImportedClient& c) { return c.expected_close.has_value(); })) {
            result.notices.push_back(trf(lang_, "import.map.dates_unused",
                                         fmt::arg("column", *column + 1),
                                         fmt::arg("header", shown(header_of(*column)))));
        }
    }

    void report(std::string pointer, std::string message, std::string suggestion = {}) {
        if (diagnostics_.size() >= k_max_reported) {
            ++unreported_;
            return;
        }
        diagnostics_.push_back({std::move(pointer), {}, std::move(message), std::move(suggestion)});
    }

    void throw_if_failed() {
        if (diagnostics_.empty()) return;
        if (unreported_ > 0) {
            diagnostics_.push_back(
                {{}, {}, trf(lang_, "input.more_problems", fmt::arg("count", unreported_)), {}});
        }
        throw InputError(file_, std::move(diagnostics_));
    }

    std::string header_of(std::size_t column) const {
        return column < table_.header.size() ? std::string(trim(table_.header[column]))
                                             : std::string();
    }

    std::string place(std::size_t line, std::size_t column) const {
        return table_place(line, column + 1, header_of(column), lang_);
    }

    std::string_view cell(const TableRow& row, ImportField field) const {
        const auto column = column_of_[static_cast<std::size_t>(field)];
        if (!column || *column >= row.cells.size()) return {};
        return trim(row.cells[*column]);
    }

    void map_columns(std::vector<ColumnMapping>& columns) {
        for (std::size_t i = 0; i < table_.header.size(); ++i) {
            columns.push_back(
                {i + 1, std::string(trim(table_.header[i])), std::nullopt, false, std::nullopt});
        }
        // `--map` first: what the user says wins over the dictionary.
        const std::vector<std::string_view> headers = header_candidates(table_.header);
        std::vector<std::string_view> field_names(k_field_names.begin(), k_field_names.end());
        field_names.push_back("ignore");
        for (const auto& [left, right] : options_.map) {
            const std::string entry = left + "=" + right;
            const std::string_view header = trim(left);
            const std::string_view name = trim(right);
            const auto field = import_field_from_string(name);
            if (!field && name != "ignore") {
                report({},
                       trf(lang_, "import.map.option_field", fmt::arg("entry", shown(entry)),
                           fmt::arg("field", shown(name)), fmt::arg("fields", join(field_names))),
                       suggest(name, field_names));
                continue;
            }
            bool found = false;
            for (auto& column : columns) {
                if (column.header == header) found = true;
            }
            const std::string key = import_header_key(header);
            for (auto& column : columns) {
                const bool same = found ? column.header == header
                                        : !key.empty() && import_header_key(column.header) == key;
                if (!same) continue;
                found = true;
                column.from_option = true;
                column.field = field;
            }
            if (!found) {
                report({},
                       trf(lang_, "import.map.option_header", fmt::arg("entry", shown(entry)),
                           fmt::arg("header", shown(header)),
                           fmt::arg("headers", quoted_list(headers, lang_))),
                       did_you_mean(header, headers));
            }
        }
        // A field is fed by one column: the first (the `--map` ones before the others). The
        // others name it in same_as, except for the notes, which take several columns.
        for (auto& column : columns) {
            if (!column.from_option || !column.field) continue;
            auto& slot = column_of_[static_cast<std::size_t>(*column.field)];
            if (is_text_field(*column.field)) {
                text_columns(*column.field).push_back(column.column - 1);
                if (!slot) slot = column.column - 1;
            } else if (slot) {
                column.same_as = *slot + 1;
                column.field.reset();
            } else {
                slot = column.column - 1;
            }
        }
        const auto& index = header_index();
        for (auto& column : columns) {
            if (column.from_option) continue;
            auto it = index.find(import_header_key(column.header));
            if (it == index.end()) {
                // A unit or note in brackets after an amount's header: `金額(千円)`, `Amount ($K)`.
                std::string key = import_header_key(column.header);
                while (it == index.end() && !key.empty() &&
                       (key.back() == ')' || key.back() == ']')) {
                    const std::size_t open = key.rfind(key.back() == ')' ? '(' : '[');
                    if (open == std::string::npos || open == 0) break;
                    key.resize(open);
                    it = index.find(key);
                }
                if (it != index.end() && it->second != ImportField::value) it = index.end();
            }
            if (it == index.end()) continue;
            auto& slot = column_of_[static_cast<std::size_t>(it->second)];
            if (is_text_field(it->second)) {
                // Every column of the notes feeds them, each a line of its own.
                text_columns(it->second).push_back(column.column - 1);
            } else if (slot) {
                column.same_as = *slot + 1;
                continue;
            }
            if (!slot) slot = column.column - 1;
            column.field = it->second;
        }
        for (auto* list : {&handover_notes_columns_, &notes_columns_}) {
            std::sort(list->begin(), list->end());
            if (!list->empty()) {
                column_of_[static_cast<std::size_t>(
                    list == &notes_columns_ ? ImportField::notes : ImportField::handover_notes)] =
                    list->front();
            }
        }
        for (const auto& column : columns) {
            if (column.field) mapped_.push_back(column.column - 1);
        }
        if (const auto value = column_of_[static_cast<std::size_t>(ImportField::value)]) {
            value_exponent_ = header_unit_exponent(header_of(*value));
        }
        // kintone writes a record with a table inside it as several rows: `*` in this column
        // on the first, the record's fields repeated on the others.
        for (const auto& column : columns) {
            if (import_header_key(column.header) == import_header_key("レコードの開始行")) {
                record_start_ = column.column - 1;
            }
        }
    }

    void require_name_column(const std::vector<ColumnMapping>& columns) {
        if (column_of_[static_cast<std::size_t>(ImportField::name)]) return;
        std::vector<std::string_view> headers;
        for (const auto& column : columns) {
            if (!column.header.empty()) headers.push_back(column.header);
        }
        report(table_place(table_.header_line, 0, {}, lang_),
               trf(lang_, "import.map.no_name", fmt::arg("headers", quoted_list(headers, lang_))));
        throw_if_failed();
    }

    void read_stage_option() {
        for (const auto& [left, right] : options_.stages) {
            const std::string entry = left + "=" + right;
            const std::string_view name = trim(right);
            const auto stage = import_stage_from_string(name);
            if (!stage) {
                report({},
                       trf(lang_, "import.map.option_stage", fmt::arg("entry", shown(entry)),
                           fmt::arg("stage", shown(name)),
                           fmt::arg("stages", join(k_import_stage_names))),
                       stage_name_slip(name));
                continue;
            }
            stage_option_[import_stage_key(left)] = *stage;
            stage_option_words_.emplace_back(trim(left));
        }
    }

    /// `automatic`: a first number over 12 says day first, a second one month first.
    void resolve_date_order() {
        date_order_ = options_.date_order;
        const auto column = column_of_[static_cast<std::size_t>(ImportField::expected_close)];
        if (date_order_ != DateOrder::automatic || !column) return;
        const TableRow* day_first = nullptr;
        const TableRow* month_first = nullptr;
        const TableRow* ambiguous = nullptr;
        for (const TableRow& row : table_.rows) {
            const auto parts = date_parts(cell(row, ImportField::expected_close));
            if (!parts || parts->year_first) continue;
            if (parts->a > 12 && parts->b <= 12 && !day_first) day_first = &row;
            if (parts->b > 12 && parts->a <= 12 && !month_first) month_first = &row;
            if (parts->a <= 12 && parts->b <= 12 && parts->a != parts->b && !ambiguous) {
                ambiguous = &row;
            }
        }
        if (day_first && month_first) {
            const TableRow* later = day_first->line > month_first->line ? day_first : month_first;
            const TableRow* earlier = later == day_first ? month_first : day_first;
            report(place(later->line, *column),
                   trf(lang_, "import.map.date_mixed",
                       fmt::arg("value", shown(cell(*later, ImportField::expected_close))),
                       fmt::arg("other", shown(cell(*earlier, ImportField::expected_close))),
                       fmt::arg("line", earlier->line)));
            throw_if_failed();
        }
        if (day_first) {
            date_order_ = DateOrder::dmy;
        } else if (month_first) {
            date_order_ = DateOrder::mdy;
        } else if (ambiguous) {
            report(place(ambiguous->line, *column),
                   trf(lang_, "import.map.date_ambiguous",
                       fmt::arg("value", shown(cell(*ambiguous, ImportField::expected_close)))));
            throw_if_failed();
        }
    }

    std::optional<Day> read_date(const TableRow& row) {
        const std::string_view text = cell(row, ImportField::expected_close);
        if (text.empty() || says_unknown(text)) return std::nullopt;
        const std::size_t column =
            *column_of_[static_cast<std::size_t>(ImportField::expected_close)];
        const auto parts = date_parts(text);
        if (!parts || (!parts->year_first && date_order_ == DateOrder::ymd)) {
            report(place(row.line, column),
                   trf(lang_, "import.map.date_format", fmt::arg("value", shown(text))));
            return std::nullopt;
        }
        unsigned month = parts->a;
        unsigned day = parts->b;
        if (!parts->year_first && date_order_ == DateOrder::dmy) std::swap(month, day);
        date::year_month_day ymd{date::year{parts->year}, date::month{month}, date::day{day}};
        if (parts->month_end && date::month{month}.ok()) {
            // 受注予定月 `2026年12月`: the deal is expected by the end of that month.
            ymd = date::year_month_day{date::year{parts->year} / date::month{month} / date::last};
        }
        if (!ymd.ok()) {
            report(place(row.line, column),
                   trf(lang_, "import.map.date_unreal", fmt::arg("value", shown(text))));
            return std::nullopt;
        }
        if (parts->year < k_min_year || parts->year > k_max_year) {
            report(place(row.line, column),
                   trf(lang_, "import.map.date_range", fmt::arg("value", shown(text)),
                       fmt::arg("min", k_min_year), fmt::arg("max", k_max_year)));
            return std::nullopt;
        }
        return Day{ymd};
    }

    std::optional<double> read_value(const TableRow& row) {
        const std::string_view text = cell(row, ImportField::value);
        if (text.empty() || says_unknown(text)) return std::nullopt;
        double value = 0;
        const std::size_t column = *column_of_[static_cast<std::size_t>(ImportField::value)];
        switch (parse_amount(text, value, value_exponent_)) {
            case AmountProblem::none:
                note_currency(text, row.line);
                return value;
            case AmountProblem::negative:
                report(place(row.line, column),
                       trf(lang_, "import.map.amount_negative", fmt::arg("value", shown(text))));
                return std::nullopt;
            case AmountProblem::too_large:
                report(place(row.line, column),
                       trf(lang_, "import.map.amount_too_large", fmt::arg("value", shown(text))));
                return std::nullopt;
            case AmountProblem::not_a_number:
                report(place(row.line, column),
                       trf(lang_, "import.map.amount", fmt::arg("value", shown(text))));
                return std::nullopt;
        }
        return std::nullopt;
    }

    std::optional<ImportStage> read_stage(const TableRow& row) {
        const std::string_view text = cell(row, ImportField::stage);
        if (text.empty()) return std::nullopt;
        const std::string key = import_stage_key(text);
        if (const auto it = stage_option_.find(key); it != stage_option_.end()) return it->second;
        const auto& index = stage_index();
        if (const auto it = index.find(key); it != index.end()) return it->second;
        if (!unknown_stages_.insert(key).second) return std::nullopt;  // reported once
        unknown_stage_values_.emplace_back(text);
        // Past the limit the line is only counted: no did-you-mean to look for.
        const auto slip = diagnostics_.size() < k_max_reported
                              ? stage_slip(text, stage_candidates())
                              : std::nullopt;
        const std::size_t column = *column_of_[static_cast<std::size_t>(ImportField::stage)];
        report(place(row.line, column),
               trf(lang_, "import.map.stage_unknown", fmt::arg("value", shown(text)),
                   fmt::arg("known", join(k_import_stage_names))),
               slip ? std::string(slip->word) : std::string());
        return std::nullopt;
    }

    /// Every word the stage column may hold: the table's and those of `--stage`.
    std::vector<StageCandidate> stage_candidates() const {
        std::vector<StageCandidate> out;
        for (const auto& word : k_stages) out.push_back({word.word, word.stage});
        for (const auto& word : stage_option_words_) {
            out.push_back({word, stage_option_.at(import_stage_key(word))});
        }
        return out;
    }

    /// The did-you-mean of a `--stage` right side, under the same rule as a stage value.
    static std::string stage_name_slip(std::string_view name) {
        std::vector<StageCandidate> names;
        for (std::size_t i = 0; i < k_import_stage_names.size(); ++i) {
            names.push_back({k_import_stage_names[i], static_cast<ImportStage>(i)});
        }
        const auto slip = stage_slip(name, names);
        return slip ? std::string(slip->word) : std::string();
    }

    /// The stage an unknown value most likely means, for the example `--stage` command: the
    /// word it misspells, else the longest word of the table it contains (`見積提出済み` has
    /// `見積提出`), unless it starts with a negation (`未受注`); else `proposal`.
    /// The stage an unknown value most likely means, for the `--stage` command to edit;
    /// none when nothing in it says (the command then has a `?` to replace).
    std::optional<ImportStage> guess_stage(std::string_view value) const {
        const auto candidates = stage_candidates();
        if (const auto slip = stage_slip(value, candidates)) return slip->stage;
        const std::string key = import_stage_key(value);
        for (std::string_view negation : {"未", "不", "非", "無", "not", "non", "un"}) {
            if (key.starts_with(negation)) return std::nullopt;
        }
        std::optional<ImportStage> best;
        std::size_t best_length = 0;
        for (const auto& candidate : candidates) {
            const std::string word = import_stage_key(candidate.word);
            const std::size_t chars = code_points(word).size();
            const bool ascii = std::all_of(word.begin(), word.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x80;
            });
            if (chars < (ascii ? 4U : 2U) || word.size() <= best_length) continue;
            if (key.find(word) == std::string::npos) continue;
            best = candidate.stage;
            best_length = word.size();
        }
        return best;
    }

    /// After the errors at their cells, one line with every unknown stage value and a
    /// `--stage` command to edit and run.
    void report_unknown_stages() {
        if (unknown_stage_values_.empty()) return;
        constexpr std::size_t k_max_listed = 20;
        const bool ja = lang_ == Lang::ja;
        std::string values;
        std::string pairs;
        for (std::size_t i = 0; i < unknown_stage_values_.size() && i < k_max_listed; ++i) {
            const std::string& value = unknown_stage_values_[i];
            if (i > 0) {
                values += ja ? "、" : ", ";
                pairs += ',';
            }
            values += shown(value);
            pairs += terminal_text(value);  // whole: the command must work as it is
            pairs += '=';
            const auto guess = guess_stage(value);
            pairs += guess ? to_string(*guess) : std::string_view("?");
        }
        if (unknown_stage_values_.size() > k_max_listed) values += ja ? "、…" : ", …";
        const std::size_t column = *column_of_[static_cast<std::size_t>(ImportField::stage)];
        const std::size_t count = unknown_stage_values_.size();
        // Past the limit of diagnostics too: this is the line that says what to do.
        diagnostics_.push_back(
            {{},
             {},
             trf(lang_, count == 1 ? "import.map.stage_summary_one" : "import.map.stage_summary",
                 fmt::arg("header", shown(header_of(column))), fmt::arg("count", count),
                 fmt::arg("values", values), fmt::arg("pairs", pairs)),
             {}});
    }

    /// A relationship, method or yes/no cell as its SPEC value.
    std::optional<std::string_view> read_word(const TableRow& row, ImportField field) {
        const std::string_view text = cell(row, field);
        if (text.empty()) return std::nullopt;
        if (const auto value = value_word(field, text)) return value;
        const auto words = value_words(field);
        report(place(row.line, *column_of_[static_cast<std::size_t>(field)]),
               trf(lang_, "import.map.choice", fmt::arg("value", shown(text)),
                   fmt::arg("choices", join(words))),
               suggest(text, words));
        return std::nullopt;
    }

    void read_row(const TableRow& row) {
        // A row of a template with nothing in the columns that are read ("No" counted on).
        if (std::all_of(mapped_.begin(), mapped_.end(), [&](std::size_t column) {
                return column >= row.cells.size() || trim(row.cells[column]).empty();
            })) {
            empty_lines_.push_back(row.line);
            return;
        }
        const std::string_view name = cell(row, ImportField::name);
        // A report's totals row may hold its label in another column ("合計" under the
        // owner, the company cell empty).
        const bool totals_elsewhere =
            name.empty() && std::any_of(row.cells.begin(), row.cells.end(),
                                        [](const std::string& c) { return is_totals_row(c); });
        if (is_totals_row(name) || totals_elsewhere) {
            totals_lines_.push_back(row.line);
            return;
        }
        if (is_note_row(name)) {
            note_lines_.push_back(row.line);
            return;
        }
        if (name.empty()) {
            report(place(row.line, *column_of_[static_cast<std::size_t>(ImportField::name)]),
                   std::string(tr(lang_, "import.map.name_empty")));
            return;
        }
        std::string key = import_name_key(name);
        auto [it, added] = group_of_.emplace(std::move(key), groups_.size());
        if (added) {
            groups_.emplace_back();
            groups_.back().client.name = std::string(name);
            groups_.back().first_line = row.line;
        }
        Group& group = groups_[it->second];
        ImportedClient& client = group.client;
        client.lines.push_back(row.line);

        // A further row of one kintone record holds a line of the record's own table: its
        // notes count, its deal fields are the record's again and do not count twice.
        const bool same_record = record_start_ && *record_start_ < row.cells.size() &&
                                 trim(row.cells[*record_start_]).empty() && client.lines.size() > 1;
        const auto stage = same_record ? std::nullopt : read_stage(row);
        const auto close = same_record ? std::nullopt : read_date(row);
        const auto value = same_record ? std::nullopt : read_value(row);

        if (close) dates_seen_ = true;
        if (same_record) {
            // The record's deal was counted with its first row.
        } else if (!stage) {
            group.other = true;
            if (close && (!group.other_close || *close < *group.other_close)) {
                group.other_close = close;
            }
        } else if (is_open(*stage)) {
            // The most advanced open deal; among equals, the one that closes first.
            const bool better = !group.open_stage ||
                                open_rank(*stage) > open_rank(*group.open_stage) ||
                                (*stage == *group.open_stage && close &&
                                 (!group.open_close || *close < *group.open_close));
            if (better) {
                group.open_stage = stage;
                group.open_close = close;
            }
        } else if (is_account(*stage)) {
            if (!group.account_stage || account_rank(*stage) > account_rank(*group.account_stage)) {
                group.account_stage = stage;
            }
        } else {
            (*stage == ImportStage::won ? group.won : group.lost) = true;
            const std::string_view deal = cell(row, ImportField::deal_name);
            // A bare "受注" says nothing: a line needs a date or a deal name.
            if (close || !deal.empty()) {
                const std::string word(tr(lang_, *stage == ImportStage::won
                                                     ? "import.history.won"
                                                     : "import.history.lost"));
                std::string line;
                if (close) line = format_iso(*close).substr(0, 7) + " ";
                line += word;
                if (!deal.empty()) line += fmt::format(": {}", deal);
                group.history.push_back({close, std::move(line)});
            }
        }
        if (value) {
            if (stage && is_open(*stage)) {
                group.open_value += *value;
                group.has_open_value = true;
            } else if (stage != ImportStage::lost) {
                group.settled_value += *value;
                group.has_settled_value = true;
            }
            // One company's deals may not add up to more than clients.json takes (k_max_amount).
            if (!group.sum_too_large &&
                std::max(group.open_value, group.settled_value) > k_max_amount) {
                group.sum_too_large = true;
                report(place(row.line, *column_of_[static_cast<std::size_t>(ImportField::value)]),
                       trf(lang_, "import.map.amount_sum_too_large",
                           fmt::arg("name", shown(cell(row, ImportField::name)))));
            }
        }

        const auto first = [&](std::optional<std::string>& slot, ImportField field) {
            const std::string_view text = cell(row, field);
            if (!slot && !text.empty()) slot = std::string(text);
        };
        if (const std::string_view contact = contact_name(cell(row, ImportField::contact));
            !client.contact && !contact.empty()) {
            client.contact = std::string(contact);
        }
        first(client.salutation, ImportField::salutation);
        first(client.decision_maker, ImportField::decision_maker);
        first(client.successor, ImportField::successor);
        for (const ImportField field : {ImportField::handover_notes, ImportField::notes}) {
            std::vector<std::string> text = row_text(row, field);
            if (text.empty()) continue;
            Group::Note note{std::move(text), std::nullopt,
                             std::string(cell(row, ImportField::deal_name))};
            if (stage == ImportStage::won || stage == ImportStage::lost) note.outcome = stage;
            (field == ImportField::notes ? group.notes : group.handover_notes)
                .push_back(std::move(note));
        }
        if (const auto word = read_word(row, ImportField::relationship);
            word && !client.relationship.has_value()) {
            client.relationship = relationship_from_string(*word);
        }
        if (const auto word = read_word(row, ImportField::preferred_method);
            word && !client.preferred_method.has_value()) {
            client.preferred_method = method_from_string(*word);
        }
        if (const auto word = read_word(row, ImportField::change_averse);
            word && !client.change_averse.has_value()) {
            client.change_averse = *word == "true";
        }
        read_id(row, group);
    }

    void read_id(const TableRow& row, Group& group) {
        const std::string_view id = cell(row, ImportField::id);
        if (id.empty()) return;
        const std::size_t column = *column_of_[static_cast<std::size_t>(ImportField::id)];
        if (!is_client_id(id)) {
            report(place(row.line, column),
                   trf(lang_, "import.map.id_invalid", fmt::arg("id", shown(id)),
                       fmt::arg("max", k_max_client_id)));
            return;
        }
        ImportedClient& client = group.client;
        if (!client.id_from_export) {
            client.id = std::string(id);
            client.id_from_export = true;
            group.id_line = row.line;
        } else if (client.id != id) {
            report(place(row.line, column),
                   trf(lang_, "import.map.id_conflict", fmt::arg("name", shown(client.name)),
                       fmt::arg("id", shown(id)), fmt::arg("other", shown(client.id)),
                       fmt::arg("line", group.id_line)));
        }
    }

    /// Two companies may not share an id.
    void check_ids() {
        const auto column = column_of_[static_cast<std::size_t>(ImportField::id)];
        if (!column) return;
        std::unordered_map<std::string_view, const Group*> owner;
        for (const Group& group : groups_) {
            if (!group.client.id_from_export) continue;
            const auto [it, added] = owner.emplace(group.client.id, &group);
            if (added) continue;
            report(place(group.id_line, *column),
                   trf(lang_, "import.map.id_taken", fmt::arg("id", shown(group.client.id)),
                       fmt::arg("name", shown(group.client.name)),
                       fmt::arg("other", shown(it->second->client.name)),
                       fmt::arg("line", it->second->id_line)));
        }
    }

    ImportedClient finish(Group& group) const {
        ImportedClient client = std::move(group.client);
        const auto as_stage = [](ImportStage stage) { return static_cast<Stage>(stage); };
        if (group.open_stage) {
            client.stage = as_stage(*group.open_stage);
            client.expected_close = group.open_close;
        } else {
            // A row without a stage keeps its date when no deal is open.
            client.expected_close = group.other_close;
        }
        if (group.open_stage) {
            // the stage is set above
        } else if (group.account_stage) {
            client.stage = as_stage(*group.account_stage);
        } else if (group.won) {
            client.stage = Stage::active;
        } else if (group.lost && !group.other) {
            client.stage = Stage::dormant;
        }
        if (group.open_stage) {
            if (group.has_open_value) client.value = group.open_value;
        } else if (group.has_settled_value) {
            client.value = group.settled_value;
        }
        // Oldest first; a deal without a date after the dated ones, in row order.
        std::stable_sort(group.history.begin(), group.history.end(),
                         [](const Group::Past& a, const Group::Past& b) {
                             if (!a.date || !b.date) return a.date && !b.date;
                             return *a.date < *b.date;
                         });
        for (auto& past : group.history) client.history.push_back(std::move(past.line));
        const bool several_rows = client.lines.size() > 1;
        std::vector<std::string> lines;
        for (const auto& note : group.handover_notes) {
            for (const auto& text : note.lines) {
                std::string line = note_line(note, text, several_rows);
                if (std::find(lines.begin(), lines.end(), line) == lines.end()) {
                    lines.push_back(std::move(line));
                }
            }
        }
        const auto joined = [](const std::vector<std::string>& parts) {
            std::string out;
            for (const auto& part : parts) {
                if (!out.empty()) out += '\n';
                out += part;
            }
            return out;
        };
        if (!lines.empty()) client.handover_notes = joined(lines);
        if (!group.notes.empty()) {
            std::vector<std::string> first;
            for (const auto& text : group.notes.front().lines) {
                first.push_back(note_line(group.notes.front(), text, several_rows));
            }
            client.notes = joined(first);
        }
        return client;
    }
};

// ---- Ids -------------------------------------------------------------------------------

/// The Latin letters of U+00C0 to U+00FF without their accents ("Café" -> "Cafe", "ß" ->
/// "ss"), so that a European company keeps its whole name in its id; every other byte
/// as it is.
std::string without_accents(std::string_view text) {
    // U+00C0 to U+00FF in order; '-' for the two signs among them (× and ÷).
    static constexpr std::string_view k_base =
        "AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTsaaaaaaaceeeeiiiidnooooo-ouuuuyty";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decode_utf8(text, i);
        if (ch.valid && ch.cp >= 0xC0 && ch.cp <= 0xFF) {
            const char base = k_base[ch.cp - 0xC0];
            if (ch.cp == 0xDF) {
                out += "ss";
            } else if (ch.cp == 0xC6 || ch.cp == 0xE6) {
                out += ch.cp == 0xC6 ? "AE" : "ae";
            } else if (base != '-') {
                out += base;
            } else {
                out += ' ';
            }
        } else if (ch.valid && (ch.cp == 0x152 || ch.cp == 0x153)) {
            out += ch.cp == 0x152 ? "OE" : "oe";  // Œ, œ
        } else {
            out.append(text.substr(i, ch.length));
        }
        i += ch.length;
    }
    return out;
}

/// `acme` for "ACME Co., Ltd.", `cafe-rouge` for "Café Rouge Ltd", empty for a name
/// without Latin letters or digits.
std::string slug(std::string_view name) {
    const std::string key = import_name_key(without_accents(name));
    std::vector<std::string> words;
    std::string word;
    for (char c : key) {
        if ((c >= 'a' && c <= 'z') || is_digit(c)) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    while (words.size() > 1 && std::find(k_company_suffixes.begin(), k_company_suffixes.end(),
                                         words.back()) != k_company_suffixes.end()) {
        words.pop_back();
    }
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += '-';
        out += w;
    }
    if (out.size() > k_max_slug) out.resize(k_max_slug);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

/// The number of a `c001`-style id, or 0.
std::size_t numbered_id(std::string_view id) {
    if (id.size() < 2 || id.front() != 'c') return 0;
    std::size_t n = 0;
    for (char c : id.substr(1)) {
        if (!is_digit(c) || n > 1'000'000) return 0;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    return n;
}

}  // namespace

std::string_view to_string(ImportField field) {
    return k_field_names[static_cast<std::size_t>(field)];
}

std::optional<ImportField> import_field_from_string(std::string_view text) {
    for (std::size_t i = 0; i < k_field_names.size(); ++i) {
        if (k_field_names[i] == text) return static_cast<ImportField>(i);
    }
    return std::nullopt;
}

std::string_view to_string(ImportStage stage) {
    return k_import_stage_names[static_cast<std::size_t>(stage)];
}

std::optional<ImportStage> import_stage_from_string(std::string_view text) {
    for (std::size_t i = 0; i < k_import_stage_names.size(); ++i) {
        if (k_import_stage_names[i] == text) return static_cast<ImportStage>(i);
    }
    return std::nullopt;
}

std::span<const HeaderSynonym> import_header_synonyms() {
    return k_headers;
}

std::string import_header_key(std::string_view header) {
    return fold(header, true, " \t_-");
}

std::span<const StageWord> import_stage_words() {
    return k_stages;
}

std::string import_stage_key(std::string_view value) {
    return fold(value, true, " \t_-/");
}

std::span<const ValueWord> import_value_words() {
    return k_values;
}

std::string import_name_key(std::string_view name) {
    const std::string folded = fold(name, true, {});
    // Runs of spaces, tabs and line breaks as one space, none at either end.
    const auto squeeze = [](std::string_view text) {
        std::string out;
        out.reserve(text.size());
        bool space = false;
        for (char c : text) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = true;
                continue;
            }
            if (space && !out.empty()) out += ' ';
            space = false;
            out += c;
        }
        return out;
    };
    const std::string whole = squeeze(folded);
    // The marks of a Japanese legal form, wherever they stand (前株 and 後株): full-width
    // parentheses are ASCII by now.
    std::string key = folded;
    for (std::string_view mark : k_legal_form_marks) replace_all(key, mark, "");
    key = squeeze(key);
    // English legal-form words at the end ("Acme Co., Ltd." -> "acme"), however many.
    for (bool again = true; again;) {
        again = false;
        while (!key.empty() && (key.back() == ',' || key.back() == ' ')) key.pop_back();
        for (std::string_view word : k_legal_form_words) {
            if (key.size() <= word.size() || !key.ends_with(word)) continue;
            const char before = key[key.size() - word.size() - 1];
            if (before != ' ' && before != ',') continue;
            key.resize(key.size() - word.size());
            again = true;
            break;
        }
    }
    while (!key.empty() && (key.back() == ',' || key.back() == ' ')) key.pop_back();
    // A name that is nothing but legal forms ("株式会社", "Co., Ltd.") is compared whole.
    const bool only_a_form =
        key.empty() || std::find(k_legal_form_words.begin(), k_legal_form_words.end(), key) !=
                           k_legal_form_words.end();
    return only_a_form ? whole : key;
}

ImportResult map_table(const Table& table, const MappingOptions& options, const std::string& file,
                       Lang lang) {
    return Mapper(table, options, file, lang).run();
}

std::vector<std::optional<std::size_t>> match_and_assign_ids(
    std::span<ImportedClient> imported, std::span<const ExistingClient> existing) {
    std::unordered_map<std::string_view, std::size_t> by_id;
    std::unordered_map<std::string, std::size_t> by_name;
    std::unordered_set<std::string> used;
    std::size_t highest = 0;
    for (std::size_t i = 0; i < existing.size(); ++i) {
        by_id.emplace(existing[i].id, i);
        by_name.emplace(import_name_key(existing[i].name), i);
        used.insert(existing[i].id);
        highest = std::max(highest, numbered_id(existing[i].id));
    }
    std::unordered_map<std::string, std::size_t> next_suffix;
    std::vector<std::optional<std::size_t>> matches(imported.size());
    std::vector<bool> taken(existing.size(), false);
    for (std::size_t i = 0; i < imported.size(); ++i) {
        ImportedClient& client = imported[i];
        std::optional<std::size_t> match;
        if (client.id_from_export) {
            if (const auto it = by_id.find(client.id); it != by_id.end()) match = it->second;
        }
        if (!match) {
            if (const auto it = by_name.find(import_name_key(client.name)); it != by_name.end()) {
                match = it->second;
            }
        }
        if (match && !taken[*match]) {
            taken[*match] = true;
            matches[i] = match;
            if (!client.id_from_export) client.id = existing[*match].id;
        }
        if (client.id_from_export) {
            used.insert(client.id);
            highest = std::max(highest, numbered_id(client.id));
        }
    }
    for (std::size_t i = 0; i < imported.size(); ++i) {
        ImportedClient& client = imported[i];
        if (matches[i] || client.id_from_export) continue;
        std::string id = slug(client.name);
        if (id.empty()) {
            do {
                id = fmt::format("c{:03}", ++highest);
            } while (used.contains(id));
        } else if (used.contains(id)) {
            // Counting on from the last number given to this name keeps many branches of
            // one company ("Acme 東京", "Acme 大阪", ...) linear.
            std::size_t& n = next_suffix.try_emplace(id, 2).first->second;
            std::string next = fmt::format("{}-{}", id, n++);
            while (used.contains(next)) next = fmt::format("{}-{}", id, n++);
            id = std::move(next);
        }
        used.insert(id);
        client.id = std::move(id);
    }
    return matches;
}

std::vector<std::pair<std::string, std::string>> parse_assignments(std::string_view text,
                                                                   std::string_view option,
                                                                   Lang lang) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto fail = [&](std::string_view item) {
        const std::string text_shown = terminal_text(item);
        if (option == "--stage") {
            throw UsageError(
                trf(lang, "import.map.assignment_stage", fmt::arg("item", text_shown)));
        }
        throw UsageError(trf(lang, "import.map.assignment_map", fmt::arg("item", text_shown)));
    };
    if (trim(text).empty()) fail(text);
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view item = trim(text.substr(start, end - start));
        const std::size_t equals = item.find('=');
        if (equals == std::string_view::npos) fail(item);
        const std::string_view left = trim(item.substr(0, equals));
        const std::string_view right = trim(item.substr(equals + 1));
        if (left.empty() || right.empty()) fail(item);
        out.emplace_back(left, right);
        start = end + 1;
    }
    return out;
}

std::string line_ranges(std::span<const std::size_t> lines, Lang lang) {
    const bool ja = lang == Lang::ja;
    std::string out;
    std::size_t ranges = 0;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
        if (!out.empty()) out += ja ? "、" : ", ";
        if (++ranges > 10) {
            out += "...";
            break;
        }
        out += std::to_string(lines[i]);
        if (j > i) out += fmt::format("{}{}", ja ? "〜" : "\u2013", lines[j]);
        i = j + 1;
    }
    return out;
}

}  // namespace handover
