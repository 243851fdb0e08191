// The SyntaxWarnings CPython 3.12 emits while compiling a module: the
// tokenizer's (invalid number literal endings, '\{' in f-strings), the
// parser's string decoding (invalid escape sequences) and the compiler's
// checks ("is" with a literal, calling/subscripting a literal, assert on a
// tuple). Collected per module; printed by the runtime before the module body.
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "sema/Sema.h"
#include "syntax/AST.h"
#include "syntax/Lexer.h"

namespace molt::sema {
namespace {

using ast::ConstValue;
using ast::NodeKind;

/// First invalid escape in the body of a non-raw literal: "" if none, else
/// CPython's warning message.
std::string escapeWarning(std::string_view body, bool isBytes, bool fstringMiddle) {
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\') continue;
    if (i + 1 >= body.size()) return "";
    char c = body[++i];
    if (c >= '0' && c <= '7') {
      size_t j = i;
      int v = 0;
      while (j < body.size() && j < i + 3 && body[j] >= '0' && body[j] <= '7')
        v = v * 8 + (body[j++] - '0');
      if (v > 0377)
        return "invalid octal escape sequence '\\" + std::string(body.substr(i, 3)) + "'";
      i = j - 1;
      continue;
    }
    switch (c) {
    case '\n':
    case '\r':
    case '\\':
    case '\'':
    case '"':
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case 'x':
      continue;
    case 'N':
    case 'u':
    case 'U':
      if (!isBytes) continue;
      break;
    case '{':
    case '}':
      if (fstringMiddle) continue; // the tokenizer warned already
      break;
    default:
      if (static_cast<unsigned char>(c) >= 0x80) continue;
      break;
    }
    return std::string("invalid escape sequence '\\") + c + "'";
  }
  return "";
}

/// Scans a STRING token: prefix letters, quotes, body.
void stringTokenWarning(std::string_view text, uint32_t line, std::vector<Warning> &out) {
  size_t p = 0;
  bool raw = false, bytes = false;
  while (p < text.size() && text[p] != '\'' && text[p] != '"') {
    char c = text[p++];
    if (c == 'r' || c == 'R') raw = true;
    if (c == 'b' || c == 'B') bytes = true;
  }
  if (raw || p >= text.size()) return;
  size_t q = (text.size() - p >= 6 && text[p + 1] == text[p] && text[p + 2] == text[p]) ? 3 : 1;
  if (text.size() < p + 2 * q) return;
  std::string m = escapeWarning(text.substr(p + q, text.size() - p - 2 * q), bytes, false);
  if (!m.empty()) out.push_back({line, "SyntaxWarning", m});
}

/// Tokenizer and string-decoding warnings in CPython's order (approximately:
/// a plain string is decoded when the parser consumes it, f-string parts when
/// the whole string group is complete).
void lexWarnings(const SourceFile &src, std::vector<Warning> &out) {
  Lexer lex(src);
  size_t seen = 0;
  std::vector<bool> rawStack;
  std::vector<Warning> pending;
  for (;;) {
    Token t = lex.next();
    const auto &lw = lex.warnings();
    for (; seen < lw.size(); ++seen)
      out.push_back({lw[seen].lineno, "SyntaxWarning", lw[seen].msg});
    bool piece = false;
    switch (t.kind) {
    case Tok::STRING:
      stringTokenWarning(t.text, t.lineno, out);
      break;
    case Tok::FSTRING_START: {
      bool raw = false;
      for (char c : t.text)
        if (c == 'r' || c == 'R') raw = true;
      rawStack.push_back(raw);
      piece = true;
      break;
    }
    case Tok::FSTRING_MIDDLE:
      if (!rawStack.empty() && !rawStack.back()) {
        std::string m = escapeWarning(t.text, false, true);
        if (!m.empty()) pending.push_back({t.lineno, "SyntaxWarning", m});
      }
      piece = true;
      break;
    case Tok::FSTRING_END:
      if (!rawStack.empty()) rawStack.pop_back();
      piece = true;
      break;
    default:
      break;
    }
    if (!piece && rawStack.empty() && !pending.empty()) {
      for (auto &w : pending)
        out.push_back(std::move(w));
      pending.clear();
    }
    if (t.kind == Tok::ENDMARKER || t.kind == Tok::ERRORTOKEN) break;
  }
  for (auto &w : pending)
    out.push_back(std::move(w));
}

/// Type name of a constant value.
const char *constTypeName(const ConstValue &v) {
  switch (v.kind) {
  case ConstValue::Kind::None:
    return "NoneType";
  case ConstValue::Kind::True:
  case ConstValue::Kind::False:
    return "bool";
  case ConstValue::Kind::Ellipsis:
    return "ellipsis";
  case ConstValue::Kind::Int:
    return "int";
  case ConstValue::Kind::Float:
    return "float";
  case ConstValue::Kind::Complex:
    return "complex";
  case ConstValue::Kind::Str:
    return "str";
  case ConstValue::Kind::Bytes:
    return "bytes";
  }
  return "";
}

/// After CPython's constant folding: the type name of e if it folds to a
/// constant ("" if not); singleton is set for None/True/False/Ellipsis.
std::string foldedType(const ast::expr *e, bool &singleton) {
  singleton = false;
  if (!e) return "";
  switch (e->kind) {
  case NodeKind::Constant: {
    const auto &v = static_cast<const ast::Constant *>(e)->value;
    singleton = v.kind == ConstValue::Kind::None || v.kind == ConstValue::Kind::True ||
                v.kind == ConstValue::Kind::False || v.kind == ConstValue::Kind::Ellipsis;
    return constTypeName(v);
  }
  case NodeKind::UnaryOp: {
    auto *u = static_cast<const ast::UnaryOp *>(e);
    bool s;
    std::string t = foldedType(u->operand, s);
    if (t.empty()) return "";
    if (u->op == ast::unaryop::Not) {
      singleton = true;
      return "bool";
    }
    if (t == "bool") return "int";
    if (u->op == ast::unaryop::Invert) return t == "int" ? "int" : "";
    return t == "int" || t == "float" || t == "complex" ? t : "";
  }
  case NodeKind::BinOp: {
    auto *b = static_cast<const ast::BinOp *>(e);
    bool s;
    std::string l = foldedType(b->left, s), r = foldedType(b->right, s);
    if (l.empty() || r.empty()) return "";
    auto num = [](const std::string &t) {
      return t == "int" || t == "bool" || t == "float" || t == "complex";
    };
    using ast::binop;
    if (num(l) && num(r)) {
      if (b->op == binop::MatMult) return "";
      if (l == "complex" || r == "complex") return "complex";
      if (l == "float" || r == "float") return "float";
      if (b->op == binop::Div) return "float";
      if (b->op == binop::Pow) return ""; // may be float or refused when large
      if ((b->op == binop::BitAnd || b->op == binop::BitOr || b->op == binop::BitXor) &&
          l == "bool" && r == "bool") {
        singleton = true;
        return "bool";
      }
      return "int";
    }
    if (b->op == binop::Add && l == r && (l == "str" || l == "bytes" || l == "tuple")) return l;
    if (b->op == binop::Mult && (l == "str" || l == "bytes" || l == "tuple") &&
        (r == "int" || r == "bool"))
      return l;
    return "";
  }
  case NodeKind::Tuple: {
    auto *t = static_cast<const ast::Tuple *>(e);
    if (t->ctx != ast::expr_context::Load) return "";
    bool s;
    for (auto *x : t->elts)
      if (foldedType(x, s).empty()) return "";
    return "tuple";
  }
  default:
    return "";
  }
}

/// CPython's infer_type: a type name for literal displays and constants, "" otherwise.
std::string inferType(const ast::expr *e) {
  bool s;
  std::string t = foldedType(e, s);
  if (!t.empty()) return t;
  switch (e->kind) {
  case NodeKind::Tuple:
    return "tuple";
  case NodeKind::List:
  case NodeKind::ListComp:
    return "list";
  case NodeKind::Dict:
  case NodeKind::DictComp:
    return "dict";
  case NodeKind::Set:
  case NodeKind::SetComp:
    return "set";
  case NodeKind::GeneratorExp:
    return "generator";
  case NodeKind::Lambda:
    return "function";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue:
    return "str";
  default:
    return "";
  }
}

/// Concatenates its arguments (appending avoids a GCC 12 -Wrestrict false positive).
template <typename... T> std::string cat(const T &...parts) {
  std::string r;
  (r.append(parts), ...);
  return r;
}

bool isConst(const ast::expr *e) {
  bool s;
  return !foldedType(e, s).empty();
}

void checkNode(const ast::Node *n, std::vector<Warning> &out) {
  auto warn = [&](uint32_t line, std::string msg) {
    out.push_back({line, "SyntaxWarning", std::move(msg)});
  };
  switch (n->kind) {
  case NodeKind::Compare: {
    auto *c = static_cast<const ast::Compare *>(n);
    auto isArgOk = [](const ast::expr *e) {
      bool s;
      return foldedType(e, s).empty() || s;
    };
    const ast::expr *left = c->left;
    bool lok = isArgOk(left);
    for (uint32_t i = 0; i < c->ops.size && i < c->comparators.size; ++i) {
      const ast::expr *right = c->comparators[i];
      bool rok = isArgOk(right);
      auto op = c->ops[i];
      if ((op == ast::cmpop::Is || op == ast::cmpop::IsNot) && (!lok || !rok)) {
        std::string t = inferType(!lok ? left : right);
        warn(n->loc.lineno, op == ast::cmpop::Is
                                ? cat("\"is\" with '", t, "' literal. Did you mean \"==\"?")
                                : cat("\"is not\" with '", t, "' literal. Did you mean \"!=\"?"));
        return;
      }
      lok = rok;
      left = right;
    }
    return;
  }
  case NodeKind::Call: {
    const ast::expr *f = static_cast<const ast::Call *>(n)->func;
    switch (f->kind) {
    case NodeKind::Constant:
    case NodeKind::Tuple:
    case NodeKind::List:
    case NodeKind::ListComp:
    case NodeKind::Dict:
    case NodeKind::DictComp:
    case NodeKind::Set:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp:
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      warn(f->loc.lineno,
           cat("'", inferType(f), "' object is not callable; perhaps you missed a comma?"));
      break;
    default:
      if (isConst(f))
        warn(f->loc.lineno,
             cat("'", inferType(f), "' object is not callable; perhaps you missed a comma?"));
      break;
    }
    return;
  }
  case NodeKind::Subscript: {
    auto *s = static_cast<const ast::Subscript *>(n);
    if (s->ctx != ast::expr_context::Load) return;
    const ast::expr *v = s->value;
    std::string vt = inferType(v);
    bool constant = isConst(v);
    if ((constant && vt != "str" && vt != "bytes" && vt != "tuple") || v->kind == NodeKind::Set ||
        v->kind == NodeKind::SetComp || v->kind == NodeKind::GeneratorExp ||
        v->kind == NodeKind::Lambda) {
      warn(v->loc.lineno,
           cat("'", vt, "' object is not subscriptable; perhaps you missed a comma?"));
      return;
    }
    if (constant || v->kind == NodeKind::Tuple || v->kind == NodeKind::List ||
        v->kind == NodeKind::ListComp || v->kind == NodeKind::JoinedStr ||
        v->kind == NodeKind::FormattedValue) {
      if (s->slice->kind == NodeKind::Slice) return;
      std::string it = inferType(s->slice);
      if (it.empty() || it == "int" || it == "bool") return;
      warn(v->loc.lineno, cat(vt, " indices must be integers or slices, not ", it,
                              "; perhaps you missed a comma?"));
    }
    return;
  }
  case NodeKind::Assert: {
    auto *a = static_cast<const ast::Assert *>(n);
    if (a->test->kind == NodeKind::Tuple && static_cast<const ast::Tuple *>(a->test)->elts.size > 0)
      warn(n->loc.lineno, "assertion is always true, perhaps remove parentheses?");
    return;
  }
  default:
    return;
  }
}

/// Visits the nodes below (and including) n in CPython 3.12's compilation
/// order (values before assignment targets, decorators and defaults before a
/// function body, a class body before its bases, a `finally` body once per
/// copy the compiler emits, ...), calling checkNode on each.
class OrderedChecker {
public:
  explicit OrderedChecker(std::vector<Warning> &out) : out_(out) {}

