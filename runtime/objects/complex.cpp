// The complex type (heap MoltComplex): arithmetic with int/float operands,
// CPython's division and power algorithms, ==/!= only, hash, repr, format,
// complex(real, imag) and complex(str). Python 3.12 semantics.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "molt/floatfmt.h"
#include "molt/hash.h"
#include "molt/heaptype.h"
#include "molt/intobject.h"
#include "molt/molt.h"
#include "molt/object.h"
#include "molt/unicode_db.h"
#include "molt/utf8.h"
#include "number_internal.h"
#include "../platform/libm.h"

namespace molt::rt {

bool isComplex(MoltValue v) { return molt_is_ptr(v) && isInstance(v, &molt_type_complex); }

MoltValue complexNew(double real, double imag) {
  auto *o = reinterpret_cast<MoltComplex *>(allocObject(&molt_type_complex, sizeof(MoltComplex)));
  if (!o) return MOLT_ERROR;
  o->real = real;
  o->imag = imag;
  return molt_from_ptr(o);
}

} // namespace molt::rt

extern "C" MoltValue molt_const_complex(double real, double imag) {
  MoltValue v = molt::rt::complexNew(real, imag);
  if (molt_is_ptr(v)) molt::rt::makeImmortal(molt_ptr(v));
  return v;
}

