// Pattern matching support (molt.h "Pattern matching"): the run-time checks
// of CPython 3.12's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS
// instructions. The compiler lowers the control flow and the captures; these
// functions only answer "does it match" and extract the values to match next.
#include <vector>

#include "core_internal.h"
#include "molt/dictobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

/// getattr(o, name) where AttributeError means "absent": MOLT_UNBOUND then.
MoltValue attrOrUnbound(MoltValue o, MoltValue name) {
  MoltValue v = molt_getattr(o, name);
  if (!molt_is_error(v)) return v;
  MoltValue exc = molt_err_fetch();
  int m = molt_err_matches(exc, molt_from_ptr(&molt_type_AttributeError));
  if (m == 0) molt_err_restore(exc);
  molt_decref(exc);
  return m > 0 ? MOLT_UNBOUND : MOLT_ERROR;
}

/// Types whose instances a single positional sub-pattern matches as a whole
/// (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
bool matchesSelf(const MoltType *t) {
  static const MoltType *const kSelf[] = {
      &molt_type_bool,  &molt_type_bytearray, &molt_type_bytes, &molt_type_dict,
      &molt_type_float, &molt_type_frozenset, &molt_type_int,   &molt_type_list,
      &molt_type_set,   &molt_type_str,       &molt_type_tuple};
  for (const MoltType *s : kSelf)
    if (isSubtype(t, s)) return true;
  return false;
}

/// Appends the attribute `name` of subj to out unless already seen (TypeError).
/// 1 appended, 0 absent (no match), -1 error.
int takeAttr(MoltValue subj, const MoltType *cls, MoltValue name, std::vector<MoltValue> &seen,
             std::vector<MoltValue> &out) {
  for (MoltValue s : seen) {
    int eq = molt_cmp_eq(s, name);
    if (eq < 0) return -1;
    if (eq) {
      MoltValue r = molt_repr(name);
      if (molt_is_error(r)) return -1;
      molt_raise_fmt(&molt_type_TypeError, "%s() got multiple sub-patterns for attribute %s",
                     cls->name, std::string(strView(r)).c_str());
      molt_decref(r);
      return -1;
    }
  }
  seen.push_back(name);
  MoltValue v = attrOrUnbound(subj, name);
  if (molt_is_error(v)) return -1;
  if (v == MOLT_UNBOUND) return 0;
  out.push_back(v);
  return 1;
}

MoltValue tupleOf(std::vector<MoltValue> &items) {
  MoltValue t = molt_tuple_new(items.data(), items.size());
  for (MoltValue v : items)
    molt_decref(v);
  return t;
}

} // namespace

int molt_match_seq(MoltValue v) {
  if (!molt_is_ptr(v)) return 0;
  return isInstance(v, &molt_type_list) || isInstance(v, &molt_type_tuple) ||
         isInstance(v, &molt_type_range) || isInstance(v, &molt_type_memoryview);
}

int molt_match_map(MoltValue v) { return molt_is_ptr(v) && isInstance(v, &molt_type_dict); }

MoltValue molt_match_keys(MoltValue subj, MoltValue keys) {
  auto *kt = as<MoltTuple>(keys);
  MoltValue seen = molt_set_new(nullptr, 0);
  if (molt_is_error(seen)) return MOLT_ERROR;
  // A fresh object as get()'s default tells "missing" from any stored value.
  MoltValue dummy = molt_call(molt_from_ptr(&molt_type_object), nullptr, 0, MOLT_NONE);
  std::vector<MoltValue> vals;
  MoltValue result = MOLT_ERROR;
  MoltValue get = cstr("get");
  for (int64_t i = 0; i < kt->size; ++i) {
    MoltValue k = kt->items[i];
    int dup = molt_contains(seen, k);
    if (dup < 0) goto done;
    if (dup) {
      MoltValue r = molt_repr(k);
      if (molt_is_error(r)) goto done;
      molt_raise_fmt(&molt_type_ValueError, "mapping pattern checks duplicate key (%s)",
                     std::string(strView(r)).c_str());
      molt_decref(r);
      goto done;
    }
    if (molt_set_add(seen, k) < 0) goto done;
    MoltValue args[3] = {subj, k, dummy};
    MoltValue v = molt_call_method(get, args, 3, MOLT_NONE);
    if (molt_is_error(v)) goto done;
    if (v == dummy) {
      molt_decref(v);
      result = MOLT_NONE;
      goto done;
    }
    vals.push_back(v);
  }
  result = molt_tuple_new(vals.data(), vals.size());
done:
  for (MoltValue v : vals)
    molt_decref(v);
  molt_decref(dummy);
  molt_decref(seen);
  return result;
}

