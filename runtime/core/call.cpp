// Calls: molt_call, molt_call_ex (f(*args, **kwargs)) and the helpers that
// prepend a receiver to a vectorcall argument vector.
#include <cstdlib>

#include "core_internal.h"

using namespace molt::rt;

namespace molt::rt {

namespace {
// A vectorcall argument vector with `self` in front (stack storage when small).
struct PrependedArgs {
  MoltValue small[16];
  MoltValue *buf = small;
  bool ok = true;
  PrependedArgs(MoltValue self, const MoltValue *args, size_t total) {
    if (total + 1 > 16) {
      buf = static_cast<MoltValue *>(malloc((total + 1) * sizeof(MoltValue)));
      if (!buf) {
        ok = false;
        buf = small;
        molt_raise_fmt(&molt_type_MemoryError, "");
        return;
      }
    }
    buf[0] = self;
    if (total) memcpy(buf + 1, args, total * sizeof(MoltValue));
  }
  ~PrependedArgs() {
    if (buf != small) free(buf);
  }
};
} // namespace

MoltValue callPrepend(MoltVectorcall fn, MoltValue callable, MoltValue self, const MoltValue *args,
                      size_t nargs, MoltValue kwnames) {
  PrependedArgs a(self, args, nargs + kwCount(kwnames));
  if (!a.ok) return MOLT_ERROR;
  return fn(callable, a.buf, nargs + 1, kwnames);
}

MoltValue callWithSelf(MoltValue callable, MoltValue self, const MoltValue *args, size_t nargs,
                       MoltValue kwnames) {
  size_t total = nargs + kwCount(kwnames);
  // A compiled function (the common receiver of special methods and
  // __init__): its entry directly, with the arguments on the stack.
  if (total < 8 && molt_type_of(callable) == &molt_type_function) {
    MoltValue buf[8];
    buf[0] = self;
    for (size_t i = 0; i < total; i++)
      buf[i + 1] = args[i];
    return as<MoltFunction>(callable)->info->entry(callable, buf, nargs + 1, kwnames);
  }
  PrependedArgs a(self, args, total);
  if (!a.ok) return MOLT_ERROR;
  return molt_call(callable, a.buf, nargs + 1, kwnames);
}

} // namespace molt::rt

extern "C" {

MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltType *t = molt_type_of(callable);
  if (!t->call) return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not callable", t->name);
  return t->call(callable, args, nargs, kwnames);
}

MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kwargs) {
  const MoltValue *pos = nullptr;
  size_t npos = 0;
  MoltValue owned = MOLT_UNBOUND; // tuple built from a non-tuple iterable
  if (molt_is_ptr(args) && isSubtype(molt_type_of(args), &molt_type_tuple)) {
    pos = tupleItems(args);
    npos = (size_t)tupleSize(args);
  } else if (molt_is_ptr(args) && isSubtype(molt_type_of(args), &molt_type_list)) {
    pos = as<MoltList>(args)->items;
    npos = (size_t)as<MoltList>(args)->size;
  } else if (args != MOLT_NONE && args != MOLT_UNBOUND) {
    MoltValue l = molt_list_new(nullptr, 0);
    if (molt_is_error(l)) return l;
    if (molt_list_extend(l, args) < 0) {
      molt_decref(l);
      return MOLT_ERROR;
    }
    owned = molt_list_as_tuple(l);
    molt_decref(l);
    if (molt_is_error(owned)) return owned;
    pos = tupleItems(owned);
    npos = (size_t)tupleSize(owned);
  }
  size_t nkw = 0;
  if (molt_is_ptr(kwargs)) {
    int64_t p = 0;
    MoltValue k, v;
    while (dictNext(kwargs, &p, &k, &v))
      nkw++;
  }
  if (nkw == 0) {
    MoltValue r = molt_call(callable, pos, npos, MOLT_NONE);
    if (owned != MOLT_UNBOUND) molt_decref(owned);
    return r;
  }
  MoltValue *buf = static_cast<MoltValue *>(malloc((npos + nkw) * sizeof(MoltValue)));
  MoltValue *names = static_cast<MoltValue *>(malloc(nkw * sizeof(MoltValue)));
  MoltValue r = MOLT_ERROR;
  if (!buf || !names) {
    molt_raise_fmt(&molt_type_MemoryError, "");
  } else {
    if (npos) memcpy(buf, pos, npos * sizeof(MoltValue));
    int64_t p = 0;
    MoltValue k, v;
    size_t i = 0;
    bool ok = true;
    while (i < nkw && dictNext(kwargs, &p, &k, &v)) {
      if (!isStr(k)) {
        molt_raise_fmt(&molt_type_TypeError, "keywords must be strings");
        ok = false;
        break;
      }
      names[i] = k;
      buf[npos + i] = v;
      i++;
    }
    if (ok) {
      MoltValue kwnames = molt_tuple_new(names, nkw);
      if (!molt_is_error(kwnames)) {
        r = molt_call(callable, buf, npos, kwnames);
        molt_decref(kwnames);
      }
    }
  }
  free(buf);
  free(names);
  if (owned != MOLT_UNBOUND) molt_decref(owned);
  return r;
}

} // extern "C"
