// Private to Parser.cpp: the recursive-descent parser for Python 3.12.
//
// Design:
//  * The whole token stream is pulled from the Lexer into a vector first, so
//    backtracking is an index reset. Tokens are never copied afterwards.
//  * Each parse function either returns a non-null node or throws ParseFail
//    (a generic "this alternative does not match"). The few places where the
//    grammar needs ordered choice with backtracking (the `match` and `type`
//    soft keywords, parenthesized `with` items) catch ParseFail and rewind.
//    A specific error (CPython's message and location) throws ParseAbort
//    after filling err_. Binary operators use precedence climbing; the AST
//    and positions are exactly those of CPython's grammar (python.gram).
//  * Targets (assignment, for, with, del, comprehension) are parsed as
//    expressions/primaries, then checked and given Store/Del contexts.
//  * Like CPython's PEG parser, a first pass runs without the "invalid_*"
//    rules; if it fails, a second pass runs with diag_ set, where targeted
//    checks raise CPython's specific messages. The second pass also follows
//    PEG semantics where the fast first pass commits (peg_: a failing
//    repetition element or trailer is backtracked, not fatal) and emulates
//    the relevant effect of CPython's memoization (memo_), because which
//    invalid_* rule fires depends on both. If none fires, the error is
//    "invalid syntax" at the furthest token the first pass looked at.
//  * Lexer errors follow CPython's precedence: reaching a fatal ERRORTOKEN
//    reports it; after a parser error, an error the tokenizer would raise
//    later in the file wins (an unclosed bracket at EOF only if the parser
//    had fetched a token on a later line than the bracket).
//  * Recursion is bounded by a depth budget modelled on CPython's parser
//    stack (MAXSTACK 6000, calibrated per construct): exceeding it raises
//    CPython's MemoryError ("Parser stack overflowed - Python source too
//    complex to parse"). A native stack guard does the same on small thread
//    stacks. Trees deeper than CPython's *compiler* accepts (e.g. 100000
//    chained attributes) are accepted here, as by CPython's parser.
//  * Error columns are UTF-8 byte offsets, which is what `python3.12 FILE`
//    reports for source files without an encoding declaration.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/AST.h"
#include "syntax/Diagnostic.h"
#include "syntax/Source.h"
#include "syntax/Token.h"

namespace molt::parser_detail {

/// Thrown when the current alternative does not match (backtrackable).
struct ParseFail {};
/// Thrown after a definitive error has been stored in Parser::err_.
struct ParseAbort {};

/// What kind of target a sequence of expressions is being converted to.
enum class TargetKind : uint8_t { Star, For, Del };

class Parser {
public:
  Parser(const SourceFile &src, Arena &arena);
  ast::Module *run(SyntaxError &err);

private:
  using Loc = ast::Loc;
  using expr = ast::expr;
  using stmt = ast::stmt;

  // ---- token buffer -------------------------------------------------------
  void tokenize();
  void computeLevels();
  const Token &peekTok(size_t k = 0) {
    size_t j = pos_ + k;
    if (j >= toks_.size()) j = toks_.size() - 1;
    if (j > maxPos_) maxPos_ = j;
    if (j == errTok_) lexError();
    return toks_[j];
  }
  Tok kind(size_t k = 0) { return peekTok(k).kind; }
  bool at(Tok t) { return kind() == t; }
  bool accept(Tok t) {
    if (kind() == t) {
      ++pos_;
      return true;
    }
    return false;
  }
  void expect(Tok t) {
    if (!accept(t)) fail();
  }
  const Token &next() {
    const Token &t = peekTok();
    ++pos_;
    return t;
  }
  bool atSoft(std::string_view word, size_t k = 0) {
    const Token &t = peekTok(k);
    return t.kind == Tok::NAME && t.text == word;
  }
  /// Forced token (CPython's &&'x'): raises "expected 'x'" at the current token.
  void expectForced(Tok t, const char *spelling);

  [[noreturn]] void fail() { throw ParseFail{}; }
  [[noreturn]] void lexError();

  // ---- locations ----------------------------------------------------------
  /// The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER.
  const Token &lastTok() const;
  Loc locFrom(size_t startTok) const {
    const Token &s = toks_[startTok];
    const Token &e = lastTok();
    return Loc{s.lineno, s.col, e.end_lineno, e.end_col};
  }
  static Loc tokLoc(const Token &t) { return Loc{t.lineno, t.col, t.end_lineno, t.end_col}; }

