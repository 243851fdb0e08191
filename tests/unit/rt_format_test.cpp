// Unit tests of molt/format.h; expectations come from CPython 3.12 (the
// Python expression is in the comment). tests/rt/format_diff.py compares
// thousands of random cases of int/str/% formatting as well.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "molt/format.h"

using namespace molt::rt;

namespace {

// "OK:<text>" or "<status>:<message>".
std::string tag(FmtStatus st, const std::string &out, const std::string &err) {
  switch (st) {
  case FmtStatus::Ok:
    return "OK:" + out;
  case FmtStatus::ValueError:
    return "ValueError:" + err;
  case FmtStatus::OverflowError:
    return "OverflowError:" + err;
  case FmtStatus::TypeError:
    return "TypeError:" + err;
  default:
    return "MemoryError:" + err;
  }
}

std::string fi(int64_t v, const char *spec) {
  std::string out, err;
  FmtStatus st = intFormat(v, spec, out, err);
  return tag(st, out, err);
}

std::string fbig(const char *lit, const char *spec) {
  BigInt b = big_parse(lit);
  std::string out, err;
  FmtStatus st = intFormat(b.ref(), spec, out, err);
  return tag(st, out, err);
}

std::string fs(const char *s, const char *spec) {
  std::string out, err;
  FmtStatus st = strFormat(s, spec, out, err);
  return tag(st, out, err);
}

PercentSpec pspec(char type, int64_t width = -1, int64_t prec = -1) {
  PercentSpec s;
  s.type = type;
  s.width = width;
  s.precision = prec;
  return s;
}

} // namespace

TEST(RtFormat, IntFormat) {
  EXPECT_EQ(fi(65, "c"), "OK:A");                           // format(65, 'c')
  EXPECT_EQ(fi(233, "^5c"), "OK:  \xc3\xa9  ");              // format(233, '^5c')
  EXPECT_EQ(fi(12345678, "_x"), "OK:bc_614e");               // format(12345678, '_x')
  EXPECT_EQ(fi(-255, "#010_x"), "OK:-0x00_00ff");            // format(-255, '#010_x')
  EXPECT_EQ(fi(-255, "=#10x"), "OK:-0x     ff");             // format(-255, '=#10x')
  EXPECT_EQ(fi(1234567, "010,"), "OK:01,234,567");           // format(1234567, '010,')
  EXPECT_EQ(fi(1234, "08,"), "OK:0,001,234");                // format(1234, '08,')
  EXPECT_EQ(fi(5, "=^10"), "OK:====5=====");                 // format(5, '=^10')
  EXPECT_EQ(fi(255, "#b"), "OK:0b11111111");                 // format(255, '#b')
  EXPECT_EQ(fi(255, "#X"), "OK:0XFF");                       // format(255, '#X')
  EXPECT_EQ(fi(42, "+d"), "OK:+42");                         // format(42, '+d')
  EXPECT_EQ(fi(42, " "), "OK: 42");                          // format(42, ' ')
  EXPECT_EQ(fi(1234, "n"), "OK:1234");                       // format(1234, 'n')
  EXPECT_EQ(fi(12, "%"), "OK:1200.000000%");                 // format(12, '%')
  EXPECT_EQ(fi(3, ".1%"), "OK:300.0%");                      // format(3, '.1%')
  EXPECT_EQ(fi(1, "zf"), "OK:1.000000");                     // format(1, 'zf')
  EXPECT_EQ(fi(65, "c<"), "OK:65");                          // format(65, 'c<')
  EXPECT_EQ(fi(INT64_MIN, ","), "OK:-9,223,372,036,854,775,808"); // format(-2**63, ',')
  EXPECT_EQ(fbig("-1000000000000000000000000000000", "+040,"),
            "OK:-1,000,000,000,000,000,000,000,000,000,000"); // format(-10**30, '+040,')
  EXPECT_EQ(fbig("-1000000000000", "+020,"), "OK:-001,000,000,000,000"); // format(-10**12, '+020,')
  EXPECT_EQ(fbig("0x123456789abcdef0123", "#_X"), "OK:0X123_4567_89AB_CDEF_0123");
}

