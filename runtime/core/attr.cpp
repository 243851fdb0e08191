// Attribute access: molt_getattr/setattr/delattr, the generic (descriptor
// aware) algorithms, and molt_call_method's unbound-method fast path.
#include "../objects/container_util.h"
#include "core_internal.h"
#include "molt/exceptionobject.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

bool checkName(MoltValue name) {
  if (isStr(name)) return true;
  molt_raise_fmt(&molt_type_TypeError, "attribute name must be string, not '%s'", typeName(name));
  return false;
}

MoltValue *instanceDict(MoltValue o, MoltType *t, MoltValue *dictp, bool create = false) {
  if (dictp) return dictp;
  if (t->dictoffset && molt_is_ptr(o))
    return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(o)) + t->dictoffset);
  // Subclasses of int/str/tuple/bytes keep their dict in a side table.
  if (isHeapType(t)) return instanceDictSlot(o, create);
  return nullptr;
}

// Attribute caches (molt_getattr_ic/molt_setattr_ic). A way is filled for
// an instance of a heap class with an instance dict and no custom
// getattr/setattr, when the class (version-tagged) has no data descriptor of
// that name: then the instance dict decides, and the cached entry number
// finds the name without hashing while the dict is not rebuilt.
using DictEntry = DictTable<MoltValue, MoltValue>::Entry;

inline bool attrCacheable(MoltType *t) { return isHeapType(t) && !t->getattr && !t->setattr; }

// A way's index with this bit set holds the byte offset of a __slots__ field
// (the class's member descriptor for the name) instead of an entry number.
constexpr size_t kSlotField = size_t(1) << (sizeof(size_t) * 8 - 1);
// A way's index with this bit set holds the name's inline-value index in the
// class's keys (instance_values.cpp).
constexpr size_t kInlineField = size_t(1) << (sizeof(size_t) * 8 - 2);

// o's class when o keeps inline values and has no dict (dictp: o's dict slot).
inline MoltHeapType *inlineMode(MoltType *t, MoltValue *dictp) {
  if (!hasInlineValues(t) || !dictp || molt_is_ptr(*dictp)) return nullptr;
  return heapOf(t);
}

inline MoltValue *dictSlotOf(MoltValue o, MoltType *t) {
  return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(o)) + t->dictoffset);
}

inline MoltValue *slotField(MoltValue o, size_t index) {
  return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(o)) +
                                       (index & ~kSlotField));
}

// The way of *c to fill for receiver type t (its version tag is recorded).
inline MoltAttrWay *attrCacheWay(MoltAttrCache *c, MoltType *t) {
  unsigned w = 0;
  while (w < MOLT_SITE_CACHE_WAYS && c->way[w].type && c->way[w].type != t)
    w++;
  MoltAttrWay *way = &c->way[w == MOLT_SITE_CACHE_WAYS ? c->next++ % MOLT_SITE_CACHE_WAYS : w];
  way->type = t;
  way->version = &heapOf(t)->version;
  way->tag = heapOf(t)->version;
  way->off = way->countoff = way->need = 0;
  return way;
}

inline MoltDict *instanceDictIfAny(MoltValue o, MoltType *t) {
  if (!t->dictoffset) return nullptr;
  MoltValue d =
      *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(o)) + t->dictoffset);
  if (!molt_is_ptr(d)) return nullptr;
  MoltType *dt = molt_ptr(d)->type;
  return dt == &molt_type_dict || (dt->flags & kTypeDictSubclass) ? as<MoltDict>(d) : nullptr;
}

inline bool isDataDescriptor(MoltValue descr) {
  if (descr == MOLT_UNBOUND) return false;
  MoltType *dt = molt_type_of(descr);
  return dt->descr_get && dt->descr_set;
}

// Fills a way of *c with where name lives in o's instance dict (if it is
// there, under the very same key object, and the class does not override it).
void attrCacheFill(MoltValue o, MoltType *t, MoltValue name, MoltAttrCache *c) {
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) {
    molt_decref(molt_err_fetch());
    return;
  }
  size_t offset;
  if (memberDescrField(descr, t, &offset)) {
    MoltAttrWay *way = attrCacheWay(c, t);
    way->index = offset | kSlotField;
    way->off = uint32_t(offset);
    return;
  }
  if (isDataDescriptor(descr)) return;
  if (MoltHeapType *h = inlineMode(t, dictSlotOf(o, t))) {
    int i = inlineKeyIndex(h, name);
    if (i < 0 || uint32_t(i) >= inlineCount(*dictSlotOf(o, t))) return;
    MoltAttrWay *way = attrCacheWay(c, t);
    way->index = size_t(i) | kInlineField;
    way->off = uint32_t(h->ivOffset + size_t(i) * sizeof(MoltValue));
    way->countoff = uint32_t(t->dictoffset);
    way->need = uint32_t(i) + 1;
    return;
  }
  MoltDict *d = instanceDictIfAny(o, t);
  if (!d) return;
  int64_t h;
  if (cu::hashOf(name, &h) < 0) {
    molt_decref(molt_err_fetch());
    return;
  }
  size_t ix;
  if (d->table.lookupIndex(name, h, cu::eqCallback, &ix) != 1) return;
  if (d->table.entryAt(ix).key != name) return;
  attrCacheWay(c, t)->index = ix;
}

