// ast.dump(include_attributes=True) for Molt's AST, derived from AST.def.
#include "syntax/ASTDump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "syntax/Unicode.h"

namespace molt {
namespace {

using namespace ast;

// Python's float repr core: 'r' format; addDot0 appends ".0" to integral
// fixed-point output (float repr does, complex repr does not).
std::string formatRepr(double v, bool addDot0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e[+-]XX.
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view s(buf, res.ptr - buf);
  std::string out;
  if (!s.empty() && s[0] == '-') {
    out += '-';
    s.remove_prefix(1);
  }
  size_t e = s.find('e');
  std::string digits;
  for (char c : s.substr(0, e))
    if (c != '.') digits += c;
  int exp = std::atoi(std::string(s.substr(e + 1)).c_str());
  // Strip trailing zeros (to_chars already gives the shortest form, but 0 -> "0e+00").
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1; // position of the decimal point relative to digits
  int nd = static_cast<int>(digits.size());
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-decpt), '0');
      out += digits;
    } else if (decpt >= nd) {
      out += digits;
      out.append(static_cast<size_t>(decpt - nd), '0');
      if (addDot0) out += ".0";
    } else {
      out += digits.substr(0, decpt);
      out += '.';
      out += digits.substr(decpt);
    }
  } else {
    out += digits[0];
    if (nd > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int x = decpt - 1;
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += eb;
  }
  return out;
}

void appendEscapedCodePoint(std::string &out, char32_t c) {
  char buf[16];
  if (c < 0x100)
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
  else if (c < 0x10000)
    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
  out += buf;
}

// Decodes one WTF-8 sequence at s[i] (lead byte >= 0x80), advancing i. Lone
// surrogates are legal here; malformed input (never produced by the parser)
// decodes byte by byte as U+0080..U+00FF so nothing is lost.
char32_t decodeWtf8(std::string_view s, size_t &i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) {
    ++i;
    return b;
  }
  char32_t c = b & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char cb = static_cast<unsigned char>(s[i + k]);
    if ((cb & 0xC0) != 0x80) {
      ++i;
      return b;
    }
    c = (c << 6) | (cb & 0x3F);
  }
  i += len;
  return c;
}

class Dumper {
public:
  std::string out;

  void node(const Node *n) {
    if (!n) {
      out += "None";
      return;
    }
    switch (n->kind) {
#define F_NODE(T, n) field(#n, node_->n);
#define F_OPT(T, n) optNode(#n, node_->n);
#define F_SEQ(T, n) seqField(#n, node_->n);
#define F_IDENT(n) identField(#n, node_->n);
#define F_OPT_IDENT(n) optIdent(#n, node_->n);
#define F_IDENT_SEQ(n) identSeq(#n, node_->n);
#define F_OPT_STR(n) optIdent(#n, node_->n);
#define F_INT(n) intField(#n, node_->n);
#define F_CONST(n) constField(#n, node_->n);
#define F_ENUM(E, n) enumField(#n, node_->n);
#define F_ENUM_SEQ(E, n) enumSeq(#n, node_->n);
#define CASE(Name, HasAttrs, FIELDS)                                   \
  case NodeKind::Name: {                                               \
    [[maybe_unused]] auto *node_ = static_cast<const ast::Name *>(n);  \
    out += #Name "(";                                                  \
    first_ = true;                                                     \
    FIELDS                                                             \
    if (HasAttrs) attributes(n);                                       \
    out += ')';                                                        \
    return;                                                            \
  }
#define AST_NODE(Name, Category, FIELDS) CASE(Name, categoryHasAttrs(NodeKind::Name), FIELDS)
#define AST_PRODUCT(Name, HasAttributes, FIELDS) CASE(Name, HasAttributes, FIELDS)
#include "syntax/AST.def"
#undef CASE
#undef F_NODE
#undef F_OPT
#undef F_SEQ
#undef F_IDENT
#undef F_OPT_IDENT
#undef F_IDENT_SEQ
#undef F_OPT_STR
#undef F_INT
#undef F_CONST
#undef F_ENUM
#undef F_ENUM_SEQ
    }
  }

private:
  bool first_ = true;

  static bool categoryHasAttrs(NodeKind k) {
    // Only the mod and type_ignore categories lack position attributes.
    switch (k) {
    case NodeKind::Module:
    case NodeKind::Interactive:
    case NodeKind::Expression:
    case NodeKind::FunctionType:
    case NodeKind::TypeIgnore:
      return false;
    default:
      return true;
    }
  }

