// int.__format__, str.__format__ and the int/str conversions of '%' (see
// molt/format.h). Layout rules (sign, prefix, '=' padding, grouped zero
// padding) follow CPython 3.12's observable behaviour.
#include "molt/format.h"
#include "textfmt.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdio>

namespace molt::rt {

namespace {

// Decodes the UTF-8 code point at s[i] (generalized UTF-8: surrogates too);
// returns its length (1 for a stray byte, decoded as itself).
size_t utf8Decode(std::string_view s, size_t i, char32_t &cp) {
  unsigned char c = (unsigned char)s[i];
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c < 0x80 || c < 0xC0 || i + len > s.size()) {
    cp = c;
    return 1;
  }
  char32_t v = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k)
    v = (v << 6) | ((unsigned char)s[i + k] & 0x3F);
  cp = v;
  return len;
}

// Appends code point cp as (generalized) UTF-8.
void utf8Append(std::string &out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// Number of code points of UTF-8 text (continuation bytes are not counted).
int64_t utf8Length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    n += (c & 0xC0) != 0x80;
  return n;
}

// Byte length of the first `count` code points of s.
size_t utf8Prefix(std::string_view s, int64_t count) {
  size_t i = 0;
  for (int64_t k = 0; k < count && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && ((unsigned char)s[i] & 0xC0) == 0x80)
      ++i;
  }
  return i;
}

size_t fillBytes(char32_t fill) {
  return fill < 0x80 ? 1 : fill < 0x800 ? 2 : fill < 0x10000 ? 3 : 4;
}

void appendFill(std::string &out, char32_t fill, int64_t count) {
  if (count <= 0) return;
  if (fill < 0x80) {
    out.append(size_t(count), char(fill));
    return;
  }
  std::string one;
  utf8Append(one, fill);
  for (int64_t i = 0; i < count; ++i)
    out += one;
}

// Pads `body` (whose width is bodyLen code points) in width with fill/align
// ('=' behaves as '>' here: no sign).
FmtStatus emitPadded(std::string_view body, int64_t bodyLen, char32_t fill, char align,
                     int64_t width, std::string &out) {
  int64_t pad = width > bodyLen ? width - bodyLen : 0;
  if (width > kFloatFormatMaxLength ||
      int64_t(body.size()) + pad * int64_t(fillBytes(fill)) > kFloatFormatMaxLength)
    return FmtStatus::MemoryError;
  int64_t left = 0, right = 0;
  if (align == '<') {
    right = pad;
  } else if (align == '^') {
    left = pad / 2;
    right = pad - left;
  } else {
    left = pad;
  }
  appendFill(out, fill, left);
  out.append(body);
  appendFill(out, fill, right);
  return FmtStatus::Ok;
}

// Length of n digits with a separator every `every` digits.
int64_t groupedLen(int64_t n, int every, bool grouping) {
  return grouping && n > 0 ? n + (n - 1) / every : n;
}

