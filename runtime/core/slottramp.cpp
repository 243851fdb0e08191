// Slot trampolines: the C slots of a heap type whose class (or a heap base)
// defines the matching dunder. Each trampoline looks the dunder up on the
// type (special-method lookup: never the instance dict) and calls it, with
// CPython's result checks and the NotImplemented protocol for binary
// operators (a single trampoline serves both operand positions, as in
// CPython's SLOT1BINFULL). heapFillSlots decides per slot between a
// trampoline and the slot inherited from the base.
#include <array>
#include <utility>

#include "core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

inline bool isNotImpl(MoltValue v) { return v == molt_not_implemented(); }

// True if the first class of t's MRO that defines name is a heap type.
bool definedInHeap(MoltType *t, const char *cname) {
  MoltValue name = cstr(cname);
  auto *mro = as<MoltTuple>(t->mro);
  for (int64_t i = 0; i < mro->size; i++) {
    auto *b = as<MoltType>(mro->items[i]);
    if (!molt_is_ptr(b->dict)) continue;
    if (dictGetItem(b->dict, name) != MOLT_UNBOUND) return isHeapType(b);
  }
  return false;
}

MoltValue callSpecialKw(MoltValue self, MoltValue name, const MoltValue *args, size_t nargs,
                        MoltValue kwnames) {
  MoltType *t = molt_type_of(self);
  MoltValue f = typeLookup(t, name);
  if (molt_is_error(f) || f == MOLT_UNBOUND) return f;
  molt_incref(f);
  MoltValue r;
  MoltType *ft = molt_type_of(f);
  if (ft == &molt_type_function) {
    r = callWithSelf(f, self, args, nargs, kwnames);
  } else if (ft == &molt_type_method_descriptor &&
             !(as<MoltMethodDescr>(f)->flags & (kMethStatic | kMethClass))) {
    r = callPrepend(as<MoltCFuncBase>(f)->fn, f, self, args, nargs, kwnames);
  } else if (ft->descr_get) {
    MoltValue b = ft->descr_get(f, self, t);
    if (molt_is_error(b)) {
      r = b;
    } else {
      r = molt_call(b, args, nargs, kwnames);
      molt_decref(b);
    }
  } else {
    r = molt_call(f, args, nargs, kwnames);
  }
  molt_decref(f);
  return r;
}

MoltValue noMethod(MoltValue self, const char *name) {
  std::string_view n = name;
  molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", typeName(self),
                 (int)n.size(), n.data());
  return MOLT_ERROR;
}

// Calls a dunder that must exist (the trampoline was installed for it).
MoltValue callReq(MoltValue self, const char *name, const MoltValue *args, size_t nargs) {
  MoltValue r = callSpecial(self, cstr(name), args, nargs);
  if (r == MOLT_UNBOUND) return noMethod(self, name);
  return r;
}

// --- binary operators --------------------------------------------------------

struct BinSpec {
  const char *op, *rop;
  binaryfunc NumberSlots::*m;
};
const BinSpec kBin[] = {
    {"__add__", "__radd__", &NumberSlots::add},
    {"__sub__", "__rsub__", &NumberSlots::sub},
    {"__mul__", "__rmul__", &NumberSlots::mul},
    {"__truediv__", "__rtruediv__", &NumberSlots::truediv},
    {"__floordiv__", "__rfloordiv__", &NumberSlots::floordiv},
    {"__mod__", "__rmod__", &NumberSlots::mod},
    {"__divmod__", "__rdivmod__", &NumberSlots::divmod},
    {"__lshift__", "__rlshift__", &NumberSlots::lshift},
    {"__rshift__", "__rrshift__", &NumberSlots::rshift},
    {"__and__", "__rand__", &NumberSlots::and_},
    {"__or__", "__ror__", &NumberSlots::or_},
    {"__xor__", "__rxor__", &NumberSlots::xor_},
    {"__matmul__", "__rmatmul__", &NumberSlots::matmul},
};
constexpr int kNumBin = sizeof(kBin) / sizeof(kBin[0]);

const BinSpec kInplace[] = {
    {"__iadd__", nullptr, &NumberSlots::iadd},
    {"__isub__", nullptr, &NumberSlots::isub},
    {"__imul__", nullptr, &NumberSlots::imul},
    {"__itruediv__", nullptr, &NumberSlots::itruediv},
    {"__ifloordiv__", nullptr, &NumberSlots::ifloordiv},
    {"__imod__", nullptr, &NumberSlots::imod},
    {"__ilshift__", nullptr, &NumberSlots::ilshift},
    {"__irshift__", nullptr, &NumberSlots::irshift},
    {"__iand__", nullptr, &NumberSlots::iand},
    {"__ior__", nullptr, &NumberSlots::ior},
    {"__ixor__", nullptr, &NumberSlots::ixor},
    {"__imatmul__", nullptr, &NumberSlots::imatmul},
};
constexpr int kNumInplace = sizeof(kInplace) / sizeof(kInplace[0]);

