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

}  // namespace e2e
