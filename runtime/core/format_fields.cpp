// str.format / format_map string parsing (see molt/format.h): literal text and
// replacement fields {name!conv:spec}, with CPython 3.12's error messages and
// the order in which it raises them.
#include "molt/format.h"
#include "textfmt.h"

#include <cstdio>

#include "molt/unicode_db.h"

namespace molt::rt {

namespace {

size_t decodeAt(std::string_view s, size_t i, char32_t &cp) {
  unsigned char c = (unsigned char)s[i];
  size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (len == 1 || i + len > s.size()) {
    cp = c;
    return 1;
  }
  char32_t v = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k)
    v = (v << 6) | ((unsigned char)s[i + k] & 0x3F);
  cp = v;
  return len;
}

// Result of reading a field-name part as an integer.
enum class NumKind { NotNumber, Number, TooBig };

// A part made only of Unicode decimal digits is an integer (like CPython).
NumKind parseNumber(std::string_view s, int64_t &value) {
  if (s.empty()) return NumKind::NotNumber;
  value = 0;
  bool big = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c;
    i += decodeAt(s, i, c);
    int d = (c >= '0' && c <= '9') ? int(c - '0') : c < 0x80 ? -1 : ucd::decimalValue(c);
    if (d < 0) return NumKind::NotNumber;
    if (!big && value > (INT64_MAX - d) / 10) big = true;
    if (!big) value = value * 10 + d;
  }
  return big ? NumKind::TooBig : NumKind::Number;
}

struct Parser {
  int mode = 0; // 0: undecided, 1: automatic numbering, 2: manual
  int64_t autoNext = 0;

  static FmtStatus fail(std::vector<FormatItem> &items, const char *msg) {
    FormatItem it;
    it.kind = FormatItem::Error;
    it.status = FmtStatus::ValueError;
    it.error = msg;
    items.push_back(std::move(it));
    return FmtStatus::ValueError;
  }

