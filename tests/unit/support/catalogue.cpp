// The tests use the layers without the command line, so they set the whole message
// catalogue themselves, before any test runs, as `handover::cli::run` does.

#include "handover/cli/catalogue.hpp"

namespace {

const bool catalogue_set = [] {
    handover::cli::use_all_messages();
    return true;
}();

}  // namespace
