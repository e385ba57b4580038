#include "fixtures.hpp"

#include <algorithm>
#include <filesystem>

namespace e2e {

std::string source_file(std::string_view relative) {
    return std::string(HANDOVER_SOURCE_DIR) + "/" + std::string(relative);
}

std::string data_file(std::string_view relative) {
    return std::string(HANDOVER_TEST_DATA_DIR) + "/" + std::string(relative);
}

std::vector<std::string> json_files_in(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.find(".json") != std::string::npos) {
            files.push_back(entry.path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool has_escape(std::string_view text) {
    return text.find('\x1b') != std::string_view::npos;
}

}  // namespace e2e
