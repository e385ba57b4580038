#include "handover/base/diagnostics.hpp"

#include <fmt/format.h>

#include "handover/base/terminal_text.hpp"

namespace handover {

// Every part can hold text from the input (a file name, a JSON key, a client id, a value
// quoted in the message), so each is escaped for the terminal the line is printed on.
std::string format_diagnostic(const std::string& file, const Diagnostic& diagnostic, Lang lang) {
    std::string out = terminal_text(file);
    out += ": ";
    if (!diagnostic.pointer.empty()) {
        out += terminal_text(diagnostic.pointer);
        out += ' ';
    }
    if (!diagnostic.client_id.empty()) {
        out += trf(lang, "diag.client", fmt::arg("id", terminal_text(diagnostic.client_id)));
        out += ' ';
    }
    // `FILE: /pointer (client "id"): message`, or `FILE: message` for the whole file.
    if (out.ends_with(": ")) {
        out.resize(out.size() - 2);
    } else if (out.back() == ' ') {
        out.pop_back();
    }
    out += ": ";
    out += terminal_text(diagnostic.message);
    if (!diagnostic.suggestion.empty()) {
        out += trf(lang, "diag.did_you_mean",
                   fmt::arg("suggestion", terminal_text(diagnostic.suggestion)));
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
