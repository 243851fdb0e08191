// The `_collections` module (native): `deque` and the counting helper behind
// collections.Counter. lib/collections/__init__.py re-exports them.
//
// deque is a ring buffer: one power-of-two array of values with a head index,
// so both ends are O(1) amortized and indexing is O(1) (CPython links
// fixed-size blocks instead; a ring gives the same complexity with one
// allocation and no per-block bookkeeping). `state` counts mutations so
// iterators can raise "deque mutated during iteration" as CPython does.
#include <cstdlib>
#include <cstring>
#include <string>

#include "../objects/container_util.h"
#include "molt/dictobject.h"
#include "native.h"

using namespace molt::rt;

namespace {

struct Deque {
  MoltObject ob;
  MoltValue *buf; // cap slots, or nullptr when cap == 0
  int64_t cap;    // 0 or a power of two
  int64_t head;   // index of the first item in buf
  int64_t size;   // number of items
  int64_t maxlen; // -1: unbounded
  uint64_t state; // bumped by every mutation that moves items
};

extern MoltType dequeType;
extern MoltType dequeIterType;
extern MoltType dequeRevIterType;

Deque *dq(MoltValue v) { return as<Deque>(v); }
bool isDeque(MoltValue v) { return molt_is_ptr(v) && isSubtype(molt_ptr(v)->type, &dequeType); }

inline MoltValue &slot(Deque *d, int64_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

// Grows (or shrinks) the array to newCap slots, keeping the items in order.
int resize(Deque *d, int64_t newCap) {
  auto *nb = static_cast<MoltValue *>(std::malloc(size_t(newCap) * sizeof(MoltValue)));
  if (!nb) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return -1;
  }
  for (int64_t i = 0; i < d->size; i++)
    nb[i] = slot(d, i);
  std::free(d->buf);
  d->buf = nb;
  d->cap = newCap;
  d->head = 0;
  return 0;
}

int reserveOne(Deque *d) {
  if (d->size < d->cap) return 0;
  return resize(d, d->cap ? d->cap * 2 : 8);
}

void maybeShrink(Deque *d) {
  if (d->cap > 64 && d->size < d->cap / 8) resize(d, d->cap / 4); // failure keeps the old array
}

MoltValue takeBack(Deque *d) {
  MoltValue v = slot(d, d->size - 1);
  d->size--;
  d->state++;
  maybeShrink(d);
  return v;
}

MoltValue takeFront(Deque *d) {
  MoltValue v = d->buf[d->head];
  d->head = (d->head + 1) & (d->cap - 1);
  d->size--;
  d->state++;
  maybeShrink(d);
  return v;
}

// Appends v (stolen) at the right end; with maxlen, drops the leftmost item.
int pushBack(Deque *d, MoltValue v) {
  if (d->maxlen == 0) {
    molt_decref(v);
    return 0;
  }
  if (reserveOne(d) < 0) {
    molt_decref(v);
    return -1;
  }
  slot(d, d->size) = v;
  d->size++;
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) molt_decref(takeFront(d));
  return 0;
}

