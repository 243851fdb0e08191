// Insertion-ordered compact hash table for dict, with CPython 3.12's sizing
// policy (observed behaviour and documentation; no CPython code copied):
//   * an index table of 2**k slots (k >= 3) holding 1, 2, 4 or 8-byte signed
//     entry numbers (1 byte while k < 8, 2 while k < 16, 4 while k < 32),
//     -1 = empty, -2 = dummy (deleted);
//   * a dense entries array (hash, key, value) of usable = 2*size/3 slots,
//     filled in insertion order; deleting leaves a hole in the entries and a
//     dummy in the index, and does not give the slot back;
//   * when an insertion finds no usable slot left, the table is rebuilt for
//     3*len(d) items: the smallest power of two >= max(8, 3*used); rebuilding
//     compacts the entries (holes removed, order kept);
//   * probing: i = h & mask, then perturb >>= 5; i = (5*i + perturb + 1) & mask
//     with perturb starting as (size_t)h; new keys take the first empty or
//     dummy index slot on their probe path.
//   * popitem removes the last entry and shrinks the entry count (LIFO).
//
// Iteration order = insertion order (a re-inserted value keeps its place;
// delete + insert moves the key to the end).
//
// Generic over K and V (copied/moved in) and a fallible equality callback
//     int eq(const K &stored, const K &probe)  -> 1 equal, 0 not, < 0 error
// called only for equal hashes. If eq mutates the dict, the lookup restarts.
// Errors: kDictError (eq failed), kDictNoMemory; the table stays valid.
//
// "dictionary changed size during iteration": DictIter remembers size() at
// the start and next() reports kDictChangedSize when it differs, and
// kDictKeysChanged if the dict has more entries than expected (same size,
// different keys), like CPython's dict iterators.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <utility>

#include "molt/hash.h"

namespace molt::rt {

inline constexpr int kDictError = -1;        ///< eq failed
inline constexpr int kDictNoMemory = -2;     ///< allocation failed
inline constexpr int kDictChangedSize = -3;  ///< RuntimeError: dictionary changed size during iteration
inline constexpr int kDictKeysChanged = -4;  ///< RuntimeError: dictionary keys changed during iteration

template <class K, class V>
class DictTable {
 public:
  static constexpr unsigned kLog2MinSize = 3;
  static constexpr int kPerturbShift = 5;

  struct Entry {
    hash_t hash = 0;
    K key{};
    V value{};
    bool live = false;
  };

  DictTable() = default;
  DictTable(const DictTable &) = delete;
  DictTable &operator=(const DictTable &) = delete;
  DictTable(DictTable &&o) noexcept { swap(o); }
  DictTable &operator=(DictTable &&o) noexcept {
    if (this != &o) {
      DictTable t(std::move(o));
      swap(t);
    }
    return *this;
  }
  ~DictTable() { freeStorage(); }

  void swap(DictTable &o) {
    std::swap(index_, o.index_);
    std::swap(entries_, o.entries_);
    std::swap(log2_, o.log2_);
    std::swap(nentries_, o.nentries_);
    std::swap(usable_, o.usable_);
    std::swap(used_, o.used_);
    ++version_;
    ++o.version_;
    ++generation_;
    ++o.generation_;
  }

  size_t size() const { return used_; }                       ///< len(d)
  size_t indexSize() const { return index_ ? size_t(1) << log2_ : 0; }  ///< 0 while empty-unallocated
  size_t entryCount() const { return nentries_; }             ///< entries incl. holes
  size_t usable() const { return usable_; }                   ///< free entry slots
  unsigned indexWidth() const { return widthFor(log2_); }     ///< bytes per index slot
  uint64_t version() const { return version_; }               ///< bumped by every mutation
  const Entry &entryAt(size_t i) const { return entries_[i]; }  ///< i < entryCount()

  /// Lookup: 1 found (*value points at the stored value), 0 absent, < 0 error.
  template <class Eq>
  int lookup(const K &key, hash_t h, Eq &&eq, V **value = nullptr, const K **storedKey = nullptr) {
    ptrdiff_t ix;
    int r = find(key, h, eq, ix, nullptr);
    if (r == 1) {
      if (value) *value = &entries_[ix].value;
      if (storedKey) *storedKey = &entries_[ix].key;
    }
    return r;
  }

  /// Lookup giving the entry number (for attribute caches that remember where
  /// a key lives): 1 found (*ix set), 0 absent, < 0 error.
  template <class Eq>
  int lookupIndex(const K &key, hash_t h, Eq &&eq, size_t *ix) {
    ptrdiff_t x;
    int r = find(key, h, eq, x, nullptr);
    if (r == 1) *ix = size_t(x);
    return r;
  }

  /// Replaces the value of live entry i (from lookupIndex); the old value
  /// is moved into *oldValue.
  void replaceValueAt(size_t i, V value, V *oldValue) {
    *oldValue = std::move(entries_[i].value);
    entries_[i].value = std::move(value);
    ++version_;
  }

