// ast.dump(include_attributes=True) for Molt's AST, derived from AST.def.
#include "syntax/ASTDump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

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

// Dumps iteratively: expanding a node yields a run of text pieces and child
// nodes, pushed on an explicit stack, so arbitrarily deep trees (which the
// parser accepts, e.g. 100000 chained attributes) cannot overflow the C stack.
class Dumper {
public:
  std::string out;

  void run(const Node *root) {
    stack_.push_back(Item{root, 0, 0});
    while (!stack_.empty()) {
      Item it = stack_.back();
      stack_.pop_back();
      if (!it.isNode) {
        out.append(pool_, it.begin, it.len);
        continue;
      }
      if (!it.node) {
        out += "None";
        continue;
      }
      size_t mark = pending_.size();
      expand(it.node);
      // Push this node's pieces in reverse so they pop in order.
      for (size_t i = pending_.size(); i > mark; --i) stack_.push_back(pending_[i - 1]);
      pending_.resize(mark);
      if (stack_.empty()) pool_.clear(); // all text consumed
    }
  }

private:
  struct Item {
    const Node *node;
    uint32_t begin, len;
    bool isNode = true;
  };
  std::vector<Item> stack_, pending_;
  std::string pool_; // text of pending pieces
  std::string text_; // text being accumulated for the next piece
  bool first_ = true;

  void flushText() {
    if (text_.empty()) return;
    pending_.push_back(Item{nullptr, static_cast<uint32_t>(pool_.size()),
                            static_cast<uint32_t>(text_.size()), false});
    pool_ += text_;
    text_.clear();
  }
  void child(const Node *n) {
    flushText();
    pending_.push_back(Item{n, 0, 0, true});
  }

  void expand(const Node *n) {
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
    text_ += #Name "(";                                                \
    first_ = true;                                                     \
    FIELDS                                                             \
    if (HasAttrs) attributes(n);                                       \
    text_ += ')';                                                      \
    break;                                                             \
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
    flushText();
  }

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
    if (!first_) text_ += ", ";
    first_ = false;
    text_ += n;
    text_ += '=';
  }
  void field(const char *n, const Node *v) {
    name(n);
    child(v);
  }
  void optNode(const char *n, const Node *v) {
    if (v) field(n, v);
  }
  template <typename T> void seqField(const char *n, const Seq<T> &s) {
    name(n);
    text_ += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) text_ += ", ";
      child(s[i]);
    }
    text_ += ']';
  }
  void identField(const char *n, Ident v) {
    name(n);
    text_ += reprStr(v);
  }
  void optIdent(const char *n, Ident v) {
    if (v.data()) identField(n, v);
  }
  void identSeq(const char *n, const Seq<Ident> &s) {
    name(n);
    text_ += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) text_ += ", ";
      text_ += reprStr(s[i]);
    }
    text_ += ']';
  }
  void intField(const char *n, int v) {
    name(n);
    text_ += std::to_string(v);
  }
  void constField(const char *n, const ConstValue &c) {
    name(n);
    switch (c.kind) {
    case ConstValue::Kind::None: text_ += "None"; break;
    case ConstValue::Kind::True: text_ += "True"; break;
    case ConstValue::Kind::False: text_ += "False"; break;
    case ConstValue::Kind::Ellipsis: text_ += "Ellipsis"; break;
    case ConstValue::Kind::Int: text_ += c.text; break;
    case ConstValue::Kind::Float: text_ += reprFloat(c.number); break;
    case ConstValue::Kind::Complex:
      text_ += formatRepr(c.number, false);
      text_ += 'j';
      break;
    case ConstValue::Kind::Str: text_ += reprStr(c.text); break;
    case ConstValue::Kind::Bytes: text_ += reprBytes(c.text); break;
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
    text_ += names[static_cast<int>(v)];                             \
    text_ += "()";                                                   \
  }
#include "syntax/AST.def"
#undef AST_ENUM_VALUE
  template <typename E> void enumSeq(const char *n, const Seq<E> &s) {
    name(n);
    text_ += '[';
    for (uint32_t i = 0; i < s.size; ++i) {
      if (i) text_ += ", ";
      enumValue(s[i]);
    }
    text_ += ']';
  }
  void attributes(const Node *n) {
    const Loc &l = n->loc;
    char buf[128];
    std::snprintf(buf, sizeof buf, "lineno=%u, col_offset=%u, end_lineno=%u, end_col_offset=%u",
                  l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
    if (!first_) text_ += ", ";
    first_ = false;
    text_ += buf;
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
  d.run(n);
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