int pushFront(Deque *d, MoltValue v) {
  if (d->maxlen == 0) {
    molt_decref(v);
    return 0;
  }
  if (reserveOne(d) < 0) {
    molt_decref(v);
    return -1;
  }
  d->head = (d->head - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->size++;
  d->state++;
  if (d->maxlen >= 0 && d->size > d->maxlen) molt_decref(takeBack(d));
  return 0;
}

void clearDeque(Deque *d) {
  // Detach first: decrefs may run code that looks at the deque.
  MoltValue *buf = d->buf;
  int64_t cap = d->cap, head = d->head, size = d->size;
  d->buf = nullptr;
  d->cap = d->head = d->size = 0;
  d->state++;
  for (int64_t i = 0; i < size; i++)
    molt_decref(buf[(head + i) & (cap - 1)]);
  std::free(buf);
}

void rotate(Deque *d, int64_t n) {
  int64_t size = d->size;
  if (size <= 1) return;
  n %= size;
  if (n < 0) n += size;
  if (n == 0) return;
  if (n > size / 2) n -= size; // rotate the shorter way
  int64_t mask = d->cap - 1;
  if (n > 0) {
    for (int64_t k = 0; k < n; k++) {
      MoltValue v = d->buf[(d->head + size - 1) & mask];
      d->head = (d->head - 1) & mask;
      d->buf[d->head] = v;
    }
  } else {
    for (int64_t k = 0; k < -n; k++) {
      MoltValue v = d->buf[d->head];
      d->buf[(d->head + size) & mask] = v;
      d->head = (d->head + 1) & mask;
    }
  }
  d->state++;
}

// Extends d from an iterable at the right (left = false) or left end.
int extendFrom(Deque *d, MoltValue self, MoltValue iterable, bool left) {
  MoltValue src = iterable;
  bool owned = false;
  if (iterable == self) {
    src = sequenceList(iterable);
    if (molt_is_error(src)) return -1;
    owned = true;
  }
  int rc = forEach(src, [&](MoltValue item) {
    molt_incref(item);
    return left ? pushFront(d, item) : pushBack(d, item);
  });
  if (owned) molt_decref(src);
  return rc;
}

int parseMaxlen(MoltValue v, int64_t *out) {
  if (v == MOLT_UNBOUND || v == MOLT_NONE) {
    *out = -1;
    return 0;
  }
  if (!cu::isInt(v)) { // a real int: CPython does not call __index__ here
    molt_raise_fmt(&molt_type_TypeError, "an integer is required");
    return -1;
  }
  if (indexAsI64(v, out) < 0) return -1;
  if (*out < 0) {
    molt_raise_fmt(&molt_type_ValueError, "maxlen must be non-negative");
    return -1;
  }
  return 0;
}

int initDeque(MoltValue self, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"iterable", "maxlen"};
  MoltValue args[2];
  if (parseArgs("deque", a, n, kw, names, 2, 2, 0, args) < 0) return -1;
  int64_t maxlen;
  if (parseMaxlen(args[1], &maxlen) < 0) return -1;
  Deque *d = dq(self);
  d->maxlen = maxlen;
  if (d->size) clearDeque(d);
  if (args[0] != MOLT_UNBOUND) return extendFrom(d, self, args[0], false);
  return 0;
}

MoltValue dequeNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  MoltObject *o = allocObject(t, t->basicsize);
  if (!o) return MOLT_ERROR;
  Deque *d = reinterpret_cast<Deque *>(o);
  d->buf = nullptr;
  d->cap = d->head = d->size = 0;
  d->maxlen = -1;
  d->state = 0;
  MoltValue self = molt_from_ptr(o);
  // Subclasses get __init__ called by type.__call__; the exact type does it here.
  if (t == &dequeType && initDeque(self, a, n, kw) < 0) {
    molt_decref(self);
    return MOLT_ERROR;
  }
  return self;
}

void dequeDealloc(MoltObject *o) {
  Deque *d = reinterpret_cast<Deque *>(o);
  for (int64_t i = 0; i < d->size; i++)
    molt_decref(slot(d, i));
  std::free(d->buf);
  freeObject(o);
}

void dequeTraverse(MoltObject *o, visitfunc visit, void *arg) {
  Deque *d = reinterpret_cast<Deque *>(o);
  for (int64_t i = 0; i < d->size; i++)
    if (molt_is_ptr(slot(d, i))) visit(slot(d, i), arg);
}

// The class name shown by repr: the part after the last dot.
std::string shortName(MoltType *t) {
  std::string s = t->name;
  size_t dot = s.rfind('.');
  return dot == std::string::npos ? s : s.substr(dot + 1);
}

