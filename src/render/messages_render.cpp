// The render texts of the message catalogue (English and Japanese side by side): the text and
// Markdown views, the handover-document skeleton and the message drafts.
#include "handover/render/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // Shared by the text and Markdown views.
    {"render.title", "Handover plan: {me}", "引き継ぎ計画({me})"},
    {"render.last_day", "Last working day: {date}", "最終出社日: {date}"},
    {"render.end_date", "End of employment: {date}", "退職日: {date}"},
    {"render.support_until", "Your successor can reach you with questions until: {date}",
     "後任者からの問い合わせ対応: {date}まで"},
    {"render.manager", "Manager: {name}", "上司: {name}"},
    {"render.successor", "Successor: {name}", "後任: {name}"},
    {"render.separator", " · ", " / "},
    {"render.summary.tasks", "Tasks: {tasks} (done {done}, unscheduled {unscheduled})",
     "タスク {tasks}件(完了 {done}件、日程未定 {unscheduled}件)"},
    {"render.summary.clients", "Clients: {clients}", "顧客 {clients}社"},
    {"render.summary.problems", "Errors: {errors} · Warnings: {warnings} · Notes: {infos}",
     "エラー {errors}件 / 警告 {warnings}件 / お知らせ {infos}件"},
    {"render.hours", "{hours:g}h", "{hours:g}時間"},
    {"render.step.1", "Consult the manager", "上司への相談"},
    {"render.step.2", "Decide when to tell", "お伝えする時期の決定"},
    {"render.step.3", "Decide how, then tell clients", "お伝えする方法の決定とご報告"},
    {"render.step.4", "Prepare the handover", "引き継ぎの準備"},
    {"render.step.5", "Introduce the successor", "後任者のご紹介"},
    {"render.step.6", "Job search alongside work", "転職活動との両立"},

    // Text view.
    {"render.text.timeline", "Timeline", "週ごとの予定"},
    {"render.timeline.meeting", "meeting", "面談・打ち合わせ"},
    {"render.timeline.interview", "interview", "面接"},
    {"render.timeline.closed", "holiday or closed", "休日・休業"},
    {"render.timeline.tasks", "tasks only", "作業のみ"},
    {"render.timeline.free", "free", "空き"},
    {"render.timeline.load", "{planned:g}h of {available:g}h", "{planned:g} / {available:g}時間"},
    {"render.timeline.last_day", "last day {date}", "最終出社日 {date}"},
    {"render.text.week", "{week}  {from} – {to}", "{week}  {from}〜{to}"},
    {"render.text.unscheduled", "Unscheduled ({count})", "日程未定({count}件)"},
    {"render.text.warnings", "Warnings ({count})", "警告({count}件)"},
    {"render.text.no_tasks", "No tasks.", "タスクはありません。"},

    // Markdown view.
    {"render.md.not_feasible",
     "This plan does not work as it stands: see the errors under Warnings.",
     "この計画はこのままでは実行できません。警告欄のエラーをご確認ください。"},
    {"render.md.tasks", "Tasks", "タスク"},
    {"render.md.details_separator", " — ", " — "},
    {"render.md.unscheduled", "Unscheduled", "日程未定"},
    {"render.md.group_step", "Step {n}: {name}", "ステップ{n}: {name}"},
    {"render.md.no_client", "General", "全体"},
    {"render.md.warnings", "Warnings", "警告"},
    {"render.md.col.severity", "Severity", "重要度"},
    {"render.md.col.code", "Code", "コード"},
    {"render.md.col.client", "Client", "顧客"},
    {"render.md.col.message", "Message", "内容"},
    {"render.md.chart", "Schedule chart", "スケジュール図"},
    {"render.md.gantt_title", "Handover plan of {me}", "{me}の引き継ぎ計画"},
    {"render.md.gantt_section", "{n}. {name}", "{n}. {name}"},
    {"render.md.gantt_label", "{client} - {title}", "{client} - {title}"},
    {"render.md.gantt_milestones", "Milestones", "節目"},
    {"render.md.gantt_last_day", "Last working day", "最終出社日"},
    {"render.md.drafts", "Message drafts", "ご連絡文の下書き"},

    // Handover-document skeleton, one per client, for the successor.
    {"render.doc.heading", "Handover documents", "引き継ぎ資料"},
    {"render.doc.none", "(not given)", "(未記入)"},
    {"render.doc.contacts", "Contacts", "連絡先"},
    {"render.doc.client_contact", "Client contact:", "先方のご担当者:"},
    {"render.doc.until_last_day", "Contact until the last day:", "最終出社日までの窓口:"},
    {"render.doc.until_last_day_value", "{me} (until {date})", "{me}({date}まで)"},
    {"render.doc.successor", "Successor:", "後任:"},
    {"render.doc.notify", "Told on:", "ご報告:"},
    {"render.doc.notify_value", "{date} ({method})", "{date}({method})"},
    {"render.doc.introduce", "Successor introduced on:", "後任のご紹介:"},
    {"render.doc.history", "History", "これまでの経緯"},
    {"render.doc.deal", "Stage and open deal", "取引の段階と進行中の案件"},
    {"render.doc.stage", "Stage:", "段階:"},
    {"render.doc.expected_close", "Expected close:", "成約見込み日:"},
    {"render.doc.value", "Value:", "金額:"},
    {"render.doc.relationship", "Relationship:", "関係性:"},
    {"render.doc.change_averse",
     "Dislikes a change of contact: plan a joint follow-up with the successor.",
     "担当の交代を好まれないお客様です。後任と一緒にフォローする機会を設けてください。"},
    {"render.doc.open_deal", "Open deal: the successor takes it over and carries it to the close.",
     "進行中の案件があります。後任が引き継ぎ、成約まで担当します。"},
    {"render.doc.contract", "Contract terms (fill in)", "契約条件(記入してください)"},
    {"render.doc.contract.period", "Contract period:", "契約期間:"},
    {"render.doc.contract.price", "Price and payment terms:", "価格・支払条件:"},
    {"render.doc.contract.renewal", "Renewal and cancellation:", "更新・解約の条件:"},
    {"render.doc.contract.special",
     "Special terms and promises made:", "特記事項・お約束していること:"},
    {"render.doc.events", "Upcoming events", "今後の予定"},
    {"render.doc.first_dates", "The successor's first appointments",
     "後任者が最初に対応するご予定"},
    {"render.first_dates", "The successor's first appointments", "後任者が最初に対応するご予定"},
    {"render.first_dates_intro",
     "Client appointments in the {days} days after the last day: the first things the successor "
     "handles.",
     "最終出社日から{days}日以内のお客様のご予定です。後任者が最初に対応します。"},
    {"render.first_date", "{date} — {client}: {what}", "{date} — {client}「{what}」"},
    {"render.doc.notes", "Notes (private)", "メモ(非公開)"},
    {"render.doc.questions", "Open questions", "確認事項"},
    {"render.doc.q.contact",
     "Who is the day-to-day contact at {client}, and how do they like to be reached?",
     "{client}の窓口はどなたで、どの連絡方法を好まれますか?"},
    {"render.doc.q.successor", "Who will take over {client}? Ask the manager to decide.",
     "{client}の後任はどなたですか?上司に決めていただいてください。"},
    {"render.doc.q.history", "What has happened with {client} so far (orders, issues, promises)?",
     "{client}とのこれまでの経緯(ご注文、トラブル、お約束)は?"},
    {"render.doc.q.close", "When is the deal with {client} expected to close?",
     "{client}の案件はいつ成約する見込みですか?"},
    {"render.doc.q.events", "Which meetings, renewals or deadlines with {client} are coming up?",
     "{client}との今後の打ち合わせ・更新・期限は?"},
    {"render.doc.q.issues",
     "Are there open issues, complaints or requests the successor must know about?",
     "後任が知っておくべき未解決の課題やご要望はありますか?"},

    // Message drafts. Polite, concrete, and silent on why the user leaves and where to.
    {"render.drafts.heading", "{client}: {method}", "{client}({method})"},
    {"render.drafts.heading_dated", "{client}: {method}, {date}", "{client}({method}、{date})"},
    {"render.drafts.honorific", "", "様"},
    {"render.drafts.no_contact", "{client} team", "ご担当者様"},
    {"render.drafts.successor_unnamed", "the colleague taking over from me", "後任の担当者"},
    {"render.drafts.email.subject", "Subject: A change of your contact person",
     "件名:担当者変更のご挨拶"},
    {"render.drafts.email.salutation", "Dear {contact},", "{client}\n{contact}"},
    {"render.drafts.email.greeting",
     "I hope you are well, and thank you, as always, for your support.",
     "いつも大変お世話になっております。{me}でございます。"},
    {"render.drafts.email.signature", "Kind regards,\n{me}", "{me}"},
    {"render.drafts.talk.title.in_person",
     "Talking points for the meeting with {contact} ({client})",
     "{client} {contact}との面談でお伝えすること"},
    {"render.drafts.talk.title.video",
     "Talking points for the video call with {contact} ({client})",
     "{client} {contact}とのオンライン面談でお伝えすること"},
    {"render.drafts.talk.title.phone",
     "Talking points for the phone call with {contact} ({client})",
     "{client} {contact}へのお電話でお伝えすること"},
    {"render.drafts.talk.open.in_person", "Thank you very much for making time to meet me today.",
     "本日はお忙しいところお時間をいただき、誠にありがとうございます。いつも大変お世話になっており"
     "ます。"},
    {"render.drafts.talk.open.video", "Thank you very much for joining this call today.",
     "本日はオンラインにてお時間をいただき、誠にありがとうございます。いつも大変お世話になっており"
     "ます。"},
    {"render.drafts.talk.open.phone", "Hello, this is {me}. Thank you for taking my call.",
     "お忙しいところ恐れ入ります。{me}でございます。いつも大変お世話になっております。"},
    {"render.drafts.leaving",
     "I would like to let you know personally that I will be leaving the company. My last "
     "working day will be {last_day}.",
     "私事で大変恐縮ではございますが、このたび退職することとなりました。最終出社日は{last_day}"
     "でございます。"},
    {"render.drafts.thanks",
     "Thank you very much for the trust you have placed in me and for all your support over "
     "the years.",
     "これまで格別のご厚情を賜り、心より御礼申し上げます。"},
    {"render.drafts.successor", "From now on, {successor} will look after your account.",
     "今後は、{successor}が貴社を担当させていただきます。"},
    {"render.drafts.successor_here",
     "Let me introduce {successor}, who is here with me today and will look after your account "
     "from now on.",
     "本日同席しております{successor}が、今後貴社を担当させていただきます。"},
    {"render.drafts.successor_on_call",
     "Let me introduce {successor}, who is on the call with us and will look after your account "
     "from now on.",
     "本日お電話に同席しております{successor}が、今後貴社を担当させていただきます。"},
    {"render.drafts.successor_cc",
     "From now on, {successor}, whom I have copied on this email, will look after your account.",
     "今後は、本メールのCCに入っております{successor}が貴社を担当させていただきます。"},
    {"render.drafts.successor_pending",
     "My manager will confirm who will look after your account and let you know shortly.",
     "後任の担当者につきましては、上司より改めてご連絡申し上げます。"},
    {"render.drafts.introduce",
     "I would like to introduce {who} to you on {date}; please let me know if another day "
     "suits you better.",
     "{date}に、{who}をご紹介させていただきたく存じます。ご都合が合わない場合は、お気軽に"
     "お申し付けください。"},
    {"render.drafts.introduce_later",
     "I will be in touch shortly to arrange a time to introduce {who}.",
     "{who}をご紹介する日程につきましては、追ってご相談させていただきます。"},
    {"render.drafts.deal",
     "The deal we are currently working on together will be carried through to completion by "
     "{who}, and until my last day I will keep giving it my full attention.",
     "現在ご検討いただいている案件につきましては、{who}が責任を持って最後までご対応いたします。"
     "私も最終出社日まで誠心誠意取り組んでまいります。"},
    {"render.drafts.follow_up",
     "So that the change causes you no inconvenience, {who} and I will also check in with you "
     "together after the introduction.",
     "担当の交代によりご不便をおかけすることのないよう、ご紹介の後にも{who}とともにご様子を"
     "伺わせていただきます。"},
    {"render.drafts.follow_up_dated",
     "So that the change causes you no inconvenience, {who} and I will also check in with you "
     "together on {date}.",
     "担当の交代によりご不便をおかけすることのないよう、{date}に{who}とともにご様子を"
     "伺わせていただきます。"},
    {"render.drafts.meanwhile",
     "Until {last_day}, please continue to contact me as usual; from then on, please "
     "contact {who}.",
     "{last_day}までは、これまでどおり私までご連絡ください。以降は{who}がご対応いたします。"},
    {"render.drafts.sentence_gap", " ", ""},
    {"render.drafts.support",
     "Until {date}, I can still be reached through the company should any questions arise.",
     "なお、{date}までは、ご不明な点がございましたら会社を通じて私にもお問い合わせいただけます。"},
    {"render.drafts.closing", "Thank you again. I wish you and your team every continued success.",
     "重ねて御礼申し上げますとともに、貴社のますますのご発展を心よりお祈り申し上げます。"
     "今後とも変わらぬお引き立てを賜りますよう、何卒よろしくお願い申し上げます。"},
    {"render.drafts.facts_only", "(Keep to the facts above; nothing more needs to be said.)",
     "(上記の事実のみをお伝えすれば十分です。)"},
    // Words a draft never contains, separated by `|`: the draft is what the client hears.
    {"render.drafts.private_topics",
     "reason|new company|new employer|next employer|new job|next job|next company",
     "理由|転職|新しい会社|次の会社|新しい職場"},
    {"render.drafts.from_plan", "Points from the plan:", "計画からの要点:"},
    {"render.drafts.point", "- {point}", "・{point}"},
};

}  // namespace

std::span<const Message> render() {
    return k_table;
}

}  // namespace handover::messages