  void name(const char *n) {
    if (!first_) out += ", ";
    first_ = false;
    out += n;
    out += '=';
  }
  // Nested nodes reset first_, so save it around the recursive call.
  void field(const char *n, const Node *v) {
    name(n);
    bool saved = first_;
    node(v);
    first_ = saved;
  }
  void optNode(const char *n, const Node *v) {
    if (v) field(n, v);
  }
  template <typename T> void seqField(const char *n, const Seq<T> &s) {
    name(n);
    bool saved = first_;
    out += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) out += ", ";
      node(s[i]);
    }
    out += ']';
    first_ = saved;
  }
  void identField(const char *n, Ident v) {
    name(n);
    out += reprStr(v);
  }
  void optIdent(const char *n, Ident v) {
    if (v.data()) identField(n, v);
  }
  void identSeq(const char *n, const Seq<Ident> &s) {
    name(n);
    out += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) out += ", ";
      out += reprStr(s[i]);
    }
    out += ']';
  }
  void intField(const char *n, int v) {
    name(n);
    out += std::to_string(v);
  }
  void constField(const char *n, const ConstValue &c) {
    name(n);
    switch (c.kind) {
    case ConstValue::Kind::None: out += "None"; break;
    case ConstValue::Kind::True: out += "True"; break;
    case ConstValue::Kind::False: out += "False"; break;
    case ConstValue::Kind::Ellipsis: out += "Ellipsis"; break;
    case ConstValue::Kind::Int: out += c.text; break;
    case ConstValue::Kind::Float: out += reprFloat(c.number); break;
    case ConstValue::Kind::Complex:
      out += formatRepr(c.number, false);
      out += 'j';
      break;
    case ConstValue::Kind::Str: out += reprStr(c.text); break;
    case ConstValue::Kind::Bytes: out += reprBytes(c.text); break;
    }
  }
#define AST_ENUM_VALUE(V) #V,
#define AST_ENUM(Name, VALUES)                                       \
  void enumField(const char *n, Name v) {                            \
    name(n);                                                         \
    enumValue(v);                                                    \
  }                                                                  \
  void enumValue(Name v) {                                           \
    static const char *const names[] = {VALUES};                     \
    out += names[static_cast<int>(v)];                               \
    out += "()";                                                     \
  }
#include "syntax/AST.def"
#undef AST_ENUM_VALUE
  template <typename E> void enumSeq(const char *n, const Seq<E> &s) {
    name(n);
    out += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) out += ", ";
      enumValue(s[i]);
    }
    out += ']';
  }
  void attributes(const Node *n) {
    const Loc &l = n->loc;
    char buf[128];
    std::snprintf(buf, sizeof buf, "lineno=%u, col_offset=%u, end_lineno=%u, end_col_offset=%u",
                  l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    if (!first_) out += ", ";
    first_ = false;
    out += buf;
  }
};

} // namespace

std::string reprFloat(double v) { return formatRepr(v, true); }

std::string reprStr(std::string_view s) {
  // Python prefers single quotes unless the text has ' and no ".
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      if (b == static_cast<unsigned char>(quote) || b == '\\') {
        out += '\\';
        out += static_cast<char>(b);
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < 0x20 || b == 0x7f) {
        appendEscapedCodePoint(out, b);
      } else {
        out += static_cast<char>(b);
      }
      continue;
    }
    size_t start = i;
    char32_t c = decodeWtf8(s, i);
    if (unicode::isPrintable(c))
      out.append(s.substr(start, i - start));
    else
      appendEscapedCodePoint(out, c);
  }
  out += quote;
  return out;
}

std::string reprBytes(std::string_view s) {
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char b : s) {
    if (b == static_cast<unsigned char>(quote) || b == '\\') {
      out += '\\';
      out += static_cast<char>(b);
    } else if (b == '\t') {
      out += "\\t";
    } else if (b == '\n') {
      out += "\\n";
    } else if (b == '\r') {
      out += "\\r";
    } else if (b < 0x20 || b >= 0x7f) {
      appendEscapedCodePoint(out, b);
    } else {
      out += static_cast<char>(b);
    }
  }
  out += quote;
  return out;
}

std::string dumpAST(const ast::Node *n) {
  Dumper d;
  d.node(n);
  return std::move(d.out);
}

std::string_view ast::kindName(NodeKind k) {
  switch (k) {
#define AST_NODE(Name, Category, FIELDS) \
  case NodeKind::Name:                   \
    return #Name;
#define AST_PRODUCT(Name, HasAttributes, FIELDS) \
  case NodeKind::Name:                           \
    return #Name;
#include "syntax/AST.def"
  }
  return "?";
}

} // namespace molt
