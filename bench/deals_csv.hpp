#pragma once

#include <string>

#include "handover/input/model.hpp"

namespace handover::bench {

/// Writes the clients of `input` as a CRM's deals export would list them, for timing
/// `handover import`: a Salesforce-style CSV with one row per open deal or account and one
/// "Closed Won" row per history line, so a client is one to several rows.
std::string to_deals_csv(const Input& input);

}  // namespace handover::bench
