#include "deals_csv.hpp"

#include <fmt/format.h>

#include <cmath>

#include "handover/base/csv_text.hpp"
#include "handover/base/dates.hpp"

namespace handover::bench {
namespace {

/// Salesforce's standard stage names for the SPEC's stages; the account stages are what
/// a report says of an account's last deal.
std::string_view stage_label(Stage stage) {
    switch (stage) {
        case Stage::prospect:
            return "Prospecting";
        case Stage::proposal:
            return "Proposal/Price Quote";
        case Stage::negotiation:
            return "Negotiation/Review";
        case Stage::closing:
            return "Contract Sent";
        case Stage::active:
        case Stage::renewal:
            return "Closed Won";
        case Stage::dormant:
            return "Closed Lost";
    }
    return "Prospecting";
}

}  // namespace

std::string to_deals_csv(const Input& input) {
    std::string out = "Account Name,Opportunity Name,Stage,Close Date,Amount,Contact Name\r\n";
    const auto row = [&](const Client& client, std::string_view deal, std::string_view stage,
                         const std::optional<Day>& close, double amount) {
        out += fmt::format("{},{},{},{},{:.0f},{}\r\n", csv::quote(client.name), csv::quote(deal),
                           csv::quote(stage), close ? format_iso(*close) : "", std::round(amount),
                           csv::quote(client.contact));
    };
    for (const Client& client : input.clients) {
        row(client, fmt::format("{} {}", client.name, to_string(client.stage)),
            stage_label(client.stage), client.expected_close, client.value);
        for (const auto& line : client.history) {
            row(client, line, "Closed Won", input.today - date::days{400}, client.value / 4);
        }
    }
    return out;
}

}  // namespace handover::bench
