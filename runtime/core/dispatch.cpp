// Generic operations dispatched through the type slots: type_of, number
// operators (with CPython's reflected-operand rules), comparisons, truth,
// containment, items, iteration and unpacking.
#include <cstdlib>

#include "core_internal.h"
#include "molt/hash.h"

using namespace molt::rt;

namespace {
inline bool isNotImpl(MoltValue v) { return v == molt_not_implemented(); }
} // namespace

extern "C" MoltType *(molt_type_of)(MoltValue v) {
  MoltType *t = rawTypeOf(v);
  if (__builtin_expect(!typeIsReady(t), 0)) readyType(t);
  return t;
}

namespace molt::rt {

bool isSubtype(const MoltType *t, const MoltType *base) {
  if (t == base) return true;
  if (molt_is_ptr(t->mro)) {
    auto *mro = as<MoltTuple>(t->mro);
    for (int64_t i = 0; i < mro->size; i++)
      if (as<MoltType>(mro->items[i]) == base) return true;
    return false;
  }
  for (const MoltType *b = t->base; b; b = b->base)
    if (b == base) return true;
  return base == &molt_type_object;
}

const char *typeName(MoltValue v) { return molt_type_of(v)->name; }

int equals(MoltValue a, MoltValue b) {
  if (a == b) return 1;
  return molt_compare_bool(a, b, MOLT_EQ);
}

int hashValue(MoltValue v, int64_t *out) {
  if (molt_is_small_int(v)) {
    *out = hashInt64(molt_small_int_val(v));
    return 0;
  }
  if (molt_is_float(v)) {
    *out = hashDouble(molt_float_val(v));
    return 0;
  }
  if (molt_is_bool(v)) {
    *out = (int64_t)(v & 1);
    return 0;
  }
  if (v == MOLT_NONE) {
    *out = kHashNone;
    return 0;
  }
  MoltType *t = molt_type_of(v);
  if (!t->hash) {
    molt_raise_fmt(&molt_type_TypeError, "unhashable type: '%s'", t->name);
    return -1;
  }
  return t->hash(v, out);
}

// isIntLike and indexAsI64 are defined by the numbers area (objects/int.cpp).

MoltValue raiseBinaryTypeError(const char *op, MoltValue a, MoltValue b) {
  return molt_raise_fmt(&molt_type_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                        op, typeName(a), typeName(b));
}

MoltValue raiseUnaryTypeError(const char *op, MoltValue a) {
  if ((op[0] >= 'a' && op[0] <= 'z'))
    return molt_raise_fmt(&molt_type_TypeError, "bad operand type for %s: '%s'", op, typeName(a));
  return molt_raise_fmt(&molt_type_TypeError, "bad operand type for unary %s: '%s'", op,
                        typeName(a));
}

} // namespace molt::rt

// ---------------------------------------------------------------------------
// Number operators

namespace {

MoltValue binaryOp1(MoltValue a, MoltValue b, binaryfunc NumberSlots::*m) {
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  binaryfunc fa = numSlot(ta, m), fb = nullptr;
  if (tb != ta) {
    fb = numSlot(tb, m);
    if (fb == fa) fb = nullptr;
  }
  MoltValue r;
  if (fa) {
    if (fb && isSubtype(tb, ta)) {
      r = fb(a, b);
      if (!isNotImpl(r)) return r;
      fb = nullptr;
    }
    r = fa(a, b);
    if (!isNotImpl(r)) return r;
  }
  if (fb) {
    r = fb(a, b);
    if (!isNotImpl(r)) return r;
  }
  return molt_not_implemented();
}

MoltValue binaryOp(MoltValue a, MoltValue b, binaryfunc NumberSlots::*m, const char *op) {
  MoltValue r = binaryOp1(a, b, m);
  if (!isNotImpl(r)) return r;
  return raiseBinaryTypeError(op, a, b);
}

MoltValue inplaceOp(MoltValue a, MoltValue b, binaryfunc NumberSlots::*im,
                    binaryfunc NumberSlots::*m, const char *op) {
  binaryfunc fi = numSlot(molt_type_of(a), im);
  if (fi) {
    MoltValue r = fi(a, b);
    if (!isNotImpl(r)) return r;
  }
  MoltValue r = binaryOp1(a, b, m);
  if (!isNotImpl(r)) return r;
  return raiseBinaryTypeError(op, a, b);
}

MoltValue ternaryOp1(MoltValue a, MoltValue b, MoltValue c, ternaryfunc NumberSlots::*m) {
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  ternaryfunc fa = numSlot(ta, m), fb = nullptr;
  if (tb != ta) {
    fb = numSlot(tb, m);
    if (fb == fa) fb = nullptr;
  }
  MoltValue r;
  if (fa) {
    if (fb && isSubtype(tb, ta)) {
      r = fb(a, b, c);
      if (!isNotImpl(r)) return r;
      fb = nullptr;
    }
    r = fa(a, b, c);
    if (!isNotImpl(r)) return r;
  }
  if (fb) {
    r = fb(a, b, c);
    if (!isNotImpl(r)) return r;
  }
  if (c != MOLT_NONE) {
    ternaryfunc fc = numSlot(molt_type_of(c), m);
    if (fc && fc != fa && fc != fb) {
      r = fc(a, b, c);
      if (!isNotImpl(r)) return r;
    }
  }
  return molt_not_implemented();
}

} // namespace

