// A bump allocator for objects that are freed all at once (AST, tokens' text).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace molt {

/// Bump allocator; everything it hands out lives until the Arena is destroyed.
class Arena {
public:
  Arena() = default;
  Arena(const Arena &) = delete;
  Arena &operator=(const Arena &) = delete;
  ~Arena() {
    for (void *b : blocks_) std::free(b);
  }

  /// Returns size bytes aligned to align.
  void *allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t p = (cur_ + align - 1) & ~(align - 1);
    if (p + size > end_) {
      grow(size + align);
      p = (cur_ + align - 1) & ~(align - 1);
    }
    cur_ = p + size;
    return reinterpret_cast<void *>(p);
  }

  /// Default-constructs a trivially destructible T.
  template <typename T> T *create() {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T();
  }

  /// Allocates an uninitialized array of n trivially destructible T.
  template <typename T> T *allocArray(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T *>(allocate(sizeof(T) * n, alignof(T)));
  }

  /// Copies s into the arena.
  std::string_view copy(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char *p = static_cast<char *>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

private:
  void grow(size_t atLeast) {
    size_t size = atLeast > kBlock ? atLeast : kBlock;
    void *b = std::malloc(size);
    if (!b) std::abort();
    blocks_.push_back(b);
    cur_ = reinterpret_cast<size_t>(b);
    end_ = cur_ + size;
  }
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<void *> blocks_;
  size_t cur_ = 0, end_ = 0;
};

} // namespace molt
