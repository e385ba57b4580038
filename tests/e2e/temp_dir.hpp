#pragma once
// A private folder per test, removed with everything in it when the test ends.

#include <string>

namespace e2e {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }
    /// `path()/name`.
    std::string file(const std::string& name) const;

  private:
    std::string path_;
};

/// A copy of examples/ja-closing-deal.json as `clients.json` in `dir`, for the tests that
/// change the file (done, undo, events): the repository's example stays as it is.
std::string copy_of_example(const TempDir& dir);

}  // namespace e2e
