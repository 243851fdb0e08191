// Python float -> text: repr/str, the format-spec mini-language, %-formatting.
//
// Digits come from std::to_chars natively (shortest round trip, the same
// digits as CPython's repr) and otherwise from floatfmt_digits.cpp's exact
// bigint algorithms (shortest digits on wasm32; rounding to a count of
// significant or fractional digits, ties to even on the exact value). No
// printf-family function is used. The layout rules (exponent switch, '#',
// 'z', grouping, padding) are Python's.
#include "molt/floatfmt.h"

#ifndef __wasm__
#include <charconv>
#endif
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "floatfmt_internal.h"

namespace molt::rt {

using namespace floatfmt_detail;

// ------------------------------------------------------------ digit sources

namespace floatfmt_detail {

void shortestDigits(double ax, Digits &D) {
#ifndef __wasm__
  // to_chars' scientific form "d[.ddd]e[+-]xx".
  char buf[40];
  char *end = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific).ptr;
  const char *p = buf;
  D.n = 0;
  while (p < end && *p != 'e') {
    if (*p != '.') D.d[D.n++] = *p;
    ++p;
  }
  int exp = 0;
  bool eneg = false;
  if (p < end) ++p; // 'e'
  if (p < end && (*p == '+' || *p == '-')) eneg = (*p++ == '-');
  while (p < end)
    exp = exp * 10 + (*p++ - '0');
  D.decpt = (eneg ? -exp : exp) + 1;
  trimDigits(D);
#else
  shortestDigitsExact(ax, D);
#endif
}

} // namespace floatfmt_detail

// --------------------------------------------------------------- repr / str

namespace {

// Appends an exponent "e+05" / "e-324" (at least two digits).
char *putExponent(char *p, char echar, int exp) {
  *p++ = echar;
  if (exp < 0) {
    *p++ = '-';
    exp = -exp;
  } else {
    *p++ = '+';
  }
  if (exp >= 100) {
    *p++ = char('0' + exp / 100);
    exp %= 100;
    *p++ = char('0' + exp / 10);
    *p++ = char('0' + exp % 10);
  } else {
    *p++ = char('0' + exp / 10);
    *p++ = char('0' + exp % 10);
  }
  return p;
}

void appendExponent(std::string &s, char echar, int exp) {
  char buf[8];
  char *e = putExponent(buf, echar, exp);
  s.append(buf, size_t(e - buf));
}

} // namespace

size_t floatReprBuf(double x, char *buf) {
  char *p = buf;
  if (std::isnan(x)) {
    std::memcpy(buf, "nan", 3);
    return 3;
  }
  if (std::signbit(x)) *p++ = '-';
  double ax = std::fabs(x);
  if (std::isinf(ax)) {
    std::memcpy(p, "inf", 3);
    return size_t(p + 3 - buf);
  }
  Digits D;
  shortestDigits(ax, D);
  const char *dig = D.d;
  int n = D.n, decpt = D.decpt;
  if (decpt <= -4 || decpt > 16) {
    *p++ = dig[0];
    if (n > 1) {
      *p++ = '.';
      std::memcpy(p, dig + 1, size_t(n - 1));
      p += n - 1;
    }
    p = putExponent(p, 'e', decpt - 1);
  } else if (decpt <= 0) {
    *p++ = '0';
    *p++ = '.';
    for (int i = decpt; i < 0; ++i)
      *p++ = '0';
    std::memcpy(p, dig, size_t(n));
    p += n;
  } else if (n <= decpt) {
    std::memcpy(p, dig, size_t(n));
    p += n;
    for (int i = n; i < decpt; ++i)
      *p++ = '0';
    *p++ = '.';
    *p++ = '0';
  } else {
    std::memcpy(p, dig, size_t(decpt));
    p += decpt;
    *p++ = '.';
    std::memcpy(p, dig + decpt, size_t(n - decpt));
    p += n - decpt;
  }
  return size_t(p - buf);
}

void floatReprAppend(double x, std::string &out) {
  char buf[kFloatReprBufSize];
  out.append(buf, floatReprBuf(x, buf));
}

std::string floatRepr(double x) {
  char buf[kFloatReprBufSize];
  return std::string(buf, floatReprBuf(x, buf));
}

// ----------------------------------------------------- number rendering core