// Appends sign + prefix + digits (grouped by `every` with separator `sep` when
// sep != 0) aligned in width; '=' puts the padding after sign and prefix, and
// with '0' fill and grouping the padding zeros are grouped like the digits.
FmtStatus emitInt(char sign, std::string_view prefix, std::string_view digits, char sep, int every,
                  char32_t fill, char align, int64_t width, std::string &out) {
  bool grouping = sep != 0;
  int64_t head = (sign ? 1 : 0) + int64_t(prefix.size());
  int64_t ndigits = int64_t(digits.size());
  if (width > kFloatFormatMaxLength) return FmtStatus::MemoryError;
  if (grouping && align == '=' && fill == '0' && width > 0) {
    int64_t need = width - head;
    while (groupedLen(ndigits, every, true) < need)
      ++ndigits;
  }
  int64_t total = head + groupedLen(ndigits, every, grouping);
  int64_t pad = width > total ? width - total : 0;
  if (total + pad * int64_t(fillBytes(fill)) > kFloatFormatMaxLength) return FmtStatus::MemoryError;
  int64_t left = 0, mid = 0, right = 0;
  switch (align) {
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
  out.reserve(out.size() + size_t(total + pad * int64_t(fillBytes(fill))));
  appendFill(out, fill, left);
  if (sign) out += sign;
  out.append(prefix);
  appendFill(out, fill, mid);
  if (!grouping) {
    out.append(digits);
  } else {
    int64_t zeros = ndigits - int64_t(digits.size());
    for (int64_t i = 0; i < ndigits; ++i) {
      if (i > 0 && (ndigits - i) % every == 0) out += sep;
      out += i < zeros ? '0' : digits[size_t(i - zeros)];
    }
  }
  appendFill(out, fill, right);
  return FmtStatus::Ok;
}

// Magnitude digits of v in base (lowercase); false + error on failure.
FmtStatus magnitudeDigits(IntRef v, int base, std::string &digits, std::string &error,
                          size_t maxStrDigits) {
  IntRef mag = v;
  mag.neg = false;
  if (mag.n <= 2 && base == 10) {
    uint64_t u = 0;
    for (size_t k = mag.n; k-- > 0;)
      u = (u << 32) | mag.d[k];
    char buf[24];
    int n = int(std::to_chars(buf, buf + sizeof buf, u).ptr - buf);
    digits.assign(buf, size_t(n));
    return FmtStatus::Ok;
  }
  size_t cap = big_chars_cap(mag, base);
  digits.resize(cap);
  size_t len = 0;
  BigError err;
  BigStatus st = big_to_chars(mag, base, false, digits.data(), cap, &len, &err, maxStrDigits);
  if (st != BigStatus::ok) {
    digits.clear();
    error.assign(err.message());
    switch (st) {
    case BigStatus::value_error:
      return FmtStatus::ValueError;
    case BigStatus::overflow_error:
      return FmtStatus::OverflowError;
    default:
      error.clear();
      return FmtStatus::MemoryError;
    }
  }
  digits.resize(len);
  return FmtStatus::Ok;
}

// Renders the %-form digits of an int: sign, prefix, zero-extended digits.
FmtStatus percentIntParts(IntRef v, const PercentSpec &spec, char &sign, std::string &prefix,
                          std::string &digits, std::string &error) {
  if (spec.precision > INT_MAX) {
    error = "precision too big";
    return FmtStatus::ValueError;
  }
  if (spec.precision > INT_MAX - 3) {
    error = "precision too large";
    return FmtStatus::OverflowError;
  }
  if (spec.precision > kFloatFormatMaxLength) {
    error.clear();
    return FmtStatus::MemoryError;
  }
  int base = 10;
  switch (spec.type) {
  case 'o':
    base = 8;
    break;
  case 'x':
  case 'X':
    base = 16;
    break;
  default:
    break;
  }
  // %-formatting of ints uses str()/hex() and so the int/str digit limit.
  FmtStatus st = magnitudeDigits(v, base, digits, error, base == 10 ? kDefaultMaxStrDigits : 0);
  if (st != FmtStatus::Ok) return st;
  if (spec.type == 'X')
    for (char &c : digits)
      if (c >= 'a' && c <= 'f') c = char(c - 'a' + 'A');
  if (spec.precision > int64_t(digits.size()))
    digits.insert(0, size_t(spec.precision - int64_t(digits.size())), '0');
  sign = v.neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : 0;
  prefix.clear();
  if (spec.alternate) {
    if (spec.type == 'o') prefix = "0o";
    if (spec.type == 'x') prefix = "0x";
    if (spec.type == 'X') prefix = "0X";
  }
  return FmtStatus::Ok;
}

} // namespace

FmtStatus fmtStatusFromFloat(FloatStatus s) {
  switch (s) {
  case FloatStatus::Ok:
    return FmtStatus::Ok;
  case FloatStatus::OverflowError:
    return FmtStatus::OverflowError;
  case FloatStatus::MemoryError:
    return FmtStatus::MemoryError;
  default:
    return FmtStatus::ValueError;
  }
}

// ------------------------------------------------------------ int.__format__

