#pragma once

#include <string>

#include "handover/input/model.hpp"

namespace handover::bench {

/// Writes `input` as a `clients.json` (format version 1) that `handover` reads back into
/// the same model. One client per line: a pretty-printed file of 100,000 clients would
/// pass the 64 MiB input limit, and many real exports look like this anyway.
std::string to_clients_json(const Input& input);

}  // namespace handover::bench