namespace {

// How to lay out the digits of a finite value.
struct RenderOpts {
  char kind = 'r';  // 'e' (prec = fraction digits), 'f', 'g' (prec = sig digits), 'r' (repr digits)
  int64_t prec = 6; // see kind
  bool alt = false; // '#': keep the point (and trailing zeros for 'g')
  bool addDot0 = false; // format type none: ".0" on integral fixed output, 'g' switch at prec-1
  bool upper = false;   // 'E' instead of 'e'
};

// Appends digit positions [from, to) of D; positions outside the digit string are '0'.
void appendDigits(std::string &s, const Digits &D, int64_t from, int64_t to) {
  if (to <= from) return;
  if (from < 0) {
    int64_t stop = to < 0 ? to : 0;
    s.append(size_t(stop - from), '0');
    from = stop;
  }
  int64_t b = to < D.n ? to : D.n;
  if (b > from) {
    s.append(D.d + from, size_t(b - from));
    from = b;
  }
  if (to > from) s.append(size_t(to - from), '0');
}

// Exponent style: d[.ddd]e+xx with nfrac digits after the point.
void putExpStyle(std::string &s, const Digits &D, int64_t nfrac, bool point, char echar) {
  s += D.d[0];
  if (nfrac > 0 || point) s += '.';
  appendDigits(s, D, 1, 1 + nfrac);
  appendExponent(s, echar, D.zero() ? 0 : D.decpt - 1);
}

// Fixed style with nfrac fraction digits; returns the count of integer digits.
size_t putFixedStyle(std::string &s, const Digits &D, int64_t nfrac, bool point, bool dot0) {
  size_t before = s.size();
  if (D.decpt <= 0)
    s += '0';
  else
    appendDigits(s, D, 0, D.decpt);
  size_t lead = s.size() - before;
  if (nfrac > 0) {
    s += '.';
    appendDigits(s, D, D.decpt, D.decpt + nfrac);
  } else if (dot0) {
    s += ".0";
  } else if (point) {
    s += '.';
  }
  return lead;
}

// True when rendering with o would build a body longer than we agree to.
bool bodyTooLong(const RenderOpts &o) {
  bool precSized = o.kind == 'e' || o.kind == 'f' || (o.kind == 'g' && o.alt);
  return precSized && o.prec + 400 > kFloatFormatMaxLength;
}

// Renders finite ax >= 0; returns the count of leading integer digits (the
// part that grouping applies to) and whether every digit is zero.
size_t renderFinite(double ax, const RenderOpts &o, std::string &s, bool &allZero) {
  Digits D;
  char echar = o.upper ? 'E' : 'e';
  switch (o.kind) {
  case 'e':
    sigDigits(ax, o.prec + 1, D);
    allZero = D.zero();
    putExpStyle(s, D, o.prec, o.alt, echar);
    return 1;
  case 'f':
    fracDigits(ax, o.prec, D);
    allZero = D.zero();
    return putFixedStyle(s, D, o.prec, o.alt, false);
  default:
    break;
  }
  int64_t p, threshold;
  if (o.kind == 'r') {
    shortestDigits(ax, D);
    p = D.n;
    threshold = 16;
  } else {
    p = o.prec == 0 ? 1 : o.prec;
    sigDigits(ax, p, D);
    threshold = o.addDot0 ? p - 1 : p;
  }
  allZero = D.zero();
  int64_t shown = (o.alt && o.kind != 'r') ? p : D.n;
  if (D.decpt <= -4 || D.decpt > threshold) {
    putExpStyle(s, D, shown - 1, o.alt, echar);
    return 1;
  }
  int64_t nfrac = shown - D.decpt;
  if (nfrac < 0) nfrac = 0;
  return putFixedStyle(s, D, nfrac, o.alt, o.addDot0 && nfrac == 0);
}

// ------------------------------------------------------------------- UTF-8

// Decodes one code point of (W)UTF-8 at s[i]; returns its byte length (>= 1).
size_t decodeCodePoint(std::string_view s, size_t i, char32_t &cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) {
    cp = c;
    return 1;
  }
  char32_t v = c & (0x7f >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xc0) != 0x80) {
      cp = c;
      return 1;
    }
    v = (v << 6) | (cc & 0x3f);
  }
  cp = v;
  return len;
}

