// What every write path promises (docs/robustness.md, "Writing files"), tried on the real
// binary the way a script, a cron job or an attacker would: concurrent edits, links, pipes,
// devices, modes and owners, signals, long names, a full standard output.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

const std::string k_example = e2e::source_file("examples/en-team.json");

std::string client_id(int i) {
    char id[16];
    std::snprintf(id, sizeof id, "c%02d", i);
    return id;
}

/// A valid input with `count` clients c00, c01, ..., all ordinary active accounts.
std::string clients_file(int count) {
    std::string text =
        "{\n  \"version\": 1,\n  \"today\": \"2026-11-20\",\n  \"last_day\": \"2027-03-31\",\n"
        "  \"clients\": [\n";
    for (int i = 0; i < count; ++i) {
        text += "    {\"id\": \"" + client_id(i) + "\", \"name\": \"Client " + std::to_string(i) +
                "\", \"stage\": \"active\"}";
        text += i + 1 < count ? ",\n" : "\n";
    }
    return text + "  ]\n}\n";
}

/// Single quotes for /bin/sh.
std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

/// Runs a shell command line and returns its exit status.
int shell(const std::string& command) {
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const std::string& binary() {
    static const std::string path = HANDOVER_BINARY;
    return path;
}

/// Names in `folder` other than `keep`: what a write left behind.
std::vector<std::string> leftovers(const std::string& folder,
                                   const std::vector<std::string>& keep) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (std::find(keep.begin(), keep.end(), name) == keep.end()) found.push_back(name);
    }
    return found;
}

