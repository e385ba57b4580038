// The field table (input_fields.hpp) walked: every field by its dotted path, and the
// descriptions of the fields that the schema and the starter file show.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/input/input_fields.hpp"
#include "handover/input/model_labels.hpp"

namespace handover {
namespace input_fields {
namespace {

struct Walk {
    std::vector<std::unique_ptr<std::string>> paths;  ///< stable storage for the views
    std::vector<PathField> fields;

    void add(std::string path, const Field& field) {
        paths.push_back(std::make_unique<std::string>(std::move(path)));
        fields.push_back({*paths.back(), &field});
    }

    void members(const Object& object, const std::string& prefix) {
        for (const Field& field : object.fields) {
            const std::string path =
                prefix.empty() ? std::string(field.key) : prefix + "." + std::string(field.key);
            add(path, field);
            if (field.object) members(*field.object, path);
        }
    }
};

const Walk& walk() {
    static const Walk table = [] {
        Walk w;
        w.add("root", k_document);
        w.members(k_root, "");
        return w;
    }();
    return table;
}

}  // namespace

std::span<const PathField> all_fields() {
    return walk().fields;
}

const Field* find_field(std::string_view path) {
    for (const PathField& entry : all_fields()) {
        if (entry.path == path) return entry.field;
    }
    return nullptr;
}

}  // namespace input_fields

std::string_view field_description(Lang lang, std::string_view path) {
    const input_fields::Field* field = input_fields::find_field(path);
    if (field == nullptr) {
        throw std::logic_error("no description for the field " + std::string(path));
    }
    const std::string_view key = field->description;
    return tr(lang, key);
}

}  // namespace handover
