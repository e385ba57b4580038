#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "handover/base/i18n.hpp"

namespace handover {

/// One problem found in an input file, addressed by JSON pointer.
struct Diagnostic {
    std::string pointer;     ///< JSON pointer such as `/clients/3/stage`; empty for the whole file
    std::string client_id;   ///< the client concerned, when known
    std::string message;     ///< what is wrong, and what was expected
    std::string suggestion;  ///< a did-you-mean, or empty
};

/// Formats `FILE: /pointer (client "id"): message; did you mean "x"?` in the chosen language.
std::string format_diagnostic(const std::string& file, const Diagnostic& diagnostic, Lang lang);

/// Raised at the input boundary with every problem the validator found.
class InputError : public std::runtime_error {
  public:
    InputError(std::string file, std::vector<Diagnostic> diagnostics);
    const std::string& file() const { return file_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    /// All diagnostics, one per line.
    std::string describe(Lang lang) const;

  private:
    std::string file_;
    std::vector<Diagnostic> diagnostics_;
};

/// A usage error (bad flag value, unknown task id...). Exit code 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// An output that could not be written. Exit code 3.
class OutputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace handover
