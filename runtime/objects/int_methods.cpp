// Methods and attributes of int (bit_length, to_bytes, from_bytes,
// __round__, __format__, ...) plus the argument helpers shared by the number
// object files. Python 3.12 semantics.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "molt/bigint.h"
#include "molt/floatfmt.h"
#include "molt/format.h"
#include "molt/intobject.h"
#include "molt/molt.h"
#include "molt/object.h"
#include "molt/strobject.h"
#include "number_internal.h"

namespace molt::rt::num {

// ---------------------------------------------------------------------------
// Argument helpers

size_t kwCount(MoltValue kwnames) {
  if (kwnames == MOLT_NONE || kwnames == MOLT_UNBOUND) return 0;
  size_t n = 0;
  forEach(kwnames, [&](MoltValue) {
    n++;
    return 0;
  });
  return n;
}

std::string_view kwName(MoltValue kwnames, size_t i) {
  MoltValue name = molt_getitem(kwnames, molt_small_int((int64_t)i));
  if (molt_is_error(name)) {
    molt_decref(molt_err_fetch());
    return {};
  }
  std::string_view v = isStr(name) ? strView(name) : std::string_view{};
  molt_decref(name); // the tuple keeps the str alive
  return v;
}

int bindArgs(const char *fname, const char *const *names, size_t n, size_t posonly, size_t maxpos,
             size_t required, const MoltValue *args, size_t nargs, MoltValue kwnames,
             MoltValue *out) {
  size_t nkw = kwCount(kwnames);
  for (size_t i = 0; i < n; i++)
    out[i] = MOLT_UNBOUND;
  if (nargs + nkw > n) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, n,
                   n == 1 ? "" : "s", nargs + nkw);
    return -1;
  }
  if (nargs > maxpos) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes at most %zu positional argument%s (%zu given)",
                   fname, maxpos, maxpos == 1 ? "" : "s", nargs);
    return -1;
  }
  for (size_t i = 0; i < nargs; i++)
    out[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    std::string_view name = kwName(kwnames, k);
    size_t idx = n;
    for (size_t i = posonly; i < n; i++)
      if (name == names[i]) idx = i;
    if (idx == n) {
      std::string nm(name);
      molt_raise_fmt(&molt_type_TypeError, "'%s' is an invalid keyword argument for %s()",
                     nm.c_str(), fname);
      return -1;
    }
    if (out[idx] != MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_TypeError,
                     "argument for %s() given by name ('%s') and position (%zu)", fname, names[idx],
                     idx + 1);
      return -1;
    }
    out[idx] = args[nargs + k];
  }
  for (size_t i = 0; i < required; i++) {
    if (out[i] == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                     names[i], i + 1);
      return -1;
    }
  }
  return 0;
}

int noArgs(const char *qualname, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  if (nargs != 1) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no arguments (%zu given)", qualname,
                   nargs - 1);
    return -1;
  }
  return 0;
}

int oneArg(const char *qualname, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  if (nargs != 2) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes exactly one argument (%zu given)", qualname,
                   nargs - 1);
    return -1;
  }
  return 0;
}

MoltValue raiseFloatStatus(FloatStatus s, const char *msg) {
  if (!msg) msg = "";
  switch (s) {
  case FloatStatus::ValueError:
    return molt_raise_fmt(&molt_type_ValueError, "%s", msg);
  case FloatStatus::OverflowError:
    if (std::strcmp(msg, "(34, 'Numerical result out of range')") == 0) return raiseRangeError();
    return molt_raise_fmt(&molt_type_OverflowError, "%s", msg);
  case FloatStatus::ZeroDivisionError:
    return molt_raise_fmt(&molt_type_ZeroDivisionError, "%s", msg);
  default:
    return molt_raise(molt_from_ptr(&molt_type_MemoryError));
  }
}

MoltValue intFromFloatInt(const FloatIntValue &v) {
  if (v.status != FloatStatus::Ok) return raiseFloatStatus(v.status, v.message);
  if (v.fitsInt64) return molt_int_from_i64(v.value);
  BigInt m = BigInt::from_u64(v.mantissa);
  BigInt r = big_lshift(m, (uint64_t)v.shift);
  if (v.negative) r = big_neg(r);
  return intFromBig(r);
}

