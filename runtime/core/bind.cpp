// molt_bind_args: binds a call's arguments to a Python function's parameters
// with CPython 3.12's rules and TypeError messages.
#include <cstdlib>
#include <vector>

#include "core_internal.h"
#include "flatmap.h"

using namespace molt::rt;

namespace {

std::string qualnameOf(const MoltFunction *f) {
  if (isStr(f->qualname)) return std::string(strView(f->qualname));
  return f->info->code.qualname ? f->info->code.qualname : "?";
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string nameList(const std::vector<const char *> &names) {
  std::string s;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      if (n == 2)
        s += " and ";
      else if (i == n - 1)
        s += ", and ";
      else
        s += ", ";
    }
    s += '\'';
    s += names[i];
    s += '\'';
  }
  return s;
}

bool nameEquals(MoltValue key, const char *name) {
  std::string_view k = strView(key);
  size_t n = strlen(name);
  return k.size() == n && memcmp(k.data(), name, n) == 0;
}

// The interned strs of a function's parameter names, made on its first call
// that needs them. Call sites pass keyword names as interned strs, and an
// interned str is the only one with its text, so a keyword matches a
// parameter exactly when the pointers are equal. MoltFuncInfos are static.
const MoltValue *paramStrs(const MoltFuncInfo *info, size_t total) {
  static FlatMap<const MoltFuncInfo *, MoltValue *, PtrKeyHash> cache;
  if (MoltValue **known = cache.find(info)) return *known;
  auto *strs = static_cast<MoltValue *>(std::malloc((total + 1) * sizeof(MoltValue)));
  if (!strs) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  for (size_t i = 0; i < total; i++) {
    strs[i] = internStr(info->argnames[i]);
    if (molt_is_error(strs[i])) {
      std::free(strs);
      return nullptr;
    }
  }
  if (!cache.insert(info, strs)) {
    std::free(strs);
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  return strs;
}

/// True if key can only equal a parameter name by identity (an interned str).
bool internedKey(MoltValue key) {
  return isExact(key, &molt_type_str) && as<MoltStr>(key)->interned;
}

// The TypeErrors, out of line: molt_bind_args runs for every call with
// keywords or defaults, and on wasm its size is what V8 compiles when it
// tiers it up.

[[gnu::noinline, gnu::cold]] void raiseMultipleValues(const MoltFunction *f, const char *name) {
  std::string q = qualnameOf(f);
  molt_raise_fmt(&molt_type_TypeError, "%s() got multiple values for argument '%s'", q.c_str(),
                 name);
}

// key matches no parameter and the function has no **kwargs.
[[gnu::noinline, gnu::cold]] void raiseBadKeyword(const MoltFunction *f, const MoltValue *kws,
                                                  size_t nkw, MoltValue key) {
  const MoltFuncInfo *info = f->info;
  const size_t posonly = (size_t)info->posonlyargcount;
  const char *const *names = info->argnames;
  // Positional-only parameters passed by keyword?
  std::string posKw;
  for (size_t jj = 0; jj < nkw; jj++)
    for (size_t p = 0; p < posonly; p++)
      if (nameEquals(kws[jj], names[p])) {
        if (!posKw.empty()) posKw += ", ";
        posKw += names[p];
        break;
      }
  std::string q = qualnameOf(f);
  if (!posKw.empty()) {
    molt_raise_fmt(&molt_type_TypeError,
                   "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                   q.c_str(), posKw.c_str());
  } else {
    std::string_view k = strView(key);
    molt_raise_fmt(&molt_type_TypeError, "%s() got an unexpected keyword argument '%.*s'",
                   q.c_str(), (int)k.size(), k.data());
  }
}

// More positional arguments than parameters, and no *args.
[[gnu::noinline, gnu::cold]] void raiseTooMany(const MoltFunction *f, const MoltValue *out,
                                               size_t nargs, size_t ndef) {
  const MoltFuncInfo *info = f->info;
  const size_t argc = (size_t)info->argcount;
  const size_t total = argc + (size_t)info->kwonlyargcount;
  size_t kwGiven = 0;
  for (size_t i = argc; i < total; i++)
    if (out[i] != MOLT_UNBOUND) kwGiven++;
  std::string sig = ndef ? sformat("from %zu to %zu", argc - ndef, argc) : sformat("%zu", argc);
  bool plural = ndef ? true : argc != 1;
  std::string kwSig;
  if (kwGiven)
    kwSig = sformat(" positional argument%s (and %zu keyword-only argument%s)",
                    nargs != 1 ? "s" : "", kwGiven, kwGiven != 1 ? "s" : "");
  std::string q = qualnameOf(f);
  molt_raise_fmt(&molt_type_TypeError, "%s() takes %s positional argument%s but %zu%s %s given",
                 q.c_str(), sig.c_str(), plural ? "s" : "", nargs, kwSig.c_str(),
                 nargs == 1 && !kwGiven ? "was" : "were");
}

// Parameters [from, to) that are still unbound: "missing N required ...".
[[gnu::noinline, gnu::cold]] void raiseMissingIn(const MoltFunction *f, const MoltValue *out,
                                                 size_t from, size_t to, bool kwonly) {
  std::vector<const char *> missing;
  for (size_t i = from; i < to; i++)
    if (out[i] == MOLT_UNBOUND) missing.push_back(f->info->argnames[i]);
  std::string q = qualnameOf(f);
  std::string list = nameList(missing);
  molt_raise_fmt(&molt_type_TypeError, "%s() missing %zu required %s argument%s: %s", q.c_str(),
                 missing.size(), kwonly ? "keyword-only" : "positional",
                 missing.size() == 1 ? "" : "s", list.c_str());
}

} // namespace

extern "C" int molt_bind_args(MoltValue fn, const MoltValue *args, size_t nargs, MoltValue kwnames,
                              MoltValue *out) {
  auto *f = as<MoltFunction>(fn);
  const MoltFuncInfo *info = f->info;
  const size_t argc = (size_t)info->argcount;
  const size_t posonly = (size_t)info->posonlyargcount;
  const size_t kwonly = (size_t)info->kwonlyargcount;
  const size_t total = argc + kwonly;
  const bool hasVar = info->flags & MOLT_FN_VARARGS;
  const bool hasKw = info->flags & MOLT_FN_VARKEYWORDS;
  const size_t nslots = total + hasVar + hasKw;
  const char *const *names = info->argnames;
  for (size_t i = 0; i < nslots; i++)
    out[i] = MOLT_UNBOUND;

  auto fail = [&]() {
    for (size_t i = 0; i < nslots; i++) {
      molt_xdecref(out[i]);
      out[i] = MOLT_UNBOUND;
    }
    return -1;
  };

  MoltValue kwdict = MOLT_NONE;
  if (hasKw) {
    kwdict = molt_dict_new(nullptr, 0);
    if (molt_is_error(kwdict)) return fail();
    out[total + hasVar] = kwdict;
  }
  size_t n = nargs < argc ? nargs : argc;
  for (size_t i = 0; i < n; i++)
    out[i] = molt_newref(args[i]);
  if (hasVar) {
    MoltValue t = molt_tuple_new(args + n, nargs - n);
    if (molt_is_error(t)) return fail();
    out[total] = t;
  }

  // Keywords.
  size_t nkw = kwCount(kwnames);
  const MoltValue *kws = nkw ? tupleItems(kwnames) : nullptr;
  const MoltValue *pstrs = nullptr;
  if (nkw || kwonly) {
    // Kept on the function object: the per-info table is a hash lookup.
    pstrs = f->pstrs;
    if (!pstrs) {
      pstrs = paramStrs(info, total);
      if (!pstrs) return fail();
      f->pstrs = pstrs;
    }
  }
  for (size_t j = 0; j < nkw; j++) {
    MoltValue key = kws[j];
    MoltValue val = args[nargs + j];
    size_t i = posonly;
    for (; i < total; i++)
      if (pstrs[i] == key) break;
    if (i == total && !internedKey(key))
      for (i = posonly; i < total; i++)
        if (nameEquals(key, names[i])) break;
    if (i < total) {
      if (out[i] != MOLT_UNBOUND) {
        raiseMultipleValues(f, names[i]);
        return fail();
      }
      out[i] = molt_newref(val);
      continue;
    }
    if (hasKw) {
      if (molt_dict_setitem(kwdict, key, val) < 0) return fail();
      continue;
    }
    raiseBadKeyword(f, kws, nkw, key);
    return fail();
  }

  size_t ndef = molt_is_ptr(f->defaults) ? (size_t)tupleSize(f->defaults) : 0;
  if (ndef > argc) ndef = argc;

  // Too many positional arguments.
  if (nargs > argc && !hasVar) {
    raiseTooMany(f, out, nargs, ndef);
    return fail();
  }

  // Missing positional arguments, then defaults.
  if (nargs < argc) {
    size_t m = argc - ndef;
    for (size_t i = nargs; i < m; i++)
      if (out[i] == MOLT_UNBOUND) {
        raiseMissingIn(f, out, nargs, m, false);
        return fail();
      }
    const MoltValue *defs =
        ndef ? tupleItems(f->defaults) + (tupleSize(f->defaults) - ndef) : nullptr;
    for (size_t i = nargs > m ? nargs : m; i < argc; i++)
      if (out[i] == MOLT_UNBOUND) out[i] = molt_newref(defs[i - m]);
  }

  // Keyword-only arguments.
  if (kwonly) {
    bool anyMissing = false;
    for (size_t i = argc; i < total; i++) {
      if (out[i] != MOLT_UNBOUND) continue;
      if (molt_is_ptr(f->kwdefaults)) {
        MoltValue d = dictGetItem(f->kwdefaults, pstrs[i]);
        if (molt_is_error(d)) return fail();
        if (d != MOLT_UNBOUND) {
          out[i] = molt_newref(d);
          continue;
        }
      }
      anyMissing = true;
    }
    if (anyMissing) {
      raiseMissingIn(f, out, argc, total, true);
      return fail();
    }
  }
  return 0;
}
