#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "handover/base/atomic_write.hpp"
#include "handover/base/diagnostics.hpp"

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

TEST_CASE("atomic file: a replaced file keeps its mode; a new one gets 0666 less the umask") {
    const Folder folder;
    const std::string kept = folder.file("kept.md");
    put(kept, "old");
    ::chmod(kept.c_str(), 0604);
    handover::write_file_atomically(kept, "new");
    struct stat info {};
    REQUIRE(::stat(kept.c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0604);

    const mode_t previous = ::umask(027);
    handover::write_file_atomically(folder.file("fresh.md"), "x");
    ::umask(previous);
    REQUIRE(::stat(folder.file("fresh.md").c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0640);
}

TEST_CASE("atomic file: nothing is named in the folder until the commit") {
    const Folder folder;
    const std::string target = folder.file("plan.md");
    handover::AtomicFile file(target);
    file.write("content");
    // An unnamed file (O_TMPFILE, which ext4, xfs, btrfs and tmpfs offer): a kill at this
    // point leaves nothing behind.
    CHECK(folder.entries() == 0);
    file.commit();
    CHECK(folder.entries() == 1);
    CHECK(contents(target) == "content");
}

TEST_CASE("atomic file: symbolic links are followed and stay links") {
    const Folder folder;
    put(folder.file("real.md"), "old");
    fs::create_symlink("real.md", folder.file("link.md"));
    CHECK(handover::resolve_symlinks(folder.file("link.md")) == folder.file("real.md"));
    CHECK(handover::resolve_symlinks(folder.file("real.md")) == folder.file("real.md"));
    CHECK(handover::resolve_symlinks(folder.file("missing.md")) == folder.file("missing.md"));

    handover::AtomicFile file(folder.file("link.md"));
    CHECK(file.target() == folder.file("real.md"));
    CHECK_FALSE(file.in_place());
    file.write("new");
    file.commit();
    CHECK(fs::is_symlink(folder.file("link.md")));
    CHECK(contents(folder.file("real.md")) == "new");

    fs::create_symlink("loop-b", folder.file("loop-a"));
    fs::create_symlink("loop-a", folder.file("loop-b"));
    CHECK_THROWS_AS(handover::resolve_symlinks(folder.file("loop-a")), handover::OutputError);
}

TEST_CASE("atomic file: paths under /dev and /proc and FIFOs are written in place") {
    const handover::AtomicFile null_device("/dev/null");
    CHECK(null_device.in_place());
    CHECK(handover::resolve_symlinks("/dev/stdout") == "/dev/stdout");

    const Folder folder;
    const std::string fifo = folder.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opened for reading too, so that opening it for writing does not wait for a reader.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    {
        handover::AtomicFile file(fifo);
        CHECK(file.in_place());
        file.write("through the pipe");
        file.commit();
    }
    char buffer[64] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 16);
    CHECK(std::string(buffer) == "through the pipe");
    ::close(reader);
    CHECK(fs::is_fifo(fifo));
}

TEST_CASE("atomic file: a file with a second hard link is refused") {
    const Folder folder;
    put(folder.file("a.md"), "old");
    CHECK(handover::hard_link_count(folder.file("a.md")) == 1);
    CHECK(handover::hard_link_count(folder.file("none.md")) == 0);
    fs::create_hard_link(folder.file("a.md"), folder.file("b.md"));
    CHECK(handover::hard_link_count(folder.file("a.md")) == 2);
    CHECK_THROWS_AS(handover::AtomicFile(folder.file("a.md")), handover::OutputError);
    CHECK(contents(folder.file("b.md")) == "old");
}

TEST_CASE("edit lock: one holder at a time, and a replaced file is locked anew") {
    using handover::EditLock;
    using namespace std::chrono_literals;
    const Folder folder;
    const std::string path = folder.file("clients.json");
    put(path, "{}");

    {
        const EditLock first(path, 0ms);
        REQUIRE(first.outcome() == EditLock::Outcome::locked);
        CHECK(first.links() == 1);
        const EditLock second(path, 30ms);
        CHECK(second.outcome() == EditLock::Outcome::busy);
    }
    const EditLock again(path, 0ms);
    CHECK(again.outcome() == EditLock::Outcome::locked);

    // The holder replaces the file: a newcomer locks the new file, not the old one.
    handover::write_file_atomically(path, "{\"new\": 1}");
    const EditLock newcomer(path, 0ms);
    CHECK(newcomer.outcome() == EditLock::Outcome::locked);

    CHECK(EditLock(folder.file("missing.json"), 0ms).outcome() == EditLock::Outcome::unopenable);
    const std::string fifo = folder.file("pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(EditLock(fifo, 0ms).outcome() == EditLock::Outcome::not_regular);
    fs::create_symlink("clients.json", folder.file("link.json"));
    CHECK(EditLock(folder.file("link.json"), 10ms).target() == path);
}
