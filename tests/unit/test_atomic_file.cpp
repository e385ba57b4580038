#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "handover/atomic_write.hpp"
#include "handover/diagnostics.hpp"

namespace {

namespace fs = std::filesystem;

/// A fresh folder for one test, removed at the end.
class Folder {
  public:
    Folder()
        : path_(fs::temp_directory_path() / ("handover-atomic-" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~Folder() { fs::remove_all(path_); }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }
    std::size_t entries() const {
        return static_cast<std::size_t>(
            std::distance(fs::directory_iterator(path_), fs::directory_iterator()));
    }

  private:
    fs::path path_;
};

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void put(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("atomic file: pieces written and committed make up the whole file") {
    const Folder folder;
    const std::string target = folder.file("plan.json");
    put(target, "old");
    {
        handover::AtomicFile file(target);
        file.write("{\"a\": ");
        file.write("1}");
        CHECK(contents(target) == "old");  // nothing visible before the commit
        file.commit();
    }
    CHECK(contents(target) == "{\"a\": 1}");
    CHECK(folder.entries() == 1);  // no temporary file left behind
}

TEST_CASE("atomic file: without a commit the target is untouched and nothing is left") {
    const Folder folder;
    const std::string target = folder.file("plan.json");
    put(target, "old");
    {
        handover::AtomicFile file(target);
        file.write("half of a new pl");
    }
    CHECK(contents(target) == "old");
    CHECK(folder.entries() == 1);

    const std::string fresh = folder.file("new.json");
    {
        handover::AtomicFile file(fresh);
        file.write("x");
    }
    CHECK_FALSE(fs::exists(fresh));
}

TEST_CASE("atomic file: a folder as target is refused before anything is written") {
    const Folder folder;
    fs::create_directories(folder.file("sub"));
    CHECK_THROWS_AS(handover::AtomicFile(folder.file("sub")), handover::OutputError);
}
