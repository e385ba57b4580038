#include "handover/text_pool.hpp"

#include <algorithm>
#include <cstring>

namespace handover {

Text TextPool::intern(std::string_view text) {
    if (text.empty()) return {};
    if (const auto found = index_.find(text); found != index_.end()) return Text(*found);
    const Text stored = store(text);
    index_.insert(stored);
    return stored;
}

Text TextPool::store(std::string_view text) {
    if (text.empty()) return {};
    if (text.size() > left_) {
        // A text longer than a block (a long note) gets a block of its own size.
        const std::size_t size = std::max(k_block_bytes, text.size());
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
        next_ = blocks_.back().get();
        left_ = size;
    }
    char* at = next_;
    std::memcpy(at, text.data(), text.size());
    next_ += text.size();
    left_ -= text.size();
    bytes_ += text.size();
    return Text(std::string_view(at, text.size()));
}

}  // namespace handover