// UTF-8 encoding of cp into buf; returns its length.
size_t encodeCodePoint(char32_t cp, char *buf) {
  if (cp < 0x80) {
    buf[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    buf[0] = char(0xc0 | (cp >> 6));
    buf[1] = char(0x80 | (cp & 0x3f));
    return 2;
  }
  if (cp < 0x10000) {
    buf[0] = char(0xe0 | (cp >> 12));
    buf[1] = char(0x80 | ((cp >> 6) & 0x3f));
    buf[2] = char(0x80 | (cp & 0x3f));
    return 3;
  }
  buf[0] = char(0xf0 | (cp >> 18));
  buf[1] = char(0x80 | ((cp >> 12) & 0x3f));
  buf[2] = char(0x80 | ((cp >> 6) & 0x3f));
  buf[3] = char(0x80 | (cp & 0x3f));
  return 4;
}

// The quoted form of a type char in CPython's errors: 'c' or '\x..'.
void appendCodeChar(std::string &s, char32_t c) {
  if (c > 32 && c < 128) {
    s += char(c);
  } else {
    s += "\\x";
    char hex[8];
    int n = 0;
    do {
      hex[n++] = "0123456789abcdef"[c & 0xf];
      c >>= 4;
    } while (c);
    while (n > 0)
      s += hex[--n];
  }
}

// ------------------------------------------------------ padding and grouping

// Length of n digits with a separator every three.
int64_t groupedLen(int64_t n, bool grouping) { return grouping ? n + (n - 1) / 3 : n; }

// Appends fill code point count times.
void appendFill(std::string &out, char32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(size_t(count), char(fill));
    return;
  }
  char buf[4];
  size_t n = encodeCodePoint(fill, buf);
  for (int64_t i = 0; i < count; ++i)
    out.append(buf, n);
}

// Where and how to pad a rendered number.
struct Layout {
  char32_t fill = ' ';
  char align = '>';
  char grouping = 0;
  int64_t width = -1;
};

// Appends sign + body (the first `lead` bytes of body are integer digits that
// take the grouping separator) aligned in width. With '=' alignment, '0' fill
// and grouping, the padding zeros are grouped too (e.g. "0,001,234.5").
FloatStatus emitNumber(char sign, const std::string &body, size_t lead, const Layout &L,
                       std::string &out) {
  bool grouping = L.grouping != 0 && lead > 0;
  int64_t signlen = sign ? 1 : 0;
  int64_t rest = int64_t(body.size() - lead);
  int64_t ndigits = int64_t(lead); // digits written, including padding zeros
  if (grouping && L.align == '=' && L.fill == '0' && L.width > 0) {
    int64_t need = L.width - signlen - rest;
    if (need > kFloatFormatMaxLength) return FloatStatus::MemoryError;
    while (groupedLen(ndigits, true) < need)
      ++ndigits;
  }
  int64_t total = signlen + groupedLen(ndigits, grouping) + rest;
  int64_t pad = L.width > total ? L.width - total : 0;
  char fillbuf[4];
  int64_t fillBytes = int64_t(encodeCodePoint(L.fill, fillbuf));
  if (L.width > kFloatFormatMaxLength || total > kFloatFormatMaxLength ||
      total + pad * fillBytes > kFloatFormatMaxLength)
    return FloatStatus::MemoryError;
  int64_t left = 0, mid = 0, right = 0;
  switch (L.align) {
  case '<':
    right = pad;
    break;
  case '^':
    left = pad / 2;
    right = pad - left;
    break;
  case '=':
    mid = pad;
    break;
  default:
    left = pad;
    break;
  }
  out.reserve(out.size() + size_t(total + pad * fillBytes));
  appendFill(out, L.fill, left);
  if (sign) out += sign;
  appendFill(out, L.fill, mid);
  if (!grouping) {
    out.append(body, 0, lead);
  } else {
    // Leading padding zeros, then the digits, separator every three from the right.
    int64_t zeros = ndigits - int64_t(lead);
    for (int64_t i = 0; i < ndigits; ++i) {
      if (i > 0 && (ndigits - i) % 3 == 0) out += L.grouping;
      out += i < zeros ? '0' : body[size_t(i - zeros)];
    }
  }
  out.append(body, lead, std::string::npos);
  appendFill(out, L.fill, right);
  return FloatStatus::Ok;
}

