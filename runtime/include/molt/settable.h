// Hash table of set / frozenset with CPython 3.12's layout and policies, so
// that for the same sequence of operations the iteration order equals
// CPython's (with PYTHONHASHSEED=0 and molt/hash.h's hash values).
//
// Behaviour reproduced (observed from python3.12 and its documentation; no
// CPython code was copied):
//   * open addressing over 2**k slots, minimum 8; the slot of hash h starts at
//     h & mask; each probe looks at the slot and, when slot + 9 <= mask, at
//     the 9 following slots (linear probing), then perturb >>= 5 and
//     i = (5*i + 1 + perturb) & mask, with perturb starting as (size_t)h.
//   * deletion leaves a dummy; add() reuses the LAST dummy passed on the
//     probe path if the key is absent; "fill" counts active + dummy slots.
//   * after a new slot is used, if fill*5 >= mask*3 the table is rebuilt with
//     the smallest power of two (>= 8) greater than used*4 (used*2 once used
//     > 50000); rebuilding reinserts the active entries in slot order.
//   * pop() scans from a "finger" that persists between pops.
//   * merge (update with a set), copy, union, intersection, difference,
//     symmetric difference and their in-place forms follow the same
//     element orders and presizing rules as CPython's set methods.
//
// Generic over the key type K (copied into the table; a refcounting handle
// type takes care of references) and over a fallible equality callback,
// passed to each operation that compares keys:
//     int eq(const K &stored, const K &probe)  ->  1 equal, 0 not, < 0 error
// eq is only called for keys with equal hashes. Every operation returns a
// negative status on error (kSetError from eq, kSetNoMemory) and leaves the
// table valid. If eq mutates this table (Python code in __eq__), the lookup
// restarts, as CPython does.
//
// "Set changed size during iteration": iterators remember size() and compare.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

#include "molt/hash.h"