MoltValue makePair(MoltValue a, MoltValue b) {
  if (molt_is_error(a) || molt_is_error(b)) {
    molt_xdecref(a);
    molt_xdecref(b);
    return MOLT_ERROR;
  }
  MoltValue items[2] = {a, b};
  MoltValue t = molt_tuple_new(items, 2);
  molt_decref(a);
  molt_decref(b);
  return t;
}

namespace {

/// A new bytes object holding data.
MoltValue bytesFromData(const uint8_t *data, size_t n) {
  return molt::rt::bytesFromData(std::string_view(reinterpret_cast<const char *>(data), n));
}

// ---------------------------------------------------------------------------
// int methods (args[0] is self)

MoltValue int_bit_length(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.bit_length", nargs, kw) < 0) return MOLT_ERROR;
  limb_t b[2];
  return molt_int_from_i64((int64_t)int_bit_length(intRef(args[0], b)));
}

MoltValue int_bit_count(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.bit_count", nargs, kw) < 0) return MOLT_ERROR;
  limb_t b[2];
  return molt_int_from_i64((int64_t)int_bit_count(intRef(args[0], b)));
}

MoltValue int_conjugate(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.conjugate", nargs, kw) < 0) return MOLT_ERROR;
  return intExact(args[0]);
}

MoltValue int_trunc(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.__trunc__", nargs, kw) < 0) return MOLT_ERROR;
  return intExact(args[0]);
}

MoltValue int_floor(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.__floor__", nargs, kw) < 0) return MOLT_ERROR;
  return intExact(args[0]);
}

MoltValue int_ceil(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.__ceil__", nargs, kw) < 0) return MOLT_ERROR;
  return intExact(args[0]);
}

MoltValue int_is_integer(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.is_integer", nargs, kw) < 0) return MOLT_ERROR;
  (void)args;
  return MOLT_TRUE;
}

MoltValue int_as_integer_ratio(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.as_integer_ratio", nargs, kw) < 0) return MOLT_ERROR;
  return makePair(intExact(args[0]), molt_small_int(1));
}

MoltValue int_getnewargs(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.__getnewargs__", nargs, kw) < 0) return MOLT_ERROR;
  MoltValue v = intExact(args[0]);
  if (molt_is_error(v)) return v;
  MoltValue t = molt_tuple_new(&v, 1);
  molt_decref(v);
  return t;
}

MoltValue int_sizeof(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("int.__sizeof__", nargs, kw) < 0) return MOLT_ERROR;
  // CPython's size: 24 + 4 * max(1, 30-bit digits).
  limb_t b[2];
  uint64_t bits = int_bit_length(intRef(args[0], b));
  uint64_t digits = (bits + 29) / 30;
  if (digits == 0) digits = 1;
  return molt_int_from_i64((int64_t)(24 + 4 * digits));
}

MoltValue int_round(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (kwCount(kw) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "int.__round__() takes no keyword arguments");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "__round__ expected at most 1 argument, got %zu",
                          nargs - 1);
  MoltValue self = args[0];
  if (nargs == 1) return intExact(self);
  MoltValue nd = args[1];
  if (!isInt(nd)) {
    int64_t tmp;
    if (indexAsI64(nd, &tmp) < 0) return MOLT_ERROR;
    MoltType *t = molt_type_of(nd);
    nd = t->number->index(nd); // an int now
    if (molt_is_error(nd)) return nd;
  } else {
    molt_incref(nd);
  }
  limb_t nb[2];
  IntRef ndr = intRef(nd, nb);
  if (!ndr.neg) {
    molt_decref(nd);
    return intExact(self);
  }
  limb_t sb[2];
  IntRef x = intRef(self, sb);
  uint64_t bits = int_bit_length(x);
  int64_t k64;
  bool fits = int_to_i64(ndr, &k64);
  molt_decref(nd);
  if (!fits || (uint64_t)(-(k64 + 1)) + 1 > bits / 3 + 2) return molt_small_int(0);
  uint64_t k = (uint64_t)(-(k64 + 1)) + 1;
  BigInt p = 1;
  BigInt ten = 10;
  BigError err;
  if (big_pow(ten, BigInt((int64_t)k), &p, &err) != BigStatus::ok) return raiseBigError(err);
  BigInt X = BigInt::from_ref(x), q, r;
  if (big_divmod(X, p, &q, &r, &err) != BigStatus::ok) return raiseBigError(err);
  BigInt twice = big_add(r, r);
  int c = big_cmp(twice, p);
  bool qOdd = q.size() > 0 && (q.limbs()[0] & 1);
  if (c > 0 || (c == 0 && qOdd)) q = big_add(q, BigInt(1));
  return intFromBig(big_mul(q, p));
}

