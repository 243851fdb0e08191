// Decoding of string, bytes and number literals. See Literals.h.
#include "syntax/Literals.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "syntax/Unicode.h"

namespace molt {

namespace {

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// CPython decodes str literals by first rewriting every non-ASCII character
/// as a 10-byte "\UXXXXXXXX" escape (and a backslash before one as the
/// 6-byte "\u005c"); error positions count bytes of that rewritten text.
/// `pos` maps a body offset to that position.
struct EscapePositions {
  std::string_view body;
  size_t lastBody = 0, lastPos = 0;
  size_t at(size_t off) {
    if (off < lastBody) lastBody = lastPos = 0;
    size_t i = lastBody, p = lastPos;
    while (i < off && i < body.size()) {
      unsigned char c = static_cast<unsigned char>(body[i]);
      if (c == '\\') {
        // The backslash and, in the same step, the character after it.
        p++;
        i++;
        if (i >= body.size()) break;
        if (static_cast<unsigned char>(body[i]) & 0x80) p += 5; // "\u005c"
        c = static_cast<unsigned char>(body[i]);
      }
      if (c & 0x80) {
        size_t j = i;
        char32_t ch;
        if (!unicode::decodeUtf8(body, j, ch)) j = i + 1;
        p += 10;
        i = j;
      } else {
        p++;
        i++;
      }
    }
    lastBody = i;
    lastPos = p;
    return p;
  }
};

std::string unicodeEscapeError(EscapePositions &pos, size_t start, size_t end, const char *reason) {
  size_t s = pos.at(start), e = pos.at(end);
  char buf[256];
  if (e - s == 1)
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: %s", s,
                  reason);
  else
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", s,
                  e - 1, reason);
  return buf;
}

/// The byte a one-character escape (\\ \' \" \a \b \f \n \r \t \v)
/// stands for in both str and bytes literals, or -1.
int simpleEscape(char e) {
  switch (e) {
  case '\\': return '\\';
  case '\'': return '\'';
  case '"': return '"';
  case 'a': return '\a';
  case 'b': return '\b';
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  default: return -1;
  }
}

} // namespace

bool decodeStrBody(std::string_view body, bool raw, std::string &out, std::string &errMsg) {
  out.clear();
  if (raw) {
    out.assign(body);
    return true;
  }
  const void *bs = std::memchr(body.data(), '\\', body.size());
  if (!bs) {
    out.assign(body);
    return true;
  }
  out.reserve(body.size());
  EscapePositions pos{body};
  size_t n = body.size();
  size_t i = static_cast<size_t>(static_cast<const char *>(bs) - body.data());
  out.append(body.substr(0, i));
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      // Copy a run of ordinary characters.
      size_t j = i + 1;
      while (j < n && body[j] != '\\') j++;
      out.append(body.substr(i, j - i));
      i = j;
      continue;
    }
    size_t start = i;
    if (i + 1 >= n) { // a lone trailing backslash stays (f-string text before "\{")
      out += '\\';
      break;
    }
    char e = body[i + 1];
    i += 2;
    if (e == '\n') continue; // backslash-newline: a line continuation
    if (int simple = simpleEscape(e); simple >= 0) {
      out += static_cast<char>(simple);
      continue;
    }
    switch (e) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      unsigned v = static_cast<unsigned>(e - '0');
      for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (body[i++] - '0');
      // Values above 0o377 only warn in CPython ("invalid octal escape sequence").
      unicode::appendUtf8(out, static_cast<char32_t>(v));
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      const char *reason = e == 'x'   ? "truncated \\xXX escape"
                           : e == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
      uint32_t v = 0;
      for (; count; count--, i++) {
        int h = i < n ? hexValue(body[i]) : -1;
        if (h < 0) {
          errMsg = unicodeEscapeError(pos, start, i < n ? i : n, reason);
          return false;
        }
        v = v << 4 | static_cast<uint32_t>(h);
      }
      if (v > 0x10FFFF) {
        errMsg = unicodeEscapeError(pos, start, i, "illegal Unicode character");
        return false;
      }
      unicode::appendUtf8(out, static_cast<char32_t>(v));
      break;
    }
    case 'N': {
      if (i < n && body[i] == '{') {
        size_t nameStart = ++i;
        while (i < n && body[i] != '}') i++;
        if (i >= n) {
          errMsg = unicodeEscapeError(pos, start, n, "malformed \\N character escape");
          return false;
        }
        if (i > nameStart) {
          std::string_view name = body.substr(nameStart, i - nameStart);
          i++;
          char32_t ch;
          if (unicode::lookupName(name, ch)) {
            unicode::appendUtf8(out, ch);
            break;
          }
          errMsg = unicodeEscapeError(pos, start, i, "unknown Unicode character name");
          return false;
        }
      }
      errMsg = unicodeEscapeError(pos, start, i, "malformed \\N character escape");
      return false;
    }
    default:
      // Unknown escape: kept as is (CPython warns "invalid escape sequence").
      out += '\\';
      i--;
      break;
    }
  }
  return true;
}