mode_t mode_of(const std::string& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

/// The umask for one scope: the binary inherits it.
class Umask {
  public:
    explicit Umask(mode_t mask) : previous_(::umask(mask)) {}
    ~Umask() { ::umask(previous_); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

  private:
    mode_t previous_;
};

/// Starts the binary in the background with its output thrown away; returns its pid.
pid_t start(const std::vector<std::string>& args) {
    std::vector<std::string> argv{binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (auto& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int failed =
        ::posix_spawn(&pid, binary().c_str(), &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(failed == 0);
    return pid;
}

/// Waits for `pid`; returns the signal that ended it, or 0 when it exited.
int wait_signal(pid_t pid) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
}

}  // namespace

TEST_CASE("safe writes: 50 concurrent done runs lose no entry") {
    e2e::TempDir dir;
    const std::string input = dir.file("race.json");
    constexpr int k_runs = 50;
    e2e::write_file(input, clients_file(k_runs));

    std::string script = "cd " + quoted(dir.path()) + " || exit 1; ";
    for (int i = 0; i < k_runs; ++i) {
        script += "( " + quoted(binary()) + " done race.json " + client_id(i) +
                  "/handover-doc --today 2026-11-20 >/dev/null 2>&1; echo $? > rc." + client_id(i) +
                  " ) & ";
    }
    script += "wait";
    REQUIRE(shell(script) == 0);

    const std::string after = e2e::read_file(input);
    for (int i = 0; i < k_runs; ++i) {
        INFO(client_id(i));
        CHECK(e2e::read_file(dir.file("rc." + client_id(i))) == "0\n");
        CHECK_THAT(after, Catch::Contains("\"" + client_id(i) + "/handover-doc\": \"2026-11-20\""));
    }
    const auto check = e2e::run_handover({"check", input});
    CHECK(check.exit_code == 0);
}

TEST_CASE("safe writes: concurrent done and undo take turns") {
    e2e::TempDir dir;
    const std::string input = dir.file("race.json");
    e2e::write_file(input, clients_file(10));
    REQUIRE(e2e::run_handover({"done", input, "c00/handover-doc", "c01/handover-doc"}).exit_code ==
            0);
    // Undo two entries while eight others are recorded: the end state is known exactly.
    std::string script;
    for (int i = 2; i < 10; ++i) {
        script += quoted(binary()) + " done " + quoted(input) + " " + client_id(i) +
                  "/handover-doc >/dev/null 2>&1 & ";
    }
    script += quoted(binary()) + " undo " + quoted(input) + " c00/handover-doc >/dev/null 2>&1 & ";
    script += quoted(binary()) + " undo " + quoted(input) + " c01/handover-doc >/dev/null 2>&1 & ";
    script += "wait";
    REQUIRE(shell(script) == 0);
    const std::string after = e2e::read_file(input);
    CHECK_THAT(after, !Catch::Contains("c00/handover-doc"));
    CHECK_THAT(after, !Catch::Contains("c01/handover-doc"));
    for (int i = 2; i < 10; ++i) CHECK_THAT(after, Catch::Contains(client_id(i) + "/handover-doc"));
}

TEST_CASE("safe writes: import --into takes turns with done and loses no entry or client") {
    e2e::TempDir dir;
    const std::string input = dir.file("race.json");
    e2e::write_file(input, clients_file(8));
    std::string script = "cd " + quoted(dir.path()) + " || exit 1; ";
    for (int i = 0; i < 8; ++i) {
        const std::string name = "Newco " + std::to_string(i);
        e2e::write_file(
            dir.file("export" + std::to_string(i) + ".csv"),
            "Company,Stage\n" + name + ",proposal\nClient " + std::to_string(i) + ",renewal\n");
        script += quoted(binary()) + " done race.json " + client_id(i) +
                  "/handover-doc --today 2026-11-20 >/dev/null 2>&1 & ";
        script += quoted(binary()) + " import export" + std::to_string(i) +
                  ".csv --into race.json --today 2026-11-20 >/dev/null 2>&1 & ";
    }
    script += "wait";
    REQUIRE(shell(script) == 0);
    const std::string after = e2e::read_file(input);
    for (int i = 0; i < 8; ++i) {
        INFO(i);
        CHECK_THAT(after, Catch::Contains("\"" + client_id(i) + "/handover-doc\": \"2026-11-20\""));
        CHECK_THAT(after, Catch::Contains("\"name\": \"Newco " + std::to_string(i) + "\""));
    }
    // Each import turned its existing client into a renewal, in place.
    CHECK(std::count_if(after.begin(), after.end(), [](char c) { return c == '\n'; }) > 16);
    std::size_t renewals = 0;
    for (auto at = after.find("\"renewal\""); at != std::string::npos;
         at = after.find("\"renewal\"", at + 1)) {
        ++renewals;
    }
    CHECK(renewals == 8);
    CHECK(e2e::run_handover({"check", input}).exit_code == 0);
}

TEST_CASE("safe writes: import --into keeps the mode, a link and the owner, refuses hard links") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, clients_file(2));
    ::chmod(input.c_str(), 0640);
    const bool root = ::geteuid() == 0;
    if (root) REQUIRE(::chown(input.c_str(), 65534, 65533) == 0);
    fs::create_symlink("clients.json", dir.file("link.json"));
    const std::string export_file = dir.file("crm.csv");
    e2e::write_file(export_file, "Company,Stage\nNewco,proposal\n");

    const auto run = e2e::run_handover({"import", export_file, "--into", dir.file("link.json")});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(fs::is_symlink(dir.file("link.json")));
    CHECK_THAT(e2e::read_file(input), Catch::Contains("\"name\": \"Newco\""));
    CHECK(mode_of(input) == 0640);
    if (root) {
        struct stat info {};
        REQUIRE(::stat(input.c_str(), &info) == 0);
        CHECK(info.st_uid == 65534);
        CHECK(info.st_gid == 65533);
    }
    CHECK(leftovers(dir.path(), {"clients.json", "link.json", "crm.csv"}).empty());

    const std::string before = e2e::read_file(input);
    fs::create_hard_link(input, dir.file("backup.json"));
    e2e::write_file(export_file, "Company,Stage\nOther,proposal\n");
    const auto linked = e2e::run_handover({"import", export_file, "--into", input});
    CHECK(linked.exit_code == 3);
    CHECK(e2e::read_file(input) == before);
    CHECK(fs::hard_link_count(input) == 2);
}

TEST_CASE("safe writes: a FIFO as -o target is fed, not replaced") {
    e2e::TempDir dir;
    const std::string fifo = dir.file("plan.pipe");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto expected = e2e::run_handover({"plan", k_example, "--format", "markdown"});
    REQUIRE(expected.out.size() < 65536);  // fits the pipe's buffer: no second reader needed
    // The reader is there first, as with `cat plan.pipe &`; opened without blocking so that
    // a binary that replaced the FIFO fails this test instead of hanging it.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    const auto result = e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", fifo});
    std::string received;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(reader, buffer, sizeof buffer)) > 0)
        received.append(buffer, static_cast<std::size_t>(n));
    ::close(reader);
    CHECK(result.exit_code == expected.exit_code);
    CHECK(received == expected.out);
    CHECK(fs::is_fifo(fifo));
    CHECK(leftovers(dir.path(), {"plan.pipe"}).empty());
}

