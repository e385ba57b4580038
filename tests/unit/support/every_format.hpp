#pragma once
// Every output format with every optional part switched on: for tests that must cover all
// that a renderer can write.

#include <vector>

#include "handover/render/render.hpp"

namespace handover::testing {

inline std::vector<RenderOptions> every_format_in_full() {
    std::vector<RenderOptions> all;
    for (const Format format :
         {Format::text, Format::markdown, Format::json, Format::ics, Format::csv, Format::crm}) {
        RenderOptions options;
        options.format = format;
        options.with_docs = true;
        options.with_drafts = true;
        all.push_back(options);
    }
    return all;
}

}  // namespace handover::testing
