#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace e2e {

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "handover-e2e-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = name.data();
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::file(const std::string& name) const {
    return path_ + "/" + name;
}

std::string copy_of_example(const TempDir& dir) {
    const std::string path = dir.file("clients.json");
    write_file(path, read_file(source_file("examples/ja-closing-deal.json")));
    return path;
}

}  // namespace e2e