FmtStatus intFormat(IntRef v, const FormatSpec &spec, std::string &out, std::string &error,
                    size_t maxStrDigits) {
  char32_t t = spec.type;
  int base = 10;
  switch (t) {
  case 'e':
  case 'E':
  case 'f':
  case 'F':
  case 'g':
  case 'G':
  case '%': {
    double d = 0;
    BigError err;
    if (int_to_double(v, &d, &err) != BigStatus::ok) {
      error = "int too large to convert to float";
      return FmtStatus::OverflowError;
    }
    return fmtStatusFromFloat(floatFormat(d, spec, out, error));
  }
  case 0:
  case 'd':
  case 'n':
  case 'c':
    break;
  case 'b':
    base = 2;
    break;
  case 'o':
    base = 8;
    break;
  case 'x':
  case 'X':
    base = 16;
    break;
  default:
    error = unknownFormatCodeMessage(t, "int");
    return FmtStatus::ValueError;
  }
  if (spec.precision >= 0) {
    error = "Precision not allowed in integer format specifier";
    return FmtStatus::ValueError;
  }
  if (spec.noNegZero) {
    error = "Negative zero coercion (z) not allowed in integer format specifier";
    return FmtStatus::ValueError;
  }
  if (t == 'c') {
    if (spec.sign) {
      error = "Sign not allowed with integer format specifier 'c'";
      return FmtStatus::ValueError;
    }
    if (spec.alternate) {
      error = "Alternate form (#) not allowed with integer format specifier 'c'";
      return FmtStatus::ValueError;
    }
    int64_t cv = -1;
    if (!int_to_i64(v, &cv)) {
      error = "Python int too large to convert to C long";
      return FmtStatus::OverflowError;
    }
    if (cv < 0 || cv > 0x10FFFF) {
      error = "%c arg not in range(0x110000)";
      return FmtStatus::OverflowError;
    }
    std::string ch;
    utf8Append(ch, char32_t(cv));
    FmtStatus st =
        emitPadded(ch, 1, spec.fill, spec.align == '=' ? '>' : spec.align, spec.width, out);
    if (st != FmtStatus::Ok) error.clear();
    return st;
  }
  std::string digits;
  // CPython applies the int/str digit limit to 'n' and no type, not to 'd'.
  FmtStatus st = magnitudeDigits(v, base, digits, error, (t == 0 || t == 'n') ? maxStrDigits : 0);
  if (st != FmtStatus::Ok) return st;
  if (t == 'X')
    for (char &c : digits)
      if (c >= 'a' && c <= 'f') c = char(c - 'a' + 'A');
  const char *prefix = "";
  if (spec.alternate) {
    if (t == 'b') prefix = "0b";
    if (t == 'o') prefix = "0o";
    if (t == 'x') prefix = "0x";
    if (t == 'X') prefix = "0X";
  }
  char sign = v.neg ? '-' : spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : 0;
  st = emitInt(sign, prefix, digits, spec.grouping, base == 10 ? 3 : 4, spec.fill, spec.align,
               spec.width, out);
  if (st != FmtStatus::Ok) error.clear();
  return st;
}

FmtStatus intFormat(IntRef v, std::string_view spec, std::string &out, std::string &error,
                    size_t maxStrDigits) {
  if (spec.empty()) {
    std::string digits;
    FmtStatus st = magnitudeDigits(v, 10, digits, error, maxStrDigits);
    if (st != FmtStatus::Ok) return st;
    if (v.neg) out += '-';
    out += digits;
    return FmtStatus::Ok;
  }
  FormatSpec fs;
  FloatStatus ps = parseFormatSpec(spec, "int", '>', fs, error);
  if (ps != FloatStatus::Ok) return fmtStatusFromFloat(ps);
  return intFormat(v, fs, out, error, maxStrDigits);
}

FmtStatus intFormat(int64_t v, std::string_view spec, std::string &out, std::string &error,
                    size_t maxStrDigits) {
  limb_t buf[2];
  return intFormat(int_ref_i64(v, buf), spec, out, error, maxStrDigits);
}

// ------------------------------------------------------------ str.__format__

FmtStatus strFormat(std::string_view s, const FormatSpec &spec, std::string &out,
                    std::string &error) {
  if (spec.type != 0 && spec.type != 's') {
    error = unknownFormatCodeMessage(spec.type, "str");
    return FmtStatus::ValueError;
  }
  if (spec.grouping) {
    error = std::string("Cannot specify '") + spec.grouping + "' with 's'.";
    return FmtStatus::ValueError;
  }
  if (spec.sign) {
    error = spec.sign == ' ' ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier";
    return FmtStatus::ValueError;
  }
  if (spec.noNegZero) {
    error = "Negative zero coercion (z) not allowed in string format specifier";
    return FmtStatus::ValueError;
  }
  if (spec.alternate) {
    error = "Alternate form (#) not allowed in string format specifier";
    return FmtStatus::ValueError;
  }
  if (spec.align == '=') {
    error = "'=' alignment not allowed in string format specifier";
    return FmtStatus::ValueError;
  }
  std::string_view body = s;
  if (spec.precision >= 0) body = s.substr(0, utf8Prefix(s, spec.precision));
  if (spec.width <= 0) {
    out.append(body);
    return FmtStatus::Ok;
  }
  FmtStatus st = emitPadded(body, utf8Length(body), spec.fill, spec.align, spec.width, out);
  if (st != FmtStatus::Ok) error.clear();
  return st;
}

FmtStatus strFormat(std::string_view s, std::string_view spec, std::string &out,
                    std::string &error) {
  if (spec.empty()) {
    out.append(s);
    return FmtStatus::Ok;
  }
  FormatSpec fs;
  FloatStatus ps = parseFormatSpec(spec, "str", '<', fs, error);
  if (ps != FloatStatus::Ok) return fmtStatusFromFloat(ps);
  return strFormat(s, fs, out, error);
}