  void visit(const ast::Node *n) {
    if (!n || depth_ > 3000) return;
    ++depth_;
    checkNode(n, out_);
    switch (n->kind) {
    case NodeKind::Assign: {
      auto *a = static_cast<const ast::Assign *>(n);
      visit(a->value);
      seq(a->targets);
      break;
    }
    case NodeKind::AnnAssign: {
      auto *a = static_cast<const ast::AnnAssign *>(n);
      visit(a->value);
      visit(a->target);
      visit(a->annotation);
      break;
    }
    case NodeKind::For:
      forStmt(static_cast<const ast::For *>(n));
      break;
    case NodeKind::AsyncFor:
      forStmt(static_cast<const ast::AsyncFor *>(n));
      break;
    case NodeKind::FunctionDef:
      funcDef(static_cast<const ast::FunctionDef *>(n));
      break;
    case NodeKind::AsyncFunctionDef:
      funcDef(static_cast<const ast::AsyncFunctionDef *>(n));
      break;
    case NodeKind::Lambda: {
      auto *l = static_cast<const ast::Lambda *>(n);
      defaults(l->args);
      visit(l->body);
      break;
    }
    case NodeKind::ClassDef: {
      auto *c = static_cast<const ast::ClassDef *>(n);
      seq(c->decorator_list);
      seq(c->body);
      seq(c->bases);
      seq(c->keywords);
      break;
    }
    case NodeKind::Dict: {
      auto *d = static_cast<const ast::Dict *>(n);
      for (uint32_t i = 0; i < d->values.size; ++i) {
        if (i < d->keys.size) visit(d->keys[i]);
        visit(d->values[i]);
      }
      break;
    }
    case NodeKind::ListComp: {
      auto *c = static_cast<const ast::ListComp *>(n);
      seq(c->generators);
      visit(c->elt);
      break;
    }
    case NodeKind::SetComp: {
      auto *c = static_cast<const ast::SetComp *>(n);
      seq(c->generators);
      visit(c->elt);
      break;
    }
    case NodeKind::DictComp: {
      auto *c = static_cast<const ast::DictComp *>(n);
      seq(c->generators);
      visit(c->key);
      visit(c->value);
      break;
    }
    case NodeKind::GeneratorExp: {
      auto *g = static_cast<const ast::GeneratorExp *>(n);
      for (uint32_t i = 0; i < g->generators.size; ++i) {
        auto *c = g->generators[i];
        if (i) visit(c->iter);
        visit(c->target);
        seq(c->ifs);
      }
      visit(g->elt);
      if (g->generators.size) visit(g->generators[0]->iter);
      break;
    }
    case NodeKind::comprehension: {
      auto *c = static_cast<const ast::comprehension *>(n);
      visit(c->iter);
      visit(c->target);
      seq(c->ifs);
      break;
    }
    case NodeKind::Try:
      tryStmt(static_cast<const ast::Try *>(n));
      break;
    case NodeKind::TryStar:
      tryStmt(static_cast<const ast::TryStar *>(n));
      break;
    default:
      generic(n);
      break;
    }
    --depth_;
  }

private:
  std::vector<Warning> &out_;
  int depth_ = 0;

