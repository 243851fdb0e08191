// Object allocation: a small-object allocator for objects up to 512 bytes
// (most of a program's objects: str, tuples, bigints, iterators, functions),
// malloc for larger ones.
//
// Why: malloc costs a header word per block and a general-purpose path per
// call; Python programs make and drop millions of small objects. The design
// is the classic segregated-fit one (also pymalloc's): 16-byte size classes,
// 16 KiB pools each serving one class, pools carved from 256 KiB arenas
// aligned to their size. A block's pool header is found by masking its
// address; an arena bitmap (two-level radix over address >> 18) tells pool
// blocks from malloc blocks at free time. A pool whose blocks are all free
// goes back to a shared list and may serve another class later. Arenas are
// never returned to the system (peak memory is what counts; CPython keeps
// most of its arenas too). Single-threaded by design (DESIGN.md).
//
// Arenas come from malloc 16 at a time: an aligned allocation may cost its
// alignment in padding, which wasm's dlmalloc hands out again less readily
// than glibc (one arena at a time, counter_text's linear memory was 137 MB
// instead of 94).
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "core_internal.h"

namespace molt::rt {

namespace {

constexpr size_t kAlign = 16;
constexpr size_t kMaxSmall = 512;
constexpr size_t kNumClasses = kMaxSmall / kAlign;
constexpr size_t kPoolSize = 16 * 1024;
constexpr size_t kArenaSize = 256 * 1024;
constexpr unsigned kArenaShift = 18; // log2(kArenaSize)
static_assert((size_t(1) << kArenaShift) == kArenaSize);
constexpr size_t kArenasPerSlab = 16;
constexpr size_t kSlabSize = kArenasPerSlab * kArenaSize;

struct Pool {
  void *freelist; // freed blocks, linked through their first word
  char *bump;     // next never-used block
  char *limit;    // end of the last whole block
  Pool *next;     // neighbours in the class's list of pools with room
  Pool *prev;
  uint32_t used; // blocks handed out
  uint32_t cls;  // size class (block size = (cls + 1) * kAlign)
};
constexpr size_t kPoolHeader = (sizeof(Pool) + kAlign - 1) & ~(kAlign - 1);

// Pools with at least one free block, per class (doubly linked, head first).
Pool *gUsable[kNumClasses];
// Empty pools ready for any class (singly linked through `next`).
Pool *gFreePools;
// The unused pools of the newest slab of arenas.
char *gArenaNext, *gArenaEnd;

// Arena membership: root indexed by the high bits of (address >> 18), leaves
// are bitmaps over the low 15 bits. 64-bit user addresses have at most 48
// significant bits, so 30 bits of arena number; wasm32 uses the low part.
constexpr unsigned kLeafBits = 15;
constexpr size_t kLeafWords = (size_t(1) << kLeafBits) / 64;
uint64_t *gArenaMap[size_t(1) << kLeafBits];

inline bool inArena(const void *p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p) >> kArenaShift;
  uintptr_t hi = a >> kLeafBits;
  if (hi >= (uintptr_t(1) << kLeafBits)) return false;
  const uint64_t *leaf = gArenaMap[hi];
  if (!leaf) return false;
  uintptr_t lo = a & ((uintptr_t(1) << kLeafBits) - 1);
  return (leaf[lo / 64] >> (lo % 64)) & 1;
}

// The map's leaf for arena number a, allocated on first use (nullptr when
// memory is exhausted or a is beyond the map).
uint64_t *arenaLeaf(uintptr_t a) {
  uintptr_t hi = a >> kLeafBits;
  if (hi >= (uintptr_t(1) << kLeafBits)) return nullptr;
  uint64_t *&leaf = gArenaMap[hi];
  if (!leaf) leaf = static_cast<uint64_t *>(calloc(kLeafWords, sizeof(uint64_t)));
  return leaf;
}

// Records the arenas of a slab in the map; false (nothing recorded) when a
// leaf cannot be allocated.
bool markSlab(const void *slab) {
  uintptr_t first = reinterpret_cast<uintptr_t>(slab) >> kArenaShift;
  uintptr_t last = first + kArenasPerSlab - 1;
  // A slab spans at most two leaves: have both before setting any bit.
  if (!arenaLeaf(first) || !arenaLeaf(last)) return false;
  for (uintptr_t a = first; a <= last; ++a) {
    uintptr_t lo = a & ((uintptr_t(1) << kLeafBits) - 1);
    arenaLeaf(a)[lo / 64] |= uint64_t(1) << (lo % 64);
  }
  return true;
}

inline void unlinkUsable(Pool *p) {
  if (p->prev)
    p->prev->next = p->next;
  else
    gUsable[p->cls] = p->next;
  if (p->next) p->next->prev = p->prev;
  p->next = p->prev = nullptr;
}

inline void pushUsable(Pool *p) {
  p->prev = nullptr;
  p->next = gUsable[p->cls];
  if (p->next) p->next->prev = p;
  gUsable[p->cls] = p;
}

// A fresh pool for class cls, or nullptr when memory is exhausted. Kept out
// of line so that the allocation fast path needs no saved registers.
[[gnu::noinline]] Pool *newPool(size_t cls) {
  Pool *p = gFreePools;
  if (p) {
    gFreePools = p->next;
  } else {
    if (gArenaNext == gArenaEnd) {
      void *slab = aligned_alloc(kArenaSize, kSlabSize);
      if (!slab) return nullptr;
      if (!markSlab(slab)) {
        free(slab);
        return nullptr;
      }
      gArenaNext = static_cast<char *>(slab);
      gArenaEnd = gArenaNext + kSlabSize;
    }
    p = reinterpret_cast<Pool *>(gArenaNext);
    gArenaNext += kPoolSize;
  }
  size_t block = (cls + 1) * kAlign;
  char *base = reinterpret_cast<char *>(p);
  p->freelist = nullptr;
  p->bump = base + kPoolHeader;
  p->limit = base + kPoolHeader + ((kPoolSize - kPoolHeader) / block) * block;
  p->used = 0;
  p->cls = uint32_t(cls);
  pushUsable(p);
  return p;
}

// A pool that just handed out its last block leaves its class's list.
[[gnu::noinline]] void poolFilled(Pool *p) { unlinkUsable(p); }

[[gnu::always_inline]] inline void *smallAlloc(size_t size) {
  size_t cls = (size - 1) / kAlign;
  Pool *p = gUsable[cls];
  if (__builtin_expect(!p, 0) && !(p = newPool(cls))) return nullptr;
  ++p->used;
  void *b = p->freelist;
  if (b) {
    void *next = *static_cast<void **>(b);
    p->freelist = next;
    if (__builtin_expect(!next, 0) && p->bump == p->limit) poolFilled(p);
    return b;
  }
  b = p->bump;
  p->bump += (cls + 1) * kAlign;
  if (__builtin_expect(p->bump == p->limit, 0)) poolFilled(p);
  return b;
}

// A pool that got a block back after being full, or that became empty.
[[gnu::noinline]] void poolFreed(Pool *p, bool wasFull) {
  if (p->used == 0) {
    // Empty: give the pool back for any class (unless it is the class's
    // only pool, which would just be taken again by the next allocation).
    if (wasFull || p->prev || p->next) {
      if (!wasFull) unlinkUsable(p);
      p->next = gFreePools;
      gFreePools = p;
    }
    return;
  }
  pushUsable(p);
}

[[gnu::always_inline]] inline void smallFree(void *b) {
  Pool *p = reinterpret_cast<Pool *>(reinterpret_cast<uintptr_t>(b) & ~uintptr_t(kPoolSize - 1));
  bool wasFull = !p->freelist && p->bump == p->limit;
  *static_cast<void **>(b) = p->freelist;
  p->freelist = b;
  if (__builtin_expect(--p->used == 0 || wasFull, 0)) poolFreed(p, wasFull);
}

[[gnu::always_inline]] inline void *allocBlock(size_t size) {
  if (size <= kMaxSmall) return smallAlloc(size ? size : 1);
  return malloc(size);
}

// Zeroes the first n bytes of a block of allocBlock(size) with inline
// stores when the block is small (it then holds n rounded up to kAlign). A
// variable-size memset is a libc call natively and, on wasm, a memory.fill,
// which V8 runs as a call out of the module into C: both cost more than the
// few stores an object's head needs (a tuple, a short str).
[[gnu::always_inline]] inline void zeroBlockStart(void *b, size_t n, size_t size) {
  char *c = static_cast<char *>(b);
  if (size <= kMaxSmall) {
    switch ((n + kAlign - 1) / kAlign) {
    case 8:
      memset(c + 112, 0, 16);
      [[fallthrough]];
    case 7:
      memset(c + 96, 0, 16);
      [[fallthrough]];
    case 6:
      memset(c + 80, 0, 16);
      [[fallthrough]];
    case 5:
      memset(c + 64, 0, 16);
      [[fallthrough]];
    case 4:
      memset(c + 48, 0, 16);
      [[fallthrough]];
    case 3:
      memset(c + 32, 0, 16);
      [[fallthrough]];
    case 2:
      memset(c + 16, 0, 16);
      [[fallthrough]];
    case 1:
      memset(c, 0, 16);
      [[fallthrough]];
    case 0:
      return;
    default:
      break;
    }
  }
  memset(c, 0, n);
}

} // namespace

