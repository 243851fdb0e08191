// Case mappings, character-class predicates, repr() and ascii() of str.
// The way each method combines the Unicode properties is documented in
// molt/unicode_db.h.
#include "molt/strops.h"
#include "molt/unicode_db.h"

namespace molt::rt::strops {

namespace {

inline uint32_t asciiFlags(unsigned char b) { return ucd::detail::kAsciiFlags.flags[b]; }

inline void appendMapped(std::string &out, const char32_t *cs, unsigned n) {
  for (unsigned k = 0; k < n; ++k)
    appendUtf8(out, cs[k]);
}

// The "lower rule": toLowerFull, with Final_Sigma for U+03A3 at byte offset at.
inline void lowerRule(string_view s, size_t at, char32_t c, std::string &out) {
  if (c == ucd::kCapitalSigma) {
    appendUtf8(out, ucd::sigmaLower(ucd::isFinalSigmaUtf8(s.data(), s.size(), at)));
    return;
  }
  char32_t m[ucd::kMaxCaseExpansion];
  appendMapped(out, m, ucd::toLowerFull(c, m));
}

template <typename Map>
void mapSimple(string_view s, std::string &out, char lo, char hi, Map full) {
  out.reserve(out.size() + s.size());
  size_t i = 0, n = s.size();
  char32_t m[ucd::kMaxCaseExpansion];
  while (i < n) {
    char b = s[i];
    if (static_cast<unsigned char>(b) < 0x80) {
      out.push_back(b >= lo && b <= hi ? char(b ^ 0x20) : b);
      ++i;
      continue;
    }
    char32_t c = decodeNext(s, i);
    appendMapped(out, m, full(c, m));
  }
}

} // namespace

void upper(string_view s, std::string &out) { mapSimple(s, out, 'a', 'z', ucd::toUpperFull); }
void casefold(string_view s, std::string &out) { mapSimple(s, out, 'A', 'Z', ucd::toFoldFull); }

void lower(string_view s, std::string &out) {
  out.reserve(out.size() + s.size());
  size_t i = 0, n = s.size();
  while (i < n) {
    char b = s[i];
    if (static_cast<unsigned char>(b) < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? char(b ^ 0x20) : b);
      ++i;
      continue;
    }
    size_t at = i;
    char32_t c = decodeNext(s, i);
    lowerRule(s, at, c, out);
  }
}

void swapcase(string_view s, std::string &out) {
  out.reserve(out.size() + s.size());
  size_t i = 0, n = s.size();
  char32_t m[ucd::kMaxCaseExpansion];
  while (i < n) {
    char b = s[i];
    if (static_cast<unsigned char>(b) < 0x80) {
      out.push_back((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') ? char(b ^ 0x20) : b);
      ++i;
      continue;
    }
    size_t at = i;
    char32_t c = decodeNext(s, i);
    if (ucd::isUpper(c))
      lowerRule(s, at, c, out);
    else if (ucd::isLower(c))
      appendMapped(out, m, ucd::toUpperFull(c, m));
    else
      appendUtf8(out, c);
  }
}

void title(string_view s, std::string &out) {
  out.reserve(out.size() + s.size());
  size_t i = 0, n = s.size();
  bool prevCased = false;
  char32_t m[ucd::kMaxCaseExpansion];
  while (i < n) {
    size_t at = i;
    char32_t c = decodeNext(s, i);
    if (prevCased)
      lowerRule(s, at, c, out);
    else
      appendMapped(out, m, ucd::toTitleFull(c, m));
    prevCased = ucd::isCased(c);
  }
}

void capitalize(string_view s, std::string &out) {
  if (s.empty())
    return;
  out.reserve(out.size() + s.size());
  size_t i = 0, n = s.size();
  char32_t m[ucd::kMaxCaseExpansion];
  appendMapped(out, m, ucd::toTitleFull(decodeNext(s, i), m));
  while (i < n) {
    char b = s[i];
    if (static_cast<unsigned char>(b) < 0x80) {
      out.push_back(b >= 'A' && b <= 'Z' ? char(b ^ 0x20) : b);
      ++i;
      continue;
    }
    size_t at = i;
    char32_t c = decodeNext(s, i);
    lowerRule(s, at, c, out);
  }
}

// ---------------------------------------------------------------------------
// Predicates

namespace {

// True iff s is non-empty and every code point has one of the bits in mask.
bool allHave(string_view s, uint32_t mask) {
  if (s.empty())
    return false;
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!(asciiFlags(b) & mask))
        return false;
      ++i;
      continue;
    }
    if (!(ucd::properties(decodeNext(s, i)) & mask))
      return false;
  }
  return true;
}

} // namespace