namespace molt::rt {

MoltValue powValues(MoltValue a, MoltValue b, MoltValue c) {
  MoltValue r = ternaryOp1(a, b, c, &NumberSlots::pow);
  if (!isNotImpl(r)) return r;
  if (c == MOLT_NONE) return raiseBinaryTypeError("** or pow()", a, b);
  return molt_raise_fmt(&molt_type_TypeError,
                        "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        typeName(a), typeName(b), typeName(c));
}

MoltValue divmodValues(MoltValue a, MoltValue b) {
  return binaryOp(a, b, &NumberSlots::divmod, "divmod()");
}

} // namespace molt::rt

extern "C" {

// CPython's builtin sequences concatenate/repeat through sq_* slots, tried
// after both operands' number slots; here their number slot does it and
// raises for other types. So for a builtin sequence on the left and a class
// instance on the right, the class's reflected method goes first.
__attribute__((noinline)) static MoltValue
seqReflectedSlow(MoltValue a, MoltValue b, MoltType *ta, MoltType *tb, binaryfunc NumberSlots::*m) {
  if (!(ta->flags & (kTypeListSubclass | kTypeStrSubclass | kTypeTupleSubclass)) &&
      ta != &molt_type_bytes && ta != &molt_type_bytearray)
    return molt_not_implemented();
  binaryfunc fb = numSlot(tb, m);
  MoltType *sb = tb;
  while (sb->flags & kTypeHeap)
    sb = sb->base;
  // Only a method the class defines (not a slot inherited from a builtin).
  if (!fb || fb == numSlot(ta, m) || fb == numSlot(sb, m)) return molt_not_implemented();
  return fb(a, b);
}

static inline MoltValue seqReflectedFirst(MoltValue a, MoltValue b, binaryfunc NumberSlots::*m) {
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  if (!(tb->flags & kTypeHeap) || (ta->flags & kTypeHeap)) return molt_not_implemented();
  return seqReflectedSlow(a, b, ta, tb, m);
}

MoltValue molt_mul(MoltValue a, MoltValue b) {
  MoltValue r = seqReflectedFirst(a, b, &NumberSlots::mul);
  if (!isNotImpl(r)) return r;
  return binaryOp(a, b, &NumberSlots::mul, "*");
}

MoltValue molt_add(MoltValue a, MoltValue b) {
  // str + str, the commonest + that is not inline in generated code, without
  // the slot search (exact strs: no reflected method can come first).
  if (molt_is_ptr(a) && molt_is_ptr(b) && molt_ptr(a)->type == &molt_type_str &&
      molt_ptr(b)->type == &molt_type_str)
    return molt::rt::strConcat(a, b);
  MoltValue r = seqReflectedFirst(a, b, &NumberSlots::add);
  if (!isNotImpl(r)) return r;
  r = binaryOp1(a, b, &NumberSlots::add);
  if (!isNotImpl(r)) return r;
  binaryfunc concat = contSlot(molt_type_of(a), &ContainerSlots::concat);
  if (concat) return concat(a, b);
  return raiseBinaryTypeError("+", a, b);
}

#define MOLT_BINOP(NAME, SLOT, OP)                                                                 \
  MoltValue molt_##NAME(MoltValue a, MoltValue b) { return binaryOp(a, b, &NumberSlots::SLOT, OP); }
MOLT_BINOP(sub, sub, "-")
MOLT_BINOP(truediv, truediv, "/")
MOLT_BINOP(floordiv, floordiv, "//")
MOLT_BINOP(mod, mod, "%")
MOLT_BINOP(lshift, lshift, "<<")
MOLT_BINOP(rshift, rshift, ">>")
MOLT_BINOP(and, and_, "&")
MOLT_BINOP(or, or_, "|")
MOLT_BINOP(xor, xor_, "^")
MOLT_BINOP(matmul, matmul, "@")
#undef MOLT_BINOP

MoltValue molt_pow(MoltValue a, MoltValue b) { return powValues(a, b, MOLT_NONE); }

#define MOLT_IOP(NAME, ISLOT, SLOT, OP)                                                            \
  MoltValue molt_##NAME(MoltValue a, MoltValue b) {                                                \
    return inplaceOp(a, b, &NumberSlots::ISLOT, &NumberSlots::SLOT, OP);                           \
  }
MOLT_IOP(isub, isub, sub, "-=")
MOLT_IOP(imul, imul, mul, "*=")
MOLT_IOP(itruediv, itruediv, truediv, "/=")
MOLT_IOP(ifloordiv, ifloordiv, floordiv, "//=")
MOLT_IOP(imod, imod, mod, "%=")
MOLT_IOP(ilshift, ilshift, lshift, "<<=")
MOLT_IOP(irshift, irshift, rshift, ">>=")
MOLT_IOP(iand, iand, and_, "&=")
MOLT_IOP(ior, ior, or_, "|=")
MOLT_IOP(ixor, ixor, xor_, "^=")
MOLT_IOP(imatmul, imatmul, matmul, "@=")
#undef MOLT_IOP

MoltValue molt_iadd(MoltValue a, MoltValue b) {
  binaryfunc fi = numSlot(molt_type_of(a), &NumberSlots::iadd);
  if (fi) {
    MoltValue r = fi(a, b);
    if (!isNotImpl(r)) return r;
  }
  MoltValue r = binaryOp1(a, b, &NumberSlots::add);
  if (!isNotImpl(r)) return r;
  binaryfunc concat = contSlot(molt_type_of(a), &ContainerSlots::concat);
  if (concat) return concat(a, b);
  return raiseBinaryTypeError("+=", a, b);
}

MoltValue molt_ipow(MoltValue a, MoltValue b) {
  ternaryfunc fi = numSlot(molt_type_of(a), &NumberSlots::ipow);
  if (fi) {
    MoltValue r = fi(a, b, MOLT_NONE);
    if (!isNotImpl(r)) return r;
  }
  MoltValue r = ternaryOp1(a, b, MOLT_NONE, &NumberSlots::pow);
  if (!isNotImpl(r)) return r;
  return raiseBinaryTypeError("**=", a, b);
}

#define MOLT_UNOP(NAME, SLOT, OP)                                                                  \
  MoltValue molt_##NAME(MoltValue a) {                                                             \
    unaryfunc f = numSlot(molt_type_of(a), &NumberSlots::SLOT);                                    \
    if (!f) return raiseUnaryTypeError(OP, a);                                                     \
    return f(a);                                                                                   \
  }