MoltValue int_format(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArg("int.__format__", nargs, kw) < 0) return MOLT_ERROR;
  MoltValue spec = args[1];
  if (!isStr(spec))
    return molt_raise_fmt(&molt_type_TypeError, "__format__() argument must be str, not %s",
                          typeName(spec));
  std::string_view sv = strView(spec);
  if (sv.empty()) return molt_str(args[0]);
  std::string out, error;
  limb_t b[2];
  FmtStatus st = intFormat(intRef(args[0], b), sv, out, error, intMaxStrDigits);
  switch (st) {
  case FmtStatus::Ok:
    return strFromUtf8(out);
  case FmtStatus::ValueError:
    return molt_raise_fmt(&molt_type_ValueError, "%s", error.c_str());
  case FmtStatus::OverflowError:
    return molt_raise_fmt(&molt_type_OverflowError, "%s", error.c_str());
  case FmtStatus::TypeError:
    return molt_raise_fmt(&molt_type_TypeError, "%s", error.c_str());
  default:
    return molt_raise(molt_from_ptr(&molt_type_MemoryError));
  }
}

/// Parses byteorder: 1 little, 0 big, -1 error.
int byteOrder(const char *fname, MoltValue v) {
  if (v == MOLT_UNBOUND) return 0;
  if (!isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                   typeName(v));
    return -1;
  }
  std::string_view s = strView(v);
  if (s == "little") return 1;
  if (s == "big") return 0;
  molt_raise_fmt(&molt_type_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

MoltValue int_to_bytes(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  static const char *const names[] = {"length", "byteorder", "signed"};
  MoltValue a[3];
  if (bindArgs("to_bytes", names, 3, 0, 2, 0, args + 1, nargs - 1, kw, a) < 0) return MOLT_ERROR;
  int64_t length = 1;
  if (a[0] != MOLT_UNBOUND && indexAsI64(a[0], &length) < 0) return MOLT_ERROR;
  if (length < 0)
    return molt_raise_fmt(&molt_type_ValueError, "length argument must be non-negative");
  int little = byteOrder("to_bytes", a[1]);
  if (little < 0) return MOLT_ERROR;
  bool isSigned = false;
  if (a[2] != MOLT_UNBOUND) {
    int t = molt_truthy(a[2]);
    if (t < 0) return MOLT_ERROR;
    isSigned = t != 0;
  }
  limb_t b[2];
  IntRef r = intRef(args[0], b);
  if (length > ((int64_t)1 << 36)) return molt_raise(molt_from_ptr(&molt_type_MemoryError));
  std::vector<uint8_t> buf((size_t)length);
  BigError err;
  if (int_to_bytes(r, buf.data(), buf.size(), little != 0, isSigned, &err) != BigStatus::ok)
    return raiseBigError(err);
  return bytesFromData(buf.data(), buf.size());
}

MoltValue int_from_bytes(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  static const char *const names[] = {"bytes", "byteorder", "signed"};
  MoltValue a[3];
  if (bindArgs("from_bytes", names, 3, 0, 2, 1, args + 1, nargs - 1, kw, a) < 0) return MOLT_ERROR;
  int little = byteOrder("from_bytes", a[1]);
  if (little < 0) return MOLT_ERROR;
  bool isSigned = false;
  if (a[2] != MOLT_UNBOUND) {
    int t = molt_truthy(a[2]);
    if (t < 0) return MOLT_ERROR;
    isSigned = t != 0;
  }
  MoltValue src = a[0];
  if (isStr(src))
    return molt_raise_fmt(&molt_type_TypeError, "cannot convert 'str' object to bytes");
  std::vector<uint8_t> data;
  int rc = forEach(src, [&](MoltValue item) {
    int64_t v;
    if (!isInt(item)) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     typeName(item));
      return -1;
    }
    if (!intToI64(item, &v) || v < 0 || v > 255) {
      molt_raise_fmt(&molt_type_ValueError, "bytes must be in range(0, 256)");
      return -1;
    }
    data.push_back((uint8_t)v);
    return 0;
  });
  if (rc < 0) return MOLT_ERROR;
  BigInt r = big_from_bytes(data.data(), data.size(), little != 0, isSigned);
  MoltValue v = intFromBig(r);
  if (molt_is_error(v)) return v;
  MoltValue type = args[0];
  if (molt_is_ptr(type) && molt_ptr(type) != &molt_type_int.ob) {
    MoltValue res = molt_call(type, &v, 1, MOLT_NONE);
    molt_decref(v);
    return res;
  }
  return v;
}

