// Slot wrappers: the type-dict entries (__repr__, __add__, __len__, ...) that
// expose a type's C slots to Python code (`int.__add__(1, 2)`,
// `super().__init__()`, `object.__setattr__(self, k, v)`).
#include "core_internal.h"
#include "molt/heaptype.h"

namespace molt::rt {

namespace {

MoltType *ownerOf(MoltValue callable) { return as<MoltCFuncBase>(callable)->owner; }
const char *nameOf(MoltValue callable) { return as<MoltCFuncBase>(callable)->name; }

// args[0] is self; `expected` counts the other arguments.
bool checkArgs(MoltValue callable, size_t nargs, MoltValue kwnames, size_t lo, size_t hi) {
  if (kwCount(kwnames) != 0) {
    molt_raise_fmt(&molt_type_TypeError, "wrapper %s() takes no keyword arguments",
                   nameOf(callable));
    return false;
  }
  size_t got = nargs ? nargs - 1 : 0;
  if (got < lo || got > hi) {
    if (lo == hi)
      molt_raise_fmt(&molt_type_TypeError, "expected %zu argument%s, got %zu", lo,
                     lo == 1 ? "" : "s", got);
    else
      molt_raise_fmt(&molt_type_TypeError, "expected %zu to %zu arguments, got %zu", lo, hi, got);
    return false;
  }
  return true;
}

MoltValue fromInt(int64_t v) { return molt_int_from_i64(v); }

#define WRAPPER(fname)                                                                             \
  MoltValue fname(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames)

WRAPPER(wRepr) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  return o->repr ? o->repr(args[0]) : objectRepr(args[0]);
}
WRAPPER(wStr) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  if (o->str) return o->str(args[0]);
  return molt_repr(args[0]);
}
WRAPPER(wHash) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  int64_t h;
  if (o->hash) {
    if (o->hash(args[0], &h) < 0) return MOLT_ERROR;
  } else if (hashValue(args[0], &h) < 0) {
    return MOLT_ERROR;
  }
  return fromInt(h);
}
template <int OP> WRAPPER(wCompare) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  if (!o->richcompare) {
    if (OP == MOLT_EQ) return args[0] == args[1] ? MOLT_TRUE : molt_not_implemented();
    if (OP == MOLT_NE) {
      if (args[0] == args[1]) return MOLT_FALSE;
      return molt_not_implemented();
    }
    return molt_not_implemented();
  }
  return o->richcompare(args[0], args[1], OP);
}
template <binaryfunc NumberSlots::*M, bool R> WRAPPER(wBinary) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  binaryfunc f = numSlot(ownerOf(callable), M);
  if (!f) return molt_not_implemented();
  return R ? f(args[1], args[0]) : f(args[0], args[1]);
}
template <bool R> WRAPPER(wPow) {
  if (!checkArgs(callable, nargs, kwnames, 1, R ? 1 : 2)) return MOLT_ERROR;
  ternaryfunc f = numSlot(ownerOf(callable), &NumberSlots::pow);
  if (!f) return molt_not_implemented();
  MoltValue mod = nargs > 2 ? args[2] : MOLT_NONE;
  return R ? f(args[1], args[0], MOLT_NONE) : f(args[0], args[1], mod);
}
WRAPPER(wIPow) {
  if (!checkArgs(callable, nargs, kwnames, 1, 2)) return MOLT_ERROR;
  ternaryfunc f = numSlot(ownerOf(callable), &NumberSlots::ipow);
  if (!f) return molt_not_implemented();
  return f(args[0], args[1], nargs > 2 ? args[2] : MOLT_NONE);
}
template <unaryfunc NumberSlots::*M> WRAPPER(wUnary) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  unaryfunc f = numSlot(ownerOf(callable), M);
  if (!f) return molt_not_implemented();
  return f(args[0]);
}
WRAPPER(wBool) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  inquiry f = numSlot(ownerOf(callable), &NumberSlots::bool_);
  int r = f ? f(args[0]) : 1;
  if (r < 0) return MOLT_ERROR;
  return molt_bool(r);
}
WRAPPER(wLen) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  lenfunc f = contSlot(ownerOf(callable), &ContainerSlots::len);
  int64_t n = f ? f(args[0]) : 0;
  if (n < 0) return MOLT_ERROR;
  return fromInt(n);
}
WRAPPER(wGetItem) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  binaryfunc f = contSlot(ownerOf(callable), &ContainerSlots::getitem);
  if (!f) return molt_getitem(args[0], args[1]);
  return f(args[0], args[1]);
}
WRAPPER(wSetItem) {
  if (!checkArgs(callable, nargs, kwnames, 2, 2)) return MOLT_ERROR;
  setitemfunc f = contSlot(ownerOf(callable), &ContainerSlots::setitem);
  int r = f ? f(args[0], args[1], args[2]) : molt_setitem(args[0], args[1], args[2]);
  return r < 0 ? MOLT_ERROR : MOLT_NONE;
}
WRAPPER(wDelItem) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  setitemfunc f = contSlot(ownerOf(callable), &ContainerSlots::setitem);
  int r = f ? f(args[0], args[1], MOLT_UNBOUND) : molt_delitem(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : MOLT_NONE;
}
WRAPPER(wContains) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  objobjproc f = contSlot(ownerOf(callable), &ContainerSlots::contains);
  int r = f ? f(args[0], args[1]) : molt_contains(args[0], args[1]);
  if (r < 0) return MOLT_ERROR;
  return molt_bool(r);
}
WRAPPER(wIter) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  return o->iter ? o->iter(args[0]) : molt_iter(args[0]);
}
WRAPPER(wNext) {
  if (!checkArgs(callable, nargs, kwnames, 0, 0)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  MoltValue r = o->iternext ? o->iternext(args[0]) : molt_iter_next(args[0]);
  if (r == MOLT_STOP) return molt_raise(molt_from_ptr(&molt_type_StopIteration));
  return r;
}
WRAPPER(wCall) {
  MoltType *o = ownerOf(callable);
  if (!o->call) return molt_call(args[0], args + 1, nargs - 1, kwnames);
  return o->call(args[0], args + 1, nargs - 1, kwnames);
}
WRAPPER(wGet) {
  if (!checkArgs(callable, nargs, kwnames, 1, 2)) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  MoltValue obj = args[1] == MOLT_NONE ? MOLT_UNBOUND : args[1];
  MoltType *owner = nullptr;
  if (nargs > 2 && args[2] != MOLT_NONE) {
    if (!isInstance(args[2], &molt_type_type))
      return molt_raise_fmt(&molt_type_TypeError, "__get__(None, None) is invalid");
    owner = as<MoltType>(args[2]);
  } else if (obj != MOLT_UNBOUND) {
    owner = molt_type_of(obj);
  } else {
    return molt_raise_fmt(&molt_type_TypeError, "__get__(None, None) is invalid");
  }
  return o->descr_get(args[0], obj, owner);
}
WRAPPER(wSet) {
  if (!checkArgs(callable, nargs, kwnames, 2, 2)) return MOLT_ERROR;
  return ownerOf(callable)->descr_set(args[0], args[1], args[2]) < 0 ? MOLT_ERROR : MOLT_NONE;
}
WRAPPER(wDelete) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1)) return MOLT_ERROR;
  return ownerOf(callable)->descr_set(args[0], args[1], MOLT_UNBOUND) < 0 ? MOLT_ERROR : MOLT_NONE;
}
bool checkName(MoltValue name) {
  if (!isStr(name)) {
    molt_raise_fmt(&molt_type_TypeError, "attribute name must be string, not '%s'", typeName(name));
    return false;
  }
  return true;
}
WRAPPER(wGetAttribute) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1) || !checkName(args[1])) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  if (o->getattr) return o->getattr(args[0], args[1]);
  return genericGetAttr(args[0], args[1], nullptr);
}
WRAPPER(wSetAttr) {
  if (!checkArgs(callable, nargs, kwnames, 2, 2) || !checkName(args[1])) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  int r = o->setattr ? o->setattr(args[0], args[1], args[2])
                     : genericSetAttr(args[0], args[1], args[2], nullptr);
  return r < 0 ? MOLT_ERROR : MOLT_NONE;
}
WRAPPER(wDelAttr) {
  if (!checkArgs(callable, nargs, kwnames, 1, 1) || !checkName(args[1])) return MOLT_ERROR;
  MoltType *o = ownerOf(callable);
  int r = o->setattr ? o->setattr(args[0], args[1], MOLT_UNBOUND)
                     : genericSetAttr(args[0], args[1], MOLT_UNBOUND, nullptr);
  return r < 0 ? MOLT_ERROR : MOLT_NONE;
}
// T.__new__(S, ...): bound to T (self = T); S must be a subtype of T.
WRAPPER(wNew) {
  MoltType *o = ownerOf(callable);
  const char *tn = o->name;
  if (nargs < 2)
    return molt_raise_fmt(&molt_type_TypeError, "%s.__new__(): not enough arguments", tn);
  MoltValue sub = args[1];
  if (!isInstance(sub, &molt_type_type))
    return molt_raise_fmt(&molt_type_TypeError, "%s.__new__(X): X is not a type object (%s)", tn,
                          typeName(sub));
  MoltType *st = as<MoltType>(sub);
  if (!isSubtype(st, o))
    return molt_raise_fmt(&molt_type_TypeError, "%s.__new__(%s): %s is not a subtype of %s", tn,
                          st->name, st->name, tn);
  MoltValue r = o->new_(st, args + 2, nargs - 2, kwnames);
  if (isHeapType(st) && o != &molt_type_object && !molt_is_error(r)) {
    // str/bytes/tuple constructors build exact objects: give the result the subclass type.
    r = retypeBuiltin(st, r);
    if (!molt_is_error(r)) heapInitInstance(r);
  }
  return r;
}
#undef WRAPPER