TEST(RtFormat, IntFormatErrors) {
  EXPECT_EQ(fi(-1, "c"), "OverflowError:%c arg not in range(0x110000)");
  EXPECT_EQ(fi(0x110000, "c"), "OverflowError:%c arg not in range(0x110000)");
  EXPECT_EQ(fbig("100000000000000000000000", "c"),
            "OverflowError:Python int too large to convert to C long"); // format(10**23, 'c')
  EXPECT_EQ(fi(65, "+c"), "ValueError:Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(fi(65, "#c"),
            "ValueError:Alternate form (#) not allowed with integer format specifier 'c'");
  EXPECT_EQ(fi(65, ",c"), "ValueError:Cannot specify ',' with 'c'.");
  EXPECT_EQ(fi(1, ",,"), "ValueError:Cannot specify ',' with ','.");
  EXPECT_EQ(fi(1, ",x"), "ValueError:Cannot specify ',' with 'x'.");
  EXPECT_EQ(fi(1, "_n"), "ValueError:Cannot specify '_' with 'n'.");
  EXPECT_EQ(fi(1, "q"), "ValueError:Unknown format code 'q' for object of type 'int'");
  EXPECT_EQ(fi(1, ".2d"), "ValueError:Precision not allowed in integer format specifier");
  EXPECT_EQ(fi(1, "z.2d"), "ValueError:Precision not allowed in integer format specifier");
  EXPECT_EQ(fi(1, "zd"),
            "ValueError:Negative zero coercion (z) not allowed in integer format specifier");
  std::string big = "1" + std::string(400, '0');
  EXPECT_EQ(fbig(big.c_str(), "e"), "OverflowError:int too large to convert to float");
  std::string huge = "1" + std::string(5000, '0');
  EXPECT_EQ(fbig(huge.c_str(), "d").size(), 3 + 5001u); // format(10**5000, 'd') is not limited
  EXPECT_EQ(fbig(huge.c_str(), "").substr(0, 30), "ValueError:Exceeds the limit (");
}

TEST(RtFormat, StrFormat) {
  EXPECT_EQ(fs("abcdef", ".2"), "OK:ab");              // format('abcdef', '.2')
  EXPECT_EQ(fs("abc", "^7.2"), "OK:  ab   ");          // format('abc', '^7.2')
  EXPECT_EQ(fs("abc", "010"), "OK:abc0000000");        // format('abc', '010')
  EXPECT_EQ(fs("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "*^6.2"),
            "OK:**\xc3\xa9\xe2\x82\xac**");           // format('é€😀', '*^6.2')
  EXPECT_EQ(fs("ab", "\xc3\xa9>4"), "OK:\xc3\xa9\xc3\xa9" "ab"); // format('ab', 'é>4')
  EXPECT_EQ(fs("abc", "+"), "ValueError:Sign not allowed in string format specifier");
  EXPECT_EQ(fs("abc", " "), "ValueError:Space not allowed in string format specifier");
  EXPECT_EQ(fs("abc", "#"), "ValueError:Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(fs("abc", "="), "ValueError:'=' alignment not allowed in string format specifier");
  EXPECT_EQ(fs("abc", "z"),
            "ValueError:Negative zero coercion (z) not allowed in string format specifier");
  EXPECT_EQ(fs("abc", "d"), "ValueError:Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(fs("abc", ","), "ValueError:Cannot specify ',' with 's'.");
  EXPECT_EQ(fs("abc", ".2,s"), "ValueError:Invalid format specifier '.2,s' for object of type 'str'");
}

TEST(RtFormat, PercentParse) {
  std::vector<PercentItem> items;
  // 'a%(x)-5.3d%%b%*s' parses into literal, conversion, literal '%b', conversion
  EXPECT_EQ(percentParse("a%(x)-5.3d%%b%*s", items), FmtStatus::Ok);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].text, "a");
  EXPECT_TRUE(items[1].hasKey);
  EXPECT_EQ(items[1].key, "x");
  EXPECT_TRUE(items[1].spec.left);
  EXPECT_EQ(items[1].spec.width, 5);
  EXPECT_EQ(items[1].spec.precision, 3);
  EXPECT_EQ(items[1].spec.type, 'd');
  EXPECT_EQ(items[2].text, "%b");
  EXPECT_TRUE(items[3].widthStar);
  EXPECT_EQ(items[3].spec.type, 's');
  // 'abc%' % () -> ValueError: incomplete format
  EXPECT_EQ(percentParse("abc%", items), FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "incomplete format");
  // '%(a' % {} -> ValueError: incomplete format key
  EXPECT_EQ(percentParse("%(a", items), FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "incomplete format key");
  // 'ab%y' % 1 -> unsupported format character 'y' (0x79) at index 3
  EXPECT_EQ(percentParse("ab%y", items), FmtStatus::Ok);
  EXPECT_FALSE(items.back().supported);
  EXPECT_EQ(items.back().error, "unsupported format character 'y' (0x79) at index 3");
  // '\u00e9%\u00e9' % 1 -> unsupported format character '?' (0xe9) at index 2
  percentParse("\xc3\xa9%\xc3\xa9", items);
  EXPECT_EQ(items.back().error, "unsupported format character '?' (0xe9) at index 2");
  // '%99999999999999999999d' % 1 -> ValueError: width too big
  EXPECT_EQ(percentParse("%99999999999999999999d", items), FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "width too big");
  EXPECT_EQ(percentParse("%.2147483648d", items), FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "precision too big");
  // '%*' % (1,) fetches the '*' argument, then: incomplete format
  percentParse("%*", items);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[0].partial);
  EXPECT_EQ(items[1].kind, PercentItem::Error);
}

