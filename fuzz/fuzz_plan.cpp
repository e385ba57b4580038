// libFuzzer entry point: arbitrary bytes as clients.json, through the whole pipeline.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // libFuzzer hands out unsigned bytes; the pipeline reads text.
    handover::fuzz::run_plan_pipeline(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