// Parses a non-negative decimal at spec[i..]; false on Py_ssize_t overflow.
bool parseDigits(std::string_view spec, size_t &i, int64_t &value, bool &any) {
  value = 0;
  any = false;
  while (i < spec.size() && isAsciiDigit(spec[i])) {
    int d = spec[i] - '0';
    if (value > (INT64_MAX - d) / 10) return false;
    value = value * 10 + d;
    any = true;
    ++i;
  }
  return true;
}

bool isAlignChar(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

} // namespace

// ------------------------------------------------------------ format specs

std::string unknownFormatCodeMessage(char32_t code, std::string_view typeName) {
  std::string m = "Unknown format code '";
  appendCodeChar(m, code);
  m += "' for object of type '";
  m.append(typeName);
  m += "'";
  return m;
}

FloatStatus parseFormatSpec(std::string_view spec, std::string_view typeName, char defaultAlign,
                            FormatSpec &out, std::string &error) {
  out = FormatSpec{};
  out.align = defaultAlign;
  size_t i = 0;
  char32_t c0 = 0, c1 = 0;
  size_t l0 = 0, l1 = 0;
  if (!spec.empty()) l0 = decodeCodePoint(spec, 0, c0);
  if (l0 < spec.size()) l1 = decodeCodePoint(spec, l0, c1);
  if (l1 && isAlignChar(c1)) {
    out.fill = c0;
    out.align = char(c1);
    out.fillGiven = out.alignGiven = true;
    i = l0 + l1;
  } else if (l0 && isAlignChar(c0)) {
    out.align = char(c0);
    out.alignGiven = true;
    i = l0;
  }
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out.sign = spec[i++];
  if (i < spec.size() && spec[i] == 'z') {
    out.noNegZero = true;
    ++i;
  }
  if (i < spec.size() && spec[i] == '#') {
    out.alternate = true;
    ++i;
  }
  if (!out.fillGiven && i < spec.size() && spec[i] == '0') {
    out.fill = '0';
    out.zeroPad = true;
    if (!out.alignGiven && defaultAlign == '>') out.align = '=';
    ++i;
  }
  int64_t v;
  bool any;
  if (!parseDigits(spec, i, v, any)) {
    error = "Too many decimal digits in format string";
    return FloatStatus::ValueError;
  }
  if (any) out.width = v;
  if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) {
    out.grouping = spec[i++];
    // A second, different separator is an error here; a repeated one is left
    // to the checks below (an unknown type ',' or an invalid specifier).
    if (i < spec.size() && (spec[i] == ',' || spec[i] == '_') && spec[i] != out.grouping) {
      error = "Cannot specify both ',' and '_'.";
      return FloatStatus::ValueError;
    }
  }
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    if (!parseDigits(spec, i, v, any)) {
      error = "Too many decimal digits in format string";
      return FloatStatus::ValueError;
    }
    if (!any) {
      error = "Format specifier missing precision";
      return FloatStatus::ValueError;
    }
    out.precision = v;
  }
  if (i < spec.size()) {
    char32_t t;
    size_t tl = decodeCodePoint(spec, i, t);
    if (i + tl < spec.size()) {
      error = "Invalid format specifier '";
      error.append(spec);
      error += "' for object of type '";
      error.append(typeName);
      error += "'";
      return FloatStatus::ValueError;
    }
    out.type = t;
  }
  if (out.grouping) {
    char32_t t = out.type;
    bool ok = t == 0 || t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'F' ||
              t == 'G' || t == '%';
    if (out.grouping == '_') ok = ok || t == 'b' || t == 'o' || t == 'x' || t == 'X';
    if (!ok) {
      error = std::string("Cannot specify '") + out.grouping + "' with '";
      appendCodeChar(error, t);
      error += "'.";
      return FloatStatus::ValueError;
    }
  }
  return FloatStatus::Ok;
}

// ---------------------------------------------------------------- format()

