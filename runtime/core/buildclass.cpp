// __build_class__: the runtime half of the `class` statement (molt.h
// "Classes"): __mro_entries__, the metaclass calculation, __prepare__, the
// body call, the metaclass call and the __class__ cell check.
#include <vector>

#include "core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

// Resolves __mro_entries__ of non-type bases. *changed tells whether the
// result differs from the bases as written. New reference (tuple).
MoltValue resolveBases(MoltValue orig, bool *changed) {
  *changed = false;
  std::vector<MoltValue> out;
  const MoltValue *items = tupleItems(orig);
  int64_t n = tupleSize(orig);
  for (int64_t i = 0; i < n; i++) {
    MoltValue b = items[i];
    if (molt_is_ptr(b) && isInstance(b, &molt_type_type)) {
      out.push_back(molt_newref(b));
      continue;
    }
    MoltValue me = molt_getattr(b, cstr("__mro_entries__"));
    if (molt_is_error(me)) {
      if (!isInstance(molt_state.exc, &molt_type_AttributeError)) {
        for (MoltValue v : out)
          molt_decref(v);
        return MOLT_ERROR;
      }
      molt_decref(molt_err_fetch());
      out.push_back(molt_newref(b));
      continue;
    }
    MoltValue r = molt_call(me, &orig, 1, MOLT_NONE);
    molt_decref(me);
    if (molt_is_error(r) || !isInstance(r, &molt_type_tuple)) {
      if (!molt_is_error(r)) {
        molt_decref(r);
        molt_raise_fmt(&molt_type_TypeError, "__mro_entries__ must return a tuple");
      }
      for (MoltValue v : out)
        molt_decref(v);
      return MOLT_ERROR;
    }
    *changed = true;
    for (int64_t j = 0; j < tupleSize(r); j++)
      out.push_back(molt_newref(tupleItems(r)[j]));
    molt_decref(r);
  }
  MoltValue t = molt_tuple_new(out.data(), out.size());
  for (MoltValue v : out)
    molt_decref(v);
  return t;
}