// ---------------------------------------------------------------------------
// getsets

MoltValue int_get_real(MoltValue self) { return intExact(self); }
MoltValue int_get_imag(MoltValue) { return molt_small_int(0); }
MoltValue int_get_denominator(MoltValue) { return molt_small_int(1); }

} // namespace

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kIntMethods[] = {
    {"conjugate", nullptr, 0},
    {"bit_length", nullptr, 0},
    {"bit_count", nullptr, 0},
    {"to_bytes", nullptr, 0},
    {"from_bytes", nullptr, kMethClass},
    {"as_integer_ratio", nullptr, 0},
    {"__trunc__", int_trunc, 0},
    {"__floor__", int_floor, 0},
    {"__ceil__", int_ceil, 0},
    {"__round__", nullptr, 0}, // molt_use_int_dunder_round
    {"__getnewargs__", int_getnewargs, 0},
    {"__format__", nullptr, 0}, // molt_use_int_dunder_format
    {"__sizeof__", int_sizeof, 0},
    {"is_integer", nullptr, 0},
    {nullptr, nullptr, 0},
};
// __format__ with a format spec (f"{x:>8}"; an empty spec takes the str() fast
// path of molt_format): installed when the program can format with a spec
// (compiler/codegen/Features.cpp).
extern "C" void molt_use_int_dunder_format(void) {
  installMethod(kIntMethods, "__format__", int_format);
}
// __round__: installed when the program can call round() (Features.cpp).
extern "C" void molt_use_int_dunder_round(void) {
  installMethod(kIntMethods, "__round__", int_round);
}
extern "C" void molt_use_int_conjugate(void) {
  installMethod(kIntMethods, "conjugate", int_conjugate);
}
extern "C" void molt_use_int_bit_length(void) {
  installMethod(kIntMethods, "bit_length", int_bit_length);
}
extern "C" void molt_use_int_bit_count(void) {
  installMethod(kIntMethods, "bit_count", int_bit_count);
}
extern "C" void molt_use_int_to_bytes(void) {
  installMethod(kIntMethods, "to_bytes", int_to_bytes);
}
extern "C" void molt_use_int_from_bytes(void) {
  installMethod(kIntMethods, "from_bytes", int_from_bytes);
}
extern "C" void molt_use_int_as_integer_ratio(void) {
  installMethod(kIntMethods, "as_integer_ratio", int_as_integer_ratio);
}
extern "C" void molt_use_int_is_integer(void) {
  installMethod(kIntMethods, "is_integer", int_is_integer);
}

const GetSetDef kIntGetSets[] = {
    {"real", int_get_real, nullptr},      {"imag", int_get_imag, nullptr},
    {"numerator", int_get_real, nullptr}, {"denominator", int_get_denominator, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace molt::rt::num
