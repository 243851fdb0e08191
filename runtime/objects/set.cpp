// The set and frozenset types and set_iterator.
#include <new>
#include <string>

#include "container_util.h"
#include "molt/dictobject.h"
#include "molt/hash.h"
#include "molt/setobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

using Table = SetTable<SetKey>;

MoltSet *st(MoltValue v) { return as<MoltSet>(v); }
Table &tbl(MoltValue v) { return st(v)->table; }

int keyEq(const SetKey &a, const SetKey &b) { return cu::eqCallback(a.v, b.v); }

bool isFrozen(MoltValue v) {
  return molt_is_ptr(v) && isSubtype(molt_ptr(v)->type, &molt_type_frozenset);
}

struct SetIterObj {
  MoltObject ob;
  MoltValue set; // MOLT_NONE when exhausted
  size_t pos;
  int64_t expected;
  int64_t remaining;
};

MoltValue setAlloc(MoltType *type) {
  auto *s = reinterpret_cast<MoltSet *>(
      allocObject(type, type->basicsize ? type->basicsize : sizeof(MoltSet)));
  if (!s) return MOLT_ERROR;
  new (&s->table) Table();
  s->hash = -1;
  return molt_from_ptr(s);
}

void setDealloc(MoltObject *o) {
  if (cu::trashBegin(o)) return;
  auto *s = reinterpret_cast<MoltSet *>(o);
  s->table.~Table();
  freeObject(o);
  cu::trashEnd();
}

void setTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<MoltSet *>(o);
  s->table.forEach([&](const SetKey &k, hash_t) {
    if (molt_is_ptr(k.v)) visit(k.v, arg);
  });
}

// Converts a table status to the runtime convention: 0 or -1.
int status(int r) {
  if (r >= 0) return 0;
  cu::raiseTableStatus(r);
  return -1;
}

// Hash of a key for lookups: a set key is looked up as a frozenset (tmp
// receives the temporary, to release by the caller). 0 or -1.
int lookupHash(MoltValue &key, MoltValue *tmp, int64_t *h) {
  *tmp = MOLT_NONE;
  if (cu::hashOf(key, h) == 0) return 0;
  if (!isAnySet(key) || isFrozen(key)) return -1;
  MoltValue exc = molt_err_fetch();
  if (!isInstance(exc, &molt_type_TypeError)) {
    molt_err_restore(exc);
    molt_decref(exc);
    return -1;
  }
  molt_decref(exc);
  MoltValue f = setFromIterable(key, true);
  if (molt_is_error(f)) return -1;
  if (hashValue(f, h) < 0) {
    molt_decref(f);
    return -1;
  }
  *tmp = f;
  key = f;
  return 0;
}

int addKey(MoltValue s, MoltValue key) {
  int64_t h;
  if (cu::hashOf(key, &h) < 0) return -1;
  return status(tbl(s).add(SetKey(key), h, keyEq));
}

// Adds every item of an iterable (CPython's set_update_internal): 0 or -1.
int updateInternal(MoltValue s, MoltValue other) {
  if (isAnySet(other)) return status(tbl(s).merge(tbl(other), keyEq));
  if (isExact(other, &molt_type_dict)) {
    auto &dt = as<MoltDict>(other)->table;
    if (!tbl(s).presizeForDict(dt.size())) return status(kSetNoMemory);
    for (size_t i = 0; i < dt.entryCount(); ++i) {
      const auto &e = dt.entryAt(i);
      if (!e.live) continue;
      if (status(tbl(s).add(SetKey(e.key), e.hash, keyEq)) < 0) return -1;
    }
    return 0;
  }
  return forEach(other, [&](MoltValue item) { return addKey(s, item); });
}

