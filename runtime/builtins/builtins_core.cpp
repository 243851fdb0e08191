// Builtin functions on single objects: len, abs, ascii, repr, bin/hex/oct,
// callable, chr/ord, divmod, format, getattr/setattr/hasattr/delattr, hash,
// id, isinstance/issubclass, pow, round, dir, vars, globals, locals.
#include <algorithm>
#include <cmath>
#include <string>

#include "builtins_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

// "f() takes exactly one argument (N given)" / "f() takes no keyword arguments".
bool checkOne(const char *name, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes exactly one argument (%zd given)", name,
                   static_cast<ptrdiff_t>(nargs));
    return false;
  }
  return true;
}

// "f expected N arguments, got M" family (positional-only, no keywords).
bool checkRange(const char *name, size_t nargs, MoltValue kwnames, size_t lo, size_t hi) {
  if (kwCount(kwnames) != 0) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs < lo || nargs > hi) {
    if (lo == hi)
      molt_raise_fmt(&molt_type_TypeError, "%s expected %zd argument%s, got %zd", name,
                     static_cast<ptrdiff_t>(lo), lo == 1 ? "" : "s", static_cast<ptrdiff_t>(nargs));
    else if (nargs < lo)
      molt_raise_fmt(&molt_type_TypeError, "%s expected at least %zd argument%s, got %zd", name,
                     static_cast<ptrdiff_t>(lo), lo == 1 ? "" : "s", static_cast<ptrdiff_t>(nargs));
    else
      molt_raise_fmt(&molt_type_TypeError, "%s expected at most %zd argument%s, got %zd", name,
                     static_cast<ptrdiff_t>(hi), hi == 1 ? "" : "s", static_cast<ptrdiff_t>(nargs));
    return false;
  }
  return true;
}

// The exact int of an int-like value through the index slot (new reference).
MoltValue toIndex(MoltValue v) {
  if (molt_is_small_int(v)) return v;
  if (molt_is_bool(v)) return molt_small_int(static_cast<int64_t>(v & 1));
  MoltType *t = molt_type_of(v);
  if (t->number != nullptr && t->number->index != nullptr) return t->number->index(v);
  return molt_raise_fmt(&molt_type_TypeError, "'%T' object cannot be interpreted as an integer", v);
}

MoltValue radixString(MoltValue v, char code) {
  MoltValue i = toIndex(v);
  if (molt_is_error(i)) return MOLT_ERROR;
  if (molt_is_small_int(i)) {
    int64_t x = molt_small_int_val(i);
    uint64_t u = x < 0 ? static_cast<uint64_t>(-x) : static_cast<uint64_t>(x);
    char buf[80];
    char *end = buf + sizeof buf, *p = end;
    unsigned shift = code == 'b' ? 1 : code == 'o' ? 3 : 4;
    uint64_t mask = (1u << shift) - 1;
    do {
      *--p = "0123456789abcdef"[u & mask];
      u >>= shift;
    } while (u != 0);
    *--p = code;
    *--p = '0';
    if (x < 0) *--p = '-';
    return strFromUtf8(std::string_view(p, static_cast<size_t>(end - p)));
  }
  char spec[3] = {'#', code, 0};
  MoltValue s = internStr(spec);
  MoltValue r = molt_format(i, s);
  molt_decref(i);
  return r;
}

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool requireStrName(MoltValue name) {
  if (isStr(name)) return true;
  molt_raise_fmt(&molt_type_TypeError, "attribute name must be string, not '%T'", name);
  return false;
}

} // namespace

extern "C" {

MoltValue molt_builtin_len(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("len", nargs, kwnames)) return MOLT_ERROR;
  MoltType *t = molt_type_of(args[0]);
  if (t->container == nullptr || t->container->len == nullptr)
    return molt_raise_fmt(&molt_type_TypeError, "object of type '%T' has no len()", args[0]);
  int64_t n = t->container->len(args[0]);
  if (n < 0) return MOLT_ERROR;
  return molt_int_from_i64(n);
}

MoltValue molt_builtin_abs(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("abs", nargs, kwnames)) return MOLT_ERROR;
  MoltValue v = args[0];
  if (molt_is_small_int(v)) {
    int64_t x = molt_small_int_val(v);
    return molt_int_from_i64(x < 0 ? -x : x);
  }
  if (molt_is_float(v)) return molt_float(std::fabs(molt_float_val(v)));
  MoltType *t = molt_type_of(v);
  if (t->number == nullptr || t->number->abs == nullptr)
    return molt_raise_fmt(&molt_type_TypeError, "bad operand type for abs(): '%T'", v);
  return t->number->abs(v);
}

