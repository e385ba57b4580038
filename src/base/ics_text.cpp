#include "handover/base/ics_text.hpp"

#include "handover/base/utf8.hpp"

namespace handover::ics {
namespace {

constexpr std::string_view k_crlf = "\r\n";

bool is_forbidden_control(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20U && c != '\t') || u == 0x7FU;
}

}  // namespace

std::string escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case ';':
                out += "\\;";
                break;
            case ',':
                out += "\\,";
                break;
            case '\r':
                // CRLF is one break, not two.
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                if (!is_forbidden_control(c)) out += c;
                break;
        }
    }
    return out;
}

std::string fold_line(std::string_view line) {
    std::string out;
    out.reserve(line.size() + (line.size() / 70 + 1) * 3);
    // The first physical line holds 75 octets; each continuation spends one on the space.
    std::size_t room = k_max_line_octets;
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && is_utf8_continuation(line[cut])) --cut;
        // Only malformed UTF-8 (a run of continuation bytes) leaves nowhere to cut.
        if (cut == 0) cut = room;
        out.append(line.substr(0, cut));
        out.append(k_crlf);
        out += ' ';
        line.remove_prefix(cut);
        room = k_max_line_octets - 1;
    }
    out.append(line);
    out.append(k_crlf);
    return out;
}

std::string content_line(std::string_view name, std::string_view value) {
    std::string line;
    line.reserve(name.size() + 1 + value.size());
    line.append(name);
    line += ':';
    line.append(value);
    return fold_line(line);
}

std::string unfold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 2 < text.size() && text[i + 1] == '\n' &&
            (text[i + 2] == ' ' || text[i + 2] == '\t')) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::uint64_t fnv1a64(std::string_view data) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : data) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

}  // namespace handover::ics
