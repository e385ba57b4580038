#pragma once
// What `handover import` writes of a client it read from an export (import_map.hpp).

#include <vector>

#include "handover/input/import_map.hpp"
#include "handover/input/model.hpp"
#include "handover/progress/clients_edit.hpp"

namespace handover {

/// The members of `client` as clients.json stores them, each value as JSON text on one
/// line, in the order of the starter's example client. Without `existing` (a new client):
/// `id`, `name`, `stage` (`active` when the export gives none: a list without stages is a
/// list of customers) and every field the export had. With `existing` (the client of the
/// file it updates): only the fields whose value differs; `history`, `handover_notes` and
/// `notes` as the file's own lines followed by the export's lines the file does not have
/// yet (never fewer: those are the user's words); `contact` only when it names another
/// person than the file's, compared without an honorific (様, さん, Mr.) and taking the
/// file's surname alone (「北村 様」) for the export's full name (北村 一郎); `name` only when
/// the client was matched by an export id and the name changed. Empty: nothing to change.
std::vector<MemberText> client_members(const ImportedClient& client, const Client* existing);

}  // namespace handover
