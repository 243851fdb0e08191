// The float type: inline NaN-boxed doubles. Number slots (with int operands
// converted exactly or with CPython's OverflowError), exact int/float
// comparison, hash, repr, float(x) and the float methods. Python 3.12.
#include <cmath>
#include <cstring>
#include <string>

#include "molt/bigint.h"
#include "molt/floatfmt.h"
#include "molt/hash.h"
#include "molt/intobject.h"
#include "molt/molt.h"
#include "molt/object.h"
#include "molt/strops.h"
#include "molt/unicode_db.h"
#include "molt/utf8.h"
#include "number_internal.h"

namespace molt::rt {

int asDouble(MoltValue v, double *out) {
  if (molt_is_float(v)) {
    *out = molt_float_val(v);
    return 0;
  }
  if (molt_is_small_int(v)) {
    *out = (double)molt_small_int_val(v);
    return 0;
  }
  if (molt_is_bool(v)) {
    *out = (double)(v & 1);
    return 0;
  }
  if (isHeapInt(v)) {
    limb_t b[2];
    BigError err;
    if (int_to_double(intRef(v, b), out, &err) != BigStatus::ok) {
      raiseBigError(err);
      return -1;
    }
    return 0;
  }
  molt_raise_fmt(&molt_type_TypeError, "must be real number, not %s", typeName(v));
  return -1;
}

int floatFromValue(MoltValue v, double *out) {
  if (molt_is_float(v) || isInt(v)) return asDouble(v, out);
  MoltType *t = molt_type_of(v);
  if (t->number && t->number->float_) {
    MoltValue r = t->number->float_(v);
    if (molt_is_error(r)) return -1;
    if (!molt_is_float(r)) {
      molt_raise_fmt(&molt_type_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                     typeName(r));
      molt_decref(r);
      return -1;
    }
    *out = molt_float_val(r);
    return 0;
  }
  if (t->number && t->number->index) {
    MoltValue r = t->number->index(v);
    if (molt_is_error(r)) return -1;
    int rc = asDouble(r, out);
    molt_decref(r);
    return rc;
  }
  molt_raise_fmt(&molt_type_TypeError, "must be real number, not %s", typeName(v));
  return -1;
}

MoltValue floatToStr(double x) {
  char buf[kFloatReprBufSize];
  size_t n = floatReprBuf(x, buf);
  return strFromUtf8(std::string_view(buf, n));
}

MoltValue raiseRangeError() {
  MoltValue msg = strFromUtf8("Numerical result out of range");
  if (molt_is_error(msg)) return msg;
  MoltValue args[2] = {molt_small_int(34), msg};
  MoltValue exc = molt_call(molt_from_ptr(&molt_type_OverflowError), args, 2, MOLT_NONE);
  molt_decref(msg);
  if (molt_is_error(exc)) return exc;
  MoltValue r = molt_raise(exc);
  molt_decref(exc);
  return r;
}

} // namespace molt::rt

