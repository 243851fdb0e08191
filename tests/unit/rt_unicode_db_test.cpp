// Tests for molt/unicode_db.h. Expected values come from CPython 3.12
// (the Python expression is given with each).
#include "molt/unicode_db.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace molt::rt::ucd;

namespace {

using Mapper = unsigned (*)(char32_t, char32_t *);

std::u32string mapped(Mapper f, char32_t c) {
  char32_t out[kMaxCaseExpansion];
  unsigned n = f(c, out);
  return std::u32string(out, n);
}

// str.lower() per the recipe in unicode_db.h (Final_Sigma included).
std::u32string lowerStr(const std::u32string &s) {
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == kCapitalSigma)
      out += sigmaLower(isFinalSigma([&](size_t j) { return s[j]; }, s.size(), i));
    else
      out += mapped(toLowerFull, s[i]);
  }
  return out;
}

std::string utf8(const std::u32string &s, std::vector<size_t> *offsets = nullptr) {
  std::string out;
  for (char32_t c : s) {
    if (offsets)
      offsets->push_back(out.size());
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
  return out;
}

// isFinalSigma over UTF-8 for the sigma at code point index i.
bool finalSigmaUtf8(const std::u32string &s, size_t i) {
  std::vector<size_t> offsets;
  std::string u = utf8(s, &offsets);
  return isFinalSigmaUtf8(u.data(), u.size(), offsets[i]);
}

std::vector<char32_t> codePointsWhere(bool (*pred)(char32_t)) {
  std::vector<char32_t> out;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    if (pred(c))
      out.push_back(c);
  return out;
}

} // namespace

// Version reports missing tables; the other tests would only repeat it.
#define SKIP_WITHOUT_TABLES()                                                                                 \
  do {                                                                                                       \
    if (unicodeVersion().empty())                                                                            \
      GTEST_SKIP() << "no generated Unicode tables";                                                        \
  } while (0)

TEST(RtUnicodeDb, Version) {
  ASSERT_FALSE(unicodeVersion().empty())
      << "molt_rt was built without generated/rt/unicode_db.inc (runtime/CMakeLists.unicode_rt.cmake)";
  EXPECT_EQ(unicodeVersion(), "15.0.0");  // unicodedata.unidata_version
}

TEST(RtUnicodeDb, AsciiTableMatchesGeneratedTables) {
  SKIP_WITHOUT_TABLES();
  for (char32_t c = 0; c < 128; ++c)
    EXPECT_EQ(properties(c), propertiesFromTables(c)) << "U+" << std::hex << unsigned(c);
  for (char32_t c = 0; c < 128; ++c) {
    for (Mapper f : {toLowerFull, toUpperFull, toTitleFull, toFoldFull}) {
      char32_t out[kMaxCaseExpansion];
      ASSERT_EQ(f(c, out), 1u);
    }
  }
}

