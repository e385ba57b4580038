#pragma once
// What a JSON writer's caller writes, as one string, for tests of the writer and its users.

#include <string>

#include "handover/base/json_writer.hpp"
#include "handover/base/text_sink.hpp"

namespace handover::testing {

/// What `write(JsonObject&)` writes as a whole document (no final newline).
template <typename Write>
std::string object_text(Write&& write) {
    return collect([&](TextSink& sink) {
        BufferedSink out(sink);
        JsonObject object(out);
        write(object);
        object.close();
        out.finish();
    });
}

}  // namespace handover::testing