  // ---- errors -------------------------------------------------------------
  [[noreturn]] void raiseAt(uint32_t line, uint32_t col, uint32_t endLine, uint32_t endCol,
                            std::string msg, const char *type = "SyntaxError");
  [[noreturn]] void raiseNode(const ast::Node *n, std::string msg) {
    raiseAt(n->loc.lineno, n->loc.col_offset, n->loc.end_lineno, n->loc.end_col_offset,
            std::move(msg));
  }
  [[noreturn]] void raiseRange(const ast::Node *a, const ast::Node *b, std::string msg) {
    raiseAt(a->loc.lineno, a->loc.col_offset, b->loc.end_lineno, b->loc.end_col_offset,
            std::move(msg));
  }
  [[noreturn]] void raiseTok(const Token &t, std::string msg, const char *type = "SyntaxError");
  /// The error location CPython reports at token t (INDENT/DEDENT/ENDMARKER
  /// have no columns in CPython and are placed at the tokenizer position).
  void tokErrLoc(const Token &t, SyntaxError &e, bool tokenizerPos);
  [[noreturn]] void raiseTokRange(const Token &a, const Token &b, std::string msg) {
    raiseAt(a.lineno, a.col, b.end_lineno, b.end_col, std::move(msg));
  }
  /// CPython's RAISE_SYNTAX_ERROR: at the last token fetched so far.
  [[noreturn]] void raiseLast(std::string msg, const char *type = "SyntaxError");
  /// CPython's RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN.
  [[noreturn]] void raiseNext(std::string msg);
  /// CPython's RAISE_SYNTAX_ERROR_STARTING_FROM (end = tokenizer position).
  [[noreturn]] void raiseFrom(uint32_t line, uint32_t col, std::string msg);
  [[noreturn]] void raiseIndent(const char *what, uint32_t line);
  /// Raises "cannot assign to X"/"cannot delete X" if e has an invalid target.
  void raiseInvalidTarget(TargetKind k, expr *e);
  [[noreturn]] void memoryError();

  // ---- depth budget -------------------------------------------------------
  struct Depth {
    Parser &p;
    int cost;
    Depth(Parser &parser, int c) : p(parser), cost(c) {
      p.depth_ += cost;
      // The frame address, not a local's: under ASan locals may live on a
      // heap-allocated fake stack.
      auto sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
      if (p.depth_ > kMaxDepth || sp < p.stackLimit_)
        p.memoryError();
    }
    ~Depth() { p.depth_ -= cost; }
  };
  static constexpr int kMaxDepth = 6000;

  // ---- scratch lists (a stack shared by all nested list builders) --------
  template <typename T> struct List {
    std::vector<void *> &st;
    size_t base;
    explicit List(std::vector<void *> &stack) : st(stack), base(stack.size()) {}
    ~List() { st.resize(base); }
    void push(T *x) { st.push_back(const_cast<void *>(static_cast<const void *>(x))); }
    size_t size() const { return st.size() - base; }
    bool empty() const { return st.size() == base; }
    T *operator[](size_t i) const { return static_cast<T *>(st[base + i]); }
    T *back() const { return static_cast<T *>(st.back()); }
    void pop() { st.pop_back(); }
  };
  template <typename T> List<T> list() { return List<T>(scratch_); }

