// printf-style formatting for the runtime's own messages, without libc's
// printf family: on wasm32 musl's printf_core and its stdio plumbing would
// otherwise be linked into every module (~12 KB). It covers what the runtime
// writes: flags "-0+ #", width and precision (also `*`), the length
// modifiers hh h l ll j z t, and the conversions d i u x X o c s p %. No
// float conversions: floats are formatted by floatfmt (Python's rules).
#include "textfmt.h"

#include <cstdint>
#include <cstring>

namespace molt::rt {

namespace {

// One conversion spec: %[flags][width][.prec][length]conv.
struct TextSpec {
  bool left = false, zero = false, plus = false, space = false, alt = false;
  int width = -1, prec = -1;
  char len = 0; // 'H' hh, 'h', 'l', 'L' ll/j, 'z', 't'
  char conv = 0;
};

// Pads body (with its sign/prefix already split off) to the spec's width.
void appendPadded(std::string &out, const TextSpec &s, std::string_view prefix,
                  std::string_view body, bool zeroPad) {
  size_t len = prefix.size() + body.size();
  size_t pad = s.width > 0 && size_t(s.width) > len ? size_t(s.width) - len : 0;
  if (pad > 0 && !s.left && !zeroPad) out.append(pad, ' ');
  out += prefix;
  if (pad > 0 && !s.left && zeroPad) out.append(pad, '0');
  out += body;
  if (pad > 0 && s.left) out.append(pad, ' ');
}

void appendInteger(std::string &out, const TextSpec &s, uint64_t mag, bool neg) {
  char digits[32];
  int n = 0;
  unsigned base = (s.conv == 'x' || s.conv == 'X' || s.conv == 'p') ? 16 : s.conv == 'o' ? 8 : 10;
  const char *alphabet = s.conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  for (uint64_t v = mag; v != 0; v /= base)
    digits[n++] = alphabet[v % base];
  // Precision is the minimum digit count; an explicit 0 prints nothing for 0.
  int minDigits = s.prec >= 0 ? s.prec : 1;
  std::string body;
  if (s.conv == 'o' && s.alt && minDigits <= n) minDigits = n + 1;
  for (int i = n; i < minDigits; ++i)
    body += '0';
  for (int i = n - 1; i >= 0; --i)
    body += digits[i];
  std::string_view prefix;
  if (neg)
    prefix = "-";
  else if (s.plus && (s.conv == 'd' || s.conv == 'i'))
    prefix = "+";
  else if (s.space && (s.conv == 'd' || s.conv == 'i'))
    prefix = " ";
  else if (s.conv == 'p' || (s.alt && mag != 0 && s.conv == 'x'))
    prefix = "0x";
  else if (s.alt && mag != 0 && s.conv == 'X')
    prefix = "0X";
  appendPadded(out, s, prefix, body, s.zero && !s.left && s.prec < 0);
}

// Parses the spec after a '%' ('*' arguments come from *ap); returns the
// position after the conversion character.
const char *parseTextSpec(const char *p, TextSpec &s, va_list *ap) {
  s = TextSpec();
  for (;; ++p) {
    if (*p == '-')
      s.left = true;
    else if (*p == '0')
      s.zero = true;
    else if (*p == '+')
      s.plus = true;
    else if (*p == ' ')
      s.space = true;
    else if (*p == '#')
      s.alt = true;
    else
      break;
  }
  if (*p == '*') {
    s.width = va_arg(*ap, int);
    if (s.width < 0) {
      s.left = true;
      s.width = -s.width;
    }
    ++p;
  } else {
    while (*p >= '0' && *p <= '9')
      s.width = (s.width < 0 ? 0 : s.width * 10) + (*p++ - '0');
  }
  if (*p == '.') {
    ++p;
    if (*p == '*') {
      s.prec = va_arg(*ap, int);
      ++p;
    } else {
      s.prec = 0;
      while (*p >= '0' && *p <= '9')
        s.prec = s.prec * 10 + (*p++ - '0');
    }
  }
  if (p[0] == 'h' && p[1] == 'h')
    s.len = 'H', p += 2;
  else if (p[0] == 'l' && p[1] == 'l')
    s.len = 'L', p += 2;
  else if (*p == 'h' || *p == 'l' || *p == 'j' || *p == 'z' || *p == 't' || *p == 'L')
    s.len = *p == 'j' ? 'L' : *p, ++p;
  s.conv = *p;
  return *p ? p + 1 : p;
}

// Appends one standard conversion, its argument from *ap.
void appendTextSpec(std::string &out, const TextSpec &s, va_list *ap) {
  switch (s.conv) {
  case '%':
    out += '%';
    return;
  case 'c': {
    char c = char(va_arg(*ap, int));
    appendPadded(out, s, "", std::string_view(&c, 1), false);
    return;
  }
  case 's': {
    const char *str = va_arg(*ap, const char *);
    if (str == nullptr) str = "(null)";
    // With a precision the text need not be NUL-terminated.
    size_t n = 0;
    while ((s.prec < 0 || n < size_t(s.prec)) && str[n] != '\0')
      ++n;
    appendPadded(out, s, "", std::string_view(str, n), false);
    return;
  }
  case 'p':
    appendInteger(out, s, uint64_t(uintptr_t(va_arg(*ap, void *))), false);
    return;
  case 'd':
  case 'i': {
    int64_t v;
    switch (s.len) {
    case 'L':
      v = va_arg(*ap, long long);
      break;
    case 'l':
      v = va_arg(*ap, long);
      break;
    case 'z':
      v = int64_t(va_arg(*ap, size_t));
      break; // ssize_t: same size
    case 't':
      v = va_arg(*ap, ptrdiff_t);
      break;
    case 'h':
      v = short(va_arg(*ap, int));
      break;
    case 'H':
      v = (signed char)(va_arg(*ap, int));
      break;
    default:
      v = va_arg(*ap, int);
      break;
    }
    if (s.len == 'z' && sizeof(size_t) < 8) v = int64_t(intptr_t(v));
    bool neg = v < 0;
    appendInteger(out, s, neg ? 0 - uint64_t(v) : uint64_t(v), neg);
    return;
  }
  case 'u':
  case 'x':
  case 'X':
  case 'o': {
    uint64_t v;
    switch (s.len) {
    case 'L':
      v = va_arg(*ap, unsigned long long);
      break;
    case 'l':
      v = va_arg(*ap, unsigned long);
      break;
    case 'z':
      v = va_arg(*ap, size_t);
      break;
    case 't':
      v = uint64_t(va_arg(*ap, ptrdiff_t));
      break;
    case 'h':
      v = (unsigned short)(va_arg(*ap, unsigned));
      break;
    case 'H':
      v = (unsigned char)(va_arg(*ap, unsigned));
      break;
    default:
      v = va_arg(*ap, unsigned);
      break;
    }
    appendInteger(out, s, v, false);
    return;
  }
  default:
    out += '%';
    if (s.conv) out += s.conv;
    return;
  }
}

} // namespace

void vformatInto(std::string &out, const char *fmt, va_list ap, TextExtension ext) {
  va_list args;
  va_copy(args, ap);
  for (const char *p = fmt; *p != '\0';) {
    const char *pct = std::strchr(p, '%');
    if (pct == nullptr) {
      out += p;
      break;
    }
    out.append(p, size_t(pct - p));
    TextSpec s;
    p = parseTextSpec(pct + 1, s, &args);
    if (s.conv == '\0') break;
    if (!ext || !ext(out, s.conv, &args)) appendTextSpec(out, s, &args);
  }
  va_end(args);
}

std::string sformat(const char *fmt, ...) {
  std::string out;
  va_list ap;
  va_start(ap, fmt);
  vformatInto(out, fmt, ap);
  va_end(ap);
  return out;
}

int formatBuf(char *buf, size_t cap, const char *fmt, ...) {
  std::string out;
  va_list ap;
  va_start(ap, fmt);
  vformatInto(out, fmt, ap);
  va_end(ap);
  if (cap > 0) {
    size_t n = out.size() < cap - 1 ? out.size() : cap - 1;
    std::memcpy(buf, out.data(), n);
    buf[n] = '\0';
  }
  return int(out.size());
}

} // namespace molt::rt