// ------------------------------------------------------------ '%' operator

FmtStatus percentParse(std::string_view fmt, std::vector<PercentItem> &items, PercentKind kind) {
  items.clear();
  const bool bytes = kind == PercentKind::Bytes;
  size_t n = fmt.size();
  size_t i = 0;
  size_t litStart = 0;
  int64_t cpIndex = 0; // code point (Bytes: byte) index of fmt[i]
  auto flushLiteral = [&](size_t end) {
    if (end > litStart) {
      PercentItem it;
      it.kind = PercentItem::Literal;
      it.text = fmt.substr(litStart, end - litStart);
      items.push_back(std::move(it));
    }
  };
  PercentItem *cur = nullptr; // the conversion being parsed
  auto fail = [&](FmtStatus st, const char *msg) {
    if (cur && (cur->hasKey || cur->widthStar || cur->precisionStar)) {
      cur->partial = true; // CPython did the key lookup / '*' fetches already
      items.push_back(std::move(*cur));
    }
    PercentItem it;
    it.kind = PercentItem::Error;
    it.status = st;
    it.error = msg;
    items.push_back(std::move(it));
    return st;
  };
  // Advances i by one byte, keeping cpIndex in step.
  auto step = [&]() {
    if (bytes || ((unsigned char)fmt[i] & 0xC0) != 0x80) ++cpIndex;
    ++i;
  };
  while (i < n) {
    if (fmt[i] != '%') {
      step();
      continue;
    }
    flushLiteral(i);
    step(); // '%'
    if (i < n && fmt[i] == '%') {
      litStart = i; // the literal restarts at the second '%'
      step();
      continue;
    }
    PercentItem it;
    it.kind = PercentItem::Conversion;
    cur = &it;
    if (i < n && fmt[i] == '(') {
      step();
      size_t keyStart = i;
      int depth = 1;
      while (i < n) {
        if (fmt[i] == ')') {
          if (--depth == 0) break;
        } else if (fmt[i] == '(') {
          ++depth;
        }
        step();
      }
      if (i >= n) {
        it.hasKey = true; // CPython checks for a mapping before scanning the key
        it.keyUnterminated = true;
        return fail(FmtStatus::ValueError, "incomplete format key");
      }
      it.hasKey = true;
      it.key = fmt.substr(keyStart, i - keyStart);
      step(); // ')'
    }
    for (; i < n; step()) {
      char c = fmt[i];
      if (c == '-')
        it.spec.left = true;
      else if (c == '+')
        it.spec.plus = true;
      else if (c == ' ')
        it.spec.space = true;
      else if (c == '#')
        it.spec.alternate = true;
      else if (c == '0')
        it.spec.zero = true;
      else
        break;
    }
    if (i < n && fmt[i] == '*') {
      it.widthStar = true;
      step();
    } else {
      int64_t w = -1;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        int d = fmt[i] - '0';
        if (w < 0) w = 0;
        if (w > (INT64_MAX - d) / 10) return fail(FmtStatus::ValueError, "width too big");
        w = w * 10 + d;
        step();
      }
      it.spec.width = w;
    }
    if (i < n && fmt[i] == '.') {
      step();
      if (i < n && fmt[i] == '*') {
        it.precisionStar = true;
        step();
      } else {
        int64_t p = 0;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          int d = fmt[i] - '0';
          if (p > (INT_MAX - d) / 10)
            return fail(FmtStatus::ValueError, bytes ? "prec too big" : "precision too big");
          p = p * 10 + d;
          step();
        }
        it.spec.precision = p;
      }
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L'))
      step();
    if (i >= n) return fail(FmtStatus::ValueError, "incomplete format");
    char32_t c = (unsigned char)fmt[i];
    int64_t at = cpIndex;
    size_t len = bytes ? 1 : utf8Decode(fmt, i, c);
    for (size_t k = 0; k < len; ++k)
      step();
    it.type = c;
    switch (c) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
    case 'c':
    case 's':
    case 'r':
    case 'a':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      it.spec.type = char(c);
      break;
    case 'b': // bytes only: %b is %s
      if (bytes) {
        it.spec.type = 'b';
        break;
      }
      [[fallthrough]];
    default: {
      it.supported = false;
      it.status = FmtStatus::ValueError;
      if (bytes && c >= 0x80) {
        // What CPython 3.12 raises for a byte from 0x80 up, not the message below.
        it.status = FmtStatus::OverflowError;
        it.error = "character argument not in range(0x110000)";
        break;
      }
      // Bytes show any ASCII byte as itself, even a control character or NUL.
      char shown = (bytes || (c >= 32 && c <= 126)) ? char(c) : '?';
      char buf[96];
      int m = formatBuf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                        shown, unsigned(c), (long long)at);
      it.error.assign(buf, size_t(m));
      break;
    }
    }
    cur = nullptr;
    items.push_back(std::move(it));
    litStart = i;
  }
  flushLiteral(n);
  return FmtStatus::Ok;
}

