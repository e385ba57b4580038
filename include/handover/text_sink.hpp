#pragma once

#include <string>
#include <string_view>

namespace handover {

/// Where a renderer writes its text, piece by piece and in order. Large plans are written
/// in chunks so that the whole output never has to exist in memory at once.
class TextSink {
  public:
    TextSink() = default;
    TextSink(const TextSink&) = delete;
    TextSink& operator=(const TextSink&) = delete;
    virtual ~TextSink() = default;

    /// Appends `text`; throws OutputError when it cannot be written.
    virtual void write(std::string_view text) = 0;
};

/// Collects everything into one string (tests, and callers that need the text).
class StringSink final : public TextSink {
  public:
    explicit StringSink(std::string& out) : out_(out) {}
    void write(std::string_view text) override { out_.append(text); }

  private:
    std::string& out_;
};

}  // namespace handover