  // Splits the field name into first part + accessor chain.
  // Returns false (with an Error item pushed) on a numbering error.
  bool fieldName(std::string_view name, FormatItem &it, std::vector<FormatItem> &items) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[')
      ++i;
    std::string_view first = name.substr(0, i);
    int64_t num = 0;
    if (first.empty()) {
      if (mode == 2) {
        fail(items, "cannot switch from manual field specification to automatic field numbering");
        return false;
      }
      mode = 1;
      it.argIndex = autoNext++;
    } else {
      NumKind k = parseNumber(first, num);
      if (k == NumKind::TooBig) {
        fail(items, "Too many decimal digits in format string");
        return false;
      }
      if (k == NumKind::Number) {
        if (mode == 1) {
          fail(items, "cannot switch from automatic field numbering to manual field specification");
          return false;
        }
        mode = 2;
        it.argIndex = num;
      } else {
        it.isKeyword = true;
        it.keyword = first;
      }
    }
    // The chain: errors are recorded after the accessors that precede them.
    auto chainFail = [&](const char *msg) {
      it.chainStatus = FmtStatus::ValueError;
      it.chainError = msg;
      return true;
    };
    while (i < name.size()) {
      char c = name[i++];
      FieldAccessor a;
      if (c == '.') {
        size_t s = i;
        while (i < name.size() && name[i] != '.' && name[i] != '[')
          ++i;
        if (i == s) return chainFail("Empty attribute in format string");
        a.kind = FieldAccessor::Attr;
        a.name = name.substr(s, i - s);
      } else if (c == '[') {
        size_t s = i;
        while (i < name.size() && name[i] != ']')
          ++i;
        if (i >= name.size()) return chainFail("Missing ']' in format string");
        std::string_view key = name.substr(s, i - s);
        ++i; // ']'
        if (key.empty()) return chainFail("Empty attribute in format string");
        int64_t v = 0;
        NumKind k = parseNumber(key, v);
        if (k == NumKind::TooBig) return chainFail("Too many decimal digits in format string");
        if (k == NumKind::Number) {
          a.kind = FieldAccessor::Index;
          a.index = v;
        } else {
          a.kind = FieldAccessor::Key;
        }
        a.name = key;
        if (i < name.size() && name[i] != '.' && name[i] != '[') {
          it.chain.push_back(a);
          return chainFail("Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        return chainFail("Only '.' or '[' may follow ']' in format field specifier");
      }
      it.chain.push_back(a);
    }
    return true;
  }

  // Parses fmt into items at the given recursion depth.
  FmtStatus parse(std::string_view fmt, int depth, std::vector<FormatItem> &items) {
    size_t n = fmt.size();
    size_t i = 0, litStart = 0;
    auto flush = [&](size_t end) {
      if (end > litStart) {
        FormatItem it;
        it.kind = FormatItem::Literal;
        it.text = fmt.substr(litStart, end - litStart);
        items.push_back(std::move(it));
      }
    };
    while (i < n) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') {
          flush(i + 1);
          i += 2;
          litStart = i;
          continue;
        }
        flush(i);
        return fail(items, "Single '}' encountered in format string");
      }
      if (c != '{') {
        ++i;
        continue;
      }
      if (i + 1 < n && fmt[i + 1] == '{') {
        flush(i + 1);
        i += 2;
        litStart = i;
        continue;
      }
      flush(i);
      if (i + 1 >= n) return fail(items, "Single '{' encountered in format string");
      // Field name: up to '!', ':' or '}', brackets hide everything inside.
      size_t j = i + 1;
      size_t nameStart = j;
      while (j < n) {
        char d = fmt[j];
        if (d == '[') {
          while (j < n && fmt[j] != ']')
            ++j;
          if (j >= n) break;
          ++j;
          continue;
        }
        if (d == '{') return fail(items, "unexpected '{' in field name");
        if (d == '}' || d == ':' || d == '!') break;
        ++j;
      }
      if (j >= n) return fail(items, "expected '}' before end of string");
      FormatItem it;
      it.kind = FormatItem::Field;
      std::string_view name = fmt.substr(nameStart, j - nameStart);
      if (fmt[j] == '!') {
        ++j;
        if (j >= n) return fail(items, "end of string while looking for conversion specifier");
        char32_t conv;
        j += decodeAt(fmt, j, conv);
        it.conversion = conv;
        if (conv != 'r' && conv != 's' && conv != 'a') {
          char buf[64];
          int m;
          if (conv >= 32 && conv < 127)
            m = formatBuf(buf, sizeof buf, "Unknown conversion specifier %c", char(conv));
          else
            m = formatBuf(buf, sizeof buf, "Unknown conversion specifier \\x%x", unsigned(conv));
          it.conversionError.assign(buf, size_t(m));
        }
        if (j >= n) return fail(items, "unmatched '{' in format spec");
        if (fmt[j] != ':' && fmt[j] != '}')
          return fail(items, "expected ':' after conversion specifier");
      }
      bool nested = false;
      if (fmt[j] == ':') {
        ++j;
        size_t specStart = j;
        int count = 1;
        while (j < n) {
          if (fmt[j] == '{') {
            ++count;
            nested = true;
          } else if (fmt[j] == '}') {
            if (--count == 0) break;
          }
          ++j;
        }
        if (j >= n) return fail(items, "unmatched '{' in format spec");
        it.spec = fmt.substr(specStart, j - specStart);
      }
      i = j + 1; // past the closing '}'
      litStart = i;
      if (!fieldName(name, it, items)) return FmtStatus::ValueError;
      if (nested) {
        it.specIsNested = true;
        if (depth <= 1) {
          fail(it.specItems, "Max string recursion exceeded");
        } else {
          parse(it.spec, depth - 1, it.specItems);
        }
      }
      items.push_back(std::move(it));
    }
    flush(n);
    return FmtStatus::Ok;
  }
};

} // namespace

FmtStatus formatParse(std::string_view fmt, std::vector<FormatItem> &items) {
  items.clear();
  Parser p;
  return p.parse(fmt, 2, items);
}

} // namespace molt::rt