FmtStatus percentNextArg(PercentArgs &a, int64_t &index, std::string &error) {
  if (a.next >= a.count) {
    error = "not enough arguments for format string";
    return FmtStatus::TypeError;
  }
  index = a.next++;
  return FmtStatus::Ok;
}

FmtStatus percentUseKey(PercentArgs &a, std::string &error) {
  if (!a.isMapping) {
    error = "format requires a mapping";
    return FmtStatus::TypeError;
  }
  a.next = a.count;
  return FmtStatus::Ok;
}

FmtStatus percentFinish(const PercentArgs &a, std::string &error) {
  if (!a.isMapping && a.next < a.count) {
    error = a.kind == PercentKind::Bytes ? "not all arguments converted during bytes formatting"
                                         : "not all arguments converted during string formatting";
    return FmtStatus::TypeError;
  }
  return FmtStatus::Ok;
}

std::string percentTypeMessage(char type, std::string_view typeName) {
  std::string m = "%";
  m += type;
  m += (type == 'd' || type == 'i' || type == 'u') ? " format: a real number is required, not "
                                                   : " format: an integer is required, not ";
  m.append(typeName);
  return m;
}

void percentApplyStarWidth(PercentSpec &spec, int64_t w) {
  if (w < 0) {
    spec.left = true;
    // -2**63 has no positive counterpart: CPython 3.12 pads nothing then.
    w = w == INT64_MIN ? -1 : -w;
  }
  spec.width = w;
}

void percentApplyStarPrecision(PercentSpec &spec, int64_t p) { spec.precision = p < 0 ? 0 : p; }

FmtStatus percentFormatInt(IntRef v, const PercentSpec &spec, std::string &out,
                           std::string &error) {
  char sign = 0;
  std::string prefix, digits;
  FmtStatus st = percentIntParts(v, spec, sign, prefix, digits, error);
  if (st != FmtStatus::Ok) return st;
  char align = spec.left ? '<' : spec.zero ? '=' : '>';
  char32_t fill = (!spec.left && spec.zero) ? U'0' : U' ';
  st = emitInt(sign, prefix, digits, 0, 3, fill, align, spec.width, out);
  if (st != FmtStatus::Ok) error.clear();
  return st;
}

FmtStatus percentFormatInt(int64_t v, const PercentSpec &spec, std::string &out,
                           std::string &error) {
  limb_t buf[2];
  return percentFormatInt(int_ref_i64(v, buf), spec, out, error);
}

FmtStatus percentFormatStr(std::string_view text, const PercentSpec &spec, std::string &out,
                           std::string &error, PercentKind kind) {
  if (spec.precision > INT_MAX) {
    error = "precision too big";
    return FmtStatus::ValueError;
  }
  const bool bytes = kind == PercentKind::Bytes;
  std::string_view body = text;
  if (spec.precision >= 0)
    body = text.substr(0, bytes ? std::min(text.size(), size_t(spec.precision))
                                : utf8Prefix(text, spec.precision));
  if (spec.width <= 0) {
    out.append(body);
    return FmtStatus::Ok;
  }
  int64_t bodyLen = bytes ? int64_t(body.size()) : utf8Length(body);
  FmtStatus st = emitPadded(body, bodyLen, U' ', spec.left ? '<' : '>', spec.width, out);
  if (st != FmtStatus::Ok) error.clear();
  return st;
}

FmtStatus percentFormatChar(IntRef v, const PercentSpec &spec, std::string &out,
                            std::string &error) {
  int64_t cv = -1;
  if (!int_to_i64(v, &cv) || cv < 0 || cv > 0x10FFFF) {
    error = "%c arg not in range(0x110000)";
    return FmtStatus::OverflowError;
  }
  return percentFormatChar(cv, spec, out, error);
}

FmtStatus percentFormatChar(int64_t v, const PercentSpec &spec, std::string &out,
                            std::string &error) {
  if (v < 0 || v > 0x10FFFF) {
    error = "%c arg not in range(0x110000)";
    return FmtStatus::OverflowError;
  }
  std::string ch;
  utf8Append(ch, char32_t(v));
  PercentSpec s = spec;
  s.precision = -1;
  return percentFormatStr(ch, s, out, error);
}

} // namespace molt::rt