TEST(RtUnicodeDb, FullCaseMappings) {
  SKIP_WITHOUT_TABLES();
  EXPECT_EQ(mapped(toUpperFull, U'ß'), U"SS");                 // 'ß'.upper()
  EXPECT_EQ(mapped(toTitleFull, U'ß'), U"Ss");                 // 'ß'.title()
  EXPECT_EQ(mapped(toFoldFull, U'ß'), U"ss");                  // 'ß'.casefold()
  EXPECT_EQ(mapped(toFoldFull, U'ẞ'), U"ss");                  // 'ẞ'.casefold()
  EXPECT_EQ(mapped(toLowerFull, U'ẞ'), U"ß");                  // 'ẞ'.lower()
  EXPECT_EQ(mapped(toUpperFull, U'ŉ'), U"\u02BCN");            // 'ŉ'.upper()
  EXPECT_EQ(mapped(toTitleFull, U'ﬁ'), U"Fi");                 // 'ﬁ'.title()
  EXPECT_EQ(mapped(toUpperFull, U'ﬁ'), U"FI");                 // 'ﬁ'.upper()
  EXPECT_EQ(mapped(toLowerFull, U'ﬁ'), U"ﬁ");                  // 'ﬁ'.lower()
  EXPECT_EQ(mapped(toLowerFull, U'İ'), U"i\u0307");            // 'İ'.lower()
  EXPECT_EQ(mapped(toUpperFull, U'ΐ'), U"\u0399\u0308\u0301"); // 'ΐ'.upper()
  EXPECT_EQ(mapped(toUpperFull, U'ǰ'), U"J\u030C");            // 'ǰ'.upper()
  EXPECT_EQ(mapped(toFoldFull, U'ꭰ'), U"Ꭰ");                   // 'ꭰ'.casefold() == '\u13a0'
  EXPECT_EQ(mapped(toTitleFull, U'ǅ'), U"ǅ");                  // 'ǅ'.title()
  EXPECT_EQ(mapped(toTitleFull, U'ǆ'), U"ǅ");                  // 'ǆ'.title()
  EXPECT_EQ(mapped(toUpperFull, U'ǅ'), U"Ǆ");                  // 'ǅ'.upper()
  EXPECT_EQ(mapped(toLowerFull, U'ǅ'), U"ǆ");                  // 'ǅ'.lower()
  EXPECT_EQ(mapped(toUpperFull, U'ᾈ'), U"\u1F08\u0399");       // 'ᾈ'.upper()
  EXPECT_EQ(mapped(toTitleFull, U'ᾈ'), U"ᾈ");                  // 'ᾈ'.title()
  EXPECT_EQ(mapped(toLowerFull, U'ᾈ'), U"ᾀ");                  // 'ᾈ'.lower()
  EXPECT_EQ(mapped(toUpperFull, U'ς'), U"Σ");                  // 'ς'.upper()
  EXPECT_EQ(mapped(toFoldFull, U'ς'), U"σ");                   // 'ς'.casefold()
  EXPECT_EQ(mapped(toUpperFull, U'µ'), U"\u039C");             // 'µ'.upper()
  EXPECT_EQ(mapped(toFoldFull, U'µ'), U"\u03BC");              // 'µ'.casefold()
  EXPECT_EQ(mapped(toUpperFull, U'ÿ'), U"\u0178");             // 'ÿ'.upper()
  EXPECT_EQ(mapped(toUpperFull, U'ı'), U"I");                  // 'ı'.upper()
  EXPECT_EQ(mapped(toLowerFull, U'\u212A'), U"k");             // '\u212a'.lower() (KELVIN SIGN)
  EXPECT_EQ(mapped(toLowerFull, U'𐐀'), U"𐐨");                  // '𐐀'.lower()
  EXPECT_EQ(mapped(toLowerFull, 0x110000), std::u32string(1, char32_t(0x110000)));
}

TEST(RtUnicodeDb, SimpleCaseMappings) {
  SKIP_WITHOUT_TABLES();
  // _PyUnicode_ToUppercase & co.: the first code point of the full mapping.
  EXPECT_EQ(toUpperSimple(U'ß'), U'S');       // ctypes.pythonapi._PyUnicode_ToUppercase(0xDF) == 0x53
  EXPECT_EQ(toTitleSimple(U'ß'), U'S');
  EXPECT_EQ(toLowerSimple(U'ß'), U'ß');
  EXPECT_EQ(toUpperSimple(U'ŉ'), U'\u02BC');  // _PyUnicode_ToUppercase(0x149) == 0x2BC
  EXPECT_EQ(toLowerSimple(U'İ'), U'i');       // _PyUnicode_ToLowercase(0x130) == 0x69
  EXPECT_EQ(toTitleSimple(U'ǆ'), U'ǅ');
  EXPECT_EQ(toUpperSimple(U'ΐ'), U'\u0399');
  EXPECT_EQ(toLowerSimple(U'A'), U'a');
}

TEST(RtUnicodeDb, FinalSigma) {
  SKIP_WITHOUT_TABLES();
  struct Case {
    std::u32string in, lower;
  } cases[] = {
      {U"Σ", U"σ"},                       // 'Σ'.lower()
      {U"ΑΣ", U"ας"},                     // 'ΑΣ'.lower()
      {U"ΑΣΑ", U"ασα"},                   // 'ΑΣΑ'.lower()
      {U"Α.Σ.", U"α.ς."},                 // 'Α.Σ.'.lower()
      {U"Σ.", U"σ."},                     // 'Σ.'.lower()
      {U"\u0391\u0345 Σ", U"α\u0345 σ"},   // '\u0391\u0345 Σ'.lower()
      {U"\u1FBC Σ", U"\u1FB3 σ"},          // '\u1fbc Σ'.lower()
      {U"A\u0345Σ", U"a\u0345ς"},         // 'A\u0345Σ'.lower(): U+0345 is cased and case-ignorable
      {U"AΣ\u0345B", U"aσ\u0345b"},       // 'AΣ\u0345B'.lower()
      {U"ΣΣ", U"σς"},                     // 'ΣΣ'.lower()
      {U"𐐀Σ 1", U"𐐨ς 1"},                 // '𐐀Σ 1'.lower()
  };
  for (const auto &c : cases) {
    EXPECT_EQ(lowerStr(c.in), c.lower);
    for (size_t i = 0; i < c.in.size(); ++i) {
      if (c.in[i] == kCapitalSigma) {
        EXPECT_EQ(finalSigmaUtf8(c.in, i), isFinalSigma([&](size_t j) { return c.in[j]; }, c.in.size(), i));
      }
    }
  }
}

