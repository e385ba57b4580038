#pragma once
// splitmix64 (Steele, Lea, Flood 2014): its output is defined by its arithmetic alone, so
// one seed gives the same file with every compiler and standard library. The standard
// distributions (std::uniform_int_distribution, ...) are implementation-defined and would
// not.

#include <cstddef>
#include <cstdint>
#include <initializer_list>

namespace handover::bench {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n); the modulo bias is far below anything a benchmark can notice.
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

    /// Uniform in [lo, hi].
    int between(int lo, int hi) {
        return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1)));
    }

    /// Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

    /// An index drawn with the given relative weights.
    std::size_t weighted(std::initializer_list<double> weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = unit() * total;
        std::size_t i = 0;
        for (double w : weights) {
            if (x < w) return i;
            x -= w;
            ++i;
        }
        return weights.size() - 1;
    }

  private:
    std::uint64_t state_;
};

}  // namespace handover::bench
