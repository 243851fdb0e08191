// The Python 3.12 parser: tokens to a CPython-shaped AST. See ParserImpl.h
// for the overall design; the grammar followed is CPython's Grammar/python.gram
// (PEG), reproduced here as hand-written recursive descent with precedence
// climbing for binary operators. Node positions follow CPython's EXTRA rule:
// a node spans from the first token of its rule to the last consumed token
// that is not NEWLINE/INDENT/DEDENT.
#include "syntax/Parser.h"

#include <cstring>

#if defined(__linux__) || defined(__APPLE__)
#include <pthread.h>
#endif

#include "syntax/Lexer.h"
#include "syntax/Literals.h"
#include "syntax/ParserImpl.h"
#include "syntax/Unicode.h"

namespace molt {

using namespace ast;

namespace parser_detail {

namespace {

bool isAugOp(Tok t, binop &op);

} // namespace

// ===========================================================================
// Construction, token buffer, top level
// ===========================================================================

Parser::Parser(const SourceFile &src, Arena &arena) : src_(src), arena_(arena) {
  // Lowest stack address the parser may use: the depth budget models
  // CPython's limit, this guard only makes sure a small thread stack cannot
  // overflow (the parser then reports CPython's MemoryError instead).
  constexpr size_t kReserve = 128 * 1024;
  uintptr_t cur = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t low = cur > (1u << 20) ? cur - (1u << 20) : 0; // fallback: 1 MiB
#if defined(__linux__)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void *addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr)
      low = reinterpret_cast<uintptr_t>(addr);
    pthread_attr_destroy(&attr);
  }
#elif defined(__APPLE__)
  uintptr_t top = reinterpret_cast<uintptr_t>(pthread_get_stackaddr_np(pthread_self()));
  size_t size = pthread_get_stacksize_np(pthread_self());
  if (top > size) low = top - size;
#endif
  stackLimit_ = low + kReserve < cur ? low + kReserve : cur;
}

void Parser::tokenize() {
  Lexer lex(src_);
  toks_.reserve(src_.text().size() / 5 + 64);
  for (;;) {
    Token t = lex.next();
    if (t.kind == Tok::ERRORTOKEN && lex.errorKind() != Lexer::ErrorKind::BadChar) {
      // A fatal tokenizer error: the stream ends here. ('$', '?' and '`'
      // are non-fatal ERRORTOKENs the parser simply cannot match.)
      errTok_ = toks_.size();
      lexErr_ = lex.error();
      lexErrKind_ = static_cast<uint8_t>(lex.errorKind());
      if (lexErr_.msg.empty()) lexErr_.msg = "invalid syntax";
      toks_.push_back(t);
      break;
    }
    toks_.push_back(t);
    if (t.kind == Tok::ENDMARKER) break;
  }
}

void Parser::computeLevels() {
  // The bracket nesting level after each token (CPython's token->level),
  // needed only by the second pass.
  levels_.resize(toks_.size());
  int level = 0;
  for (size_t i = 0; i < toks_.size(); ++i) {
    switch (toks_[i].kind) {
    case Tok::LPAR:
    case Tok::LSQB:
    case Tok::LBRACE: ++level; break;
    case Tok::RPAR:
    case Tok::RSQB:
    case Tok::RBRACE:
      if (level > 0) --level;
      break;
    default: break;
    }
    levels_[i] = static_cast<uint16_t>(level > 0xFFFF ? 0xFFFF : level);
  }
}

void Parser::lexError() {
  err_ = lexErr_;
  abortFinal_ = true;
  throw ParseAbort{};
}

const Token &Parser::lastTok() const {
  size_t i = pos_;
  while (i > 0) {
    --i;
    Tok k = toks_[i].kind;
    if (k != Tok::NEWLINE && k != Tok::INDENT && k != Tok::DEDENT && k != Tok::ENDMARKER)
      return toks_[i];
  }
  return toks_[0];
}

void Parser::raiseAt(uint32_t line, uint32_t col, uint32_t endLine, uint32_t endCol,
                     std::string msg, const char *type) {
  err_ = SyntaxError{};
  err_.type = type;
  err_.msg = std::move(msg);
  err_.lineno = line;
  err_.col = col;
  err_.end_lineno = endLine;
  err_.end_col = endCol;
  throw ParseAbort{};
}

void Parser::raiseFrom(uint32_t line, uint32_t col, std::string msg) {
  // CPython: the end is the tokenizer's current position (the end of the
  // last token fetched), taken as a 1-based offset.
  const Token &t = toks_[maxPos_];
  raiseAt(line, col, t.end_lineno, t.end_col > 0 ? t.end_col - 1 : 0, std::move(msg));
}

void Parser::raiseTok(const Token &t, std::string msg, const char *type) {
  err_ = SyntaxError{};
  err_.type = type;
  err_.msg = std::move(msg);
  tokErrLoc(t, err_, false);
  throw ParseAbort{};
}

void Parser::raiseLast(std::string msg, const char *type) {
  err_ = SyntaxError{};
  err_.type = type;
  err_.msg = std::move(msg);
  tokErrLoc(toks_[maxPos_], err_, true);
  throw ParseAbort{};
}

void Parser::raiseNext(std::string msg) {
  const Token &t = peekTok();
  err_ = SyntaxError{};
  err_.msg = std::move(msg);
  tokErrLoc(t, err_, true);
  throw ParseAbort{};
}

void Parser::tokErrLoc(const Token &t, SyntaxError &e, bool tokenizerPos) {
  e.lineno = t.lineno;
  e.col = t.col;
  e.end_lineno = t.end_lineno;
  e.end_col = t.end_col;
  if (t.kind == Tok::NEWLINE) {
    size_t idx = static_cast<size_t>(&t - toks_.data());
    size_t from = idx > 0 ? toks_[idx - 1].offset + toks_[idx - 1].text.size() : 0;
    std::string_view all = src_.text();
    size_t hash = all.substr(from, t.offset > from ? t.offset - from : 0).find('#');
    if (hash != std::string_view::npos) {
      size_t h = from + hash;
      size_t ls = all.rfind('\n', h == 0 ? 0 : h - 1);
      ls = (ls == std::string_view::npos || h == 0) ? 0 : ls + 1;
      e.col = static_cast<uint32_t>(h - ls);
    }
    return;
  }
  bool atEof = t.kind == Tok::ENDMARKER;
  if (t.kind == Tok::DEDENT) {
    atEof = true;
    for (size_t i = static_cast<size_t>(&t - toks_.data()) + 1; i < toks_.size(); ++i) {
      if (toks_[i].kind == Tok::ENDMARKER) break;
      if (toks_[i].kind != Tok::DEDENT) {
        atEof = false;
        break;
      }
    }
  }
  if (t.kind != Tok::INDENT && t.kind != Tok::DEDENT && !atEof) return;
  // CPython's INDENT/DEDENT/ENDMARKER tokens have no columns (-1). Errors
  // raised "at" such a token get offset 0; the other error paths place it at
  // the tokenizer's position (used as a 1-based offset). No end either way.
  uint32_t line = t.lineno, offset = t.end_col;
  if (atEof) {
    // The tokenizer sits after the last line it read; reading a file, its
    // buffer is then empty and CPython reports offset 0.
    std::string_view all = src_.text();
    while (!all.empty() && all.back() == '\0') all.remove_suffix(1);
    uint32_t nl = 0;
    for (char c : all)
      if (c == '\n') ++nl;
    size_t lineStart;
    if (!all.empty() && all.back() == '\n') {
      line = nl;
      size_t prev = all.size() >= 2 ? all.rfind('\n', all.size() - 2) : std::string_view::npos;
      lineStart = prev == std::string_view::npos ? 0 : prev + 1;
      offset = static_cast<uint32_t>(all.size() - lineStart);
    } else {
      line = nl + 1;
      size_t prev = all.rfind('\n');
      lineStart = prev == std::string_view::npos ? 0 : prev + 1;
      offset = static_cast<uint32_t>(all.size() - lineStart + 1);
    }
    if (line == 0) line = 1;
  }
  if (!tokenizerPos || atEof) offset = 0;
  e.lineno = line;
  e.end_lineno = 0;
  e.end_col = 0;
  if (offset == 0) {
    e.col = 0;
    e.noCaret = true;
  } else {
    e.col = offset - 1;
  }
}

void Parser::raiseIndent(const char *what, uint32_t line) {
  std::string msg = what ? "expected an indented block after " + std::string(what) + " on line " +
                               std::to_string(line)
                         : std::string("expected an indented block");
  raiseLast(std::move(msg), "IndentationError");
}

void Parser::memoryError() {
  err_ = SyntaxError{};
  err_.type = "MemoryError";
  err_.msg = "Parser stack overflowed - Python source too complex to parse";
  // Not a SyntaxError: CPython prints only "MemoryError: ..." (no location).
  err_.lineno = 0;
  abortFinal_ = true;
  throw ParseAbort{};
}

void Parser::expectForced(Tok t, const char *spelling) {
  if (accept(t)) return;
  raiseTok(peekTok(), std::string("expected '") + spelling + "'");
}

ast::Module *Parser::run(SyntaxError &err) {
  tokenize();
  // First pass: no invalid_* diagnostics.
  try {
    pos_ = 0;
    ast::Module *m = parseFile();
    return m;
  } catch (ParseFail &) {
  } catch (ParseAbort &) {
    if (abortFinal_ || errTok_ == SIZE_MAX) {
      err = err_;
      return nullptr;
    }
    // An error raised by an action (string decoding, ...): a later tokenizer
    // error takes precedence, as in CPython.
    goto overrideCheck;
  }
  {
    // A fatal tokenizer error anywhere in the file wins over a parser error
    // (CPython tokenizes the rest of the file after a syntax error), except
    // the unclosed-bracket error which only wins for errors on later lines.
    const size_t lastTokIdx = maxPos_;
    bool specific = false;
    depth_ = 0;
    scratch_.clear();
    computeLevels();
    legacyDone_.assign(toks_.size(), false);
    memo_.assign(toks_.size(), 0);
    diag_ = true;
    peg_ = true;
    try {
      pos_ = 0;
      parseFile();
    } catch (ParseFail &) {
    } catch (ParseAbort &) {
      if (abortFinal_) {
        err = err_;
        return nullptr;
      }
      specific = true;
    }
    diag_ = false;
    peg_ = false;
    if (!specific) {
      const Token &t = toks_[lastTokIdx];
      if (t.kind == Tok::INDENT || t.kind == Tok::DEDENT) {
        err_ = SyntaxError{};
        err_.type = "IndentationError";
        err_.msg = t.kind == Tok::INDENT ? "unexpected indent" : "unexpected unindent";
        tokErrLoc(t, err_, true);
        err = err_;
        return nullptr;
      }
      err_ = SyntaxError{};
      err_.msg = "invalid syntax";
      tokErrLoc(t, err_, false);
    }
  }
overrideCheck:
  // CPython tokenizes the rest of the file after a parser error: an error the
  // tokenizer raises there replaces the parser's; EOF inside brackets does
  // only for parser errors on a later line than the bracket.
  if (errTok_ != SIZE_MAX) {
    // (CPython compares the line of the last token it fetched with the line
    // of the unclosed bracket.)
    auto k = static_cast<Lexer::ErrorKind>(lexErrKind_);
    if (k == Lexer::ErrorKind::Raised ||
        (k == Lexer::ErrorKind::Eof && toks_[maxPos_].lineno > lexErr_.lineno))
      err_ = lexErr_;
  }
  err = err_;
  return nullptr;
}

// ===========================================================================
// Identifiers
// ===========================================================================

ast::Ident Parser::ident(const Token &t) {
  std::string_view s = t.text;
  for (unsigned char c : s) {
    if (c >= 0x80) {
      std::string n = unicode::nfkc(s);
      return arena_.copy(n);
    }
  }
  return arena_.copy(s);
}

ast::Name *Parser::nameNode(const Token &t, expr_context ctx) {
  auto *n = mk<Name>(tokLoc(t));
  n->id = ident(t);
  n->ctx = ctx;
  return n;
}

namespace {

bool isAugOp(Tok t, binop &op) {
  switch (t) {
  case Tok::PLUSEQUAL: op = binop::Add; return true;
  case Tok::MINEQUAL: op = binop::Sub; return true;
  case Tok::STAREQUAL: op = binop::Mult; return true;
  case Tok::ATEQUAL: op = binop::MatMult; return true;
  case Tok::SLASHEQUAL: op = binop::Div; return true;
  case Tok::PERCENTEQUAL: op = binop::Mod; return true;
  case Tok::AMPEREQUAL: op = binop::BitAnd; return true;
  case Tok::VBAREQUAL: op = binop::BitOr; return true;
  case Tok::CIRCUMFLEXEQUAL: op = binop::BitXor; return true;
  case Tok::LEFTSHIFTEQUAL: op = binop::LShift; return true;
  case Tok::RIGHTSHIFTEQUAL: op = binop::RShift; return true;
  case Tok::DOUBLESTAREQUAL: op = binop::Pow; return true;
  case Tok::DOUBLESLASHEQUAL: op = binop::FloorDiv; return true;
  default: return false;
  }
}

bool startsAtom(Tok t) {
  switch (t) {
  case Tok::NAME:
  case Tok::NUMBER:
  case Tok::STRING:
  case Tok::FSTRING_START:
  case Tok::LPAR:
  case Tok::LSQB:
  case Tok::LBRACE:
  case Tok::ELLIPSIS:
  case Tok::KW_None:
  case Tok::KW_True:
  case Tok::KW_False: return true;
  default: return false;
  }
}

bool startsStarTarget(Tok t) { return startsAtom(t) || t == Tok::STAR; }

bool startsPattern(Tok t) {
  switch (t) {
  case Tok::NAME:
  case Tok::NUMBER:
  case Tok::STRING:
  case Tok::FSTRING_START:
  case Tok::MINUS:
  case Tok::LPAR:
  case Tok::LSQB:
  case Tok::LBRACE:
  case Tok::KW_None:
  case Tok::KW_True:
  case Tok::KW_False:
  case Tok::STAR: return true;
  default: return false;
  }
}

} // namespace

bool Parser::startsExpression(Tok t) const {
  switch (t) {
  case Tok::MINUS:
  case Tok::PLUS:
  case Tok::TILDE:
  case Tok::KW_not:
  case Tok::KW_lambda:
  case Tok::KW_await: return true;
  default: return startsAtom(t);
  }
}

// ===========================================================================
// Statements
// ===========================================================================

ast::Module *Parser::parseFile() {
  auto body = list<stmt>();
  while (!at(Tok::ENDMARKER)) parseStatement(body);
  auto *m = mk<Module>(Loc{});
  m->body = seq(body);
  return m;
}

void Parser::parseStatements(List<stmt> &out) {
  do {
    parseStatement(out);
  } while (!at(Tok::DEDENT) && !at(Tok::ENDMARKER));
}

void Parser::parseStatement(List<stmt> &out) {
  Depth d(*this, 7);
  switch (kind()) {
  case Tok::KW_def:
  case Tok::KW_if:
  case Tok::KW_class:
  case Tok::KW_with:
  case Tok::KW_for:
  case Tok::KW_try:
  case Tok::KW_while:
  case Tok::AT: out.push(parseCompound()); return;
  case Tok::KW_async: {
    Tok k = kind(1);
    if (k == Tok::KW_def || k == Tok::KW_with || k == Tok::KW_for) {
      out.push(parseCompound());
      return;
    }
    fail();
  }
  case Tok::NAME:
    if (atSoft("match")) {
      Tok k = kind(1);
      if (startsExpression(k) || k == Tok::STAR) {
        size_t save = pos_;
        size_t mark = scratch_.size();
        try {
          out.push(parseMatch());
          return;
        } catch (ParseFail &) {
          pos_ = save;
          scratch_.resize(mark);
        }
      }
    }
    break;
  default: break;
  }
  parseSimpleStmts(out);
}

void Parser::parseSimpleStmts(List<stmt> &out) {
  Depth d(*this, 13); // (calibrated: CPython's rule stack down to an expression)
  out.push(parseSimpleStmt());
  while (accept(Tok::SEMI)) {
    if (at(Tok::NEWLINE)) break;
    out.push(parseSimpleStmt());
  }
  expect(Tok::NEWLINE);
}

stmt *Parser::parseSimpleStmt() {
  size_t start = pos_;
  switch (kind()) {
  case Tok::KW_return: {
    ++pos_;
    expr *v = nullptr;
    if (startsExpression(kind()) || at(Tok::STAR)) v = parseStarExpressions();
    auto *s = mk<Return>(locFrom(start));
    s->value = v;
    return s;
  }
  case Tok::KW_raise: return parseRaise();
  case Tok::KW_pass: ++pos_; return mk<Pass>(locFrom(start));
  case Tok::KW_break: ++pos_; return mk<Break>(locFrom(start));
  case Tok::KW_continue: ++pos_; return mk<Continue>(locFrom(start));
  case Tok::KW_del: return parseDel();
  case Tok::KW_yield: {
    expr *y = parseYieldExpr();
    if (diag_ && at(Tok::EQUAL)) raiseNode(y, "assignment to yield expression not possible");
    auto *s = mk<Expr>(locFrom(start));
    s->value = y;
    return s;
  }
  case Tok::KW_assert: return parseAssert();
  case Tok::KW_global: return parseGlobal(false);
  case Tok::KW_nonlocal: return parseGlobal(true);
  case Tok::KW_import: return parseImport();
  case Tok::KW_from: return parseFromImport();
  case Tok::NAME:
    if (atSoft("type") && kind(1) == Tok::NAME) {
      if (!peg_) return parseTypeAlias();
      // Second pass: PEG falls back to an expression statement.
      size_t mark = scratch_.size();
      try {
        return parseTypeAlias();
      } catch (ParseFail &) {
        pos_ = start;
        scratch_.resize(mark);
      }
    }
    break;
  default: break;
  }
  return parseExprOrAssign();
}

stmt *Parser::parseExprOrAssign() {
  size_t start = pos_;
  if (!diag_) return parseExprOrAssignImpl(start);
  stmt *s;
  try {
    s = parseExprOrAssignImpl(start);
  } catch (ParseFail &) {
    invalidAssignmentDiag(start);
    throw;
  }
  // CPython tries invalid_assignment whenever the statement is not an
  // assignment, before parsing it as an expression statement.
  if (s->kind == NodeKind::Expr) {
    size_t end = pos_;
    invalidAssignmentDiag(start);
    pos_ = end;
  }
  return s;
}

stmt *Parser::parseExprOrAssignImpl(size_t start) {
  // Annotated assignment to a bare name: NAME ':' expression ['=' rhs].
  if (at(Tok::NAME) && kind(1) == Tok::COLON) {
    Name *target = nameNode(next(), expr_context::Store);
    ++pos_;
    expr *ann = parseExpression();
    expr *value = parseOptionalAnnValue();
    auto *s = mk<AnnAssign>(locFrom(start));
    s->target = target;
    s->annotation = ann;
    s->value = value;
    s->simple = 1;
    return s;
  }
  expr *first = parseStarExpressions();
  Tok k = kind();
  if (k == Tok::EQUAL) {
    auto targets = list<expr>();
    expr *value = first;
    while (accept(Tok::EQUAL)) {
      if (value->kind == NodeKind::Yield || value->kind == NodeKind::YieldFrom ||
          invalidTarget(value, TargetKind::Star))
        fail();
      setContext(value, expr_context::Store);
      targets.push(value);
      value = parseAnnotatedRhs();
    }
    auto *s = mk<Assign>(locFrom(start));
    s->targets = seq(targets);
    s->value = value;
    return s;
  }
  if (k == Tok::COLON) {
    NodeKind fk = first->kind;
    if (fk != NodeKind::Name && fk != NodeKind::Attribute && fk != NodeKind::Subscript) fail();
    ++pos_;
    expr *ann = parseExpression();
    expr *value = parseOptionalAnnValue();
    setContext(first, expr_context::Store);
    auto *s = mk<AnnAssign>(locFrom(start));
    s->target = first;
    s->annotation = ann;
    s->value = value;
    s->simple = 0;
    return s;
  }
  binop op;
  if (isAugOp(k, op)) {
    NodeKind fk = first->kind;
    if (fk != NodeKind::Name && fk != NodeKind::Attribute && fk != NodeKind::Subscript) fail();
    ++pos_;
    expr *value = parseAnnotatedRhs();
    setContext(first, expr_context::Store);
    auto *s = mk<AugAssign>(locFrom(start));
    s->target = first;
    s->op = op;
    s->value = value;
    return s;
  }
  auto *s = mk<Expr>(locFrom(start));
  s->value = first;
  return s;
}

expr *Parser::parseOptionalAnnValue() {
  // ['=' annotated_rhs]: in the second pass a failing value leaves the
  // '=' unconsumed, as PEG's optional group does.
  if (!at(Tok::EQUAL)) return nullptr;
  size_t save = pos_++;
  if (!peg_) return parseAnnotatedRhs();
  try {
    return parseAnnotatedRhs();
  } catch (ParseFail &) {
    pos_ = save;
    return nullptr;
  }
}

stmt *Parser::parseTypeAlias() {
  size_t start = pos_;
  ++pos_; // "type"
  Name *name = nameNode(next(), expr_context::Store);
  Seq<type_param *> tp;
  if (at(Tok::LSQB)) tp = parseTypeParams();
  expect(Tok::EQUAL);
  expr *value = parseExpression();
  auto *s = mk<TypeAlias>(locFrom(start));
  s->name = name;
  s->type_params = tp;
  s->value = value;
  return s;
}

ast::Ident Parser::parseDottedName() {
  const Token &first = peekTok();
  if (first.kind != Tok::NAME) fail();
  ++pos_;
  if (!(at(Tok::DOT) && kind(1) == Tok::NAME)) return ident(first);
  std::string joined(ident(first));
  while (at(Tok::DOT) && kind(1) == Tok::NAME) {
    ++pos_;
    joined += '.';
    joined += ident(next());
  }
  return arena_.copy(joined);
}

stmt *Parser::parseImport() {
  size_t start = pos_;
  ++pos_; // import
  auto names = list<alias>();
  do {
    size_t as = pos_;
    Ident name = parseDottedName();
    Ident asname;
    if (accept(Tok::KW_as)) asname = expectName();
    auto *a = mk<alias>(locFrom(as));
    a->name = name;
    a->asname = asname;
    names.push(a);
  } while (accept(Tok::COMMA));
  if (diag_ && at(Tok::KW_from)) {
    // invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
    size_t save = pos_;
    ++pos_;
    try {
      parseDottedName();
      peekTok();
      raiseFrom(toks_[start].lineno, toks_[start].col,
                "Did you mean to use 'from ... import ...' instead?");
    } catch (ParseFail &) {
    }
    pos_ = save;
  }
  auto *s = mk<Import>(locFrom(start));
  s->names = seq(names);
  return s;
}

stmt *Parser::parseFromImport() {
  size_t start = pos_;
  ++pos_; // from
  int level = 0;
  for (;;) {
    if (accept(Tok::DOT))
      level += 1;
    else if (accept(Tok::ELLIPSIS))
      level += 3;
    else
      break;
  }
  Ident module;
  if (at(Tok::NAME))
    module = parseDottedName();
  else if (level == 0)
    fail();
  expect(Tok::KW_import);
  auto names = list<alias>();
  if (at(Tok::STAR)) {
    const Token &t = next();
    auto *a = mk<alias>(tokLoc(t));
    a->name = arena_.copy("*");
    names.push(a);
  } else {
    bool paren = accept(Tok::LPAR);
    for (;;) {
      size_t as = pos_;
      Ident name = expectName();
      Ident asname;
      if (accept(Tok::KW_as)) asname = expectName();
      auto *a = mk<alias>(locFrom(as));
      a->name = name;
      a->asname = asname;
      names.push(a);
      if (!accept(Tok::COMMA)) break;
      if (paren && at(Tok::RPAR)) break;
      if (!paren && !at(Tok::NAME)) {
        if (diag_ && at(Tok::NEWLINE))
          raiseLast("trailing comma not allowed without surrounding parentheses");
        fail();
      }
    }
    if (paren) expect(Tok::RPAR);
  }
  auto *s = mk<ImportFrom>(locFrom(start));
  s->module = module;
  s->names = seq(names);
  s->level = level;
  return s;
}

stmt *Parser::parseRaise() {
  size_t start = pos_;
  ++pos_;
  expr *exc = nullptr, *cause = nullptr;
  if (startsExpression(kind())) {
    exc = parseExpression();
    if (accept(Tok::KW_from)) cause = parseExpression();
  }
  auto *s = mk<Raise>(locFrom(start));
  s->exc = exc;
  s->cause = cause;
  return s;
}

stmt *Parser::parseDel() {
  size_t start = pos_;
  ++pos_;
  auto targets = list<expr>();
  try {
    for (;;) {
      expr *t = parsePrimary();
      if (invalidTarget(t, TargetKind::Del)) fail();
      setContext(t, expr_context::Del);
      targets.push(t);
      if (!accept(Tok::COMMA)) break;
      if (at(Tok::SEMI) || at(Tok::NEWLINE)) break;
    }
    if (!at(Tok::SEMI) && !at(Tok::NEWLINE)) fail();
  } catch (ParseFail &) {
    if (diag_) {
      pos_ = start + 1;
      expr *e = parseStarExpressions();
      raiseInvalidTarget(TargetKind::Del, e);
    }
    throw;
  }
  auto *s = mk<Delete>(locFrom(start));
  s->targets = seq(targets);
  return s;
}

stmt *Parser::parseAssert() {
  size_t start = pos_;
  ++pos_;
  expr *test = parseExpression();
  expr *msg = nullptr;
  if (accept(Tok::COMMA)) msg = parseExpression();
  auto *s = mk<Assert>(locFrom(start));
  s->test = test;
  s->msg = msg;
  return s;
}

stmt *Parser::parseGlobal(bool nonlocal) {
  size_t start = pos_;
  ++pos_;
  auto names = list<const Token>();
  do {
    const Token &t = peekTok();
    if (t.kind != Tok::NAME) fail();
    ++pos_;
    names.push(&t);
  } while (accept(Tok::COMMA));
  Seq<Ident> ids;
  ids.size = static_cast<uint32_t>(names.size());
  ids.data = arena_.allocArray<Ident>(ids.size);
  for (size_t i = 0; i < names.size(); ++i) ids.data[i] = ident(*names[i]);
  if (nonlocal) {
    auto *s = mk<Nonlocal>(locFrom(start));
    s->names = ids;
    return s;
  }
  auto *s = mk<Global>(locFrom(start));
  s->names = ids;
  return s;
}

// ---- compound statements ---------------------------------------------------

Seq<stmt *> Parser::parseBlock(const char *what, uint32_t line) {
  if (accept(Tok::NEWLINE)) {
    if (!at(Tok::INDENT)) {
      if (diag_) raiseIndent(what, line);
      fail();
    }
    ++pos_;
    auto body = list<stmt>();
    parseStatements(body);
    expect(Tok::DEDENT);
    return seq(body);
  }
  auto body = list<stmt>();
  parseSimpleStmts(body);
  return seq(body);
}

void Parser::expectColon() {
  if (accept(Tok::COLON)) return;
  if (diag_ && at(Tok::NEWLINE)) raiseLast("expected ':'");
  fail();
}

stmt *Parser::parseCompound() {
  size_t start = pos_;
  switch (kind()) {
  case Tok::KW_def: return parseFuncDef(start, false, {});
  case Tok::KW_if: return parseIf(false);
  case Tok::KW_class: return parseClassDef({});
  case Tok::KW_with: return parseWith(start, false);
  case Tok::KW_for: return parseFor(start, false);
  case Tok::KW_try: return parseTry();
  case Tok::KW_while: return parseWhile();
  case Tok::AT: return parseDecorated();
  case Tok::KW_async:
    ++pos_;
    switch (kind()) {
    case Tok::KW_def: return parseFuncDef(start, true, {});
    case Tok::KW_with: return parseWith(start, true);
    case Tok::KW_for: return parseFor(start, true);
    default: fail();
    }
  default: fail();
  }
}

stmt *Parser::parseIf(bool elif) {
  size_t start = pos_;
  const Token &kw = next();
  expr *test = parseNamedExpression();
  expectColon();
  Seq<stmt *> body = parseBlock(elif ? "'elif' statement" : "'if' statement", kw.lineno);
  Seq<stmt *> orelse;
  if (at(Tok::KW_elif))
    orelse = seq1<stmt>(parseIf(true));
  else if (at(Tok::KW_else))
    orelse = parseElseBlock();
  auto *s = mk<If>(locFrom(start));
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

Seq<stmt *> Parser::parseElseBlock() {
  const Token &kw = next();
  expectForced(Tok::COLON, ":");
  return parseBlock("'else' statement", kw.lineno);
}

stmt *Parser::parseWhile() {
  size_t start = pos_;
  const Token &kw = next();
  expr *test = parseNamedExpression();
  expectColon();
  Seq<stmt *> body = parseBlock("'while' statement", kw.lineno);
  Seq<stmt *> orelse;
  if (at(Tok::KW_else)) orelse = parseElseBlock();
  auto *s = mk<While>(locFrom(start));
  s->test = test;
  s->body = body;
  s->orelse = orelse;
  return s;
}

void Parser::forTargetDiag(size_t afterFor) {
  // invalid_for_target: 'for' star_expressions -> the invalid target.
  pos_ = afterFor;
  expr *e = parseStarExpressions();
  raiseInvalidTarget(TargetKind::For, e);
}

stmt *Parser::parseFor(size_t start, bool async) {
  const Token &kw = next(); // for
  size_t afterFor = pos_;
  expr *target;
  try {
    target = parseStarTargets();
    expect(Tok::KW_in);
  } catch (ParseFail &) {
    if (diag_) forTargetDiag(afterFor);
    throw;
  }
  expr *iter = parseStarExpressions();
  expectColon();
  Seq<stmt *> body = parseBlock("'for' statement", kw.lineno);
  Seq<stmt *> orelse;
  if (at(Tok::KW_else)) orelse = parseElseBlock();
  if (async) {
    auto *s = mk<AsyncFor>(locFrom(start));
    s->target = target;
    s->iter = iter;
    s->body = body;
    s->orelse = orelse;
    return s;
  }
  auto *s = mk<For>(locFrom(start));
  s->target = target;
  s->iter = iter;
  s->body = body;
  s->orelse = orelse;
  return s;
}

ast::withitem *Parser::parseWithItem() {
  expr *e = parseExpression();
  expr *t = nullptr;
  if (accept(Tok::KW_as)) {
    size_t ts = pos_;
    try {
      t = parseStarTarget();
      if (!at(Tok::COMMA) && !at(Tok::RPAR) && !at(Tok::COLON)) fail();
    } catch (ParseFail &) {
      if (diag_) {
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        pos_ = ts;
        size_t mark = scratch_.size();
        try {
          expr *a = parseExpression();
          if (at(Tok::COMMA) || at(Tok::RPAR) || at(Tok::COLON))
            raiseInvalidTarget(TargetKind::Star, a);
        } catch (ParseFail &) {
          scratch_.resize(mark);
        }
      }
      throw;
    }
  }
  auto *w = mk<withitem>(Loc{});
  w->context_expr = e;
  w->optional_vars = t;
  return w;
}

bool Parser::tryParenWithItems(List<withitem> &items) {
  size_t save = pos_;
  size_t mark = scratch_.size();
  try {
    ++pos_; // (
    for (;;) {
      items.push(parseWithItem());
      if (!accept(Tok::COMMA)) break;
      if (at(Tok::RPAR)) break;
    }
    expect(Tok::RPAR);
    if (!at(Tok::COLON)) fail();
    return true;
  } catch (ParseFail &) {
    pos_ = save;
    scratch_.resize(mark);
    return false;
  }
}

void Parser::withDiag(size_t afterWith) {
  // invalid_with_stmt: ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
  //                  | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  size_t mark = scratch_.size();
  for (int paren = 0; paren < 2; ++paren) {
    pos_ = afterWith;
    try {
      if (paren) expect(Tok::LPAR);
      for (;;) {
        if (paren) {
          parseExpression();
          while (at(Tok::COMMA) && startsExpression(kind(1))) {
            ++pos_;
            parseExpression();
          }
        } else {
          parseExpression();
        }
        if (accept(Tok::KW_as)) parseStarTarget();
        if (!accept(Tok::COMMA)) break;
        if (paren && at(Tok::RPAR)) break;
      }
      if (paren) expect(Tok::RPAR);
      if (at(Tok::NEWLINE)) raiseLast("expected ':'");
    } catch (ParseFail &) {
      scratch_.resize(mark);
    }
  }
}

stmt *Parser::parseWith(size_t start, bool async) {
  const Token &kw = next(); // with
  size_t afterWith = pos_;
  auto items = list<withitem>();
  try {
    if (!(at(Tok::LPAR) && tryParenWithItems(items))) {
      do {
        items.push(parseWithItem());
      } while (accept(Tok::COMMA));
    }
    if (!at(Tok::COLON)) fail();
  } catch (ParseFail &) {
    if (diag_) withDiag(afterWith);
    throw;
  }
  expectColon();
  Seq<stmt *> body = parseBlock("'with' statement", kw.lineno);
  if (async) {
    auto *s = mk<AsyncWith>(locFrom(start));
    s->items = seq(items);
    s->body = body;
    return s;
  }
  auto *s = mk<With>(locFrom(start));
  s->items = seq(items);
  s->body = body;
  return s;
}

stmt *Parser::parseTry() {
  size_t start = pos_;
  const Token &kw = next();
  expectForced(Tok::COLON, ":");
  Seq<stmt *> body = parseBlock("'try' statement", kw.lineno);
  auto handlers = list<excepthandler>();
  bool star = false;
  while (at(Tok::KW_except)) {
    size_t hs = pos_;
    const Token &ekw = next();
    bool isStar = accept(Tok::STAR);
    if (!handlers.empty() && isStar != star) {
      if (diag_ && isStar && (at(Tok::NEWLINE) || at(Tok::COLON)))
        raiseLast("expected one or more exception types");
      if (diag_) {
        if (isStar)
          raiseTokRange(ekw, toks_[hs + 1],
                        "cannot have both 'except' and 'except*' on the same 'try'");
        raiseTok(ekw, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      fail();
    }
    star = isStar;
    expr *type = nullptr;
    Ident name;
    if (diag_ && at(Tok::NEWLINE)) {
      if (isStar) raiseLast("expected one or more exception types");
      raiseLast("expected ':'");
    }
    if (!at(Tok::COLON)) {
      type = parseExpression();
      if (accept(Tok::KW_as)) {
        name = expectName();
      } else if (diag_ && at(Tok::COMMA)) {
        // invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME ] ':'
        size_t save = pos_;
        size_t mark = scratch_.size();
        ++pos_;
        try {
          parseExpression();
          while (at(Tok::COMMA) && startsExpression(kind(1))) {
            ++pos_;
            parseExpression();
          }
          accept(Tok::COMMA);
          if (accept(Tok::KW_as)) expect(Tok::NAME);
          if (accept(Tok::COLON))
            raiseFrom(type->loc.lineno, type->loc.col_offset,
                      "multiple exception types must be parenthesized");
        } catch (ParseFail &) {
        }
        pos_ = save;
        scratch_.resize(mark);
      }
      if (diag_ && at(Tok::NEWLINE)) raiseLast("expected ':'");
    } else if (isStar) {
      if (diag_) raiseLast("expected one or more exception types");
      fail();
    }
    expectColon();
    Seq<stmt *> hbody =
        parseBlock(isStar ? "'except*' statement" : "'except' statement", ekw.lineno);
    auto *h = mk<ExceptHandler>(locFrom(hs));
    h->type = type;
    h->name = name;
    h->body = hbody;
    handlers.push(h);
  }
  Seq<stmt *> orelse, finalbody;
  if (!handlers.empty() && at(Tok::KW_else)) orelse = parseElseBlock();
  if (at(Tok::KW_finally)) {
    const Token &fkw = next();
    expectForced(Tok::COLON, ":");
    finalbody = parseBlock("'finally' statement", fkw.lineno);
  }
  if (handlers.empty() && finalbody.empty()) {
    if (diag_) raiseLast("expected 'except' or 'finally' block");
    fail();
  }
  if (star) {
    auto *s = mk<TryStar>(locFrom(start));
    s->body = body;
    s->handlers = seq(handlers);
    s->orelse = orelse;
    s->finalbody = finalbody;
    return s;
  }
  auto *s = mk<Try>(locFrom(start));
  s->body = body;
  s->handlers = seq(handlers);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

stmt *Parser::parseDecorated() {
  auto decos = list<expr>();
  while (accept(Tok::AT)) {
    decos.push(parseNamedExpression());
    expect(Tok::NEWLINE);
  }
  Seq<expr *> d = seq(decos);
  size_t start = pos_;
  if (at(Tok::KW_def)) return parseFuncDef(start, false, d);
  if (at(Tok::KW_async) && kind(1) == Tok::KW_def) {
    ++pos_;
    return parseFuncDef(start, true, d);
  }
  if (at(Tok::KW_class)) return parseClassDef(d);
  fail();
}

stmt *Parser::parseFuncDef(size_t start, bool async, Seq<expr *> decorators) {
  const Token &kw = next(); // def
  Ident name = expectName();
  Seq<type_param *> tp;
  if (at(Tok::LSQB)) {
    // [type_params] is optional: if it does not parse, the forced '('
    // reports the error at the '['.
    size_t save = pos_;
    size_t mark = scratch_.size();
    try {
      tp = parseTypeParams();
    } catch (ParseFail &) {
      pos_ = save;
      scratch_.resize(mark);
    }
  }
  expectForced(Tok::LPAR, "(");
  arguments *args = at(Tok::RPAR) ? mk<arguments>(Loc{}) : parseParams(false);
  expect(Tok::RPAR);
  expr *returns = nullptr;
  if (accept(Tok::RARROW)) returns = parseExpression();
  expectForced(Tok::COLON, ":");
  Seq<stmt *> body = parseBlock("function definition", kw.lineno);
  if (async) {
    auto *s = mk<AsyncFunctionDef>(locFrom(start));
    s->name = name;
    s->args = args;
    s->body = body;
    s->decorator_list = decorators;
    s->returns = returns;
    s->type_params = tp;
    return s;
  }
  auto *s = mk<FunctionDef>(locFrom(start));
  s->name = name;
  s->args = args;
  s->body = body;
  s->decorator_list = decorators;
  s->returns = returns;
  s->type_params = tp;
  return s;
}

stmt *Parser::parseClassDef(Seq<expr *> decorators) {
  size_t start = pos_;
  const Token &kw = next(); // class
  Ident name = expectName();
  Seq<type_param *> tp;
  if (at(Tok::LSQB)) tp = parseTypeParams();
  Seq<expr *> bases;
  Seq<keyword *> keywords;
  if (accept(Tok::LPAR)) {
    Multi m(scratch_);
    parseArguments(m, pos_ - 1, false);
    expect(Tok::RPAR);
    bases = m.seq<expr>(arena_, 0);
    keywords = m.seq<keyword>(arena_, 1);
  }
  expectColon();
  Seq<stmt *> body = parseBlock("class definition", kw.lineno);
  auto *s = mk<ClassDef>(locFrom(start));
  s->name = name;
  s->bases = bases;
  s->keywords = keywords;
  s->body = body;
  s->decorator_list = decorators;
  s->type_params = tp;
  return s;
}

Seq<type_param *> Parser::parseTypeParams() {
  ++pos_; // [
  auto tps = list<type_param>();
  for (;;) {
    size_t ts = pos_;
    if (accept(Tok::STAR) || accept(Tok::DOUBLESTAR)) {
      bool spec = toks_[ts].kind == Tok::DOUBLESTAR;
      Ident name = expectName();
      if (at(Tok::COLON)) {
        const Token &colon = next();
        expr *e = parseExpression();
        const char *msg = e->kind == NodeKind::Tuple
                              ? (spec ? "cannot use constraints with ParamSpec"
                                      : "cannot use constraints with TypeVarTuple")
                              : (spec ? "cannot use bound with ParamSpec"
                                      : "cannot use bound with TypeVarTuple");
        raiseFrom(colon.lineno, colon.col, msg);
      }
      if (spec) {
        auto *p = mk<ParamSpec>(locFrom(ts));
        p->name = name;
        tps.push(p);
      } else {
        auto *p = mk<TypeVarTuple>(locFrom(ts));
        p->name = name;
        tps.push(p);
      }
    } else {
      Ident name = expectName();
      expr *bound = nullptr;
      if (accept(Tok::COLON)) bound = parseExpression();
      auto *p = mk<TypeVar>(locFrom(ts));
      p->name = name;
      p->bound = bound;
      tps.push(p);
    }
    if (!accept(Tok::COMMA)) break;
    if (at(Tok::RSQB)) break;
  }
  expect(Tok::RSQB);
  return seq(tps);
}

ast::arg *Parser::parseParam(bool lambda, bool starAnnotation) {
  size_t start = pos_;
  Ident name = expectName();
  expr *ann = nullptr;
  if (!lambda && accept(Tok::COLON)) ann = starAnnotation ? parseStarExpression() : parseExpression();
  auto *a = mk<arg>(locFrom(start));
  a->arg = name;
  a->annotation = ann;
  return a;
}

ast::arguments *Parser::parseParams(bool lambda) {
  // Tags in the multi-list: 0 posonly, 1 args, 2 defaults, 3 kwonly, 4 kw_defaults.
  const Tok close = lambda ? Tok::COLON : Tok::RPAR;
  Multi m(scratch_);
  arg *vararg = nullptr, *kwarg = nullptr;
  bool slash = false, star = false, seenDefault = false;
  size_t nPositional = 0, nKwonly = 0;
  const Token *starTok = nullptr;
  for (;;) {
    if (at(close)) break;
    if (at(Tok::SLASH)) {
      const Token &t = peekTok();
      if (diag_) {
        if (nPositional == 0 && !star && kind(1) == Tok::COMMA)
          raiseTok(t, "at least one argument must precede /");
        if (slash) raiseTok(t, "/ may appear only once");
        if (star) raiseTok(t, "/ must be ahead of *");
      }
      if (slash || star || nPositional == 0) fail();
      ++pos_;
      slash = true;
      m.retag(1, 0);
      if (diag_ && at(Tok::STAR)) raiseTok(peekTok(), "expected comma between / and *");
    } else if (at(Tok::STAR)) {
      const Token &t = next();
      if (star) {
        if (diag_) raiseTok(t, "* argument may appear only once");
        fail();
      }
      star = true;
      starTok = &t;
      if (at(Tok::COMMA)) {
        // bare '*': checked below
        if (diag_ && (kind(1) == close || kind(1) == Tok::DOUBLESTAR)) {
          if (lambda) {
            peekTok(1);
            raiseLast("named arguments must follow bare *");
          }
          raiseTok(t, "named arguments must follow bare *");
        }
      } else if (at(Tok::NAME)) {
        vararg = parseParam(lambda, !lambda);
        if (at(Tok::EQUAL)) {
          if (diag_) raiseTok(peekTok(), "var-positional argument cannot have default value");
          fail();
        }
      } else {
        if (diag_ && at(close)) {
          if (lambda) raiseLast("named arguments must follow bare *");
          raiseTok(t, "named arguments must follow bare *");
        }
        fail();
      }
    } else if (at(Tok::DOUBLESTAR)) {
      ++pos_;
      kwarg = parseParam(lambda, false);
      if (at(Tok::EQUAL)) {
        if (diag_) raiseTok(peekTok(), "var-keyword argument cannot have default value");
        fail();
      }
      if (accept(Tok::COMMA) && !at(close)) {
        if (diag_) {
          Tok k = kind();
          if (k == Tok::NAME || k == Tok::STAR || k == Tok::DOUBLESTAR || k == Tok::SLASH)
            raiseTok(peekTok(), "arguments cannot follow var-keyword argument");
        }
        fail();
      }
      break;
    } else if (at(Tok::NAME)) {
      arg *p = parseParam(lambda, false);
      expr *def = nullptr;
      if (at(Tok::EQUAL)) {
        const Token &eq = next();
        if (diag_ && (at(Tok::RPAR) || at(Tok::COMMA)))
          raiseTok(eq, "expected default value expression");
        def = parseExpression();
      }
      if (star) {
        m.push(3, p);
        m.push(4, def);
        ++nKwonly;
      } else {
        if (def) {
          m.push(2, def);
          seenDefault = true;
        } else if (seenDefault) {
          // (param_no_default: the parameter must be followed by ',' or the end)
          if (diag_ && (at(Tok::COMMA) || at(close)))
            raiseNode(p, "parameter without a default follows parameter with a default");
          fail();
        }
        m.push(1, p);
        ++nPositional;
      }
    } else {
      if (diag_ && at(Tok::LPAR) && !star && !slash && !seenDefault) {
        // param_no_default* '(' param_no_default+ ','? ')'
        size_t save = pos_;
        size_t mark = scratch_.size();
        const Token &lp = next();
        try {
          if (!at(Tok::NAME)) fail();
          while (at(Tok::NAME)) {
            parseParam(lambda, false);
            if (!accept(Tok::COMMA)) break;
          }
          if (at(Tok::RPAR))
            raiseTokRange(lp, peekTok(),
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
        } catch (ParseFail &) {
        }
        pos_ = save;
        scratch_.resize(mark);
      }
      fail();
    }
    if (!accept(Tok::COMMA)) break;
  }
  if (!at(close)) {
    if (diag_ && at(Tok::SLASH) && star) raiseTok(peekTok(), "/ must be ahead of *");
    fail();
  }
  if (star && !vararg && nKwonly == 0) {
    if (diag_) {
      if (lambda) raiseLast("named arguments must follow bare *");
      raiseTok(*starTok, "named arguments must follow bare *");
    }
    fail();
  }
  auto *a = mk<arguments>(Loc{});
  a->posonlyargs = m.seq<arg>(arena_, 0);
  a->args = m.seq<arg>(arena_, 1);
  a->vararg = vararg;
  a->kwonlyargs = m.seq<arg>(arena_, 3);
  a->kw_defaults = m.seq<expr>(arena_, 4);
  a->kwarg = kwarg;
  a->defaults = m.seq<expr>(arena_, 2);
  return a;
}

// ---- match ----------------------------------------------------------------

stmt *Parser::parseMatch() {
  size_t start = pos_;
  const Token &kw = next(); // match
  size_t ss = pos_;
  expr *subject = parseStarNamedExpression();
  if (at(Tok::COMMA)) {
    auto elts = list<expr>();
    elts.push(subject);
    while (accept(Tok::COMMA)) {
      if (!startsExpression(kind()) && !at(Tok::STAR)) break;
      elts.push(parseStarNamedExpression());
    }
    auto *t = mk<Tuple>(locFrom(ss));
    t->elts = seq(elts);
    t->ctx = expr_context::Load;
    subject = t;
  } else if (subject->kind == NodeKind::Starred) {
    fail();
  }
  expectColon();
  expect(Tok::NEWLINE);
  if (!at(Tok::INDENT)) {
    if (diag_) raiseIndent("'match' statement", kw.lineno);
    fail();
  }
  ++pos_;
  auto cases = list<match_case>();
  do {
    cases.push(parseCaseBlock());
  } while (!at(Tok::DEDENT));
  expect(Tok::DEDENT);
  auto *s = mk<Match>(locFrom(start));
  s->subject = subject;
  s->cases = seq(cases);
  return s;
}

ast::match_case *Parser::parseCaseBlock() {
  if (!atSoft("case")) fail();
  const Token &kw = next();
  pattern *p = parsePatterns();
  expr *guard = nullptr;
  if (accept(Tok::KW_if)) guard = parseNamedExpression();
  expectColon();
  Seq<stmt *> body = parseBlock("'case' statement", kw.lineno);
  auto *c = mk<match_case>(Loc{});
  c->pattern = p;
  c->guard = guard;
  c->body = body;
  return c;
}

// ===========================================================================
// Targets
// ===========================================================================

expr *Parser::invalidTarget(expr *e, TargetKind k) {
  switch (e->kind) {
  case NodeKind::List:
    for (expr *x : static_cast<ast::List *>(e)->elts)
      if (expr *bad = invalidTarget(x, k)) return bad;
    return nullptr;
  case NodeKind::Tuple:
    for (expr *x : static_cast<Tuple *>(e)->elts)
      if (expr *bad = invalidTarget(x, k)) return bad;
    return nullptr;
  case NodeKind::Starred:
    if (k == TargetKind::Del) return e;
    return invalidTarget(static_cast<Starred *>(e)->value, k);
  case NodeKind::Compare:
    if (k == TargetKind::For) {
      auto *c = static_cast<Compare *>(e);
      if (c->ops[0] == cmpop::In) return invalidTarget(c->left, k);
      return nullptr;
    }
    return e;
  case NodeKind::Name:
  case NodeKind::Subscript:
  case NodeKind::Attribute: return nullptr;
  default: return e;
  }
}

void Parser::setContext(expr *e, expr_context ctx) {
  switch (e->kind) {
  case NodeKind::Name: static_cast<Name *>(e)->ctx = ctx; break;
  case NodeKind::Attribute: static_cast<Attribute *>(e)->ctx = ctx; break;
  case NodeKind::Subscript: static_cast<Subscript *>(e)->ctx = ctx; break;
  case NodeKind::Starred: {
    auto *s = static_cast<Starred *>(e);
    s->ctx = ctx;
    setContext(s->value, ctx);
    break;
  }
  case NodeKind::List: {
    auto *l = static_cast<ast::List *>(e);
    l->ctx = ctx;
    for (expr *x : l->elts) setContext(x, ctx);
    break;
  }
  case NodeKind::Tuple: {
    auto *t = static_cast<Tuple *>(e);
    t->ctx = ctx;
    for (expr *x : t->elts) setContext(x, ctx);
    break;
  }
  default: break;
  }
}

expr *Parser::parseStarTarget() {
  size_t start = pos_;
  if (accept(Tok::STAR)) {
    if (at(Tok::STAR)) fail();
    Depth d(*this, 2);
    expr *inner = parseStarTarget();
    auto *s = mk<Starred>(locFrom(start));
    s->value = inner;
    s->ctx = expr_context::Store;
    return s;
  }
  expr *e = parsePrimary();
  if (invalidTarget(e, TargetKind::Star)) fail();
  setContext(e, expr_context::Store);
  return e;
}

expr *Parser::parseStarTargets() {
  size_t start = pos_;
  expr *t = parseStarTarget();
  if (!at(Tok::COMMA)) return t;
  auto elts = list<expr>();
  elts.push(t);
  while (accept(Tok::COMMA)) {
    if (!startsStarTarget(kind())) break;
    if (!peg_) {
      elts.push(parseStarTarget());
      continue;
    }
    size_t save = pos_;
    try {
      elts.push(parseStarTarget());
    } catch (ParseFail &) {
      pos_ = save;
      break;
    }
  }
  auto *tu = mk<Tuple>(locFrom(start));
  tu->elts = seq(elts);
  tu->ctx = expr_context::Store;
  return tu;
}


// ===========================================================================
// Expressions
// ===========================================================================

expr *Parser::parseStarExpressions() {
  size_t start = pos_;
  expr *e = parseStarExpression();
  if (!at(Tok::COMMA)) return e;
  auto elts = list<expr>();
  elts.push(e);
  while (accept(Tok::COMMA)) {
    if (!startsExpression(kind()) && !at(Tok::STAR)) break;
    if (!peg_) {
      elts.push(parseStarExpression());
      continue;
    }
    size_t save = pos_;
    try {
      elts.push(parseStarExpression());
    } catch (ParseFail &) {
      pos_ = save; // the comma was a trailing one
      break;
    }
  }
  auto *t = mk<Tuple>(locFrom(start));
  t->elts = seq(elts);
  t->ctx = expr_context::Load;
  return t;
}

expr *Parser::parseStarExpression() {
  if (at(Tok::STAR)) {
    size_t start = pos_;
    ++pos_;
    expr *v = parseBitOr();
    auto *s = mk<Starred>(locFrom(start));
    s->value = v;
    s->ctx = expr_context::Load;
    return s;
  }
  return parseExpression();
}

expr *Parser::parseStarNamedExpression() {
  if (at(Tok::STAR)) {
    size_t start = pos_;
    ++pos_;
    expr *v = parseBitOr();
    auto *s = mk<Starred>(locFrom(start));
    s->value = v;
    s->ctx = expr_context::Load;
    return s;
  }
  return parseNamedExpression();
}

expr *Parser::parseWalrus() {
  size_t start = pos_;
  Name *target = nameNode(next(), expr_context::Store);
  ++pos_; // :=
  Depth d(*this, 2);
  expr *value = parseExpression();
  auto *n = mk<NamedExpr>(locFrom(start));
  n->target = target;
  n->value = value;
  return n;
}

expr *Parser::parseNamedExpression() {
  if (at(Tok::NAME) && kind(1) == Tok::COLONEQUAL) return parseWalrus();
  size_t start = pos_;
  expr *e = parseExpression();
  if (diag_) namedExprDiag(start, e);
  if (at(Tok::COLONEQUAL)) fail();
  return e;
}

expr *Parser::parseArgExpr() {
  if (at(Tok::NAME) && kind(1) == Tok::COLONEQUAL) return parseWalrus();
  expr *e = parseExpression();
  if (at(Tok::COLONEQUAL)) fail();
  return e;
}

expr *Parser::parseExpression() {
  if (peg_) {
    // CPython memoizes `expression` per position: a result computed with the
    // invalid_* rules off is reused when they are on.
    uint8_t &m = memo_[pos_ < memo_.size() ? pos_ : memo_.size() - 1];
    if (!diag_) {
      m |= 1;
    } else if (m & 1) {
      diag_ = false;
      try {
        expr *e = parseExpression();
        diag_ = true;
        return e;
      } catch (...) {
        diag_ = true;
        throw;
      }
    }
  }
  Depth d(*this, 1);
  if (at(Tok::KW_lambda)) return parseLambda();
  size_t start = pos_;
  expr *a = parseDisjunction();
  if (at(Tok::KW_if)) return parseIfExpTail(a, start);
  if (diag_) expressionDiag(start, a);
  return a;
}

expr *Parser::parseExpressionNoDiag() {
  // CPython's expression_without_invalid (a separate rule: it does not
  // share `expression`'s memo, only disjunction's).
  Depth d(*this, 1);
  if (at(Tok::KW_lambda)) return parseLambda();
  size_t start = pos_;
  expr *a = parseDisjunction();
  if (at(Tok::KW_if)) return parseIfExpTail(a, start);
  return a;
}

expr *Parser::parseIfExpTail(expr *body, size_t start) {
  size_t ifPos = pos_++;
  // Second pass: PEG semantics, "a if b" without a valid tail is just "a".
  auto backtrack = [&]() -> expr * {
    pos_ = ifPos;
    if (diag_) expressionDiag(start, body);
    return body;
  };
  expr *test;
  if (!peg_) {
    test = parseDisjunction();
  } else {
    try {
      test = parseDisjunction();
    } catch (ParseFail &) {
      return backtrack();
    }
  }
  if (!accept(Tok::KW_else)) {
    if (diag_ && !at(Tok::COLON)) raiseRange(body, test, "expected 'else' after 'if' expression");
    if (peg_) return backtrack();
    fail();
  }
  expr *orelse;
  if (!peg_) {
    orelse = parseExpression();
  } else {
    try {
      orelse = parseExpression();
    } catch (ParseFail &) {
      return backtrack();
    }
  }
  auto *e = mk<IfExp>(locFrom(start));
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return e;
}

expr *Parser::parseDisjunction() {
  if (peg_) {
    uint8_t &m = memo_[pos_ < memo_.size() ? pos_ : memo_.size() - 1];
    if (!diag_) {
      m |= 2;
    } else if (m & 2) {
      diag_ = false;
      try {
        expr *e = parseDisjunction();
        diag_ = true;
        return e;
      } catch (...) {
        diag_ = true;
        throw;
      }
    }
  }
  Depth d(*this, 11);
  size_t start = pos_;
  expr *a = parseConjunction();
  if (!at(Tok::KW_or)) return a;
  auto values = list<expr>();
  values.push(a);
  while (at(Tok::KW_or)) {
    size_t opPos = pos_++;
    if (!peg_) {
      values.push(parseConjunction());
      continue;
    }
    try {
      values.push(parseConjunction());
    } catch (ParseFail &) {
      pos_ = opPos; // PEG: the repetition just stops
      break;
    }
  }
  if (values.size() == 1) return a;
  auto *b = mk<BoolOp>(locFrom(start));
  b->op = boolop::Or;
  b->values = seq(values);
  return b;
}

expr *Parser::parseConjunction() {
  size_t start = pos_;
  expr *a = parseInversion();
  if (!at(Tok::KW_and)) return a;
  auto values = list<expr>();
  values.push(a);
  while (at(Tok::KW_and)) {
    size_t opPos = pos_++;
    if (!peg_) {
      values.push(parseInversion());
      continue;
    }
    try {
      values.push(parseInversion());
    } catch (ParseFail &) {
      pos_ = opPos;
      break;
    }
  }
  if (values.size() == 1) return a;
  auto *b = mk<BoolOp>(locFrom(start));
  b->op = boolop::And;
  b->values = seq(values);
  return b;
}

expr *Parser::parseInversion() {
  if (!at(Tok::KW_not)) return parseComparison();
  size_t start = pos_;
  size_t n = 0;
  while (kind(n) == Tok::KW_not) ++n;
  Depth d(*this, static_cast<int>(n));
  pos_ += n;
  expr *e = parseComparison();
  const Token &end = lastTok(); // (the operand may be parenthesized)
  for (size_t i = n; i-- > 0;) {
    const Token &t = toks_[start + i];
    auto *u = mk<UnaryOp>(Loc{t.lineno, t.col, end.end_lineno, end.end_col});
    u->op = unaryop::Not;
    u->operand = e;
    e = u;
  }
  return e;
}

expr *Parser::parseComparison() {
  size_t start = pos_;
  expr *a = parseBitOr();
  Multi m(scratch_); // 0: ops (as integers), 1: comparators
  for (;;) {
    cmpop op;
    size_t opPos = pos_;
    switch (kind()) {
    case Tok::EQEQUAL: op = cmpop::Eq; break;
    case Tok::NOTEQUAL:
      if (peekTok().text != "!=") goto done; // '<>' (only with barry_as_FLUFL)
      op = cmpop::NotEq;
      break;
    case Tok::LESS: op = cmpop::Lt; break;
    case Tok::LESSEQUAL: op = cmpop::LtE; break;
    case Tok::GREATER: op = cmpop::Gt; break;
    case Tok::GREATEREQUAL: op = cmpop::GtE; break;
    case Tok::KW_in: op = cmpop::In; break;
    case Tok::KW_not:
      if (kind(1) != Tok::KW_in) goto done;
      ++pos_;
      op = cmpop::NotIn;
      break;
    case Tok::KW_is:
      if (kind(1) == Tok::KW_not) {
        ++pos_;
        op = cmpop::IsNot;
      } else {
        op = cmpop::Is;
      }
      break;
    default: goto done;
    }
    ++pos_;
    expr *right;
    if (!peg_) {
      right = parseBitOr();
    } else {
      try {
        right = parseBitOr();
      } catch (ParseFail &) {
        pos_ = opPos;
        break;
      }
    }
    m.push(0, reinterpret_cast<void *>(static_cast<uintptr_t>(op) + 1));
    m.push(1, right);
  }
done:
  size_t n = m.count(1);
  if (n == 0) return a;
  auto *c = mk<Compare>(locFrom(start));
  c->left = a;
  c->comparators = m.seq<expr>(arena_, 1);
  c->ops.size = static_cast<uint32_t>(n);
  c->ops.data = arena_.allocArray<cmpop>(n);
  size_t j = 0;
  for (size_t i = m.base; i < scratch_.size(); i += 2)
    if (reinterpret_cast<uintptr_t>(scratch_[i]) == 0)
      c->ops.data[j++] = static_cast<cmpop>(reinterpret_cast<uintptr_t>(scratch_[i + 1]) - 1);
  return c;
}

namespace {

// Binary operator precedence (higher binds tighter), as in CPython's grammar:
// bitwise_or < bitwise_xor < bitwise_and < shift_expr < sum < term.
bool binaryOp(Tok t, int &prec, binop &op) {
  switch (t) {
  case Tok::VBAR: prec = 0; op = binop::BitOr; return true;
  case Tok::CIRCUMFLEX: prec = 1; op = binop::BitXor; return true;
  case Tok::AMPER: prec = 2; op = binop::BitAnd; return true;
  case Tok::LEFTSHIFT: prec = 3; op = binop::LShift; return true;
  case Tok::RIGHTSHIFT: prec = 3; op = binop::RShift; return true;
  case Tok::PLUS: prec = 4; op = binop::Add; return true;
  case Tok::MINUS: prec = 4; op = binop::Sub; return true;
  case Tok::STAR: prec = 5; op = binop::Mult; return true;
  case Tok::SLASH: prec = 5; op = binop::Div; return true;
  case Tok::DOUBLESLASH: prec = 5; op = binop::FloorDiv; return true;
  case Tok::PERCENT: prec = 5; op = binop::Mod; return true;
  case Tok::AT: prec = 5; op = binop::MatMult; return true;
  default: return false;
  }
}

} // namespace

expr *Parser::parseBitOr() { return parseBinary(0); }

expr *Parser::parseBinary(int minPrec) {
  size_t start = pos_;
  expr *left = parseFactor();
  for (;;) {
    int prec;
    binop op;
    if (!binaryOp(kind(), prec, op) || prec < minPrec) break;
    size_t opPos = pos_++;
    expr *right;
    if (!peg_) {
      right = parseBinary(prec + 1);
    } else {
      try {
        right = parseBinary(prec + 1);
      } catch (ParseFail &) {
        pos_ = opPos;
        break;
      }
    }
    auto *b = mk<BinOp>(locFrom(start));
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
  return left;
}

expr *Parser::parseFactor() {
  Tok k = kind();
  if (k != Tok::PLUS && k != Tok::MINUS && k != Tok::TILDE) return parsePower();
  size_t start = pos_;
  size_t n = 0;
  for (;;) {
    Tok t = kind(n);
    if (t != Tok::PLUS && t != Tok::MINUS && t != Tok::TILDE) break;
    ++n;
  }
  Depth d(*this, static_cast<int>(n));
  pos_ += n;
  expr *e = parsePower();
  const Token &end = lastTok(); // (the operand may be parenthesized)
  for (size_t i = n; i-- > 0;) {
    const Token &t = toks_[start + i];
    auto *u = mk<UnaryOp>(Loc{t.lineno, t.col, end.end_lineno, end.end_col});
    u->op = t.kind == Tok::PLUS ? unaryop::UAdd : t.kind == Tok::MINUS ? unaryop::USub
                                                                        : unaryop::Invert;
    u->operand = e;
    e = u;
  }
  return e;
}

expr *Parser::parsePower() {
  size_t start = pos_;
  expr *a = parseAwaitPrimary();
  if (!at(Tok::DOUBLESTAR)) return a;
  size_t opPos = pos_++;
  Depth d(*this, 2);
  expr *b;
  if (!peg_) {
    b = parseFactor();
  } else {
    try {
      b = parseFactor();
    } catch (ParseFail &) {
      pos_ = opPos;
      return a;
    }
  }
  auto *e = mk<BinOp>(locFrom(start));
  e->left = a;
  e->op = binop::Pow;
  e->right = b;
  return e;
}

expr *Parser::parseAwaitPrimary() {
  if (!at(Tok::KW_await)) return parsePrimary();
  size_t start = pos_;
  ++pos_;
  expr *v = parsePrimary();
  auto *a = mk<Await>(locFrom(start));
  a->value = v;
  return a;
}

expr *Parser::parsePrimary() {
  size_t start = pos_;
  expr *e = parseAtom();
  return parsePrimaryTail(e, start);
}

expr *Parser::parsePrimaryTail(expr *e, size_t start) {
  if (peg_) {
    // PEG: a trailer that does not parse is simply not part of the primary.
    for (;;) {
      size_t save = pos_;
      Tok k = kind();
      if (k != Tok::DOT && k != Tok::LPAR && k != Tok::LSQB) return e;
      try {
        e = parseTrailer(e, start);
      } catch (ParseFail &) {
        pos_ = save;
        return e;
      }
    }
  }
  for (;;) {
    switch (kind()) {
    case Tok::DOT: {
      ++pos_;
      const Token &t = peekTok();
      if (t.kind != Tok::NAME) fail();
      ++pos_;
      auto *a = mk<Attribute>(locFrom(start));
      a->value = e;
      a->attr = ident(t);
      a->ctx = expr_context::Load;
      e = a;
      break;
    }
    case Tok::LPAR: e = parseCall(e, start); break;
    case Tok::LSQB: {
      ++pos_;
      Depth d(*this, 10);
      expr *slice = parseSlices();
      expect(Tok::RSQB);
      auto *s = mk<Subscript>(locFrom(start));
      s->value = e;
      s->slice = slice;
      s->ctx = expr_context::Load;
      e = s;
      break;
    }
    default: return e;
    }
  }
}

expr *Parser::parseTrailer(expr *e, size_t start) {
  switch (kind()) {
  case Tok::DOT: {
    ++pos_;
    const Token &t = peekTok();
    if (t.kind != Tok::NAME) fail();
    ++pos_;
    auto *a = mk<Attribute>(locFrom(start));
    a->value = e;
    a->attr = ident(t);
    a->ctx = expr_context::Load;
    return a;
  }
  case Tok::LPAR: return parseCall(e, start);
  case Tok::LSQB: {
    ++pos_;
    Depth d(*this, 10);
    expr *slice = parseSlices();
    expect(Tok::RSQB);
    auto *s = mk<Subscript>(locFrom(start));
    s->value = e;
    s->slice = slice;
    s->ctx = expr_context::Load;
    return s;
  }
  default: fail();
  }
}

expr *Parser::parseCall(expr *func, size_t start) {
  size_t lpar = pos_;
  ++pos_;
  Depth d(*this, 10);
  Multi m(scratch_);
  expr *gen = parseArguments(m, lpar, true);
  auto *c = mk<Call>(Loc{});
  c->func = func;
  if (gen) {
    c->args = seq1<expr>(gen);
  } else {
    expect(Tok::RPAR);
    c->args = m.seq<expr>(arena_, 0);
    c->keywords = m.seq<keyword>(arena_, 1);
  }
  c->loc = locFrom(start);
  return c;
}

namespace {
expr *lastComprehensionItem(Seq<comprehension *> gens) {
  comprehension *c = gens[gens.size - 1];
  return c->ifs.empty() ? c->iter : c->ifs[c->ifs.size - 1];
}
} // namespace

expr *Parser::parseArguments(Multi &m, size_t lparIdx, bool allowGenexp) {
  int state = 0; // 0: positional, 1: after a keyword, 2: after '**'
  bool first = true;
  bool pendingPositional = false;
  bool sawDoubleStar = false;
  for (;;) {
    if (at(Tok::RPAR)) break;
    size_t as = pos_;
    Tok k = kind();
    if (k == Tok::STAR) {
      const Token &st = next();
      if (state == 2) {
        if (diag_) raiseTok(st, "iterable argument unpacking follows keyword argument unpacking");
        fail();
      }
      expr *v;
      if (diag_ && state == 1) {
        // args ',' '*' with nothing usable after the '*'
        try {
          v = parseExpression();
        } catch (ParseFail &) {
          raiseTok(st, "iterable argument unpacking follows keyword argument unpacking");
        }
      } else {
        v = parseExpression();
      }
      if (diag_ && first && (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for))) {
        // invalid_comprehension: '(' a=starred_expression for_if_clauses
        size_t save = pos_;
        try {
          parseComprehensions();
          raiseAt(st.lineno, st.col, v->loc.end_lineno, v->loc.end_col_offset,
                  "iterable unpacking cannot be used in comprehension");
        } catch (ParseFail &) {
        }
        pos_ = save;
      }
      if (diag_ && at(Tok::EQUAL)) {
        ++pos_;
        expr *b = parseExpression();
        raiseAt(st.lineno, st.col, b->loc.end_lineno, b->loc.end_col_offset,
                "cannot assign to iterable argument unpacking");
      }
      auto *s = mk<Starred>(locFrom(as));
      s->value = v;
      s->ctx = expr_context::Load;
      m.push(0, s);
    } else if (k == Tok::DOUBLESTAR) {
      const Token &st = next();
      expr *v = parseExpression();
      if (diag_ && at(Tok::EQUAL)) {
        ++pos_;
        expr *b = parseExpression();
        raiseAt(st.lineno, st.col, b->loc.end_lineno, b->loc.end_col_offset,
                "cannot assign to keyword argument unpacking");
      }
      auto *kw = mk<keyword>(locFrom(as));
      kw->value = v;
      m.push(1, kw);
      state = 2;
      sawDoubleStar = true;
    } else if (k == Tok::NAME && kind(1) == Tok::EQUAL) {
      const Token &nt = next();
      const Token &eq = next();
      if (diag_ && (at(Tok::COMMA) || at(Tok::RPAR)))
        raiseTokRange(nt, eq, "expected argument value expression");
      expr *v = parseExpression();
      if (diag_ && (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)))
        raiseTokRange(nt, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      auto *kw = mk<keyword>(locFrom(as));
      kw->arg = ident(nt);
      kw->value = v;
      m.push(1, kw);
      if (state == 0) state = 1;
    } else {
      if (diag_ && (k == Tok::KW_True || k == Tok::KW_False || k == Tok::KW_None) &&
          kind(1) == Tok::EQUAL)
        raiseTokRange(peekTok(), peekTok(1),
                      "cannot assign to " + std::string(peekTok().text));
      if (state > 0 && !diag_) fail();
      expr *e = parseArgExpr();
      // (class bases have no generator alternative: don't look past 'async')
      if ((allowGenexp || diag_) &&
          (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for))) {
        Seq<comprehension *> gens = parseComprehensions();
        bool sole = first && at(Tok::RPAR);
        if (sole && allowGenexp) {
          ++pos_;
          auto *g = mk<GeneratorExp>(locFrom(lparIdx));
          g->elt = e;
          g->generators = gens;
          return g;
        }
        if (diag_ && !sole) {
          if (at(Tok::COMMA)) peekTok(1);
          raiseRange(e, lastComprehensionItem(gens), "Generator expression must be parenthesized");
        }
        fail();
      }
      if (at(Tok::EQUAL)) {
        if (diag_) {
          const Token &eq = peekTok();
          raiseAt(e->loc.lineno, e->loc.col_offset, eq.end_lineno, eq.end_col,
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        fail();
      }
      if (state > 0) pendingPositional = true;
      m.push(0, e);
    }
    first = false;
    if (!accept(Tok::COMMA)) break;
  }
  if (pendingPositional) {
    peekTok();
    raiseLast(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
  }
  return nullptr;
}

Seq<comprehension *> Parser::parseComprehensions() {
  auto gens = list<comprehension>();
  while (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)) {
    bool isAsync = accept(Tok::KW_async);
    ++pos_; // for
    size_t afterFor = pos_;
    expr *target;
    try {
      target = parseStarTargets();
      expect(Tok::KW_in);
    } catch (ParseFail &) {
      if (diag_) forTargetDiag(afterFor);
      throw;
    }
    expr *iter = parseDisjunction();
    comprehension *c = mk<comprehension>(Loc{});
    {
      auto ifs = list<expr>();
      while (accept(Tok::KW_if)) ifs.push(parseDisjunction());
      c->ifs = seq(ifs);
    }
    c->target = target;
    c->iter = iter;
    c->is_async = isAsync ? 1 : 0;
    gens.push(c);
  }
  return seq(gens);
}

expr *Parser::parseSlices() {
  size_t start = pos_;
  expr *s = parseSlice();
  if (!at(Tok::COMMA) && s->kind != NodeKind::Starred) return s;
  auto elts = list<expr>();
  elts.push(s);
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    elts.push(parseSlice());
  }
  auto *t = mk<Tuple>(locFrom(start));
  t->elts = seq(elts);
  t->ctx = expr_context::Load;
  return t;
}

expr *Parser::parseSlice() {
  size_t start = pos_;
  if (at(Tok::STAR)) {
    // starred_expression (only as an element of a tuple of slices)
    ++pos_;
    expr *v = parseExpression();
    auto *s = mk<Starred>(locFrom(start));
    s->value = v;
    s->ctx = expr_context::Load;
    return s;
  }
  expr *lower = nullptr;
  if (!at(Tok::COLON)) {
    lower = parseNamedExpression();
    if (!at(Tok::COLON)) return lower;
    if (lower->kind == NodeKind::NamedExpr && toks_[start].kind == Tok::NAME) fail();
  }
  ++pos_; // :
  expr *upper = nullptr, *step = nullptr;
  if (startsExpression(kind())) upper = parseExpression();
  if (accept(Tok::COLON)) {
    if (startsExpression(kind())) step = parseExpression();
  }
  auto *sl = mk<Slice>(locFrom(start));
  sl->lower = lower;
  sl->upper = upper;
  sl->step = step;
  return sl;
}

expr *Parser::parseAtom() {
  const Token &t = peekTok();
  switch (t.kind) {
  case Tok::NAME: ++pos_; return nameNode(t, expr_context::Load);
  case Tok::KW_True: ++pos_; return constant(ConstValue::Kind::True, tokLoc(t));
  case Tok::KW_False: ++pos_; return constant(ConstValue::Kind::False, tokLoc(t));
  case Tok::KW_None: ++pos_; return constant(ConstValue::Kind::None, tokLoc(t));
  case Tok::ELLIPSIS: ++pos_; return constant(ConstValue::Kind::Ellipsis, tokLoc(t));
  case Tok::NUMBER: ++pos_; return parseNumber(t);
  case Tok::STRING:
  case Tok::FSTRING_START: return parseStrings();
  case Tok::LPAR: return parseParenAtom();
  case Tok::LSQB: return parseListAtom();
  case Tok::LBRACE: return parseBraceAtom();
  default: fail();
  }
}

expr *Parser::parseNumber(const Token &t) {
  ConstValue cv;
  std::string msg;
  if (!molt::parseNumber(t.text, arena_, cv, msg)) raiseTok(t, msg);
  auto *c = mk<Constant>(tokLoc(t));
  c->value = cv;
  return c;
}

void Parser::comprehensionDiag(expr *first) {
  // invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses
  if (first->kind == NodeKind::Starred)
    raiseNode(first, "iterable unpacking cannot be used in comprehension");
}

void Parser::listTupleSetDiag(List<expr> &elts, const Token *lastComma) {
  // invalid_comprehension: ('[' | '{') a=star_named_expression ',' b=star_named_expressions
  // for_if_clauses -> "did you forget parentheses around the comprehension target?"
  if (!(at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for))) return;
  size_t save = pos_;
  try {
    parseComprehensions();
  } catch (ParseFail &) {
    pos_ = save;
    return;
  }
  pos_ = save;
  if (elts.size() == 1 && lastComma)
    raiseAt(elts[0]->loc.lineno, elts[0]->loc.col_offset, lastComma->end_lineno,
            lastComma->end_col, "did you forget parentheses around the comprehension target?");
  raiseRange(elts[0], elts.back(), "did you forget parentheses around the comprehension target?");
}

expr *Parser::parseParenAtom() {
  size_t start = pos_;
  ++pos_;
  Depth d(*this, 15);
  if (accept(Tok::RPAR)) {
    auto *t = mk<Tuple>(locFrom(start));
    t->ctx = expr_context::Load;
    return t;
  }
  if (at(Tok::KW_yield)) {
    expr *y = parseYieldExpr();
    expect(Tok::RPAR);
    return y;
  }
  if (diag_ && at(Tok::DOUBLESTAR)) {
    const Token &ds = peekTok();
    size_t save = pos_;
    ++pos_;
    try {
      parseExpression();
      if (at(Tok::RPAR)) raiseTok(ds, "cannot use double starred expression here");
    } catch (ParseFail &) {
    }
    pos_ = save;
  }
  expr *first = parseStarNamedExpression();
  if (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)) {
    if (first->kind == NodeKind::Starred) {
      if (diag_) comprehensionDiag(first);
      fail();
    }
    Seq<comprehension *> gens = parseComprehensions();
    expect(Tok::RPAR);
    auto *g = mk<GeneratorExp>(locFrom(start));
    g->elt = first;
    g->generators = gens;
    return g;
  }
  if (at(Tok::COMMA)) {
    auto elts = list<expr>();
    elts.push(first);
    while (accept(Tok::COMMA)) {
      if (at(Tok::RPAR)) break;
      elts.push(parseStarNamedExpression());
    }
    expect(Tok::RPAR);
    auto *t = mk<Tuple>(locFrom(start));
    t->elts = seq(elts);
    t->ctx = expr_context::Load;
    return t;
  }
  if (first->kind == NodeKind::Starred) {
    if (diag_ && at(Tok::RPAR)) raiseNode(first, "cannot use starred expression here");
    fail();
  }
  expect(Tok::RPAR);
  return first;
}

expr *Parser::parseListAtom() {
  size_t start = pos_;
  ++pos_;
  Depth d(*this, 15);
  if (accept(Tok::RSQB)) {
    auto *l = mk<ast::List>(locFrom(start));
    l->ctx = expr_context::Load;
    return l;
  }
  expr *first = parseStarNamedExpression();
  if (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)) {
    if (first->kind == NodeKind::Starred) {
      if (diag_) comprehensionDiag(first);
      fail();
    }
    Seq<comprehension *> gens = parseComprehensions();
    expect(Tok::RSQB);
    auto *l = mk<ListComp>(locFrom(start));
    l->elt = first;
    l->generators = gens;
    return l;
  }
  auto elts = list<expr>();
  elts.push(first);
  const Token *lastComma = nullptr;
  while (at(Tok::COMMA)) {
    lastComma = &next();
    if (at(Tok::RSQB)) break;
    if (diag_ && (at(Tok::KW_for) || at(Tok::KW_async))) break;
    elts.push(parseStarNamedExpression());
    lastComma = nullptr;
  }
  if (!at(Tok::RSQB)) {
    if (diag_) listTupleSetDiag(elts, lastComma);
    fail();
  }
  ++pos_;
  auto *l = mk<ast::List>(locFrom(start));
  l->elts = seq(elts);
  l->ctx = expr_context::Load;
  return l;
}

expr *Parser::parseBraceAtom() {
  size_t start = pos_;
  ++pos_;
  Depth d(*this, 15);
  if (accept(Tok::RBRACE)) return mk<Dict>(locFrom(start));
  if (!at(Tok::DOUBLESTAR)) {
    size_t fs = pos_;
    expr *first = parseStarNamedExpression();
    if (at(Tok::COLON) && first->kind != NodeKind::Starred &&
        !(first->kind == NodeKind::NamedExpr && toks_[fs].kind == Tok::NAME)) {
      ++pos_;
      if (diag_) dictValueDiag();
      expr *value = parseExpression();
      if (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)) {
        Seq<comprehension *> gens = parseComprehensions();
        expect(Tok::RBRACE);
        auto *dc = mk<DictComp>(locFrom(start));
        dc->key = first;
        dc->value = value;
        dc->generators = gens;
        return dc;
      }
      Multi m(scratch_);
      m.push(0, first);
      m.push(1, value);
      return parseDictRest(start, m);
    }
    if (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)) {
      if (first->kind == NodeKind::Starred) {
        if (diag_) comprehensionDiag(first);
        fail();
      }
      Seq<comprehension *> gens = parseComprehensions();
      expect(Tok::RBRACE);
      auto *sc = mk<SetComp>(locFrom(start));
      sc->elt = first;
      sc->generators = gens;
      return sc;
    }
    // a set display
    auto elts = list<expr>();
    elts.push(first);
    const Token *lastComma = nullptr;
    while (at(Tok::COMMA)) {
      lastComma = &next();
      if (at(Tok::RBRACE)) break;
      if (diag_ && (at(Tok::KW_for) || at(Tok::KW_async))) break;
      elts.push(parseStarNamedExpression());
      lastComma = nullptr;
    }
    if (!at(Tok::RBRACE)) {
      if (diag_) listTupleSetDiag(elts, lastComma);
      fail();
    }
    ++pos_;
    auto *s = mk<Set>(locFrom(start));
    s->elts = seq(elts);
    return s;
  }
  Multi m(scratch_);
  {
    const Token &ds = next();
    expr *v = parseBitOr();
    (void)ds;
    m.push(0, nullptr);
    m.push(1, v);
  }
  if (diag_ && (at(Tok::KW_for) || (at(Tok::KW_async) && kind(1) == Tok::KW_for)))
    raiseTok(toks_[start + 1], "dict unpacking cannot be used in dict comprehension");
  return parseDictRest(start, m);
}

void Parser::dictValueDiag() {
  // After "key :" in a dict display.
  if (at(Tok::RBRACE) || at(Tok::COMMA))
    raiseTok(toks_[pos_ - 1], "expression expected after dictionary key and ':'");
  if (at(Tok::STAR)) {
    const Token &st = peekTok();
    size_t save = pos_;
    size_t mark = scratch_.size();
    ++pos_;
    try {
      parseBitOr();
      peekTok();
      raiseFrom(st.lineno, st.col, "cannot use a starred expression in a dictionary value");
    } catch (ParseFail &) {
    }
    pos_ = save;
    scratch_.resize(mark);
  }
}

expr *Parser::parseDictRest(size_t start, Multi &m) {
  while (accept(Tok::COMMA)) {
    if (at(Tok::RBRACE)) break;
    if (at(Tok::DOUBLESTAR)) {
      ++pos_;
      m.push(0, nullptr);
      m.push(1, parseBitOr());
      continue;
    }
    expr *k = parseExpression();
    if (!at(Tok::COLON)) {
      if (diag_)
        raiseAt(k->loc.lineno, k->loc.end_col_offset - 1, 0, 0,
                "':' expected after dictionary key");
      fail();
    }
    ++pos_;
    if (diag_) dictValueDiag();
    expr *v = parseExpression();
    m.push(0, k);
    m.push(1, v);
  }
  expect(Tok::RBRACE);
  auto *d = mk<Dict>(locFrom(start));
  d->keys = m.seq<expr>(arena_, 0);
  d->values = m.seq<expr>(arena_, 1);
  return d;
}

expr *Parser::parseLambda() {
  size_t start = pos_;
  ++pos_;
  Depth d(*this, 1);
  arguments *args = at(Tok::COLON) ? mk<arguments>(Loc{}) : parseParams(true);
  expect(Tok::COLON);
  if (diag_ && at(Tok::FSTRING_MIDDLE))
    raiseTokRange(toks_[start], toks_[pos_ - 1],
                  "f-string: lambda expressions are not allowed without parentheses");
  expr *body = parseExpression();
  auto *l = mk<Lambda>(locFrom(start));
  l->args = args;
  l->body = body;
  return l;
}

expr *Parser::parseYieldExpr() {
  size_t start = pos_;
  ++pos_;
  if (accept(Tok::KW_from)) {
    expr *v = parseExpression();
    auto *y = mk<YieldFrom>(locFrom(start));
    y->value = v;
    return y;
  }
  expr *v = nullptr;
  if (startsExpression(kind()) || at(Tok::STAR)) v = parseStarExpressions();
  auto *y = mk<Yield>(locFrom(start));
  y->value = v;
  return y;
}

// ===========================================================================
// Strings
// ===========================================================================

expr *Parser::parseStringToken(const Token &t) {
  std::string_view s = t.text;
  size_t i = 0;
  bool raw = false, bytes = false;
  while (i < s.size() && s[i] != '"' && s[i] != '\'') {
    char c = static_cast<char>(s[i] | 0x20);
    if (c == 'r') raw = true;
    else if (c == 'b') bytes = true;
    ++i;
  }
  size_t q = (s.size() - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) ? 3 : 1;
  std::string_view body = s.substr(i + q, s.size() - i - 2 * q);
  auto *c = mk<Constant>(tokLoc(t));
  std::string msg;
  if (bytes) {
    c->value.kind = ConstValue::Kind::Bytes;
    buf_.clear();
    if (!decodeBytesBody(body, raw, buf_, msg)) raiseTok(t, msg);
    c->value.text = arena_.copy(buf_);
    return c;
  }
  c->value.kind = ConstValue::Kind::Str;
  if (s[0] == 'u') c->kind = "u"; // (only a lowercase prefix, as CPython)
  if (raw || body.find('\\') == std::string_view::npos) {
    c->value.text = arena_.copy(body);
    return c;
  }
  buf_.clear();
  if (!decodeStrBody(body, false, buf_, msg)) raiseTok(t, msg);
  c->value.text = arena_.copy(buf_);
  return c;
}

expr *Parser::parseStrings() {
  size_t start = pos_;
  auto parts = list<expr>();
  bool anyF = false, anyBytes = false, anyStr = false;
  for (;;) {
    Tok k = kind();
    if (k == Tok::STRING) {
      expr *c = parseStringToken(next());
      if (static_cast<Constant *>(c)->value.kind == ConstValue::Kind::Bytes)
        anyBytes = true;
      else
        anyStr = true;
      parts.push(c);
    } else if (k == Tok::FSTRING_START) {
      parts.push(parseFString());
      anyF = true;
    } else {
      break;
    }
  }
  if ((anyStr || anyF) && anyBytes) raiseLast("cannot mix bytes and nonbytes literals");
  if (anyBytes) {
    if (parts.size() == 1) return parts[0];
    std::string b;
    for (size_t i = 0; i < parts.size(); ++i) b += static_cast<Constant *>(parts[i])->value.text;
    auto *c = mk<Constant>(locFrom(start));
    c->value.kind = ConstValue::Kind::Bytes;
    c->value.text = arena_.copy(b);
    return c;
  }
  if (!anyF && parts.size() == 1) return parts[0];

  // Flatten the f-strings' values and merge runs of adjacent constants
  // (CPython's _PyPegen_concatenate_strings).
  auto vals = list<expr>();
  std::string run;
  Constant *runFirst = nullptr, *runLast = nullptr;
  size_t runCount = 0;
  auto flush = [&]() {
    if (runCount == 0) return;
    Constant *c = runFirst;
    if (runCount > 1) {
      c = mk<Constant>(Loc{runFirst->loc.lineno, runFirst->loc.col_offset,
                                     runLast->loc.end_lineno, runLast->loc.end_col_offset});
      c->value.kind = ConstValue::Kind::Str;
      c->value.text = arena_.copy(run);
      c->kind = runFirst->kind;
    }
    if (!(anyF && c->value.text.empty())) vals.push(c);
    runCount = 0;
  };
  auto add = [&](expr *e) {
    if (e->kind == NodeKind::Constant) {
      auto *c = static_cast<Constant *>(e);
      if (runCount == 0) {
        runFirst = c;
        run.clear();
      }
      run += c->value.text;
      runLast = c;
      ++runCount;
    } else {
      flush();
      vals.push(e);
    }
  };
  const size_t nParts = parts.size(); // (vals grows on the same scratch stack)
  for (size_t i = 0; i < nParts; ++i) {
    expr *p = parts[i];
    if (p->kind == NodeKind::JoinedStr) {
      for (expr *v : static_cast<JoinedStr *>(p)->values) add(v);
    } else {
      add(p);
    }
  }
  flush();
  if (!anyF) return vals[0];
  auto *j = mk<JoinedStr>(locFrom(start));
  j->values = seq(vals);
  return j;
}

bool Parser::decodeFStringPart(std::string_view text, bool raw, std::string &out) {
  // CPython's _PyPegen_decode_fstring_part.
  if (text == "{{" || text == "}}") text = text.substr(0, 1);
  out.clear();
  if (raw || text.find('\\') == std::string_view::npos) {
    out.assign(text.data(), text.size());
    return true;
  }
  std::string msg;
  if (!decodeStrBody(text, false, out, msg)) raiseLast(msg);
  return true;
}

expr *Parser::parseFString() {
  const Token &st = next(); // FSTRING_START
  Depth d(*this, 3);
  bool raw = false;
  for (char c : st.text) {
    if (c == 'r' || c == 'R') raw = true;
    if (c == '"' || c == '\'') break;
  }
  auto items = list<expr>();
  for (;;) {
    Tok k = kind();
    if (k == Tok::FSTRING_MIDDLE) {
      const Token &t = next();
      auto *c = constant(ConstValue::Kind::Str, tokLoc(t));
      c->value.text = t.text; // decoded below
      // A part ending in an escaped brace ("a{" for "a{{"): CPython's C
      // tokenizer ends the token after the second brace.
      if (!t.text.empty()) {
        char last = t.text.back();
        size_t after = t.offset + t.text.size();
        std::string_view all = src_.text();
        if ((last == '{' || last == '}') && after < all.size() && all[after] == last)
          c->loc.end_col_offset += 1;
      }
      items.push(c);
    } else if (k == Tok::LBRACE) {
      items.push(parseReplacementField(false));
    } else if (k == Tok::FSTRING_END) {
      break;
    } else {
      fail();
    }
  }
  const Token &en = next();
  auto vals = list<expr>();
  auto process = [&](expr *e) {
    if (e->kind == NodeKind::Constant) {
      auto *c = static_cast<Constant *>(e);
      decodeFStringPart(c->value.text, raw, buf_);
      if (buf_.empty()) return;
      c->value.text = arena_.copy(buf_);
    }
    vals.push(e);
  };
  const size_t nItems = items.size(); // (vals grows on the same scratch stack)
  for (size_t i = 0; i < nItems; ++i) {
    expr *e = items[i];
    if (e->kind == NodeKind::JoinedStr) {
      for (expr *v : static_cast<JoinedStr *>(e)->values) process(v);
    } else {
      process(e);
    }
  }
  auto *j = mk<JoinedStr>(Loc{st.lineno, st.col, en.end_lineno, en.end_col});
  j->values = seq(vals);
  return j;
}

expr *Parser::parseReplacementField(bool inSpec) {
  size_t lb = pos_;
  const Token &lbt = next(); // {
  Depth d(*this, 5);
  if (diag_) {
    switch (kind()) {
    case Tok::EQUAL: raiseNext("f-string: valid expression required before '='");
    case Tok::EXCLAMATION: raiseNext("f-string: valid expression required before '!'");
    case Tok::COLON: raiseNext("f-string: valid expression required before ':'");
    case Tok::RBRACE: raiseNext("f-string: valid expression required before '}'");
    default: break;
    }
  }
  expr *e;
  try {
    e = parseAnnotatedRhs();
  } catch (ParseFail &) {
    if (diag_) raiseTok(toks_[lb + 1], "f-string: expecting a valid expression after '{'");
    throw;
  }
  size_t eqIdx = SIZE_MAX;
  if (at(Tok::EQUAL)) {
    eqIdx = pos_;
    ++pos_;
    if (diag_ && !at(Tok::EXCLAMATION) && !at(Tok::COLON) && !at(Tok::RBRACE))
      raiseNext("f-string: expecting '!', or ':', or '}'");
  } else if (diag_ && !at(Tok::EXCLAMATION) && !at(Tok::COLON) && !at(Tok::RBRACE)) {
    raiseNext("f-string: expecting '=', or '!', or ':', or '}'");
  }
  const Token *convName = nullptr;
  if (at(Tok::EXCLAMATION)) {
    const Token &bang = next();
    if (!at(Tok::NAME)) {
      if (diag_) {
        if (at(Tok::COLON) || at(Tok::RBRACE)) raiseNext("f-string: missing conversion character");
        raiseNext("f-string: invalid conversion character");
      }
      fail();
    }
    const Token &nt = next();
    if (bang.end_lineno != nt.lineno || bang.end_col != nt.col)
      raiseTokRange(bang, nt, "f-string: conversion type must come right after the exclamanation mark");
    convName = &nt;
    if (diag_ && !at(Tok::COLON) && !at(Tok::RBRACE)) raiseNext("f-string: expecting ':' or '}'");
  }
  JoinedStr *spec = nullptr;
  if (at(Tok::COLON)) {
    size_t colonIdx = pos_;
    ++pos_;
    auto sp = list<expr>();
    for (;;) {
      if (at(Tok::FSTRING_MIDDLE)) {
        const Token &t = next();
        auto *c = constant(ConstValue::Kind::Str, tokLoc(t));
        if (t.text.find('\\') == std::string_view::npos) {
          c->value.text = arena_.copy(t.text);
        } else {
          std::string msg;
          buf_.clear();
          if (!decodeStrBody(t.text, false, buf_, msg)) raiseLast(msg);
          c->value.text = arena_.copy(buf_);
        }
        sp.push(c);
      } else if (at(Tok::LBRACE)) {
        sp.push(parseReplacementField(true));
      } else {
        break;
      }
    }
    spec = mk<JoinedStr>(locFrom(colonIdx));
    if (!(sp.size() == 1 && sp[0]->kind == NodeKind::Constant &&
          static_cast<Constant *>(sp[0])->value.text.empty()))
      spec->values = seq(sp);
    if (diag_ && !at(Tok::RBRACE)) raiseNext("f-string: expecting '}', or format specs");
  }
  if (!at(Tok::RBRACE)) {
    if (diag_) raiseNext("f-string: expecting '}'");
    fail();
  }
  ++pos_;
  (void)inSpec;
  int conv = -1;
  if (convName) {
    std::string_view n = convName->text;
    if (n.size() != 1 || (n[0] != 's' && n[0] != 'r' && n[0] != 'a'))
      raiseTok(*convName, "f-string: invalid conversion character '" + std::string(ident(*convName)) +
                              "': expected 's', 'r', or 'a'");
    conv = n[0];
  } else if (eqIdx != SIZE_MAX && !spec) {
    conv = 'r';
  }
  auto *fv = mk<FormattedValue>(locFrom(lb));
  fv->value = e;
  fv->conversion = conv;
  fv->format_spec = spec;
  if (eqIdx == SIZE_MAX) return fv;
  // Debug text: the source between '{' and the token after '='.
  const Token &after = toks_[eqIdx + 1];
  size_t from = lbt.offset + 1;
  std::string_view text = src_.text().substr(from, after.offset - from);
  auto *dbg = constant(ConstValue::Kind::Str,
                       Loc{lbt.lineno, lbt.col + 1, after.lineno, after.col});
  if (text.find('#') == std::string_view::npos) {
    dbg->value.text = arena_.copy(text);
  } else {
    // CPython's tokenizer leaves comments out of the expression text: drop
    // '#'..end-of-line in the gaps between the tokens.
    std::string out;
    size_t p = from;
    std::string_view all = src_.text();
    auto gap = [&](size_t to) {
      while (p < to) {
        if (all[p] == '#') {
          while (p < to && all[p] != '\n' && all[p] != '\r') ++p;
          continue;
        }
        out += all[p++];
      }
    };
    for (size_t i = lb + 1; i <= eqIdx; ++i) {
      const Token &t = toks_[i];
      gap(t.offset);
      size_t tokEnd = t.offset + t.text.size();
      if (tokEnd > p) {
        out.append(all.substr(p, tokEnd - p));
        p = tokEnd;
      }
    }
    gap(after.offset);
    dbg->value.text = arena_.copy(out);
  }
  auto *j = mk<JoinedStr>(Loc{lbt.lineno, lbt.col, after.lineno, after.col + 1});
  ast::Seq<expr *> v;
  v.size = 2;
  v.data = arena_.allocArray<expr *>(2);
  v.data[0] = dbg;
  v.data[1] = fv;
  j->values = v;
  return j;
}


// ===========================================================================
// Patterns (match statement)
// ===========================================================================

ast::pattern *Parser::parsePatterns() {
  size_t start = pos_;
  pattern *p = parseMaybeStarPattern();
  if (!at(Tok::COMMA)) {
    if (p->kind == NodeKind::MatchStar) fail();
    return p;
  }
  auto pats = list<pattern>();
  pats.push(p);
  while (accept(Tok::COMMA)) {
    if (!startsPattern(kind())) break;
    pats.push(parseMaybeStarPattern());
  }
  auto *s = mk<MatchSequence>(locFrom(start));
  s->patterns = seq(pats);
  return s;
}

ast::Ident Parser::parseCaptureTarget() {
  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  const Token &t = peekTok();
  if (t.kind != Tok::NAME || t.text == "_") fail();
  Tok k = kind(1);
  if (k == Tok::DOT || k == Tok::LPAR || k == Tok::EQUAL) fail();
  ++pos_;
  return ident(t);
}

ast::pattern *Parser::parseMaybeStarPattern() {
  if (!at(Tok::STAR)) return parsePattern();
  size_t start = pos_;
  ++pos_;
  Ident name;
  if (atSoft("_"))
    ++pos_;
  else
    name = parseCaptureTarget();
  auto *s = mk<MatchStar>(locFrom(start));
  s->name = name;
  return s;
}

ast::pattern *Parser::parsePattern() {
  size_t start = pos_;
  pattern *p = parseOrPattern();
  if (!at(Tok::KW_as)) return p;
  ++pos_;
  size_t ts = pos_;
  Ident name;
  try {
    name = parseCaptureTarget();
  } catch (ParseFail &) {
    if (diag_) {
      if (atSoft("_")) raiseNext("cannot use '_' as a target");
      pos_ = ts;
      try {
        expr *e = parseExpression();
        raiseNode(e, "invalid pattern target");
      } catch (ParseFail &) {
      }
    }
    throw;
  }
  auto *a = mk<MatchAs>(locFrom(start));
  a->pattern = p;
  a->name = name;
  return a;
}

ast::pattern *Parser::parseOrPattern() {
  size_t start = pos_;
  pattern *p = parseClosedPattern();
  if (!at(Tok::VBAR)) return p;
  auto pats = list<pattern>();
  pats.push(p);
  while (accept(Tok::VBAR)) pats.push(parseClosedPattern());
  auto *o = mk<MatchOr>(locFrom(start));
  o->patterns = seq(pats);
  return o;
}

expr *Parser::parseSignedNumber(bool) {
  size_t start = pos_;
  bool neg = accept(Tok::MINUS);
  const Token &t = peekTok();
  if (t.kind != Tok::NUMBER) fail();
  ++pos_;
  expr *num = parseNumber(t);
  expr *e = num;
  auto negate = [&](expr *x) {
    auto *u = mk<UnaryOp>(locFrom(start));
    u->op = unaryop::USub;
    u->operand = x;
    return u;
  };
  if (!at(Tok::PLUS) && !at(Tok::MINUS)) return neg ? negate(num) : num;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  if (static_cast<Constant *>(num)->value.kind == ConstValue::Kind::Complex)
    raiseNode(num, "real number required in complex literal");
  if (neg) e = negate(num);
  binop op = at(Tok::PLUS) ? binop::Add : binop::Sub;
  ++pos_;
  const Token &it = peekTok();
  if (it.kind != Tok::NUMBER) fail();
  ++pos_;
  expr *imag = parseNumber(it);
  if (static_cast<Constant *>(imag)->value.kind != ConstValue::Kind::Complex)
    raiseNode(imag, "imaginary number required in complex literal");
  auto *b = mk<BinOp>(locFrom(start));
  b->left = e;
  b->op = op;
  b->right = imag;
  return b;
}

expr *Parser::parseNameOrAttr() {
  size_t start = pos_;
  const Token &t = peekTok();
  if (t.kind != Tok::NAME) fail();
  ++pos_;
  expr *e = nameNode(t, expr_context::Load);
  while (at(Tok::DOT)) {
    ++pos_;
    const Token &n = peekTok();
    if (n.kind != Tok::NAME) fail();
    ++pos_;
    auto *a = mk<Attribute>(locFrom(start));
    a->value = e;
    a->attr = ident(n);
    a->ctx = expr_context::Load;
    e = a;
  }
  return e;
}

ast::pattern *Parser::parseClosedPattern() {
  Depth d(*this, 6);
  size_t start = pos_;
  const Token &t = peekTok();
  switch (t.kind) {
  case Tok::NUMBER:
  case Tok::MINUS: {
    expr *v = parseSignedNumber(true);
    auto *m = mk<MatchValue>(v->loc);
    m->value = v;
    return m;
  }
  case Tok::STRING:
  case Tok::FSTRING_START: {
    expr *v = parseStrings();
    auto *m = mk<MatchValue>(v->loc);
    m->value = v;
    return m;
  }
  case Tok::KW_None:
  case Tok::KW_True:
  case Tok::KW_False: {
    ++pos_;
    auto *m = mk<MatchSingleton>(tokLoc(t));
    m->value.kind = t.kind == Tok::KW_None   ? ConstValue::Kind::None
                    : t.kind == Tok::KW_True ? ConstValue::Kind::True
                                             : ConstValue::Kind::False;
    return m;
  }
  case Tok::NAME: {
    Tok k1 = kind(1);
    if (t.text == "_") {
      // wildcard_pattern comes before value/class patterns in CPython's
      // ordered choice, so "_" never starts a dotted name or a class pattern.
      ++pos_;
      return mk<MatchAs>(tokLoc(t));
    }
    if (k1 == Tok::DOT) {
      expr *v = parseNameOrAttr();
      if (at(Tok::LPAR)) return parseClassPattern(v, start);
      if (at(Tok::EQUAL)) fail();
      auto *m = mk<MatchValue>(v->loc);
      m->value = v;
      return m;
    }
    if (k1 == Tok::LPAR) {
      ++pos_;
      return parseClassPattern(nameNode(t, expr_context::Load), start);
    }
    Ident name = parseCaptureTarget();
    auto *m = mk<MatchAs>(tokLoc(t));
    m->name = name;
    return m;
  }
  case Tok::LPAR: {
    ++pos_;
    if (accept(Tok::RPAR)) return mk<MatchSequence>(locFrom(start));
    pattern *p = parseMaybeStarPattern();
    if (at(Tok::COMMA)) {
      auto pats = list<pattern>();
      pats.push(p);
      while (accept(Tok::COMMA)) {
        if (at(Tok::RPAR)) break;
        pats.push(parseMaybeStarPattern());
      }
      expect(Tok::RPAR);
      auto *s = mk<MatchSequence>(locFrom(start));
      s->patterns = seq(pats);
      return s;
    }
    expect(Tok::RPAR);
    if (p->kind == NodeKind::MatchStar) fail();
    return p;
  }
  case Tok::LSQB: {
    ++pos_;
    auto pats = list<pattern>();
    while (!at(Tok::RSQB)) {
      pats.push(parseMaybeStarPattern());
      if (!accept(Tok::COMMA)) break;
    }
    expect(Tok::RSQB);
    auto *s = mk<MatchSequence>(locFrom(start));
    s->patterns = seq(pats);
    return s;
  }
  case Tok::LBRACE: return parseMappingPattern();
  default: fail();
  }
}

ast::pattern *Parser::parseMappingPattern() {
  size_t start = pos_;
  ++pos_; // {
  Multi m(scratch_); // 0: keys, 1: patterns
  Ident rest;
  for (;;) {
    if (at(Tok::RBRACE)) break;
    if (at(Tok::DOUBLESTAR)) {
      size_t rs = pos_;
      ++pos_;
      rest = parseCaptureTarget();
      accept(Tok::COMMA);
      (void)rs;
      if (!at(Tok::RBRACE)) fail();
      break;
    }
    expr *key;
    switch (kind()) {
    case Tok::NUMBER:
    case Tok::MINUS: key = parseSignedNumber(true); break;
    case Tok::STRING:
    case Tok::FSTRING_START: key = parseStrings(); break;
    case Tok::KW_None: key = constant(ConstValue::Kind::None, tokLoc(next())); break;
    case Tok::KW_True: key = constant(ConstValue::Kind::True, tokLoc(next())); break;
    case Tok::KW_False: key = constant(ConstValue::Kind::False, tokLoc(next())); break;
    case Tok::NAME:
      if (kind(1) != Tok::DOT) fail();
      key = parseNameOrAttr();
      break;
    default: fail();
    }
    expect(Tok::COLON);
    pattern *p = parsePattern();
    m.push(0, key);
    m.push(1, p);
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RBRACE);
  auto *mm = mk<MatchMapping>(locFrom(start));
  mm->keys = m.seq<expr>(arena_, 0);
  mm->patterns = m.seq<pattern>(arena_, 1);
  mm->rest = rest;
  return mm;
}

ast::pattern *Parser::parseClassPattern(expr *cls, size_t start) {
  ++pos_; // (
  Multi m(scratch_); // 0: positional, 1: keyword name tokens, 2: keyword patterns
  size_t nKw = 0;
  pattern *firstBadPos = nullptr, *lastBadPos = nullptr;
  for (;;) {
    if (at(Tok::RPAR)) break;
    if (at(Tok::NAME) && kind(1) == Tok::EQUAL) {
      const Token &nt = next();
      ++pos_;
      pattern *p = parsePattern();
      m.push(1, &nt);
      m.push(2, p);
      ++nKw;
    } else {
      pattern *p = parsePattern();
      if (nKw) {
        if (!diag_) fail();
        // invalid_class_argument_pattern: keyword_patterns ',' a=positional_patterns
        firstBadPos = lastBadPos = p;
        while (at(Tok::COMMA) && !(kind(1) == Tok::NAME && kind(2) == Tok::EQUAL) &&
               startsPattern(kind(1)) && kind(1) != Tok::STAR) {
          ++pos_;
          lastBadPos = parsePattern();
        }
        raiseRange(firstBadPos, lastBadPos, "positional patterns follow keyword patterns");
      }
      m.push(0, p);
    }
    if (!accept(Tok::COMMA)) break;
  }
  expect(Tok::RPAR);
  auto *c = mk<MatchClass>(locFrom(start));
  c->cls = cls;
  c->patterns = m.seq<pattern>(arena_, 0);
  Seq<const Token *> toks = m.seq<const Token>(arena_, 1);
  c->kwd_attrs.size = toks.size;
  c->kwd_attrs.data = arena_.allocArray<Ident>(toks.size ? toks.size : 1);
  for (uint32_t i = 0; i < toks.size; ++i) c->kwd_attrs.data[i] = ident(*toks.data[i]);
  if (!toks.size) c->kwd_attrs.data = nullptr;
  c->kwd_patterns = m.seq<pattern>(arena_, 2);
  return c;
}

// ===========================================================================
// Diagnostics (second pass only): CPython's invalid_* rules
// ===========================================================================

const char *Parser::exprName(const expr *e) {
  switch (e->kind) {
  case NodeKind::Attribute: return "attribute";
  case NodeKind::Subscript: return "subscript";
  case NodeKind::Starred: return "starred";
  case NodeKind::Name: return "name";
  case NodeKind::List: return "list";
  case NodeKind::Tuple: return "tuple";
  case NodeKind::Lambda: return "lambda";
  case NodeKind::Call: return "function call";
  case NodeKind::BoolOp:
  case NodeKind::BinOp:
  case NodeKind::UnaryOp: return "expression";
  case NodeKind::GeneratorExp: return "generator expression";
  case NodeKind::Yield:
  case NodeKind::YieldFrom: return "yield expression";
  case NodeKind::Await: return "await expression";
  case NodeKind::ListComp: return "list comprehension";
  case NodeKind::SetComp: return "set comprehension";
  case NodeKind::DictComp: return "dict comprehension";
  case NodeKind::Dict: return "dict literal";
  case NodeKind::Set: return "set display";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue: return "f-string expression";
  case NodeKind::Constant:
    switch (static_cast<const Constant *>(e)->value.kind) {
    case ConstValue::Kind::None: return "None";
    case ConstValue::Kind::True: return "True";
    case ConstValue::Kind::False: return "False";
    case ConstValue::Kind::Ellipsis: return "ellipsis";
    default: return "literal";
    }
  case NodeKind::Compare: return "comparison";
  case NodeKind::IfExp: return "conditional expression";
  case NodeKind::NamedExpr: return "named expression";
  default: return "expression";
  }
}

void Parser::raiseInvalidTarget(TargetKind k, expr *e) {
  if (expr *bad = invalidTarget(e, k))
    raiseNode(bad, std::string(k == TargetKind::Del ? "cannot delete " : "cannot assign to ") +
                       exprName(bad));
}

void Parser::expressionDiag(size_t start, expr *a) {
  // invalid_expression:
  //   !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  //     -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets only)
  const Token &t0 = toks_[start];
  bool excluded = isSoftKeyword(t0) || (t0.kind == Tok::NAME && toks_[start + 1].kind == Tok::STRING);
  if (!excluded && startsExpression(kind())) {
    size_t save = pos_;
    size_t mark = scratch_.size();
    diag_ = false;
    try {
      expr *b = parseExpressionNoDiag();
      diag_ = true;
      bool legacy = a->kind == NodeKind::Name && isLegacyName(t0);
      if (!legacy && levels_[pos_ - 1] != 0)
        raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
    } catch (ParseFail &) {
    }
    diag_ = true;
    pos_ = save;
    scratch_.resize(mark);
  }
  // invalid_legacy_expression: a=NAME !'(' b=star_expressions. (CPython
  // parses b after any name, so errors inside b are reported; once per
  // position, as CPython's memoization does.)
  if (t0.kind == Tok::NAME && toks_[start + 1].kind != Tok::LPAR && !legacyDone_[start]) {
    legacyDone_[start] = true;
    Depth dd(*this, 3);
    size_t save = pos_;
    size_t mark = scratch_.size();
    pos_ = start + 1;
    try {
      expr *b = parseStarExpressions();
      if (!isLegacyName(t0)) throw ParseFail{};
      std::string n(t0.text);
      raiseAt(t0.lineno, t0.col, b->loc.end_lineno, b->loc.end_col_offset,
              "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
    } catch (ParseFail &) {
    }
    pos_ = save;
    scratch_.resize(mark);
  }
}

bool Parser::excludedNamedStart(size_t start) {
  // !(list | tuple | genexp | 'True' | 'None' | 'False')
  const Token &t = toks_[start];
  switch (t.kind) {
  case Tok::KW_True:
  case Tok::KW_None:
  case Tok::KW_False: return true;
  case Tok::LPAR:
  case Tok::LSQB: break;
  default: return false;
  }
  size_t save = pos_;
  size_t mark = scratch_.size();
  bool saveDiag = diag_;
  diag_ = false;
  bool res = false;
  pos_ = start;
  try {
    expr *x = parseAtom();
    bool atStart = x->loc.lineno == t.lineno && x->loc.col_offset == t.col;
    if (t.kind == Tok::LPAR)
      res = atStart && (x->kind == NodeKind::Tuple || x->kind == NodeKind::GeneratorExp);
    else
      res = x->kind == NodeKind::List;
  } catch (ParseFail &) {
  }
  diag_ = saveDiag;
  pos_ = save;
  scratch_.resize(mark);
  return res;
}

void Parser::namedExprDiag(size_t start, expr *e) {
  // invalid_named_expression
  if (at(Tok::COLONEQUAL)) {
    size_t save = pos_;
    size_t mark = scratch_.size();
    ++pos_;
    try {
      parseExpression();
      raiseNode(e, std::string("cannot use assignment expressions with ") + exprName(e));
    } catch (ParseFail &) {
    }
    pos_ = save;
    scratch_.resize(mark);
    return;
  }
  if (!at(Tok::EQUAL)) return;
  const Token &t0 = toks_[start];
  bool paren = e->loc.lineno != t0.lineno || e->loc.col_offset != t0.col;
  if (!paren) {
    switch (e->kind) {
    case NodeKind::BoolOp:
    case NodeKind::Compare:
    case NodeKind::IfExp:
    case NodeKind::Lambda:
    case NodeKind::NamedExpr: return;
    case NodeKind::UnaryOp:
      if (static_cast<UnaryOp *>(e)->op == unaryop::Not) return;
      break;
    default: break;
    }
  }
  size_t save = pos_;
  size_t mark = scratch_.size();
  ++pos_;
  try {
    expr *b = parseBitOr();
    if (!at(Tok::EQUAL) && !at(Tok::COLONEQUAL)) {
      if (e->kind == NodeKind::Name && t0.kind == Tok::NAME && start + 1 == save)
        raiseRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      if (!excludedNamedStart(start))
        raiseNode(e, std::string("cannot assign to ") + exprName(e) +
                         " here. Maybe you meant '==' instead of '='?");
    }
  } catch (ParseFail &) {
  }
  pos_ = save;
  scratch_.resize(mark);
}

void Parser::invalidAssignmentDiag(size_t start) {
  size_t mark = scratch_.size();
  auto reset = [&]() {
    pos_ = start;
    scratch_.resize(mark);
  };
  // a=invalid_ann_assign_target ':' expression
  reset();
  if (at(Tok::LPAR) || at(Tok::LSQB)) {
    try {
      expr *a = parseAtom();
      if ((a->kind == NodeKind::List || a->kind == NodeKind::Tuple) && accept(Tok::COLON)) {
        parseExpression();
        raiseNode(a, std::string("only single target (not ") + exprName(a) +
                         ") can be annotated");
      }
    } catch (ParseFail &) {
    }
  }
  // a=star_named_expression ',' star_named_expressions* ':' expression
  reset();
  try {
    expr *a = parseStarNamedExpression();
    if (accept(Tok::COMMA)) {
      // star_named_expressions*: lists of elements, commas optional between lists
      while (startsExpression(kind()) || at(Tok::STAR)) {
        parseStarNamedExpression();
        accept(Tok::COMMA);
      }
      if (accept(Tok::COLON)) {
        parseExpression();
        raiseNode(a, "only single target (not tuple) can be annotated");
      }
    }
  } catch (ParseFail &) {
  }
  // a=expression ':' expression
  reset();
  try {
    expr *a = parseExpression();
    if (accept(Tok::COLON)) {
      parseExpression();
      raiseNode(a, "illegal target for annotation");
    }
  } catch (ParseFail &) {
  }
  // (star_targets '=')* a=star_expressions '='  |  (star_targets '=')* a=yield_expr '='
  reset();
  for (;;) {
    size_t save = pos_;
    try {
      parseStarTargets();
      expect(Tok::EQUAL);
    } catch (ParseFail &) {
      pos_ = save;
      scratch_.resize(mark);
      break;
    }
  }
  {
    size_t save = pos_;
    try {
      if (at(Tok::KW_yield)) {
        expr *y = parseYieldExpr();
        if (at(Tok::EQUAL)) raiseNode(y, "assignment to yield expression not possible");
      } else {
        expr *a = parseStarExpressions();
        if (at(Tok::EQUAL)) raiseInvalidTarget(TargetKind::Star, a);
      }
    } catch (ParseFail &) {
    }
    pos_ = save;
  }
  // a=star_expressions augassign (yield_expr | star_expressions)
  reset();
  try {
    expr *a = parseStarExpressions();
    binop op;
    if (isAugOp(kind(), op)) {
      ++pos_;
      parseAnnotatedRhs();
      raiseNode(a, std::string("'") + exprName(a) +
                       "' is an illegal expression for augmented assignment");
    }
  } catch (ParseFail &) {
  }
  reset();
}

} // namespace parser_detail

ast::Module *parseModule(const SourceFile &src, Arena &arena, SyntaxError &err) {
  parser_detail::Parser p(src, arena);
  return p.run(err);
}

} // namespace molt