bool isalpha(string_view s) { return allHave(s, ucd::kAlpha); }
bool isalnum(string_view s) { return allHave(s, ucd::kAlpha | ucd::kDecimal | ucd::kDigit | ucd::kNumeric); }
bool isdecimal(string_view s) { return allHave(s, ucd::kDecimal); }
bool isdigit(string_view s) { return allHave(s, ucd::kDigit); }
bool isnumeric(string_view s) { return allHave(s, ucd::kNumeric); }
bool isspace(string_view s) { return allHave(s, ucd::kSpace); }
bool isprintable(string_view s) { return s.empty() || allHave(s, ucd::kPrintable); }

bool islower(string_view s) {
  bool cased = false;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t p = ucd::properties(decodeNext(s, i));
    if (p & (ucd::kUpper | ucd::kTitle))
      return false;
    if (p & ucd::kLower)
      cased = true;
  }
  return cased;
}

bool isupper(string_view s) {
  bool cased = false;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t p = ucd::properties(decodeNext(s, i));
    if (p & (ucd::kLower | ucd::kTitle))
      return false;
    if (p & ucd::kUpper)
      cased = true;
  }
  return cased;
}

bool istitle(string_view s) {
  bool cased = false, prevCased = false;
  size_t i = 0;
  while (i < s.size()) {
    uint32_t p = ucd::properties(decodeNext(s, i));
    if (p & (ucd::kUpper | ucd::kTitle)) {
      if (prevCased)
        return false;
      prevCased = cased = true;
    } else if (p & ucd::kLower) {
      if (!prevCased)
        return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

bool isidentifier(string_view s) {
  if (s.empty())
    return false;
  size_t i = 0;
  char32_t c = decodeNext(s, i);
  if (c != '_' && !ucd::isXidStart(c))
    return false;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!(asciiFlags(b) & ucd::kXidContinue))
        return false;
      ++i;
      continue;
    }
    if (!ucd::isXidContinue(decodeNext(s, i)))
      return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// repr / ascii

namespace {

const char kHex[] = "0123456789abcdef";

void appendEscape(std::string &out, char32_t c) {
  out.push_back('\\');
  int digits;
  if (c <= 0xFF) {
    out.push_back('x');
    digits = 2;
  } else if (c <= 0xFFFF) {
    out.push_back('u');
    digits = 4;
  } else {
    out.push_back('U');
    digits = 8;
  }
  for (int k = digits - 1; k >= 0; --k)
    out.push_back(kHex[(c >> (4 * k)) & 0xF]);
}

void doRepr(string_view s, bool asciiOnly, std::string &out) {
  bool hasSingle = s.find('\'') != string_view::npos;
  bool hasDouble = s.find('"') != string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  out.reserve(out.size() + s.size() + 2);
  out.push_back(quote);
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == quote || b == '\\') {
        out.push_back('\\');
        out.push_back(char(b));
      } else if (b == '\t') {
        out.append("\\t");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\r') {
        out.append("\\r");
      } else if (b < 0x20 || b == 0x7F) {
        appendEscape(out, b);
      } else {
        out.push_back(char(b));
      }
      continue;
    }
    size_t at = i;
    char32_t c = decodeNext(s, i);
    if (!asciiOnly && ucd::isPrintableCompact(c))
      out.append(s.data() + at, i - at);
    else
      appendEscape(out, c);
  }
  out.push_back(quote);
}

} // namespace

void repr(string_view s, std::string &out) { doRepr(s, false, out); }
void ascii(string_view s, std::string &out) { doRepr(s, true, out); }

} // namespace molt::rt::strops