MOLT_UNOP(neg, neg, "-")
MOLT_UNOP(pos, pos, "+")
MOLT_UNOP(invert, invert, "~")
#undef MOLT_UNOP

int molt_truthy_slow(MoltValue v) {
  if (molt_is_bool(v)) return (int)(v & 1);
  if (v == MOLT_NONE) return 0;
  if (molt_is_small_int(v)) return molt_small_int_val(v) != 0;
  if (molt_is_float(v)) return molt_float_val(v) != 0.0;
  MoltType *t = molt_type_of(v);
  inquiry b = numSlot(t, &NumberSlots::bool_);
  if (b) return b(v);
  lenfunc len = contSlot(t, &ContainerSlots::len);
  if (len) {
    int64_t n = len(v);
    if (n < 0) return -1;
    return n > 0;
  }
  return 1;
}

MoltValue molt_not(MoltValue a) {
  int r = molt_truthy(a);
  if (r < 0) return MOLT_ERROR;
  return molt_bool(!r);
}

// ---------------------------------------------------------------------------
// Comparisons

MoltValue molt_richcompare(MoltValue a, MoltValue b, int op) {
  static const int kSwapped[6] = {MOLT_GT, MOLT_GE, MOLT_EQ, MOLT_NE, MOLT_LT, MOLT_LE};
  static const char *const kOpStr[6] = {"<", "<=", "==", "!=", ">", ">="};
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  bool checkedReverse = false;
  MoltValue r;
  if (ta != tb && tb->richcompare && isSubtype(tb, ta)) {
    checkedReverse = true;
    r = tb->richcompare(b, a, kSwapped[op]);
    if (!isNotImpl(r)) return r;
  }
  if (ta->richcompare) {
    r = ta->richcompare(a, b, op);
    if (!isNotImpl(r)) return r;
  }
  if (!checkedReverse && tb->richcompare) {
    r = tb->richcompare(b, a, kSwapped[op]);
    if (!isNotImpl(r)) return r;
  }
  if (op == MOLT_EQ) return molt_bool(a == b);
  if (op == MOLT_NE) return molt_bool(a != b);
  return molt_raise_fmt(&molt_type_TypeError,
                        "'%s' not supported between instances of '%s' and '%s'", kOpStr[op],
                        ta->name, tb->name);
}

