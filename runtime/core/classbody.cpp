// Class-body name operations (molt.h "Classes"): CPython's LOAD_NAME,
// LOAD_FROM_DICT_OR_DEREF, STORE_NAME and DELETE_NAME on the namespace that
// __prepare__ returned. The generated class-body function calls these for
// every name of the class scope; an exact dict takes the fast path, any
// other mapping goes through getitem/setitem/delitem as in CPython.
#include "core_internal.h"
#include "molt/dictobject.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"

#include <vector>

using namespace molt::rt;

namespace {

/// The name's UTF-8 text (names are always str objects made by the compiler).
const char *nameText(MoltValue name) { return as<MoltStr>(name)->data; }

/// ns[name] as a new reference; MOLT_UNBOUND if absent (a KeyError from a
/// non-dict mapping counts as absent), MOLT_ERROR on other errors.
MoltValue nsLookup(MoltValue ns, MoltValue name) {
  if (isExact(ns, &molt_type_dict)) {
    MoltValue v = dictGetItem(ns, name);
    if (v == MOLT_UNBOUND || molt_is_error(v)) return v;
    return molt_newref(v);
  }
  MoltValue v = molt_getitem(ns, name);
  if (!molt_is_error(v)) return v;
  MoltValue exc = molt_err_fetch();
  int m = molt_err_matches(exc, molt_from_ptr(&molt_type_KeyError));
  if (m == 0) molt_err_restore(exc);
  molt_decref(exc);
  return m > 0 ? MOLT_UNBOUND : MOLT_ERROR;
}

} // namespace

MoltValue molt_ns_load(MoltValue ns, MoltValue name, MoltValue *global_slot, MoltValue builtin) {
  MoltValue v = nsLookup(ns, name);
  if (v != MOLT_UNBOUND) return v;
  if (global_slot && *global_slot != MOLT_UNBOUND) return molt_newref(*global_slot);
  if (builtin != MOLT_UNBOUND) return molt_newref(builtin);
  return molt_raise_name_error(nameText(name));
}

MoltValue molt_ns_load_deref(MoltValue ns, MoltValue name, MoltValue cell) {
  MoltValue v = nsLookup(ns, name);
  if (v != MOLT_UNBOUND) return v;
  v = molt_cell_get(cell);
  if (v == MOLT_UNBOUND) return molt_raise_unbound_free(nameText(name));
  return molt_newref(v);
}

int molt_ns_store(MoltValue ns, MoltValue name, MoltValue v) {
  if (isExact(ns, &molt_type_dict)) return molt_dict_setitem(ns, name, v);
  return molt_setitem(ns, name, v);
}

int molt_ns_del(MoltValue ns, MoltValue name) {
  if (isExact(ns, &molt_type_dict)) {
    int r = dictDelItem(ns, name);
    if (r > 0) return 0;
    if (r < 0) return -1;
  } else if (molt_delitem(ns, name) == 0) {
    return 0;
  } else {
    // CPython replaces any error of the mapping's __delitem__ by the NameError.
    MoltValue exc = molt_err_fetch();
    molt_decref(exc);
  }
  molt_raise_name_error(nameText(name));
  return -1;
}

MoltValue molt_build_class_ex(MoltValue args, MoltValue kwargs) {
  auto *t = as<MoltTuple>(args);
  int64_t nkw = kwargs == MOLT_NONE ? 0 : dictSize(kwargs);
  if (nkw == 0) return molt_build_class(t->items, static_cast<size_t>(t->size), MOLT_NONE);
  // Vectorcall layout: positional arguments, then the keyword values; the names in a tuple.
  std::vector<MoltValue> all(t->items, t->items + t->size);
  std::vector<MoltValue> names;
  int64_t pos = 0;
  MoltValue k, v;
  while (dictNext(kwargs, &pos, &k, &v)) {
    names.push_back(k);
    all.push_back(v);
  }
  MoltValue kwnames = molt_tuple_new(names.data(), names.size());
  if (molt_is_error(kwnames)) return MOLT_ERROR;
  MoltValue r = molt_build_class(all.data(), static_cast<size_t>(t->size), kwnames);
  molt_decref(kwnames);
  return r;
}