namespace molt::rt::num {

namespace {

struct Cx {
  double r, i;
};

MoltValue notImpl() { return molt_not_implemented(); }

MoltValue box(Cx c) { return complexNew(c.r, c.i); }

Cx selfCx(MoltValue v) {
  auto *o = as<MoltComplex>(v);
  return {o->real, o->imag};
}

/// Operand conversion: 1 ok, 0 not a number (NotImplemented), -1 error.
int operand(MoltValue v, Cx *out) {
  if (molt_is_ptr(v) && isComplex(v)) {
    *out = selfCx(v);
    return 1;
  }
  if (molt_is_float(v)) {
    *out = {molt_float_val(v), 0.0};
    return 1;
  }
  if (isInt(v)) {
    double d;
    if (asDouble(v, &d) < 0) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

#define CX_OPERANDS(a, b, x, y)                                                                    \
  Cx x{}, y{};                                                                                     \
  {                                                                                                \
    int ra_ = operand(a, &x);                                                                      \
    if (ra_ == 0) return notImpl();                                                                \
    int rb_ = operand(b, &y);                                                                      \
    if (rb_ == 0) return notImpl();                                                                \
    if (ra_ < 0 || rb_ < 0) return MOLT_ERROR;                                                     \
  }

Cx cmul(Cx a, Cx b) { return {a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r}; }

/// a / b with Smith's scaling; *zero set when b == 0.
Cx cquot(Cx a, Cx b, bool *zero) {
  *zero = false;
  double abr = std::fabs(b.r), abi = std::fabs(b.i);
  if (abr >= abi) {
    if (abr == 0.0) {
      *zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.i / b.r;
    double denom = b.r + b.i * ratio;
    return {(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
  }
  if (abi >= abr) {
    double ratio = b.r / b.i;
    double denom = b.r * ratio + b.i;
    return {(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
  }
  return {NAN, NAN};
}

/// x ** n for n >= 0 by squaring.
Cx cpowu(Cx x, int64_t n) {
  Cx r = {1.0, 0.0}, p = x;
  int64_t mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cmul(r, p);
    mask <<= 1;
    p = cmul(p, p);
  }
  return r;
}

/// General a ** b; *domain set for 0 ** (negative or complex).
Cx cpow(Cx a, Cx b, bool *domain) {
  *domain = false;
  if (b.r == 0.0 && b.i == 0.0) return {1.0, 0.0};
  if (a.r == 0.0 && a.i == 0.0) {
    if (b.i != 0.0 || b.r < 0.0) *domain = true;
    return {0.0, 0.0};
  }
  double vabs = libm::hypot(a.r, a.i);
  double len = std::pow(vabs, b.r);
  double at = libm::atan2(a.i, a.r);
  double phase = at * b.r;
  if (b.i != 0.0) {
    len /= std::exp(at * b.i);
    phase += b.i * std::log(vabs);
  }
  // cos/sin of an infinite phase is a domain error (CPython reports it as
  // ZeroDivisionError through errno EDOM).
  if (std::isinf(phase)) *domain = true;
  return {len * libm::cos(phase), len * libm::sin(phase)};
}

MoltValue complexAdd(MoltValue a, MoltValue b) {
  CX_OPERANDS(a, b, x, y)
  return box({x.r + y.r, x.i + y.i});
}
MoltValue complexSub(MoltValue a, MoltValue b) {
  CX_OPERANDS(a, b, x, y)
  return box({x.r - y.r, x.i - y.i});
}
MoltValue complexMul(MoltValue a, MoltValue b) {
  CX_OPERANDS(a, b, x, y)
  return box(cmul(x, y));
}
MoltValue complexTrueDiv(MoltValue a, MoltValue b) {
  CX_OPERANDS(a, b, x, y)
  bool zero;
  Cx q = cquot(x, y, &zero);
  if (zero) return molt_raise_fmt(&molt_type_ZeroDivisionError, "complex division by zero");
  return box(q);
}

} // namespace

MoltValue complexPowValues(double ar, double ai, double br, double bi) {
  Cx a = {ar, ai}, b = {br, bi}, r;
  bool domain = false;
  if (bi == 0.0 && br == std::floor(br) && std::fabs(br) <= 100.0) {
    int64_t n = (int64_t)br;
    if (n >= 0) {
      r = cpowu(a, n);
    } else {
      bool zero;
      r = cquot({1.0, 0.0}, cpowu(a, -n), &zero);
      domain = zero;
    }
  } else {
    r = cpow(a, b, &domain);
  }
  if (domain)
    return molt_raise_fmt(&molt_type_ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(r.r) || std::isinf(r.i))
    return molt_raise_fmt(&molt_type_OverflowError, "complex exponentiation");
  return box(r);
}

namespace {

MoltValue complexPow(MoltValue a, MoltValue b, MoltValue c) {
  if (c != MOLT_NONE) {
    Cx t;
    if (operand(a, &t) == 0 || operand(b, &t) == 0) {
      if (molt_state.exc != MOLT_NONE) return MOLT_ERROR;
      return notImpl();
    }
    return molt_raise_fmt(&molt_type_ValueError, "complex modulo");
  }
  CX_OPERANDS(a, b, x, y)
  return complexPowValues(x.r, x.i, y.r, y.i);
}

MoltValue complexNeg(MoltValue a) {
  Cx x = selfCx(a);
  return box({-x.r, -x.i});
}

MoltValue complexPos(MoltValue a) {
  if (isExact(a, &molt_type_complex)) return molt_newref(a);
  return box(selfCx(a));
}

MoltValue complexAbs(MoltValue a) {
  Cx x = selfCx(a);
  if (std::isinf(x.r) || std::isinf(x.i)) return molt_float(INFINITY);
  if (std::isnan(x.r) || std::isnan(x.i)) return molt_float(NAN);
  double h = libm::hypot(x.r, x.i);
  if (std::isinf(h)) return molt_raise_fmt(&molt_type_OverflowError, "absolute value too large");
  return molt_float(h);
}

int complexBool(MoltValue a) {
  Cx x = selfCx(a);
  return x.r != 0.0 || x.i != 0.0;
}

MoltValue complexRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isComplex(a)) {
    MoltValue t = a;
    a = b;
    b = t;
    if (!isComplex(a)) return notImpl();
  }
  if (op != MOLT_EQ && op != MOLT_NE) return notImpl();
  Cx x = selfCx(a);
  bool eq;
  if (isInt(b)) {
    if (x.i != 0.0) {
      eq = false;
    } else {
      limb_t buf[2];
      eq = int_cmp_double(intRef(b, buf), x.r) == 0;
    }
  } else if (molt_is_float(b)) {
    eq = x.r == molt_float_val(b) && x.i == 0.0;
  } else if (isComplex(b)) {
    Cx y = selfCx(b);
    eq = x.r == y.r && x.i == y.i;
  } else {
    return notImpl();
  }
  return molt_bool(op == MOLT_EQ ? eq : !eq);
}

int complexHash(MoltValue a, int64_t *out) {
  Cx x = selfCx(a);
  *out = hashComplex(hashDouble(x.r), hashDouble(x.i));
  return 0;
}

/// repr of one part: float repr without the ".0" suffix.
void partRepr(double x, std::string &out) {
  char buf[kFloatReprBufSize];
  size_t n = floatReprBuf(x, buf);
  if (n >= 2 && buf[n - 2] == '.' && buf[n - 1] == '0') n -= 2;
  out.append(buf, n);
}

MoltValue complexRepr(MoltValue a) {
  Cx x = selfCx(a);
  std::string s;
  if (x.r == 0.0 && !std::signbit(x.r)) {
    partRepr(x.i, s);
    s.push_back('j');
  } else {
    s.push_back('(');
    partRepr(x.r, s);
    if (!(x.i < 0.0 || (x.i == 0.0 && std::signbit(x.i)))) s.push_back('+');
    partRepr(x.i, s);
    s.append("j)");
  }
  return strFromUtf8(s);
}

// ---------------------------------------------------------------------------
// complex(str)

bool isSpaceAscii(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// Length of the float literal at s[pos..) (0 if none), Python syntax.
size_t scanFloat(const std::string &s, size_t pos) {
  size_t i = pos, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) i++;
  auto lowerAt = [&](size_t k) { return k < n ? (char)(s[k] | 0x20) : '\0'; };
  auto matchWord = [&](size_t k, const char *w) {
    for (size_t j = 0; w[j]; j++)
      if (lowerAt(k + j) != w[j]) return false;
    return true;
  };
  if (matchWord(i, "infinity")) return i + 8 - pos;
  if (matchWord(i, "inf")) return i + 3 - pos;
  if (matchWord(i, "nan")) return i + 3 - pos;
  auto digits = [&](size_t k) { // digits with single underscores between; returns end
    size_t j = k;
    if (j >= n || s[j] < '0' || s[j] > '9') return k;
    j++;
    for (;;) {
      if (j < n && s[j] >= '0' && s[j] <= '9') {
        j++;
      } else if (j + 1 < n && s[j] == '_' && s[j + 1] >= '0' && s[j + 1] <= '9') {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  };
  size_t start = i;
  size_t e1 = digits(i);
  bool any = e1 > i;
  i = e1;
  if (i < n && s[i] == '.') {
    size_t e2 = digits(i + 1);
    if (e2 > i + 1 || any) {
      any = true;
      i = e2;
    }
  }
  if (!any) return 0;
  (void)start;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    size_t k = i + 1;
    if (k < n && (s[k] == '+' || s[k] == '-')) k++;
    size_t e3 = digits(k);
    if (e3 > k) i = e3;
  }
  return i - pos;
}

MoltValue malformed() {
  return molt_raise_fmt(&molt_type_ValueError, "complex() arg is a malformed string");
}

bool parsePart(const std::string &s, size_t pos, size_t len, double *out) {
  FloatResult r = floatFromString(std::string_view(s).substr(pos, len));
  if (!r.ok()) return false;
  *out = r.value;
  return true;
}

MoltValue complexFromText(std::string_view text) {
  std::string s;
  const auto *p = reinterpret_cast<const unsigned char *>(text.data());
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = utf8::decodeNext(p, text.size(), pos);
    if (c < 0x80)
      s.push_back((char)c);
    else if (ucd::isSpace(c))
      s.push_back(' ');
    else if (ucd::decimalValue(c) >= 0)
      s.push_back((char)('0' + ucd::decimalValue(c)));
    else
      s.push_back('?');
  }
  size_t i = 0, n = s.size();
  while (i < n && isSpaceAscii(s[i]))
    i++;
  bool paren = false;
  if (i < n && s[i] == '(') {
    paren = true;
    i++;
    while (i < n && isSpaceAscii(s[i]))
      i++;
  }
  double re = 0.0, im = 0.0;
  size_t len = scanFloat(s, i);
  if (len > 0) {
    double x;
    if (!parsePart(s, i, len, &x)) return malformed();
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      re = x;
      size_t len2 = scanFloat(s, i);
      if (len2 > 0) {
        if (!parsePart(s, i, len2, &im)) return malformed();
        i += len2;
      } else {
        im = s[i] == '+' ? 1.0 : -1.0;
        i++;
      }
      if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return malformed();
      i++;
    } else if (i < n && (s[i] == 'j' || s[i] == 'J')) {
      im = x;
      i++;
    } else {
      re = x;
    }
  } else {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      im = s[i] == '+' ? 1.0 : -1.0;
      i++;
    } else {
      im = 1.0;
    }
    if (!(i < n && (s[i] == 'j' || s[i] == 'J'))) return malformed();
    i++;
  }
  while (i < n && isSpaceAscii(s[i]))
    i++;
  if (paren) {
    if (!(i < n && s[i] == ')')) return malformed();
    i++;
    while (i < n && isSpaceAscii(s[i]))
      i++;
  }
  if (i != n) return malformed();
  return complexNew(re, im);
}

// ---------------------------------------------------------------------------
// complex(real=0, imag=0)

/// Converts a constructor argument: 1 complex, 0 real, -1 error (TypeError msg given).
int ctorPart(MoltValue v, Cx *out, bool first) {
  if (isComplex(v)) {
    *out = selfCx(v);
    return 1;
  }
  double d;
  MoltType *t = molt_type_of(v);
  if (molt_is_float(v) || isInt(v) || (t->number && (t->number->float_ || t->number->index))) {
    if (floatFromValue(v, &d) < 0) return -1;
    *out = {d, 0.0};
    return 0;
  }
  if (first)
    molt_raise_fmt(&molt_type_TypeError,
                   "complex() first argument must be a string or a number, not '%s'", typeName(v));
  else
    molt_raise_fmt(&molt_type_TypeError, "complex() second argument must be a number, not '%s'",
                   typeName(v));
  return -1;
}

MoltValue complexTypeNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const names[] = {"real", "imag"};
  MoltValue a[2];
  if (bindArgs("complex", names, 2, 0, 2, 0, args, nargs, kwnames, a) < 0) return MOLT_ERROR;
  MoltValue r = a[0], i = a[1];
  if (r == MOLT_UNBOUND) {
    if (i == MOLT_UNBOUND) return complexNew(0.0, 0.0);
    r = molt_small_int(0);
  }
  if (isStr(r)) {
    if (i != MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError,
                            "complex() can't take second arg if first is a string");
    return complexFromText(strView(r));
  }
  if (i != MOLT_UNBOUND && isStr(i))
    return molt_raise_fmt(&molt_type_TypeError, "complex() second arg can't be a string");
  if (i == MOLT_UNBOUND && isExact(r, &molt_type_complex)) return molt_newref(r);
  Cx cr, ci = {0.0, 0.0};
  int rc;
  // A class's __complex__ (special lookup) wins over __float__/__index__.
  MoltValue special =
      isHeapType(molt_type_of(r)) ? callSpecialC(r, "__complex__", nullptr, 0) : MOLT_UNBOUND;
  if (special != MOLT_UNBOUND) {
    if (molt_is_error(special)) return MOLT_ERROR;
    if (!isComplex(special)) {
      molt_raise_fmt(&molt_type_TypeError, "__complex__ returned non-complex (type %s)",
                     typeName(special));
      molt_decref(special);
      return MOLT_ERROR;
    }
    cr = selfCx(special);
    molt_decref(special);
    rc = 1;
  } else {
    rc = ctorPart(r, &cr, true);
  }
  if (rc < 0) return MOLT_ERROR;
  bool crComplex = rc == 1;
  bool ciComplex = false;
  if (i != MOLT_UNBOUND) {
    int ic = ctorPart(i, &ci, false);
    if (ic < 0) return MOLT_ERROR;
    ciComplex = ic == 1;
  }
  if (ciComplex) cr.r -= ci.i;
  if (crComplex && i != MOLT_UNBOUND) ci.r += cr.i;
  double imag = i == MOLT_UNBOUND ? cr.i : ci.r;
  return complexNew(cr.r, imag);
}

// ---------------------------------------------------------------------------
// Methods

MoltValue complex_conjugate(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("complex.conjugate", nargs, kw) < 0) return MOLT_ERROR;
  Cx x = selfCx(args[0]);
  return box({x.r, -x.i});
}

MoltValue complex_getnewargs(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("complex.__getnewargs__", nargs, kw) < 0) return MOLT_ERROR;
  Cx x = selfCx(args[0]);
  MoltValue items[2] = {molt_float(x.r), molt_float(x.i)};
  return molt_tuple_new(items, 2);
}

MoltValue complex_complex(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (noArgs("complex.__complex__", nargs, kw) < 0) return MOLT_ERROR;
  return complexPos(args[0]);
}

/// Formats one part (no width) per spec; false on error (raised).
bool formatPart(double x, FormatSpec spec, bool reprMode, std::string &out) {
  spec.width = -1;
  spec.fill = ' ';
  spec.align = '>';
  spec.fillGiven = spec.alignGiven = false;
  spec.zeroPad = false;
  std::string error, text;
  FloatStatus st = floatFormat(x, spec, text, error);
  if (st != FloatStatus::Ok) {
    if (st == FloatStatus::MemoryError)
      molt_raise(molt_from_ptr(&molt_type_MemoryError));
    else
      raiseFloatStatus(st, error.c_str());
    return false;
  }
  // Repr mode: complex parts never get float's ".0" suffix.
  if (reprMode && text.size() >= 2 && text.compare(text.size() - 2, 2, ".0") == 0)
    text.resize(text.size() - 2);
  out += text;
  return true;
}

MoltValue complex_format(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (oneArg("complex.__format__", nargs, kw) < 0) return MOLT_ERROR;
  MoltValue specv = args[1];
  if (!isStr(specv))
    return molt_raise_fmt(&molt_type_TypeError, "__format__() argument must be str, not %s",
                          typeName(specv));
  std::string_view sv = strView(specv);
  if (sv.empty()) return complexRepr(args[0]);
  FormatSpec spec;
  std::string error;
  if (parseFormatSpec(sv, "complex", '>', spec, error) != FloatStatus::Ok)
    return molt_raise_fmt(&molt_type_ValueError, "%s", error.c_str());
  char32_t type = spec.type;
  if (type != 0 && type != 'e' && type != 'E' && type != 'f' && type != 'F' && type != 'g' &&
      type != 'G' && type != 'n') {
    std::string msg = unknownFormatCodeMessage(type, "complex");
    return molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
  }
  if (spec.zeroPad && !spec.fillGiven)
    return molt_raise_fmt(&molt_type_ValueError,
                          "Zero padding is not allowed in complex format specifier");
  if (spec.alignGiven && spec.align == '=')
    return molt_raise_fmt(&molt_type_ValueError,
                          "'=' alignment flag is not allowed in complex format specifier");
  Cx x = selfCx(args[0]);
  bool reprMode = false, parens = false, skipRe = false;
  FormatSpec part = spec;
  if (type == 0) {
    parens = true;
    if (spec.precision < 0)
      reprMode = true;
    else
      part.type = 'g';
    if (x.r == 0.0 && !std::signbit(x.r)) skipRe = true;
  }
  std::string body;
  if (parens) body.push_back('(');
  if (!skipRe) {
    if (!formatPart(x.r, part, reprMode, body)) return MOLT_ERROR;
  }
  FormatSpec ipart = part;
  if (!skipRe) ipart.sign = '+';
  if (!formatPart(x.i, ipart, reprMode, body)) return MOLT_ERROR;
  body.push_back('j');
  if (parens) body.push_back(')');
  if (skipRe && parens) {
    body.erase(0, 1);
    body.pop_back();
  }
  // Pad to the width (code points).
  int64_t len = (int64_t)body.size(); // parts are ASCII
  if (spec.width > len) {
    int64_t pad = spec.width - len;
    int64_t fillBytes = int64_t(utf8::encodedLength(spec.fill));
    if (pad > INT64_MAX / 4 || objectTooLarge(len + pad * fillBytes)) {
      molt_raise_fmt(&molt_type_MemoryError, "");
      return MOLT_ERROR;
    }
    int64_t left = 0, right = 0;
    char align = spec.alignGiven ? spec.align : '>';
    if (align == '<')
      right = pad;
    else if (align == '^') {
      left = pad / 2;
      right = pad - left;
    } else {
      left = pad;
    }
    std::string out;
    for (int64_t k = 0; k < left; k++)
      utf8::append(out, spec.fill);
    out += body;
    for (int64_t k = 0; k < right; k++)
      utf8::append(out, spec.fill);
    return strFromUtf8(out);
  }
  return strFromUtf8(body);
}

MoltValue complex_get_real(MoltValue self) { return molt_float(selfCx(self).r); }
MoltValue complex_get_imag(MoltValue self) { return molt_float(selfCx(self).i); }

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kComplexMethods[] = {
    {"conjugate", nullptr, 0},
    {"__getnewargs__", complex_getnewargs, 0},
    {"__format__", complex_format, 0},
    {"__complex__", complex_complex, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_complex_conjugate(void) {
  installMethod(kComplexMethods, "conjugate", complex_conjugate);
}

const GetSetDef kComplexGetSets[] = {
    {"real", complex_get_real, nullptr},
    {"imag", complex_get_imag, nullptr},
    {nullptr, nullptr, nullptr},
};

const NumberSlots kComplexNumber = {
    .add = complexAdd,
    .sub = complexSub,
    .mul = complexMul,
    .truediv = complexTrueDiv,
    .floordiv = nullptr,
    .mod = nullptr,
    .divmod = nullptr,
    .lshift = nullptr,
    .rshift = nullptr,
    .and_ = nullptr,
    .or_ = nullptr,
    .xor_ = nullptr,
    .matmul = nullptr,
    .pow = complexPow,
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
    .neg = complexNeg,
    .pos = complexPos,
    .abs = complexAbs,
    .invert = nullptr,
    .bool_ = complexBool,
    .int_ = nullptr,
    .float_ = nullptr,
    .index = nullptr,
};

} // namespace

} // namespace molt::rt::num

// Fields added to MoltType later default to zero.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
// The behaviour of complex is filled by molt_use_complex, which the generated
// main calls when the program can create a complex number: complex(), a complex
// literal, cmath, or a power (float ** float can be complex; Features.cpp).
MoltType molt_type_complex = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "complex",
    .base = &molt_type_object,
    .flags = molt::rt::kTypeBaseType | molt::rt::kTypeImmutable,
    .basicsize = sizeof(molt::rt::MoltComplex),
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
};

extern "C" void molt_use_complex(void) {
  molt_type_complex.repr = molt::rt::num::complexRepr;
  molt_type_complex.hash = molt::rt::num::complexHash;
  molt_type_complex.richcompare = molt::rt::num::complexRichCompare;
  molt_type_complex.number = &molt::rt::num::kComplexNumber;
  molt_type_complex.methods = molt::rt::num::kComplexMethods;
  molt_type_complex.getsets = molt::rt::num::kComplexGetSets;
  molt_type_complex.new_ = molt::rt::num::complexTypeNew;
  molt::rt::num::gComplexPow = molt::rt::num::complexPowValues;
}
