// FlatMap: a small open-addressing hash map for the runtime's side tables.
//
// libc++'s unordered_map costs a node allocation per entry and about 4 KB of
// code per wasm module (__next_prime, rehashing); the side tables (interned
// strs, UTF-8 indexes, side dicts) need only find, insert and erase.
// Linear probing with backward-shift deletion (no tombstones); the capacity
// is a power of two kept at most 3/4 full. Pointers to values are valid only
// until the next insertion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

namespace molt::rt {

/// Hash of a pointer key (the low bits are alignment: mixed in from above).
struct PtrKeyHash {
  size_t operator()(const void *p) const {
    uint64_t x = uint64_t(uintptr_t(p));
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return size_t(x);
  }
};

/// FNV-1a of a byte string.
struct BytesKeyHash {
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
      h = (h ^ c) * 1099511628211ull;
    return size_t(h);
  }
};

/// Open-addressing map from K to V (both trivially copyable).
template <class K, class V, class Hash> class FlatMap {
public:
  FlatMap() = default;
  FlatMap(const FlatMap &) = delete;
  FlatMap &operator=(const FlatMap &) = delete;
  ~FlatMap() { std::free(slots_); }

  /// The value of key, or nullptr.
  V *find(const K &key) {
    if (size_ == 0) return nullptr;
    for (size_t i = Hash()(key) & mask_;; i = (i + 1) & mask_) {
      if (!slots_[i].used) return nullptr;
      if (slots_[i].key == key) return &slots_[i].value;
    }
  }

  /// Sets key to value (inserting or replacing); false when out of memory.
  bool insert(const K &key, const V &value) {
    if ((size_ + 1) * 4 > capacity() * 3 && !grow()) return false;
    size_t i = Hash()(key) & mask_;
    while (slots_[i].used && !(slots_[i].key == key))
      i = (i + 1) & mask_;
    if (!slots_[i].used) ++size_;
    slots_[i] = Slot{key, value, true};
    return true;
  }

  /// Removes key; returns whether it was present.
  bool erase(const K &key) {
    if (size_ == 0) return false;
    size_t i = Hash()(key) & mask_;
    while (true) {
      if (!slots_[i].used) return false;
      if (slots_[i].key == key) break;
      i = (i + 1) & mask_;
    }
    // Backward shift: move later entries of the probe run into the hole
    // when their home slot is not between the hole and themselves.
    size_t hole = i;
    for (size_t j = (i + 1) & mask_; slots_[j].used; j = (j + 1) & mask_) {
      size_t home = Hash()(slots_[j].key) & mask_;
      if (((j - home) & mask_) >= ((j - hole) & mask_)) {
        slots_[hole] = slots_[j];
        hole = j;
      }
    }
    slots_[hole].used = false;
    --size_;
    return true;
  }

  /// Number of entries.
  size_t size() const { return size_; }

private:
  struct Slot {
    K key;
    V value;
    bool used;
  };

  size_t capacity() const { return slots_ ? mask_ + 1 : 0; }

  bool grow() {
    size_t cap = capacity() ? capacity() * 2 : 16;
    Slot *fresh = static_cast<Slot *>(std::calloc(cap, sizeof(Slot)));
    if (!fresh) return false;
    Slot *old = slots_;
    size_t oldCap = capacity();
    slots_ = fresh;
    mask_ = cap - 1;
    size_ = 0;
    for (size_t k = 0; k < oldCap; ++k)
      if (old[k].used) insert(old[k].key, old[k].value);
    std::free(old);
    return true;
  }

  Slot *slots_ = nullptr;
  size_t mask_ = 0;
  size_t size_ = 0;
};

} // namespace molt::rt
