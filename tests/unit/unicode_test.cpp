// Tests for molt::unicode (compiler/syntax/Unicode.h). Expected values come
// from CPython 3.12.1 (codecs.decode(b'\\N{...}', 'unicode_escape'),
// str.isidentifier, unicodedata.normalize('NFKC', ...)).
#include "syntax/Unicode.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

using namespace molt::unicode;

namespace {

std::optional<char32_t> lookup(std::string_view name) {
  char32_t c = 0;
  if (!lookupName(name, c))
    return std::nullopt;
  return c;
}

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s)
    appendUtf8(out, c);
  return out;
}

std::u32string decodeAll(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  char32_t c;
  while (i < s.size()) {
    if (!decodeUtf8(s, i, c))
      return U"<invalid>";
    out += c;
  }
  return out;
}

std::u32string nfkc32(std::u32string_view s) { return decodeAll(nfkc(utf8(s))); }

} // namespace

TEST(UnicodeNames, CharacterNames) {
  EXPECT_EQ(lookup("LATIN SMALL LETTER A"), U'\u0061');
  EXPECT_EQ(lookup("SPACE"), U' ');
  EXPECT_EQ(lookup("DIGIT ZERO"), U'0');
  EXPECT_EQ(lookup("SNOWMAN"), U'\u2603');
  EXPECT_EQ(lookup("GREEK SMALL LETTER ALPHA"), U'\u03B1');
  EXPECT_EQ(lookup("EM DASH"), U'\u2014');
  EXPECT_EQ(lookup("LATIN SMALL LETTER A WITH RING ABOVE"), U'\u00E5');
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER A WITH DIAERESIS AND MACRON"), U'\u01DE');
  EXPECT_EQ(lookup("FACE WITH TEARS OF JOY"), U'\U0001F602');
  EXPECT_EQ(lookup("MATHEMATICAL BOLD CAPITAL A"), U'\U0001D400');
  EXPECT_EQ(lookup("BRAILLE PATTERN DOTS-123"), U'\u2807');
  EXPECT_EQ(lookup("TIBETAN MARK BKA- SHOG GI MGO RGYAN"), U'\u0FD0');
  EXPECT_EQ(lookup("HANGUL JUNGSEONG O-E"), U'\u1180');
  EXPECT_EQ(lookup("SQUARED CJK UNIFIED IDEOGRAPH-7981"), U'\U0001F232');
  EXPECT_EQ(lookup("VARIATION SELECTOR-256"), U'\U000E01EF');
  EXPECT_EQ(lookup("TANGUT COMPONENT-001"), U'\U00018800');
  EXPECT_EQ(lookup("TANGUT COMPONENT-768"), U'\U00018AFF');
  EXPECT_EQ(lookup("ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM"),
            U'\uFBF9');
}

TEST(UnicodeNames, CaseInsensitive) {
  EXPECT_EQ(lookup("latin small letter a"), U'a');
  EXPECT_EQ(lookup("Latin Capital Letter Sharp S"), U'\u1E9E');
  EXPECT_EQ(lookup("cjk compatibility ideograph-f900"), U'\uF900');
  EXPECT_EQ(lookup("nushu character-1b2fb"), U'\U0001B2FB');
  EXPECT_EQ(lookup("lf"), U'\n');
}

TEST(UnicodeNames, Aliases) {
  EXPECT_EQ(lookup("LINE FEED"), U'\n');           // control
  EXPECT_EQ(lookup("LF"), U'\n');                  // abbreviation
  EXPECT_EQ(lookup("NULL"), U'\0');
  EXPECT_EQ(lookup("NUL"), U'\0');
  EXPECT_EQ(lookup("CHARACTER TABULATION"), U'\t'); // also the UnicodeData name
  EXPECT_EQ(lookup("TAB"), U'\t');
  EXPECT_EQ(lookup("ESC"), U'\x1B');
  EXPECT_EQ(lookup("DELETE"), U'\x7F');
  EXPECT_EQ(lookup("BYTE ORDER MARK"), U'\uFEFF'); // alternate
  EXPECT_EQ(lookup("BOM"), U'\uFEFF');
  EXPECT_EQ(lookup("ZWNJ"), U'\u200C');
  EXPECT_EQ(lookup("NBSP"), U'\u00A0');
  EXPECT_EQ(lookup("VS256"), U'\U000E01EF');
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER GHA"), U'\u01A2'); // correction
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER OI"), U'\u01A2');  // original name
  EXPECT_EQ(lookup("HANGUL JUNGSEONG O-YE"), U'\u1181');    // correction
  EXPECT_EQ(lookup("PADDING CHARACTER"), U'\u0080');        // figment
  EXPECT_EQ(lookup("PAD"), U'\u0080');
  EXPECT_EQ(lookup("SINGLE SHIFT TWO"), U'\u008E');
}

