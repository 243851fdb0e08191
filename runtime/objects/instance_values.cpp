// Inline attribute values: the fixed instance layout of classes (issue 4).
//
// A class that introduces the instance __dict__ (and its subclasses) gives
// each instance a small array of attribute values after the dict slot. The
// class keeps the names of those values (its keys: seeded from the
// `self.NAME = ...` stores the compiler found in the class's methods, then
// appended as new names appear). While an instance has no dict, its dict
// slot holds a small int n: it has values for the first n keys, which were
// assigned in key order. Attribute reads and writes then need no dict at
// all, and site caches remember a key's index per class. Keys beyond those
// any instance has held (ivFixed) may still be reordered: no value and no
// cache refers to their positions yet.
//
// Whatever needs a real dict (__dict__, vars(), deleting an attribute, a name
// assigned out of key order, more names than the array holds) materializes
// it: the values move into a new dict in the same (insertion) order, and the
// instance keeps that dict from then on. Both modes behave identically.
#include "../core/core_internal.h"
#include "molt/heaptype.h"
#include "molt/strobject.h"

using namespace molt::rt;

namespace molt::rt {

int inlineKeyIndex(const MoltHeapType *h, MoltValue name) {
  for (uint32_t i = 0; i < h->ivCount; i++)
    if (h->ivKeys[i] == name) return int(i);
  // Keys are interned: a name made at run time may still match by text.
  if (!isStr(name) || as<MoltStr>(name)->interned) return -1;
  std::string_view n = strView(name);
  for (uint32_t i = 0; i < h->ivCount; i++)
    if (strView(h->ivKeys[i]) == n) return int(i);
  return -1;
}

MoltValue inlineGet(MoltValue obj, MoltHeapType *h, MoltValue name) {
  uint32_t n = inlineCount(
      *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(obj)) + h->type.dictoffset));
  int i = inlineKeyIndex(h, name);
  return i >= 0 && uint32_t(i) < n ? inlineValues(obj, h)[i] : MOLT_UNBOUND;
}

int inlineSet(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot, MoltValue name, MoltValue v) {
  // Deletion and str subclasses as names go through a real dict.
  if (v == MOLT_UNBOUND || !isExact(name, &molt_type_str)) return 0;
  uint32_t n = inlineCount(*dictSlot);
  MoltValue *values = inlineValues(obj, h);
  int i = inlineKeyIndex(h, name);
  if (i >= 0 && uint32_t(i) < n) {
    MoltValue old = values[i];
    values[i] = molt_newref(v);
    molt_decref(old);
    return 1;
  }
  if (i < 0) {
    // A new key: only for an instance holding every key so far.
    if (n != h->ivCount || n == h->ivCap) return 0;
    MoltValue key = as<MoltStr>(name)->interned ? name : internStr(strView(name));
    MoltValue inClass = typeLookup(&h->type, key);
    if (molt_is_error(inClass)) return -1;
    h->ivKeys[h->ivCount++] = molt_newref(key);
    // Method caches trust that no key of the class shadows what they hold.
    if (inClass != MOLT_UNBOUND) h->version = nextTypeVersion();
    i = int(n);
  }
  if (uint32_t(i) != n) {
    // Out of key order. Keys no instance holds yet can still be reordered
    // (the class's first instance decides the order its methods did not).
    if (n != h->ivFixed) return 0;
    MoltValue key = h->ivKeys[i];
    memmove(h->ivKeys + n + 1, h->ivKeys + n, (uint32_t(i) - n) * sizeof(MoltValue));
    h->ivKeys[n] = key;
  }
  values[n] = molt_newref(v);
  *dictSlot = molt_small_int(n + 1);
  if (n + 1 > h->ivFixed) h->ivFixed = n + 1;
  return 1;
}

int inlineMaterialize(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot) {
  if (molt_is_ptr(*dictSlot)) return 0;
  uint32_t n = inlineCount(*dictSlot);
  if (n == 0) {
    *dictSlot = 0;
    return 0;
  }
  MoltValue d = molt_dict_new(nullptr, 0);
  if (molt_is_error(d)) return -1;
  MoltValue *values = inlineValues(obj, h);
  for (uint32_t i = 0; i < n; i++) {
    if (molt_dict_setitem(d, h->ivKeys[i], values[i]) < 0) {
      molt_decref(d);
      return -1;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    MoltValue v = values[i];
    values[i] = MOLT_UNBOUND;
    molt_decref(v);
  }
  *dictSlot = d;
  return 0;
}

void inlineClear(MoltValue obj, MoltHeapType *h, MoltValue *dictSlot) {
  uint32_t n = inlineCount(*dictSlot);
  *dictSlot = 0;
  MoltValue *values = inlineValues(obj, h);
  for (uint32_t i = 0; i < n; i++) {
    MoltValue v = values[i];
    values[i] = MOLT_UNBOUND;
    molt_decref(v);
  }
}

void inlineLayoutInit(MoltHeapType *h, size_t offset, uint32_t cap, const MoltValue *names,
                      size_t nnames) {
  h->ivOffset = offset;
  h->ivCap = cap;
  h->ivCount = 0;
  h->ivKeys = static_cast<MoltValue *>(calloc(cap, sizeof(MoltValue)));
  if (!h->ivKeys) {
    h->ivCap = 0; // no inline values: instances use a dict (the region stays unused)
    return;
  }
  for (size_t i = 0; i < nnames && h->ivCount < cap; i++) {
    bool dup = false;
    for (uint32_t j = 0; j < h->ivCount; j++)
      dup |= h->ivKeys[j] == names[i];
    if (!dup) h->ivKeys[h->ivCount++] = molt_newref(names[i]);
  }
}

} // namespace molt::rt
