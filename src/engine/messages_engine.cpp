// The engine's texts: what it says about input it cannot plan (a `done` entry for no task of
// the plan). The plan itself is data; its words are the render layer's (messages_plan.cpp).
#include "handover/engine/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    {"engine.diag.unknown_task",
     "\"{id}\" is not a task of this plan; `handover plan {file}` shows each task's id, "
     "`handover next {file}` those ahead (to remove the entry: {command})",
     "「{id}」はこの計画のタスクではありません。各タスクのIDは `handover plan {file}`、"
     "これからのタスクのIDは `handover next {file}` で確認できます(記録を削除するには: "
     "{command})"},
    {"engine.diag.done_removed_client",
     "\"{id}\" is recorded as done, but the file has no client \"{client}\" any more; to "
     "remove the entry, run: {command}",
     "「{id}」が完了として記録されていますが、顧客「{client}」はファイルにありません。"
     "記録を削除するには次を実行してください: {command}"},
};

}  // namespace

std::span<const Message> engine() {
    return k_table;
}

}  // namespace handover::messages