  /// d[key] = value: 1 inserted (at the end), 0 value replaced (the stored
  /// key is kept, as CPython does), < 0 error.
  template <class Eq>
  int insert(const K &key, hash_t h, V value, Eq &&eq, V *oldValue = nullptr) {
    if (!index_ && !allocate(kLog2MinSize)) return kDictNoMemory;
    ptrdiff_t ix;
    int r = find(key, h, eq, ix, nullptr);
    if (r < 0) return r;
    if (r == 1) {
      if (oldValue) *oldValue = std::move(entries_[ix].value);
      entries_[ix].value = std::move(value);
      ++version_;
      return 0;
    }
    if (usable_ == 0) {
      if (!resize(log2For(used_ * 3))) return kDictNoMemory;
    }
    size_t slot = findEmptySlot(h);
    Entry &e = entries_[nentries_];
    e.hash = h;
    e.key = key;
    e.value = std::move(value);
    e.live = true;
    setIndex(slot, int64_t(nentries_));
    ++nentries_;
    --usable_;
    ++used_;
    ++version_;
    return 1;
  }

  /// del d[key] / d.pop(key): 1 removed, 0 absent (KeyError), < 0 error.
  template <class Eq>
  int remove(const K &key, hash_t h, Eq &&eq, K *oldKey = nullptr, V *oldValue = nullptr) {
    ptrdiff_t ix;
    size_t slot = 0;
    int r = find(key, h, eq, ix, &slot);
    if (r != 1) return r;
    setIndex(slot, kDummy);
    killEntry(size_t(ix), oldKey, oldValue);
    return 1;
  }

  /// d.popitem(): the last inserted item; false if empty (KeyError).
  bool popitem(K &key, V &value) {
    if (used_ == 0) return false;
    size_t i = nentries_;
    while (!entries_[i - 1].live) --i;
    --i;
    size_t slot = slotOfEntry(i);
    setIndex(slot, kDummy);
    killEntry(i, &key, &value);
    nentries_ = i;  // the slot is not made usable again (dummy in index)
    return true;
  }

  /// d.clear(): back to the unallocated empty state.
  void clear() {
    freeStorage();
    log2_ = kLog2MinSize;
    nentries_ = usable_ = used_ = 0;
    ++version_;
    ++generation_;
  }

  /// Presize for n items (dict displays / dict(n) construction):
  /// index of the smallest power of two >= 3n/2 (at least 8).
  bool reserve(size_t n) {
    unsigned lg = log2For((n * 3 + 1) / 2);
    if (index_ && lg <= log2_) return true;
    return resize(lg);
  }

  /// Iteration in insertion order: pos starts at 0.
  bool next(size_t &pos, const K *&key, V *&value) {
    while (pos < nentries_) {
      Entry &e = entries_[pos++];
      if (e.live) {
        key = &e.key;
        value = &e.value;
        return true;
      }
    }
    return false;
  }

  /// d.copy(): a compact copy with the same order.
  bool copyTo(DictTable &out) const {
    out.clear();
    if (used_ == 0) return true;
    if (!out.allocate(log2For((used_ * 3 + 1) / 2))) return false;
    for (size_t i = 0; i < nentries_; ++i) {
      const Entry &e = entries_[i];
      if (!e.live) continue;
      Entry &d = out.entries_[out.nentries_];
      d = e;
      out.setIndex(out.findEmptySlot(e.hash), int64_t(out.nentries_));
      ++out.nentries_;
      --out.usable_;
      ++out.used_;
    }
    return true;
  }

 private:
  static constexpr int64_t kEmpty = -1;
  static constexpr int64_t kDummy = -2;
  static constexpr int kRestart = 2;

  uint8_t *index_ = nullptr;
  Entry *entries_ = nullptr;
  unsigned log2_ = kLog2MinSize;
  size_t nentries_ = 0;
  size_t usable_ = 0;
  size_t used_ = 0;
  uint64_t version_ = 0;
  uint64_t generation_ = 0;  // storage replaced

  static unsigned widthFor(unsigned lg) { return lg < 8 ? 1 : lg < 16 ? 2 : lg < 32 ? 4 : 8; }
  static size_t usableFor(unsigned lg) { return ((size_t(1) << lg) << 1) / 3; }
  // smallest power of two >= max(8, n), as a log2
  static unsigned log2For(size_t n) {
    unsigned lg = kLog2MinSize;
    while ((size_t(1) << lg) < n) ++lg;
    return lg;
  }

  void freeStorage() {
    delete[] index_;
    delete[] entries_;
    index_ = nullptr;
    entries_ = nullptr;
  }

