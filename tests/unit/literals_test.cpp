// Tests of literal decoding against CPython 3.12's values and messages.
#include <gtest/gtest.h>

#include <string>

#include "syntax/Arena.h"
#include "syntax/Literals.h"

using namespace molt;

namespace {

std::string str(std::string_view body, bool raw = false) {
  std::string out, err;
  if (!decodeStrBody(body, raw, out, err)) return "ERR " + err;
  return out;
}

std::string bytes(std::string_view body, bool raw = false) {
  std::string out, err;
  if (!decodeBytesBody(body, raw, out, err)) return "ERR " + err;
  return out;
}

std::string num(std::string_view text) {
  Arena arena;
  ast::ConstValue v;
  std::string err;
  if (!parseNumber(text, arena, v, err)) return "ERR " + err;
  switch (v.kind) {
  case ast::ConstValue::Kind::Int: return "int " + std::string(v.text);
  case ast::ConstValue::Kind::Float: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "float %.17g", v.number);
    return buf;
  }
  case ast::ConstValue::Kind::Complex: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "complex %.17g", v.number);
    return buf;
  }
  default: return "?";
  }
}

const std::string kUE = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";

} // namespace

TEST(Literals, SimpleEscapes) {
  EXPECT_EQ(str("abc"), "abc");
  EXPECT_EQ(str("a\\\\b\\'c\\\"d"), "a\\b'c\"d");
  EXPECT_EQ(str("\\a\\b\\f\\n\\r\\t\\v"), "\a\b\f\n\r\t\v");
  EXPECT_EQ(str("a\\\nb"), "ab"); // backslash-newline
  EXPECT_EQ(str("\\101\\60\\0"), std::string("A0\0", 3));
  EXPECT_EQ(str("\\777"), "\xC7\xBF"); // U+01FF: CPython only warns
  EXPECT_EQ(str("\\x41\\u00e9\\U0001F600"), "A\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(str("\\ud800"), "\xED\xA0\x80"); // lone surrogate, WTF-8
  EXPECT_EQ(str("\\q\\8\\ "), "\\q\\8\\ ");     // invalid escapes are kept
  EXPECT_EQ(str("ab\\\xC3\xA9"), "ab\\\xC3\xA9");
  EXPECT_EQ(str("a\\{", false), "a\\{");
  EXPECT_EQ(str("abc\\"), "abc\\"); // f-string text before "\{"
}

TEST(Literals, Raw) {
  EXPECT_EQ(str("a\\nb\\x", true), "a\\nb\\x");
  EXPECT_EQ(bytes("a\\nb\\x", true), "a\\nb\\x");
}

TEST(Literals, StrErrors) {
  EXPECT_EQ(str("\\x4"), "ERR " + kUE + "0-2: truncated \\xXX escape");
  EXPECT_EQ(str("ab\\x4g"), "ERR " + kUE + "2-4: truncated \\xXX escape");
  EXPECT_EQ(str("\\x"), "ERR " + kUE + "0-1: truncated \\xXX escape");
  EXPECT_EQ(str("\\u12"), "ERR " + kUE + "0-3: truncated \\uXXXX escape");
  EXPECT_EQ(str("\\u12x4"), "ERR " + kUE + "0-3: truncated \\uXXXX escape");
  EXPECT_EQ(str("\\U1234567"), "ERR " + kUE + "0-8: truncated \\UXXXXXXXX escape");
  EXPECT_EQ(str("\\U00110000"), "ERR " + kUE + "0-9: illegal Unicode character");
  EXPECT_EQ(str("\\N{foo}"), "ERR " + kUE + "0-6: unknown Unicode character name");
  EXPECT_EQ(str("\\N{"), "ERR " + kUE + "0-2: malformed \\N character escape");
  EXPECT_EQ(str("\\N"), "ERR " + kUE + "0-1: malformed \\N character escape");
  EXPECT_EQ(str("\\Nx"), "ERR " + kUE + "0-1: malformed \\N character escape");
  EXPECT_EQ(str("\\N{}"), "ERR " + kUE + "0-2: malformed \\N character escape");
  EXPECT_EQ(str("\\N{DASH"), "ERR " + kUE + "0-6: malformed \\N character escape");
  // Non-ASCII characters count 10 bytes (CPython rewrites them as \UXXXXXXXX).
  EXPECT_EQ(str("\xC3\xA9\\x4"), "ERR " + kUE + "10-12: truncated \\xXX escape");
  EXPECT_EQ(str("\\N{LATIN SMALL LETTER A}\\x"), "ERR " + kUE + "24-25: truncated \\xXX escape");
}

TEST(Literals, NamedEscape) { EXPECT_EQ(str("\\N{LATIN SMALL LETTER A}b"), "ab"); }

TEST(Literals, Bytes) {
  EXPECT_EQ(bytes("abc"), "abc");
  EXPECT_EQ(bytes("\\x41\\101\\n\\\\"), "AA\n\\");
  EXPECT_EQ(bytes("\\777"), "\xFF");
  EXPECT_EQ(bytes("\\u1234\\N{x}"), "\\u1234\\N{x}");
  EXPECT_EQ(bytes("\\x4"), "ERR (value error) invalid \\x escape at position 0");
  EXPECT_EQ(bytes("ab\\x"), "ERR (value error) invalid \\x escape at position 2");
  EXPECT_EQ(bytes("\xC3\xA9"), "ERR bytes can only contain ASCII literal characters");
}

TEST(Literals, Integers) {
  EXPECT_EQ(num("0"), "int 0");
  EXPECT_EQ(num("00"), "int 0");
  EXPECT_EQ(num("0_0"), "int 0");
  EXPECT_EQ(num("1_000_000"), "int 1000000");
  EXPECT_EQ(num("0xdead_BEEF"), "int 3735928559");
  EXPECT_EQ(num("0o777"), "int 511");
  EXPECT_EQ(num("0b1010"), "int 10");
  EXPECT_EQ(num("0x0"), "int 0");
  EXPECT_EQ(num("0xffffffffffffffffffffffffffffffff"), "int 340282366920938463463374607431768211455");
  EXPECT_EQ(num("0o1777777777777777777777"), "int 18446744073709551615");
  EXPECT_EQ(num("0b" + std::string(100, '1')), "int 1267650600228229401496703205375");
  EXPECT_EQ(num("123456789012345678901234567890"), "int 123456789012345678901234567890");
  EXPECT_EQ(num(std::string(5000, '0')), "int 0");
  EXPECT_EQ(num("1" + std::string(4299, '0')).size(), 4 + 4300u);
  EXPECT_EQ(num("1_" + std::string(4300, '0')),
            "ERR Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use "
            "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
            "to avoid decimal conversion limits.");
  EXPECT_EQ(num("0x" + std::string(5000, 'f')).substr(0, 10), "int 398027"); // no limit for hex
  EXPECT_EQ(num("0x" + std::string(5000, 'f')).size(), 4 + 6021u);
}

TEST(Literals, FloatsAndComplex) {
  EXPECT_EQ(num("1.5"), "float 1.5");
  EXPECT_EQ(num("1_000.000_1"), "float 1000.0001");
  EXPECT_EQ(num(".5"), "float 0.5");
  EXPECT_EQ(num("5."), "float 5");
  EXPECT_EQ(num("1e3"), "float 1000");
  EXPECT_EQ(num("1E-3"), "float 0.001");
  EXPECT_EQ(num("0.1"), "float 0.10000000000000001");
  EXPECT_EQ(num("1e999"), "float inf");
  EXPECT_EQ(num("1e-999"), "float 0");
  EXPECT_EQ(num("2j"), "complex 2");
  EXPECT_EQ(num("1.5e2J"), "complex 150");
  EXPECT_EQ(num("0_1j"), "complex 1");
  EXPECT_EQ(num("00j"), "complex 0");
}
