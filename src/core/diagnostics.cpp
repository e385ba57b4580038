#include "handover/diagnostics.hpp"

#include <fmt/format.h>

namespace handover {

std::string format_diagnostic(const std::string& file, const Diagnostic& diagnostic, Lang lang) {
    std::string out = file;
    out += ": ";
    if (!diagnostic.pointer.empty()) {
        out += diagnostic.pointer;
        out += ' ';
    }
    if (!diagnostic.client_id.empty()) {
        out += trf(lang, "diag.client", fmt::arg("id", diagnostic.client_id));
        out += ' ';
    }
    // `FILE: /pointer (client "id"): message`, or `FILE: message` for the whole file.
    if (out.ends_with(": ")) {
        out.resize(out.size() - 2);
    } else if (out.back() == ' ') {
        out.pop_back();
    }
    out += ": ";
    out += diagnostic.message;
    if (!diagnostic.suggestion.empty()) {
        out += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", diagnostic.suggestion));
    }
    return out;
}

InputError::InputError(std::string file, std::vector<Diagnostic> diagnostics)
    : std::runtime_error(
          diagnostics.empty() ? file : format_diagnostic(file, diagnostics.front(), Lang::en)),
      file_(std::move(file)),
      diagnostics_(std::move(diagnostics)) {}

std::string InputError::describe(Lang lang) const {
    std::string out;
    for (const auto& diagnostic : diagnostics_) {
        out += format_diagnostic(file_, diagnostic, lang);
        out += '\n';
    }
    return out;
}

}  // namespace handover
