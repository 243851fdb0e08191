// Unit tests of molt/strops.h; expectations from CPython 3.12 (the Python
// expression is in the comment). tests/rt/strops_diff.py is the randomized
// differential counterpart.
#include "molt/strops.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace molt::rt::strops;
using std::nullopt;
using std::string;
using std::string_view;

namespace {

string S(void (*fn)(string_view, string &), string_view s) {
  string out;
  fn(s, out);
  return out;
}

std::vector<string> V(const std::vector<string_view> &v) { return {v.begin(), v.end()}; }

std::vector<string> Split(string_view s, std::optional<string_view> sep, int64_t maxsplit, bool right = false) {
  std::vector<string_view> v;
  bool ok = right ? rsplit(s, sep, maxsplit, v) : split(s, sep, maxsplit, v);
  EXPECT_TRUE(ok);
  return V(v);
}

} // namespace

TEST(RtStrops, Utf8Basics) {
  EXPECT_TRUE(isAscii("hello world, a longer ascii string!"));
  EXPECT_FALSE(isAscii("hello world, a longer ascii string\xc3\xa9"));
  EXPECT_EQ(codePointCount("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80"), 4); // len('aé中😀')
  EXPECT_EQ(codePointCount("\xed\xa0\x80\xed\xb8\x80"), 2);              // len('\ud800\ude00')
  string out;
  appendUtf8(out, 0xD800);
  appendUtf8(out, 0x10FFFF);
  EXPECT_EQ(out, "\xed\xa0\x80\xf4\x8f\xbf\xbf");
  size_t pos = 0;
  EXPECT_EQ(decodeNext(out, pos), char32_t(0xD800));
  EXPECT_EQ(decodeNext(out, pos), char32_t(0x10FFFF));
  EXPECT_EQ(decodePrev(out, pos), char32_t(0x10FFFF));
}

TEST(RtStrops, Utf8Index) {
  string s;
  for (int k = 0; k < 300; ++k)
    s += (k % 3 == 0) ? "\xc3\xa9" : (k % 3 == 1) ? "a" : "\xf0\x9f\x98\x80";
  Utf8Index idx = Utf8Index::build(s);
  EXPECT_FALSE(idx.ascii);
  EXPECT_EQ(idx.length, 300);
  StrRef plain = StrRef::of(s), indexed = StrRef::of(s, idx);
  for (int64_t i = 0; i <= 300; ++i) {
    size_t expect = size_t(i / 3) * 7 + (i % 3 >= 1 ? 2 : 0) + (i % 3 == 2 ? 1 : 0);
    EXPECT_EQ(idx.byteOffset(s, i), expect);
    EXPECT_EQ(plain.byteOffset(i), expect);
    EXPECT_EQ(indexed.charIndex(expect), i);
  }
  EXPECT_EQ(charAt(indexed, 2), char32_t(0x1F600));
}

TEST(RtStrops, Slicing) {
  SliceIndices si;
  // slice(None, None, -1).indices(5) == (4, -1, -1)
  ASSERT_TRUE(sliceIndices(5, nullopt, nullopt, -1, si));
  EXPECT_EQ(si.start, 4);
  EXPECT_EQ(si.stop, -1);
  EXPECT_EQ(si.slicelength, 5);
  // slice(-100, 100, 2).indices(5) == (0, 5, 2)
  ASSERT_TRUE(sliceIndices(5, -100, 100, 2, si));
  EXPECT_EQ(si.start, 0);
  EXPECT_EQ(si.stop, 5);
  EXPECT_EQ(si.slicelength, 3);
  EXPECT_FALSE(sliceIndices(5, nullopt, nullopt, 0, si)); // ValueError
  string out;
  // 'aé中😀b'[::-1] == 'b😀中éa'
  StrRef s = StrRef::of("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80" "b");
  ASSERT_TRUE(sliceIndices(s.length, nullopt, nullopt, -1, si));
  slice(s, si, out);
  EXPECT_EQ(out, "b\xf0\x9f\x98\x80\xe4\xb8\xad\xc3\xa9" "a");
  // 'aé中😀b'[1:4] == 'é中😀'
  out.clear();
  ASSERT_TRUE(sliceIndices(s.length, 1, 4, nullopt, si));
  slice(s, si, out);
  EXPECT_EQ(out, "\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80");
  // 'abcdef'[::2] == 'ace'
  out.clear();
  StrRef a = StrRef::of("abcdef");
  ASSERT_TRUE(sliceIndices(a.length, nullopt, nullopt, 2, si));
  slice(a, si, out);
  EXPECT_EQ(out, "ace");
}