int molt_compare_bool(MoltValue a, MoltValue b, int op) {
  MoltValue r = molt_richcompare(a, b, op);
  if (molt_is_error(r)) return -1;
  if (molt_is_bool(r)) return (int)(r & 1);
  int t = molt_truthy(r);
  molt_decref(r);
  return t;
}

// ---------------------------------------------------------------------------
// Containers

int molt_contains(MoltValue container, MoltValue item) {
  MoltType *t = molt_type_of(container);
  objobjproc f = contSlot(t, &ContainerSlots::contains);
  if (f) return f(container, item);
  if (!t->iter && !contSlot(t, &ContainerSlots::getitem)) {
    molt_raise_fmt(&molt_type_TypeError, "argument of type '%s' is not iterable", t->name);
    return -1;
  }
  int found = 0;
  int rc = forEach(container, [&](MoltValue x) -> int {
    int e = equals(x, item);
    if (e < 0) return -1;
    if (e) {
      found = 1;
      return 1;
    }
    return 0;
  });
  if (rc < 0) return -1;
  return found;
}

MoltValue molt_getitem(MoltValue o, MoltValue k) {
  MoltType *t = molt_type_of(o);
  binaryfunc f = contSlot(t, &ContainerSlots::getitem);
  if (f) return f(o, k);
  if (isSubtype(t, &molt_type_type)) {
    // type[...]: __class_getitem__; the builtin generic containers give a
    // types.GenericAlias (list[int]).
    MoltType *ot = as<MoltType>(o);
    static MoltType *const kGeneric[] = {&molt_type_list,      &molt_type_dict,
                                         &molt_type_tuple,     &molt_type_set,
                                         &molt_type_frozenset, &molt_type_enumerate,
                                         &molt_type_type,      &molt_type_BaseExceptionGroup};
    MoltValue cg = typeLookup(ot, cstr("__class_getitem__"));
    if (molt_is_error(cg)) return MOLT_ERROR;
    if (cg == MOLT_UNBOUND || isExact(cg, &molt_type_method_descriptor)) {
      for (MoltType *g : kGeneric)
        if (isSubtype(ot, g)) return makeGenericAlias(o, k);
    }
    if (cg != MOLT_UNBOUND) {
      MoltValue fn = molt_getattr(o, cstr("__class_getitem__"));
      if (molt_is_error(fn)) return MOLT_ERROR;
      MoltValue r = molt_call(fn, &k, 1, MOLT_NONE);
      molt_decref(fn);
      return r;
    }
    return molt_raise_fmt(&molt_type_TypeError, "type '%s' is not subscriptable", ot->name);
  }
  return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not subscriptable", t->name);
}

int molt_setitem(MoltValue o, MoltValue k, MoltValue v) {
  MoltType *t = molt_type_of(o);
  setitemfunc f = contSlot(t, &ContainerSlots::setitem);
  if (f) return f(o, k, v);
  molt_raise_fmt(&molt_type_TypeError, "'%s' object does not support item assignment", t->name);
  return -1;
}

int molt_delitem(MoltValue o, MoltValue k) {
  MoltType *t = molt_type_of(o);
  setitemfunc f = contSlot(t, &ContainerSlots::setitem);
  if (f) return f(o, k, MOLT_UNBOUND);
  // CPython words it "doesn't" for sequences and for every class (heap types
  // always have a sequence slot table).
  if (contSlot(t, &ContainerSlots::getitem) || (t->flags & kTypeHeap))
    molt_raise_fmt(&molt_type_TypeError, "'%s' object doesn't support item deletion", t->name);
  else
    molt_raise_fmt(&molt_type_TypeError, "'%s' object does not support item deletion", t->name);
  return -1;
}

// ---------------------------------------------------------------------------
// Iteration

