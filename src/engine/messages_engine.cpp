// The engine's texts: what it says about input it cannot plan (a `done` entry for no task of
// the plan). The plan itself is data; its words are the render layer's (messages_plan.cpp).
#include "handover/engine/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    {"engine.diag.unknown_task",
     "\"{id}\" is not a task of this plan; expected a task id such as consult-manager or "
     "<client>/notify",
     "「{id}」はこの計画のタスクではありません。consult-manager や <顧客ID>/notify "
     "などのタスクIDを指定してください"},
};

}  // namespace

std::span<const Message> engine() {
    return k_table;
}

}  // namespace handover::messages