namespace molt::rt::num {

namespace {

MoltValue notImpl() { return molt_not_implemented(); }

/// Operand conversion: 1 ok, 0 not a real number (NotImplemented), -1 error.
int operand(MoltValue v, double *out) {
  if (molt_is_float(v)) {
    *out = molt_float_val(v);
    return 1;
  }
  if (isInt(v)) return asDouble(v, out) < 0 ? -1 : 1;
  return 0;
}

#define FLOAT_OPERANDS(a, b, x, y)                                                                 \
  double x, y;                                                                                     \
  {                                                                                                \
    int ra_ = operand(a, &x);                                                                      \
    if (ra_ == 0) return notImpl();                                                                \
    int rb_ = operand(b, &y);                                                                      \
    if (rb_ == 0) return notImpl();                                                                \
    if (ra_ < 0 || rb_ < 0) return MOLT_ERROR;                                                     \
  }

MoltValue result(const FloatResult &r) {
  if (!r.ok()) return raiseFloatStatus(r.status, r.message);
  return molt_float(r.value);
}

MoltValue floatAdd(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return molt_float(x + y);
}
MoltValue floatSub(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return molt_float(x - y);
}
MoltValue floatMul(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return molt_float(x * y);
}
MoltValue floatTrueDiv(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return result(molt::rt::floatTrueDiv(x, y));
}
MoltValue floatFloorDivSlot(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return result(floatFloorDiv(x, y));
}
MoltValue floatModSlot(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  return result(floatMod(x, y));
}
MoltValue floatDivmodSlot(MoltValue a, MoltValue b) {
  FLOAT_OPERANDS(a, b, x, y)
  FloatDivmod d = floatDivmod(x, y);
  if (d.status != FloatStatus::Ok) return raiseFloatStatus(d.status, d.message);
  return makePair(molt_float(d.quotient), molt_float(d.remainder));
}
MoltValue floatPowSlot(MoltValue a, MoltValue b, MoltValue c) {
  if (c != MOLT_NONE) {
    double t;
    if (operand(a, &t) == 0 || operand(b, &t) == 0) {
      if (molt_state.exc != MOLT_NONE) return MOLT_ERROR;
      return notImpl();
    }
    return molt_raise_fmt(&molt_type_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
  }
  FLOAT_OPERANDS(a, b, x, y)
  return floatPowValues(x, y);
}

MoltValue floatNeg(MoltValue a) { return molt_float(-molt_float_val(a)); }
MoltValue floatPos(MoltValue a) { return a; }
MoltValue floatAbs(MoltValue a) { return molt_float(std::fabs(molt_float_val(a))); }
int floatBool(MoltValue a) { return molt_float_val(a) != 0.0; }
MoltValue floatInt(MoltValue a) { return intFromDouble(molt_float_val(a)); }
MoltValue floatFloat(MoltValue a) { return a; }

MoltValue floatRichCompare(MoltValue a, MoltValue b, int op) {
  if (molt_is_float(a) && molt_is_float(b)) {
    double x = molt_float_val(a), y = molt_float_val(b);
    bool r = false;
    switch (op) {
    case MOLT_LT:
      r = x < y;
      break;
    case MOLT_LE:
      r = x <= y;
      break;
    case MOLT_EQ:
      r = x == y;
      break;
    case MOLT_NE:
      r = x != y;
      break;
    case MOLT_GT:
      r = x > y;
      break;
    case MOLT_GE:
      r = x >= y;
      break;
    default:
      break;
    }
    return molt_bool(r);
  }
  limb_t buf[2];
  if (molt_is_float(a) && isInt(b)) {
    int c = int_cmp_double(intRef(b, buf), molt_float_val(a));
    if (c == 2) return molt_bool(op == MOLT_NE);
    return cmpResult(-c, op);
  }
  if (isInt(a) && molt_is_float(b)) {
    int c = int_cmp_double(intRef(a, buf), molt_float_val(b));
    if (c == 2) return molt_bool(op == MOLT_NE);
    return cmpResult(c, op);
  }
  return notImpl();
}

int floatHashSlot(MoltValue a, int64_t *out) {
  *out = floatHash(molt_float_val(a));
  return 0;
}

MoltValue floatReprSlot(MoltValue a) { return floatToStr(molt_float_val(a)); }

// ---------------------------------------------------------------------------
// float(x=0.0, /)

/// ASCII-izes a str for float()/complex() parsing (Unicode spaces and digits).
std::string asciiNumberText(std::string_view text) {
  std::string out;
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = utf8::decodeNext(p, text.size(), pos);
    if (c < 0x80) {
      out.push_back((char)c);
    } else if (ucd::isSpace(c)) {
      out.push_back(' ');
    } else if (ucd::decimalValue(c) >= 0) {
      out.push_back((char)('0' + ucd::decimalValue(c)));
    } else {
      out.push_back('?');
    }
  }
  return out;
}

MoltValue floatFromText(std::string_view text, bool isBytes, MoltValue orig) {
  std::string ascii = isBytes ? std::string(text) : asciiNumberText(text);
  FloatResult r = floatFromString(ascii);
  if (r.ok()) return molt_float(r.value);
  MoltValue rep = molt_repr(orig);
  if (molt_is_error(rep)) return rep;
  std::string msg(kFloatParseErrorPrefix);
  msg += strView(rep);
  molt_decref(rep);
  return molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
}

MoltValue floatTypeNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "float() takes no keyword arguments");
  if (nargs > 1)
    return molt_raise_fmt(&molt_type_TypeError, "float expected at most 1 argument, got %zu",
                          nargs);
  if (nargs == 0) return molt_float(0.0);
  MoltValue x = args[0];
  if (molt_is_float(x)) return x;
  if (isStr(x)) return floatFromText(strView(x), false, x);
  MoltType *t = molt_type_of(x);
  if (t == &molt_type_bytes || t == &molt_type_bytearray) {
    std::string data;
    if (forEach(x, [&](MoltValue item) {
          int64_t v = 0;
          intToI64(item, &v);
          data.push_back((char)v);
          return 0;
        }) < 0)
      return MOLT_ERROR;
    return floatFromText(data, true, x);
  }
  if (isInt(x) || (t->number && (t->number->float_ || t->number->index))) {
    double d;
    if (floatFromValue(x, &d) < 0) return MOLT_ERROR;
    return molt_float(d);
  }
  return molt_raise_fmt(&molt_type_TypeError,
                        "float() argument must be a string or a real number, not '%s'",
                        typeName(x));
}

