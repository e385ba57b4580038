// The words around the manager and the last day (SPEC section 3, rule 11): the titles and
// reasons of the resignation letter, the support agreement, the final check and the
// farewell, the agenda of the talk with the manager, SUPPORT_AFTER_END, and the resignation
// letter and farewell messages (render_letters.cpp).
#include "handover/render/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // Titles
    {"plan.title.resignation_letter", "Hand your resignation letter to {manager}",
     "退職届を作成し、{manager}へ提出する"},
    {"plan.title.support_agreement",
     "Agree with {manager} the support you give {successor} until {date}",
     "{date}までの{successor}へのサポート内容を{manager}と取り決める"},
    {"plan.title.final_check", "Final check of every client's handover with {successor}",
     "{successor}と全顧客の引き継ぎ状況を最終確認する"},
    {"plan.title.farewell",
     "Send farewell messages to the clients you handed over and to your colleagues",
     "引き継ぎを終えたお客様と社内の皆様へ、退職のご挨拶を送る"},

    // Why each has its date
    {"plan.why.letter",
     "Step 1: the company's resignation form, handed in once the manager has confirmed the "
     "dates: the first working day after the talk with time free.",
     "ステップ1: 上司が日程を確認した後に、会社所定の退職届を提出します(相談の翌営業日以降で、"
     "最初に時間の取れる日)。"},
    {"plan.why.letter_western",
     "Step 1: your resignation letter, handed in once the manager has confirmed the dates: the "
     "first working day after the talk with time free.",
     "ステップ1: 上司が日程を確認した後に、退職の通知(レター)を提出します(相談の翌営業日以降で、"
     "最初に時間の取れる日)。"},
    {"plan.why.support",
     "Step 4: agreed with the manager before any client hears the news, since the announcements "
     "mention it.",
     "ステップ4: お客様へのご報告で触れる内容のため、最初のご報告より前に上司と取り決めます。"},
    {"plan.why.support_late",
     "Step 4: meant for before the first announcement, but no earlier day had room; agree it "
     "before you mention any support to a client.",
     "ステップ4: 本来は最初のご報告より前に取り決めますが、それまでに時間が取れませんでした。"
     "お客様にサポートについてお伝えする前に取り決めてください。"},
    {"plan.why.final_check",
     "Step 4: a working day shortly before the last day, once the handover is shared and the "
     "successor has met the clients, so that anything missing can still be put right.",
     "ステップ4: 引き継ぎ資料の共有と後任者のご挨拶が済んだ後、最終出社日の少し前の営業日に行い、"
     "漏れがあれば退職までに対応できるようにします。"},
    {"plan.why.final_check_early",
     "Step 4: no day after the successor's last client meeting has room before the last day, so "
     "it comes before some of them; go over those clients together right after each meeting.",
     "ステップ4: 後任者の最後のご挨拶の後、最終出社日までに時間が取れないため、その前に行います。"
     "残りのお客様は、ご挨拶の直後に後任者と確認してください。"},
    {"plan.why.farewell",
     "Step 4: the last day, once every client is handed over: thanks to the clients and to your "
     "colleagues.",
     "ステップ4: すべてのお客様の引き継ぎを終えた最終出社日に、お客様と社内の皆様へ感謝をお伝え"
     "します。"},
    {"plan.why.farewell_early",
     "Step 4: the last day has no room, so the latest working day before it that has.",
     "ステップ4: 最終出社日に時間が取れないため、その前で最も遅い、時間の取れる営業日に設定して"
     "います。"},

    // The agenda of the talk with the manager (talking_points of consult-manager)
    {"plan.talk.consult.dates",
     "Propose {last_day} as your last working day and {end} as the end of your employment, with "
     "paid leave in between.",
     "最終出社日を{last_day}、退職日を{end}とし、その間は有給休暇を消化する案をご相談する。"},
    {"plan.talk.consult.dates_same",
     "Propose {last_day} as your last working day and the end of your employment.",
     "{last_day}を最終出社日かつ退職日とする案をご相談する。"},
    {"plan.talk.consult.dates_notice",
     "Tell your manager that you are resigning: your last working day is "
     "{last_day} and your employment ends on {end}.",
     "退職の意向をお伝えし、最終出社日を{last_day}、退職日を{end}とすることをお伝えする。"},
    {"plan.talk.consult.letter_notice",
     "Hand over your resignation letter at the talk, or email it straight after (copy HR): its "
     "date starts your notice.",
     "退職の通知(レター)を面談の場でお渡しするか、面談の直後にメールで送る(人事部にも写しを"
     "送る)。その日付から予告期間が始まる。"},
    {"plan.talk.consult.rules",
     "Check the notice the company's rules ask for and how your remaining paid leave is taken.",
     "就業規則に定める退職の申し出時期と、残っている有給休暇の消化について確認する。"},
    {"plan.talk.consult.rules_us",
     "Confirm the notice the company expects and how unused paid time off is handled in your "
     "final pay.",
     "会社が求める予告期間と、未消化の有給休暇(PTO)が最終給与で精算されるかを確認する。"},
    {"plan.talk.consult.rules_gb",
     "Confirm your contractual notice period and how untaken holiday is treated: taken during "
     "the notice or paid in lieu.",
     "雇用契約上の予告期間と、未消化の年次有給休暇の扱い(予告期間中に取得するか、買い取りとなるか)"
     "を確認する。"},
    {"plan.talk.consult.letter",
     "Ask which form the resignation letter takes and to whom it goes; you will hand it in on "
     "{date}.",
     "退職届の様式と提出先を確認し、{date}に提出する旨をお伝えする。"},
    {"plan.talk.consult.letter_undated",
     "Ask which form the resignation letter takes and to whom it goes.",
     "退職届の様式と提出先を確認する。"},
    {"plan.talk.consult.disclose", "Agree from when clients may be told: the plan assumes {date}.",
     "お客様へお伝えしてよい時期を確認する(本計画では{date}以降を想定)。"},
    {"plan.talk.consult.disclose_first",
     "Agree from when clients may be told: the plan tells the first client on {date}.",
     "お客様へお伝えしてよい時期を確認する(本計画では最初のご報告を{date}に予定)。"},
    {"plan.talk.consult.disclose_open", "Agree from when clients may be told.",
     "お客様へお伝えしてよい時期を確認する。"},
    {"plan.talk.consult.successor",
     "Confirm {successor} as your successor, taking over every client on {date}.",
     "後任が{successor}であること、{date}付ですべてのお客様を引き継ぐことを確認する。"},
    {"plan.talk.consult.successor_unnamed_by",
     "Ask who will succeed you and by when they will be named: the first briefing is planned for "
     "{date}.",
     "後任者を誰にするか、いつまでに決まるかを確認する(最初の引き継ぎ説明は{date}に予定)。"},
    {"plan.talk.consult.successor_unnamed",
     "Ask who will succeed you and by when they will be named.",
     "後任者を誰にするか、いつまでに決まるかを確認する。"},
    {"plan.talk.consult.plan",
     "Go through your client list ({count} clients) and this plan: when and how each client is "
     "told.",
     "顧客一覧({count}社)と本計画(各お客様へのご報告の時期と方法)を一緒に確認する。"},
    {"plan.talk.consult.support",
     "Propose the support you can give the successor after your last day, until {date}.",
     "最終出社日以降、{date}まで後任者をサポートできる範囲をご相談する。"},
    {"plan.talk.consult.next_employer",
     "Agree what to say about your next employer, inside the company and out (clients hear only "
     "that you are leaving, never where you are going, and you will not solicit them).",
     "転職先について社内外でどう伝えるかを確認する(お客様には退職の事実のみをお伝えし、転職先は"
     "明かさず、勧誘もしない)。"},
    {"plan.talk.consult.work_notice_us",
     "Ask whether they want you to work your notice at all: some companies end your access the "
     "day you resign, so have the handover documents ready before this talk.",
     "予告期間中の勤務を会社が求めるかどうかを確認する(退職を申し出た当日にアクセスが停止される"
     "会社もあるため、引き継ぎ資料はこの面談までに準備を済ませておく)。"},
    {"plan.talk.consult.garden_leave_gb",
     "Ask whether you will be placed on garden leave, and from when: this plan assumes you work "
     "and meet clients until {last_day}.",
     "ガーデンリーブ(雇用と給与は続くが、出社・業務やお客様との連絡を控えるよう命じられる期間)"
     "となるか、その場合はいつからかを確認する(本計画は{last_day}まで勤務し、お客様とお会いする"
     "前提で作成している)。"},
    {"plan.talk.consult.announcement",
     "Ask how and when the company will announce your departure to clients (it often does so "
     "itself) and agree who tells whom what, so that each client hears one message.",
     "会社がお客様へ自分の退職をいつ、どのように案内するか(会社から案内することも多い)を確認し、"
     "どのお客様へ誰が何をお伝えするかを取り決める。"},
    {"plan.talk.consult.restrictions_us",
     "Check what your non-solicitation and confidentiality agreements (and any non-compete) allow "
     "you to say to clients, and keep to it.",
     "勧誘禁止・秘密保持の契約(競業避止条項があればそれも含む)に照らして、お客様に何をお伝えして"
     "よいかを確認し、それを守る。"},
    {"plan.talk.consult.restrictions_gb",
     "Check what the non-solicitation, non-dealing and confidentiality clauses of your contract "
     "allow you to say to clients, and keep to it.",
     "雇用契約の勧誘禁止・取引禁止・秘密保持の各条項に照らして、お客様に何をお伝えしてよいかを"
     "確認し、それを守る。"},
    {"plan.talk.consult.client_data",
     "Confirm that you take no client data, contact lists or files with you, and when you return "
     "company devices and access.",
     "顧客データ・連絡先一覧・資料は一切持ち出さないことを確かめ、会社の端末の返却日とアカウントの"
     "停止日を確認する。"},
    {"plan.talk.consult.record",
     "Afterwards, send {manager} a short email that records what was agreed: dates, letter, when "
     "clients may be told and the successor.",
     "面談後、合意した内容(日程・退職届・お客様へお伝えする時期・後任者)を{manager}へメールで"
     "送り、記録に残す。"},

    // The resignation letter (render_letters.cpp). The Japanese form's own parts
    // (form_title, form_humbly, signer) are written only in the Japanese letter; their
    // English texts say what they are.
    {"letters.resignation.heading", "Resignation letter", "退職届"},
    {"letters.resignation.heading_dated", "Resignation letter, to hand in on {date}",
     "退職届({date}提出)"},
    {"letters.resignation.note",
     "Use the company's own form if it has one. Hand it to your manager in person, once the "
     "dates are agreed.",
     "会社所定の様式がある場合はそちらを使います。手書きの場合は白い便箋に黒のペンで書き、"
     "白い封筒に入れ、日程の合意後に上司へ手渡しします。"},
    {"letters.resignation.note_western",
     "Use the company's own form if it has one. Hand it to your manager in person, once the "
     "dates are agreed.",
     "米国・英国の会社では、上司宛てのレター(またはメール)で退職を通知するのが一般的です。"
     "会社所定の様式がある場合はそちらを使い、日程の合意後に上司へ渡します。"},
    {"letters.resignation.form_title", "Letter of resignation", "退職届"},
    {"letters.resignation.form_humbly", "I, the undersigned,", "私儀"},
    {"letters.resignation.ja.body", "hereby resign with effect from {end}.",
     "このたび、一身上の都合により、{end}をもって退職いたします。"},
    {"letters.resignation.signer", "{signer}", "{signer}　㊞"},
    {"letters.resignation.ja.addressee", "To the company's representative director",
     "代表取締役社長　○○ ○○ 殿"},
    {"letters.resignation.date_blank", "[date]", "令和　　年　　月　　日"},
    {"letters.resignation.date_blank_western", "[date]", "　　　　年　　月　　日"},
    {"letters.resignation.en.dear", "Dear {name},", "{name}様"},
    {"letters.resignation.en.dear_unnamed", "To whom it may concern,", "ご担当者様"},
    {"letters.resignation.en.notice",
     "Please accept this letter as formal notice of my resignation from {company}.",
     "{company}を退職いたしたく、ここにお届けいたします。"},
    {"letters.resignation.en.notice_title",
     "Please accept this letter as formal notice of my resignation from my position as {title} "
     "at {company}.",
     "{company}における{title}の職を退きたく、ここにお届けいたします。"},
    {"letters.resignation.en.dates", "As agreed, my last working day will be {last_day}.",
     "ご相談のとおり、最終出社日は{last_day}となります。"},
    {"letters.resignation.en.dates_leave",
     "As agreed, my last working day will be {last_day}; I will then take my remaining paid "
     "leave, and my employment will end on {end}.",
     "ご相談のとおり、最終出社日は{last_day}とし、その後は残りの有給休暇を消化し、{end}付で"
     "退職いたします。"},
    {"letters.resignation.en.handover",
     "Thank you for your support during my time here. Until my last day I will make sure that "
     "every one of my clients is handed over to {successor} in full.",
     "在職中のご指導に感謝申し上げます。最終出社日までに、担当するすべてのお客様を{successor}へ"
     "確実に引き継ぎます。"},
    {"letters.resignation.en.handover_unnamed",
     "Thank you for your support during my time here. Until my last day I will make sure that "
     "every one of my clients is handed over in full to my successor.",
     "在職中のご指導に感謝申し上げます。最終出社日までに、担当するすべてのお客様を後任者へ"
     "確実に引き継ぎます。"},
    {"letters.resignation.en.closing", "Kind regards,", "以上"},
    {"letters.company_placeholder", "[company]", "株式会社○○"},
    {"letters.list_separator", ", ", "、"},

    // The signature block
    {"letters.signature.rule", "--", "――――――――――――――――"},
    {"letters.signature.email", "Email: {value}", "メール: {value}"},
    {"letters.signature.phone", "Tel: {value}", "電話: {value}"},

    // The farewell to the clients already handed over
    {"letters.farewell.clients.heading", "Farewell to your clients, to send on {date}",
     "お客様への退職のご挨拶({date}送信)"},
    {"letters.farewell.to",
     "To the contacts of: {clients} (one email each, or in Bcc; the successor in Cc).",
     "送付先: {clients}のご担当者様(個別に送るか、Bccで送付。後任者をCcに入れる)"},
    {"letters.farewell.to_none",
     "No client has met your successor by this day yet: send it to each client once they have.",
     "この日までに後任者とお会いいただいたお客様はまだいません。ご紹介が済んだお客様へ順に"
     "お送りください。"},
    {"letters.farewell.clients.subject", "Subject: {me}: my last day at {company}",
     "件名: 退職のご挨拶({company} {me})"},
    {"letters.farewell.clients.dear", "Dear all,", "お取引先各位"},
    {"letters.farewell.clients.opening",
     "Today is my last day at {company}, and I wanted to write to thank you before I go.",
     "いつも大変お世話になっております。{company}の{family}でございます。\n"
     "私事で恐縮ではございますが、本日をもちまして最終出社となりました。"},
    {"letters.farewell.clients.thanks", "Working with you has been a real pleasure.",
     "在任中は格別のご厚情を賜り、心より御礼申し上げます。"},
    {"letters.farewell.clients.successor",
     "From {date}, your account will be looked after by {successor}, whom you have already met. "
     "{first} knows your business and every open matter, and will be glad to hear from you.",
     "{date}より、すでにご挨拶いたしました後任の{successor}が貴社を担当いたします。"
     "これまでの経緯はすべて{first}に引き継いでおりますので、今後とも変わらぬご愛顧を賜り"
     "ますよう、お願い申し上げます。"},
    {"letters.farewell.clients.successor_unnamed",
     "From {date}, your account will be looked after by the colleague you have already met, who "
     "knows your business and every open matter.",
     "{date}より、すでにご挨拶いたしました後任の者が貴社を担当いたします。これまでの"
     "経緯はすべて引き継いでおりますので、今後とも変わらぬご愛顧を賜りますよう、お願い申し上げ"
     "ます。"},
    {"letters.farewell.details", "{successor}'s details:", "後任の連絡先: {successor}"},
    {"letters.farewell.details_title",
     "{successor}'s details ({title}):", "後任の連絡先: {title} {successor}"},
    {"letters.farewell.clients.closing", "With best wishes,",
     "略儀ながら、メールにて御礼かたがたご挨拶申し上げます。\n末筆ながら、貴社の益々のご発展を"
     "お祈り申し上げます。"},

    // The farewell to colleagues
    {"letters.farewell.colleagues.heading", "Farewell to your colleagues, to send on {date}",
     "社内の皆様への退職のご挨拶({date}送信)"},
    {"letters.farewell.colleagues.subject", "Subject: Farewell from {me}",
     "件名: 退職のご挨拶({me})"},
    {"letters.farewell.colleagues.dear", "Hi everyone,", "各位"},
    {"letters.farewell.colleagues.opening", "Today is my last day at {company}.",
     "お疲れさまです。{family}です。\n私事で恐縮ですが、本日をもちまして最終出社となりました。"},
    {"letters.farewell.colleagues.opening_title", "Today is my last day as {title} at {company}.",
     "お疲れさまです。{title}の{family}です。\n私事で恐縮ですが、本日をもちまして最終出社と"
     "なりました。"},
    {"letters.farewell.colleagues.thanks",
     "Thank you all for your help and good company; I have learned a great deal from you.",
     "在職中は大変お世話になり、誠にありがとうございました。皆様から多くのことを学ばせて"
     "いただきました。"},
    {"letters.farewell.colleagues.successor",
     "{successor} will look after my clients from {date}; please send anything about them to "
     "{first} from then on.",
     "担当しておりましたお客様は、{date}より{successor}さんが引き継ぎます。お客様に関するご連絡は、"
     "今後は{first}さんへお願いいたします。"},
    {"letters.farewell.colleagues.successor_unnamed",
     "From {date}, my clients will be looked after by the colleague our manager has named; please "
     "send anything about them there from then on.",
     "担当しておりましたお客様は、{date}より上司が指名した後任者が引き継ぎます。お客様に関する"
     "ご連絡は、今後はそちらへお願いいたします。"},
    {"letters.farewell.colleagues.closing", "I wish you all the very best.",
     "皆様の今後ますますのご活躍をお祈りしております。"},

    // Warnings
    {"plan.warn.support_after_end",
     "Your support for the successor runs until {support}, after your employment ends on {end}; "
     "after that no client can be told the company will reach you. Ask your manager today "
     "whether any help after {end} is wanted and on what terms, or set support_until to {end}.",
     "後任者へのサポート期間({support}まで)が退職日({end})を過ぎています。退職後は会社を通じた"
     "対応をお客様にお約束できません。退職後の対応の要否と条件を本日上司に確認するか、"
     "support_untilを{end}までにしてください。"},
};

}  // namespace

std::span<const Message> leaving() {
    return k_table;
}

}  // namespace handover::messages
