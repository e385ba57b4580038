#pragma once
// Large results that live until the process ends are not freed piece by piece: at 100,000
// clients, destroying the input and the plan (millions of small allocations) takes about a
// second, as long as writing the whole JSON plan, while the operating system takes the
// memory back at exit in no time. Compilers make the same choice for their syntax trees.
//
// The objects stay reachable from a static registry, so leak checkers (LeakSanitizer,
// valgrind's definite and indirect leaks) do not report them, and nothing else changes:
// the memory is simply never reused, which a command that is about to exit does not need.

#include <memory>
#include <utility>

namespace handover::cli {

namespace detail {
void keep(std::shared_ptr<const void> object);
}

/// Moves `object` into storage that is released only by the end of the process.
template <typename T>
const T& keep_until_exit(T&& object) {
    auto kept = std::make_shared<const T>(std::forward<T>(object));
    const T& ref = *kept;
    detail::keep(std::move(kept));
    return ref;
}

}  // namespace handover::cli