FloatStatus floatFormat(double x, const FormatSpec &spec, std::string &out, std::string &error) {
  RenderOpts o;
  char32_t t = spec.type;
  bool percent = false;
  switch (t) {
  case 0:
    if (spec.precision < 0) {
      o.kind = 'r';
    } else {
      o.kind = 'g';
      o.prec = spec.precision;
    }
    o.addDot0 = true;
    break;
  case 'e':
  case 'E':
    o.kind = 'e';
    break;
  case 'f':
  case 'F':
    o.kind = 'f';
    break;
  case 'g':
  case 'G':
  case 'n':
    o.kind = 'g';
    break;
  case '%':
    o.kind = 'f';
    percent = true;
    break;
  default:
    error = unknownFormatCodeMessage(t, "float");
    return FloatStatus::ValueError;
  }
  if (spec.precision > INT_MAX) {
    error = "precision too big";
    return FloatStatus::ValueError;
  }
  if (t != 0 && spec.precision >= 0) o.prec = spec.precision;
  o.alt = spec.alternate;
  o.upper = (t == 'E' || t == 'F' || t == 'G');
  double v = percent ? x * 100.0 : x;
  bool neg = std::signbit(v) && !std::isnan(v);
  std::string body;
  size_t lead = 0;
  if (std::isnan(v) || std::isinf(v)) {
    body = std::isnan(v) ? (o.upper ? "NAN" : "nan") : (o.upper ? "INF" : "inf");
  } else {
    if (bodyTooLong(o)) {
      error.clear();
      return FloatStatus::MemoryError;
    }
    bool allZero = false;
    lead = renderFinite(std::fabs(v), o, body, allZero);
    if (allZero && spec.noNegZero) neg = false;
  }
  if (percent) body += '%';
  char sign = neg ? '-' : spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : 0;
  Layout L;
  L.fill = spec.fill;
  L.align = spec.align;
  L.grouping = spec.grouping;
  L.width = spec.width;
  FloatStatus st = emitNumber(sign, body, lead, L, out);
  if (st != FloatStatus::Ok) error.clear();
  return st;
}

FloatStatus floatFormat(double x, std::string_view spec, std::string &out, std::string &error) {
  if (spec.empty()) {
    floatReprAppend(x, out);
    return FloatStatus::Ok;
  }
  FormatSpec fs;
  FloatStatus st = parseFormatSpec(spec, "float", '>', fs, error);
  if (st != FloatStatus::Ok) return st;
  return floatFormat(x, fs, out, error);
}

// ---------------------------------------------------------- %-formatting

FloatStatus floatPercentFormat(double x, const PercentSpec &spec, std::string &out,
                               std::string &error) {
  if (spec.precision > INT_MAX) {
    error = "precision too big";
    return FloatStatus::ValueError;
  }
  Layout L;
  L.width = spec.width;
  if (spec.type == 'r' || spec.type == 's' || spec.type == 'a') {
    char buf[kFloatReprBufSize];
    size_t n = floatReprBuf(x, buf);
    if (spec.precision >= 0 && int64_t(n) > spec.precision) n = size_t(spec.precision);
    L.align = spec.left ? '<' : '>';
    FloatStatus st = emitNumber(0, std::string(buf, n), 0, L, out);
    if (st != FloatStatus::Ok) error.clear();
    return st;
  }
  RenderOpts o;
  switch (spec.type) {
  case 'e':
  case 'E':
    o.kind = 'e';
    break;
  case 'f':
  case 'F':
    o.kind = 'f';
    break;
  case 'g':
  case 'G':
    o.kind = 'g';
    break;
  default: // the caller reports "unsupported format character ..." itself
    error = "unsupported format character";
    return FloatStatus::ValueError;
  }
  o.upper = (spec.type == 'E' || spec.type == 'F' || spec.type == 'G');
  o.alt = spec.alternate;
  if (spec.precision >= 0) o.prec = spec.precision;
  bool neg = std::signbit(x) && !std::isnan(x);
  std::string body;
  if (std::isnan(x) || std::isinf(x)) {
    body = std::isnan(x) ? (o.upper ? "NAN" : "nan") : (o.upper ? "INF" : "inf");
  } else {
    if (bodyTooLong(o)) {
      error.clear();
      return FloatStatus::MemoryError;
    }
    bool allZero = false; // %-formatting has no 'z'
    renderFinite(std::fabs(x), o, body, allZero);
  }
  char sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : 0;
  if (spec.left) {
    L.align = '<';
  } else if (spec.zero) {
    L.align = '=';
    L.fill = '0';
  } else {
    L.align = '>';
  }
  FloatStatus st = emitNumber(sign, body, body.size(), L, out); // no grouping
  if (st != FloatStatus::Ok) error.clear();
  return st;
}

} // namespace molt::rt
