#include "keep_until_exit.hpp"

#include <vector>

namespace handover::cli::detail {

void keep(std::shared_ptr<const void> object) {
    // Deliberately never destroyed (see the header): a function-local static would be
    // destroyed at exit, object by object, which is the cost this avoids.
    static auto* const kept = new std::vector<std::shared_ptr<const void>>();
    kept->push_back(std::move(object));
}

}  // namespace handover::cli::detail