TEST(UnicodeNames, CjkUnifiedIdeographs) {
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E00"), U'\u4E00');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-9FFF"), U'\u9FFF');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-04E00"), U'\u4E00'); // 5 digits allowed
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-2B739"), U'\U0002B739');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-323AF"), U'\U000323AF');
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-A000"), std::nullopt);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-2B73A"), std::nullopt);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-323B0"), std::nullopt);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4E0"), std::nullopt);
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-004E00"), std::nullopt);
  // CPython 3.12 matches the prefix and the hex digits case-sensitively.
  EXPECT_EQ(lookup("CJK UNIFIED IDEOGRAPH-4e00"), std::nullopt);
  EXPECT_EQ(lookup("cjk unified ideograph-4E00"), std::nullopt);
}

TEST(UnicodeNames, HexSuffixedNames) {
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-F900"), U'\uF900');
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-2F800"), U'\U0002F800');
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-0F900"), std::nullopt);
  EXPECT_EQ(lookup("CJK COMPATIBILITY IDEOGRAPH-FA6E"), std::nullopt);
  EXPECT_EQ(lookup("NUSHU CHARACTER-1B170"), U'\U0001B170');
  EXPECT_EQ(lookup("NUSHU CHARACTER-1B2FC"), std::nullopt);
  EXPECT_EQ(lookup("KHITAN SMALL SCRIPT CHARACTER-18B00"), U'\U00018B00');
  // Tangut ideographs have no names in CPython 3.12.
  EXPECT_EQ(lookup("TANGUT IDEOGRAPH-17000"), std::nullopt);
}

TEST(UnicodeNames, HangulSyllables) {
  EXPECT_EQ(lookup("HANGUL SYLLABLE GA"), U'\uAC00');
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAG"), U'\uAC01');
  EXPECT_EQ(lookup("HANGUL SYLLABLE A"), U'\uC544');
  EXPECT_EQ(lookup("HANGUL SYLLABLE SSANG"), U'\uC30D');
  EXPECT_EQ(lookup("HANGUL SYLLABLE GGWAELH"), U'\uAF73');
  EXPECT_EQ(lookup("HANGUL SYLLABLE HIH"), U'\uD7A3');
  EXPECT_EQ(lookup("HANGUL SYLLABLE "), std::nullopt);
  EXPECT_EQ(lookup("HANGUL SYLLABLE X"), std::nullopt);
  EXPECT_EQ(lookup("HANGUL SYLLABLE GAGX"), std::nullopt);
  EXPECT_EQ(lookup("HANGUL SYLLABLE gag"), std::nullopt);
  EXPECT_EQ(lookup("hangul syllable GAG"), std::nullopt);
}