// ---------------------------------------------------------------------------
// Methods

double selfD(const MoltValue *args) { return molt_float_val(args[0]); }

MoltValue float_conjugate(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.conjugate", nargs, kw) < 0) return MOLT_ERROR;
  return args[0];
}

MoltValue float_is_integer(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.is_integer", nargs, kw) < 0) return MOLT_ERROR;
  return molt_bool(floatIsInteger(selfD(args)));
}

MoltValue float_hex(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.hex", nargs, kw) < 0) return MOLT_ERROR;
  return strFromUtf8(floatHex(selfD(args)));
}

MoltValue float_fromhex(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArg("float.fromhex", nargs, kw) < 0) return MOLT_ERROR;
  if (!isStr(args[1]))
    return molt_raise_fmt(&molt_type_TypeError, "bad argument type for built-in operation");
  FloatResult r = floatFromHex(strView(args[1]));
  if (!r.ok()) return raiseFloatStatus(r.status, r.message);
  MoltValue v = molt_float(r.value);
  MoltValue type = args[0];
  if (molt_is_ptr(type) && molt_ptr(type) != &molt_type_float.ob)
    return molt_call(type, &v, 1, MOLT_NONE);
  return v;
}

MoltValue float_as_integer_ratio(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.as_integer_ratio", nargs, kw) < 0) return MOLT_ERROR;
  FloatRatio r = floatAsIntegerRatio(selfD(args));
  if (r.status != FloatStatus::Ok) return raiseFloatStatus(r.status, r.message);
  BigInt num = big_lshift(BigInt(r.numeratorOdd), (uint64_t)r.numeratorShift);
  BigInt den = big_lshift(BigInt(1), (uint64_t)r.denominatorShift);
  MoltValue n = intFromBig(num);
  if (molt_is_error(n)) return n;
  return makePair(n, intFromBig(den));
}

MoltValue float_trunc(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.__trunc__", nargs, kw) < 0) return MOLT_ERROR;
  return intFromFloatInt(floatToInt(selfD(args)));
}

MoltValue float_floor(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.__floor__", nargs, kw) < 0) return MOLT_ERROR;
  double x = selfD(args);
  if (!std::isfinite(x)) return intFromFloatInt(floatToInt(x));
  return intFromFloatInt(floatIntegralToInt(std::floor(x)));
}

MoltValue float_ceil(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.__ceil__", nargs, kw) < 0) return MOLT_ERROR;
  double x = selfD(args);
  if (!std::isfinite(x)) return intFromFloatInt(floatToInt(x));
  return intFromFloatInt(floatIntegralToInt(std::ceil(x)));
}

MoltValue float_round(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  static const char *const names[] = {"ndigits"};
  if (kwCount(kw) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "float.__round__() takes no keyword arguments");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "__round__ expected at most 1 argument, got %zu",
                          nargs - 1);
  (void)names;
  double x = selfD(args);
  if (nargs == 1 || args[1] == MOLT_NONE) return intFromFloatInt(floatRoundToInt(x));
  MoltValue nd = args[1];
  int64_t n;
  if (isInt(nd)) {
    if (!intToI64(nd, &n)) {
      limb_t b[2];
      n = intRef(nd, b).neg ? -INT64_MAX : INT64_MAX;
    }
  } else {
    if (indexAsI64(nd, &n) < 0) {
      if (molt_state.exc == MOLT_NONE) return MOLT_ERROR;
      // Huge __index__ results clamp like ints; other errors propagate.
      return MOLT_ERROR;
    }
  }
  return result(floatRound(x, n));
}

MoltValue float_format(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArg("float.__format__", nargs, kw) < 0) return MOLT_ERROR;
  MoltValue spec = args[1];
  if (!isStr(spec))
    return molt_raise_fmt(&molt_type_TypeError, "__format__() argument must be str, not %s",
                          typeName(spec));
  std::string out, error;
  FloatStatus st = floatFormat(selfD(args), strView(spec), out, error);
  if (st != FloatStatus::Ok) {
    if (st == FloatStatus::MemoryError) return molt_raise(molt_from_ptr(&molt_type_MemoryError));
    return raiseFloatStatus(st, error.c_str());
  }
  return strFromUtf8(out);
}

MoltValue float_getnewargs(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("float.__getnewargs__", nargs, kw) < 0) return MOLT_ERROR;
  return molt_tuple_new(args, 1);
}

