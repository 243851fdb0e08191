// Test driver for check_rt_against_python.py (dev tool, not built by CI).
// Links runtime/core/hash.cpp and runtime/core/unicode_db.cpp.
//
//   check_rt_driver ucd    stdout: one line per code point U+0000..U+10FFFF:
//                          "flags cat dec dig numeric-bits upper lower title fold
//                           simple-upper simple-lower simple-title"
//                          (mappings as hex code points joined by '.')
//   check_rt_driver str    stdin: lines of hex code points (a str each);
//                          stdout: the str methods implemented per the recipes
//                          in molt/unicode_db.h (see strLine below)
//   check_rt_driver hash   stdin: one value per line (format in parseValue);
//                          stdout: its hash, or "MISMATCH ..." if the entry
//                          points of molt/hash.h disagree with each other
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "molt/hash.h"
#include "molt/unicode_db.h"

using namespace molt::rt;

namespace {

using U32String = std::vector<char32_t>;

void appendUtf8(std::string &out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

std::string hexJoin(const char32_t *cs, size_t n) {
  std::string out;
  char buf[16];
  for (size_t i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, i ? ".%X" : "%X", unsigned(cs[i]));
    out += buf;
  }
  return out;
}

std::string hexJoin(const U32String &s) { return s.empty() ? "-" : hexJoin(s.data(), s.size()); }

// ---------------------------------------------------------------------------
// ucd

void ucdMode() {
  std::string out;
  out.reserve(64 << 20);
  char buf[256];
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    double num = 0;
    uint64_t bits = 0;
    bool hasNum = ucd::numericValue(c, num);
    std::memcpy(&bits, &num, 8);
    char32_t m[4][ucd::kMaxCaseExpansion];
    unsigned n[4] = {ucd::toUpperFull(c, m[0]), ucd::toLowerFull(c, m[1]), ucd::toTitleFull(c, m[2]),
                     ucd::toFoldFull(c, m[3])};
    uint32_t flags = ucd::properties(c) & ~ucd::kExtendedCase;
    std::snprintf(buf, sizeof buf, "%X %.*s %d %d %s", unsigned(flags),
                  int(ucd::categoryName(ucd::category(c)).size()), ucd::categoryName(ucd::category(c)).data(),
                  ucd::decimalValue(c), ucd::digitValue(c),
                  hasNum ? std::to_string(bits).c_str() : "-");
    out += buf;
    for (int k = 0; k < 4; ++k)
      out += " " + hexJoin(m[k], n[k]);
    std::snprintf(buf, sizeof buf, " %X %X %X\n", unsigned(ucd::toUpperSimple(c)), unsigned(ucd::toLowerSimple(c)),
                  unsigned(ucd::toTitleSimple(c)));
    out += buf;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

// ---------------------------------------------------------------------------
// str: the recipes of molt/unicode_db.h

void appendMapped(U32String &out, const char32_t *m, unsigned n) { out.insert(out.end(), m, m + n); }

// The "lower rule": U+03A3 with Final_Sigma, else toLowerFull. Checks the
// UTF-8 variant of isFinalSigma against the code point one.
bool gSigmaMismatch = false;
void lowerRule(const U32String &s, const std::string &utf8, const std::vector<size_t> &offsets, size_t i,
               U32String &out) {
  if (s[i] == ucd::kCapitalSigma) {
    bool fin = ucd::isFinalSigma([&](size_t j) { return s[j]; }, s.size(), i);
    bool fin8 = ucd::isFinalSigmaUtf8(utf8.data(), utf8.size(), offsets[i]);
    if (fin != fin8)
      gSigmaMismatch = true;
    out.push_back(ucd::sigmaLower(fin));
    return;
  }
  char32_t m[ucd::kMaxCaseExpansion];
  appendMapped(out, m, ucd::toLowerFull(s[i], m));
}

char boolChar(bool b) { return b ? '1' : '0'; }

std::string strLine(const U32String &s) {
  std::string utf8;
  std::vector<size_t> offsets;
  for (char32_t c : s) {
    offsets.push_back(utf8.size());
    appendUtf8(utf8, c);
  }
  char32_t m[ucd::kMaxCaseExpansion];
  U32String lower, upper, title, fold, swap, cap;
  bool prevCased = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    lowerRule(s, utf8, offsets, i, lower);
    appendMapped(upper, m, ucd::toUpperFull(c, m));
    appendMapped(fold, m, ucd::toFoldFull(c, m));
    if (ucd::isUpper(c))
      lowerRule(s, utf8, offsets, i, swap);
    else if (ucd::isLower(c))
      appendMapped(swap, m, ucd::toUpperFull(c, m));
    else
      swap.push_back(c);
    if (i == 0)
      appendMapped(cap, m, ucd::toTitleFull(c, m));
    else
      lowerRule(s, utf8, offsets, i, cap);
    if (prevCased)
      lowerRule(s, utf8, offsets, i, title);
    else
      appendMapped(title, m, ucd::toTitleFull(c, m));
    prevCased = ucd::isCased(c);
  }
  // Predicates (False for the empty string except isprintable).
  bool ne = !s.empty();
  bool alpha = ne, decimal = ne, digit = ne, numeric = ne, alnum = ne, space = ne, printable = true, ident = ne;
  bool anyLower = false, anyUpper = false, badForLower = false, badForUpper = false;
  bool titleOk = true, titleCased = false, prev = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    alpha &= ucd::isAlpha(c);
    decimal &= ucd::isDecimal(c);
    digit &= ucd::isDigit(c);
    numeric &= ucd::isNumeric(c);
    alnum &= ucd::isAlnum(c);
    space &= ucd::isSpace(c);
    printable &= ucd::isPrintable(c);
    ident &= i == 0 ? (ucd::isXidStart(c) || c == '_') : ucd::isXidContinue(c);
    if (ucd::isUpper(c) || ucd::isTitle(c))
      badForLower = true;
    if (ucd::isLower(c) || ucd::isTitle(c))
      badForUpper = true;
    anyLower |= ucd::isLower(c);
    anyUpper |= ucd::isUpper(c);
    if (ucd::isUpper(c) || ucd::isTitle(c)) {
      if (prev)
        titleOk = false;
      prev = titleCased = true;
    } else if (ucd::isLower(c)) {
      if (!prev)
        titleOk = false;
      prev = titleCased = true;
    } else {
      prev = false;
    }
  }
  bool islower = !badForLower && anyLower, isupper = !badForUpper && anyUpper, istitle = titleOk && titleCased;
  if (s.size() == 1) {
    islower = ucd::isLower(s[0]);
    isupper = ucd::isUpper(s[0]);
    istitle = ucd::isUpper(s[0]) || ucd::isTitle(s[0]);
  }
  // Line breaks: the split points of splitlines (code point indices).
  std::string lines;
  for (size_t i = 0; i < s.size(); ++i) {
    if (ucd::isLinebreak(s[i])) {
      size_t end = i + 1;
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
        end = ++i + 1;
      lines += std::to_string(end) + ",";
    }
  }
  std::string out = hexJoin(lower) + " " + hexJoin(upper) + " " + hexJoin(title) + " " + hexJoin(fold) + " " +
                    hexJoin(swap) + " " + hexJoin(cap) + " ";
  for (bool b : {alpha, decimal, digit, numeric, alnum, space, printable, ident, islower, isupper, istitle})
    out += boolChar(b);
  out += " " + (lines.empty() ? std::string("-") : lines);
  if (gSigmaMismatch)
    out += " SIGMA-UTF8-MISMATCH";
  gSigmaMismatch = false;
  return out;
}