TEST_CASE("safe writes: -o through a symbolic link writes its target and keeps the link") {
    e2e::TempDir dir;
    const std::string real = dir.file("real.md");
    e2e::write_file(real, "old\n");
    fs::create_symlink("real.md", dir.file("link.md"));  // relative, as people make them
    fs::create_symlink(dir.file("link.md"), dir.file("chain.md"));

    const auto expected = e2e::run_handover({"plan", k_example, "--format", "markdown"});
    const auto result =
        e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", dir.file("chain.md")});
    CHECK(result.exit_code == expected.exit_code);
    CHECK(fs::is_symlink(dir.file("chain.md")));
    CHECK(fs::is_symlink(dir.file("link.md")));
    CHECK(fs::read_symlink(dir.file("link.md")) == "real.md");
    CHECK(e2e::read_file(real) == expected.out);

    // A dangling link creates the file it names.
    fs::create_symlink("new.md", dir.file("dangling.md"));
    CHECK(e2e::run_handover(
              {"plan", k_example, "--format", "markdown", "-o", dir.file("dangling.md")})
              .exit_code == expected.exit_code);
    CHECK(fs::is_symlink(dir.file("dangling.md")));
    CHECK(e2e::read_file(dir.file("new.md")) == expected.out);
    CHECK(
        leftovers(dir.path(), {"real.md", "link.md", "chain.md", "dangling.md", "new.md"}).empty());

    // A loop of links is an error that names the path, and nothing is written.
    fs::create_symlink("loop-b", dir.file("loop-a"));
    fs::create_symlink("loop-a", dir.file("loop-b"));
    const auto loop = e2e::run_handover({"plan", k_example, "-o", dir.file("loop-a")});
    CHECK(loop.exit_code == 3);
    CHECK_THAT(loop.err, Catch::Contains("loop-a"));
}

TEST_CASE("safe writes: /dev/fd/1 and /proc/self/fd/1 as -o target reach standard output") {
    // Not /dev/stdout or /dev/null themselves: a binary that got this wrong, run as root,
    // would replace the machine's own nodes. These paths fail harmlessly instead.
    const auto expected = e2e::run_handover({"plan", k_example, "--format", "csv"});
    for (const auto* path : {"/dev/fd/1", "/proc/self/fd/1"}) {
        INFO(path);
        const auto result = e2e::run_handover({"plan", k_example, "--format", "csv", "-o", path});
        CHECK(result.exit_code == expected.exit_code);
        CHECK(result.out == expected.out);
    }
}

TEST_CASE("safe writes: a device node made with mknod stays a device") {
    if (::geteuid() != 0) {
        WARN("needs root to make a device node");
        return;
    }
    e2e::TempDir dir;
    const std::string device = dir.file("null-device");
    REQUIRE(::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);  // like /dev/null
    const auto result = e2e::run_handover({"plan", k_example, "-o", device});
    CHECK(result.exit_code <= 1);
    CHECK(fs::is_character_file(device));
}

TEST_CASE("safe writes: a new file gets 0666 less the umask, a replaced one keeps its mode") {
    e2e::TempDir dir;
    {
        const Umask mask(022);
        const std::string file = dir.file("open.md");
        REQUIRE(
            e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", file}).exit_code <=
            1);
        CHECK(mode_of(file) == 0644);
    }
    {
        const Umask mask(077);
        const std::string file = dir.file("private.md");
        REQUIRE(
            e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", file}).exit_code <=
            1);
        CHECK(mode_of(file) == 0600);

        // Replacing keeps the mode the user gave, whatever the umask.
        const std::string shared = dir.file("shared.md");
        e2e::write_file(shared, "old\n");
        ::chmod(shared.c_str(), 0664);
        REQUIRE(e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", shared})
                    .exit_code <= 1);
        CHECK(mode_of(shared) == 0664);
    }
    // done keeps the input's mode.
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, clients_file(2));
    ::chmod(input.c_str(), 0640);
    REQUIRE(e2e::run_handover({"done", input, "c00/handover-doc"}).exit_code == 0);
    CHECK(mode_of(input) == 0640);
}