MoltValue orNotImpl(MoltValue r) { return r == MOLT_UNBOUND ? molt_not_implemented() : r; }

// Interned operator names of kBin/kInplace, made on first use (cstr's probe
// shows on operator-heavy code).
MoltValue gBinNames[kNumBin][2];
MoltValue gInplNames[kNumInplace];
inline MoltValue internOnce(MoltValue &slot, const char *s) {
  if (__builtin_expect(!slot, 0)) slot = internStr(s);
  return slot;
}

MoltValue binaryTramp(const BinSpec &s, MoltValue op, MoltValue rop, binaryfunc self, MoltValue a,
                      MoltValue b) {
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  if (ta == tb) {
    // Both operands of one class (v + w on two vectors): only a.__op__(b),
    // and a compiled method is entered directly.
    MoltValue f = typeLookup(ta, op);
    if (f != MOLT_UNBOUND && !molt_is_error(f) && molt_type_of(f) == &molt_type_function) {
      MoltValue argv[2] = {a, b};
      molt_incref(f);
      MoltValue r = as<MoltFunction>(f)->info->entry(f, argv, 2, MOLT_NONE);
      molt_decref(f);
      return r;
    }
  }
  bool aHas = ta->number && ta->number->*s.m == self;
  bool bHas = ta != tb && tb->number && tb->number->*s.m == self;
  MoltValue r;
  if (aHas) {
    if (bHas && isSubtype(tb, ta) && typeLookup(tb, rop) != typeLookup(ta, rop)) {
      r = orNotImpl(callSpecial(b, rop, &a, 1));
      if (!isNotImpl(r)) return r;
      bHas = false;
    }
    r = orNotImpl(callSpecial(a, op, &b, 1));
    if (!isNotImpl(r) || ta == tb) return r;
  }
  if (bHas) return orNotImpl(callSpecial(b, rop, &a, 1));
  return molt_not_implemented();
}

template <int I> MoltValue binT(MoltValue a, MoltValue b) {
  MoltValue op = internOnce(gBinNames[I][0], kBin[I].op);
  MoltValue rop = internOnce(gBinNames[I][1], kBin[I].rop);
  return binaryTramp(kBin[I], op, rop, binT<I>, a, b);
}
template <int I> MoltValue inplT(MoltValue a, MoltValue b) {
  return orNotImpl(callSpecial(a, internOnce(gInplNames[I], kInplace[I].op), &b, 1));
}

template <int... Is> constexpr auto makeBin(std::integer_sequence<int, Is...>) {
  return std::array<binaryfunc, sizeof...(Is)>{binT<Is>...};
}
template <int... Is> constexpr auto makeInpl(std::integer_sequence<int, Is...>) {
  return std::array<binaryfunc, sizeof...(Is)>{inplT<Is>...};
}
const auto kBinTramps = makeBin(std::make_integer_sequence<int, kNumBin>{});
const auto kInplTramps = makeInpl(std::make_integer_sequence<int, kNumInplace>{});

MoltValue powT(MoltValue a, MoltValue b, MoltValue c) {
  MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
  bool aHas = ta->number && ta->number->pow == powT;
  if (c != MOLT_NONE) {
    // Three-argument pow never uses __rpow__.
    if (!aHas) return molt_not_implemented();
    MoltValue args[2] = {b, c};
    return orNotImpl(callSpecial(a, staticName("__pow__"), args, 2));
  }
  bool bHas = ta != tb && tb->number && tb->number->pow == powT;
  MoltValue r;
  if (aHas) {
    if (bHas && isSubtype(tb, ta) &&
        typeLookup(tb, staticName("__rpow__")) != typeLookup(ta, staticName("__rpow__"))) {
      r = orNotImpl(callSpecial(b, staticName("__rpow__"), &a, 1));
      if (!isNotImpl(r)) return r;
      bHas = false;
    }
    r = orNotImpl(callSpecial(a, staticName("__pow__"), &b, 1));
    if (!isNotImpl(r) || ta == tb) return r;
  }
  if (bHas) return orNotImpl(callSpecial(b, staticName("__rpow__"), &a, 1));
  return molt_not_implemented();
}
MoltValue ipowT(MoltValue a, MoltValue b, MoltValue) {
  return orNotImpl(callSpecial(a, staticName("__ipow__"), &b, 1));
}