  /// Several lists built at the same time (e.g. a call's args and keywords):
  /// items are pushed as (tag, pointer) pairs and split by tag at the end.
  struct Multi {
    std::vector<void *> &st;
    size_t base;
    explicit Multi(std::vector<void *> &stack) : st(stack), base(stack.size()) {}
    ~Multi() { st.resize(base); }
    void push(uintptr_t tag, const void *x) {
      st.push_back(reinterpret_cast<void *>(tag));
      st.push_back(const_cast<void *>(static_cast<const void *>(x)));
    }
    size_t count(uintptr_t tag) const {
      size_t n = 0;
      for (size_t i = base; i < st.size(); i += 2)
        if (reinterpret_cast<uintptr_t>(st[i]) == tag) ++n;
      return n;
    }
    void retag(uintptr_t from, uintptr_t to) {
      for (size_t i = base; i < st.size(); i += 2)
        if (reinterpret_cast<uintptr_t>(st[i]) == from) st[i] = reinterpret_cast<void *>(to);
    }
    /// The pointer items with the given tag, in order, as an arena Seq.
    template <typename T> ast::Seq<T *> seq(Arena &arena, uintptr_t tag) const {
      ast::Seq<T *> s;
      s.size = static_cast<uint32_t>(count(tag));
      if (s.size) {
        s.data = arena.allocArray<T *>(s.size);
        size_t j = 0;
        for (size_t i = base; i < st.size(); i += 2)
          if (reinterpret_cast<uintptr_t>(st[i]) == tag)
            s.data[j++] = static_cast<T *>(st[i + 1]);
      }
      return s;
    }
  };
  template <typename T> ast::Seq<T *> seq(const List<T> &l) {
    ast::Seq<T *> s;
    s.size = static_cast<uint32_t>(l.size());
    if (s.size) {
      s.data = arena_.allocArray<T *>(s.size);
      for (size_t i = 0; i < l.size(); ++i) s.data[i] = l[i];
    }
    return s;
  }
  template <typename T> ast::Seq<T *> seq1(T *x) {
    ast::Seq<T *> s;
    s.size = 1;
    s.data = arena_.allocArray<T *>(1);
    s.data[0] = x;
    return s;
  }

  /// Allocates a node (like ast::make, which cannot be used for Constant:
  /// its `kind` field hides Node::kind).
  template <typename T> T *mk(Loc loc) {
    T *n = arena_.create<T>();
    static_cast<ast::Node *>(n)->kind = T::Kind;
    n->loc = loc;
    return n;
  }

  // ---- identifiers and names ---------------------------------------------
  ast::Ident ident(const Token &t);
  ast::Ident expectName() {
    const Token &t = peekTok();
    if (t.kind != Tok::NAME) fail();
    ++pos_;
    return ident(t);
  }
  ast::Name *nameNode(const Token &t, ast::expr_context ctx);

  // ---- statements ---------------------------------------------------------
  ast::Module *parseFile();
  void parseStatements(List<stmt> &out);
  void parseStatement(List<stmt> &out);
  void parseSimpleStmts(List<stmt> &out);
  stmt *parseSimpleStmt();
  stmt *parseExprOrAssign();
  stmt *parseExprOrAssignImpl(size_t start);
  void invalidAssignmentDiag(size_t start);
  ast::Ident parseDottedName();
  void expectColon();
  stmt *parseTypeAlias();
  expr *parseOptionalAnnValue();
  stmt *parseImport();
  stmt *parseFromImport();
  stmt *parseRaise();
  stmt *parseDel();
  stmt *parseAssert();
  stmt *parseGlobal(bool nonlocal);
  ast::Seq<stmt *> parseBlock(const char *what, uint32_t line);
  stmt *parseCompound();
  stmt *parseIf(bool elif);
  ast::Seq<stmt *> parseElseBlock();
  stmt *parseWhile();
  stmt *parseFor(size_t start, bool async);
  stmt *parseWith(size_t start, bool async);
  bool tryParenWithItems(List<ast::withitem> &items);
  void withDiag(size_t afterWith);
  ast::withitem *parseWithItem();
  stmt *parseTry();
  stmt *parseFuncDef(size_t start, bool async, ast::Seq<expr *> decorators);
  stmt *parseClassDef(ast::Seq<expr *> decorators);
  stmt *parseDecorated();
  ast::Seq<ast::type_param *> parseTypeParams();
  ast::arguments *parseParams(bool lambda);
  ast::arg *parseParam(bool lambda, bool starAnnotation);
  stmt *parseMatch();
  ast::match_case *parseCaseBlock();

  // ---- targets ------------------------------------------------------------
  /// Validates e as an assignment/del target and sets contexts; returns the
  /// invalid sub-expression (CPython's _PyPegen_get_invalid_target) or null.
  expr *invalidTarget(expr *e, TargetKind k);
  void setContext(expr *e, ast::expr_context ctx);
  expr *parseStarTargets();
  expr *parseStarTarget();
  void forTargetDiag(size_t afterFor);