TEST(RtUnicodeDb, SpaceAndLinebreakSets) {
  SKIP_WITHOUT_TABLES();
  // [c for c in range(0x110000) if chr(c).isspace()]
  std::vector<char32_t> space = {0x9,    0xa,    0xb,    0xc,    0xd,    0x1c,   0x1d,   0x1e,
                                 0x1f,   0x20,   0x85,   0xa0,   0x1680, 0x2000, 0x2001, 0x2002,
                                 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                                 0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
  EXPECT_EQ(codePointsWhere(isSpace), space);
  // [c for c in range(0x110000) if len(('a'+chr(c)+'b').splitlines()) == 2]
  std::vector<char32_t> breaks = {0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029};
  EXPECT_EQ(codePointsWhere(isLinebreak), breaks);
}

TEST(RtUnicodeDb, Counts) {
  SKIP_WITHOUT_TABLES();
  // sum(1 for c in range(0x110000) if chr(c).isprintable()) etc.
  EXPECT_EQ(codePointsWhere(isPrintable).size(), 148998u);
  EXPECT_EQ(codePointsWhere(isAlpha).size(), 136104u);
  EXPECT_EQ(codePointsWhere(isNumeric).size(), 1912u);
  EXPECT_EQ(codePointsWhere(isDecimal).size(), 680u);
  EXPECT_EQ(codePointsWhere(isDigit).size(), 808u);
  size_t assigned = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    assigned += category(c) != Category::Cn;
  EXPECT_EQ(assigned, 288767u);  // sum(1 for c in ... if unicodedata.category(chr(c)) != 'Cn')
}

TEST(RtUnicodeDb, PrintableCompactAgreesWithTheDatabase) {
  SKIP_WITHOUT_TABLES();
  // repr() uses the small range table; it must agree with the full one on
  // every code point (and beyond U+10FFFF).
  for (char32_t c = 0; c <= 0x110010; ++c)
    ASSERT_EQ(isPrintableCompact(c), isPrintable(c)) << std::hex << uint32_t(c);
}

TEST(RtUnicodeDb, Predicates) {
  SKIP_WITHOUT_TABLES();
  EXPECT_TRUE(isAlpha(U'é'));         // 'é'.isalpha()
  EXPECT_FALSE(isAlpha(U'\u0301'));   // '\u0301'.isalpha() (Mn)
  EXPECT_TRUE(isAlpha(U'ǅ'));
  EXPECT_TRUE(isTitle(U'ǅ'));         // 'ǅ'.istitle()
  EXPECT_FALSE(isUpper(U'ǅ'));        // 'ǅ'.isupper()
  EXPECT_FALSE(isLower(U'ǅ'));        // 'ǅ'.islower()
  EXPECT_TRUE(isLower(U'ª'));         // 'ª'.islower() (Other_Lowercase)
  EXPECT_TRUE(isUpper(U'Ⅻ'));         // 'Ⅻ'.isupper() (Other_Uppercase)
  EXPECT_TRUE(isCased(U'\u0345') && isCaseIgnorable(U'\u0345'));
  EXPECT_TRUE(isCaseIgnorable(U'\''));
  EXPECT_TRUE(isCaseIgnorable(U'.'));
  EXPECT_FALSE(isCased(U'1'));
  EXPECT_TRUE(isPrintable(U' '));     // ' '.isprintable()
  EXPECT_FALSE(isPrintable(U'\xa0')); // '\xa0'.isprintable() (Zs)
  EXPECT_FALSE(isPrintable(0x378));   // '\u0378'.isprintable() (unassigned)
  EXPECT_FALSE(isPrintable(0xE000));  // '\ue000'.isprintable() (Co)
  EXPECT_FALSE(isPrintable(0xAD));    // '\xad'.isprintable() (Cf)
  EXPECT_TRUE(isPrintable(U'€'));
  EXPECT_FALSE(isSpace(0x200B));      // '\u200b'.isspace()
  EXPECT_FALSE(isSpace(0x180E));      // '\u180e'.isspace()
  EXPECT_TRUE(isXidStart(U'ª'));      // 'ª'.isidentifier()
  EXPECT_FALSE(isXidStart(U'_'));     // '_' is accepted by str.isidentifier explicitly
  EXPECT_TRUE(isXidContinue(U'_'));
  EXPECT_TRUE(isXidContinue(U'\u0301'));  // 'a\u0301'.isidentifier()
  EXPECT_TRUE(isXidStart(0x2118));    // '\u2118'.isidentifier() (Other_ID_Start)
  EXPECT_TRUE(isAlnum(U'½'));         // '½'.isalnum()
  EXPECT_FALSE(isAlnum(U'_'));        // '_'.isalnum()
  EXPECT_FALSE(isAlpha(0x110000));
}

TEST(RtUnicodeDb, DigitsAndNumbers) {
  SKIP_WITHOUT_TABLES();
  // (isdecimal, isdigit, isnumeric, unicodedata.decimal(c,-1), unicodedata.digit(c,-1))
  EXPECT_TRUE(isDecimal(U'٣') && isDigit(U'٣') && isNumeric(U'٣'));
  EXPECT_EQ(decimalValue(U'٣'), 3);  // int('٣') == 3
  EXPECT_EQ(digitValue(U'٣'), 3);
  EXPECT_EQ(decimalValue(U'7'), 7);
  EXPECT_EQ(decimalValue(U'a'), -1);
  EXPECT_FALSE(isDecimal(U'²'));
  EXPECT_TRUE(isDigit(U'²'));
  EXPECT_EQ(decimalValue(U'²'), -1);  // unicodedata.decimal('²', -1)
  EXPECT_EQ(digitValue(U'²'), 2);     // unicodedata.digit('²')
  EXPECT_EQ(decimalValue(U'𝟎'), 0);   // unicodedata.decimal('\U0001d7ce')
  struct {
    char32_t c;
    double value;
  } numerics[] = {
      {U'½', 0.5},              // unicodedata.numeric('½')
      {U'一', 1.0},             // unicodedata.numeric('一') (Unihan kPrimaryNumeric)
      {0x0F33, -0.5},           // unicodedata.numeric('\u0f33')
      {U'兆', 1000000000000.0}, // unicodedata.numeric('兆')
      {U'Ⅻ', 12.0},             // unicodedata.numeric('Ⅻ')
      {0x10133, 90000.0},       // unicodedata.numeric('\U00010133')
      {0x0BF0, 10.0},           // unicodedata.numeric('\u0bf0')
      {0x11FC0, 0.003125},      // unicodedata.numeric('\U00011fc0') (1/320)
      {U'〇', 0.0},             // unicodedata.numeric('〇')
      {U'亿', 100000000.0},     // unicodedata.numeric('亿')
      {U'⅓', 1.0 / 3.0},        // unicodedata.numeric('⅓')
      {U'5', 5.0},
  };
  for (const auto &n : numerics) {
    double v = -99;
    EXPECT_TRUE(numericValue(n.c, v)) << std::hex << unsigned(n.c);
    EXPECT_EQ(v, n.value) << std::hex << unsigned(n.c);
    EXPECT_TRUE(isNumeric(n.c));
  }
  double v;
  EXPECT_FALSE(numericValue(U'a', v));
  EXPECT_FALSE(numericValue(0x110000, v));
}

TEST(RtUnicodeDb, Categories) {
  SKIP_WITHOUT_TABLES();
  EXPECT_EQ(categoryName(category(U'A')), "Lu");       // unicodedata.category('A')
  EXPECT_EQ(categoryName(category(U'ǅ')), "Lt");
  EXPECT_EQ(categoryName(category(0x378)), "Cn");
  EXPECT_EQ(categoryName(category(0xD800)), "Cs");
  EXPECT_EQ(categoryName(category(0x10FFFD)), "Co");
  EXPECT_EQ(categoryName(category(0x4E00)), "Lo");
  EXPECT_EQ(categoryName(category(0x3400)), "Lo");     // range start (CJK Ext A)
  EXPECT_EQ(categoryName(category(0x4DBF)), "Lo");     // range end
  EXPECT_EQ(categoryName(category(0x2028)), "Zl");
  EXPECT_EQ(categoryName(category(U'\u0301')), "Mn");
  EXPECT_EQ(categoryName(Category::Co), "Co");
}