void strMode() {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    U32String s;
    std::string hex;
    while (in >> hex)
      s.push_back(char32_t(std::stoul(hex, nullptr, 16)));
    std::cout << strLine(s) << '\n';
  }
}

// ---------------------------------------------------------------------------
// hash
//
// Values: N (None)  T / X (True / False)  i<hex> / i-<hex> (int)
//         f<16 hex digits> (float bits)  c<16 hex>,<16 hex> (complex)
//         s<hex code points joined by '.'> or s (empty str)
//         b<hex bytes> (bytes)  t(v v ...) (tuple)  F(v v ...) (frozenset)

struct Parser {
  const std::string &text;
  size_t pos = 0;
  std::string error;

  bool hexDigit(char c, unsigned &d) {
    if (c >= '0' && c <= '9')
      d = unsigned(c - '0');
    else if (c >= 'a' && c <= 'f')
      d = unsigned(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      d = unsigned(c - 'A' + 10);
    else
      return false;
    return true;
  }

  std::string hexRun() {
    size_t start = pos;
    unsigned d;
    while (pos < text.size() && hexDigit(text[pos], d))
      ++pos;
    return text.substr(start, pos - start);
  }

  uint64_t hex64(const std::string &h) { return h.empty() ? 0 : std::stoull(h, nullptr, 16); }

  double bitsToDouble(uint64_t bits) {
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }

  hash_t floatHash(double d) { return hashDouble(d); }

  hash_t value() {
    if (pos >= text.size()) {
      error = "unexpected end";
      return 0;
    }
    char k = text[pos++];
    switch (k) {
    case 'N':
      return kHashNone;
    case 'T':
      return kHashTrue;
    case 'X':
      return kHashFalse;
    case 'i': {
      bool neg = pos < text.size() && text[pos] == '-';
      if (neg)
        ++pos;
      std::string h = hexRun();
      // Little-endian 32-bit limbs and 64-bit limbs.
      std::vector<uint32_t> l32;
      for (size_t end = h.size(); end > 0; end = end >= 8 ? end - 8 : 0) {
        size_t start = end >= 8 ? end - 8 : 0;
        l32.push_back(uint32_t(std::stoul(h.substr(start, end - start), nullptr, 16)));
        if (start == 0)
          break;
      }
      std::vector<uint64_t> l64;
      for (size_t i = 0; i < l32.size(); i += 2)
        l64.push_back(uint64_t(l32[i]) | (i + 1 < l32.size() ? uint64_t(l32[i + 1]) << 32 : 0));
      hash_t a = hashBigInt(l32.data(), l32.size(), neg);
      hash_t b = hashBigInt(l64.data(), l64.size(), neg);
      if (a != b)
        error = "bigint limb variants differ";
      if (l64.size() == 1) {
        if (hashUInt64(l64[0], neg) != a)
          error = "hashUInt64 differs";
        if (l64[0] <= uint64_t(INT64_MAX) || (neg && l64[0] == uint64_t(INT64_MAX) + 1)) {
          int64_t v = neg ? int64_t(0 - l64[0]) : int64_t(l64[0]);
          if (hashInt64(v) != a)
            error = "hashInt64 differs";
          // Integral floats hash like ints.
          double d = double(v);
          if (double(int64_t(d)) == d && int64_t(d) == v && floatHash(d) != a)
            error = "hashDouble of an integral value differs";
        }
      }
      return a;
    }
    case 'f':
      return floatHash(bitsToDouble(hex64(hexRun())));
    case 'c': {
      double re = bitsToDouble(hex64(hexRun()));
      if (pos >= text.size() || text[pos++] != ',') {
        error = "bad complex";
        return 0;
      }
      double im = bitsToDouble(hex64(hexRun()));
      return hashComplex(floatHash(re), floatHash(im));
    }
    case 's': {
      U32String cps;
      while (pos < text.size() && text[pos] != ' ' && text[pos] != ')') {
        if (text[pos] == '.')
          ++pos;
        cps.push_back(char32_t(hex64(hexRun())));
      }
      std::string utf8;
      char32_t max = 0;
      for (char32_t c : cps) {
        appendUtf8(utf8, c);
        max = c > max ? c : max;
      }
      hash_t h = hashStrUtf8(utf8.data(), utf8.size(), max);
      if (hashStrUtf8(utf8.data(), utf8.size()) != h)
        error = "hashStrUtf8 without max differs";
      SipHasher sip;
      hash_t canon;
      if (max < 0x100) {
        std::vector<uint8_t> a(cps.begin(), cps.end());
        canon = hashStrLatin1(a.data(), a.size());
        for (char32_t c : cps)
          sip.addByte(uint8_t(c));
      } else if (max < 0x10000) {
        std::vector<char16_t> a(cps.begin(), cps.end());
        canon = hashStrUcs2(a.data(), a.size());
        for (char32_t c : cps)
          sip.addU16(uint16_t(c));
      } else {
        canon = hashStrUcs4(cps.data(), cps.size());
        for (char32_t c : cps)
          sip.addU32(uint32_t(c));
      }
      if (canon != h)
        error = "canonical-array hash differs";
      if (sip.finish() != h)
        error = "SipHasher differs";
      return h;
    }
    case 'b': {
      std::string h = hexRun();
      std::string bytes;
      for (size_t i = 0; i + 1 < h.size(); i += 2)
        bytes += char(std::stoul(h.substr(i, 2), nullptr, 16));
      hash_t r = hashBytes(bytes);
      SipHasher sip;
      sip.addBytes(bytes.data(), bytes.size());
      if (sip.finish() != r)
        error = "SipHasher bytes differs";
      return r;
    }
    case 't':
    case 'F': {
      if (pos >= text.size() || text[pos++] != '(') {
        error = "expected (";
        return 0;
      }
      std::vector<hash_t> items;
      while (pos < text.size() && text[pos] != ')') {
        if (text[pos] == ' ') {
          ++pos;
          continue;
        }
        items.push_back(value());
        if (!error.empty())
          return 0;
      }
      ++pos;
      if (k == 't') {
        TupleHasher th;
        for (hash_t h : items)
          th.add(h);
        return th.finish(items.size());
      }
      FrozensetHasher fh;
      for (hash_t h : items)
        fh.add(h);
      return fh.finish(items.size());
    }
    default:
      error = std::string("unknown value kind ") + k;
      return 0;
    }
  }
};

void hashMode() {
  std::string line;
  while (std::getline(std::cin, line)) {
    Parser p{line, 0, {}};
    hash_t h = p.value();
    if (!p.error.empty())
      std::cout << "MISMATCH " << p.error << '\n';
    else
      std::cout << h << '\n';
  }
}

} // namespace

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "ucd")
    ucdMode();
  else if (mode == "str")
    strMode();
  else if (mode == "hash")
    hashMode();
  else {
    std::cerr << "usage: check_rt_driver ucd|str|hash\n";
    return 2;
  }
  return 0;
}