// The most derived metaclass of meta and the bases' metaclasses, or NULL
// with the "metaclass conflict" TypeError.
MoltType *calculateMeta(MoltType *meta, MoltValue bases) {
  MoltType *winner = meta;
  for (int64_t i = 0; i < tupleSize(bases); i++) {
    MoltType *bm = molt_type_of(tupleItems(bases)[i]);
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    molt_raise_fmt(&molt_type_TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                   "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

bool isMapping(MoltValue v) {
  MoltType *t = molt_type_of(v);
  return isSubtype(t, &molt_type_dict) || contSlot(t, &ContainerSlots::getitem) != nullptr;
}

} // namespace

MoltValue molt_build_class(const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs < 2)
    return molt_raise_fmt(&molt_type_TypeError, "__build_class__: not enough arguments");
  MoltValue body = args[0], name = args[1];
  if (!isStr(name))
    return molt_raise_fmt(&molt_type_TypeError, "__build_class__: name is not a string");
  size_t nkw = kwCount(kwnames);
  MoltValue orig = molt_tuple_new(args + 2, nargs - 2);
  if (molt_is_error(orig)) return orig;
  bool changed;
  MoltValue bases = resolveBases(orig, &changed);
  if (molt_is_error(bases)) {
    molt_decref(orig);
    return bases;
  }
  // Keywords other than metaclass go to __prepare__ and the metaclass.
  MoltValue meta = MOLT_UNBOUND;
  std::vector<MoltValue> kwNames, kwVals;
  for (size_t i = 0; i < nkw; i++) {
    MoltValue k = tupleItems(kwnames)[i];
    if (strView(k) == "metaclass")
      meta = args[nargs + i];
    else {
      kwNames.push_back(k);
      kwVals.push_back(args[nargs + i]);
    }
  }
  MoltValue kw = kwNames.empty() ? MOLT_NONE : molt_tuple_new(kwNames.data(), kwNames.size());
  MoltValue result = MOLT_ERROR, ns = MOLT_UNBOUND, cell = MOLT_UNBOUND;
  bool isClass;
  if (meta == MOLT_UNBOUND) {
    meta = tupleSize(bases) ? molt_from_ptr(molt_type_of(tupleItems(bases)[0]))
                            : molt_from_ptr(&molt_type_type);
    isClass = true;
  } else {
    isClass = molt_is_ptr(meta) && isInstance(meta, &molt_type_type);
  }
  if (isClass) {
    MoltType *w = calculateMeta(as<MoltType>(meta), bases);
    if (!w) goto done;
    meta = molt_from_ptr(w);
  }
  molt_incref(meta);
  {
    // __prepare__ (type's gives a new dict).
    MoltValue prep = MOLT_UNBOUND;
    if (meta != molt_from_ptr(&molt_type_type)) {
      prep = molt_getattr(meta, cstr("__prepare__"));
      if (molt_is_error(prep)) {
        if (!isInstance(molt_state.exc, &molt_type_AttributeError)) goto doneMeta;
        molt_decref(molt_err_fetch());
        prep = MOLT_UNBOUND;
      }
    }
    if (prep == MOLT_UNBOUND) {
      ns = molt_dict_new(nullptr, 0);
    } else {
      std::vector<MoltValue> pa = {name, bases};
      pa.insert(pa.end(), kwVals.begin(), kwVals.end());
      ns = molt_call(prep, pa.data(), 2, kw);
      molt_decref(prep);
    }
    if (molt_is_error(ns)) goto doneMeta;
    if (!isMapping(ns)) {
      if (isClass)
        molt_raise_fmt(&molt_type_TypeError, "%s.__prepare__() must return a mapping, not %s",
                       as<MoltType>(meta)->name, typeName(ns));
      else
        molt_raise_fmt(&molt_type_TypeError,
                       "<metaclass>.__prepare__() must return a mapping, not %s", typeName(ns));
      goto doneMeta;
    }
    cell = molt_call(body, &ns, 1, MOLT_NONE);
    if (molt_is_error(cell)) goto doneMeta;
    if (changed && molt_setitem(ns, cstr("__orig_bases__"), orig) < 0) goto doneMeta;
    if (isExact(cell, &molt_type_cell)) {
      // The namespace carries the cell to type.__new__ (CPython's compiler
      // stores it there from the class body).
      MoltValue cur =
          isExact(ns, &molt_type_dict) ? dictGetItem(ns, cstr("__classcell__")) : MOLT_UNBOUND;
      if (cur == MOLT_UNBOUND && molt_setitem(ns, cstr("__classcell__"), cell) < 0) goto doneMeta;
    }
    {
      std::vector<MoltValue> ca = {name, bases, ns};
      ca.insert(ca.end(), kwVals.begin(), kwVals.end());
      result = molt_call(meta, ca.data(), 3, kw);
    }
    if (!molt_is_error(result) && isExact(cell, &molt_type_cell) && molt_is_ptr(result) &&
        isInstance(result, &molt_type_type)) {
      MoltValue v = molt_cell_get(cell);
      if (v != result) {
        MoltValue rr = molt_repr(result);
        std::string_view rs = molt_is_error(rr) ? std::string_view("?") : strView(rr);
        std::string_view nm = strView(name);
        if (v == MOLT_UNBOUND) {
          molt_raise_fmt(&molt_type_RuntimeError,
                         "__class__ not set defining '%.*s' as %.*s. Was __classcell__ "
                         "propagated to type.__new__?",
                         (int)nm.size(), nm.data(), (int)rs.size(), rs.data());
        } else {
          MoltValue vr = molt_repr(v);
          std::string_view vs = molt_is_error(vr) ? std::string_view("?") : strView(vr);
          molt_raise_fmt(&molt_type_TypeError, "__class__ set to %.*s defining '%.*s' as %.*s",
                         (int)vs.size(), vs.data(), (int)nm.size(), nm.data(), (int)rs.size(),
                         rs.data());
          if (!molt_is_error(vr)) molt_decref(vr);
        }
        if (!molt_is_error(rr)) molt_decref(rr);
        molt_decref(result);
        result = MOLT_ERROR;
      }
    }
  }
doneMeta:
  molt_decref(meta);
done:
  if (ns != MOLT_UNBOUND && !molt_is_error(ns)) molt_decref(ns);
  if (cell != MOLT_UNBOUND && !molt_is_error(cell)) molt_decref(cell);
  molt_xdecref(kw);
  molt_decref(bases);
  molt_decref(orig);
  return result;
}