TEST(RtStrops, FindCount) {
  StrRef abc = StrRef::of("abc");
  EXPECT_EQ(find(abc, "", 5), -1);             // 'abc'.find('', 5)
  EXPECT_EQ(find(abc, "", 3), 3);              // 'abc'.find('', 3)
  EXPECT_EQ(rfind(abc, "", 1, 2), 2);          // 'abc'.rfind('', 1, 2)
  EXPECT_EQ(count(abc, ""), 4);                // 'abc'.count('')
  EXPECT_EQ(count(StrRef::of(""), "", 1), 0);  // ''.count('', 1)
  EXPECT_EQ(find(abc, "c", -1), 2);            // 'abc'.find('c', -1)
  EXPECT_EQ(find(abc, "c", 0, -1), -1);        // 'abc'.find('c', 0, -1)
  StrRef u = StrRef::of("\xc3\xa9" "ab\xc3\xa9" "ab"); // 'éabéab'
  EXPECT_EQ(find(u, "ab"), 1);                 // 'éabéab'.find('ab')
  EXPECT_EQ(rfind(u, "ab"), 4);                // 'éabéab'.rfind('ab')
  EXPECT_EQ(find(u, "ab", 2), 4);              // 'éabéab'.find('ab', 2)
  EXPECT_EQ(count(u, "\xc3\xa9"), 2);          // 'éabéab'.count('é')
  EXPECT_EQ(count(StrRef::of("aaaa"), "aa"), 2); // 'aaaa'.count('aa')
  EXPECT_TRUE(startsWith(u, "ab", 1));         // 'éabéab'.startswith('ab', 1)
  EXPECT_TRUE(endsWith(u, "\xc3\xa9", 0, 4));  // 'éabéab'.endswith('é', 0, 4)
  EXPECT_FALSE(startsWith(abc, "", 5));        // 'abc'.startswith('', 5)
  EXPECT_TRUE(startsWith(abc, "", 3));         // 'abc'.startswith('', 3)
  // long needle (Horspool path)
  string hay(1000, 'x');
  hay += "needle-in-a-haystack";
  hay += string(1000, 'x');
  EXPECT_EQ(byteFind(hay, "needle-in-a-haystack"), 1000u);
  EXPECT_EQ(byteRFind(hay, "needle-in-a-haystack"), 1000u);
  EXPECT_EQ(byteFind(hay, "needle-in-a-haystacks"), npos);
}

TEST(RtStrops, ReplaceSplitPartition) {
  string out;
  replace("ab", "", "-", -1, out);
  EXPECT_EQ(out, "-a-b-"); // 'ab'.replace('', '-')
  out.clear();
  replace("ab", "", "-", 2, out);
  EXPECT_EQ(out, "-a-b"); // 'ab'.replace('', '-', 2)
  out.clear();
  replace("aaa", "a", "bb", 2, out);
  EXPECT_EQ(out, "bbbba"); // 'aaa'.replace('a', 'bb', 2)

  using L = std::vector<string>;
  EXPECT_EQ(Split(" a  b ", nullopt, -1), (L{"a", "b"}));               // ' a  b '.split()
  EXPECT_EQ(Split(" a  b ", nullopt, 1), (L{"a", "b "}));               // ' a  b '.split(None, 1)
  EXPECT_EQ(Split(" a  b ", nullopt, 1, true), (L{" a", "b"}));         // ' a  b '.rsplit(None, 1)
  EXPECT_EQ(Split("a,b,,c", ",", 2), (L{"a", "b", ",c"}));              // 'a,b,,c'.split(',', 2)
  EXPECT_EQ(Split("a,b,,c", ",", 2, true), (L{"a,b", "", "c"}));        // 'a,b,,c'.rsplit(',', 2)
  EXPECT_EQ(Split("a\xe3\x80\x80" "b\x1c" "c", nullopt, -1), (L{"a", "b", "c"})); // 'a\u3000b\x1cc'.split()
  EXPECT_EQ(Split("a\xe2\x80\x8b" "b", nullopt, -1), (L{"a\xe2\x80\x8b" "b"}));   // '\u200b' is not space
  std::vector<string_view> v;
  EXPECT_FALSE(split("abc", string_view(""), -1, v)); // ValueError: empty separator

  v.clear();
  splitlines("a\r\nb\rc\xc2\x85" "d\xe2\x80\xa8", false, v);
  EXPECT_EQ(V(v), (L{"a", "b", "c", "d"})); // 'a\r\nb\rc\x85d\u2028'.splitlines()
  v.clear();
  splitlines("a\r\nb\n", true, v);
  EXPECT_EQ(V(v), (L{"a\r\n", "b\n"})); // 'a\r\nb\n'.splitlines(True)

  string_view p[3];
  ASSERT_TRUE(molt::rt::strops::partition("a=b=c", "=", p)); // 'a=b=c'.partition('=')
  EXPECT_EQ(p[0], "a");
  EXPECT_EQ(p[2], "b=c");
  ASSERT_TRUE(molt::rt::strops::rpartition("a=b=c", "=", p)); // 'a=b=c'.rpartition('=')
  EXPECT_EQ(p[0], "a=b");
  EXPECT_EQ(p[2], "c");
  ASSERT_TRUE(molt::rt::strops::rpartition("abc", "=", p)); // 'abc'.rpartition('=') == ('', '', 'abc')
  EXPECT_EQ(p[0], "");
  EXPECT_EQ(p[2], "abc");
}