MoltValue molt_builtin_ascii(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("ascii", nargs, kwnames)) return MOLT_ERROR;
  return molt_ascii(args[0]);
}

MoltValue molt_builtin_repr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("repr", nargs, kwnames)) return MOLT_ERROR;
  return molt_repr(args[0]);
}

MoltValue molt_builtin_bin(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("bin", nargs, kwnames)) return MOLT_ERROR;
  return radixString(args[0], 'b');
}

MoltValue molt_builtin_oct(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("oct", nargs, kwnames)) return MOLT_ERROR;
  return radixString(args[0], 'o');
}

MoltValue molt_builtin_hex(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("hex", nargs, kwnames)) return MOLT_ERROR;
  return radixString(args[0], 'x');
}

MoltValue molt_builtin_callable(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("callable", nargs, kwnames)) return MOLT_ERROR;
  return molt_bool(molt_type_of(args[0])->call != nullptr);
}

MoltValue molt_builtin_chr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("chr", nargs, kwnames)) return MOLT_ERROR;
  MoltValue v = args[0];
  int64_t cp;
  if (molt_is_small_int(v)) {
    cp = molt_small_int_val(v);
  } else {
    if (molt_is_float(v) || !isIntLike(v))
      return molt_raise_fmt(&molt_type_TypeError, "'%T' object cannot be interpreted as an integer",
                            v);
    if (indexAsI64(v, &cp) < 0) {
      if (errPendingMatches(&molt_type_OverflowError)) {
        errClear();
        return molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
      }
      return MOLT_ERROR;
    }
    if (cp > INT32_MAX || cp < INT32_MIN)
      return molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF)
    return molt_raise_fmt(&molt_type_ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  appendUtf8(s, static_cast<uint32_t>(cp));
  return strFromUtf8(s);
}

MoltValue molt_builtin_ord(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("ord", nargs, kwnames)) return MOLT_ERROR;
  MoltValue v = args[0];
  if (isStr(v)) {
    std::string_view s = strView(v);
    int64_t n = utf8Length(s);
    if (n != 1)
      return molt_raise_fmt(&molt_type_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            static_cast<long long>(n));
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    uint32_t cp;
    if (s.size() == 1)
      cp = p[0];
    else if (s.size() == 2)
      cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    else if (s.size() == 3)
      cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    else
      cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    return molt_small_int(cp);
  }
  if (isInstance(v, &molt_type_bytes) || isInstance(v, &molt_type_bytearray)) {
    MoltType *t = molt_type_of(v);
    int64_t n = t->container->len(v);
    if (n < 0) return MOLT_ERROR;
    if (n != 1)
      return molt_raise_fmt(&molt_type_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            static_cast<long long>(n));
    return molt_getitem(v, molt_small_int(0));
  }
  return molt_raise_fmt(&molt_type_TypeError, "ord() expected string of length 1, but %T found", v);
}

MoltValue molt_builtin_divmod(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("divmod", nargs, kwnames, 2, 2)) return MOLT_ERROR;
  return divmodValues(args[0], args[1]);
}

MoltValue molt_builtin_format(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("format", nargs, kwnames, 1, 2)) return MOLT_ERROR;
  MoltValue spec = nargs == 2 ? args[1] : internStr("");
  if (!isStr(spec))
    return molt_raise_fmt(&molt_type_TypeError, "format() argument 2 must be str, not %T", spec);
  return molt_format(args[0], spec);
}

MoltValue molt_builtin_getattr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("getattr", nargs, kwnames, 2, 3)) return MOLT_ERROR;
  if (!requireStrName(args[1])) return MOLT_ERROR;
  MoltValue r = molt_getattr(args[0], args[1]);
  if (molt_is_error(r) && nargs == 3 && errPendingMatches(&molt_type_AttributeError)) {
    errClear();
    return molt_newref(args[2]);
  }
  return r;
}

