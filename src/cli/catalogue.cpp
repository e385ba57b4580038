#include "handover/cli/catalogue.hpp"

#include "handover/engine/messages.hpp"
#include "handover/input/messages.hpp"
#include "handover/progress/messages.hpp"
#include "handover/render/messages.hpp"

namespace handover::cli {

void use_all_messages() {
    use_messages({messages::input(), messages::import(), messages::engine(), messages::plan_texts(),
                  messages::render(), messages::exporters(), messages::leaving(),
                  messages::progress(), messages::cli()});
}

}  // namespace handover::cli