TEST_CASE("safe writes: root rewriting another user's file keeps its owner and group") {
    if (::geteuid() != 0) {
        WARN("needs root to own a file as another user");
        return;
    }
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    const std::string output = dir.file("plan.md");
    e2e::write_file(input, clients_file(2));
    e2e::write_file(output, "old\n");
    for (const auto& path : {input, output}) REQUIRE(::chown(path.c_str(), 65534, 65533) == 0);

    REQUIRE(e2e::run_handover({"done", input, "c00/handover-doc"}).exit_code == 0);
    REQUIRE(e2e::run_handover({"plan", input, "--format", "markdown", "-o", output}).exit_code <=
            1);
    for (const auto& path : {input, output}) {
        INFO(path);
        struct stat info {};
        REQUIRE(::stat(path.c_str(), &info) == 0);
        CHECK(info.st_uid == 65534);
        CHECK(info.st_gid == 65533);
    }
    CHECK_THAT(e2e::read_file(input), Catch::Contains("c00/handover-doc"));
}

TEST_CASE("safe writes: a hard-linked file is refused, never split") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    const std::string original = clients_file(2);
    e2e::write_file(input, original);
    fs::create_hard_link(input, dir.file("backup.json"));

    for (const auto* lang : {"en", "ja"}) {
        const auto done = e2e::run_handover({"done", input, "c00/handover-doc", "--lang", lang});
        CHECK(done.exit_code == 3);
        CHECK(e2e::read_file(input) == original);
        CHECK(fs::hard_link_count(input) == 2);
        CHECK_THAT(done.err,
                   Catch::Contains(std::string(lang) == "en" ? "hard links" : "ハードリンク"));
    }

    const std::string output = dir.file("plan.md");
    e2e::write_file(output, "old\n");
    fs::create_hard_link(output, dir.file("plan-copy.md"));
    const auto plan = e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", output});
    CHECK(plan.exit_code == 3);
    CHECK(e2e::read_file(output) == "old\n");
    CHECK(fs::hard_link_count(output) == 2);
}

TEST_CASE("safe writes: a signal during -o or done leaves no temporary file and the old file") {
    e2e::TempDir dir;
    // 20,000 clients: planning takes a moment and the JSON plan is large, so signals sent
    // at fractions of an undisturbed run's time land while the output is being written.
    const std::string input = dir.file("clients.json");
    std::string big =
        "{\n  \"version\": 1,\n  \"today\": \"2026-11-20\",\n"
        "  \"last_day\": \"2027-03-31\",\n  \"clients\": [\n";
    constexpr int k_clients = 20000;
    for (int i = 0; i < k_clients; ++i) {
        big += "    {\"id\": \"k" + std::to_string(i) + "\", \"name\": \"Client " +
               std::to_string(i) + "\", \"stage\": \"active\"}";
        big += i + 1 < k_clients ? ",\n" : "\n";
    }
    big += "  ]\n}\n";
    e2e::write_file(input, big);
    const std::string output = dir.file("plan.json");
    const std::vector<std::string> plan_args{"plan", input, "--format", "json", "-o", output};
    const std::vector<std::string> done_args{"done", input, "k1/handover-doc"};

    const auto timed = [](const std::vector<std::string>& args) {
        const auto begin = std::chrono::steady_clock::now();
        REQUIRE(wait_signal(start(args)) == 0);
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - begin);
    };
    const auto plan_time = timed(plan_args);
    const std::string complete = e2e::read_file(output);
    REQUIRE(complete.ends_with("}\n"));

    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        for (const int percent : {40, 60, 75, 90}) {
            INFO("signal " << signal_number << " at " << percent << "% of " << plan_time.count()
                           << " ms");
            e2e::write_file(output, "old\n");
            const pid_t plan = start(plan_args);
            std::this_thread::sleep_for(plan_time * percent / 100);
            ::kill(plan, signal_number);
            const int ended_by = wait_signal(plan);
            CHECK((ended_by == signal_number || ended_by == 0));
            const std::string now = e2e::read_file(output);
            CHECK((now == "old\n" || now == complete));
            CHECK(leftovers(dir.path(), {"clients.json", "plan.json"}).empty());
        }
    }
    const auto done_time = timed(done_args);
    REQUIRE(e2e::run_handover({"undo", input, "k1/handover-doc"}).exit_code == 0);
    for (const int percent : {50, 80, 95}) {
        INFO("SIGTERM to done at " << percent << "% of " << done_time.count() << " ms");
        const pid_t done = start(done_args);
        std::this_thread::sleep_for(done_time * percent / 100);
        ::kill(done, SIGTERM);
        const int ended_by = wait_signal(done);
        CHECK((ended_by == SIGTERM || ended_by == 0));
        CHECK(leftovers(dir.path(), {"clients.json", "plan.json"}).empty());
        // Every client is still there, whether or not the entry got in.
        CHECK_THAT(e2e::read_file(input), Catch::Contains("\"k19999\""));
    }
}