MoltValue copyOf(MoltValue s, MoltType *type) {
  MoltValue r = setAlloc(type);
  if (molt_is_error(r)) return r;
  if (status(tbl(r).merge(tbl(s), keyEq)) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

// The type for results of operations on s (subclasses give the base type).
MoltType *resultType(MoltValue s) { return isFrozen(s) ? &molt_type_frozenset : &molt_type_set; }

int containsKey(MoltValue s, MoltValue key) {
  MoltValue tmp;
  int64_t h;
  if (lookupHash(key, &tmp, &h) < 0) return -1;
  int r = tbl(s).contains(SetKey(key), h, keyEq);
  molt_xdecref(tmp);
  return r < 0 ? status(r) : r;
}

int discardKey(MoltValue s, MoltValue key) {
  MoltValue tmp;
  int64_t h;
  if (lookupHash(key, &tmp, &h) < 0) return -1;
  int r = tbl(s).discard(SetKey(key), h, keyEq);
  molt_xdecref(tmp);
  return r < 0 ? status(r) : r;
}

void clearSet(MoltValue s) {
  Table old;
  old.swapBodies(tbl(s));
  // old's destructor drops the references after s is already empty
}

MoltValue intersection(MoltValue so, MoltValue other) {
  if (so == other) return copyOf(so, resultType(so));
  MoltValue r = setAlloc(resultType(so));
  if (molt_is_error(r)) return r;
  if (isAnySet(other)) {
    if (status(setIntersection(tbl(r), tbl(so), tbl(other), keyEq)) < 0) {
      molt_decref(r);
      return MOLT_ERROR;
    }
    return r;
  }
  int rc = forEach(other, [&](MoltValue item) {
    int64_t h;
    if (cu::hashOf(item, &h) < 0) return -1;
    SetKey k(item);
    int c = tbl(so).contains(k, h, keyEq);
    if (c < 0) return status(c);
    if (c) return status(tbl(r).add(k, h, keyEq));
    return 0;
  });
  if (rc < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

int intersectionUpdate(MoltValue so, MoltValue other) {
  MoltValue tmp = intersection(so, other);
  if (molt_is_error(tmp)) return -1;
  tbl(so).swapBodies(tbl(tmp));
  molt_decref(tmp);
  return 0;
}

int differenceUpdateInternal(MoltValue so, MoltValue other) {
  if (so == other) {
    clearSet(so);
    return 0;
  }
  if (isAnySet(other)) return status(tbl(so).differenceUpdate(tbl(other), keyEq));
  int r = forEach(other, [&](MoltValue item) {
    int64_t h;
    if (cu::hashOf(item, &h) < 0) return -1;
    int d = tbl(so).discard(SetKey(item), h, keyEq);
    return d < 0 ? status(d) : 0;
  });
  if (r < 0) return -1;
  return tbl(so).compactAfterDifference() ? 0 : status(kSetNoMemory);
}

MoltValue difference(MoltValue so, MoltValue other) {
  int64_t otherSize;
  bool isD = isExact(other, &molt_type_dict);
  if (isAnySet(other)) {
    otherSize = int64_t(tbl(other).size());
  } else if (isD) {
    otherSize = dictSize(other);
  } else {
    MoltValue r = copyOf(so, resultType(so));
    if (molt_is_error(r)) return r;
    if (differenceUpdateInternal(r, other) < 0) {
      molt_decref(r);
      return MOLT_ERROR;
    }
    return r;
  }
  MoltValue r = setAlloc(resultType(so));
  if (molt_is_error(r)) return r;
  int rc;
  if (int64_t(tbl(so).size() >> 2) > otherSize) {
    rc = status(tbl(r).merge(tbl(so), keyEq));
    if (rc == 0) rc = differenceUpdateInternal(r, other);
  } else if (isD) {
    rc = 0;
    size_t pos = 0;
    const SetKey *k;
    hash_t h;
    while (tbl(so).next(pos, k, h)) {
      MoltValue v = dictGetItemHashed(other, k->v, h);
      if (molt_is_error(v)) {
        rc = -1;
        break;
      }
      if (v == MOLT_UNBOUND && (rc = status(tbl(r).add(*k, h, keyEq))) < 0) break;
    }
  } else {
    rc = status(setDifference(tbl(r), tbl(so), tbl(other), keyEq));
  }
  if (rc < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

int symmetricDifferenceUpdate(MoltValue so, MoltValue other) {
  if (so == other) {
    clearSet(so);
    return 0;
  }
  if (isExact(other, &molt_type_dict)) {
    auto &dt = as<MoltDict>(other)->table;
    for (size_t i = 0; i < dt.entryCount(); ++i) {
      const auto &e = dt.entryAt(i);
      if (!e.live) continue;
      SetKey k(e.key);
      int r = tbl(so).discard(k, e.hash, keyEq);
      if (r < 0) return status(r);
      if (r == 0 && status(tbl(so).add(k, e.hash, keyEq)) < 0) return -1;
    }
    return 0;
  }
  if (isAnySet(other)) return status(tbl(so).symmetricDifferenceUpdate(tbl(other), keyEq));
  MoltValue tmp = setFromIterable(other, false);
  if (molt_is_error(tmp)) return -1;
  int r = status(tbl(so).symmetricDifferenceUpdate(tbl(tmp), keyEq));
  molt_decref(tmp);
  return r;
}

MoltValue symmetricDifference(MoltValue so, MoltValue other) {
  MoltValue r = setAlloc(resultType(so));
  if (molt_is_error(r)) return r;
  if (updateInternal(r, other) < 0 ||
      status(tbl(r).symmetricDifferenceUpdate(tbl(so), keyEq)) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

// 1, 0, -1
int isSubset(MoltValue so, MoltValue other) {
  if (!isAnySet(other)) {
    MoltValue tmp = setFromIterable(other, false);
    if (molt_is_error(tmp)) return -1;
    int r = isSubset(so, tmp);
    molt_decref(tmp);
    return r;
  }
  if (tbl(so).size() > tbl(other).size()) return 0;
  size_t pos = 0;
  const SetKey *k;
  hash_t h;
  while (tbl(so).next(pos, k, h)) {
    SetKey key(*k);
    int c = tbl(other).contains(key, h, keyEq);
    if (c < 0) return status(c);
    if (!c) return 0;
  }
  return 1;
}

int isSuperset(MoltValue so, MoltValue other) {
  if (isAnySet(other)) return isSubset(other, so);
  int result = 1;
  int r = forEach(other, [&](MoltValue item) {
    int c = containsKey(so, item);
    if (c < 0) return -1;
    if (!c) {
      result = 0;
      return 1;
    }
    return 0;
  });
  return r < 0 ? -1 : result;
}

int isDisjoint(MoltValue so, MoltValue other) {
  if (so == other) return tbl(so).size() == 0;
  if (isAnySet(other)) {
    MoltValue a = so, b = other;
    if (tbl(b).size() > tbl(a).size()) std::swap(a, b);
    size_t pos = 0;
    const SetKey *k;
    hash_t h;
    while (tbl(b).next(pos, k, h)) {
      SetKey key(*k);
      int c = tbl(a).contains(key, h, keyEq);
      if (c < 0) return status(c);
      if (c) return 0;
    }
    return 1;
  }
  int result = 1;
  int r = forEach(other, [&](MoltValue item) {
    int c = containsKey(so, item);
    if (c < 0) return -1;
    if (c) {
      result = 0;
      return 1;
    }
    return 0;
  });
  return r < 0 ? -1 : result;
}

// ---------------------------------------------------------------------------
// Slots

MoltValue setRepr(MoltValue self) {
  MoltType *t = molt_ptr(self)->type;
  bool exactSet = t == &molt_type_set;
  std::string out;
  if (tbl(self).size() == 0) return strFromUtf8(std::string(t->name) + "()");
  int g = cu::reprEnter(molt_ptr(self));
  if (g < 0) return MOLT_ERROR;
  if (g > 0) return strFromUtf8(std::string(t->name) + "(...)");
  if (!exactSet) {
    out += t->name;
    out += "(";
  }
  out += "{";
  // Snapshot the keys first: repr of an item may run Python code.
  int64_t n = int64_t(tbl(self).size());
  MoltValue keys = tupleNew(n);
  if (molt_is_error(keys)) {
    cu::reprLeave(molt_ptr(self));
    return keys;
  }
  {
    size_t pos = 0;
    const SetKey *k;
    hash_t h;
    int64_t i = 0;
    while (i < n && tbl(self).next(pos, k, h))
      tupleItems(keys)[i++] = molt_newref(k->v);
  }
  for (int64_t i = 0; i < n; ++i) {
    if (i) out += ", ";
    if (cu::appendRepr(out, tupleItems(keys)[i]) < 0) {
      molt_decref(keys);
      cu::reprLeave(molt_ptr(self));
      return MOLT_ERROR;
    }
  }
  molt_decref(keys);
  cu::reprLeave(molt_ptr(self));
  out += exactSet ? "}" : "})";
  return cu::finishStr(out);
}

int frozensetHash(MoltValue self, int64_t *out) {
  MoltSet *s = st(self);
  if (s->hash != -1) {
    *out = s->hash;
    return 0;
  }
  FrozensetHasher hh;
  s->table.forEach([&](const SetKey &, hash_t h) { hh.add(h); });
  s->hash = hh.finish(s->table.size());
  *out = s->hash;
  return 0;
}

MoltValue setRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isAnySet(a) || !isAnySet(b)) return molt_not_implemented();
  int64_t la = int64_t(tbl(a).size()), lb = int64_t(tbl(b).size());
  int r = 0;
  switch (op) {
  case MOLT_EQ:
  case MOLT_NE:
    if (la != lb) {
      r = 0;
    } else if (isFrozen(a) && isFrozen(b) && st(a)->hash != -1 && st(b)->hash != -1 &&
               st(a)->hash != st(b)->hash) {
      r = 0;
    } else {
      r = isSubset(a, b);
    }
    if (r >= 0 && op == MOLT_NE) r = !r;
    break;
  case MOLT_LE:
    r = isSubset(a, b);
    break;
  case MOLT_GE:
    r = isSuperset(a, b);
    break;
  case MOLT_LT:
    r = la < lb ? isSubset(a, b) : 0;
    break;
  case MOLT_GT:
    r = la > lb ? isSuperset(a, b) : 0;
    break;
  }
  if (r < 0) return MOLT_ERROR;
  return molt_bool(r);
}

int64_t setLen(MoltValue self) { return int64_t(tbl(self).size()); }

int setContainsSlot(MoltValue self, MoltValue key) { return containsKey(self, key); }

MoltValue setOr(MoltValue a, MoltValue b) {
  if (!isAnySet(a) || !isAnySet(b)) return molt_not_implemented();
  MoltValue r = copyOf(a, resultType(a));
  if (molt_is_error(r) || a == b) return r;
  if (updateInternal(r, b) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
MoltValue setAnd(MoltValue a, MoltValue b) {
  if (!isAnySet(a) || !isAnySet(b)) return molt_not_implemented();
  return intersection(a, b);
}
MoltValue setSub(MoltValue a, MoltValue b) {
  if (!isAnySet(a) || !isAnySet(b)) return molt_not_implemented();
  return difference(a, b);
}
MoltValue setXor(MoltValue a, MoltValue b) {
  if (!isAnySet(a) || !isAnySet(b)) return molt_not_implemented();
  return symmetricDifference(a, b);
}
MoltValue setIor(MoltValue a, MoltValue b) {
  if (!isAnySet(b)) return molt_not_implemented();
  if (updateInternal(a, b) < 0) return MOLT_ERROR;
  return molt_newref(a);
}
MoltValue setIand(MoltValue a, MoltValue b) {
  if (!isAnySet(b)) return molt_not_implemented();
  if (intersectionUpdate(a, b) < 0) return MOLT_ERROR;
  return molt_newref(a);
}
MoltValue setIsub(MoltValue a, MoltValue b) {
  if (!isAnySet(b)) return molt_not_implemented();
  if (differenceUpdateInternal(a, b) < 0) return MOLT_ERROR;
  return molt_newref(a);
}
MoltValue setIxor(MoltValue a, MoltValue b) {
  if (!isAnySet(b)) return molt_not_implemented();
  if (symmetricDifferenceUpdate(a, b) < 0) return MOLT_ERROR;
  return molt_newref(a);
}

MoltValue setIter(MoltValue self) {
  auto *it =
      reinterpret_cast<SetIterObj *>(allocObject(&molt_type_set_iterator, sizeof(SetIterObj)));
  if (!it) return MOLT_ERROR;
  it->set = molt_newref(self);
  it->pos = 0;
  it->expected = int64_t(tbl(self).size());
  it->remaining = it->expected;
  return molt_from_ptr(it);
}

MoltValue setIterNext(MoltValue self) {
  auto *it = as<SetIterObj>(self);
  if (it->set == MOLT_NONE) return MOLT_STOP;
  Table &t = tbl(it->set);
  if (int64_t(t.size()) != it->expected) {
    it->expected = -1;
    return molt_raise_fmt(&molt_type_RuntimeError, "Set changed size during iteration");
  }
  const SetKey *k;
  hash_t h;
  if (t.next(it->pos, k, h)) {
    --it->remaining;
    return molt_newref(k->v);
  }
  molt_decref(it->set);
  it->set = MOLT_NONE;
  return MOLT_STOP;
}

void setIterDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<SetIterObj *>(o)->set);
  freeObject(o);
}

void setIterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue s = reinterpret_cast<SetIterObj *>(o)->set;
  if (molt_is_ptr(s)) visit(s, arg);
}

// ---------------------------------------------------------------------------
// Methods (args[0] is self; nargs counts it)

#define NPOS (int64_t(nargs) - 1)

MoltValue set_add(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.add", kw) < 0 || cu::exactlyOne("set.add", NPOS) < 0) return MOLT_ERROR;
  if (addKey(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue set_remove(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.remove", kw) < 0 || cu::exactlyOne("set.remove", NPOS) < 0)
    return MOLT_ERROR;
  int r = discardKey(args[0], args[1]);
  if (r < 0) return MOLT_ERROR;
  if (r == 0) return cu::raiseKeyError(args[1]);
  return MOLT_NONE;
}

MoltValue set_discard(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.discard", kw) < 0 || cu::exactlyOne("set.discard", NPOS) < 0)
    return MOLT_ERROR;
  if (discardKey(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue set_pop(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.pop", kw) < 0 || cu::noArgs("set.pop", NPOS) < 0) return MOLT_ERROR;
  SetKey k;
  if (!tbl(args[0]).pop(k)) return molt_raise_fmt(&molt_type_KeyError, "pop from an empty set");
  MoltValue v = k.v;
  k.v = 0;
  return v;
}

MoltValue set_clear(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.clear", kw) < 0 || cu::noArgs("set.clear", NPOS) < 0) return MOLT_ERROR;
  clearSet(args[0]);
  return MOLT_NONE;
}

MoltValue set_copy(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  const char *name = isFrozen(args[0]) ? "frozenset.copy" : "set.copy";
  if (cu::noKwargs(name, kw) < 0 || cu::noArgs(name, NPOS) < 0) return MOLT_ERROR;
  if (isExact(args[0], &molt_type_frozenset)) return molt_newref(args[0]);
  return copyOf(args[0], resultType(args[0]));
}

const char *qual(MoltValue self, const char *method, std::string &buf) {
  buf = isFrozen(self) ? "frozenset." : "set.";
  buf += method;
  return buf.c_str();
}

MoltValue set_update(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.update", kw) < 0) return MOLT_ERROR;
  for (size_t i = 1; i < nargs; ++i)
    if (updateInternal(args[0], args[i]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue set_union(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  if (cu::noKwargs(qual(args[0], "union", b), kw) < 0) return MOLT_ERROR;
  MoltValue r = copyOf(args[0], resultType(args[0]));
  if (molt_is_error(r)) return r;
  for (size_t i = 1; i < nargs; ++i) {
    if (args[i] == args[0]) continue;
    if (updateInternal(r, args[i]) < 0) {
      molt_decref(r);
      return MOLT_ERROR;
    }
  }
  return r;
}

MoltValue set_intersection(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  if (cu::noKwargs(qual(args[0], "intersection", b), kw) < 0) return MOLT_ERROR;
  if (nargs == 1) return copyOf(args[0], resultType(args[0]));
  MoltValue r = molt_newref(args[0]);
  for (size_t i = 1; i < nargs; ++i) {
    MoltValue n = intersection(r, args[i]);
    molt_decref(r);
    if (molt_is_error(n)) return n;
    r = n;
  }
  return r;
}

MoltValue set_intersection_update(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.intersection_update", kw) < 0) return MOLT_ERROR;
  if (nargs == 1) return MOLT_NONE;
  MoltValue r = set_intersection(MOLT_NONE, args, nargs, MOLT_NONE);
  if (molt_is_error(r)) return r;
  if (r != args[0]) tbl(args[0]).swapBodies(tbl(r));
  molt_decref(r);
  return MOLT_NONE;
}

MoltValue set_difference(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  if (cu::noKwargs(qual(args[0], "difference", b), kw) < 0) return MOLT_ERROR;
  if (nargs == 1) return copyOf(args[0], resultType(args[0]));
  MoltValue r = difference(args[0], args[1]);
  if (molt_is_error(r)) return r;
  for (size_t i = 2; i < nargs; ++i) {
    if (differenceUpdateInternal(r, args[i]) < 0) {
      molt_decref(r);
      return MOLT_ERROR;
    }
  }
  return r;
}

MoltValue set_difference_update(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("set.difference_update", kw) < 0) return MOLT_ERROR;
  for (size_t i = 1; i < nargs; ++i)
    if (differenceUpdateInternal(args[0], args[i]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue set_symmetric_difference(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  const char *name = qual(args[0], "symmetric_difference", b);
  if (cu::noKwargs(name, kw) < 0 || cu::exactlyOne(name, NPOS) < 0) return MOLT_ERROR;
  return symmetricDifference(args[0], args[1]);
}

MoltValue set_symmetric_difference_update(MoltValue, const MoltValue *args, size_t nargs,
                                          MoltValue kw) {
  const char *name = "set.symmetric_difference_update";
  if (cu::noKwargs(name, kw) < 0 || cu::exactlyOne(name, NPOS) < 0) return MOLT_ERROR;
  if (symmetricDifferenceUpdate(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue set_issubset(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  const char *name = qual(args[0], "issubset", b);
  if (cu::noKwargs(name, kw) < 0 || cu::exactlyOne(name, NPOS) < 0) return MOLT_ERROR;
  int r = isSubset(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue set_issuperset(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  const char *name = qual(args[0], "issuperset", b);
  if (cu::noKwargs(name, kw) < 0 || cu::exactlyOne(name, NPOS) < 0) return MOLT_ERROR;
  int r = isSuperset(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue set_isdisjoint(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  std::string b;
  const char *name = qual(args[0], "isdisjoint", b);
  if (cu::noKwargs(name, kw) < 0 || cu::exactlyOne(name, NPOS) < 0) return MOLT_ERROR;
  int r = isDisjoint(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue set_contains_m(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("__contains__", kw) < 0 || cu::exactlyOne("__contains__", NPOS) < 0)
    return MOLT_ERROR;
  int r = containsKey(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue set_class_getitem(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_newref(args[0]);
}

MoltValue setNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("set", kwnames) < 0 || cu::checkArgRange("set", int64_t(nargs), 0, 1) < 0)
    return MOLT_ERROR;
  MoltValue r = setAlloc(type);
  if (molt_is_error(r) || nargs == 0) return r;
  if (updateInternal(r, args[0]) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

MoltValue frozensetNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("frozenset", kwnames) < 0 ||
      cu::checkArgRange("frozenset", int64_t(nargs), 0, 1) < 0)
    return MOLT_ERROR;
  if (nargs == 1 && type == &molt_type_frozenset && isExact(args[0], &molt_type_frozenset))
    return molt_newref(args[0]);
  MoltValue r = setAlloc(type);
  if (molt_is_error(r) || nargs == 0) return r;
  if (updateInternal(r, args[0]) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

const NumberSlots kSetNumber = {.sub = setSub,
                                .and_ = setAnd,
                                .or_ = setOr,
                                .xor_ = setXor,
                                .isub = setIsub,
                                .iand = setIand,
                                .ior = setIor,
                                .ixor = setIxor};
const NumberSlots kFrozensetNumber = {.sub = setSub, .and_ = setAnd, .or_ = setOr, .xor_ = setXor};
const ContainerSlots kSetContainer = {.len = setLen, .contains = setContainsSlot};
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kSetMethods[] = {
    {"add", nullptr, 0},
    {"remove", nullptr, 0},
    {"discard", nullptr, 0},
    {"pop", nullptr, 0},
    {"clear", set_clear, 0},
    {"copy", set_copy, 0},
    {"update", set_update, 0},
    {"union", nullptr, 0},
    {"intersection", nullptr, 0},
    {"intersection_update", nullptr, 0},
    {"difference", nullptr, 0},
    {"difference_update", nullptr, 0},
    {"symmetric_difference", nullptr, 0},
    {"symmetric_difference_update", nullptr, 0},
    {"issubset", nullptr, 0},
    {"issuperset", nullptr, 0},
    {"isdisjoint", nullptr, 0},
    {"__contains__", set_contains_m, 0},
    {"__class_getitem__", set_class_getitem, kMethClass},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_set_add(void) { installMethod(kSetMethods, "add", set_add); }
extern "C" void molt_use_set_remove(void) { installMethod(kSetMethods, "remove", set_remove); }
extern "C" void molt_use_set_discard(void) { installMethod(kSetMethods, "discard", set_discard); }
extern "C" void molt_use_set_pop(void) { installMethod(kSetMethods, "pop", set_pop); }
extern "C" void molt_use_set_union(void) { installMethod(kSetMethods, "union", set_union); }
extern "C" void molt_use_set_intersection(void) {
  installMethod(kSetMethods, "intersection", set_intersection);
}
extern "C" void molt_use_set_intersection_update(void) {
  installMethod(kSetMethods, "intersection_update", set_intersection_update);
}
extern "C" void molt_use_set_difference(void) {
  installMethod(kSetMethods, "difference", set_difference);
}
extern "C" void molt_use_set_difference_update(void) {
  installMethod(kSetMethods, "difference_update", set_difference_update);
}
extern "C" void molt_use_set_symmetric_difference(void) {
  installMethod(kSetMethods, "symmetric_difference", set_symmetric_difference);
}
extern "C" void molt_use_set_symmetric_difference_update(void) {
  installMethod(kSetMethods, "symmetric_difference_update", set_symmetric_difference_update);
}
extern "C" void molt_use_set_issubset(void) {
  installMethod(kSetMethods, "issubset", set_issubset);
}
extern "C" void molt_use_set_issuperset(void) {
  installMethod(kSetMethods, "issuperset", set_issuperset);
}
extern "C" void molt_use_set_isdisjoint(void) {
  installMethod(kSetMethods, "isdisjoint", set_isdisjoint);
}
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kFrozensetMethods[] = {
    {"copy", set_copy, 0},
    {"union", nullptr, 0},
    {"intersection", nullptr, 0},
    {"difference", nullptr, 0},
    {"symmetric_difference", nullptr, 0},
    {"issubset", nullptr, 0},
    {"issuperset", nullptr, 0},
    {"isdisjoint", nullptr, 0},
    {"__contains__", set_contains_m, 0},
    {"__class_getitem__", set_class_getitem, kMethClass},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_frozenset_union(void) {
  installMethod(kFrozensetMethods, "union", set_union);
}
extern "C" void molt_use_frozenset_intersection(void) {
  installMethod(kFrozensetMethods, "intersection", set_intersection);
}
extern "C" void molt_use_frozenset_difference(void) {
  installMethod(kFrozensetMethods, "difference", set_difference);
}
extern "C" void molt_use_frozenset_symmetric_difference(void) {
  installMethod(kFrozensetMethods, "symmetric_difference", set_symmetric_difference);
}
extern "C" void molt_use_frozenset_issubset(void) {
  installMethod(kFrozensetMethods, "issubset", set_issubset);
}
extern "C" void molt_use_frozenset_issuperset(void) {
  installMethod(kFrozensetMethods, "issuperset", set_issuperset);
}
extern "C" void molt_use_frozenset_isdisjoint(void) {
  installMethod(kFrozensetMethods, "isdisjoint", set_isdisjoint);
}
MoltValue setIterLengthHint(MoltValue, const MoltValue *args, size_t, MoltValue) {
  auto *it = as<SetIterObj>(args[0]);
  if (it->set == MOLT_NONE || int64_t(tbl(it->set).size()) != it->expected)
    return molt_small_int(0);
  return molt_int_from_i64(it->remaining);
}
const MethodDef kSetIterMethods[] = {
    {"__length_hint__", setIterLengthHint, 0},
    {nullptr, nullptr, 0},
};

} // namespace

MoltType molt_type_set = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "set",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltSet),
    .dealloc = setDealloc,
    .traverse = setTraverse,
    .repr = setRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = setRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = setIter,
    .iternext = nullptr,
    .number = &kSetNumber,
    .container = &kSetContainer,
    .methods = kSetMethods,
    .getsets = nullptr,
    .new_ = setNewFn,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

MoltType molt_type_frozenset = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "frozenset",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MoltSet),
    .dealloc = setDealloc,
    .traverse = setTraverse,
    .repr = setRepr,
    .str = nullptr,
    .hash = frozensetHash,
    .richcompare = setRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = setIter,
    .iternext = nullptr,
    .number = &kFrozensetNumber,
    .container = &kSetContainer,
    .methods = kFrozensetMethods,
    .getsets = nullptr,
    .new_ = frozensetNewFn,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

MoltType molt::rt::molt_type_set_iterator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "set_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(SetIterObj),
    .dealloc = setIterDealloc,
    .traverse = setIterTraverse,
    .iter = cu::iterSelf,
    .iternext = setIterNext,
    .methods = kSetIterMethods,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

namespace molt::rt {

bool isAnySet(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  return t == &molt_type_set || t == &molt_type_frozenset || isSubtype(t, &molt_type_set) ||
         isSubtype(t, &molt_type_frozenset);
}

MoltValue setNew(bool frozen) { return setAlloc(frozen ? &molt_type_frozenset : &molt_type_set); }

MoltValue setFromIterable(MoltValue iterable, bool frozen) {
  MoltValue r = setNew(frozen);
  if (molt_is_error(r)) return r;
  if (updateInternal(r, iterable) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

int setContains(MoltValue s, MoltValue k) { return containsKey(s, k); }
int setDiscard(MoltValue s, MoltValue k) { return discardKey(s, k); }
int64_t setSize(MoltValue s) { return int64_t(tbl(s).size()); }

bool setNext(MoltValue s, int64_t *pos, MoltValue *k) {
  size_t p = size_t(*pos);
  const SetKey *key;
  hash_t h;
  if (!tbl(s).next(p, key, h)) return false;
  *pos = int64_t(p);
  *k = key->v;
  return true;
}

int setDifferenceUpdateIterable(MoltValue s, MoltValue other) {
  return differenceUpdateInternal(s, other);
}
int setIntersectionUpdateIterable(MoltValue s, MoltValue other) {
  return intersectionUpdate(s, other);
}
int setSymmetricDifferenceUpdateIterable(MoltValue s, MoltValue other) {
  return symmetricDifferenceUpdate(s, other);
}

} // namespace molt::rt

extern "C" {

MoltValue molt_set_new(const MoltValue *items, size_t n) {
  MoltValue s = setNew(false);
  if (molt_is_error(s)) return s;
  for (size_t i = 0; i < n; ++i) {
    if (addKey(s, items[i]) < 0) {
      molt_decref(s);
      return MOLT_ERROR;
    }
  }
  return s;
}

int molt_set_add(MoltValue set, MoltValue v) { return addKey(set, v); }

int molt_set_update(MoltValue set, MoltValue iterable) { return updateInternal(set, iterable); }

} // extern "C"

extern "C" MoltValue molt_frozenset_from_consts(const MoltValue *items, size_t n) {
  // f1 = frozenset(items); the constant merger rebuilds it as frozenset(tuple(f1)).
  MoltValue f1 = setNew(true);
  if (molt_is_error(f1)) return f1;
  for (size_t i = 0; i < n; ++i) {
    if (addKey(f1, items[i]) < 0) {
      molt_decref(f1);
      return MOLT_ERROR;
    }
  }
  MoltValue f2 = setNew(true);
  if (molt_is_error(f2)) {
    molt_decref(f1);
    return f2;
  }
  int64_t pos = 0;
  MoltValue k;
  while (setNext(f1, &pos, &k)) {
    if (addKey(f2, k) < 0) {
      molt_decref(f1);
      molt_decref(f2);
      return MOLT_ERROR;
    }
  }
  molt_decref(f1);
  return f2;
}

extern "C" MoltValue molt_set_from_consts(const MoltValue *items, size_t n) {
  // s = set(); s.update(<the frozenset constant>)
  MoltValue f2 = molt_frozenset_from_consts(items, n);
  if (molt_is_error(f2)) return f2;
  MoltValue s = setNew(false);
  if (!molt_is_error(s) && updateInternal(s, f2) < 0) {
    molt_decref(s);
    s = MOLT_ERROR;
  }
  molt_decref(f2);
  return s;
}