// True if o's instance dict has name (or the lookup fails: the slow path
// then reports the error).
bool instanceShadows(MoltValue o, MoltType *t, MoltValue name) {
  MoltValue *dictp = instanceDict(o, t, nullptr);
  // No key of the class names a method a cache holds (molt_call_method_fill).
  if (inlineMode(t, dictp)) return false;
  if (!dictp || !molt_is_ptr(*dictp)) return false;
  MoltValue v = dictGetItem(*dictp, name);
  if (molt_is_error(v)) {
    molt_decref(molt_err_fetch());
    return true;
  }
  return v != MOLT_UNBOUND;
}

// The way of *c that matches o's type and version, or null.
inline MoltAttrWay *attrCacheWayHit(MoltValue o, MoltAttrCache *c) {
  if (!molt_is_ptr(o)) return nullptr;
  MoltType *t = molt_ptr(o)->type;
  for (MoltAttrWay &way : c->way)
    if (way.type == t) return heapOf(t)->version == way.tag ? &way : nullptr;
  return nullptr;
}

// The instance dict of a dict-entry way hit whose entry still holds name.
inline MoltDict *attrCacheDictHit(MoltValue o, MoltValue name, size_t index) {
  MoltDict *d = instanceDictIfAny(o, molt_ptr(o)->type);
  if (!d || index >= d->table.entryCount()) return nullptr;
  const DictEntry &e = d->table.entryAt(index);
  return e.live && e.key == name ? d : nullptr;
}

} // namespace

namespace molt::rt {

void setAttrErrorContext(MoltValue obj, MoltValue name) {
  MoltValue e = molt_state.exc;
  if (!molt_is_ptr(e) || !isInstance(e, &molt_type_AttributeError)) return;
  auto *a = reinterpret_cast<MoltAttributeErrorObject *>(molt_ptr(e));
  MoltValue oldName = a->name, oldObj = a->obj;
  a->name = molt_newref(name);
  a->obj = molt_newref(obj);
  molt_xdecref(oldName);
  molt_xdecref(oldObj);
}

MoltValue genericGetAttr(MoltValue o, MoltValue name, MoltValue *dictp) {
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return descr;
  MoltType *dt = nullptr;
  if (descr != MOLT_UNBOUND) {
    dt = molt_type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, o, t);
  }
  dictp = instanceDict(o, t, dictp);
  if (dictp && molt_is_ptr(*dictp)) {
    MoltValue v = dictGetItem(*dictp, name);
    if (molt_is_error(v)) return v;
    if (v != MOLT_UNBOUND) return molt_newref(v);
  } else if (MoltHeapType *h = inlineMode(t, dictp)) {
    MoltValue v = inlineGet(o, h, name);
    if (v != MOLT_UNBOUND) return molt_newref(v);
  }
  if (descr != MOLT_UNBOUND) {
    if (dt->descr_get) return dt->descr_get(descr, o, t);
    return molt_newref(descr);
  }
  std::string_view n = strView(name);
  molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                 (int)n.size(), n.data());
  setAttrErrorContext(o, name);
  return MOLT_ERROR;
}

int genericSetAttr(MoltValue o, MoltValue name, MoltValue v, MoltValue *dictp) {
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return -1;
  if (descr != MOLT_UNBOUND) {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_set) return dt->descr_set(descr, o, v);
  }
  std::string_view n = strView(name);
  dictp = instanceDict(o, t, dictp, true);
  if (dictp) {
    if (MoltHeapType *h = inlineMode(t, dictp)) {
      int r = inlineSet(o, h, dictp, name, v);
      if (r != 0) return r < 0 ? -1 : 0;
      if (inlineMaterialize(o, h, dictp) < 0) return -1;
    }
    if (v == MOLT_UNBOUND) {
      MoltValue cur = molt_is_ptr(*dictp) ? dictGetItem(*dictp, name) : MOLT_UNBOUND;
      if (molt_is_error(cur)) return -1;
      if (cur == MOLT_UNBOUND) {
        molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                       (int)n.size(), n.data());
        return -1;
      }
      return molt_delitem(*dictp, name);
    }
    if (!molt_is_ptr(*dictp)) {
      MoltValue d = molt_dict_new(nullptr, 0);
      if (molt_is_error(d)) return -1;
      *dictp = d;
    }
    return molt_dict_setitem(*dictp, name, v);
  }
  if (descr == MOLT_UNBOUND)
    molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                   (int)n.size(), n.data());
  else
    molt_raise_fmt(&molt_type_AttributeError, "'%s' object attribute '%.*s' is read-only", t->name,
                   (int)n.size(), n.data());
  return -1;
}

} // namespace molt::rt