  int64_t getIndex(size_t i) const {
    switch (widthFor(log2_)) {
      case 1: return int8_t(index_[i]);
      case 2: { int16_t v; std::memcpy(&v, index_ + 2 * i, 2); return v; }
      case 4: { int32_t v; std::memcpy(&v, index_ + 4 * i, 4); return v; }
      default: { int64_t v; std::memcpy(&v, index_ + 8 * i, 8); return v; }
    }
  }
  void setIndex(size_t i, int64_t ix) {
    switch (widthFor(log2_)) {
      case 1: index_[i] = uint8_t(int8_t(ix)); break;
      case 2: { int16_t v = int16_t(ix); std::memcpy(index_ + 2 * i, &v, 2); break; }
      case 4: { int32_t v = int32_t(ix); std::memcpy(index_ + 4 * i, &v, 4); break; }
      default: std::memcpy(index_ + 8 * i, &ix, 8); break;
    }
  }

  // Fresh storage of 2**lg index slots (all empty), no entries.
  bool allocate(unsigned lg) {
    size_t n = size_t(1) << lg;
    uint8_t *ix = new (std::nothrow) uint8_t[n * widthFor(lg)];
    Entry *en = new (std::nothrow) Entry[usableFor(lg)];
    if (!ix || !en) {
      delete[] ix;
      delete[] en;
      return false;
    }
    std::memset(ix, 0xFF, n * widthFor(lg));  // -1 in every width
    freeStorage();
    index_ = ix;
    entries_ = en;
    log2_ = lg;
    nentries_ = used_ = 0;
    usable_ = usableFor(lg);
    ++generation_;
    return true;
  }

  // Rebuild with 2**lg slots, compacting the entries in order.
  bool resize(unsigned lg) {
    Entry *old = entries_;
    size_t oldn = nentries_;
    entries_ = nullptr;  // keep the old entries alive across allocate()
    uint8_t *oldIndex = index_;
    index_ = nullptr;
    if (!allocate(lg)) {
      entries_ = old;
      index_ = oldIndex;
      return false;
    }
    delete[] oldIndex;
    for (size_t i = 0; i < oldn; ++i) {
      Entry &e = old[i];
      if (!e.live) continue;
      entries_[nentries_] = std::move(e);
      setIndex(findEmptySlot(entries_[nentries_].hash), int64_t(nentries_));
      ++nentries_;
    }
    used_ = nentries_;
    usable_ -= nentries_;
    delete[] old;
    return true;
  }

  size_t findEmptySlot(hash_t h) const {
    size_t mask = (size_t(1) << log2_) - 1;
    size_t i = size_t(h) & mask;
    size_t perturb = size_t(h);
    while (getIndex(i) >= 0) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  size_t slotOfEntry(size_t ix) const {
    size_t mask = (size_t(1) << log2_) - 1;
    hash_t h = entries_[ix].hash;
    size_t i = size_t(h) & mask;
    size_t perturb = size_t(h);
    while (getIndex(i) != int64_t(ix)) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    return i;
  }

  void killEntry(size_t ix, K *oldKey, V *oldValue) {
    Entry &e = entries_[ix];
    if (oldKey) *oldKey = std::move(e.key);
    if (oldValue) *oldValue = std::move(e.value);
    e.key = K{};
    e.value = V{};
    e.live = false;
    --used_;
    ++version_;
  }

  // 1 found (ix = entry, *slotOut = index slot), 0 absent, < 0 error.
  template <class Eq>
  int find(const K &key, hash_t h, Eq &eq, ptrdiff_t &ix, size_t *slotOut) {
  restart:
    if (!index_) return 0;
    size_t mask = (size_t(1) << log2_) - 1;
    size_t i = size_t(h) & mask;
    size_t perturb = size_t(h);
    for (;;) {
      int64_t x = getIndex(i);
      if (x == kEmpty) return 0;
      if (x >= 0) {
        Entry &e = entries_[x];
        if (e.hash == h) {
          uint64_t gen = generation_;
          int r = eq(e.key, key);
          if (r < 0) return kDictError;
          if (gen != generation_ || !entries_[x].live || getIndex(i) != x) goto restart;
          if (r) {
            ix = ptrdiff_t(x);
            if (slotOut) *slotOut = i;
            return 1;
          }
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
};

/// Iterator state for "for k in d" with CPython's mutation checks.
struct DictIter {
  size_t pos = 0;
  size_t expectedSize = 0;  ///< len(d) when the iterator was created
  size_t remaining = 0;     ///< items still expected

  template <class K, class V>
  static DictIter begin(const DictTable<K, V> &d) {
    return DictIter{0, d.size(), d.size()};
  }
  /// 1 with key/value set, 0 at the end, kDictChangedSize / kDictKeysChanged.
  template <class K, class V>
  int next(DictTable<K, V> &d, const K *&key, V *&value) {
    if (d.size() != expectedSize) {
      expectedSize = size_t(-1);  // stays an error on later calls
      return kDictChangedSize;
    }
    if (!d.next(pos, key, value)) return 0;
    if (remaining == 0) return kDictKeysChanged;
    --remaining;
    return 1;
  }
};

}  // namespace molt::rt
