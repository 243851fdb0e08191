// Unicode character database for the str methods: per code point, exactly the
// properties and case mappings CPython 3.12 uses (Unicode 15.0.0).
//
// Tables are generated at build time from the UCD by
// tools/gen-unicode/gen_unicode_rt.cpp (two-level index into shared
// records); ASCII queries are answered inline from a constexpr table.
// Code points above U+10FFFF have no properties and map to themselves.
//
// How CPython 3.12's str methods use these (c = code point; all exact):
//   isalpha      every c isAlpha (category Lu Ll Lt Lm Lo), non-empty
//   isdecimal    isDecimal (has a decimal digit value, category Nd)
//   isdigit      isDigit (has a digit value; superscripts etc. too)
//   isnumeric    isNumeric (has a numeric value; Unihan numerals too)
//   isalnum      isAlnum = isAlpha || isDecimal || isDigit || isNumeric
//   isspace      isSpace (category Zs, or bidi class WS, B or S); also the
//                separator set of split()/strip() without arguments
//   isprintable  isPrintable (U+0020, or category not C* / Z*); empty: True
//   isidentifier first isXidStart or '_', rest isXidContinue
//   islower      no c isUpper || isTitle, and some c isLower
//   isupper      no c isLower || isTitle, and some c isUpper
//   istitle      uppercase-like = isUpper || isTitle, must follow an uncased
//                char; isLower must follow a cased one; else resets
//                (previous_is_cased = false); at least one cased
//   splitlines   isLinebreak ("\r\n" counts as one break)
//   lower        toLowerFull, except U+03A3 -> finalSigmaLower(...)
//   upper        toUpperFull
//   casefold     toFoldFull (no sigma rule)
//   swapcase     isUpper(c) ? lower rule (with sigma) : isLower(c) ? toUpperFull : c
//   capitalize   first: toTitleFull; rest: lower rule (with sigma)
//   title        toTitleFull if the previous code point is not isCased (of
//                the original string), else the lower rule (with sigma)
//   int()/float() non-ASCII: isSpace -> ' ', decimalValue >= 0 -> digit
// The is* methods return False for the empty string, except isprintable.
// For a 1-character string islower/isupper are just isLower/isUpper and
// istitle is isUpper || isTitle (the loops above give the same answers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace molt::rt::ucd {

// ---------------------------------------------------------------------------
// Property bits (the values are checked against the generated tables)

inline constexpr uint32_t kAlpha = 1u << 0;          ///< category Lu/Ll/Lt/Lm/Lo
inline constexpr uint32_t kDecimal = 1u << 1;        ///< decimal digit value (UnicodeData field 6)
inline constexpr uint32_t kDigit = 1u << 2;          ///< digit value (field 7)
inline constexpr uint32_t kNumeric = 1u << 3;        ///< numeric value (field 8 or Unihan)
inline constexpr uint32_t kSpace = 1u << 4;          ///< Zs, or bidi WS/B/S
inline constexpr uint32_t kLinebreak = 1u << 5;      ///< Line_Break BK/CR/LF/NL, or bidi B
inline constexpr uint32_t kLower = 1u << 6;          ///< Lowercase property
inline constexpr uint32_t kUpper = 1u << 7;          ///< Uppercase property
inline constexpr uint32_t kTitle = 1u << 8;          ///< category Lt
inline constexpr uint32_t kCased = 1u << 9;          ///< Cased property
inline constexpr uint32_t kCaseIgnorable = 1u << 10; ///< Case_Ignorable property
inline constexpr uint32_t kPrintable = 1u << 11;     ///< str.isprintable
inline constexpr uint32_t kXidStart = 1u << 12;      ///< XID_Start
inline constexpr uint32_t kXidContinue = 1u << 13;   ///< XID_Continue
inline constexpr uint32_t kExtendedCase = 1u << 14;  ///< internal: a mapping is multi-char

