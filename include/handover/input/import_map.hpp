#pragma once
// The second half of `handover import` (docs/import.md): what the columns of an export
// mean, and its rows (one per deal or per company) made into clients. Headers are matched
// through a dictionary of Japanese and English synonyms, stages through a table of
// Salesforce, HubSpot and plain Japanese words; `--map` and `--stage` add to both.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/base/i18n.hpp"
#include "handover/input/import_table.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// What a column of an export can hold. The names are the `--map` names (`to_string`).
enum class ImportField : std::uint8_t {
    id,
    name,
    contact,
    salutation,
    decision_maker,
    stage,
    expected_close,
    value,
    relationship,
    preferred_method,
    change_averse,
    successor,
    deal_name,  ///< goes into a won or lost deal's history line
    handover_notes,
    notes,
};
std::string_view to_string(ImportField field);
std::optional<ImportField> import_field_from_string(std::string_view text);

/// One header of the dictionary: a column with this header (compared as import_header_key
/// does) feeds `field`. The table is printed in docs/import.md; a test keeps both equal.
struct HeaderSynonym {
    std::string_view header;
    ImportField field;
};
std::span<const HeaderSynonym> import_header_synonyms();
/// How headers are compared: full-width ASCII folded, ASCII letters in lower case, spaces,
/// `_` and `-` left out ("Close Date", "close_date", "ＣｌｏｓｅＤａｔｅ" -> "closedate").
std::string import_header_key(std::string_view header);

/// What a stage value of an export says: a SPEC stage, or a deal that is over.
enum class ImportStage : std::uint8_t {
    prospect,
    proposal,
    negotiation,
    closing,
    active,
    renewal,
    dormant,
    won,
    lost
};
std::string_view to_string(ImportStage stage);
/// A SPEC stage name, `won` or `lost`: what `--stage` accepts on the right of `=`.
std::optional<ImportStage> import_stage_from_string(std::string_view text);

/// One word of the stage table (Salesforce, HubSpot, plain Japanese and English, the SPEC's
/// own names), compared as import_stage_key does. Printed in docs/import.md.
struct StageWord {
    std::string_view word;
    ImportStage stage;
};
std::span<const StageWord> import_stage_words();
/// How stage values are compared: full-width ASCII folded, ASCII letters in lower case,
/// spaces, `-`, `_` and `/` left out ("Closed - Won", "closed_won" -> "closedwon").
std::string import_stage_key(std::string_view value);

/// One word a relationship, preferred_method or change_averse cell may hold, and the SPEC
/// value it stands for (`true`/`false` for change_averse). Compared as import_header_key
/// does. Printed in docs/import.md.
struct ValueWord {
    ImportField field;
    std::string_view word;
    std::string_view value;
};
std::span<const ValueWord> import_value_words();

/// How `12/08/2026` is read. `automatic`: from the other dates of the column, an error
/// when none of them decides.
enum class DateOrder : std::uint8_t { automatic, ymd, mdy, dmy };

struct MappingOptions {
    /// `--map "Header=field,..."`: header (exactly as in the file, trimmed) -> field name.
    std::vector<std::pair<std::string, std::string>> map;
    /// `--stage "value=stage,..."`: a stage value of the export -> a SPEC stage name, or
    /// `won` / `lost`.
    std::vector<std::pair<std::string, std::string>> stages;
    DateOrder date_order = DateOrder::automatic;
};

/// Which field each column feeds, for the report of `--dry-run` and the listing of the
/// columns that match nothing. A column whose header names a field an earlier column
/// already feeds (the first from the left, a `--map` column before all) is left out with
/// `field` empty and `same_as` set; handover_notes and notes take every column that names
/// them, each with `field` set.
struct ColumnMapping {
    std::size_t column = 0;  ///< 1-based
    std::string header;
    std::optional<ImportField> field;    ///< empty: left out (matched nothing, or see same_as)
    bool from_option = false;            ///< set by --map
    std::optional<std::size_t> same_as;  ///< the earlier column (1-based) that feeds the same field
};