namespace molt::rt {
MoltValue (*gSuperCallMethod)(MoltValue, MoltValue, const MoltValue *, size_t, MoltValue) = nullptr;
} // namespace molt::rt

extern "C" {

MoltValue molt_getattr(MoltValue o, MoltValue name) {
  if (!checkName(name)) return MOLT_ERROR;
  MoltType *t = molt_type_of(o);
  if (t->getattr) return t->getattr(o, name);
  return genericGetAttr(o, name, nullptr);
}

int molt_setattr(MoltValue o, MoltValue name, MoltValue v) {
  if (!checkName(name)) return -1;
  MoltType *t = molt_type_of(o);
  if (t->setattr) return t->setattr(o, name, v);
  return genericSetAttr(o, name, v, nullptr);
}

int molt_delattr(MoltValue o, MoltValue name) {
  if (!checkName(name)) return -1;
  MoltType *t = molt_type_of(o);
  if (t->setattr) return t->setattr(o, name, MOLT_UNBOUND);
  return genericSetAttr(o, name, MOLT_UNBOUND, nullptr);
}

MoltValue molt_getattr_ic(MoltValue o, MoltValue name, MoltAttrCache *c) {
  if (MoltAttrWay *way = attrCacheWayHit(o, c)) {
    size_t index = way->index;
    if (index & kSlotField) {
      MoltValue v = *slotField(o, index);
      if (v != MOLT_UNBOUND) return molt_newref(v);
    } else if (index & kInlineField) {
      MoltType *t = molt_ptr(o)->type;
      MoltValue slot = *dictSlotOf(o, t);
      size_t i = index & ~kInlineField;
      if (!molt_is_ptr(slot) && i < inlineCount(slot))
        return molt_newref(inlineValues(o, heapOf(t))[i]);
    } else if (MoltDict *d = attrCacheDictHit(o, name, index)) {
      return molt_newref(d->table.entryAt(index).value);
    }
  }
  MoltValue r = molt_getattr(o, name);
  if (!molt_is_error(r) && molt_is_ptr(o) && attrCacheable(molt_ptr(o)->type))
    attrCacheFill(o, molt_ptr(o)->type, name, c);
  return r;
}

int molt_setattr_ic(MoltValue o, MoltValue name, MoltValue v, MoltAttrCache *c) {
  if (MoltAttrWay *way = attrCacheWayHit(o, c)) {
    size_t index = way->index;
    MoltValue old;
    if (index & kSlotField) {
      MoltValue *f = slotField(o, index);
      old = *f;
      *f = molt_newref(v);
      if (old != MOLT_UNBOUND) molt_decref(old);
      return 0;
    }
    if (index & kInlineField) {
      MoltType *t = molt_ptr(o)->type;
      MoltValue *slot = dictSlotOf(o, t);
      size_t i = index & ~kInlineField;
      if (!molt_is_ptr(*slot)) {
        uint32_t n = inlineCount(*slot);
        MoltValue *values = inlineValues(o, heapOf(t));
        if (i < n) {
          old = values[i];
          values[i] = molt_newref(v);
          molt_decref(old);
          return 0;
        }
        if (i == n) { // the next key in order: this way was filled for it
          values[i] = molt_newref(v);
          *slot = molt_small_int(int64_t(n) + 1);
          return 0;
        }
      }
    }
    if (MoltDict *d = attrCacheDictHit(o, name, index)) {
      molt_incref(v);
      d->table.replaceValueAt(index, v, &old);
      molt_decref(old);
      return 0;
    }
  }
  int r = molt_setattr(o, name, v);
  if (r == 0 && molt_is_ptr(o) && attrCacheable(molt_ptr(o)->type))
    attrCacheFill(o, molt_ptr(o)->type, name, c);
  return r;
}

MoltValue molt_call_method(MoltValue name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue self = args[0];
  MoltType *t = molt_type_of(self);
  if (gSuperCallMethod && t->getattr) {
    MoltValue r = gSuperCallMethod(self, name, args, nargs, kwnames);
    if (r != MOLT_UNBOUND) return r;
  }
  if (!t->getattr) {
    MoltValue descr = typeLookup(t, name);
    if (molt_is_error(descr)) return descr;
    if (descr != MOLT_UNBOUND) {
      MoltType *dt = molt_type_of(descr);
      bool plainMethod = (dt == &molt_type_method_descriptor &&
                          !(as<MoltMethodDescr>(descr)->flags & (kMethStatic | kMethClass))) ||
                         dt == &molt_type_function;
      if (plainMethod) {
        MoltValue *dictp = instanceDict(self, t, nullptr);
        bool shadowed = false;
        if (dictp && molt_is_ptr(*dictp)) {
          MoltValue v = dictGetItem(*dictp, name);
          if (molt_is_error(v)) return v;
          shadowed = v != MOLT_UNBOUND;
        } else if (MoltHeapType *h = inlineMode(t, dictp)) {
          shadowed = inlineGet(self, h, name) != MOLT_UNBOUND;
        }
        if (!shadowed) {
          if (dt == &molt_type_function) return molt_call(descr, args, nargs, kwnames);
          return as<MoltCFuncBase>(descr)->fn(descr, args, nargs, kwnames);
        }
      }
    }
  }
  MoltValue bound = molt_getattr(self, name);
  if (molt_is_error(bound)) return bound;
  MoltValue r = molt_call(bound, args + 1, nargs - 1, kwnames);
  molt_decref(bound);
  return r;
}

MoltValue molt_call_method_fill(MoltMethodCache *cache, MoltValue name, const MoltValue *args,
                                size_t nargs, MoltValue kwnames) {
  MoltType *t = molt_type_of(args[0]);
  // A module (exactly): `mod.f(...)` finds the module's global slot first
  // (modGetAttr), so the site remembers the slot and reads it at each call.
  if (t == &molt_type_module) {
    MoltModule *m = as<MoltModule>(args[0]);
    int64_t slot = m->info ? moduleSlot(m, strView(name)) : -1;
    if (slot >= 0 && m->info->globals[slot] != MOLT_UNBOUND) {
      MoltValue old = cache->module;
      cache->module = molt_newref(args[0]);
      cache->modslot = &m->info->globals[slot];
      if (old) molt_decref(old);
      MoltValue fn = molt_newref(*cache->modslot);
      MoltValue r = molt_call(fn, args + 1, nargs - 1, kwnames);
      molt_decref(fn);
      return r;
    }
  }
  // Static builtin types without instance dicts or custom getattr: the
  // method found now is the method every later call would find.
  if (!(t->flags & kTypeHeap) && !t->getattr && t->dictoffset == 0) {
    MoltValue descr = typeLookup(t, name);
    if (molt_is_error(descr)) return descr;
    if (descr != MOLT_UNBOUND && molt_type_of(descr) == &molt_type_method_descriptor &&
        !(as<MoltMethodDescr>(descr)->flags & (kMethStatic | kMethClass))) {
      cache->type = t;
      cache->descr = descr;
      cache->fn = as<MoltCFuncBase>(descr)->fn;
      return cache->fn(descr, args, nargs, kwnames);
    }
  }
  // Classes: the plain function the class defines, while the class keeps its
  // version and the instance dict does not shadow the name.
  if ((t->flags & kTypeHeap) && !t->getattr) {
    MoltHeapType *h = heapOf(t);
    for (MoltMethodWay &way : cache->way) {
      if (way.type != t) continue;
      if (way.tag != h->version || instanceShadows(args[0], t, name)) break;
      MoltValue fn = molt_newref(way.func);
      MoltValue r = way.entry(fn, args, nargs, kwnames);
      molt_decref(fn);
      return r;
    }
    MoltValue descr = typeLookup(t, name);
    if (molt_is_error(descr)) return descr;
    // A name among the class's inline keys may be shadowed without a version
    // change: such methods are not cached. Nor are they for instances whose
    // dict lives in a side table (the generated code could not see it).
    if (descr != MOLT_UNBOUND && molt_type_of(descr) == &molt_type_function &&
        !(hasInlineValues(t) && inlineKeyIndex(h, name) >= 0) &&
        (t->dictoffset || !usesSideDict(t))) {
      unsigned w = 0;
      while (w < MOLT_SITE_CACHE_WAYS && cache->way[w].type && cache->way[w].type != t)
        w++;
      if (w == MOLT_SITE_CACHE_WAYS) w = cache->hnext++ % MOLT_SITE_CACHE_WAYS;
      MoltMethodWay &way = cache->way[w];
      way.type = t;
      way.version = &h->version;
      way.tag = h->version;
      way.func = descr;
      const MoltFuncInfo *fi = as<MoltFunction>(descr)->info;
      way.entry = fi->held_entry ? fi->held_entry : fi->entry;
      way.dictoff = t->dictoffset;
    }
  }
  return molt_call_method(name, args, nargs, kwnames);
}

} // extern "C"