TEST(RtFormat, PercentParseBytes) {
  std::vector<PercentItem> items;
  const PercentKind B = PercentKind::Bytes;
  // b'%b|%-3.1b' parses %b as a conversion (str % has no %b)
  EXPECT_EQ(percentParse("%b|%-3.1b", items, B), FmtStatus::Ok);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].spec.type, 'b');
  EXPECT_TRUE(items[2].spec.left);
  EXPECT_EQ(items[2].spec.precision, 1);
  percentParse("%b", items);
  EXPECT_FALSE(items.back().supported);
  // b'\xc3\xa9%y' % 1 -> the index counts bytes
  percentParse("\xc3\xa9%y", items, B);
  EXPECT_EQ(items.back().status, FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "unsupported format character 'y' (0x79) at index 3");
  // b'%\x01' % 1 -> the control character as itself
  percentParse("%\x01", items, B);
  EXPECT_EQ(items.back().error,
            std::string("unsupported format character '\x01' (0x1) at index 1"));
  // b'%\xe9' % 1 -> OverflowError: character argument not in range(0x110000)
  percentParse("%\xe9", items, B);
  EXPECT_FALSE(items.back().supported);
  EXPECT_EQ(items.back().status, FmtStatus::OverflowError);
  EXPECT_EQ(items.back().error, "character argument not in range(0x110000)");
  // b'%.2147483648d' % 1 -> ValueError: prec too big
  EXPECT_EQ(percentParse("%.2147483648d", items, B), FmtStatus::ValueError);
  EXPECT_EQ(items.back().error, "prec too big");
  // widths and precisions count bytes: b'%4.2s' % b'\xc3\xa9\xc3\xa9'
  std::string out, err;
  PercentSpec st = pspec('s', 4, 2);
  EXPECT_EQ(tag(percentFormatStr("\xc3\xa9\xc3\xa9", st, out, err, B), out, err), "OK:  \xc3\xa9");
  PercentArgs a;
  a.kind = B;
  a.isTuple = true;
  a.count = 1;
  EXPECT_EQ(percentFinish(a, err), FmtStatus::TypeError);
  EXPECT_EQ(err, "not all arguments converted during bytes formatting");
}