  // ---- expressions --------------------------------------------------------
  expr *parseStarExpressions();
  expr *parseStarExpression();
  expr *parseStarNamedExpression();
  expr *parseWalrus();
  expr *parseNamedExpression();
  expr *parseExpression();
  expr *parseExpressionNoDiag();
  expr *parseIfExpTail(expr *body, size_t start);
  expr *parseDisjunction();
  expr *parseConjunction();
  expr *parseInversion();
  expr *parseComparison();
  expr *parseBitOr();
  expr *parseBinary(int minPrec);
  expr *parseFactor();
  expr *parsePower();
  expr *parseAwaitPrimary();
  expr *parsePrimary();
  expr *parsePrimaryTail(expr *e, size_t start);
  expr *parseAtom();
  expr *parseParenAtom();
  expr *parseListAtom();
  expr *parseBraceAtom();
  expr *parseDictRest(size_t start, Multi &m);
  void dictValueDiag();
  void comprehensionDiag(expr *first);
  void listTupleSetDiag(List<expr> &elts, const Token *lastComma);
  expr *parseLambda();
  expr *parseYieldExpr();
  expr *parseAnnotatedRhs() { return at(Tok::KW_yield) ? parseYieldExpr() : parseStarExpressions(); }
  expr *parseSlices();
  expr *parseSlice();
  expr *parseCall(expr *func, size_t start);
  expr *parseTrailer(expr *e, size_t start);
  /// Call arguments after '(' (tags: 0 args, 1 keywords). Returns a
  /// GeneratorExp if the sole argument is an unparenthesized generator
  /// (allowGenexp), having consumed the closing ')'.
  expr *parseArguments(Multi &m, size_t lparIdx, bool allowGenexp);
  expr *parseArgExpr();
  ast::Seq<ast::comprehension *> parseComprehensions();
  expr *parseStrings();
  expr *parseNumber(const Token &t);
  expr *parseStringToken(const Token &t);
  expr *parseFString();
  expr *parseReplacementField(bool inSpec);
  bool decodeFStringPart(std::string_view text, bool raw, std::string &out);

  // helpers
  bool startsExpression(Tok t) const;
  void expressionDiag(size_t start, expr *a);
  void namedExprDiag(size_t start, expr *e);
  bool excludedNamedStart(size_t start);
  static const char *exprName(const expr *e);
  bool isLegacyName(const Token &t) const { return t.kind == Tok::NAME && (t.text == "print" || t.text == "exec"); }
  bool isSoftKeyword(const Token &t) const {
    return t.kind == Tok::NAME &&
           (t.text == "match" || t.text == "case" || t.text == "_" || t.text == "type");
  }
  ast::Constant *constant(ast::ConstValue::Kind k, Loc loc) {
    auto *c = mk<ast::Constant>(loc);
    c->value.kind = k;
    return c;
  }

  // ---- patterns -----------------------------------------------------------
  ast::pattern *parsePatterns();
  ast::pattern *parsePattern();
  ast::pattern *parseOrPattern();
  ast::pattern *parseClosedPattern();
  ast::pattern *parseMaybeStarPattern();
  ast::pattern *parseMappingPattern();
  ast::pattern *parseClassPattern(expr *cls, size_t start);
  expr *parseSignedNumber(bool allowComplex);
  expr *parseNameOrAttr();
  ast::Ident parseCaptureTarget();

  // ---- state --------------------------------------------------------------
  const SourceFile &src_;
  Arena &arena_;
  std::vector<Token> toks_;
  std::vector<uint16_t> levels_;  ///< paren nesting level after each token
  size_t errTok_ = SIZE_MAX;      ///< index of the fatal ERRORTOKEN, if any
  SyntaxError lexErr_;
  uint8_t lexErrKind_ = 0;        ///< Lexer::ErrorKind of lexErr_
  size_t pos_ = 0;
  size_t maxPos_ = 0;
  bool diag_ = false;             ///< invalid_* diagnostics enabled
  bool peg_ = false;              ///< second pass: backtrack like PEG where pass 1 commits
  std::vector<uint8_t> memo_;     ///< second pass: rules parsed here with diag_ off
  bool abortFinal_ = false;       ///< err_ must not be overridden
  int depth_ = 0;
  uintptr_t stackLimit_ = 0;      ///< native stack guard (see the constructor)
  SyntaxError err_;
  std::vector<void *> scratch_;
  std::vector<bool> legacyDone_; ///< diag: invalid_legacy_expression tried at token
  std::string buf_;
};

} // namespace molt::parser_detail