MoltValue float_get_real(MoltValue self) { return self; }
MoltValue float_get_imag(MoltValue) { return molt_float(0.0); }

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kFloatMethods[] = {
    {"conjugate", nullptr, 0},
    {"is_integer", nullptr, 0},
    {"hex", nullptr, 0},
    {"fromhex", nullptr, kMethClass},
    {"as_integer_ratio", nullptr, 0},
    {"__trunc__", float_trunc, 0},
    {"__floor__", float_floor, 0},
    {"__ceil__", float_ceil, 0},
    {"__round__", nullptr, 0}, // molt_use_float_dunder_round
    {"__getnewargs__", float_getnewargs, 0},
    {"__format__", nullptr, 0}, // molt_use_float_dunder_format
    {nullptr, nullptr, 0},
};
// __format__ with a format spec (f"{x:>8}"; an empty spec takes the str() fast
// path of molt_format): installed when the program can format with a spec
// (compiler/codegen/Features.cpp).
extern "C" void molt_use_float_dunder_format(void) {
  installMethod(kFloatMethods, "__format__", float_format);
}
// __round__: installed when the program can call round() (Features.cpp).
extern "C" void molt_use_float_dunder_round(void) {
  installMethod(kFloatMethods, "__round__", float_round);
}
extern "C" void molt_use_float_conjugate(void) {
  installMethod(kFloatMethods, "conjugate", float_conjugate);
}
extern "C" void molt_use_float_is_integer(void) {
  installMethod(kFloatMethods, "is_integer", float_is_integer);
}
extern "C" void molt_use_float_hex(void) { installMethod(kFloatMethods, "hex", float_hex); }
extern "C" void molt_use_float_fromhex(void) {
  installMethod(kFloatMethods, "fromhex", float_fromhex);
}
extern "C" void molt_use_float_as_integer_ratio(void) {
  installMethod(kFloatMethods, "as_integer_ratio", float_as_integer_ratio);
}

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr},
    {"imag", float_get_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

// `pow` (the ** operator, pow(), __pow__) is filled by molt_use_float_pow, which the
// generated main calls when the program can raise to a power (Features.cpp).
constinit NumberSlots kFloatNumber = {
    .add = floatAdd,
    .sub = floatSub,
    .mul = floatMul,
    .truediv = floatTrueDiv,
    .floordiv = floatFloorDivSlot,
    .mod = floatModSlot,
    .divmod = floatDivmodSlot,
    .lshift = nullptr,
    .rshift = nullptr,
    .and_ = nullptr,
    .or_ = nullptr,
    .xor_ = nullptr,
    .matmul = nullptr,
    .pow = nullptr, // molt_use_float_pow
    .iadd = nullptr,
    .isub = nullptr,
    .imul = nullptr,
    .itruediv = nullptr,
    .ifloordiv = nullptr,
    .imod = nullptr,
    .ilshift = nullptr,
    .irshift = nullptr,
    .iand = nullptr,
    .ior = nullptr,
    .ixor = nullptr,
    .imatmul = nullptr,
    .ipow = nullptr,
    .neg = floatNeg,
    .pos = floatPos,
    .abs = floatAbs,
    .invert = nullptr,
    .bool_ = floatBool,
    .int_ = floatInt,
    .float_ = floatFloat,
    .index = nullptr,
};

} // namespace

MoltValue (*gComplexPow)(double, double, double, double) = nullptr;

MoltValue floatPowValues(double a, double b) {
  FloatResult r = floatPow(a, b);
  if (r.status == FloatStatus::ComplexResult) {
    if (!gComplexPow)
      return molt_raise_fmt(&molt_type_SystemError,
                            "complex numbers are not linked into this program (molt_use_complex)");
    return gComplexPow(a, 0.0, b, 0.0);
  }
  return result(r);
}

} // namespace molt::rt::num

// Fields added to MoltType later default to zero.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
// float(x) (the `new_` slot) is filled by molt_use_float_new when the program
// can reach the float type object (Features.cpp).
MoltType molt_type_float = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "float",
    .base = &molt_type_object,
    .flags = molt::rt::kTypeBaseType | molt::rt::kTypeImmutable,
    .basicsize = 0,
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = molt::rt::num::floatReprSlot,
    .str = nullptr,
    .hash = molt::rt::num::floatHashSlot,
    .richcompare = molt::rt::num::floatRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &molt::rt::num::kFloatNumber,
    .container = nullptr,
    .methods = molt::rt::num::kFloatMethods,
    .getsets = molt::rt::num::kFloatGetSets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "Convert a string or number to a floating point number, if possible.",
};

extern "C" void molt_use_float_new(void) { molt_type_float.new_ = molt::rt::num::floatTypeNew; }

extern "C" void molt_use_float_pow(void) {
  using namespace molt::rt;
  using namespace molt::rt::num;
  kFloatNumber.pow = floatPowSlot;
}