TEST(UnicodeNames, UnknownNames) {
  EXPECT_EQ(lookup(""), std::nullopt);
  EXPECT_EQ(lookup("A"), std::nullopt);
  EXPECT_EQ(lookup("NO SUCH CHARACTER"), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL LETTER"), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL LETTER A "), std::nullopt);
  EXPECT_EQ(lookup(" LATIN SMALL LETTER A"), std::nullopt);
  EXPECT_EQ(lookup("LATIN SMALL LETTER \xC3\x81"), std::nullopt);
  EXPECT_EQ(lookup("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), std::nullopt);
  EXPECT_EQ(lookup("SHORT HORIZONTAL STROKE"), std::nullopt);
  EXPECT_EQ(lookup("TANGUT COMPONENT-769"), std::nullopt);
  EXPECT_EQ(lookup(std::string(300, 'A')), std::nullopt);
  EXPECT_EQ(lookup("ZZZZZZZZ"), std::nullopt);
  EXPECT_EQ(lookup("      "), std::nullopt);
}

TEST(UnicodeIdentifiers, Start) {
  for (char32_t c : {U'A', U'z', U'_', U'\u00AA', U'\u00B5', U'\u00BA', U'\u00E9', U'\u2118', U'\u212E',
                     U'\u1885', U'\u4E00', U'\uAC00', U'\u2160', U'\u3005', U'\u2071', U'\U0001D400',
                     U'\U000323AF'})
    EXPECT_TRUE(isIdStart(c)) << std::hex << uint32_t(c);
  for (char32_t c : {U'0', U'$', U' ', U'\u00B7', U'\u00D7', U'\u00B2', U'\u0300', U'\u0663', U'\u309B',
                     U'\u2E2F', U'\uFE33', U'\u200C', U'\uFDFA', U'\U0001F600', U'\uE000', U'\U0010FFFF',
                     char32_t(0xD800)})
    EXPECT_FALSE(isIdStart(c)) << std::hex << uint32_t(c);
}

TEST(UnicodeIdentifiers, Continue) {
  for (char32_t c : {U'A', U'z', U'_', U'0', U'9', U'\u00B7', U'\u0300', U'\u0387', U'\u0663', U'\u0E33',
                     U'\u1369', U'\u19DA', U'\uFE33', U'\uFF3F', U'\u00E9', U'\U000E0100'})
    EXPECT_TRUE(isIdContinue(c)) << std::hex << uint32_t(c);
  for (char32_t c : {U'$', U' ', U'-', U'\u00D7', U'\u00B2', U'\u037E', U'\u309B', U'\u200D', U'\u2E2F',
                     U'\U0001F600', U'\U0010FFFF'})
    EXPECT_FALSE(isIdContinue(c)) << std::hex << uint32_t(c);
}

TEST(UnicodeNfkc, Ascii) {
  EXPECT_EQ(nfkc(""), "");
  EXPECT_EQ(nfkc("abc_123"), "abc_123");
  EXPECT_EQ(nfkc("h\xC3\xA9llo"), "h\xC3\xA9llo"); // already NFKC
}

TEST(UnicodeNfkc, Compatibility) {
  EXPECT_EQ(nfkc32(U"\uFB01"), U"fi");
  EXPECT_EQ(nfkc32(U"\U0001D400"), U"A");
  EXPECT_EQ(nfkc32(U"\u210C"), U"H");
  EXPECT_EQ(nfkc32(U"\u2075"), U"5");
  EXPECT_EQ(nfkc32(U"\u00BD"), U"1\u20442");
  EXPECT_EQ(nfkc32(U"\u3392"), U"MHz");
  EXPECT_EQ(nfkc32(U"\u2460"), U"1");
  EXPECT_EQ(nfkc32(U"\uFF21\uFF42"), U"Ab");
  EXPECT_EQ(nfkc32(U"\u00B5"), U"\u03BC");
  EXPECT_EQ(nfkc32(U"\u017Ft"), U"st");
  EXPECT_EQ(nfkc32(U"\u2000"), U" ");
  EXPECT_EQ(nfkc32(U"\u01C4"), U"D\u017D");
  EXPECT_EQ(nfkc32(U"\uFB03\u0301"), U"ff\u00ED");
  EXPECT_EQ(nfkc32(U"\uFF76\uFF9E"), U"\u30AC");
  EXPECT_EQ(nfkc32(U"\u0F77"), U"\u0FB2\u0F71\u0F80");
  EXPECT_EQ(nfkc32(U"\uFDFA"), U"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 "
                               U"\u0648\u0633\u0644\u0645");
}

TEST(UnicodeNfkc, Canonical) {
  EXPECT_EQ(nfkc32(U"e\u0301"), U"\u00E9");
  EXPECT_EQ(nfkc32(U"A\u030A"), U"\u00C5");
  EXPECT_EQ(nfkc32(U"\u212B"), U"\u00C5");
  EXPECT_EQ(nfkc32(U"\u2126"), U"\u03A9");
  EXPECT_EQ(nfkc32(U"A\u0308\u0304"), U"\u01DE");
  EXPECT_EQ(nfkc32(U"\u0958"), U"\u0915\u093C"); // composition exclusion
  EXPECT_EQ(nfkc32(U"\u0344"), U"\u0308\u0301"); // non-starter decomposition
  EXPECT_EQ(nfkc32(U"\u03D3"), U"\u038E");
  EXPECT_EQ(nfkc32(U"\u1F80"), U"\u1F80");
  EXPECT_EQ(nfkc32(U"\u304B\u3099"), U"\u304C");
  EXPECT_EQ(nfkc32(U"\u3099"), U"\u3099");
  EXPECT_EQ(nfkc32(U"A\u0300\u0300"), U"\u00C0\u0300");
}

TEST(UnicodeNfkc, Reordering) {
  EXPECT_EQ(nfkc32(U"q\u0307\u0323"), U"q\u0323\u0307");
  EXPECT_EQ(nfkc32(U"x\u0301\u0323"), U"x\u0323\u0301");
  EXPECT_EQ(nfkc32(U"o\u0302\u0323"), U"\u1ED9");
  EXPECT_EQ(nfkc32(U"s\u0323\u0307"), U"\u1E69");
  EXPECT_EQ(nfkc32(U"\u1E9B\u0323"), U"\u1E69");
  EXPECT_EQ(nfkc32(U"\u00C5\u0323"), U"\u1EA0\u030A");
  EXPECT_EQ(nfkc32(U"a\u0323\u0301\u0302"), U"\u1EA1\u0301\u0302");
  EXPECT_EQ(nfkc32(U"a\u0952\u0301\u0323\u05B0"), U"\u00E1\u05B0\u0952\u0323");
}

TEST(UnicodeNfkc, Hangul) {
  EXPECT_EQ(nfkc32(U"\u1100\u1161"), U"\uAC00");
  EXPECT_EQ(nfkc32(U"\u1100\u1161\u11A8"), U"\uAC01");
  EXPECT_EQ(nfkc32(U"\uAC00\u11A8"), U"\uAC01");
  EXPECT_EQ(nfkc32(U"\u1100\u0300\u1161"), U"\u1100\u0300\u1161");
  EXPECT_EQ(nfkc32(U"\u320E"), U"(\uAC00)");
}

TEST(UnicodeNfkc, SurrogatesPassThrough) {
  std::string s = "a";
  appendUtf8(s, 0xD800);
  s += "\xEF\xAC\x81"; // U+FB01
  EXPECT_EQ(nfkc(s), "a\xED\xA0\x80" "fi");
}

TEST(UnicodeUtf8, Decode) {
  size_t i = 0;
  char32_t c = 0;
  std::string_view s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
  ASSERT_TRUE(decodeUtf8(s, i, c));
  EXPECT_EQ(c, U'a');
  ASSERT_TRUE(decodeUtf8(s, i, c));
  EXPECT_EQ(c, U'\u00E9');
  ASSERT_TRUE(decodeUtf8(s, i, c));
  EXPECT_EQ(c, U'\u20AC');
  ASSERT_TRUE(decodeUtf8(s, i, c));
  EXPECT_EQ(c, U'\U0001F600');
  EXPECT_EQ(i, s.size());
  EXPECT_FALSE(decodeUtf8(s, i, c));

  for (std::string_view bad : {"\x80", "\xC3", "\xC0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                               "\xF8\x80\x80\x80\x80", "\xE2\x82", "\xE2(\xAC", "\xFF"}) {
    i = 0;
    EXPECT_FALSE(decodeUtf8(bad, i, c)) << testing::PrintToString(bad);
    EXPECT_EQ(i, 0u);
  }
}

TEST(UnicodeUtf8, Encode) {
  EXPECT_EQ(utf8(U"a"), "a");
  EXPECT_EQ(utf8(U"\u00E9\u20AC\U0001F600\U0010FFFF"), "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
  std::string s;
  appendUtf8(s, 0xDC80);
  EXPECT_EQ(s, "\xED\xB2\x80");
}