MoltValue dequeRepr(MoltValue self) {
  Deque *d = dq(self);
  std::string out = shortName(molt_type_of(self));
  int g = cu::reprEnter(&d->ob);
  if (g < 0) return MOLT_ERROR;
  if (g > 0) return strFromUtf8("[...]");
  out += "([";
  for (int64_t i = 0; i < d->size; i++) {
    if (i) out += ", ";
    MoltValue item = molt_newref(slot(d, i));
    int r = cu::appendRepr(out, item);
    molt_decref(item);
    if (r < 0) {
      cu::reprLeave(&d->ob);
      return MOLT_ERROR;
    }
  }
  out += "]";
  cu::reprLeave(&d->ob);
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return strFromUtf8(out);
}

MoltValue raiseMutated() {
  return molt_raise_fmt(&molt_type_RuntimeError, "deque mutated during iteration");
}

MoltValue dequeRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isDeque(a) || !isDeque(b)) return molt_not_implemented();
  Deque *x = dq(a), *y = dq(b);
  if (x->size != y->size && (op == MOLT_EQ || op == MOLT_NE)) return molt_bool(op == MOLT_NE);
  int64_t i = 0;
  for (;; i++) {
    if (i >= x->size || i >= y->size) break;
    MoltValue u = molt_newref(slot(x, i)), v = molt_newref(slot(y, i));
    int r = equals(u, v);
    molt_decref(u);
    molt_decref(v);
    if (r < 0) return MOLT_ERROR;
    if (!r) break;
  }
  if (i >= x->size || i >= y->size) return cu::cmpSizes(x->size, y->size, op);
  if (op == MOLT_EQ) return MOLT_FALSE;
  if (op == MOLT_NE) return MOLT_TRUE;
  MoltValue u = molt_newref(slot(x, i)), v = molt_newref(slot(y, i));
  MoltValue r = molt_richcompare(u, v, op);
  molt_decref(u);
  molt_decref(v);
  return r;
}

int64_t dequeLen(MoltValue self) { return dq(self)->size; }