// --- unary / conversions -----------------------------------------------------

MoltValue negT(MoltValue a) { return callReq(a, "__neg__", nullptr, 0); }
MoltValue posT(MoltValue a) { return callReq(a, "__pos__", nullptr, 0); }
MoltValue absT(MoltValue a) { return callReq(a, "__abs__", nullptr, 0); }
MoltValue invertT(MoltValue a) { return callReq(a, "__invert__", nullptr, 0); }

int boolT(MoltValue a) {
  MoltValue f = typeLookup(molt_type_of(a), staticName("__bool__"));
  if (f == MOLT_NONE) {
    molt_raise_fmt(&molt_type_TypeError, "'NoneType' object is not callable");
    return -1;
  }
  MoltValue r = callSpecial(a, staticName("__bool__"), nullptr, 0);
  if (r == MOLT_UNBOUND) {
    // __bool__ deleted after the slot was filled: fall back to __len__.
    lenfunc len = contSlot(molt_type_of(a), &ContainerSlots::len);
    if (!len) return 1;
    int64_t n = len(a);
    return n < 0 ? -1 : n > 0;
  }
  if (molt_is_error(r)) return -1;
  if (!molt_is_bool(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__bool__ should return bool, returned %s", typeName(r));
    molt_decref(r);
    return -1;
  }
  return (int)(r & 1);
}

MoltValue intT(MoltValue a) {
  MoltValue r = callReq(a, "__int__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!isIntLike(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__int__ returned non-int (type %s)", typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
MoltValue indexT(MoltValue a) {
  MoltValue r = callReq(a, "__index__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!isIntLike(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__index__ returned non-int (type %s)", typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
MoltValue floatT(MoltValue a) {
  MoltValue r = callReq(a, "__float__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!molt_is_float(r) && !isInstance(r, &molt_type_float)) {
    molt_raise_fmt(&molt_type_TypeError, "%s.__float__ returned non-float (type %s)", typeName(a),
                   typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

// --- object protocol -----------------------------------------------------------

MoltValue reprT(MoltValue a) {
  MoltValue r = callReq(a, "__repr__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!isStr(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__repr__ returned non-string (type %s)", typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
MoltValue strT(MoltValue a) {
  MoltValue r = callReq(a, "__str__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!isStr(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__str__ returned non-string (type %s)", typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
// str() of a class with __repr__ but no __str__ (object.__str__ calls the
// repr slot; the result check names __str__, as CPython's).
MoltValue strViaReprT(MoltValue a) {
  MoltValue r = callReq(a, "__repr__", nullptr, 0);
  if (molt_is_error(r)) return r;
  if (!isStr(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__str__ returned non-string (type %s)", typeName(r));
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}
int hashT(MoltValue a, int64_t *out) {
  MoltValue f = typeLookup(molt_type_of(a), staticName("__hash__"));
  if (f == MOLT_NONE || f == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "unhashable type: '%s'", typeName(a));
    return -1;
  }
  MoltValue r = callSpecial(a, staticName("__hash__"), nullptr, 0);
  if (molt_is_error(r)) return -1;
  if (!isIntLike(r)) {
    molt_raise_fmt(&molt_type_TypeError, "__hash__ method should return an integer");
    molt_decref(r);
    return -1;
  }
  // CPython keeps a returned int that fits a machine word as the hash (-1
  // becomes -2) and only hashes larger ints.
  int64_t v;
  if (intToI64(r, &v)) {
    molt_decref(r);
    *out = v == -1 ? -2 : v;
    return 0;
  }
  int rc = hashValue(r, out);
  molt_decref(r);
  return rc;
}
MoltValue richT(MoltValue a, MoltValue b, int op) {
  static const char *const kNames[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static MoltValue names[6];
  return orNotImpl(callSpecial(a, internOnce(names[op], kNames[op]), &b, 1));
}

MoltValue baseGetAttr(MoltValue o, MoltValue name) {
  MoltType *sb = molt_type_of(o);
  while (sb && isHeapType(sb))
    sb = sb->base;
  if (sb && sb->getattr) return sb->getattr(o, name);
  return genericGetAttr(o, name, nullptr);
}
// definedInHeap(t, "__getattribute__") remembered per class version: a class
// with only __getattr__ runs getattrT on every attribute read. Versions are
// unique across classes and change with any class (or base) mutation.
bool definesGetattribute(MoltType *t) {
  struct Memo {
    MoltType *t;
    uint64_t version;
    bool defines;
  };
  static Memo memo[64];
  Memo &m = memo[(reinterpret_cast<uintptr_t>(t) >> 4) & 63];
  uint64_t version = heapOf(t)->version;
  if (m.t == t && m.version == version) return m.defines;
  bool d = definedInHeap(t, "__getattribute__");
  m = Memo{t, version, d};
  return d;
}

MoltValue getattrT(MoltValue o, MoltValue name) {
  MoltType *t = molt_type_of(o);
  MoltValue r;
  if (definesGetattribute(t))
    r = callSpecial(o, staticName("__getattribute__"), &name, 1);
  else
    r = baseGetAttr(o, name);
  if (molt_is_error(r) && definedInHeap(t, "__getattr__")) {
    MoltValue e = molt_err_fetch();
    if (!isInstance(e, &molt_type_AttributeError)) {
      molt_err_restore(e);
      molt_decref(e);
      return MOLT_ERROR;
    }
    molt_decref(e);
    r = callSpecial(o, staticName("__getattr__"), &name, 1);
  }
  return r;
}
int setattrT(MoltValue o, MoltValue name, MoltValue v) {
  MoltType *t = molt_type_of(o);
  const char *dn = v == MOLT_UNBOUND ? "__delattr__" : "__setattr__";
  if (!definedInHeap(t, dn)) {
    MoltType *sb = t;
    while (sb && isHeapType(sb))
      sb = sb->base;
    if (sb && sb->setattr) return sb->setattr(o, name, v);
    return genericSetAttr(o, name, v, nullptr);
  }
  MoltValue args[2] = {name, v};
  MoltValue r = callSpecial(o, cstr(dn), args, v == MOLT_UNBOUND ? 1 : 2);
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}
MoltValue callT(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue r = callSpecialKw(self, staticName("__call__"), args, nargs, kwnames);
  if (r == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not callable", typeName(self));
  return r;
}
MoltValue iterT(MoltValue self) {
  MoltValue f = typeLookup(molt_type_of(self), staticName("__iter__"));
  if (f == MOLT_NONE)
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not iterable", typeName(self));
  return callReq(self, "__iter__", nullptr, 0);
}
MoltValue nextT(MoltValue self) {
  MoltValue r = callReq(self, "__next__", nullptr, 0);
  if (molt_is_error(r) && molt_is_ptr(molt_state.exc) &&
      isInstance(molt_state.exc, &molt_type_StopIteration)) {
    molt_decref(molt_err_fetch());
    return MOLT_STOP;
  }
  return r;
}
MoltValue getT(MoltValue descr, MoltValue obj, MoltType *owner) {
  MoltValue args[2] = {obj == MOLT_UNBOUND ? MOLT_NONE : obj,
                       owner ? molt_from_ptr(owner) : MOLT_NONE};
  return callReq(descr, "__get__", args, 2);
}
int setT(MoltValue descr, MoltValue obj, MoltValue v) {
  MoltValue r;
  if (v == MOLT_UNBOUND) {
    r = callSpecial(descr, staticName("__delete__"), &obj, 1);
    if (r == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "__delete__");
      return -1;
    }
  } else {
    MoltValue args[2] = {obj, v};
    r = callSpecial(descr, staticName("__set__"), args, 2);
    if (r == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "__set__");
      return -1;
    }
  }
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}

// --- containers ------------------------------------------------------------------

int64_t lenT(MoltValue self) {
  MoltValue r = callReq(self, "__len__", nullptr, 0);
  if (molt_is_error(r)) return -1;
  int64_t n;
  int rc = indexAsI64(r, &n);
  if (rc < 0 && molt_is_ptr(molt_state.exc) &&
      isInstance(molt_state.exc, &molt_type_OverflowError)) {
    // Too big for an index: negative ones still get the ValueError.
    int neg = molt_compare_bool(r, molt_int_from_i64(0), MOLT_LT);
    molt_decref(molt_err_fetch());
    if (neg == 1)
      molt_raise_fmt(&molt_type_ValueError, "__len__() should return >= 0");
    else
      molt_raise_fmt(&molt_type_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  molt_decref(r);
  if (rc < 0) return -1;
  if (n < 0) {
    molt_raise_fmt(&molt_type_ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}
MoltValue getitemT(MoltValue self, MoltValue k) { return callReq(self, "__getitem__", &k, 1); }
int setitemT(MoltValue self, MoltValue k, MoltValue v) {
  MoltValue r;
  if (v == MOLT_UNBOUND) {
    r = callSpecial(self, staticName("__delitem__"), &k, 1);
    if (r == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "__delitem__");
      return -1;
    }
  } else {
    MoltValue args[2] = {k, v};
    r = callSpecial(self, staticName("__setitem__"), args, 2);
    if (r == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "__setitem__");
      return -1;
    }
  }
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}
int containsT(MoltValue self, MoltValue item) {
  MoltValue f = typeLookup(molt_type_of(self), staticName("__contains__"));
  if (f == MOLT_NONE) {
    molt_raise_fmt(&molt_type_TypeError, "'%s' object is not a container", typeName(self));
    return -1;
  }
  MoltValue r = callReq(self, "__contains__", &item, 1);
  if (molt_is_error(r)) return -1;
  int b = molt_truthy(r);
  molt_decref(r);
  return b;
}

} // namespace

namespace molt::rt {

MoltValue callSpecial(MoltValue self, MoltValue name, const MoltValue *args, size_t nargs) {
  return callSpecialKw(self, name, args, nargs, MOLT_NONE);
}

MoltValue callSpecialC(MoltValue self, const char *name, const MoltValue *args, size_t nargs) {
  return callSpecialKw(self, cstr(name), args, nargs, MOLT_NONE);
}

void heapFillSlots(MoltHeapType *h) {
  MoltType *t = &h->type;
  MoltType *b = t->base;
  auto def = [&](const char *n) { return definedInHeap(t, n); };
  NumberSlots &n = h->number;
  for (int i = 0; i < kNumBin; i++)
    n.*kBin[i].m = def(kBin[i].op) || def(kBin[i].rop) ? kBinTramps[i] : numSlot(b, kBin[i].m);
  for (int i = 0; i < kNumInplace; i++)
    n.*kInplace[i].m = def(kInplace[i].op) ? kInplTramps[i] : numSlot(b, kInplace[i].m);
  n.pow = def("__pow__") || def("__rpow__") ? powT : numSlot(b, &NumberSlots::pow);
  n.ipow = def("__ipow__") ? ipowT : numSlot(b, &NumberSlots::ipow);
  n.neg = def("__neg__") ? negT : numSlot(b, &NumberSlots::neg);
  n.pos = def("__pos__") ? posT : numSlot(b, &NumberSlots::pos);
  n.abs = def("__abs__") ? absT : numSlot(b, &NumberSlots::abs);
  n.invert = def("__invert__") ? invertT : numSlot(b, &NumberSlots::invert);
  n.bool_ = def("__bool__") ? boolT : numSlot(b, &NumberSlots::bool_);
  n.int_ = def("__int__") ? intT : numSlot(b, &NumberSlots::int_);
  n.float_ = def("__float__") ? floatT : numSlot(b, &NumberSlots::float_);
  n.index = def("__index__") ? indexT : numSlot(b, &NumberSlots::index);
  ContainerSlots &c = h->container;
  c.len = def("__len__") ? lenT : contSlot(b, &ContainerSlots::len);
  c.getitem = def("__getitem__") ? getitemT : contSlot(b, &ContainerSlots::getitem);
  c.setitem =
      def("__setitem__") || def("__delitem__") ? setitemT : contSlot(b, &ContainerSlots::setitem);
  c.contains = def("__contains__") ? containsT : contSlot(b, &ContainerSlots::contains);
  c.concat = contSlot(b, &ContainerSlots::concat);
  t->repr = def("__repr__") ? reprT : b->repr;
  t->str = def("__str__") ? strT : def("__repr__") && !b->str ? strViaReprT : b->str;
  if (def("__hash__")) {
    MoltValue hv = typeLookup(t, staticName("__hash__"));
    t->hash = hv == MOLT_NONE ? nullptr : hashT;
  } else {
    t->hash = b->hash;
  }
  bool cmp = def("__lt__") || def("__le__") || def("__eq__") || def("__ne__") || def("__gt__") ||
             def("__ge__");
  t->richcompare = cmp ? richT : b->richcompare;
  t->getattr = def("__getattribute__") || def("__getattr__") ? getattrT : b->getattr;
  t->setattr = def("__setattr__") || def("__delattr__") ? setattrT : b->setattr;
  t->call = def("__call__") ? callT : b->call;
  t->iter = def("__iter__") ? iterT : b->iter;
  t->iternext = def("__next__") ? nextT : b->iternext;
  t->descr_get = def("__get__") ? getT : b->descr_get;
  t->descr_set = def("__set__") || def("__delete__") ? setT : b->descr_set;
}

} // namespace molt::rt