MoltValue molt_builtin_setattr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("setattr", nargs, kwnames, 3, 3)) return MOLT_ERROR;
  if (!requireStrName(args[1])) return MOLT_ERROR;
  if (molt_setattr(args[0], args[1], args[2]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue molt_builtin_hasattr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("hasattr", nargs, kwnames, 2, 2)) return MOLT_ERROR;
  if (!requireStrName(args[1])) return MOLT_ERROR;
  MoltValue r = molt_getattr(args[0], args[1]);
  if (molt_is_error(r)) {
    if (errPendingMatches(&molt_type_AttributeError)) {
      errClear();
      return MOLT_FALSE;
    }
    return MOLT_ERROR;
  }
  molt_decref(r);
  return MOLT_TRUE;
}

MoltValue molt_builtin_delattr(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("delattr", nargs, kwnames, 2, 2)) return MOLT_ERROR;
  if (!requireStrName(args[1])) return MOLT_ERROR;
  if (molt_delattr(args[0], args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue molt_builtin_hash(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("hash", nargs, kwnames)) return MOLT_ERROR;
  int64_t h;
  if (hashValue(args[0], &h) < 0) return MOLT_ERROR;
  return molt_int_from_i64(h);
}

MoltValue molt_builtin_id(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkOne("id", nargs, kwnames)) return MOLT_ERROR;
  MoltValue v = args[0];
  if (molt_is_ptr(v))
    return molt_int_from_i64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(molt_ptr(v))));
  // Inline values have no address: their bits are a stable identity.
  return molt_int_from_i64(static_cast<int64_t>(v & 0x7FFFFFFFFFFFFFFFull));
}

MoltValue molt_builtin_isinstance(MoltValue, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
  if (!checkRange("isinstance", nargs, kwnames, 2, 2)) return MOLT_ERROR;
  int r = objectIsInstance(args[0], args[1], 0);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue molt_isinstance(MoltValue o, MoltValue cls) {
  int r = objectIsInstance(o, cls, 0);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue molt_builtin_issubclass(MoltValue, const MoltValue *args, size_t nargs,
                                  MoltValue kwnames) {
  if (!checkRange("issubclass", nargs, kwnames, 2, 2)) return MOLT_ERROR;
  int r = classIsSubclass(args[0], args[1], 0);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue molt_builtin_pow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const kNames[] = {"base", "exp", "mod"};
  size_t nkw = kwCount(kwnames);
  if (nargs + nkw > 3)
    return molt_raise_fmt(&molt_type_TypeError, "pow() takes at most 3 arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs + nkw));
  MoltValue a[3] = {MOLT_UNBOUND, MOLT_UNBOUND, MOLT_NONE};
  for (size_t i = 0; i < nargs; i++)
    a[i] = args[i];
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kwnames, static_cast<int64_t>(i)));
    size_t j = 0;
    while (j < 3 && k != kNames[j])
      j++;
    if (j == 3)
      return molt_raise_fmt(&molt_type_TypeError, "pow() got an unexpected keyword argument '%s'",
                            std::string(k).c_str());
    if (j < nargs)
      return molt_raise_fmt(&molt_type_TypeError,
                            "argument for pow() given by name ('%s') and position (%zd)", kNames[j],
                            static_cast<ptrdiff_t>(j + 1));
    a[j] = args[nargs + i];
  }
  for (size_t j = 0; j < 2; j++)
    if (a[j] == MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError, "pow() missing required argument '%s' (pos %zd)",
                            kNames[j], static_cast<ptrdiff_t>(j + 1));
  if (a[2] == MOLT_NONE) return molt_pow(a[0], a[1]);
  return powValues(a[0], a[1], a[2]);
}

MoltValue molt_builtin_round(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const kNames[] = {"number", "ndigits"};
  size_t nkw = kwCount(kwnames);
  if (nargs + nkw > 2)
    return molt_raise_fmt(&molt_type_TypeError, "round() takes at most 2 arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs + nkw));
  MoltValue a[2] = {MOLT_UNBOUND, MOLT_NONE};
  for (size_t i = 0; i < nargs; i++)
    a[i] = args[i];
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kwnames, static_cast<int64_t>(i)));
    size_t j = k == "number" ? 0 : k == "ndigits" ? 1 : 2;
    if (j == 2)
      return molt_raise_fmt(&molt_type_TypeError, "round() got an unexpected keyword argument '%s'",
                            std::string(k).c_str());
    if (j < nargs)
      return molt_raise_fmt(&molt_type_TypeError,
                            "argument for round() given by name ('%s') and position (%zd)",
                            kNames[j], static_cast<ptrdiff_t>(j + 1));
    a[j] = args[nargs + i];
  }
  if (a[0] == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "round() missing required argument 'number' (pos 1)");
  MoltValue x = a[0];
  if (a[1] == MOLT_NONE) {
    if (molt_is_small_int(x)) return x;
    if (molt_is_float(x)) {
      double r = std::nearbyint(molt_float_val(x)); // ties to even
      if (std::fabs(r) < 1e14) return molt_small_int(static_cast<int64_t>(r));
    }
  }
  MoltValue margs[2] = {x, a[1]};
  MoltValue r =
      molt_call_method(internStr("__round__"), margs, a[1] == MOLT_NONE ? 1 : 2, MOLT_NONE);
  if (molt_is_error(r) && errPendingMatches(&molt_type_AttributeError)) {
    // Distinguish a missing method from an AttributeError raised inside it.
    MoltValue m = molt_getattr(molt_from_ptr(molt_type_of(x)), internStr("__round__"));
    if (molt_is_error(m)) {
      errClear();
      return molt_raise_fmt(&molt_type_TypeError, "type %s doesn't define __round__ method",
                            molt_type_of(x)->name);
    }
    molt_decref(m);
  }
  return r;
}