TEST(RtStrops, StripPadJoin) {
  EXPECT_EQ(strip(" \t\xe3\x80\x80x y\n\xc2\x85"), "x y"); // ' \t\u3000x y\n\x85'.strip()
  EXPECT_EQ(lstrip("xxabcxx", "x"), "abcxx");              // 'xxabcxx'.lstrip('x')
  EXPECT_EQ(rstrip("\xc3\xa9" "abc\xc3\xa9", "\xc3\xa9" "c"), "\xc3\xa9" "ab"); // 'éabcé'.rstrip('éc')
  string out;
  std::vector<string_view> parts{"a", "b", "c"};
  join(", ", parts, out);
  EXPECT_EQ(out, "a, b, c"); // ', '.join(['a','b','c'])
  out.clear();
  expandtabs("a\tbc\t\n\tx", 4, out);
  EXPECT_EQ(out, "a   bc  \n    x"); // 'a\tbc\t\n\tx'.expandtabs(4)
  out.clear();
  center(StrRef::of("abc"), 6, '*', out);
  EXPECT_EQ(out, "*abc**"); // 'abc'.center(6, '*')
  out.clear();
  center(StrRef::of("a"), 4, '*', out);
  EXPECT_EQ(out, "*a**"); // 'a'.center(4, '*')
  out.clear();
  rjust(StrRef::of("\xc3\xa9"), 3, 0x4E2D, out);
  EXPECT_EQ(out, "\xe4\xb8\xad\xe4\xb8\xad\xc3\xa9"); // 'é'.rjust(3, '中')
  out.clear();
  zfill(StrRef::of("-42"), 6, out);
  EXPECT_EQ(out, "-00042"); // '-42'.zfill(6)
  out.clear();
  zfill(StrRef::of("+"), 3, out);
  EXPECT_EQ(out, "+00"); // '+'.zfill(3)
  EXPECT_EQ(removeprefix("abcabc", "abc"), "abc");
  EXPECT_EQ(removesuffix("abc", "x"), "abc");
}

TEST(RtStrops, Case) {
  EXPECT_EQ(S(lower, "A\xce\xa3"), "a\xcf\x82");                  // 'AΣ'.lower() == 'aς'
  EXPECT_EQ(S(lower, "\xce\xa3"), "\xcf\x83");                    // 'Σ'.lower() == 'σ'
  EXPECT_EQ(S(lower, "\xce\xa3" "a"), "\xcf\x83" "a");            // 'Σa'.lower() == 'σa'
  EXPECT_EQ(S(lower, "\xc4\xb0"), "i\xcc\x87");                   // 'İ'.lower() == 'i̇'
  EXPECT_EQ(S(upper, "stra\xc3\x9f" "e"), "STRASSE");             // 'straße'.upper()
  EXPECT_EQ(S(casefold, "Stra\xc3\x9f" "e"), "strasse");          // 'Straße'.casefold()
  EXPECT_EQ(S(title, "\xef\xac\x81" "sh"), "Fish");               // 'ﬁsh'.title()
  EXPECT_EQ(S(title, "hello wORLD's"), "Hello World'S");          // "hello wORLD's".title()
  EXPECT_EQ(S(title, "\xc7\x86"), "\xc7\x85");                    // 'ǆ'.title() == 'ǅ'
  EXPECT_EQ(S(capitalize, "\xc3\x9fX"), "Ssx");                   // 'ßX'.capitalize()
  EXPECT_EQ(S(swapcase, "aB\xc3\x9f"), "AbSS");                   // 'aBß'.swapcase()
  EXPECT_EQ(S(upper, "abc123"), "ABC123");
}