MoltValue molt_match_rest(MoltValue subj, MoltValue keys) {
  // CPython's dict.update(subj): a dict whose __iter__ is dict's own is copied
  // directly (no __getitem__ calls), anything else goes through the mapping.
  bool direct = false;
  if (isDict(subj)) {
    MoltValue name = cstr("__iter__");
    MoltValue own = typeLookup(molt_type_of(subj), name);
    direct = !molt_is_error(own) && own == typeLookup(&molt_type_dict, name);
    if (molt_is_error(own)) molt_decref(molt_err_fetch());
  }
  MoltValue d =
      direct ? dictCopy(subj) : molt_call(molt_from_ptr(&molt_type_dict), &subj, 1, MOLT_NONE);
  if (molt_is_error(d)) return MOLT_ERROR;
  auto *kt = as<MoltTuple>(keys);
  for (int64_t i = 0; i < kt->size; ++i)
    if (dictDelItem(d, kt->items[i]) < 0) {
      molt_decref(d);
      return MOLT_ERROR;
    }
  return d;
}

MoltValue molt_match_class(MoltValue subj, MoltValue cls, size_t npos, MoltValue kwnames) {
  if (!isInstance(cls, &molt_type_type))
    return molt_raise_fmt(&molt_type_TypeError, "called match pattern must be a class");
  MoltValue isargs[2] = {subj, cls};
  MoltValue inst = molt_builtin_isinstance(MOLT_NONE, isargs, 2, MOLT_NONE);
  if (molt_is_error(inst)) return MOLT_ERROR;
  if (inst != MOLT_TRUE) return MOLT_NONE;
  auto *type = as<MoltType>(cls);
  std::vector<MoltValue> seen, out;
  MoltValue matchArgs = MOLT_UNBOUND;
  auto fail = [&](MoltValue r) {
    for (MoltValue v : out)
      molt_decref(v);
    if (matchArgs != MOLT_UNBOUND) molt_decref(matchArgs);
    return r;
  };
  if (npos > 0) {
    matchArgs = attrOrUnbound(cls, cstr("__match_args__"));
    if (molt_is_error(matchArgs)) return MOLT_ERROR;
    if (matchArgs == MOLT_UNBOUND) {
      if (matchesSelf(type)) {
        if (npos > 1)
          return molt_raise_fmt(&molt_type_TypeError,
                                "%s() accepts 1 positional sub-pattern (%zu given)", type->name,
                                npos);
        out.push_back(molt_newref(subj));
      } else {
        return molt_raise_fmt(&molt_type_TypeError,
                              "%s() accepts 0 positional sub-patterns (%zu given)", type->name,
                              npos);
      }
    } else {
      if (!isExact(matchArgs, &molt_type_tuple)) {
        molt_raise_fmt(&molt_type_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                       type->name, typeName(matchArgs));
        return fail(MOLT_ERROR);
      }
      auto *mt = as<MoltTuple>(matchArgs);
      if (static_cast<size_t>(mt->size) < npos) {
        molt_raise_fmt(&molt_type_TypeError,
                       "%s() accepts %lld positional sub-pattern%s (%zu given)", type->name,
                       static_cast<long long>(mt->size), mt->size == 1 ? "" : "s", npos);
        return fail(MOLT_ERROR);
      }
      for (size_t i = 0; i < npos; ++i) {
        MoltValue name = mt->items[i];
        if (!isStr(name)) {
          molt_raise_fmt(&molt_type_TypeError, "__match_args__ elements must be strings (got %s)",
                         typeName(name));
          return fail(MOLT_ERROR);
        }
        int r = takeAttr(subj, type, name, seen, out);
        if (r <= 0) return fail(r < 0 ? MOLT_ERROR : MOLT_NONE);
      }
    }
  }
  if (kwnames != MOLT_NONE) {
    auto *kt = as<MoltTuple>(kwnames);
    for (int64_t i = 0; i < kt->size; ++i) {
      int r = takeAttr(subj, type, kt->items[i], seen, out);
      if (r <= 0) return fail(r < 0 ? MOLT_ERROR : MOLT_NONE);
    }
  }
  if (matchArgs != MOLT_UNBOUND) molt_decref(matchArgs);
  return tupleOf(out);
}