  template <typename F> void forStmt(const F *f) {
    visit(f->iter);
    visit(f->target);
    seq(f->body);
    seq(f->orelse);
  }
  template <typename F> void funcDef(const F *f) {
    seq(f->decorator_list);
    defaults(f->args);
    annotations(f->args);
    visit(f->returns);
    seq(f->body);
  }
  template <typename T> void tryStmt(const T *t) {
    seq(t->body);
    seq(t->orelse);
    seq(t->handlers);
    if (t->finalbody.empty()) return;
    int copies =
        2 + unwinds(t->body, false) + unwinds(t->handlers, false) + unwinds(t->orelse, false);
    for (int i = 0; i < copies; ++i)
      seq(t->finalbody);
  }
  template <typename T> static int tryUnwinds(const T *t, bool inLoop) {
    return unwinds(t->body, inLoop) + unwinds(t->handlers, inLoop) + unwinds(t->orelse, inLoop) +
           unwinds(t->finalbody, inLoop);
  }
  template <typename T> static int loopUnwinds(const T *f, bool inLoop) {
    return unwinds(f->body, true) + unwinds(f->orelse, inLoop);
  }
  template <typename T> void seq(const ast::Seq<T> &s) {
    for (const auto *x : s)
      visit(x);
  }
  void defaults(const ast::arguments *a) {
    if (!a) return;
    seq(a->defaults);
    seq(a->kw_defaults);
  }
  void annotations(const ast::arguments *a) {
    if (!a) return;
    for (const ast::arg *x : a->posonlyargs)
      visit(x);
    for (const ast::arg *x : a->args)
      visit(x);
    visit(a->vararg);
    for (const ast::arg *x : a->kwonlyargs)
      visit(x);
    visit(a->kwarg);
  }
  /// Number of return/break/continue statements that leave a try statement
  /// through its `finally` (each makes the compiler emit one more copy).
  template <typename T> static int unwinds(const ast::Seq<T> &s, bool inLoop) {
    int k = 0;
    for (const auto *x : s)
      k += unwinds(x, inLoop);
    return k;
  }
  static int unwinds(const ast::Node *n, bool inLoop) {
    if (!n) return 0;
    switch (n->kind) {
    case NodeKind::Return:
      return 1;
    case NodeKind::Break:
    case NodeKind::Continue:
      return inLoop ? 0 : 1;
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef:
    case NodeKind::ClassDef:
      return 0;
    case NodeKind::For:
      return loopUnwinds(static_cast<const ast::For *>(n), inLoop);
    case NodeKind::AsyncFor:
      return loopUnwinds(static_cast<const ast::AsyncFor *>(n), inLoop);
    case NodeKind::While:
      return loopUnwinds(static_cast<const ast::While *>(n), inLoop);
    case NodeKind::If: {
      auto *i = static_cast<const ast::If *>(n);
      return unwinds(i->body, inLoop) + unwinds(i->orelse, inLoop);
    }
    case NodeKind::With:
      return unwinds(static_cast<const ast::With *>(n)->body, inLoop);
    case NodeKind::AsyncWith:
      return unwinds(static_cast<const ast::AsyncWith *>(n)->body, inLoop);
    case NodeKind::Try:
      return tryUnwinds(static_cast<const ast::Try *>(n), inLoop);
    case NodeKind::TryStar:
      return tryUnwinds(static_cast<const ast::TryStar *>(n), inLoop);
    case NodeKind::ExceptHandler:
      return unwinds(static_cast<const ast::ExceptHandler *>(n)->body, inLoop);
    default:
      return 0;
    }
  }
  /// Children in ast.dump field order.
  void generic(const ast::Node *n) {
    switch (n->kind) {
#define F_NODE(T, f) visit(node_->f);
#define F_OPT(T, f) visit(node_->f);
#define F_SEQ(T, f) seq(node_->f);
#define F_IDENT(f)
#define F_OPT_IDENT(f)
#define F_IDENT_SEQ(f)
#define F_OPT_STR(f)
#define F_INT(f)
#define F_CONST(f)
#define F_ENUM(E, f)
#define F_ENUM_SEQ(E, f)
#define CASE(Name, FIELDS)                                                                         \
  case NodeKind::Name: {                                                                           \
    [[maybe_unused]] auto *node_ = static_cast<const ast::Name *>(n);                              \
    FIELDS                                                                                         \
    break;                                                                                         \
  }
#define AST_NODE(Name, Category, FIELDS) CASE(Name, FIELDS)
#define AST_PRODUCT(Name, HasAttributes, FIELDS) CASE(Name, FIELDS)
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
};

std::map<std::string, std::pair<std::vector<Warning>, std::vector<std::string>>> &registry() {
  static std::map<std::string, std::pair<std::vector<Warning>, std::vector<std::string>>> r;
  return r;
}

/// The source line as CPython's C warning printer shows it: leading blanks dropped.
std::string strip(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\f");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b));
}

std::string formatList(const std::vector<Warning> &ws, const std::vector<std::string> &lines,
                       const std::string &filename) {
  std::string out;
  for (const Warning &w : ws) {
    out += filename + ":" + std::to_string(w.line) + ": " + w.category + ": " + w.message + "\n";
    if (w.line >= 1 && w.line <= lines.size()) {
      std::string l = strip(lines[w.line - 1]);
      if (!l.empty()) out += "  " + l + "\n";
    }
  }
  return out;
}

} // namespace

void collectWarnings(ModuleUnit &unit) {
  unit.warnings.clear();
  if (!unit.tree) return;
  lexWarnings(unit.source, unit.warnings);
  OrderedChecker(unit.warnings).visit(unit.tree);
}

std::string formatWarnings(const ModuleUnit &unit, const std::string &filename) {
  std::vector<std::string> lines;
  for (uint32_t i = 1; i <= unit.source.lineCount(); ++i)
    lines.emplace_back(unit.source.line(i));
  return formatList(unit.warnings, lines, filename);
}

void registerWarnings(const Program &program) {
  registry().clear();
  for (const auto &m : program.modules) {
    if (m->warnings.empty()) continue;
    std::vector<std::string> lines;
    for (const Warning &w : m->warnings)
      if (lines.size() < w.line)
        for (uint32_t i = static_cast<uint32_t>(lines.size()) + 1; i <= w.line; ++i)
          lines.emplace_back(m->source.line(i));
    registry()[m->name] = {m->warnings, std::move(lines)};
  }
}

std::string compileWarningsText(const std::string &name, const std::string &filename) {
  auto it = registry().find(name);
  if (it == registry().end()) return "";
  return formatList(it->second.first, it->second.second, filename);
}

} // namespace molt::sema