struct NumWrap {
  const char *name, *rname;
  binaryfunc NumberSlots::*m;
  MoltVectorcall f, rf;
};
#define NW(n, slot)                                                                                \
  {                                                                                                \
    "__" #n "__", "__r" #n "__", &NumberSlots::slot, wBinary<&NumberSlots::slot, false>,           \
        wBinary<&NumberSlots::slot, true>                                                          \
  }
const NumWrap kNumWraps[] = {
    NW(add, add),           NW(sub, sub),  NW(mul, mul),       NW(truediv, truediv),
    NW(floordiv, floordiv), NW(mod, mod),  NW(divmod, divmod), NW(lshift, lshift),
    NW(rshift, rshift),     NW(and, and_), NW(or, or_),        NW(xor, xor_),
    NW(matmul, matmul),
};
#undef NW
#define IW(n, slot)                                                                                \
  { "__i" #n "__", nullptr, &NumberSlots::slot, wBinary<&NumberSlots::slot, false>, nullptr }
const NumWrap kInplaceWraps[] = {
    IW(add, iadd),           IW(sub, isub), IW(mul, imul),       IW(truediv, itruediv),
    IW(floordiv, ifloordiv), IW(mod, imod), IW(lshift, ilshift), IW(rshift, irshift),
    IW(and, iand),           IW(or, ior),   IW(xor, ixor),       IW(matmul, imatmul),
};
#undef IW
struct UnWrap {
  const char *name;
  unaryfunc NumberSlots::*m;
  MoltVectorcall f;
};
#define UW(n, slot)                                                                                \
  { "__" #n "__", &NumberSlots::slot, wUnary<&NumberSlots::slot> }
const UnWrap kUnWraps[] = {UW(neg, neg),  UW(pos, pos),      UW(abs, abs),    UW(invert, invert),
                           UW(int, int_), UW(float, float_), UW(index, index)};
#undef UW

} // namespace

void addSlotWrappers(MoltType *t) {
  MoltValue d = t->dict;
  MoltType *b = t->base;
  auto add = [&](const char *name, MoltVectorcall fn) {
    MoltValue key = cstr(name);
    if (dictGetItem(d, key) != MOLT_UNBOUND) return;
    if (molt_dict_setitem(d, key, makeSlotWrapper(t, name, fn)) < 0) molt_decref(molt_err_fetch());
  };
  auto setNone = [&](const char *name) {
    MoltValue key = cstr(name);
    if (dictGetItem(d, key) != MOLT_UNBOUND) return;
    if (molt_dict_setitem(d, key, MOLT_NONE) < 0) molt_decref(molt_err_fetch());
  };
  bool isObject = t == &molt_type_object;
  if (isObject || (t->repr && t->repr != b->repr)) add("__repr__", wRepr);
  if (isObject || (t->str && t->str != b->str)) add("__str__", wStr);
  if (isObject || (t->hash && t->hash != b->hash)) add("__hash__", wHash);
  if (!t->hash) setNone("__hash__");
  if (isObject || (t->richcompare && t->richcompare != b->richcompare)) {
    add("__lt__", wCompare<MOLT_LT>);
    add("__le__", wCompare<MOLT_LE>);
    add("__eq__", wCompare<MOLT_EQ>);
    add("__ne__", wCompare<MOLT_NE>);
    add("__gt__", wCompare<MOLT_GT>);
    add("__ge__", wCompare<MOLT_GE>);
  }
  if (isObject || (t->getattr && t->getattr != b->getattr)) add("__getattribute__", wGetAttribute);
  if (isObject || (t->setattr && t->setattr != b->setattr)) {
    add("__setattr__", wSetAttr);
    add("__delattr__", wDelAttr);
  }
  if (t->call && (!b || t->call != b->call)) add("__call__", wCall);
  if (t->iter && (!b || t->iter != b->iter)) add("__iter__", wIter);
  if (t->iternext && (!b || t->iternext != b->iternext)) add("__next__", wNext);
  if (t->descr_get && (!b || t->descr_get != b->descr_get)) add("__get__", wGet);
  if (t->descr_set && (!b || t->descr_set != b->descr_set)) {
    add("__set__", wSet);
    add("__delete__", wDelete);
  }
  if (t->new_ && (!b || t->new_ != b->new_)) {
    MoltValue key = cstr("__new__");
    if (dictGetItem(d, key) == MOLT_UNBOUND) {
      MoltValue fn = makeBoundBuiltin("__new__", wNew, t, molt_from_ptr(t), 0);
      if (!molt_is_error(fn)) {
        makeImmortal(molt_ptr(fn));
        if (molt_dict_setitem(d, key, fn) < 0) molt_decref(molt_err_fetch());
      } else {
        molt_decref(molt_err_fetch());
      }
    }
  }
  if (t->number) {
    for (const NumWrap &w : kNumWraps) {
      binaryfunc f = numSlot(t, w.m);
      if (f && (!b || f != numSlot(b, w.m))) {
        add(w.name, w.f);
        add(w.rname, w.rf);
      }
    }
    for (const NumWrap &w : kInplaceWraps) {
      binaryfunc f = numSlot(t, w.m);
      if (f && (!b || f != numSlot(b, w.m))) add(w.name, w.f);
    }
    ternaryfunc p = numSlot(t, &NumberSlots::pow);
    if (p && (!b || p != numSlot(b, &NumberSlots::pow))) {
      add("__pow__", wPow<false>);
      add("__rpow__", wPow<true>);
    }
    ternaryfunc ip = numSlot(t, &NumberSlots::ipow);
    if (ip && (!b || ip != numSlot(b, &NumberSlots::ipow))) add("__ipow__", wIPow);
    for (const UnWrap &w : kUnWraps) {
      unaryfunc f = numSlot(t, w.m);
      if (f && (!b || f != numSlot(b, w.m))) add(w.name, w.f);
    }
    inquiry bf = numSlot(t, &NumberSlots::bool_);
    if (bf && (!b || bf != numSlot(b, &NumberSlots::bool_))) add("__bool__", wBool);
  }
  if (t->container) {
    lenfunc lf = contSlot(t, &ContainerSlots::len);
    if (lf && (!b || lf != contSlot(b, &ContainerSlots::len))) add("__len__", wLen);
    binaryfunc gf = contSlot(t, &ContainerSlots::getitem);
    if (gf && (!b || gf != contSlot(b, &ContainerSlots::getitem))) add("__getitem__", wGetItem);
    setitemfunc sf = contSlot(t, &ContainerSlots::setitem);
    if (sf && (!b || sf != contSlot(b, &ContainerSlots::setitem))) {
      add("__setitem__", wSetItem);
      add("__delitem__", wDelItem);
    }
    objobjproc cf = contSlot(t, &ContainerSlots::contains);
    if (cf && (!b || cf != contSlot(b, &ContainerSlots::contains))) add("__contains__", wContains);
  }
}

} // namespace molt::rt