// A sequence index of a deque (no slices): 0 or -1 with CPython's TypeError.
int dequeIndexArg(MoltValue key, int64_t *out) {
  if (molt_is_small_int(key)) {
    *out = molt_small_int_val(key);
    return 0;
  }
  if (!cu::isInt(key) && !numSlot(molt_type_of(key), &NumberSlots::index)) {
    molt_raise_fmt(&molt_type_TypeError, "sequence index must be integer, not '%s'", typeName(key));
    return -1;
  }
  if (indexAsI64(key, out) < 0) {
    if (cu::clearOverflow())
      molt_raise_fmt(&molt_type_IndexError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return 0;
}

int checkedIndex(Deque *d, MoltValue key, int64_t *i) {
  if (dequeIndexArg(key, i) < 0) return -1;
  if (*i < 0) *i += d->size;
  if (*i < 0 || *i >= d->size) {
    molt_raise_fmt(&molt_type_IndexError, "deque index out of range");
    return -1;
  }
  return 0;
}

MoltValue dequeGetItem(MoltValue self, MoltValue key) {
  Deque *d = dq(self);
  int64_t i;
  if (checkedIndex(d, key, &i) < 0) return MOLT_ERROR;
  return molt_newref(slot(d, i));
}

// Removes the item at index i (0 <= i < size), returning it (new reference).
MoltValue removeAt(Deque *d, int64_t i) {
  MoltValue v = slot(d, i);
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; k--)
      slot(d, k) = slot(d, k - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (int64_t k = i; k < d->size - 1; k++)
      slot(d, k) = slot(d, k + 1);
  }
  d->size--;
  d->state++;
  maybeShrink(d);
  return v;
}

int dequeSetItem(MoltValue self, MoltValue key, MoltValue v) {
  Deque *d = dq(self);
  int64_t i;
  if (checkedIndex(d, key, &i) < 0) return -1;
  if (v == MOLT_UNBOUND) {
    molt_decref(removeAt(d, i));
    return 0;
  }
  MoltValue old = slot(d, i);
  slot(d, i) = molt_newref(v);
  molt_decref(old);
  return 0;
}

// Calls fn(item) for each item with the mutation check; fn: 0 go on, 1 stop, -1 error.
template <class Fn> int scan(Deque *d, Fn &&fn) {
  uint64_t state = d->state;
  int64_t n = d->size;
  for (int64_t i = 0; i < n; i++) {
    MoltValue item = molt_newref(slot(d, i));
    int r = fn(i, item);
    molt_decref(item);
    if (r < 0) return -1;
    if (d->state != state) {
      raiseMutated();
      return -1;
    }
    if (r > 0) return 1;
  }
  return 0;
}

int dequeContains(MoltValue self, MoltValue v) {
  return scan(dq(self), [&](int64_t, MoltValue item) { return equals(item, v); });
}

MoltValue dequeCopyOf(MoltValue self) {
  Deque *d = dq(self);
  MoltType *t = molt_type_of(self);
  if (t == &dequeType) {
    MoltValue r = dequeNew(&dequeType, nullptr, 0, MOLT_NONE);
    if (molt_is_error(r)) return r;
    Deque *c = dq(r);
    c->maxlen = d->maxlen;
    if (d->size && resize(c, d->cap) < 0) {
      molt_decref(r);
      return MOLT_ERROR;
    }
    for (int64_t i = 0; i < d->size; i++)
      c->buf[i] = molt_newref(slot(d, i));
    c->size = d->size;
    return r;
  }
  MoltValue args[2] = {self, MOLT_NONE};
  size_t n = 1;
  if (d->maxlen >= 0) {
    args[1] = molt_small_int(d->maxlen);
    n = 2;
  }
  return molt_call(molt_from_ptr(t), args, n, MOLT_NONE);
}

MoltValue dequeAdd(MoltValue a, MoltValue b) {
  if (!isDeque(a)) return molt_not_implemented();
  if (!isDeque(b))
    return molt_raise_fmt(&molt_type_TypeError, "can only concatenate deque (not \"%s\") to deque",
                          typeName(b));
  MoltValue r = dequeCopyOf(a);
  if (molt_is_error(r)) return r;
  if (!isDeque(r) || extendFrom(dq(r), r, b, false) < 0) {
    if (!isDeque(r)) molt_raise_fmt(&molt_type_TypeError, "deque copy is not a deque");
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

MoltValue dequeIAdd(MoltValue a, MoltValue b) {
  if (!isDeque(a)) return molt_not_implemented();
  if (extendFrom(dq(a), a, b, false) < 0) return MOLT_ERROR;
  return molt_newref(a);
}

// d *= n in place.
int repeatInPlace(Deque *d, int64_t n) {
  if (n <= 0 || d->size == 0) {
    if (d->size) clearDeque(d);
    return 0;
  }
  if (n == 1) return 0;
  int64_t size = d->size;
  int64_t total;
  if (__builtin_mul_overflow(size, n, &total)) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return -1;
  }
  // With maxlen, items that would fall off the left end are never appended.
  int64_t first = size;
  if (d->maxlen >= 0 && total - d->maxlen > first) first = total - d->maxlen;
  // Copy the original items first (appends may drop items from the front).
  MoltValue *orig = static_cast<MoltValue *>(std::malloc(size_t(size) * sizeof(MoltValue)));
  if (!orig) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return -1;
  }
  for (int64_t i = 0; i < size; i++)
    orig[i] = molt_newref(slot(d, i));
  int rc = 0;
  for (int64_t k = first; k < total && rc == 0; k++)
    rc = pushBack(d, molt_newref(orig[k % size]));
  for (int64_t i = 0; i < size; i++)
    molt_decref(orig[i]);
  std::free(orig);
  return rc;
}

int repeatCount(MoltValue n, int64_t *out) {
  if (!cu::isInt(n) && !numSlot(molt_type_of(n), &NumberSlots::index)) return 1;
  if (indexAsI64(n, out) < 0) return -1;
  return 0;
}

MoltValue dequeMul(MoltValue a, MoltValue b) {
  MoltValue self = a, count = b;
  if (!isDeque(a)) {
    self = b;
    count = a;
  }
  int64_t n;
  int r = repeatCount(count, &n);
  if (r < 0) return MOLT_ERROR;
  if (r > 0) return molt_not_implemented();
  MoltValue c = dequeCopyOf(self);
  if (molt_is_error(c)) return c;
  if (repeatInPlace(dq(c), n) < 0) {
    molt_decref(c);
    return MOLT_ERROR;
  }
  return c;
}

MoltValue dequeIMul(MoltValue a, MoltValue b) {
  if (!isDeque(a)) return molt_not_implemented();
  int64_t n;
  int r = repeatCount(b, &n);
  if (r < 0) return MOLT_ERROR;
  if (r > 0) return molt_not_implemented();
  if (repeatInPlace(dq(a), n) < 0) return MOLT_ERROR;
  return molt_newref(a);
}

// --- methods ------------------------------------------------------------------

#define SELF dq(args[0])
#define NPOS (size_t(nargs) - 1)

int noArgsM(const char *name, size_t nargs, MoltValue kw) {
  if (noKeywords(name, kw) < 0) return -1;
  if (NPOS != 0) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments (%zu given)", name, NPOS);
    return -1;
  }
  return 0;
}

