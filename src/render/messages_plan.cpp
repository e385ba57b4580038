// The words of a plan: task titles, the one-line reason of each date, the talking points of
// a notification and the warnings, each warning saying what is wrong and what to do. The
// engine keeps the data they are made from; render/plan_texts.cpp words it.
#include "handover/render/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    {"plan.the_successor", "your successor (once named)", "後任者(決まり次第)"},
    {"plan.your_manager", "your manager", "上司"},
    {"plan.list_separator", ", ", "、"},
    {"plan.window", "{start} to {end}", "{start}〜{end}"},
    {"plan.window_ended", "which ended on {end}", "{end}で終了"},
    {"plan.window_before_today", "which ended before {today}", "{today}より前に終了"},
    {"plan.day.holiday", "holiday", "休日"},
    {"plan.day.blocked", "blocked", "予定あり"},

    // Titles
    {"plan.title.consult", "Talk to {manager} about leaving and agree the next steps",
     "{manager}に退職の意向を相談し、今後の進め方を確認する"},
    {"plan.title.decide_timing", "Decide when to tell each client",
     "各顧客へお伝えする時期を決める"},
    {"plan.title.decide_method", "Decide how to tell each client",
     "各顧客へお伝えする方法を決める"},
    {"plan.title.handover_doc", "Write the handover document for {client}",
     "{client}の引き継ぎ資料を作成する"},
    {"plan.title.brief", "Walk {successor} through {client} before they meet",
     "{client}の状況を{successor}へ事前に説明する"},
    {"plan.title.event", "{client}: {what} (with {successor})",
     "{client}: {what}({successor}同席)"},
    {"plan.title.notify", "Tell {client} you are leaving", "{client}へ退職のご報告をする"},
    {"plan.title.notify_joint", "Tell {client} you are leaving and introduce {successor}",
     "{client}へ退職のご報告をし、後任の{successor}をご紹介する"},
    {"plan.title.notify_joint_unnamed",
     "Tell {client} you are leaving and introduce your successor (once named)",
     "{client}へ退職のご報告をし、後任者をご紹介する(後任者は未定)"},
    {"plan.title.introduce_unnamed", "Introduce your successor (once named) to {client}",
     "{client}へ後任者をご紹介する(後任者は未定)"},
    {"plan.title.introduce", "Introduce {successor} to {client}",
     "{client}へ後任の{successor}をご紹介する"},
    {"plan.title.follow_up", "Check in with {client} together with {successor}",
     "{successor}と一緒に{client}へフォローのご連絡をする"},
    {"plan.title.share", "Go through the handover documents with {successor} and {manager}",
     "引き継ぎ資料を{successor}・{manager}と共有し、内容を確認する"},
    {"plan.title.interview", "Interview: {company}", "面接: {company}"},
    {"plan.title.interview_unnamed", "Interview", "面接"},
    {"plan.title.weekly_review", "Weekly review: handover progress and job search",
     "週次の振り返り(引き継ぎの進捗と転職活動)"},

    // Why a task has its date
    {"plan.why.done", "Done on {date}.", "{date}に完了済みです。"},
    {"plan.why.done_implied", "Counted as done because {task} is done.",
     "{task}が完了済みのため、完了として扱います。"},
    {"plan.why.interview",
     "Fixed appointment from the job search; its hours are taken out of the day.",
     "転職活動の確定した予定です。その時間はその日の作業時間から差し引いています。"},
    {"plan.why.event",
     "Step 5: the client's own date, so the plan does not move it; {successor} comes with you and "
     "is part of the account from now on.",
     "ステップ5: お客様ご自身のご予定のため、日程は動かしません。{successor}が同席し、"
     "今後のお付き合いに加わります。"},
    {"plan.why.event_before_news",
     "Step 5: the client's own date, which the plan does not move. {client} hears the news only "
     "on {date}: {successor} attends as your colleague, and nothing is said about your departure "
     "yet.",
     "ステップ5: お客様ご自身のご予定のため、日程は動かしません。{client}へのご報告は{date}"
     "の予定のため、{successor}は同僚として同席し、退職についてはまだお伝えしません。"},
    {"plan.why.event_not_told",
     "Step 5: the client's own date, which the plan does not move. {client} has not heard the "
     "news yet: {successor} attends as your colleague, and nothing is said about your departure "
     "yet.",
     "ステップ5: お客様ご自身のご予定のため、日程は動かしません。{client}へはまだご報告して"
     "いないため、{successor}は同僚として同席し、退職についてはまだお伝えしません。"},
    {"plan.why.consult",
     "Step 1: your manager hears first, before any client, on the first working day with time "
     "free.",
     "ステップ1: どの顧客よりも先に上司へ相談するため、最初に時間の取れる営業日に設定しています。"},
    {"plan.why.consult_notice",
     "Step 1: your manager hears first, before any client, on the last working day that still "
     "gives your company's {days} days' notice before your last day, {date}, with the working "
     "days such a notice normally holds; until then you prepare the handover documents "
     "privately.",
     "ステップ1: どの顧客よりも先に上司へ相談します。最終出社日({date})までに{days}日間の"
     "予告期間を取り、その間に通常含まれる営業日数も確保できる最後の営業日に設定しています。"
     "それまでは、誰にも知らせずに社内で引き継ぎ資料を準備します。"},
    {"plan.why.letter_notice",
     "Step 1: your written notice, handed to your manager at the talk or emailed straight after "
     "it (copy HR); its date starts your notice period.",
     "ステップ1: 書面による退職の通知です。相談の場で上司に手渡すか、相談の直後にメールで送り"
     "ます(人事部にも写しを送ります)。この日付から予告期間が始まります。"},
    {"plan.why.consult_notice_shared",
     "Step 1: the manager hears first, before any client, on the last working day that still "
     "gives the company's {days} days' notice before the last day, {date}, with the working "
     "days such a notice normally holds.",
     "ステップ1: どの顧客よりも先に上司へ相談します。最終出社日({date})までに{days}日間の"
     "予告期間を取り、その間に通常含まれる営業日数も確保できる最後の営業日に設定しています。"},
    {"plan.why.decide",
     "Steps 2-3: decided after the talk with the manager and before the first client hears.",
     "ステップ2・3: 上司への相談の後、最初の顧客へのご報告より前に決めます。"},
    {"plan.why.no_room", "No working day with enough free hours before the last day.",
     "最終出社日までに、必要な時間を確保できる営業日がありません。"},
    {"plan.why.waits", "Waits for {task}, which has no date yet.",
     "{task}の日程が決まっていないため、日程を決められません。"},
    {"plan.why.window_shortened_suffix",
     " The notification window and the introduction deadline are shorter than usual: only {days} "
     "calendar days remain from telling your manager to your last day.",
     "上司への相談から最終出社日まで{days}日しかないため、報告期間を通常より短くし、後任者の"
     "ご紹介の期限も最終出社日に近づけています。"},
    {"plan.why.window",
     "The least busy day of the notification window ({window}), so that no week is crammed; "
     "priority {rank} of {count}.",
     "報告期間({window})の中で、顧客対応の予定が最も少ない日です(特定の週に集中させないため)。"
     "優先順位は{count}件中{rank}番目です。"},
    {"plan.why.after_close",
     "After the expected signing on {close}, so the news cannot unsettle the deal; the handover "
     "still fits before the last day.",
     "契約予定日({close})"
     "の後に設定しています。締結前のご報告で商談に影響が出ることを避けるためで、この日程でも最終出"
     "社日までに引き継ぎは間に合います。"},
    {"plan.why.closes_late",
     "The deal closes on {close}, too near the last day to wait: told before it, as late in the "
     "notification window ({window}) as there is room.",
     "契約予定日({close})が最終出社日に近すぎるため、締結を待たずに、報告期間({window})"
     "内のできるだけ遅い日にお伝えします。"},
    {"plan.why.after_departure",
     "The deal closes on {close}, after the last day: told early so that {successor} can take over "
     "the deal.",
     "契約予定日({close})が最終出社日より後のため、{successor}"
     "が商談を引き継げるよう早めにお伝えします。"},
    {"plan.why.closed_before",
     "The deal is expected to close on {close}, before the notification window ({window}) opens; "
     "the least busy day of the window, priority {rank} of {count}.",
     "契約予定日({close})が報告期間({window})"
     "の開始前のため、期間内で顧客対応の予定が最も少ない日に設定しています。優先順位は{count}件中{"
     "rank}"
     "番目です。"},
    {"plan.why.disclose_suffix",
     " Not before {date}, the date you agreed with your manager for telling clients.",
     "上司と合意した、お客様へお伝えし始めてよい日({date})より前にはお伝えしません。"},
    {"plan.why.moved_suffix", " {date} was full, so the next free day.",
     "{date}は空きがないため、次に空いている日にしています。"},
    {"plan.why.notify_late",
     "No free day inside the notification window ({window}); placed as early as possible "
     "after it.",
     "報告期間({window})内に空きがないため、期間後のできるだけ早い日に設定しています。"},
    {"plan.why.notify_short_notice",
     "The notification window ({window}) closed before any client could be told, so as early as "
     "possible, most important clients first.",
     "報告期間({window})"
     "内にお伝えできる日が残っていないため、重要なお客様から順に、できるだけ早い日に設定しています"
     "。"},
    {"plan.why.notify_no_room", "No free day before the last day (notification window {window}).",
     "最終出社日までに空いている日がありません(報告期間: {window})。"},
    {"plan.why.doc",
     "Step 4: written as soon as the manager knows, the most important clients first (priority "
     "{rank} of {count}).",
     "ステップ4: 上司へ相談した後、重要な顧客から順に早めに作成します(優先順位は{count}件中{rank}"
     "番目)。"},
    {"plan.why.doc_prepared",
     "Step 4: private preparation before the talk with the manager "
     "(policy.prepare_before_notice); nobody else sees it yet.",
     "ステップ4: "
     "上司への相談前に、誰にも知らせずに準備しておく資料です(policy.prepare_before_notice)。"
     "まだ誰にも共有しません。"},
    {"plan.why.doc_shared",
     "Step 4: the handover document for the successor, the most important clients first "
     "(priority {rank} of {count}).",
     "ステップ4: 後任者へお渡しする引き継ぎ資料です。重要な顧客から順に作成します(優先順位は"
     "{count}件中{rank}番目)。"},
    {"plan.why.doc_prepared_access",
     "Step 4: prepared privately, on company systems, before you tell your manager: your access "
     "may end the day you resign (policy.prepare_before_notice). Nobody else sees it yet, and no "
     "copy leaves the company.",
     "ステップ4: 退職を申し出た当日にアクセスが停止される場合があるため、上司への相談前に、"
     "会社のシステム上で準備しておく資料です(policy.prepare_before_notice)。まだ誰にも共有せず、"
     "社外へ持ち出しません。"},
    {"plan.why.brief",
     "Step 4: the successor hears about this client before meeting them on {date}.",
     "ステップ4: {date}に後任者がこの顧客とお会いする前に、状況を説明しておきます。"},
    {"plan.why.brief_undated", "Step 4: the successor hears about this client before meeting them.",
     "ステップ4: 後任者がこの顧客とお会いする前に、状況を説明しておきます。"},
    {"plan.why.doc_record",
     "Step 4: the introduction is done; the document is still owed to the successor.",
     "ステップ4: ご紹介は済んでいますが、後任者への引き継ぎ資料がまだ必要です。"},
    {"plan.why.intro",
     "Step 5: {gap} working days after you told them, so the news can settle before you introduce "
     "the successor (due by {deadline}).",
     "ステップ5: "
     "ご報告を落ち着いて受け止めていただけるよう、{gap}営業日空けてから後任者をご紹介します(期限: "
     "{deadline})。"},
    {"plan.why.intro_short_gap",
     "Step 5: fewer than {gap} working days after the announcement, because the introduction has "
     "to be done by {deadline}.",
     "ステップ5: ご紹介を{deadline}までに終える必要があるため、ご報告からの間隔を{gap}"
     "営業日より短くしています。"},
    {"plan.why.intro_after_close",
     "Step 5: you waited for the signing before telling them, so the introduction comes as long "
     "after that as the last day allows.",
     "ステップ5: "
     "ご報告を契約締結後まで待ったため、最終出社日までの範囲で、ご報告からできるだけ間を空けて後任"
     "者をご紹介します。"},
    {"plan.why.intro_next_day",
     "Step 5: the day after the announcement; no later day by {deadline} has time free.",
     "ステップ5: {deadline}までに他に空いている日がないため、ご報告の翌営業日に設定しています。"},
    {"plan.why.intro_late",
     "No free day by {deadline}; placed as early as possible after it, before the last day.",
     "{deadline}までに空きがないため、最終出社日までのできるだけ早い日に設定しています。"},
    {"plan.why.intro_no_room",
     "No free day for the introduction before the last day (target: by {deadline}).",
     "最終出社日までにご紹介の時間を確保できません(目標: {deadline}まで)。"},
    {"plan.why.follow_up",
     "Step 5: about {days} working days after the introduction, to hear how the change is going.",
     "ステップ5: ご紹介から約{days}営業日後に、担当変更後のご様子を伺います。"},
    {"plan.why.share", "Step 4: once every handover document is written, before the last day.",
     "ステップ4: すべての引き継ぎ資料が揃った後、最終出社日までに行います。"},
    {"plan.why.weekly_review",
     "Step 6: the last working day of the week with time free, to look back and adjust.",
     "ステップ6: 週の最後の空いている営業日に、進捗を振り返って計画を調整します。"},
    {"plan.why.last_day_passed", "Not recorded as done by the last day.",
     "最終出社日までに完了の記録がありません。"},
    {"plan.why.review_no_workday", "No working day in this week before the last day.",
     "この週には最終出社日までの営業日がありません。"},

    // Talking points for the notification: what to say, in order, then the questions every
    // client asks and what never to do.
    {"plan.talk.thanks", "Thank them for their business and trust so far.",
     "これまでのお取引とご信頼への感謝をお伝えする。"},
    {"plan.talk.thanks_new", "Thank them for their time and interest.",
     "これまでお時間をいただいたことへの感謝をお伝えする。"},
    {"plan.talk.thanks_signed", "Thank them for the contract they have just signed.",
     "このたびのご契約への御礼を申し上げる。"},
    {"plan.talk.last_day", "Say that your last working day is {date}.",
     "最終出社日が{date}であることをお伝えする。"},
    {"plan.talk.successor_intro",
     "Name {successor} as the new contact and propose visiting together on {date}.",
     "後任は{successor}であることをお伝えし、{date}に一緒にご挨拶に伺いたい旨をご相談する。"},
    {"plan.talk.successor_intro_video",
     "Name {successor} as the new contact and propose a video call together on {date}.",
     "後任は{successor}であることをお伝えし、{date}"
     "にオンラインで一緒にご挨拶したい旨をご相談する。"},
    {"plan.talk.successor_intro_phone",
     "Name {successor} as the new contact and propose calling together on {date}.",
     "後任は{successor}であることをお伝えし、{date}に一緒にお電話でご挨拶したい旨をご相談する。"},
    {"plan.talk.successor_intro_email",
     "Name {successor} as the new contact; you will introduce them by email on {date}.",
     "後任は{successor}であることをお伝えし、{date}にメールでご紹介することをお伝えする。"},
    {"plan.talk.successor_here",
     "Introduce {successor}, who is with you today, as their new contact.",
     "本日同席している{successor}を、新しい担当としてご紹介する。"},
    {"plan.talk.successor_video",
     "Introduce {successor}, who joins the video call, as their new contact.",
     "オンライン会議に同席している{successor}を、新しい担当としてご紹介する。"},
    {"plan.talk.successor_phone",
     "Introduce {successor}, who joins the call, as their new contact.",
     "通話に加わっている{successor}を、新しい担当としてご紹介する。"},
    {"plan.talk.successor_cc",
     "Copy {successor} on the email and introduce them as the new contact.",
     "{successor}をCCに入れ、新しい担当としてご紹介する。"},
    {"plan.talk.successor_unnamed",
     "Say that your company is choosing your successor and will let them know who it is; name "
     "nobody and promise no date.",
     "後任は現在社内で調整中であり、決まり次第ご連絡することをお伝えする(名前や日程は約束しない)"
     "。"},
    {"plan.talk.open_deal_unnamed",
     "Assure them the open deal continues without a gap: you will hand it over in full before you "
     "leave.",
     "進行中の案件は退職前にすべて引き継ぎ、滞りなく進めることをお約束する。"},
    {"plan.talk.contact_until_unnamed",
     "Until {date} you remain their contact; from {takeover}, the successor your company names.",
     "{date}までは引き続き自分が窓口となり、{takeover}からは社内で決まる後任者が担当することを"
     "お伝えする。"},
    {"plan.talk.successor", "Name {successor} as the new contact and offer to introduce them.",
     "後任は{successor}であることをお伝えし、ご紹介の機会をいただけるようお願いする。"},
    {"plan.talk.open_deal",
     "Assure them the open deal continues without a gap: {successor} already knows it and will see "
     "it through.",
     "進行中の案件は{successor}が経緯を把握したうえで引き継ぎ、滞りなく進めることをお約束する。"},
    {"plan.talk.signed", "Say that {successor} knows the new contract and will look after it.",
     "新しいご契約は{successor}が内容を把握したうえで引き継ぐことをお伝えする。"},
    {"plan.talk.signed_unnamed",
     "Say that the new contract is handed over in full before you leave.",
     "新しいご契約は退職までに確実に引き継ぐことをお伝えする。"},
    {"plan.talk.contact_until",
     "Until {date} you remain their contact; from {takeover}, {successor}.",
     "{date}までは引き続き自分が窓口となり、{takeover}からは{successor}"
     "が担当することをお伝えする。"},
    {"plan.talk.follow_up", "Promise a check-in together with {successor} on {date}.",
     "{date}に{successor}と一緒にその後のご状況を確認することをお約束する。"},
    {"plan.talk.ask_where",
     "If asked where you are going: you would rather not go into it, and they are in good hands. "
     "Name no company.",
     "行き先を聞かれたら:"
     "「恐れ入りますが、そちらは控えさせていただいております」とし、社名は出さない。"},
    {"plan.talk.ask_why",
     "If asked why: a personal decision you have been considering for a while; no complaints.",
     "辞める理由を聞かれたら:"
     "「一身上の都合でございます」など短く前向きにとどめ、不満は口にしない。"},
    {"plan.talk.ask_changes",
     "What changes for them: only the contact; everything agreed stays as it is.",
     "変わるのは担当者だけで、お約束はすべてそのまま引き継ぐことをお伝えする。"},
    {"plan.talk.dont",
     "Do not invite the client to follow you after you leave, and do not criticise the company "
     "or colleagues.",
     "退職後の自分の仕事にお客様を誘わない。会社や同僚への批判もしない。"},
    // The briefing of the successor on one client.
    {"plan.talk.brief.document",
     "Go through the handover document for {client} with {successor}, contract terms included.",
     "{client}の引き継ぎ資料を、契約条件も含めて{successor}と一緒に確認する。"},
    {"plan.talk.brief.notes", "Walk through the handover notes point by point.",
     "引き継ぎ事項を一つずつ説明する。"},
    {"plan.talk.brief.no_notes",
     "There are no handover notes yet: tell what the document does not say (promises, "
     "sensitivities, open issues).",
     "引き継ぎ事項がまだないため、資料にない点(お約束・配慮すべき点・未解決の課題)を口頭で"
     "伝える。"},
    {"plan.talk.brief.decision_maker", "Who decides and signs: {name}.",
     "決裁者が{name}であることを伝える。"},
    {"plan.talk.brief.no_decision_maker",
     "Say who decides and signs at {client}; it is not written down yet.",
     "{client}の決裁者を伝える(まだ資料に記載がありません)。"},
    {"plan.talk.brief.deal", "The open deal: where it stands and what is left to do.",
     "進行中の案件: 現在の状況と残っている作業。"},
    {"plan.talk.brief.deal_dated",
     "The open deal: where it stands and what is left before the signing expected on {date}.",
     "進行中の案件: 現在の状況と、{date}のご契約予定までに残っている作業。"},
    {"plan.talk.brief.events", "The coming events with the client, the first on {date}.",
     "お客様との今後のご予定({date}から)。"},

    // Warnings
    {"plan.warn.no_room_consult",
     "There is no working day with time free to talk to your manager before the last day. Free up "
     "time "
     "or move the last day.",
     "最終出社日までに上司へ相談する時間が取れません。時間を空けるか、最終出社日を見直してください"
     "。"},
    {"plan.warn.no_room_task",
     "\"{task}\" does not fit: no working day has enough free hours. Free up time, raise "
     "hours_per_day or ask for help.",
     "「{task}」の時間を確保できません。予定を空けるか、1日の作業時間(calendar.hours_per_day)"
     "を増やすか、周囲に協力を依頼してください。"},
    {"plan.warn.no_room_review",
     "The weekly review of {week} does not fit in that week. Keep it short or do it on another "
     "day.",
     "{week}の週次の振り返りの時間が取れません。短時間で済ませるか、別の日に行ってください。"},
    {"plan.warn.no_time_to_notify",
     "{client} cannot be told before the last day. Free up time before it or move the last day; a "
     "client who hears nothing loses trust.",
     "{client}"
     "へ最終出社日までにご報告できません。それまでに時間を空けるか、最終出社日を見直してください。"
     "ご報告がないままでは信頼を損ないます。"},
    {"plan.warn.notify_late",
     "{client} can only be told on {date}, after the notification window ({window}). Free up time "
     "earlier so the client hears in good time.",
     "{client}へのご報告が{date}となり、報告期間({window})"
     "を過ぎます。余裕をもってお伝えできるよう、早めに時間を確保してください。"},
    {"plan.warn.deal_closes_late",
     "The deal with {client} closes on {close}, too near your last day to wait for the signature. "
     "Tell them before the close and bring {successor} into the closing.",
     "{client}の契約予定日({close})が最終出社日に近いため、締結を待たずにお伝えします。{successor}"
     "にも契約手続きに同席してもらってください。"},
    {"plan.warn.deal_after_departure",
     "The deal with {client} closes on {close}, after your last day. Tell them early and bring "
     "{successor} into the deal now.",
     "{client}の契約予定日({close})が最終出社日より後です。早めにお伝えし、今のうちから{successor}"
     "を商談に加えてください。"},
    {"plan.warn.method_too_weak",
     "{client} is down to be told by {method}. A client this important, or this wary of change, "
     "should hear it {wanted}: ask them for a meeting.",
     "{client}へのご報告方法が{method}になっています。重要なお客様や担当変更を好まれないお客様には{"
     "wanted}でお伝えするのが望ましいため、面談のお時間をいただけるようお願いしてください。"},
    {"plan.warn.no_time_for_intro",
     "{client} cannot be introduced to the successor before the last day (target: by {deadline}). "
     "Free up time before then, or ask your manager to introduce the successor.",
     "{client}へ最終出社日までに後任者をご紹介できません({deadline}までが目標)"
     "。それまでに時間を空けるか、上司から後任者をご紹介いただくよう依頼してください。"},
    {"plan.warn.no_intro_without_notify",
     "{client} cannot be introduced to the successor because the notification has no date.",
     "{client}へのご報告の日程が決まらないため、後任者のご紹介もできません。"},
    {"plan.warn.intro_late",
     "{client} meets the successor only on {date}, after {deadline}; that leaves little time "
     "before you go. Free up time on a day by {deadline} for the introduction.",
     "{client}への後任者のご紹介が{date}となり、目標の{deadline}"
     "を過ぎます。退職までの期間が短くなるため、{deadline}"
     "までのいずれかの日に時間を確保してください。"},
    {"plan.warn.notice_legal",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}), less than the two weeks' notice in Japan's Civil Code (art. 627). Agree the dates "
     "with your manager in writing.",
     "上司への相談({told})から退職日({end})まで{days}"
     "日しかなく、民法627条の14日を下回ります。日程について上司と書面で合意してください。"},
    {"plan.warn.notice_policy",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}); the company's notice period is {notice} days. Agree the dates with your manager.",
     "上司への相談({told})から退職日({end})まで{days}日で、就業規則の退職申し出期間({notice}日)"
     "を下回ります。退職日について上司とご相談ください。"},
    {"plan.warn.notice_statutory_gb",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}), less than the one week's notice an employee must give after a month's service "
     "(Employment Rights Act 1996, s.86). Agree the dates with your manager in writing.",
     "上司への相談({told})から退職日({end})まで{days}日しかありません。英国1996年雇用権利法"
     "第86条により、1か月以上勤務した従業員は1週間以上前に予告する必要があります。日程について"
     "上司と書面で合意してください。"},
    {"plan.warn.notice_statutory_ni",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}), less than the one week's notice an employee must give after a month's service "
     "(Employment Rights (Northern Ireland) Order 1996, art. 118). Agree the dates with your "
     "manager in writing.",
     "上司への相談({told})から退職日({end})まで{days}日しかありません。1996年雇用権利"
     "(北アイルランド)令第118条により、1か月以上勤務した従業員は1週間以上前に予告する必要が"
     "あります。日程について上司と書面で合意してください。"},
    {"plan.warn.notice_company",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}), less than the {notice} days' notice your company expects. Agree the dates with "
     "your manager.",
     "上司への相談({told})から退職日({end})まで{days}日で、会社が求める予告期間({notice}日)"
     "を下回ります。退職日について上司とご相談ください。"},
    {"plan.warn.notice_contract",
     "Only {days} calendar days from telling your manager ({told}) to the end of employment "
     "({end}), less than the {notice} days' notice in your contract. Agree the dates with your "
     "manager in writing.",
     "上司への相談({told})から退職日({end})まで{days}日で、雇用契約上の予告期間({notice}日)"
     "を下回ります。日程について上司と書面で合意してください。"},
    {"plan.warn.no_successor",
     "No successor is named yet for {clients}. Ask your manager to name one; the introductions "
     "need a name.",
     "{clients}の後任者がまだ決まっていません。ご紹介には後任者が必要ですので、上司に指名を"
     "依頼してください。"},
    {"plan.warn.no_successor_by",
     "No successor is named yet for {clients}. Ask your manager to name one by {date}, so that "
     "you can brief them before the first meeting with the successor on {contact}.",
     "{clients}の後任者がまだ決まっていません。{contact}"
     "に予定している、後任者が初めて同席するご連絡の前に引き継ぎ内容を説明できるよう、{date}"
     "までに後任者を決めていただくよう上司に依頼してください。"},
    {"plan.warn.no_successor_passed",
     "No successor is named yet for {clients}, and the first meeting with the successor on "
     "{contact} leaves no working day to brief one. Ask your manager to name one today.",
     "{clients}の後任者がまだ決まっていません。{contact}"
     "に後任者が初めて同席するご連絡までに、引き継ぎ内容を説明する営業日が残っていません。本日中に"
     "後任者を決めていただくよう上司に依頼してください。"},
    {"plan.warn.last_day_passed",
     "Your last day, {last_day}, has passed: nothing new is planned. Tasks not recorded as "
     "done: {count}. Record what you did with `handover done FILE ID --on DATE`, or set a "
     "later last_day if you are still in the office.",
     "最終出社日({last_day})を過ぎているため、新たな予定は立てません。完了の記録がないタスク: "
     "{count} 件。実施済みの作業は `handover done FILE ID --on 日付` で記録し、まだ出社される"
     "場合は last_day を後の日付に変更してください。"},
    {"plan.warn.close_date_passed",
     "The expected close of {client} ({close}) has passed but the deal is still open. Update the "
     "stage or the date.",
     "{client}の契約予定日({close})を過ぎていますが、まだ成約になっていません。段階(stage)"
     "か契約予定日を更新してください。"},
    {"plan.warn.incomplete",
     "The handover document for {client} lacks: {missing}. It lists them as open questions; fill "
     "them in before the introduction.",
     "{client}の引き継ぎ情報に不足があります: "
     "{missing}。引き継ぎ資料に確認事項として記載しますので、ご紹介までに補ってください。"},
    {"plan.warn.closure_year_end",
     "Contacts with {clients} fall in the year-end break ({start} to {end}), when most Japanese "
     "companies are closed. Add \"JP-year-end\" to calendar.holidays and the plan will keep "
     "those days free.",
     "{clients}へのご連絡・ご訪問が年末年始休業の期間({start}〜{end})に入っています。"
     "多くの企業が休業している時期です。calendar.holidays に \"JP-year-end\" "
     "を加えると、この期間を避けて計画します。"},
    {"plan.warn.closure_obon",
     "Contacts with {clients} fall in the Obon break ({start} to {end}), when many Japanese "
     "companies are closed. Add \"JP-obon\" to calendar.holidays and the plan will keep those "
     "days free.",
     "{clients}へのご連絡・ご訪問がお盆休みの期間({start}〜{end})に入っています。"
     "多くの企業が休業している時期です。calendar.holidays に \"JP-obon\" "
     "を加えると、この期間を避けて計画します。"},
    {"plan.warn.week_overloaded",
     "Week {week} needs {load} h (interviews {interviews} h) but has {room} h for the handover. "
     "Move an interview or ask for help that week.",
     "{week}の週は{load}時間(うち面接{interviews}時間)が必要ですが、引き継ぎに使えるのは{room}"
     "時間です。面接の日程を調整するか、周囲に協力を依頼してください。"},
    // Warnings about several clients (rule 10: one per cause); {clients} names them.
    {"plan.clients_more", "{clients} and {count} more", "{clients}ほか{count}社"},
    {"plan.warn.no_room_task_many",
     "{count} tasks ({kind}) do not fit: no working day has enough free hours. Clients: {clients}. "
     "Free up time, raise calendar.hours_per_day or ask for help.",
     "{count}件のタスク({kind})の時間を確保できません。対象: {clients}。予定を空けるか、"
     "1日の作業時間(calendar.hours_per_day)を増やすか、周囲に協力を依頼してください。"},
    {"plan.kind.handover_doc", "handover documents", "引き継ぎ資料"},
    {"plan.kind.brief", "briefings of the successor", "後任者への説明"},
    {"plan.kind.notify", "announcements", "ご報告"},
    {"plan.kind.introduce", "introductions", "後任者のご紹介"},
    {"plan.kind.follow_up", "follow-ups", "フォローアップ"},
    {"plan.kind.event", "client appointments", "お客様とのご予定"},
    {"plan.kind.other", "client tasks", "お客様ごとのタスク"},
    {"plan.warn.no_time_to_notify_many",
     "{count} clients cannot be told before the last day: {clients}. A client who hears "
     "nothing loses trust: agree with your manager today on a later last day or on who tells "
     "them.",
     "{count}社のお客様へ最終出社日までにご報告できません: {clients}。ご報告がないままでは信頼を"
     "損ないます。最終出社日の延長か、どなたからお伝えするかを本日中に上司とご相談ください。"},
    {"plan.warn.notify_late_many",
     "{count} clients can only be told after the notification window ({window}), the last on "
     "{date}: {clients}. Free up time in the coming days so they hear in good time.",
     "{count}社のお客様へのご報告が報告期間({window})を過ぎ、最も遅いもので{date}となります: "
     "{clients}。余裕をもってお伝えできるよう、これからの日程で時間を確保してください。"},
    {"plan.warn.notify_late_past",
     "{client} can only be told on {date}; the notification window ({window}) has no day left. "
     "Book the conversation with the client today.",
     "{client}へのご報告は{date}となります。報告期間({window})"
     "内に空いている日はもうありませんので、本日中に{client}とご報告の日程をお約束してください。"},
    {"plan.warn.no_time_for_intro_past",
     "{client} cannot be introduced to the successor before the last day, and the target day "
     "({deadline}) has no time left. Ask your manager today to introduce the successor in your "
     "place.",
     "{client}へ最終出社日までに後任者をご紹介できず、目標の{deadline}にも間に合いません。"
     "本日中に、ご紹介を代わりにお願いできるよう上司へご相談ください。"},
    {"plan.warn.notify_late_past_many",
     "{count} clients can only be told after the notification window ({window}), which has no "
     "day left; the last on {date}: {clients}. Book those conversations today, most important "
     "client "
     "first.",
     "{count}社のお客様へのご報告が報告期間({window})に収まらず、最も遅いもので{date}となります: "
     "{clients}"
     "。報告期間内に空いている日はもうありませんので、重要なお客様から順に、本日中にご報告の日程を"
     "お約束してください。"},
    {"plan.warn.deal_closes_late_many",
     "The deals of {count} clients close too near your last day to wait for the signature: "
     "{clients}. Tell them before the close and bring the successor into each closing.",
     "{count}社のお客様の契約予定日が最終出社日に近いため、締結を待たずにお伝えします: {clients}。"
     "後任者にも各契約手続きに同席してもらってください。"},
    {"plan.warn.deal_after_departure_many",
     "The deals of {count} clients close after your last day: {clients}. Tell them early and bring "
     "the successor into each deal now.",
     "{count}社のお客様の契約予定日が最終出社日より後です: {clients}。早めにお伝えし、今のうちから"
     "後任者を各商談に加えてください。"},
    {"plan.warn.method_too_weak_many",
     "{count} important or change-wary clients are down to be told by a less personal method than "
     "they should be: {clients}. Ask each of them for a meeting.",
     "担当変更を好まれない、または重要なお客様{count}社へのご報告方法が、望ましい方法より簡易に"
     "なっています: {clients}。面談の機会をお願いすることをご検討ください。"},
    {"plan.warn.intro_unbriefed",
     "{client} is told without the successor: there is no room to write the handover document "
     "and brief the successor first. Ask your manager to introduce the successor after your last "
     "day, or free up time for the briefing.",
     "後任者への事前説明(引き継ぎ資料の作成と説明)の時間が取れないため、{client}へは後任者の同席な"
     "しでご報告します。退職後に上司から後任者をご紹介いただくよう依頼するか、事前説明の時間を確保"
     "してください。"},
    {"plan.warn.intro_unbriefed_many",
     "{count} clients will hear the news without the successor there, because there is no time to "
     "write their handover documents and brief the successor first ({clients}). Ask your manager "
     "to introduce the successor to them, or free up time for the briefings.",
     "後任者への事前説明の時間が取れないため、{count}社のお客様へは後任者の同席なしでご報告します: "
     "{clients}。上司から後任者をご紹介いただくよう依頼するか、事前説明の時間を確保してください。"},
    {"plan.warn.no_time_for_intro_many",
     "{count} clients cannot be introduced to the successor before the last day (target: by "
     "{deadline}): {clients}. Free up time in the coming days or ask your manager to introduce "
     "some of them.",
     "{count}社のお客様へ最終出社日までに後任者をご紹介できません({deadline}までが目標): "
     "{clients}。これからの日程で時間を空けるか、一部のご紹介を上司にお願いしてください。"},
    {"plan.warn.no_intro_without_notify_many",
     "{count} clients cannot be introduced to the successor because their notification has no "
     "date: {clients}.",
     "{count}社のお客様へのご報告の日程が決まらないため、後任者のご紹介もできません: {clients}。"},
    {"plan.warn.intro_late_many",
     "{count} clients meet the successor only after {deadline}, the last on {date}: {clients}. "
     "Free up time in the coming days.",
     "{count}社のお客様への後任者のご紹介が目標の{deadline}を過ぎ、最も遅いもので{date}となります: "
     "{clients}。これからの日程で時間を確保してください。"},
    {"plan.warn.intro_late_past",
     "{client} won't meet the successor until {date}, after the {deadline} target, and you are "
     "nearly out of time. Book that meeting today and brief the successor thoroughly.",
     "{client}への後任者のご紹介は{date}となり、目標の{deadline}"
     "を過ぎます。退職までに余裕がありませんので、本日中にお客様と日程をお約束し、後任者へ十分に説"
     "明してください。"},
    {"plan.warn.intro_late_past_many",
     "{count} clients meet the successor only after {deadline}, which leaves no time; the last on "
     "{date}: {clients}. Book those meetings today and brief the successor well.",
     "{count}社のお客様への後任者のご紹介が目標の{deadline}を過ぎ、最も遅いもので{date}となります: "
     "{clients}"
     "。退職までに余裕がありませんので、本日中に各社と日程をお約束し、後任者へ十分に説明してくださ"
     "い。"},
    {"plan.warn.close_date_passed_many",
     "The expected close of {count} open deals has passed: {clients}. Update their stage or date.",
     "{count}社のお客様で、契約予定日を過ぎてもまだ成約になっていません: "
     "{clients}。段階(stage)か契約予定日を更新してください。"},
    {"plan.warn.incomplete_many",
     "The handover documents for {count} clients lack some of: {missing} ({clients}). They list "
     "them as open questions; fill them in before the introductions.",
     "{count}社のお客様の引き継ぎ情報に不足があります({missing}): {clients}。"
     "引き継ぎ資料に確認事項として記載しますので、ご紹介までに補ってください。"},
    {"plan.warn.disclosure_late",
     "You agreed with your manager not to tell clients before {date}, which leaves too few working "
     "days to tell them all in time. Ask your manager today to bring it forward to {wanted}.",
     "お客様へのご連絡が{date}以降とされているため、すべてのお客様へ期限内にご報告する日数が足りま"
     "せん。{wanted}からご連絡できるよう、本日中に上司へご相談ください。"},
    {"plan.warn.does_not_fit",
     "The plan doesn't fit before your last day. It would fit with any of these: {options}. Agree "
     "the change with your manager today.",
     "最終出社日までに計画が収まりません。次のいずれかで収まります: "
     "{options}。本日中に上司とご相談ください。"},
    {"plan.warn.does_not_fit_none",
     "The plan does not fit before your last day, and neither a last day up to {days} working days "
     "later, nor up to {hours} h a day, nor handing clients to your manager would make it fit. Go "
     "through the client list with your manager today.",
     "最終出社日までに計画が収まりません。最終出社日の{days}営業日以内の延長、1日{hours}"
     "時間までの作業時間の増加、一部のお客様の上司への引き継ぎのいずれを行っても収まりません。本日"
     "中に上司と担当顧客の一覧を見直してください。"},
    {"plan.fit.last_day", "moving your last day to {date} ({days} working days later)",
     "最終出社日を{date}にする({days}営業日の延長)"},
    {"plan.fit.hours", "spending {hours} h a day on the handover instead of {now} h",
     "引き継ぎの作業時間を1日{now}時間から{hours}時間にする"},
    {"plan.fit.email", "telling the {count} lowest-priority clients by email ({clients})",
     "優先度の低い{count}社({clients})へメールでご報告する"},
    {"plan.fit.manager", "handing the {count} lowest-priority clients to your manager ({clients})",
     "優先度の低い{count}社({clients})を上司に引き継いでもらう"},
    {"plan.fit.separator", "; ", " / "},
    {"plan.missing.contact", "contact person", "ご担当者"},
    {"plan.missing.history", "history", "取引の経緯"},
    {"plan.missing.events", "upcoming events", "今後の予定"},

    // Why this method
    {"plan.method_reason.preferred", "the client's preferred method", "お客様のご希望の方法"},
    {"plan.method_reason.change_averse", "change-averse client: in person",
     "担当変更を好まれないため対面"},
    {"plan.method_reason.strong", "strong relationship: in person", "関係が深いため対面"},
    {"plan.method_reason.high_value", "high-value account: in person", "重要顧客のため対面"},
    {"plan.method_reason.high_value_amount",
     "high-value account ({value} ≥ {threshold}): in person",
     "重要顧客({value}、基準額{threshold}以上)のため対面"},
    {"plan.method_reason.open_deal", "open deal: in person", "商談が進行中のため対面"},
    {"plan.method_reason.weak", "weak relationship: email", "関係が浅いためメール"},
    {"plan.method_reason.dormant", "dormant account: email", "休眠顧客のためメール"},
    {"plan.method_reason.prospect", "prospect: email", "見込み顧客のためメール"},
    {"plan.method_reason.renewal", "renewal ahead: video call",
     "更新を控えているためオンライン会議"},
    {"plan.method_reason.normal", "normal relationship: phone", "通常の関係のため電話"},
};

}  // namespace

std::span<const Message> plan_texts() {
    return k_table;
}

}  // namespace handover::messages