TEST_CASE("safe writes: a file name of NAME_MAX bytes works with -o and done") {
    e2e::TempDir dir;
    const long name_max = ::pathconf(dir.path().c_str(), _PC_NAME_MAX);
    REQUIRE(name_max > 10);
    const std::string long_output =
        dir.file(std::string(static_cast<std::size_t>(name_max) - 3, 'p') + ".md");
    const auto plan =
        e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", long_output});
    CHECK(plan.exit_code <= 1);
    CHECK(fs::file_size(long_output) > 0);

    const std::string long_input =
        dir.file(std::string(static_cast<std::size_t>(name_max) - 5, 'c') + ".json");
    e2e::write_file(long_input, clients_file(2));
    const auto done = e2e::run_handover({"done", long_input, "c01/handover-doc"});
    CHECK(done.exit_code == 0);
    CHECK_THAT(e2e::read_file(long_input), Catch::Contains("c01/handover-doc"));
    CHECK(leftovers(dir.path(), {fs::path(long_output).filename().string(),
                                 fs::path(long_input).filename().string()})
              .empty());
}

TEST_CASE("safe writes: -o \"\" is a usage error, not standard output") {
    e2e::TempDir dir;
    for (const auto* command : {"plan", "drafts", "init", "schema"}) {
        INFO(command);
        std::vector<std::string> args{command};
        if (std::string(command) == "plan" || std::string(command) == "drafts")
            args.push_back(k_example);
        args.push_back("-o");
        args.push_back("");
        e2e::RunOptions options;
        options.cwd = dir.path();
        const auto en = e2e::run_handover(args, options);
        CHECK(en.exit_code == 2);
        CHECK(en.out.empty());
        CHECK_THAT(en.err, Catch::Contains("-o needs a file name"));
    }
    const auto ja = e2e::run_handover({"plan", k_example, "-o", "", "--lang", "ja"});
    CHECK(ja.exit_code == 2);
    CHECK_THAT(ja.err, Catch::Contains("ファイル名をご指定ください"));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("safe writes: done with a full standard output still reports the change, exit 0") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, clients_file(2));
    const std::string err = dir.file("err.txt");
    const int status = shell(quoted(binary()) + " done " + quoted(input) +
                             " c00/handover-doc --lang en >/dev/full 2>" + quoted(err));
    CHECK(status == 0);
    CHECK_THAT(e2e::read_file(input), Catch::Contains("c00/handover-doc"));
    const std::string said = e2e::read_file(err);
    CHECK_THAT(said, Catch::Contains("c00/handover-doc"));
    CHECK_THAT(said, Catch::Contains("the changes above were saved to"));

    // Nothing to change: the failure to print is the only news, and the file is as it was.
    const std::string before = e2e::read_file(input);
    const int again =
        shell(quoted(binary()) + " done " + quoted(input) +
              " c00/handover-doc --on 2026-11-20 --today 2026-11-20 >/dev/full 2>/dev/null");
    CHECK(again == 3);
    CHECK(e2e::read_file(input) == before);
}