int oneArgM(const char *name, size_t nargs, MoltValue kw) { return checkOneArg(name, NPOS, kw); }

MoltValue m_append(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.append", nargs, kw) < 0) return MOLT_ERROR;
  if (pushBack(SELF, molt_newref(args[1])) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_appendleft(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.appendleft", nargs, kw) < 0) return MOLT_ERROR;
  if (pushFront(SELF, molt_newref(args[1])) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_pop(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.pop", nargs, kw) < 0) return MOLT_ERROR;
  Deque *d = SELF;
  if (d->size == 0) return molt_raise_fmt(&molt_type_IndexError, "pop from an empty deque");
  return takeBack(d);
}

MoltValue m_popleft(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.popleft", nargs, kw) < 0) return MOLT_ERROR;
  Deque *d = SELF;
  if (d->size == 0) return molt_raise_fmt(&molt_type_IndexError, "pop from an empty deque");
  return takeFront(d);
}

MoltValue m_extend(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.extend", nargs, kw) < 0) return MOLT_ERROR;
  if (extendFrom(SELF, args[0], args[1], false) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_extendleft(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.extendleft", nargs, kw) < 0) return MOLT_ERROR;
  if (extendFrom(SELF, args[0], args[1], true) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_rotate(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (checkPositional("rotate", NPOS, kw, 0, 1) < 0) return MOLT_ERROR;
  int64_t n = 1;
  if (NPOS == 1 && indexAsI64(args[1], &n) < 0) return MOLT_ERROR;
  rotate(SELF, n);
  return MOLT_NONE;
}

MoltValue m_clear(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.clear", nargs, kw) < 0) return MOLT_ERROR;
  clearDeque(SELF);
  return MOLT_NONE;
}

MoltValue m_copy(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.copy", nargs, kw) < 0) return MOLT_ERROR;
  return dequeCopyOf(args[0]);
}

MoltValue m_count(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.count", nargs, kw) < 0) return MOLT_ERROR;
  int64_t c = 0;
  MoltValue x = args[1];
  if (scan(SELF, [&](int64_t, MoltValue item) {
        int r = equals(item, x);
        if (r > 0) c++;
        return r < 0 ? -1 : 0;
      }) < 0)
    return MOLT_ERROR;
  return molt_int_from_i64(c);
}

MoltValue m_index(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noKeywords("index", kw) < 0) return MOLT_ERROR;
  if (NPOS < 1)
    return molt_raise_fmt(&molt_type_TypeError, "index() takes at least 1 argument (%zu given)",
                          NPOS);
  if (NPOS > 3)
    return molt_raise_fmt(&molt_type_TypeError, "index() takes at most 3 arguments (%zu given)",
                          NPOS);
  Deque *d = SELF;
  const char *msg = "slice indices must be integers or have an __index__ method";
  int64_t start = 0, stop = INT64_MAX;
  if (NPOS > 1 && cu::clampedIndex(args[2], msg, &start) < 0) return MOLT_ERROR;
  if (NPOS > 2 && cu::clampedIndex(args[3], msg, &stop) < 0) return MOLT_ERROR;
  if (start < 0) {
    start += d->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += d->size;
    if (stop < 0) stop = 0;
  }
  if (stop > d->size) stop = d->size;
  uint64_t state = d->state;
  for (int64_t i = start; i < stop; i++) {
    MoltValue item = molt_newref(slot(d, i));
    int r = equals(item, args[1]);
    molt_decref(item);
    if (r < 0) return MOLT_ERROR;
    if (d->state != state) return raiseMutated();
    if (r) return molt_int_from_i64(i);
  }
  std::string rep;
  if (!cu::reprString(args[1], rep)) return MOLT_ERROR;
  return molt_raise_fmt(&molt_type_ValueError, "%s is not in deque", rep.c_str());
}

MoltValue m_insert(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (checkPositional("insert", NPOS, kw, 2, 2) < 0) return MOLT_ERROR;
  Deque *d = SELF;
  int64_t i;
  if (indexAsI64(args[1], &i) < 0) return MOLT_ERROR;
  if (d->maxlen >= 0 && d->size >= d->maxlen)
    return molt_raise_fmt(&molt_type_IndexError, "deque already at its maximum size");
  int64_t n = d->size;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (reserveOne(d) < 0) return MOLT_ERROR;
  if (i < n / 2) {
    d->head = (d->head - 1) & (d->cap - 1);
    d->size++;
    for (int64_t k = 0; k < i; k++)
      slot(d, k) = slot(d, k + 1);
  } else {
    d->size++;
    for (int64_t k = n; k > i; k--)
      slot(d, k) = slot(d, k - 1);
  }
  slot(d, i) = molt_newref(args[2]);
  d->state++;
  return MOLT_NONE;
}

MoltValue m_remove(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArgM("deque.remove", nargs, kw) < 0) return MOLT_ERROR;
  Deque *d = SELF;
  int64_t found = -1;
  int r = scan(d, [&](int64_t i, MoltValue item) {
    int e = equals(item, args[1]);
    if (e > 0) found = i;
    return e;
  });
  if (r < 0) return MOLT_ERROR;
  if (found < 0) {
    std::string rep;
    if (!cu::reprString(args[1], rep)) return MOLT_ERROR;
    return molt_raise_fmt(&molt_type_ValueError, "%s is not in deque", rep.c_str());
  }
  molt_decref(removeAt(d, found));
  return MOLT_NONE;
}

MoltValue m_reverse(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.reverse", nargs, kw) < 0) return MOLT_ERROR;
  Deque *d = SELF;
  for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) {
    MoltValue t = slot(d, i);
    slot(d, i) = slot(d, j);
    slot(d, j) = t;
  }
  d->state++;
  return MOLT_NONE;
}

MoltValue m_init(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (initDeque(args[0], args + 1, NPOS, kw) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_class_getitem(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs < 2) return molt_raise_fmt(&molt_type_TypeError, "expected 1 argument");
  return makeGenericAlias(args[0], args[1]);
}

// --- iterators ----------------------------------------------------------------

struct DequeIter {
  MoltObject ob;
  MoltValue deque;
  int64_t index; // next position (forward) or count already produced (reverse)
  uint64_t state;
};

MoltValue iterNew(MoltType *t, MoltValue self) {
  MoltObject *o = allocObject(t, sizeof(DequeIter));
  if (!o) return MOLT_ERROR;
  auto *it = reinterpret_cast<DequeIter *>(o);
  it->deque = molt_newref(self);
  it->index = 0;
  it->state = dq(self)->state;
  return molt_from_ptr(o);
}

MoltValue dequeIter(MoltValue self) { return iterNew(&dequeIterType, self); }

MoltValue m_reversed(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgsM("deque.__reversed__", nargs, kw) < 0) return MOLT_ERROR;
  return iterNew(&dequeRevIterType, args[0]);
}

void iterDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<DequeIter *>(o)->deque);
  freeObject(o);
}

void iterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  visit(reinterpret_cast<DequeIter *>(o)->deque, arg);
}

MoltValue iterNext(MoltValue self) {
  auto *it = as<DequeIter>(self);
  Deque *d = dq(it->deque);
  if (d->state != it->state) {
    it->index = d->size; // stays exhausted-looking but keeps raising, as CPython
    return raiseMutated();
  }
  if (it->index >= d->size) return MOLT_STOP;
  return molt_newref(slot(d, it->index++));
}

MoltValue revIterNext(MoltValue self) {
  auto *it = as<DequeIter>(self);
  Deque *d = dq(it->deque);
  if (d->state != it->state) return raiseMutated();
  if (it->index >= d->size) return MOLT_STOP;
  return molt_newref(slot(d, d->size - 1 - it->index++));
}

MoltValue m_length_hint(MoltValue, const MoltValue *args, size_t, MoltValue) {
  auto *it = as<DequeIter>(args[0]);
  int64_t left = dq(it->deque)->size - it->index;
  return molt_int_from_i64(left < 0 ? 0 : left);
}

MoltValue getMaxlen(MoltValue self) {
  int64_t m = dq(self)->maxlen;
  return m < 0 ? MOLT_NONE : molt_int_from_i64(m);
}

// --- _count_elements(mapping, iterable) -----------------------------------------

// 1 if type t takes `name` from dict itself (not overridden in a subclass), 0 if not, -1 on error.
int dictOwns(MoltType *t, const char *name) {
  if (t == &molt_type_dict) return 1;
  MoltType *owner = nullptr;
  if (molt_is_error(typeLookupOwner(t, cu::internName(name), &owner))) return -1;
  return owner == &molt_type_dict;
}

// Counts the characters of an ASCII str into an empty dict: one pass over the
// bytes into a table, then one insertion per distinct character in order of
// first occurrence (the order the per-character loop would give). Only for an
// empty dict, so every key compared is one of these exact one-character strs.
int countAsciiChars(MoltValue map, MoltValue str) {
  std::string_view s = strView(str);
  int64_t counts[128] = {};
  unsigned char order[128];
  int distinct = 0;
  for (unsigned char c : s)
    if (counts[c]++ == 0) order[distinct++] = c;
  for (int i = 0; i < distinct; i++) {
    MoltValue k = strFromChar(order[i]);
    MoltValue n = molt_int_from_i64(counts[order[i]]);
    if (molt_is_error(k) || molt_is_error(n)) return -1;
    int r = molt_setitem(map, k, n);
    molt_decref(n);
    if (r < 0) return -1;
  }
  return 0;
}

MoltValue countElements(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (checkPositional("_count_elements", nargs, kw, 2, 2) < 0) return MOLT_ERROR;
  MoltValue map = args[0];
  // As CPython: the direct path only when get and __setitem__ are dict's own.
  bool fast = false;
  if (isDict(map)) {
    int g = dictOwns(molt_ptr(map)->type, "get");
    int s = g > 0 ? dictOwns(molt_ptr(map)->type, "__setitem__") : g;
    if (s < 0) return MOLT_ERROR;
    fast = s > 0;
  }
  if (fast && dictSize(map) == 0 && molt_is_ptr(args[1]) &&
      molt_ptr(args[1])->type == &molt_type_str && as<MoltStr>(args[1])->ascii)
    return countAsciiChars(map, args[1]) < 0 ? MOLT_ERROR : MOLT_NONE;
  MoltValue getName = cu::internName("get");
  MoltValue one = molt_small_int(1);
  int rc = forEach(args[1], [&](MoltValue item) {
    if (fast) {
      // One hash and one probe: a present key with a small count is bumped in place.
      int64_t h;
      if (cu::hashOf(item, &h) < 0) return -1;
      MoltValue *slot = nullptr;
      const MoltValue *stored = nullptr;
      int found = as<MoltDict>(map)->table.lookup(item, h, cu::eqCallback, &slot, &stored);
      if (found < 0) {
        cu::raiseTableStatus(found);
        return -1;
      }
      // In place only when no user __eq__ ran (identical key, or exact strs):
      // otherwise a second lookup, so __eq__ runs as often as in CPython's get+set.
      if (found && molt_is_small_int(*slot) &&
          (*stored == item ||
           (isExact(item, &molt_type_str) && isExact(*stored, &molt_type_str)))) {
        int64_t c = molt_small_int_val(*slot);
        if (c < MOLT_SMALL_INT_MAX) {
          *slot = molt_small_int(c + 1);
          return 0;
        }
      }
      MoltValue nv = found ? molt_add(*slot, one) : one;
      if (molt_is_error(nv)) return -1;
      int r = dictSetItemHashed(map, item, h, nv);
      molt_decref(nv);
      return r < 0 ? -1 : 0;
    }
    MoltValue getargs[3] = {map, item, molt_small_int(0)};
    MoltValue cur = molt_call_method(getName, getargs, 3, MOLT_NONE);
    if (molt_is_error(cur)) return -1;
    MoltValue nv = molt_add(cur, one);
    molt_decref(cur);
    if (molt_is_error(nv)) return -1;
    int r = molt_setitem(map, item, nv);
    molt_decref(nv);
    return r < 0 ? -1 : 0;
  });
  if (rc < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

const NumberSlots kDequeNumber = {
    .add = dequeAdd, .mul = dequeMul, .iadd = dequeIAdd, .imul = dequeIMul};
const ContainerSlots kDequeContainer = {
    .len = dequeLen, .getitem = dequeGetItem, .setitem = dequeSetItem, .contains = dequeContains};
const MethodDef kDequeMethods[] = {
    {"append", m_append, 0},   {"appendleft", m_appendleft, 0},
    {"pop", m_pop, 0},         {"popleft", m_popleft, 0},
    {"extend", m_extend, 0},   {"extendleft", m_extendleft, 0},
    {"rotate", m_rotate, 0},   {"clear", m_clear, 0},
    {"copy", m_copy, 0},       {"__copy__", m_copy, 0},
    {"count", m_count, 0},     {"index", m_index, 0},
    {"insert", m_insert, 0},   {"remove", m_remove, 0},
    {"reverse", m_reverse, 0}, {"__reversed__", m_reversed, 0},
    {"__init__", m_init, 0},   {"__class_getitem__", m_class_getitem, kMethClass},
    {nullptr, nullptr, 0},
};
const GetSetDef kDequeGetSets[] = {
    {"maxlen", getMaxlen, nullptr},
    {nullptr, nullptr, nullptr},
};
const MethodDef kIterMethods[] = {
    {"__length_hint__", m_length_hint, 0},
    {nullptr, nullptr, 0},
};

MoltType dequeType = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "collections.deque",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(Deque),
    .dealloc = dequeDealloc,
    .traverse = dequeTraverse,
    .repr = dequeRepr,
    .hash = nullptr,
    .richcompare = dequeRichCompare,
    .iter = dequeIter,
    .number = &kDequeNumber,
    .container = &kDequeContainer,
    .methods = kDequeMethods,
    .getsets = kDequeGetSets,
    .new_ = dequeNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "A list-like sequence optimized for data accesses near its endpoints.",
};

MoltType dequeIterType = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "collections._deque_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(DequeIter),
    .dealloc = iterDealloc,
    .traverse = iterTraverse,
    .iter = selfIter,
    .iternext = iterNext,
    .methods = kIterMethods,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

MoltType dequeRevIterType = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "collections._deque_reverse_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(DequeIter),
    .dealloc = iterDealloc,
    .traverse = iterTraverse,
    .iter = selfIter,
    .iternext = revIterNext,
    .methods = kIterMethods,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

} // namespace

void molt::rt::initCollectionsModule(NativeModuleBuilder &b) {
  b.addType(&dequeType);
  b.addFunc("_count_elements", countElements);
}

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native__collections = {"_collections", molt::rt::initCollectionsModule,
                                             nullptr};
}