bool decodeBytesBody(std::string_view body, bool raw, std::string &out, std::string &errMsg) {
  out.clear();
  for (char c : body) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      errMsg = "bytes can only contain ASCII literal characters";
      return false;
    }
  }
  if (raw || !std::memchr(body.data(), '\\', body.size())) {
    out.assign(body);
    return true;
  }
  out.reserve(body.size());
  size_t n = body.size(), i = 0;
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      i++;
      continue;
    }
    size_t start = i;
    if (i + 1 >= n) {
      out += '\\';
      break;
    }
    char e = body[i + 1];
    i += 2;
    if (e == '\n') continue; // backslash-newline: a line continuation
    if (int simple = simpleEscape(e); simple >= 0) {
      out += static_cast<char>(simple);
      continue;
    }
    switch (e) {
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      unsigned v = static_cast<unsigned>(e - '0');
      for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (body[i++] - '0');
      out += static_cast<char>(v & 0xFF); // > 0o377 only warns in CPython
      break;
    }
    case 'x': {
      int h1 = i < n ? hexValue(body[i]) : -1;
      int h2 = i + 1 < n ? hexValue(body[i + 1]) : -1;
      if (h1 < 0 || h2 < 0) {
        errMsg = "(value error) invalid \\x escape at position " + std::to_string(start);
        return false;
      }
      out += static_cast<char>(h1 * 16 + h2);
      i += 2;
      break;
    }
    default:
      out += '\\';
      i--;
      break;
    }
  }
  return true;
}

namespace {

constexpr uint32_t kLimbBase = 1000000000u; // base of the decimal limbs

/// limbs (little endian, base 1e9) = limbs * mul + add
void mulAdd(std::vector<uint32_t> &limbs, uint32_t mul, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t &l : limbs) {
    uint64_t v = static_cast<uint64_t>(l) * mul + carry;
    l = static_cast<uint32_t>(v % kLimbBase);
    carry = v / kLimbBase;
  }
  while (carry) {
    limbs.push_back(static_cast<uint32_t>(carry % kLimbBase));
    carry /= kLimbBase;
  }
}

std::string limbsToDecimal(const std::vector<uint32_t> &limbs) {
  size_t top = limbs.size();
  while (top > 0 && limbs[top - 1] == 0) top--;
  if (top == 0) return "0";
  std::string s = std::to_string(limbs[top - 1]);
  char buf[16];
  for (size_t k = top - 1; k-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
    s += buf;
  }
  return s;
}

/// Digits of a power-of-two base integer (bits per digit 1, 3 or 4) in decimal.
std::string radixToDecimal(std::string_view digits, int bitsPerDigit) {
  std::vector<uint32_t> limbs;
  limbs.reserve(digits.size() * bitsPerDigit / 29 + 2);
  // Feed up to 27 bits at a time (27 = lcm-friendly for 1, 3 and 4 would be 24; 24 works for all).
  const int chunkDigits = 24 / bitsPerDigit;
  size_t i = 0;
  while (i < digits.size()) {
    size_t take = std::min(static_cast<size_t>(chunkDigits), digits.size() - i);
    uint32_t v = 0;
    for (size_t k = 0; k < take; k++) v = v << bitsPerDigit | static_cast<uint32_t>(hexValue(digits[i + k]));
    mulAdd(limbs, 1u << (bitsPerDigit * take), v);
    i += take;
  }
  return limbsToDecimal(limbs);
}

} // namespace

bool parseNumber(std::string_view text, Arena &arena, ast::ConstValue &out, std::string &errMsg) {
  // Strip underscores.
  std::string s;
  s.reserve(text.size());
  for (char c : text)
    if (c != '_') s += c;

  out = ast::ConstValue();
  char last = s.empty() ? 0 : s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    out.kind = ast::ConstValue::Kind::Complex;
    out.number = std::strtod(s.c_str(), nullptr);
    return true;
  }
  bool isInt = true;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    int bits = (s[1] == 'x' || s[1] == 'X') ? 4 : (s[1] == 'o' || s[1] == 'O') ? 3 : 1;
    std::string_view digits = std::string_view(s).substr(2);
    while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
    out.kind = ast::ConstValue::Kind::Int;
    out.text = arena.copy(radixToDecimal(digits, bits));
    return true;
  }
  for (char c : s)
    if (c == '.' || c == 'e' || c == 'E') isInt = false;
  if (!isInt) {
    out.kind = ast::ConstValue::Kind::Float;
    out.number = std::strtod(s.c_str(), nullptr); // correctly rounded; inf on overflow like CPython
    return true;
  }
  std::string_view digits(s);
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  if (digits.size() > 4300) {
    errMsg = "Exceeds the limit (4300 digits) for integer string conversion: value has " +
             std::to_string(digits.size()) +
             " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
             "for huge integer literals to avoid decimal conversion limits.";
    return false;
  }
  out.kind = ast::ConstValue::Kind::Int;
  out.text = arena.copy(digits);
  return true;
}

} // namespace molt
