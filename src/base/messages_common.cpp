// Texts shared by several areas: labels for enums, severities and diagnostics.
#include "handover/base/i18n.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    {"diag.client", "(client \"{id}\")", "(顧客 \"{id}\")"},
    {"diag.did_you_mean", "; did you mean \"{suggestion}\"?",
     "。「{suggestion}」の誤りではありませんか?"},
    {"stage.prospect", "prospect", "見込み"},
    {"stage.proposal", "proposal", "提案中"},
    {"stage.negotiation", "negotiation", "交渉中"},
    {"stage.closing", "closing", "契約直前"},
    {"stage.active", "active account", "取引中"},
    {"stage.renewal", "renewal due", "更新予定"},
    {"stage.dormant", "dormant", "休眠"},
    {"method.in_person", "in person", "対面"},
    {"method.video", "video call", "オンライン会議"},
    {"method.phone", "phone", "電話"},
    {"method.email", "email", "メール"},
    {"relationship.strong", "strong", "良好"},
    {"relationship.normal", "normal", "普通"},
    {"relationship.weak", "weak", "浅い"},
    {"severity.info", "info", "お知らせ"},
    {"severity.warning", "warning", "警告"},
    {"severity.error", "error", "エラー"},
    {"status.todo", "to do", "未着手"},
    {"status.done", "done", "完了"},
    {"status.unscheduled", "unscheduled", "日程未定"},
};

}  // namespace

std::span<const Message> common() {
    return k_table;
}

}  // namespace handover::messages
