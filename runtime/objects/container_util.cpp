// Shared helpers of the container object files (see container_util.h).
#include "container_util.h"

#include <charconv>
#include <cstdlib>

namespace molt::rt::cu {

int noKwargsError(const char *name) {
  molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", name);
  return -1;
}

int exactlyOneError(const char *name, int64_t n) {
  molt_raise_fmt(&molt_type_TypeError, "%s() takes exactly one argument (%lld given)", name,
                 (long long)n);
  return -1;
}

int noArgsError(const char *name, int64_t n) {
  molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments (%lld given)", name, (long long)n);
  return -1;
}

int argRangeError(const char *name, int64_t n, int64_t min, int64_t max) {
  if (min == max)
    molt_raise_fmt(&molt_type_TypeError, "%s expected %lld argument%s, got %lld", name,
                   (long long)min, min == 1 ? "" : "s", (long long)n);
  else if (n < min)
    molt_raise_fmt(&molt_type_TypeError, "%s expected at least %lld argument%s, got %lld", name,
                   (long long)min, min == 1 ? "" : "s", (long long)n);
  else
    molt_raise_fmt(&molt_type_TypeError, "%s expected at most %lld argument%s, got %lld", name,
                   (long long)max, max == 1 ? "" : "s", (long long)n);
  return -1;
}

// ---------------------------------------------------------------------------
// repr guard: a small stack of the objects whose repr is in progress.

namespace {
MoltObject **gReprStack = nullptr;
size_t gReprLen = 0, gReprCap = 0;
} // namespace

int reprEnter(MoltObject *o) {
  for (size_t i = 0; i < gReprLen; ++i)
    if (gReprStack[i] == o) return 1;
  if (gReprLen == gReprCap) {
    size_t ncap = gReprCap ? gReprCap * 2 : 16;
    auto *n = static_cast<MoltObject **>(std::realloc(gReprStack, ncap * sizeof(MoltObject *)));
    if (!n) {
      molt_raise_fmt(&molt_type_MemoryError, "");
      return -1;
    }
    gReprStack = n;
    gReprCap = ncap;
  }
  gReprStack[gReprLen++] = o;
  return 0;
}

void reprLeave(MoltObject *o) {
  for (size_t i = gReprLen; i-- > 0;) {
    if (gReprStack[i] == o) {
      for (size_t j = i; j + 1 < gReprLen; ++j)
        gReprStack[j] = gReprStack[j + 1];
      --gReprLen;
      return;
    }
  }
}

int appendRepr(std::string &out, MoltValue v) {
  if (molt_is_small_int(v)) {
    char buf[32];
    char *end = std::to_chars(buf, buf + sizeof buf, molt_small_int_val(v)).ptr;
    out.append(buf, size_t(end - buf));
    return 0;
  }
  if (++molt_state.depth > molt_state.recursion_limit || molt_stack_exhausted()) {
    --molt_state.depth;
    molt_raise_fmt(&molt_type_RecursionError,
                   "maximum recursion depth exceeded while getting the repr of an object");
    return -1;
  }
  MoltValue r = molt_repr(v);
  molt_leave();
  if (molt_is_error(r)) return -1;
  out.append(strView(r));
  molt_decref(r);
  return 0;
}

bool reprString(MoltValue v, std::string &out) {
  out.clear();
  return appendRepr(out, v) == 0;
}

// ---------------------------------------------------------------------------
// Trashcan: bounds the C stack used when freeing deeply nested containers.

namespace {
constexpr int kTrashLimit = 50;
int gTrashDepth = 0;
MoltObject **gTrash = nullptr;
size_t gTrashLen = 0, gTrashCap = 0;
} // namespace

bool trashBegin(MoltObject *o) {
  if (gTrashDepth >= kTrashLimit) {
    if (gTrashLen == gTrashCap) {
      size_t ncap = gTrashCap ? gTrashCap * 2 : 64;
      auto *n = static_cast<MoltObject **>(std::realloc(gTrash, ncap * sizeof(MoltObject *)));
      if (n) {
        gTrash = n;
        gTrashCap = ncap;
      }
    }
    if (gTrashLen < gTrashCap) {
      gTrash[gTrashLen++] = o;
      return true;
    }
  }
  ++gTrashDepth;
  return false;
}

void trashEnd() {
  --gTrashDepth;
  if (gTrashDepth != 0) return;
  while (gTrashLen > 0) {
    MoltObject *o = gTrash[--gTrashLen];
    o->type->dealloc(o);
  }
}

// ---------------------------------------------------------------------------

MoltValue raiseKeyError(MoltValue key) {
  MoltValue exc = molt_call(molt_from_ptr(&molt_type_KeyError), &key, 1, MOLT_NONE);
  if (molt_is_error(exc)) return MOLT_ERROR;
  molt_raise(exc);
  molt_decref(exc);
  return MOLT_ERROR;
}

bool isInt(MoltValue v) {
  return molt_is_small_int(v) || molt_is_bool(v) ||
         (molt_is_ptr(v) && isInstance(v, &molt_type_int));
}

bool clearOverflow() {
  MoltValue exc = molt_err_fetch();
  if (isInstance(exc, &molt_type_OverflowError)) {
    molt_decref(exc);
    return true;
  }
  molt_err_restore(exc);
  molt_decref(exc);
  return false;
}

static bool hasIndex(MoltValue v) {
  if (isInt(v)) return true;
  MoltType *t = molt_type_of(v);
  return t->number && t->number->index;
}

int seqIndex(MoltValue key, const char *seqName, int64_t *out) {
  if (molt_is_small_int(key)) {
    *out = molt_small_int_val(key);
    return 0;
  }
  if (!hasIndex(key)) {
    molt_raise_fmt(&molt_type_TypeError, "%s indices must be integers or slices, not %s", seqName,
                   typeName(key));
    return -1;
  }
  if (indexAsI64(key, out) == 0) return 0;
  if (clearOverflow()) {
    molt_raise_fmt(&molt_type_IndexError, "cannot fit '%s' into an index-sized integer",
                   typeName(key));
  }
  return -1;
}

int clampedIndex(MoltValue v, const char *msg, int64_t *out) {
  if (molt_is_small_int(v)) {
    *out = molt_small_int_val(v);
    return 0;
  }
  if (!hasIndex(v)) {
    if (msg)
      molt_raise_fmt(&molt_type_TypeError, "%s", msg);
    else if (indexAsI64(v, out) == 0)
      return 0;
    return -1;
  }
  MoltValue iv;
  if (isInt(v)) {
    iv = molt_newref(v);
  } else {
    iv = molt_type_of(v)->number->index(v);
    if (molt_is_error(iv)) return -1;
  }
  int r = indexAsI64(iv, out);
  if (r < 0) {
    if (!clearOverflow()) {
      molt_decref(iv);
      return -1;
    }
    int neg = molt_compare_bool(iv, molt_small_int(0), MOLT_LT);
    if (neg < 0) {
      molt_decref(iv);
      return -1;
    }
    *out = neg ? INT64_MIN : INT64_MAX;
  }
  molt_decref(iv);
  return 0;
}

} // namespace molt::rt::cu