TEST(RtFormat, PercentArgs) {
  std::string err;
  int64_t idx;
  PercentArgs a;
  a.isTuple = true;
  a.count = 1;
  EXPECT_EQ(percentNextArg(a, idx, err), FmtStatus::Ok);
  EXPECT_EQ(percentNextArg(a, idx, err), FmtStatus::TypeError);
  EXPECT_EQ(err, "not enough arguments for format string");
  PercentArgs b;
  b.isTuple = true;
  b.count = 2;
  percentNextArg(b, idx, err);
  EXPECT_EQ(percentFinish(b, err), FmtStatus::TypeError);
  EXPECT_EQ(err, "not all arguments converted during string formatting");
  EXPECT_EQ(percentUseKey(b, err), FmtStatus::TypeError);
  EXPECT_EQ(err, "format requires a mapping");
  EXPECT_EQ(percentTypeMessage('d', "str"), "%d format: a real number is required, not str");
  EXPECT_EQ(percentTypeMessage('x', "float"), "%x format: an integer is required, not float");
}

TEST(RtFormat, PercentConversions) {
  std::string out, err;
  auto pi = [&](int64_t v, PercentSpec s) {
    out.clear();
    return tag(percentFormatInt(v, s, out, err), out, err);
  };
  PercentSpec s = pspec('d', 8, 3);
  s.zero = true;
  EXPECT_EQ(pi(-5, s), "OK:-0000005"); // '%08.3d' % -5
  s = pspec('x', -1, 5);
  s.plus = true;
  EXPECT_EQ(pi(255, s), "OK:+000ff"); // '%+.5x' % 255
  s = pspec('x', 8);
  s.alternate = true;
  s.zero = true;
  EXPECT_EQ(pi(-255, s), "OK:-0x000ff"); // '%#08x' % -255
  s = pspec('o', -1, 3);
  s.alternate = true;
  EXPECT_EQ(pi(8, s), "OK:0o010"); // '%#.3o' % 8
  s = pspec('x', -1, 0);
  s.alternate = true;
  EXPECT_EQ(pi(0, s), "OK:0x0"); // '%#.0x' % 0
  s = pspec('d', 8);
  s.left = true;
  s.zero = true;
  EXPECT_EQ(pi(5, s), "OK:5       "); // '%-08d' % 5
  EXPECT_EQ(pi(1, pspec('d', -1, 2147483645)), "OverflowError:precision too large");
  out.clear();
  PercentSpec c = pspec('c', 5);
  EXPECT_EQ(tag(percentFormatChar(int64_t(65), c, out, err), out, err), "OK:    A"); // '%5c' % 65
  out.clear();
  EXPECT_EQ(tag(percentFormatChar(int64_t(-1), c, out, err), out, err),
            "OverflowError:%c arg not in range(0x110000)");
  out.clear();
  PercentSpec st = pspec('s', 6, 2);
  EXPECT_EQ(tag(percentFormatStr("abcdef", st, out, err), out, err), "OK:    ab"); // '%6.2s'
  PercentSpec w = pspec('d');
  percentApplyStarWidth(w, -5);
  EXPECT_TRUE(w.left);
  EXPECT_EQ(w.width, 5);
  percentApplyStarPrecision(w, -3);
  EXPECT_EQ(w.precision, 0);
}