namespace molt::rt {

inline constexpr int kSetError = -1;    ///< the eq callback failed
inline constexpr int kSetNoMemory = -2; ///< allocation failed

template <class K> class SetTable {
public:
  static constexpr size_t kMinSize = 8;
  static constexpr int kLinearProbes = 9;
  static constexpr int kPerturbShift = 5;

  enum : uint8_t { kEmpty = 0, kActive = 1, kDummy = 2 };
  struct Entry {
    K key{};
    hash_t hash = 0;
    uint8_t state = kEmpty;
  };

  SetTable() = default;
  SetTable(const SetTable &) = delete;
  SetTable &operator=(const SetTable &) = delete;
  SetTable(SetTable &&o) noexcept { swapBodies(o), std::swap(finger_, o.finger_); }
  SetTable &operator=(SetTable &&o) noexcept {
    if (this != &o) {
      SetTable t(std::move(o));
      swapBodies(t);
      std::swap(finger_, t.finger_);
    }
    return *this;
  }
  ~SetTable() { delete[] table_; }

  size_t size() const { return used_; }         ///< len(set)
  size_t fill() const { return fill_; }         ///< active + dummy slots
  size_t capacity() const { return mask_ + 1; } ///< number of slots
  const Entry *slots() const { return table_; } ///< nullptr while never used

  /// Adds key (hash h). Returns 1 if added, 0 if already present, < 0 error.
  template <class Eq> int add(const K &key, hash_t h, Eq &&eq) {
    if (!table_ && !allocInitial()) return kSetNoMemory;
  restart:
    size_t mask = mask_;
    size_t i = size_t(h) & mask;
    uint64_t perturb = uint64_t(h); // 64-bit as in CPython, also where size_t is 32-bit
    Entry *freeslot = nullptr;
    Entry *e;
    for (;;) {
      e = &table_[i];
      int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      do {
        if (e->state == kEmpty) goto foundEmpty;
        if (e->state == kActive && e->hash == h) {
          int r = compare(e, key, eq);
          if (r == kRestart) goto restart;
          if (r != 0) return r < 0 ? r : 0;
        } else if (e->state == kDummy) {
          freeslot = e;
        }
        ++e;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  foundEmpty:
    if (freeslot) {
      setActive(freeslot, key, h);
      ++used_;
      return 1;
    }
    setActive(e, key, h);
    ++fill_;
    ++used_;
    if (fill_ * 5 < mask_ * 3) return 1;
    if (!resize(used_ > 50000 ? used_ * 2 : used_ * 4)) return kSetNoMemory;
    return 1;
  }

  /// 1 if present, 0 if not, < 0 on error.
  template <class Eq> int contains(const K &key, hash_t h, Eq &&eq) {
    Entry *e = nullptr;
    int r = lookup(key, h, eq, e);
    return r;
  }

  /// Pointer to the stored key equal to key (nullptr if absent or on error;
  /// status gets 1 / 0 / < 0).
  template <class Eq> const K *find(const K &key, hash_t h, Eq &&eq, int &status) {
    Entry *e = nullptr;
    status = lookup(key, h, eq, e);
    return status == 1 ? &e->key : nullptr;
  }

  /// set.discard: 1 removed, 0 not present, < 0 error. Never shrinks.
  template <class Eq> int discard(const K &key, hash_t h, Eq &&eq, K *removed = nullptr) {
    Entry *e = nullptr;
    int r = lookup(key, h, eq, e);
    if (r != 1) return r;
    if (removed) *removed = std::move(e->key);
    e->key = K{};
    e->state = kDummy;
    e->hash = -1;
    --used_;
    return 1;
  }

  /// set.pop: false if empty (KeyError 'pop from an empty set').
  bool pop(K &out, hash_t *outHash = nullptr) {
    if (used_ == 0) return false;
    Entry *e = table_ + (finger_ & mask_);
    Entry *limit = table_ + mask_;
    while (e->state != kActive) {
      ++e;
      if (e > limit) e = table_;
    }
    out = std::move(e->key);
    if (outHash) *outHash = e->hash;
    e->key = K{};
    e->state = kDummy;
    e->hash = -1;
    --used_;
    finger_ = size_t(e - table_) + 1;
    return true;
  }

  /// set.clear: back to an empty 8-slot table.
  void clear() {
    delete[] table_;
    table_ = nullptr;
    mask_ = kMinSize - 1;
    fill_ = used_ = 0;
  }

  /// Iteration in slot order (CPython's set_next): pos starts at 0; returns
  /// false at the end.
  bool next(size_t &pos, const K *&key, hash_t &h) const {
    if (!table_) return false;
    while (pos <= mask_) {
      const Entry &e = table_[pos++];
      if (e.state == kActive) {
        key = &e.key;
        h = e.hash;
        return true;
      }
    }
    return false;
  }
  template <class F> void forEach(F &&f) const {
    size_t pos = 0;
    const K *k;
    hash_t h;
    while (next(pos, k, h))
      f(*k, h);
  }

  /// Rebuilds the table for minUsed entries (CPython's resize rule: the
  /// smallest power of two >= 8 strictly greater than minUsed).
  bool resize(size_t minUsed) {
    size_t newsize = kMinSize;
    while (newsize <= minUsed)
      newsize <<= 1;
    Entry *nt = new (std::nothrow) Entry[newsize];
    if (!nt) return false;
    size_t nmask = newsize - 1;
    if (table_) {
      for (size_t i = 0; i <= mask_; ++i) {
        Entry &o = table_[i];
        if (o.state == kActive) insertClean(nt, nmask, std::move(o.key), o.hash);
      }
    }
    delete[] table_;
    table_ = nt;
    mask_ = nmask;
    fill_ = used_;
    ++generation_;
    return true;
  }

  /// set.update(other_set) / |= (CPython's set_merge): one presizing resize,
  /// then a slot copy, a clean reinsertion, or ordinary adds.
  template <class Eq> int merge(const SetTable &other, Eq &&eq) {
    if (&other == this || other.used_ == 0) return 0;
    if ((fill_ + other.used_) * 5 >= mask_ * 3) {
      if (!resize((used_ + other.used_) * 2)) return kSetNoMemory;
    }
    if (!table_ && !allocInitial()) return kSetNoMemory;
    if (fill_ == 0 && mask_ == other.mask_ && other.fill_ == other.used_) {
      for (size_t i = 0; i <= other.mask_; ++i)
        table_[i] = other.table_[i];
      fill_ = other.fill_;
      used_ = other.used_;
      return 0;
    }
    if (fill_ == 0) {
      for (size_t i = 0; i <= other.mask_; ++i) {
        const Entry &o = other.table_[i];
        if (o.state == kActive) insertClean(table_, mask_, K(o.key), o.hash);
      }
      fill_ = used_ = other.used_;
      return 0;
    }
    for (size_t i = 0; i <= other.mask_; ++i) {
      const Entry &o = other.table_[i];
      if (o.state == kActive) {
        int r = add(o.key, o.hash, eq);
        if (r < 0) return r;
      }
    }
    return 0;
  }

  /// Presizing done by set.update(d) when d is an exact dict of n items,
  /// before adding d's keys in order with add().
  bool presizeForDict(size_t n) {
    if ((fill_ + n) * 5 >= mask_ * 3) return resize((used_ + n) * 2);
    return true;
  }

  /// The final step of difference_update (with a set or any iterable,
  /// after the discards): rebuild if more than a quarter of the slots are
  /// dummies.
  bool compactAfterDifference() {
    if (fill_ - used_ <= mask_ / 4) return true;
    return resize(used_ > 50000 ? used_ * 2 : used_ * 4);
  }

  /// set.difference_update(other_set) / -=.
  template <class Eq> int differenceUpdate(const SetTable &other, Eq &&eq) {
    if (&other == this) {
      clear();
      return 0;
    }
    if (other.table_) {
      for (size_t i = 0; i <= other.mask_; ++i) {
        const Entry &o = other.table_[i];
        if (o.state != kActive) continue;
        int r = discard(o.key, o.hash, eq);
        if (r < 0) return r;
      }
    }
    return compactAfterDifference() ? 0 : kSetNoMemory;
  }

  /// set.symmetric_difference_update(other_set) / ^=.
  template <class Eq> int symmetricDifferenceUpdate(const SetTable &other, Eq &&eq) {
    if (&other == this) {
      clear();
      return 0;
    }
    if (!other.table_) return 0;
    for (size_t i = 0; i <= other.mask_; ++i) {
      const Entry &o = other.table_[i];
      if (o.state != kActive) continue;
      int r = discard(o.key, o.hash, eq);
      if (r < 0) return r;
      if (r == 0) {
        r = add(o.key, o.hash, eq);
        if (r < 0) return r;
      }
    }
    return 0;
  }

  /// Exchanges the tables (CPython's set_swap_bodies, used by
  /// intersection_update); the pop finger stays with the object.
  void swapBodies(SetTable &o) {
    std::swap(table_, o.table_);
    std::swap(mask_, o.mask_);
    std::swap(fill_, o.fill_);
    std::swap(used_, o.used_);
    ++generation_;
    ++o.generation_;
  }

private:
  static constexpr int kRestart = 2;

  Entry *table_ = nullptr;
  size_t mask_ = kMinSize - 1;
  size_t fill_ = 0;
  size_t used_ = 0;
  size_t finger_ = 0;
  uint64_t generation_ = 0; // bumped when the slot array is replaced

  bool allocInitial() {
    table_ = new (std::nothrow) Entry[kMinSize];
    mask_ = kMinSize - 1;
    ++generation_;
    return table_ != nullptr;
  }

  void setActive(Entry *e, const K &key, hash_t h) {
    e->key = key;
    e->hash = h;
    e->state = kActive;
  }

  // Runs eq; 1 equal, 0 not, < 0 error, kRestart if the table was replaced
  // or the entry changed while Python code ran.
  template <class Eq> int compare(Entry *e, const K &key, Eq &eq) {
    uint64_t gen = generation_;
    int r = eq(e->key, key);
    if (r < 0) return r < kSetNoMemory ? kSetError : r;
    if (gen != generation_) return kRestart;
    if (e->state != kActive) return kRestart;
    return r ? 1 : 0;
  }

  template <class Eq> int lookup(const K &key, hash_t h, Eq &eq, Entry *&out) {
  restart:
    if (!table_) return 0;
    size_t mask = mask_;
    size_t i = size_t(h) & mask;
    uint64_t perturb = uint64_t(h); // 64-bit as in CPython, also where size_t is 32-bit
    for (;;) {
      Entry *e = &table_[i];
      int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      do {
        if (e->state == kEmpty) return 0;
        if (e->state == kActive && e->hash == h) {
          int r = compare(e, key, eq);
          if (r == kRestart) goto restart;
          if (r < 0) return r;
          if (r) {
            out = e;
            return 1;
          }
        }
        ++e;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }

  // Insert a key known to be absent into a table without dummies.
  static void insertClean(Entry *t, size_t mask, K &&key, hash_t h) {
    size_t i = size_t(h) & mask;
    uint64_t perturb = uint64_t(h); // 64-bit as in CPython, also where size_t is 32-bit
    for (;;) {
      Entry *e = &t[i];
      if (e->state == kEmpty) goto found;
      if (i + kLinearProbes <= mask) {
        for (int j = 0; j < kLinearProbes; ++j) {
          ++e;
          if (e->state == kEmpty) goto found;
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
      continue;
    found:
      e->key = std::move(key);
      e->hash = h;
      e->state = kActive;
      return;
    }
  }
};

// ---------------------------------------------------------------------------
// Binary operations producing a new set (result order as CPython's).
// Each returns 0 or a negative status; `out` must be empty on entry.

/// set.copy() / frozenset(s) / set(s): empty set updated with s.
template <class K, class Eq> int setCopy(SetTable<K> &out, const SetTable<K> &s, Eq &&eq) {
  return out.merge(s, eq);
}

/// a | b, a.union(b): copy of a, then update with b.
template <class K, class Eq>
int setUnion(SetTable<K> &out, const SetTable<K> &a, const SetTable<K> &b, Eq &&eq) {
  int r = out.merge(a, eq);
  if (r < 0 || &a == &b) return r;
  return out.merge(b, eq);
}

/// a & b, a.intersection(b): iterates the smaller set (b if equal sizes) and
/// keeps its keys that the other contains.
template <class K, class Eq>
int setIntersection(SetTable<K> &out, const SetTable<K> &a, const SetTable<K> &b, Eq &&eq) {
  if (&a == &b) return out.merge(a, eq);
  const SetTable<K> *so = &a, *other = &b;
  if (other->size() > so->size()) std::swap(so, other);
  size_t pos = 0;
  const K *k;
  hash_t h;
  while (other->next(pos, k, h)) {
    int r = const_cast<SetTable<K> *>(so)->contains(*k, h, eq);
    if (r < 0) return r;
    if (r) {
      r = out.add(*k, h, eq);
      if (r < 0) return r;
    }
  }
  return 0;
}

/// a &= b, a.intersection_update(b): a takes the table of (a & b).
template <class K, class Eq>
int setIntersectionUpdate(SetTable<K> &a, const SetTable<K> &b, Eq &&eq) {
  SetTable<K> tmp;
  int r = setIntersection(tmp, a, b, eq);
  if (r < 0) return r;
  a.swapBodies(tmp);
  return 0;
}

/// a - b, a.difference(b): when len(a) >> 2 > len(b), copy a and discard
/// b's keys; otherwise add the keys of a that b lacks, in a's order.
template <class K, class Eq>
int setDifference(SetTable<K> &out, const SetTable<K> &a, const SetTable<K> &b, Eq &&eq) {
  if ((a.size() >> 2) > b.size()) {
    int r = out.merge(a, eq);
    if (r < 0) return r;
    return out.differenceUpdate(b, eq);
  }
  size_t pos = 0;
  const K *k;
  hash_t h;
  while (a.next(pos, k, h)) {
    int r = const_cast<SetTable<K> &>(b).contains(*k, h, eq);
    if (r < 0) return r;
    if (!r) {
      r = out.add(*k, h, eq);
      if (r < 0) return r;
    }
  }
  return 0;
}

/// a ^ b, a.symmetric_difference(b): a set built from b, then
/// symmetric_difference_update with a.
template <class K, class Eq>
int setSymmetricDifference(SetTable<K> &out, const SetTable<K> &a, const SetTable<K> &b, Eq &&eq) {
  int r = out.merge(b, eq);
  if (r < 0) return r;
  return out.symmetricDifferenceUpdate(a, eq); // out is never &a
}

} // namespace molt::rt