TEST(RtStrops, Predicates) {
  EXPECT_TRUE(istitle("Hello World"));      // 'Hello World'.istitle()
  EXPECT_TRUE(istitle("\xc7\x85" "a"));     // 'ǅa'.istitle()
  EXPECT_TRUE(istitle("A1B"));              // 'A1B'.istitle()
  EXPECT_FALSE(istitle("HeLLo"));
  EXPECT_TRUE(isidentifier("_x1"));
  EXPECT_FALSE(isidentifier("1x"));
  EXPECT_TRUE(isidentifier("\xc3\xa9t\xc3\xa9"));  // 'été'.isidentifier()
  EXPECT_TRUE(isdigit("\xc2\xb2"));                // '²'.isdigit()
  EXPECT_FALSE(isdecimal("\xc2\xb2"));             // '²'.isdecimal()
  EXPECT_TRUE(isnumeric("\xc2\xbd"));              // '½'.isnumeric()
  EXPECT_TRUE(isspace("\xe3\x80\x80\x1c"));        // '\u3000\x1c'.isspace()
  EXPECT_FALSE(isspace("\xe2\x80\x8b"));           // '\u200b'.isspace()
  EXPECT_FALSE(isspace(""));
  EXPECT_TRUE(isprintable(""));
  EXPECT_FALSE(isprintable("\xc2\xa0"));           // '\xa0'.isprintable()
  EXPECT_TRUE(isupper("ABC1"));
  EXPECT_FALSE(islower("abc\xc7\x85"));            // 'abcǅ'.islower()
  EXPECT_TRUE(isalnum("a1\xc2\xbd"));
  EXPECT_FALSE(isalpha("a1"));
  EXPECT_TRUE(isascii(""));
}

TEST(RtStrops, ReprAscii) {
  EXPECT_EQ(S(repr, "it's"), "\"it's\"");                  // repr("it's")
  EXPECT_EQ(S(repr, "a\"b'c"), "'a\"b\\'c'");              // repr('a"b\'c')
  // repr('\x00\t\x7f\x85\u200b😀\ud800é') == "'\\x00\\t\\x7f\\x85\\u200b😀\\ud800é'"
  EXPECT_EQ(S(repr, string_view("\x00\t\x7f\xc2\x85\xe2\x80\x8b\xf0\x9f\x98\x80\xed\xa0\x80\xc3\xa9", 17)),
            "'\\x00\\t\\x7f\\x85\\u200b\xf0\x9f\x98\x80\\ud800\xc3\xa9'");
  // ascii('é€😀') == "'\\xe9\\u20ac\\U0001f600'"
  EXPECT_EQ(S(ascii, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"), "'\\xe9\\u20ac\\U0001f600'");
  EXPECT_EQ(S(repr, ""), "''");
}

TEST(RtStrops, CompareIsCodePointOrder) {
  // '\ud7ff' < '\ud800' < '\udfff' < '\ue000' < '\U00010000'
  EXPECT_LT(compare("\xed\x9f\xbf", "\xed\xa0\x80"), 0);
  EXPECT_LT(compare("\xed\xa0\x80", "\xed\xbf\xbf"), 0);
  EXPECT_LT(compare("\xed\xbf\xbf", "\xee\x80\x80"), 0);
  EXPECT_LT(compare("\xee\x80\x80", "\xf0\x90\x80\x80"), 0);
  EXPECT_LT(compare("ab", "abc"), 0);
  EXPECT_EQ(compare("abc", "abc"), 0);
  EXPECT_GT(compare("b", "abc"), 0);
}