namespace {

// Renders parsed str.format items compactly: literals as-is, fields as
// {arg|chain|!conv|:spec}, errors as <message>.
std::string dump(const std::vector<FormatItem> &items) {
  std::string r;
  for (const FormatItem &it : items) {
    if (it.kind == FormatItem::Literal) {
      r.append(it.text);
    } else if (it.kind == FormatItem::Error) {
      r.append("<").append(it.error).append(">");
    } else {
      r += "{";
      r += it.isKeyword ? std::string(it.keyword) : std::to_string(it.argIndex);
      for (const FieldAccessor &a : it.chain) {
        if (a.kind == FieldAccessor::Attr) r.append(".").append(a.name);
        if (a.kind == FieldAccessor::Index) r.append("[#").append(std::to_string(a.index)).append("]");
        if (a.kind == FieldAccessor::Key) r.append("['").append(a.name).append("']");
      }
      if (it.chainStatus != FmtStatus::Ok) r.append("<").append(it.chainError).append(">");
      if (it.conversion) r.append("!").append(1, char(it.conversion));
      if (!it.conversionError.empty()) r.append("<").append(it.conversionError).append(">");
      if (it.specIsNested) r.append(":(").append(dump(it.specItems)).append(")");
      else if (!it.spec.empty()) r.append(":").append(it.spec);
      r += "}";
    }
  }
  return r;
}

std::string fp(const char *s) {
  std::vector<FormatItem> items;
  formatParse(s, items);
  return dump(items);
}

} // namespace

TEST(RtFormat, FieldParse) {
  EXPECT_EQ(fp("a{0.b[c]!r:x{y}}z{{"), "a{0.b['c']!r:(x{y})}z{");
  EXPECT_EQ(fp("{}{}"), "{0}{1}");
  EXPECT_EQ(fp("{:{}}"), "{0:({1})}");                   // '{:{}}'.format(1, '>5')
  EXPECT_EQ(fp("{0[1]}{0[-1]}{0[ 1]}"), "{0[#1]}{0['-1']}{0[' 1']}");
  EXPECT_EQ(fp("{0[}]}{0[:]}"), "{0['}']}{0[':']}");     // '{0[}]}' -> key '}'
  EXPECT_EQ(fp("{x.a}{00}"), "{x.a}{0}");
  EXPECT_EQ(fp("{\xd9\xa1}"), "{1}");                    // '{١}' is field 1
  EXPECT_EQ(fp("{0:{{}}}"), "{0:({})}");                 // spec '{{}}' expands to '{}'
  EXPECT_EQ(fp("{0:x}}}"), "{0:x}}");                    // 'F(x)}'
  EXPECT_EQ(fp("}"), "<Single '}' encountered in format string>");
  EXPECT_EQ(fp("a{"), "a<Single '{' encountered in format string>");
  EXPECT_EQ(fp("{0"), "<expected '}' before end of string>");
  EXPECT_EQ(fp("{0[}"), "<expected '}' before end of string>");
  EXPECT_EQ(fp("{0!"), "<end of string while looking for conversion specifier>");
  EXPECT_EQ(fp("{0!r"), "<unmatched '{' in format spec>");
  EXPECT_EQ(fp("{0:{1}"), "<unmatched '{' in format spec>");
  EXPECT_EQ(fp("{0!rr}"), "<expected ':' after conversion specifier>");
  EXPECT_EQ(fp("{0!x}"), "{0!x<Unknown conversion specifier x>}");
  EXPECT_EQ(fp("{0!\xc3\xa9}"), "{0!\xe9<Unknown conversion specifier \\xe9>}");
  EXPECT_EQ(fp("{0{1}}"), "<unexpected '{' in field name>");
  EXPECT_EQ(fp("{0:{1:{2}}}"), "{0:({1:(<Max string recursion exceeded>)})}");
  EXPECT_EQ(fp("{}{0}"),
            "{0}<cannot switch from automatic field numbering to manual field specification>");
  EXPECT_EQ(fp("{0}{}"),
            "{0}<cannot switch from manual field specification to automatic field numbering>");
  EXPECT_EQ(fp("{0:{}}"),
            "{0:(<cannot switch from manual field specification to automatic field numbering>)}");
  EXPECT_EQ(fp("{.}"), "{0<Empty attribute in format string>}");
  EXPECT_EQ(fp("{0.b..}"), "{0.b<Empty attribute in format string>}");
  EXPECT_EQ(fp("{0[]}"), "{0<Empty attribute in format string>}");
  EXPECT_EQ(fp("{0[a]x}"), "{0['a']<Only '.' or '[' may follow ']' in format field specifier>}");
  EXPECT_EQ(fp("{99999999999999999999}"), "<Too many decimal digits in format string>");
}