namespace molt::rt::cu {

MoltValue iterSelf(MoltValue self) { return molt_newref(self); }

void seqIterDealloc(MoltObject *o) {
  auto *it = reinterpret_cast<SeqIter *>(o);
  molt_decref(it->seq);
  freeObject(o);
}

void seqIterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *it = reinterpret_cast<SeqIter *>(o);
  if (molt_is_ptr(it->seq)) visit(it->seq, arg);
}

MoltValue seqIterNew(MoltType *t, MoltValue seq, int64_t index) {
  auto *it = reinterpret_cast<SeqIter *>(allocObject(t, sizeof(SeqIter)));
  if (!it) return MOLT_ERROR;
  it->seq = molt_newref(seq);
  it->index = index;
  return molt_from_ptr(it);
}

MoltValue cmpSizes(int64_t a, int64_t b, int op) {
  bool r = false;
  switch (op) {
  case MOLT_LT:
    r = a < b;
    break;
  case MOLT_LE:
    r = a <= b;
    break;
  case MOLT_EQ:
    r = a == b;
    break;
  case MOLT_NE:
    r = a != b;
    break;
  case MOLT_GT:
    r = a > b;
    break;
  default:
    r = a >= b;
    break;
  }
  return molt_bool(r);
}

} // namespace molt::rt::cu

#include <cstring>

namespace molt::rt::cu {

MoltValue internName(const char *name) { return molt_const_str(name, std::strlen(name)); }

int lookupAttrOptional(MoltValue o, const char *name, MoltValue *out) {
  MoltValue n = internName(name);
  if (molt_is_error(n)) return -1;
  MoltValue r = molt_getattr(o, n);
  if (!molt_is_error(r)) {
    *out = r;
    return 1;
  }
  MoltValue exc = molt_err_fetch();
  if (isInstance(exc, &molt_type_AttributeError)) {
    molt_decref(exc);
    return 0;
  }
  molt_err_restore(exc);
  molt_decref(exc);
  return -1;
}

void raiseTableStatus(int status) {
  if (status == -2) molt_raise_fmt(&molt_type_MemoryError, "");
}

} // namespace molt::rt::cu

#include "molt/dictobject.h"
#include "molt/iterobject.h"
#include "molt/listobject.h"
#include "molt/rangeobject.h"
#include "molt/setobject.h"

namespace molt::rt {

void readyContainerTypes() {
  MoltType *types[] = {
      &molt_type_tuple_iterator,
      &molt_type_list_iterator,
      &molt_type_list_reverseiterator,
      &molt_type_dict_keys,
      &molt_type_dict_values,
      &molt_type_dict_items,
      &molt_type_dict_keyiterator,
      &molt_type_dict_valueiterator,
      &molt_type_dict_itemiterator,
      &molt_type_dict_reversekeyiterator,
      &molt_type_dict_reversevalueiterator,
      &molt_type_dict_reverseitemiterator,
      &molt_type_set_iterator,
      &molt_type_range_iterator,
      &molt_type_longrange_iterator,
  };
  for (MoltType *t : types)
    readyType(t);
}

} // namespace molt::rt