/// A client made from one or more rows. Only what the export had is set: an empty
/// optional is a field to leave alone (in a new file: not written).
struct ImportedClient {
    std::string id;  ///< from an `id` column, else made from the name (see assign_ids)
    std::string name;
    std::optional<std::string> contact;
    std::optional<std::string> salutation;
    std::optional<std::string> decision_maker;
    std::optional<Stage> stage;
    std::optional<Day> expected_close;
    std::optional<double> value;
    std::optional<Relationship> relationship;
    std::optional<Method> preferred_method;
    std::optional<bool> change_averse;
    std::optional<std::string> successor;
    std::optional<std::string> handover_notes;
    std::optional<std::string> notes;
    /// Won and lost deals, oldest first: "2026-04 受注: 保守契約" / "2026-04 won: Support".
    std::vector<std::string> history;
    std::vector<std::size_t> lines;  ///< the rows it was made from
    bool id_from_export = false;     ///< the export had an `id` column with a value
};

struct ImportResult {
    std::vector<ColumnMapping> columns;
    std::vector<ImportedClient> clients;  ///< in the order of their first row
    std::size_t rows = 0;
    /// What the mapping did that the user should know and that is no error (rows left
    /// out, a column no row used, ...), each worded in the language asked for and naming
    /// its place; the command prints them under the column mapping.
    std::vector<std::string> notices;
    /// The currency the amounts name by sign or code (`$`, `£`, `€`, `¥`, `円`, `USD`...),
    /// when they all name the same one; none when they name none or several.
    std::optional<Currency> currency;
};

/// Maps a table. `lang` words errors and the history lines. Throws InputError (exit 2),
/// every Diagnostic placed with table_place(): no column that looks like a company name,
/// a `--map` or `--stage` entry that names no field or stage, an unknown stage value (with
/// the known values and a did-you-mean), an impossible or ambiguous date, an amount that
/// is not one, a relationship or method that is none of the SPEC's, two different ids for
/// one company.
ImportResult map_table(const Table& table, const MappingOptions& options, const std::string& file,
                       Lang lang);

/// A client already in the file an import merges into.
struct ExistingClient {
    std::string id;
    std::string name;
    std::size_t index = 0;  ///< position in the file's `clients` array
};

/// For each imported client, the existing client it updates (matched by id when the export
/// has one, then by name, compared as import_name_key does), or empty for a new client.
/// Then gives every new client without an id one that is unique among both lists: the
/// name in lower-case ASCII (`acme`, company suffixes such as "Inc." left out), or `c001`,
/// `c002`... for a name with no Latin letters, counting on from the highest `cNNN` used.
/// The same export gives the same ids every time. A match is a position in `existing` (not
/// its `index`); an existing client is matched by one imported client at most, and a matched
/// client without an id of its own from the export takes the existing client's id.
std::vector<std::optional<std::size_t>> match_and_assign_ids(
    std::span<ImportedClient> imported, std::span<const ExistingClient> existing);

/// Lines as the import lists them: runs of consecutive lines as one range, "4–41, 45"
/// (「4〜41、45」); after 10 ranges the rest as "...".
std::string line_ranges(std::span<const std::size_t> lines, Lang lang);

/// The key two company names are compared by: trimmed, runs of spaces, tabs and line breaks
/// as one space, ASCII and full-width Latin letters in lower case, full-width digits and
/// spaces as ASCII; the marks of a Japanese legal form left out wherever they stand
/// (株式会社, (株), （株）, ㈱, 有限会社, (有), ㈲, 合同会社, (同)), and English legal-form
/// words at the end (Inc, Ltd, Co., Ltd., LLC, Corp, Corporation, Co, KK, GmbH, plc,
/// Limited, with or without their dot and comma), unless nothing else is left:
/// "北工業(株)" and "北工業株式会社" are both "北工業", "ACME Co., Ltd." is "acme".
std::string import_name_key(std::string_view name);

/// The parsing of `--map` and `--stage` values: "a=b,c=d" -> pairs. A pair without `=`
/// is a UsageError naming it, with an example of the option (`option` is "--map" or
/// "--stage").
std::vector<std::pair<std::string, std::string>> parse_assignments(std::string_view text,
                                                                   std::string_view option,
                                                                   Lang lang);

}  // namespace handover
