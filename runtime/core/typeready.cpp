// Type set-up: readyType (slot inheritance, type dict with method/getset
// descriptors and slot wrappers, MRO), type dict lookup, runtime init, and
// small formatting helpers shared by the core files.
#include <cinttypes>
#include <cstdlib>
#include <cstring>

#include "../objects/gen_internal.h"
#include "core_internal.h"
#include "molt/heaptype.h"
#include "textfmt.h"

namespace molt::rt {

MoltValue strFormat(const char *fmt, ...) {
  std::string out;
  va_list ap;
  va_start(ap, fmt);
  vformatInto(out, fmt, ap);
  va_end(ap);
  return strFromUtf8(out);
}

std::string addrString(const void *p) { return sformat("0x%" PRIx64, (uint64_t)(uintptr_t)p); }

int64_t pointerHash(const void *p) {
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  int64_t h = (int64_t)y;
  return h == -1 ? -2 : h;
}

size_t kwCount(MoltValue kwnames) {
  if (!molt_is_ptr(kwnames)) return 0;
  return (size_t)tupleSize(kwnames);
}

std::string typeModule(MoltType *t) {
  if (t->flags & kTypeHeap) {
    if (molt_is_ptr(t->dict)) {
      MoltValue m = dictGetItem(t->dict, cstr("__module__"));
      if (molt_is_ptr(m) && isStr(m)) return std::string(strView(m));
      if (molt_is_error(m)) molt_decref(molt_err_fetch());
    }
  }
  // A static type named "mod.name" (native modules: "itertools.count") lives in mod.
  if (const char *dot = strrchr(t->name, '.')) return std::string(t->name, dot);
  return "builtins";
}

std::string typeQualname(MoltType *t) {
  if (t->flags & kTypeHeap) return std::string(sv(heapOf(t)->qualname));
  if (const char *dot = strrchr(t->name, '.')) return std::string(dot + 1);
  return t->name;
}

// The type attribute cache: (type, version, name) -> result of the MRO walk,
// so attribute and method lookups on classes cost one probe instead of a
// dict lookup per MRO entry. A heap type's version changes whenever its dict
// or an ancestor's changes (heapTypeModified), which makes its entries miss;
// builtin types' dicts are fixed once ready (version 0), except for
// installBuiltinInits, which flushes the whole cache. Values are borrowed
// (kept alive by the type dict while the version holds); names are owned, so
// a freed name's address cannot alias a live entry.
namespace {
struct TypeCacheEntry {
  MoltType *type;
  uint64_t version;
  MoltValue name;
  MoltValue value;
  MoltType *owner; // the MRO class whose dict holds value
};
constexpr size_t kTypeCacheSize = 4096;
TypeCacheEntry typeCache[kTypeCacheSize];
uint64_t lastTypeVersion = 0;

inline uint64_t typeVersion(MoltType *t) { return isHeapType(t) ? heapOf(t)->version : 0; }

inline size_t typeCacheIndex(MoltType *t, MoltValue name) {
  uint64_t x = (((uint64_t)(uintptr_t)t >> 4) ^ ((uint64_t)name >> 3)) * 0x9E3779B97F4A7C15ull;
  return (size_t)(x >> 52) & (kTypeCacheSize - 1);
}

MoltValue typeLookupUncached(MoltType *t, MoltValue name, MoltType **owner);
} // namespace

uint64_t nextTypeVersion() { return ++lastTypeVersion; }

void typeCacheFlush() {
  for (TypeCacheEntry &e : typeCache) {
    if (e.type) molt_decref(e.name);
    e = TypeCacheEntry{};
  }
}

MoltValue typeLookupOwner(MoltType *t, MoltValue name, MoltType **owner) {
  TypeCacheEntry &e = typeCache[typeCacheIndex(t, name)];
  uint64_t version = typeVersion(t);
  if (e.type == t && e.name == name && e.version == version) {
    *owner = e.owner;
    return e.value;
  }
  MoltValue v = typeLookupUncached(t, name, owner);
  if (molt_is_error(v)) return v;
  // readyType may have run: the version read above is still the type's.
  if (e.type) molt_decref(e.name);
  e.type = t;
  e.version = typeVersion(t);
  e.name = molt_newref(name);
  e.value = v;
  e.owner = *owner;
  return v;
}

MoltValue typeLookup(MoltType *t, MoltValue name) {
  MoltType *owner;
  return typeLookupOwner(t, name, &owner);
}

namespace {
MoltValue typeLookupUncached(MoltType *t, MoltValue name, MoltType **owner) {
  *owner = nullptr;
  if (!typeIsReady(t)) readyType(t);
  if (molt_is_ptr(t->mro)) {
    auto *mro = as<MoltTuple>(t->mro);
    for (int64_t i = 0; i < mro->size; i++) {
      auto *b = as<MoltType>(mro->items[i]);
      if (!typeIsReady(b)) readyType(b);
      if (!molt_is_ptr(b->dict)) continue;
      MoltValue v = dictGetItem(b->dict, name);
      if (v != MOLT_UNBOUND) {
        if (!molt_is_error(v)) *owner = b;
        return v;
      }
    }
    return MOLT_UNBOUND;
  }
  for (MoltType *b = t; b; b = b->base) {
    if (!typeIsReady(b)) readyType(b);
    if (!molt_is_ptr(b->dict)) continue;
    MoltValue v = dictGetItem(b->dict, name);
    if (v != MOLT_UNBOUND) {
      if (!molt_is_error(v)) *owner = b;
      return v;
    }
  }
  return MOLT_UNBOUND;
}
} // namespace

void installMethod(MethodDef *table, const char *name, MoltVectorcall fn) {
  for (MethodDef *m = table; m->name; m++)
    if (!m->fn && strcmp(m->name, name) == 0) m->fn = fn;
}

static void inheritSlots(MoltType *t, MoltType *b) {
#define INHERIT(f)                                                                                 \
  if (!t->f) t->f = b->f;
  INHERIT(repr)
  INHERIT(str)
  INHERIT(getattr)
  INHERIT(setattr)
  INHERIT(call)
  INHERIT(iter)
  INHERIT(iternext)
  INHERIT(number)
  INHERIT(container)
  INHERIT(descr_get)
  INHERIT(descr_set)
  if (!t->dictoffset) t->dictoffset = b->dictoffset;
  if (!t->hash && !t->richcompare) {
    t->hash = b->hash;
    t->richcompare = b->richcompare;
  }
  if (b != &molt_type_object) {
    // Same layout as the base (exception subclasses...): construction and
    // destruction are inherited too.
    INHERIT(new_)
    INHERIT(dealloc)
    INHERIT(traverse)
    if (!t->basicsize) t->basicsize = b->basicsize;
  }
#undef INHERIT
  t->flags |= b->flags & (kTypeException | kTypeIntSubclass | kTypeStrSubclass |
                          kTypeTupleSubclass | kTypeListSubclass | kTypeDictSubclass);
}

static void dictSet(MoltValue d, const char *name, MoltValue v) {
  if (molt_dict_setitem(d, cstr(name), v) < 0) molt_decref(molt_err_fetch());
}

void readyType(MoltType *t) {
  if (typeIsReady(t)) return;
  t->dict = MOLT_UNBOUND; // in progress: typeIsReady is true from here on
  if (!t->ob.type) t->ob.type = &molt_type_type;
  if (t->ob.refcnt == 0) t->ob.refcnt = MOLT_IMMORTAL_REFCNT;
  if (t != &molt_type_object && !t->base) t->base = &molt_type_object;
  if (t->base) {
    readyType(t->base);
    inheritSlots(t, t->base);
  }
  MoltValue d = molt_dict_new(nullptr, 0);
  if (molt_is_error(d)) {
    molt_decref(molt_err_fetch());
    t->dict = MOLT_NONE;
    return;
  }
  makeImmortal(molt_ptr(d));
  if (t->methods) {
    for (const MethodDef *m = t->methods; m->name; m++)
      if (m->fn) dictSet(d, m->name, makeMethodDescr(t, m)); // null: not installed
  }
  if (t->getsets) {
    for (const GetSetDef *g = t->getsets; g->name; g++)
      dictSet(d, g->name, makeGetSetDescr(t, g));
  }
  if (dictGetItem(d, cstr("__doc__")) == MOLT_UNBOUND)
    dictSet(d, "__doc__", t->doc ? cstr(t->doc) : MOLT_NONE);
  t->dict = d;
  addSlotWrappers(t);
  if (!molt_is_ptr(t->mro)) {
    MoltValue small[16];
    size_t n = 0;
    for (MoltType *b = t; b; b = b->base)
      n++;
    MoltValue *items = n <= 16 ? small : static_cast<MoltValue *>(malloc(n * sizeof(MoltValue)));
    n = 0;
    for (MoltType *b = t; b; b = b->base)
      items[n++] = molt_from_ptr(b);
    MoltValue mro = molt_tuple_new(items, n);
    if (items != small) free(items);
    if (molt_is_error(mro)) {
      molt_decref(molt_err_fetch());
    } else {
      makeImmortal(molt_ptr(mro));
      t->mro = mro;
    }
  }
}

} // namespace molt::rt

extern "C" void molt_runtime_init(void) {
  using molt::rt::readyType;
  readyType(&molt_type_object);
  readyType(&molt_type_type);
  readyType(&molt_type_str);
  readyType(&molt_type_dict);
  readyType(&molt_type_tuple);
#define MOLT_READY(name) readyType(&molt_type_##name);
  MOLT_BUILTIN_TYPES(MOLT_READY)
  MOLT_EXC_TYPES(MOLT_READY)
#undef MOLT_READY
  readyType(&molt_type_method_descriptor);
  readyType(&molt_type_getset_descriptor);
  readyType(&molt_type_seqiter);
  readyType(&molt_type_generator);
  readyType(&molt_type_coroutine);
  readyType(&molt_type_async_generator);
  readyType(&molt::rt::molt_type_coroutine_wrapper);
  readyType(&molt::rt::molt_type_async_generator_asend);
  readyType(&molt::rt::molt_type_async_generator_athrow);
  readyType(&molt::rt::molt_type_anext_awaitable);
  readyType(&molt_type_genericalias);
  readyType(&molt_type_union);
}