MoltValue molt_iter(MoltValue o) {
  MoltType *t = molt_type_of(o);
  if (!t->iter) {
    if (contSlot(t, &ContainerSlots::getitem) && !isSubtype(t, &molt_type_dict))
      return seqIterNew(o);
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not iterable", t->name);
  }
  MoltValue it = t->iter(o);
  if (molt_is_error(it)) return it;
  if (!molt_type_of(it)->iternext) {
    molt_raise_fmt(&molt_type_TypeError, "iter() returned non-iterator of type '%s'", typeName(it));
    molt_decref(it);
    return MOLT_ERROR;
  }
  return it;
}

MoltValue molt_iter_next(MoltValue it) {
  MoltType *t = molt_type_of(it);
  if (!t->iternext)
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not an iterator", t->name);
  return t->iternext(it);
}

static MoltValue unpackIter(MoltValue iterable) {
  MoltType *t = molt_type_of(iterable);
  if (!t->iter && !contSlot(t, &ContainerSlots::getitem))
    return molt_raise_fmt(&molt_type_TypeError, "cannot unpack non-iterable %s object", t->name);
  return molt_iter(iterable);
}

static void clearOut(MoltValue *out, size_t n) {
  for (size_t i = 0; i < n; i++) {
    molt_decref(out[i]);
    out[i] = MOLT_UNBOUND;
  }
}

int molt_unpack(MoltValue iterable, size_t n, MoltValue *out) {
  const MoltValue *items = nullptr;
  int64_t size = -1;
  if (isExact(iterable, &molt_type_tuple)) {
    items = as<MoltTuple>(iterable)->items;
    size = as<MoltTuple>(iterable)->size;
  } else if (isExact(iterable, &molt_type_list)) {
    items = as<MoltList>(iterable)->items;
    size = as<MoltList>(iterable)->size;
  }
  if (size >= 0) {
    if ((size_t)size < n) {
      molt_raise_fmt(&molt_type_ValueError, "not enough values to unpack (expected %zu, got %lld)",
                     n, (long long)size);
      return -1;
    }
    if ((size_t)size > n) {
      molt_raise_fmt(&molt_type_ValueError, "too many values to unpack (expected %zu)", n);
      return -1;
    }
    for (size_t i = 0; i < n; i++)
      out[i] = molt_newref(items[i]);
    return 0;
  }
  MoltValue it = unpackIter(iterable);
  if (molt_is_error(it)) return -1;
  for (size_t i = 0; i < n; i++) {
    MoltValue x = molt_iter_next(it);
    if (x == MOLT_STOP || molt_is_error(x)) {
      clearOut(out, i);
      molt_decref(it);
      if (x == MOLT_STOP)
        molt_raise_fmt(&molt_type_ValueError, "not enough values to unpack (expected %zu, got %zu)",
                       n, i);
      return -1;
    }
    out[i] = x;
  }
  MoltValue extra = molt_iter_next(it);
  molt_decref(it);
  if (extra == MOLT_STOP) return 0;
  clearOut(out, n);
  if (molt_is_error(extra)) return -1;
  molt_decref(extra);
  molt_raise_fmt(&molt_type_ValueError, "too many values to unpack (expected %zu)", n);
  return -1;
}

int molt_unpack_ex(MoltValue iterable, size_t before, size_t after, MoltValue *out) {
  MoltValue it = unpackIter(iterable);
  if (molt_is_error(it)) return -1;
  for (size_t i = 0; i < before; i++) {
    MoltValue x = molt_iter_next(it);
    if (x == MOLT_STOP || molt_is_error(x)) {
      clearOut(out, i);
      molt_decref(it);
      if (x == MOLT_STOP)
        molt_raise_fmt(&molt_type_ValueError,
                       "not enough values to unpack (expected at least %zu, got %zu)",
                       before + after, i);
      return -1;
    }
    out[i] = x;
  }
  MoltValue list = molt_list_new(nullptr, 0);
  if (molt_is_error(list) || molt_list_extend(list, it) < 0) {
    if (!molt_is_error(list)) molt_decref(list);
    clearOut(out, before);
    molt_decref(it);
    return -1;
  }
  molt_decref(it);
  auto *l = as<MoltList>(list);
  if ((size_t)l->size < after) {
    molt_raise_fmt(&molt_type_ValueError,
                   "not enough values to unpack (expected at least %zu, got %zu)", before + after,
                   before + (size_t)l->size);
    molt_decref(list);
    clearOut(out, before);
    return -1;
  }
  // Move the last `after` items out of the list.
  int64_t start = l->size - (int64_t)after;
  for (size_t j = 0; j < after; j++)
    out[before + 1 + j] = l->items[start + (int64_t)j];
  l->size = start;
  out[before] = list;
  return 0;
}

} // extern "C"