/// General category; the order is fixed (Cn first, 0 for unassigned).
enum class Category : uint8_t {
  Cn, Lu, Ll, Lt, Lm, Lo, Mn, Mc, Me, Nd, Nl, No, Pc, Pd, Ps,
  Pe, Pi, Pf, Po, Sm, Sc, Sk, So, Zs, Zl, Zp, Cc, Cf, Cs, Co,
};
/// The categories' two-letter names concatenated in enum order.
inline constexpr std::string_view kCategoryOrder = "CnLuLlLtLmLoMnMcMeNdNlNoPcPdPsPePiPfPoSmScSkSoZsZlZpCcCfCsCo";
/// "Lu", "Nd", ... (unicodedata.category spelling).
constexpr std::string_view categoryName(Category c) { return kCategoryOrder.substr(size_t(c) * 2, 2); }

/// The Unicode version of the generated tables ("15.0.0" for CPython 3.12);
/// empty if molt_rt was built without them (a build misconfiguration: see
/// runtime/CMakeLists.unicode_rt.cmake), when only ASCII has properties.
std::string_view unicodeVersion();

/// The longest full case mapping (e.g. U+0390 upper is 3 code points).
inline constexpr unsigned kMaxCaseExpansion = 3;

namespace detail {

constexpr uint16_t asciiFlags(unsigned c) {
  uint32_t f = 0;
  bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
  if (upper || lower)
    f |= kAlpha | kCased | kXidStart | kXidContinue | (upper ? kUpper : kLower);
  if (digit)
    f |= kDecimal | kDigit | kNumeric | kXidContinue;
  if (c == '_')
    f |= kXidContinue;
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
    f |= kSpace;
  if ((c >= 0x0A && c <= 0x0D) || (c >= 0x1C && c <= 0x1E))
    f |= kLinebreak;
  if (c >= 0x20 && c < 0x7F)
    f |= kPrintable;
  if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`')
    f |= kCaseIgnorable;
  return uint16_t(f);
}

struct AsciiFlagTable {
  uint16_t flags[128];
  constexpr AsciiFlagTable() : flags() {
    for (unsigned c = 0; c < 128; ++c)
      flags[c] = asciiFlags(c);
  }
};
inline constexpr AsciiFlagTable kAsciiFlags{};

uint32_t lookupFlags(char32_t c);
unsigned lookupCase(char32_t c, unsigned which, char32_t *out);
char32_t lookupCaseSimple(char32_t c, unsigned which);
enum : unsigned { kCaseUpper, kCaseLower, kCaseTitle, kCaseFold };

} // namespace detail

// ---------------------------------------------------------------------------
// Properties

/// All property bits of c (the k* constants above).
inline uint32_t properties(char32_t c) { return c < 128 ? detail::kAsciiFlags.flags[c] : detail::lookupFlags(c); }
/// Same, always through the generated tables (for tests of the ASCII table).
inline uint32_t propertiesFromTables(char32_t c) { return detail::lookupFlags(c); }

inline bool isAlpha(char32_t c) { return properties(c) & kAlpha; }
inline bool isDecimal(char32_t c) { return properties(c) & kDecimal; }
inline bool isDigit(char32_t c) { return properties(c) & kDigit; }
inline bool isNumeric(char32_t c) { return properties(c) & kNumeric; }
inline bool isAlnum(char32_t c) { return properties(c) & (kAlpha | kDecimal | kDigit | kNumeric); }
/// str.isspace, and the whitespace of split()/strip()/int() with no separator.
inline bool isSpace(char32_t c) { return properties(c) & kSpace; }
/// str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 U+2028 U+2029.
inline bool isLinebreak(char32_t c) { return properties(c) & kLinebreak; }
inline bool isLower(char32_t c) { return properties(c) & kLower; }
inline bool isUpper(char32_t c) { return properties(c) & kUpper; }
inline bool isTitle(char32_t c) { return properties(c) & kTitle; }
inline bool isCased(char32_t c) { return properties(c) & kCased; }
inline bool isCaseIgnorable(char32_t c) { return properties(c) & kCaseIgnorable; }
inline bool isPrintable(char32_t c) { return properties(c) & kPrintable; }
/// isPrintable from a small table of its own (core/unicode_printable.cpp): what
/// repr() uses, so that programs that need no other property do not link the
/// full database.
bool isPrintableCompact(char32_t c);
inline bool isXidStart(char32_t c) { return properties(c) & kXidStart; }
inline bool isXidContinue(char32_t c) { return properties(c) & kXidContinue; }

/// General category (Cn for unassigned code points).
Category category(char32_t c);

/// Decimal digit value 0..9 (int('٣') == 3), or -1 if none.
int decimalValue(char32_t c);
/// Digit value 0..9 (also '²'), or -1 if none.
int digitValue(char32_t c);
/// Numeric value (unicodedata.numeric; '½' -> 0.5, '一' -> 1.0; may be
/// negative: U+0F33 -> -0.5). Returns false if c has none.
bool numericValue(char32_t c, double &value);

// ---------------------------------------------------------------------------
// Case mappings

/// Full case mappings (SpecialCasing.txt unconditional entries, else the
/// simple mappings): write 1..kMaxCaseExpansion code points to out and
/// return how many. toFoldFull is str.casefold (CaseFolding.txt C + F).
inline unsigned toLowerFull(char32_t c, char32_t *out) {
  if (c < 128) {
    out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    return 1;
  }
  return detail::lookupCase(c, detail::kCaseLower, out);
}
inline unsigned toUpperFull(char32_t c, char32_t *out) {
  if (c < 128) {
    out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  return detail::lookupCase(c, detail::kCaseUpper, out);
}
inline unsigned toTitleFull(char32_t c, char32_t *out) {
  if (c < 128) {
    out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  return detail::lookupCase(c, detail::kCaseTitle, out);
}
inline unsigned toFoldFull(char32_t c, char32_t *out) {
  if (c < 128) {
    out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    return 1;
  }
  return detail::lookupCase(c, detail::kCaseFold, out);
}

/// CPython's single-code-point mappings (_PyUnicode_ToLowercase & co., used
/// by re's IGNORECASE): the first code point of the full mapping.
inline char32_t toLowerSimple(char32_t c) {
  return c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : detail::lookupCaseSimple(c, detail::kCaseLower);
}
inline char32_t toUpperSimple(char32_t c) {
  return c < 128 ? (c >= 'a' && c <= 'z' ? c - 32 : c) : detail::lookupCaseSimple(c, detail::kCaseUpper);
}
inline char32_t toTitleSimple(char32_t c) {
  return c < 128 ? (c >= 'a' && c <= 'z' ? c - 32 : c) : detail::lookupCaseSimple(c, detail::kCaseTitle);
}

// ---------------------------------------------------------------------------
// Final_Sigma (lower(), swapcase(), capitalize(), title() of U+03A3)

inline constexpr char32_t kCapitalSigma = 0x3A3;

/// Whether the U+03A3 at index i of a string of `length` code points is in
/// the Final_Sigma context: preceded by a cased code point (skipping
/// case-ignorable ones) and not followed by one (skipping case-ignorable
/// ones). charAt(j) returns the code point at index j.
template <typename CharAt>
bool isFinalSigma(CharAt &&charAt, size_t length, size_t i) {
  size_t j = i;
  char32_t c = 0;
  bool found = false;
  while (j > 0) {
    c = charAt(--j);
    if (!isCaseIgnorable(c)) {
      found = true;
      break;
    }
  }
  if (!found || !isCased(c))
    return false;
  for (j = i + 1; j < length; ++j) {
    c = charAt(j);
    if (!isCaseIgnorable(c))
      return !isCased(c);
  }
  return true;
}

/// Same for a UTF-8 (WTF-8) string; sigmaOffset is the byte offset of the
/// U+03A3 (2 bytes: CE A3).
bool isFinalSigmaUtf8(const char *utf8, size_t len, size_t sigmaOffset);

/// The lowercase of U+03A3: U+03C2 (final) or U+03C3.
constexpr char32_t sigmaLower(bool final) { return final ? 0x3C2 : 0x3C3; }

} // namespace molt::rt::ucd