MoltValue molt_builtin_dir(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("dir", nargs, kwnames, 0, 1)) return MOLT_ERROR;
  if (nargs == 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "dir() without an argument is not supported by Molt (locals are compiled "
                          "away); pass an object");
  // Special-method lookup: type(obj).__dir__ (classes use type.__dir__).
  MoltValue names = callSpecialC(args[0], "__dir__", nullptr, 0);
  if (names == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError, "object does not provide __dir__");
  if (molt_is_error(names)) return MOLT_ERROR;
  MoltValue list = molt_list_new(nullptr, 0);
  if (molt_is_error(list) || molt_list_extend(list, names) < 0) {
    molt_decref(names);
    molt_xdecref(list);
    return MOLT_ERROR;
  }
  molt_decref(names);
  // Names that are all exact strs (every built-in __dir__) are sorted here,
  // by code point (UTF-8 byte order): list.sort is optional (installed only
  // for programs that name it, objects/list_sort.cpp), and the AttributeError
  // hint calls dir() in any program. Anything else goes through list.sort.
  auto *l = as<MoltList>(list);
  bool allStr = true;
  for (int64_t i = 0; i < l->size && allStr; i++)
    allStr = isExact(l->items[i], &molt_type_str);
  if (allStr) {
    // Shell sort with Knuth's gaps (3h+1): a few hundred bytes of code where
    // std::sort is 2.5 KB, and dir() lists are short.
    MoltValue *v = l->items;
    int64_t n = l->size, gap = 1;
    while (gap < n / 3)
      gap = 3 * gap + 1;
    for (; gap > 0; gap /= 3) {
      for (int64_t i = gap; i < n; i++) {
        MoltValue x = v[i];
        std::string_view key = strView(x);
        int64_t j = i;
        for (; j >= gap && key < strView(v[j - gap]); j -= gap)
          v[j] = v[j - gap];
        v[j] = x;
      }
    }
    return list;
  }
  MoltValue r = molt_call_method(internStr("sort"), &list, 1, MOLT_NONE);
  if (molt_is_error(r)) {
    molt_decref(list);
    return MOLT_ERROR;
  }
  molt_decref(r);
  return list;
}

MoltValue molt_builtin_vars(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!checkRange("vars", nargs, kwnames, 0, 1)) return MOLT_ERROR;
  if (nargs == 0)
    return molt_raise_fmt(
        &molt_type_TypeError,
        "vars() without an argument is not supported by Molt (locals are compiled "
        "away); pass an object");
  MoltValue d = molt_getattr(args[0], internStr("__dict__"));
  if (molt_is_error(d) && errPendingMatches(&molt_type_AttributeError)) {
    errClear();
    return molt_raise_fmt(&molt_type_TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

MoltValue molt_builtin_globals(MoltValue, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (!checkRange("globals", nargs, kwnames, 0, 0)) return MOLT_ERROR;
  return molt_raise_fmt(&molt_type_TypeError,
                        "globals() is only supported as a direct call the compiler can see");
}

MoltValue molt_builtin_locals(MoltValue, const MoltValue *, size_t nargs, MoltValue kwnames) {
  if (!checkRange("locals", nargs, kwnames, 0, 0)) return MOLT_ERROR;
  return molt_raise_fmt(&molt_type_TypeError,
                        "locals() is only supported as a direct call the compiler can see");
}

} // extern "C"
