// libFuzzer entry point: `handover import`, from the bytes of an export to a file that
// reads back, new or edited in place.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // libFuzzer hands out unsigned bytes; the pipeline reads them as an export.
    handover::fuzz::run_import_pipeline(
        std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
