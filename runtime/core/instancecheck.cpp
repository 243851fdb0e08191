// isinstance/issubclass semantics: tuples and unions of classes, and the
// __instancecheck__/__subclasscheck__ hooks of metaclasses (plain classes
// whose metaclass is `type` take the direct MRO check).
#include "../builtins/builtins_internal.h"
#include "core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

bool isTypeValue(MoltValue v) { return molt_is_ptr(v) && isInstance(v, &molt_type_type); }

// Calls a hook found on type(cls) and converts the result to 0/1 (-1 on error).
int callHook(MoltValue cls, const char *hook, MoltValue arg) {
  MoltValue r = callSpecialC(cls, hook, &arg, 1);
  if (molt_is_error(r)) return -1;
  int t = molt_truthy(r);
  molt_decref(r);
  return t;
}

template <class Fn> int forMembers(MoltValue cls, Fn &&fn) {
  MoltValue members = molt_getattr(cls, cstr("__args__"));
  if (molt_is_error(members)) return -1;
  int result = 0;
  for (int64_t i = 0; i < tupleSize(members) && result == 0; i++)
    result = fn(tupleItems(members)[i]);
  molt_decref(members);
  return result;
}

// CPython's second chance for isinstance: obj.__class__ when it differs
// from type(obj) (proxies, mocks). Only instances of classes that override
// __class__ or __getattribute__ can report another class, so others skip
// the attribute lookup.
int isInstanceViaClassAttr(MoltValue obj, MoltType *ot, MoltType *ct) {
  if (!isHeapType(ot) || !heapSpecials(ot)->classAttrCustom) return 0;
  MoltValue c = molt_getattr(obj, cstr("__class__"));
  if (molt_is_error(c)) {
    if (!errPendingMatches(&molt_type_AttributeError)) return -1;
    errClear();
    return 0;
  }
  int r = c != molt_from_ptr(&ot->ob) && isTypeValue(c) && isSubtype(as<MoltType>(c), ct);
  molt_decref(c);
  return r;
}

} // namespace

namespace molt::rt {

int objectIsInstance(MoltValue obj, MoltValue cls, int depth) {
  MoltType *ot = molt_type_of(obj);
  if (molt_is_ptr(cls) && molt_ptr(cls)->type == &molt_type_type) {
    // A class whose metaclass is exactly `type` (the common case): no hook.
    MoltType *ct = as<MoltType>(cls);
    if (ot == ct || isSubtype(ot, ct)) return 1;
    return isInstanceViaClassAttr(obj, ot, ct);
  }
  if (isTypeValue(cls)) {
    MoltType *ct = as<MoltType>(cls);
    if (ot == ct) return 1;
    if (!isHeapType(molt_type_of(cls)))
      return isSubtype(ot, ct) ? 1 : isInstanceViaClassAttr(obj, ot, ct);
  } else if (isExact(cls, &molt_type_tuple) && depth < 1000) {
    for (int64_t i = 0; i < tupleSize(cls); i++) {
      int r = objectIsInstance(obj, tupleItems(cls)[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  } else if (isExact(cls, &molt_type_union)) {
    return forMembers(cls, [&](MoltValue m) { return objectIsInstance(obj, m, depth + 1); });
  }
  MoltValue hook = typeLookup(molt_type_of(cls), cstr("__instancecheck__"));
  if (hook != MOLT_UNBOUND) return callHook(cls, "__instancecheck__", obj);
  if (isTypeValue(cls))
    return isSubtype(ot, as<MoltType>(cls)) ? 1
                                            : isInstanceViaClassAttr(obj, ot, as<MoltType>(cls));
  molt_raise_fmt(&molt_type_TypeError,
                 "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int classIsSubclass(MoltValue derived, MoltValue cls, int depth) {
  if (isTypeValue(cls) && !isHeapType(molt_type_of(cls))) {
    if (!isTypeValue(derived)) {
      molt_raise_fmt(&molt_type_TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return isSubtype(as<MoltType>(derived), as<MoltType>(cls)) ? 1 : 0;
  }
  if (isExact(cls, &molt_type_tuple) && depth < 1000) {
    for (int64_t i = 0; i < tupleSize(cls); i++) {
      int r = classIsSubclass(derived, tupleItems(cls)[i], depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  if (isExact(cls, &molt_type_union))
    return forMembers(cls, [&](MoltValue m) { return classIsSubclass(derived, m, depth + 1); });
  MoltValue hook = typeLookup(molt_type_of(cls), cstr("__subclasscheck__"));
  if (hook != MOLT_UNBOUND) return callHook(cls, "__subclasscheck__", derived);
  molt_raise_fmt(&molt_type_TypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

} // namespace molt::rt