void *allocRaw(size_t size) { return allocBlock(size); }

void freeRaw(void *p) {
  if (!p) return;
  if (inArena(p))
    smallFree(p);
  else
    free(p);
}

MoltObject *allocObject(MoltType *type, size_t size) {
  if (size < sizeof(MoltObject)) size = sizeof(MoltObject);
  auto *o = static_cast<MoltObject *>(allocBlock(size));
  if (!o) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  zeroBlockStart(o, size, size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

MoltObject *allocObjectHead(MoltType *type, size_t size, size_t zeroed) {
  if (size < sizeof(MoltObject)) size = sizeof(MoltObject);
  auto *o = static_cast<MoltObject *>(allocBlock(size));
  if (!o) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  if (zeroed) zeroBlockStart(o, zeroed < size ? zeroed : size, size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

void freeObject(MoltObject *o) { freeRaw(o); }

} // namespace molt::rt

extern "C" [[gnu::noinline, gnu::cold]] void molt_decref_cold(MoltValue v) { molt_decref(v); }

extern "C" void molt_dealloc(MoltObject *o) {
  MoltType *t = o->type;
  // Instances of classes clear their weak references in heapDealloc (after __del__).
  if (__builtin_expect(molt::rt::weakrefTargetCount != 0, 0) && t &&
      (t->flags & molt::rt::kTypeHeap) == 0)
    molt::rt::weakrefClear(o);
  if (t && t->dealloc) {
    t->dealloc(o);
  } else {
    molt::rt::freeObject(o);
  }
}
