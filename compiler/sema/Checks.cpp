// Post-parse checks of one module, in one walk over the AST in CPython 3.12's
// compilation order:
//  * the SyntaxErrors CPython's compiler raises after the symbol table
//    ('return' outside function, 'break' outside loop, __debug__, starred
//    targets, default 'except:' not last, ...). CPython stops at the first;
//    so does this check (the first one in compilation order is kept);
//  * the constructs Molt refuses (DESIGN.md section 7) and those whose
//    support lands later (LoadOptions::pending), all of them reported.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "sema/Sema.h"

namespace molt::sema {

namespace {

/// Names of the `builtins` module (Python 3.12).
constexpr std::string_view kBuiltinNames[] = {
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "__import__",
    "__build_class__",
};

/// `name` in backquotes.
std::string quoted(std::string_view name) {
  std::string out = "`";
  out.append(name);
  out += '`';
  return out;
}

bool isBuiltinName(std::string_view n) {
  for (std::string_view b : kBuiltinNames)
    if (b == n) return true;
  return false;
}

/// Attributes of `sys` whose use Molt refuses (tracing, frame introspection).
struct SysRefusal {
  std::string_view attr;
  const char *hint;
};
constexpr SysRefusal kSysRefusals[] = {
    {"settrace", "tracing hooks need an interpreter; Molt compiles to native code"},
    {"setprofile", "profiling hooks need an interpreter; use a native profiler (perf) instead"},
    {"_getframe", "frame introspection beyond tracebacks is not available in compiled code"},
    {"_current_frames", "frame introspection beyond tracebacks is not available in compiled code"},
};

const SysRefusal *sysRefusal(std::string_view attr) {
  for (const SysRefusal &r : kSysRefusals)
    if (r.attr == attr) return &r;
  return nullptr;
}

/// The compiler unit a node is compiled in (CPython's u_scope_type).
enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

constexpr int kMaxBlocks = 20; // CPython's CO_MAXBLOCKS

class Checker {
public:
  Checker(const Program &program, const ModuleUnit &unit, const LoadOptions &options)
      : program_(program), unit_(unit), options_(options) {}

  void run() {
    scope_ = unit_.top;
    for (const ast::stmt *s : unit_.tree->body)
      stmt(s);
  }

  bool haveSyntaxError = false;
  Diagnostic syntaxError;
  std::vector<Diagnostic> refusals;

private:
  const Program &program_;
  const ModuleUnit &unit_;
  const LoadOptions &options_;
  const Scope *scope_ = nullptr; ///< the symbol table scope of the current node
  UnitKind unitKind_ = UnitKind::Module;
  const Scope *unitScope_ = nullptr; ///< scope of the current compiler unit
  int loops_ = 0;                    ///< enclosing loops in the current unit
  int blocks_ = 0;                   ///< CPython's frame blocks in the current unit
  int asyncDefDepth_ = 0;            ///< inside an async def (coroutines refused once)

  // ---- reporting -------------------------------------------------------------------

  Diagnostic at(const ast::Loc &loc, std::string kind, std::string msg, std::string hint = {}) {
    Diagnostic d;
    d.filename = unit_.path;
    d.line = loc.lineno;
    d.col = loc.col_offset;
    d.endLine = loc.end_lineno;
    d.endCol = loc.end_col_offset;
    d.kind = std::move(kind);
    d.message = std::move(msg);
    d.hint = std::move(hint);
    return d;
  }

  void syntax(const ast::Loc &loc, std::string msg) {
    if (haveSyntaxError) return;
    haveSyntaxError = true;
    syntaxError = at(loc, "SyntaxError", std::move(msg));
  }

  void refuse(const ast::Loc &loc, std::string msg, std::string hint = {}) {
    refusals.push_back(at(loc, "error", std::move(msg), std::move(hint)));
  }

  // Generators are compiled now (issue 5): their bit no longer refuses anything.
  // Coroutines too (async def, await, async for/with, async comprehensions).
  bool pending(uint32_t bit) const {
    return (options_.pending & bit & ~(kPendingGenerators | kPendingCoroutines)) != 0;
  }

  // ---- names -----------------------------------------------------------------------

  /// True if name (as written) in the current scope is the builtin of that name.
  bool resolvesToBuiltin(std::string_view name) const {
    if (!isBuiltinName(name)) return false;
    std::string m = mangle(scope_->privateName, name);
    const Symbol *s = scope_->lookup(m);
    if (s && s->binding != Binding::GlobalImplicit && s->binding != Binding::GlobalExplicit)
      return false;
    const Symbol *g = unit_.top->lookup(m);
    if (g && (g->flags & (kSymBound | kSymDeclGlobal))) return false;
    return true;
  }

  /// True if name in the current scope is the module `module` bound by a
  /// module-level `import module` (only plain imports are tracked).
  bool resolvesToModule(std::string_view name, std::string_view module) const {
    if (name != module) return false;
    std::string m(name);
    const Symbol *s = scope_->lookup(m);
    if (s && s->binding != Binding::GlobalImplicit && s->binding != Binding::GlobalExplicit &&
        !(scope_->kind == ScopeKind::Module && (s->flags & kSymImported)))
      return false;
    const Symbol *g = unit_.top->lookup(m);
    return g && (g->flags & kSymImported);
  }

  void debugName(std::string_view name, ast::expr_context ctx, const ast::Loc &loc) {
    if (name != "__debug__") return;
    if (ctx == ast::expr_context::Store) syntax(loc, "cannot assign to __debug__");
    if (ctx == ast::expr_context::Del) syntax(loc, "cannot delete __debug__");
  }

  void checkDebugArgs(const ast::arguments *a) {
    auto chk = [&](const ast::arg *x) {
      if (x && x->arg == "__debug__") syntax(x->loc, "cannot assign to __debug__");
    };
    for (const ast::arg *x : a->posonlyargs)
      chk(x);
    for (const ast::arg *x : a->args)
      chk(x);
    chk(a->vararg);
    for (const ast::arg *x : a->kwonlyargs)
      chk(x);
    chk(a->kwarg);
  }

  // ---- units -----------------------------------------------------------------------

  struct SavedUnit {
    const Scope *scope, *unitScope;
    UnitKind kind;
    int loops, blocks;
  };

  SavedUnit enterUnit(const ast::Node *node, UnitKind kind) {
    SavedUnit s{scope_, unitScope_, unitKind_, loops_, blocks_};
    auto it = unit_.scopes.find(node);
    if (it != unit_.scopes.end()) scope_ = it->second;
    unitScope_ = scope_;
    unitKind_ = kind;
    loops_ = 0;
    blocks_ = 0;
    return s;
  }

  void leaveUnit(const SavedUnit &s) {
    scope_ = s.scope;
    unitScope_ = s.unitScope;
    unitKind_ = s.kind;
    loops_ = s.loops;
    blocks_ = s.blocks;
  }

  bool unitIsFunctionLike() const {
    return unitKind_ != UnitKind::Module && unitKind_ != UnitKind::Class;
  }

  void pushBlock(const ast::Loc &loc) {
    if (blocks_ >= kMaxBlocks) syntax(loc, "too many statically nested blocks");
    blocks_++;
  }

  // ---- statements ------------------------------------------------------------------

  void stmts(const ast::Seq<ast::stmt *> &body) {
    for (const ast::stmt *s : body)
      stmt(s);
  }
  void exprs(const ast::Seq<ast::expr *> &es) {
    for (const ast::expr *e : es)
      if (e) expr(e);
  }

  template <typename Def> void function(const Def *s, bool async) {
    checkDebugArgs(s->args);
    exprs(s->decorator_list);
    exprs(s->args->defaults);
    exprs(s->args->kw_defaults);
    if (async && pending(kPendingCoroutines) && asyncDefDepth_ == 0)
      refuse(s->loc, "coroutines are not supported yet", "`async def` lands in a later version");
    SavedUnit saved = enterUnit(s, async ? UnitKind::AsyncFunction : UnitKind::Function);
    if (async) asyncDefDepth_++;
    if (scope_ && scope_->isGenerator && pending(kPendingGenerators) && !async)
      refuse(s->loc, "generators are not supported yet",
             quoted(s->name) + " contains `yield`; generator functions land in a later "
                               "version (return a list instead)");
    stmts(s->body);
    if (async) asyncDefDepth_--;
    leaveUnit(saved);
    debugName(s->name, ast::expr_context::Store, s->loc);
  }

  template <typename T> void forLoop(const T *f, bool async) {
    if (async && unitKind_ != UnitKind::AsyncFunction)
      syntax(f->loc, "'async for' outside async function");
    expr(f->iter);
    expr(f->target);
    pushBlock(f->loc);
    loops_++;
    stmts(f->body);
    loops_--;
    blocks_--;
    stmts(f->orelse);
  }

  template <typename T> void withStmt(const T *w, bool async) {
    if (async && unitKind_ != UnitKind::AsyncFunction)
      syntax(w->loc, "'async with' outside async function");
    for (const ast::withitem *it : w->items) {
      expr(it->context_expr);
      pushBlock(w->loc);
      if (it->optional_vars) expr(it->optional_vars);
    }
    stmts(w->body);
    blocks_ -= static_cast<int>(w->items.size);
  }

  template <typename T> void tryStmt(const T *t, bool star) {
    if (star && pending(kPendingExceptStar))
      refuse(t->loc, "`except*` is not supported yet", "use `except` with a plain exception type");
    bool hasFinally = !t->finalbody.empty();
    bool hasHandlers = !t->handlers.empty();
    if (hasFinally) pushBlock(t->loc);
    if (hasHandlers) pushBlock(t->loc);
    stmts(t->body);
    if (hasHandlers) blocks_--;
    stmts(t->orelse);
    uint32_t n = t->handlers.size;
    if (hasHandlers) pushBlock(t->loc); // EXCEPTION_HANDLER
    for (uint32_t i = 0; i < n; i++) {
      auto *h = static_cast<const ast::ExceptHandler *>(t->handlers[i]);
      if (!h->type && i + 1 < n && !star) syntax(h->loc, "default 'except:' must be last");
      if (h->type) expr(h->type);
      if (h->name.data()) debugName(h->name, ast::expr_context::Store, h->loc);
      pushBlock(h->loc); // HANDLER_CLEANUP
      stmts(h->body);
      blocks_--;
    }
    if (hasHandlers) blocks_--;
    if (hasFinally) {
      blocks_--;
      stmts(t->finalbody); // the normal path (no block pushed)
    }
  }

  void importStmt(const ast::Node *s, const ast::Seq<ast::alias *> &names, std::string_view from) {
    for (const ast::alias *a : names) {
      std::string_view bound = a->asname.data() ? a->asname : a->name;
      if (!a->asname.data()) {
        size_t dot = bound.find('.');
        if (dot != std::string_view::npos) bound = bound.substr(0, dot);
      }
      if (bound == "__debug__") syntax(s->loc, "cannot assign to __debug__");
      if (from == "sys")
        if (const SysRefusal *r = sysRefusal(a->name))
          refuse(a->loc, "`sys." + std::string(a->name) + "` is not supported", r->hint);
    }
  }

  void stmt(const ast::stmt *s) {
    switch (s->kind) {
    case ast::NodeKind::FunctionDef:
      function(static_cast<const ast::FunctionDef *>(s), false);
      break;
    case ast::NodeKind::AsyncFunctionDef:
      function(static_cast<const ast::AsyncFunctionDef *>(s), true);
      break;
    case ast::NodeKind::ClassDef: {
      auto *c = static_cast<const ast::ClassDef *>(s);
      exprs(c->decorator_list);
      SavedUnit saved = enterUnit(c, UnitKind::Class);
      stmts(c->body);
      leaveUnit(saved);
      for (const ast::expr *x : c->bases) { // `class C(*bases)` is valid, as in a call
        if (auto *st = ast::dynCast<ast::Starred>(const_cast<ast::expr *>(x)))
          expr(st->value);
        else
          expr(x);
      }
      keywords(c->keywords);
      debugName(c->name, ast::expr_context::Store, c->loc);
      break;
    }
    case ast::NodeKind::Return: {
      auto *r = static_cast<const ast::Return *>(s);
      if (!unitScope_ || !(unitKind_ == UnitKind::Function || unitKind_ == UnitKind::AsyncFunction))
        syntax(s->loc, "'return' outside function");
      else if (r->value && unitScope_->isCoroutine && unitScope_->isGenerator)
        syntax(s->loc, "'return' with value in async generator");
      if (r->value) expr(r->value);
      break;
    }
    case ast::NodeKind::Delete:
      exprs(static_cast<const ast::Delete *>(s)->targets);
      break;
    case ast::NodeKind::Assign: {
      auto *a = static_cast<const ast::Assign *>(s);
      expr(a->value);
      exprs(a->targets);
      break;
    }
    case ast::NodeKind::TypeAlias: {
      auto *t = static_cast<const ast::TypeAlias *>(s);
      expr(t->name);
      break;
    }
    case ast::NodeKind::AugAssign: {
      auto *a = static_cast<const ast::AugAssign *>(s);
      if (auto *n = ast::dynCast<ast::Name>(a->target)) {
        debugName(n->id, ast::expr_context::Store, n->loc);
      } else {
        expr(a->target);
      }
      expr(a->value);
      break;
    }
    case ast::NodeKind::AnnAssign: {
      auto *a = static_cast<const ast::AnnAssign *>(s);
      if (a->value) expr(a->value);
      expr(a->target);
      if (unitKind_ == UnitKind::Module || unitKind_ == UnitKind::Class) expr(a->annotation);
      break;
    }
    case ast::NodeKind::For:
      forLoop(static_cast<const ast::For *>(s), false);
      break;
    case ast::NodeKind::AsyncFor:
      forLoop(static_cast<const ast::AsyncFor *>(s), true);
      break;
    case ast::NodeKind::While: {
      auto *w = static_cast<const ast::While *>(s);
      expr(w->test);
      pushBlock(w->loc);
      loops_++;
      stmts(w->body);
      loops_--;
      blocks_--;
      stmts(w->orelse);
      break;
    }
    case ast::NodeKind::If: {
      auto *i = static_cast<const ast::If *>(s);
      expr(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case ast::NodeKind::With:
      withStmt(static_cast<const ast::With *>(s), false);
      break;
    case ast::NodeKind::AsyncWith:
      withStmt(static_cast<const ast::AsyncWith *>(s), true);
      break;
    case ast::NodeKind::Match: {
      auto *m = static_cast<const ast::Match *>(s);
      expr(m->subject);
      uint32_t n = m->cases.size;
      for (uint32_t i = 0; i < n; i++) {
        const ast::match_case *c = m->cases[i];
        bool allowIrrefutable = c->guard || i + 1 == n;
        pattern(c->pattern, allowIrrefutable);
        if (c->guard) expr(c->guard);
        stmts(c->body);
      }
      break;
    }
    case ast::NodeKind::Raise: {
      auto *r = static_cast<const ast::Raise *>(s);
      if (r->exc) expr(r->exc);
      if (r->cause) expr(r->cause);
      break;
    }
    case ast::NodeKind::Try:
      tryStmt(static_cast<const ast::Try *>(s), false);
      break;
    case ast::NodeKind::TryStar:
      tryStmt(static_cast<const ast::TryStar *>(s), true);
      break;
    case ast::NodeKind::Assert: {
      auto *a = static_cast<const ast::Assert *>(s);
      expr(a->test);
      if (a->msg) expr(a->msg);
      break;
    }
    case ast::NodeKind::Import:
      importStmt(s, static_cast<const ast::Import *>(s)->names, {});
      break;
    case ast::NodeKind::ImportFrom: {
      auto *f = static_cast<const ast::ImportFrom *>(s);
      importStmt(s, f->names, f->level == 0 ? f->module : std::string_view());
      break;
    }
    case ast::NodeKind::Expr:
      expr(static_cast<const ast::Expr *>(s)->value);
      break;
    case ast::NodeKind::Break:
      if (loops_ == 0) syntax(s->loc, "'break' outside loop");
      break;
    case ast::NodeKind::Continue:
      if (loops_ == 0) syntax(s->loc, "'continue' not properly in loop");
      break;
    default: // Global, Nonlocal, Pass
      break;
    }
  }

  void pattern(const ast::pattern *p, bool allowIrrefutable) {
    switch (p->kind) {
    case ast::NodeKind::MatchValue:
      expr(static_cast<const ast::MatchValue *>(p)->value);
      break;
    case ast::NodeKind::MatchSequence:
      for (const ast::pattern *q : static_cast<const ast::MatchSequence *>(p)->patterns)
        pattern(q, true);
      break;
    case ast::NodeKind::MatchMapping: {
      auto *m = static_cast<const ast::MatchMapping *>(p);
      exprs(m->keys);
      for (const ast::pattern *q : m->patterns)
        pattern(q, true);
      break;
    }
    case ast::NodeKind::MatchClass: {
      auto *m = static_cast<const ast::MatchClass *>(p);
      expr(m->cls);
      for (const ast::pattern *q : m->patterns)
        pattern(q, true);
      for (const ast::pattern *q : m->kwd_patterns)
        pattern(q, true);
      break;
    }
    case ast::NodeKind::MatchAs: {
      auto *m = static_cast<const ast::MatchAs *>(p);
      if (!m->pattern && !allowIrrefutable) {
        if (m->name.data())
          syntax(p->loc, "name capture '" + std::string(m->name) +
                             "' makes remaining patterns unreachable");
        else
          syntax(p->loc, "wildcard makes remaining patterns unreachable");
      }
      if (m->pattern) pattern(m->pattern, allowIrrefutable);
      break;
    }
    case ast::NodeKind::MatchOr: {
      auto *m = static_cast<const ast::MatchOr *>(p);
      for (uint32_t i = 0; i < m->patterns.size; i++)
        pattern(m->patterns[i], i + 1 == m->patterns.size ? allowIrrefutable : false);
      break;
    }
    default:
      break;
    }
  }

  // ---- expressions -----------------------------------------------------------------

  void keywords(const ast::Seq<ast::keyword *> &kws) {
    for (uint32_t i = 0; i < kws.size; i++) {
      const ast::keyword *k = kws[i];
      if (!k->arg.data()) continue;
      if (k->arg == "__debug__") syntax(k->loc, "cannot assign to __debug__");
      for (uint32_t j = i + 1; j < kws.size; j++)
        if (kws[j]->arg.data() && kws[j]->arg == k->arg)
          syntax(kws[j]->loc, "keyword argument repeated: " + std::string(k->arg));
    }
  }

  /// Elements of a List/Tuple: starred elements are allowed; in a Store
  /// context at most one.
  void sequence(const ast::expr *e, const ast::Seq<ast::expr *> &elts, ast::expr_context ctx) {
    if (ctx == ast::expr_context::Store) {
      int stars = 0;
      for (const ast::expr *x : elts)
        if (x->kind == ast::NodeKind::Starred) stars++;
      if (stars > 1) syntax(e->loc, "multiple starred expressions in assignment");
    }
    for (const ast::expr *x : elts) {
      if (auto *st = ast::dynCast<ast::Starred>(const_cast<ast::expr *>(x)))
        expr(st->value);
      else
        expr(x);
    }
  }

  void comprehension(const ast::expr *e, const ast::Seq<ast::comprehension *> &gens,
                     const ast::expr *elt, const ast::expr *value, bool isGenexp) {
    auto it = unit_.scopes.find(e);
    const Scope *comp = it == unit_.scopes.end() ? nullptr : it->second;
    bool inlined = comp && comp->inlined;
    UnitKind outerKind = unitKind_;
    if (comp && comp->isCoroutine && asyncDefDepth_ == 0 && pending(kPendingCoroutines))
      refuse(e->loc, "coroutines are not supported yet",
             "asynchronous comprehensions land in a later version");
    else if (isGenexp && pending(kPendingGenerators))
      refuse(e->loc, "generators are not supported yet",
             "generator expressions land in a later version; use a list comprehension");
    auto body = [&] {
      if (comp && comp->isCoroutine && !isGenexp && outerKind != UnitKind::AsyncFunction &&
          outerKind != UnitKind::Comprehension)
        syntax(e->loc, "asynchronous comprehension outside of an asynchronous function");
      for (uint32_t i = 0; i < gens.size; i++) {
        const ast::comprehension *g = gens[i];
        if (i > 0) expr(g->iter);
        expr(g->target);
        exprs(g->ifs);
      }
      if (value) {
        expr(elt);
        expr(value);
      } else {
        expr(elt);
      }
    };
    if (inlined) {
      expr(gens[0]->iter);
      const Scope *saved = scope_;
      scope_ = comp;
      body();
      scope_ = saved;
    } else {
      SavedUnit saved = enterUnit(e, UnitKind::Comprehension);
      body();
      leaveUnit(saved);
      expr(gens[0]->iter);
    }
  }

  void call(const ast::Call *c) {
    keywords(c->keywords);
    if (auto *n = ast::dynCast<ast::Name>(c->func)) {
      (void)n; // eval/exec/compile are refused wherever the name is used (see Name)
    } else if (auto *a = ast::dynCast<ast::Attribute>(c->func)) {
      auto *base = ast::dynCast<ast::Name>(a->value);
      if (base && a->attr == "import_module" && resolvesToModule(base->id, "importlib")) {
        bool constant = !c->args.empty() && c->args[0]->kind == ast::NodeKind::Constant;
        if (!constant)
          refuse(c->loc,
                 "`importlib.import_module` with a non-constant module name is not "
                 "supported",
                 "Molt resolves every import at compile time; import the module by name");
      }
    }
    expr(c->func);
    for (const ast::expr *x : c->args) {
      if (auto *st = ast::dynCast<ast::Starred>(const_cast<ast::expr *>(x)))
        expr(st->value);
      else
        expr(x);
    }
    for (const ast::keyword *k : c->keywords)
      expr(k->value);
  }

  void attributeTarget(const ast::Attribute *a) {
    auto *base = ast::dynCast<ast::Name>(a->value);
    if (!base) return;
    if (resolvesToBuiltin(base->id))
      refuse(a->loc,
             "assigning attributes of the builtin `" + std::string(base->id) + "` is not supported",
             "builtin types and functions cannot be monkeypatched in a compiled program");
    else if (resolvesToModule(base->id, "builtins"))
      refuse(a->loc, "assigning attributes of the `builtins` module is not supported",
             "builtins are fixed at compile time in a Molt program");
  }

  void expr(const ast::expr *e) {
    switch (e->kind) {
    case ast::NodeKind::BoolOp:
      exprs(static_cast<const ast::BoolOp *>(e)->values);
      break;
    case ast::NodeKind::NamedExpr: {
      auto *n = static_cast<const ast::NamedExpr *>(e);
      expr(n->value);
      expr(n->target);
      break;
    }
    case ast::NodeKind::BinOp: {
      auto *b = static_cast<const ast::BinOp *>(e);
      expr(b->left);
      expr(b->right);
      break;
    }
    case ast::NodeKind::UnaryOp:
      expr(static_cast<const ast::UnaryOp *>(e)->operand);
      break;
    case ast::NodeKind::Lambda: {
      auto *l = static_cast<const ast::Lambda *>(e);
      checkDebugArgs(l->args);
      exprs(l->args->defaults);
      exprs(l->args->kw_defaults);
      SavedUnit saved = enterUnit(e, UnitKind::Lambda);
      if (scope_ && scope_->isGenerator && pending(kPendingGenerators))
        refuse(e->loc, "generators are not supported yet",
               "this lambda contains `yield`; generators land in a later version");
      expr(l->body);
      leaveUnit(saved);
      break;
    }
    case ast::NodeKind::IfExp: {
      auto *i = static_cast<const ast::IfExp *>(e);
      expr(i->test);
      expr(i->body);
      expr(i->orelse);
      break;
    }
    case ast::NodeKind::Dict: {
      auto *d = static_cast<const ast::Dict *>(e);
      for (uint32_t i = 0; i < d->values.size; i++) {
        if (d->keys[i]) expr(d->keys[i]);
        expr(d->values[i]);
      }
      break;
    }
    case ast::NodeKind::Set:
      sequence(e, static_cast<const ast::Set *>(e)->elts, ast::expr_context::Load);
      break;
    case ast::NodeKind::ListComp: {
      auto *c = static_cast<const ast::ListComp *>(e);
      comprehension(e, c->generators, c->elt, nullptr, false);
      break;
    }
    case ast::NodeKind::SetComp: {
      auto *c = static_cast<const ast::SetComp *>(e);
      comprehension(e, c->generators, c->elt, nullptr, false);
      break;
    }
    case ast::NodeKind::DictComp: {
      auto *c = static_cast<const ast::DictComp *>(e);
      comprehension(e, c->generators, c->key, c->value, false);
      break;
    }
    case ast::NodeKind::GeneratorExp: {
      auto *c = static_cast<const ast::GeneratorExp *>(e);
      comprehension(e, c->generators, c->elt, nullptr, true);
      break;
    }
    case ast::NodeKind::Await: {
      if (!unitIsFunctionLike())
        syntax(e->loc, "'await' outside function");
      else if (unitKind_ != UnitKind::AsyncFunction && unitKind_ != UnitKind::Comprehension)
        syntax(e->loc, "'await' outside async function");
      expr(static_cast<const ast::Await *>(e)->value);
      break;
    }
    case ast::NodeKind::Yield: {
      auto *y = static_cast<const ast::Yield *>(e);
      if (!unitIsFunctionLike()) syntax(e->loc, "'yield' outside function");
      if (y->value) expr(y->value);
      break;
    }
    case ast::NodeKind::YieldFrom: {
      if (!unitIsFunctionLike())
        syntax(e->loc, "'yield' outside function");
      else if (unitKind_ == UnitKind::AsyncFunction)
        syntax(e->loc, "'yield from' inside async function");
      expr(static_cast<const ast::YieldFrom *>(e)->value);
      break;
    }
    case ast::NodeKind::Compare: {
      auto *c = static_cast<const ast::Compare *>(e);
      expr(c->left);
      exprs(c->comparators);
      break;
    }
    case ast::NodeKind::Call:
      call(static_cast<const ast::Call *>(e));
      break;
    case ast::NodeKind::FormattedValue: {
      auto *f = static_cast<const ast::FormattedValue *>(e);
      expr(f->value);
      if (f->format_spec) expr(f->format_spec);
      break;
    }
    case ast::NodeKind::JoinedStr:
      exprs(static_cast<const ast::JoinedStr *>(e)->values);
      break;
    case ast::NodeKind::Attribute: {
      auto *a = static_cast<const ast::Attribute *>(e);
      if (a->ctx != ast::expr_context::Load) {
        debugName(a->attr, a->ctx, e->loc);
        attributeTarget(a);
      }
      if (auto *base = ast::dynCast<ast::Name>(a->value)) {
        if (resolvesToModule(base->id, "sys"))
          if (const SysRefusal *r = sysRefusal(a->attr))
            refuse(e->loc, "`sys." + std::string(a->attr) + "` is not supported", r->hint);
      }
      expr(a->value);
      break;
    }
    case ast::NodeKind::Subscript: {
      auto *s = static_cast<const ast::Subscript *>(e);
      expr(s->value);
      if (auto *t = ast::dynCast<ast::Tuple>(s->slice))
        sequence(t, t->elts, ast::expr_context::Load);
      else
        expr(s->slice);
      break;
    }
    case ast::NodeKind::Starred: {
      auto *st = static_cast<const ast::Starred *>(e);
      if (st->ctx == ast::expr_context::Store)
        syntax(e->loc, "starred assignment target must be in a list or tuple");
      else
        syntax(e->loc, "can't use starred expression here");
      expr(st->value);
      break;
    }
    case ast::NodeKind::Name: {
      auto *n = static_cast<const ast::Name *>(e);
      debugName(n->id, n->ctx, e->loc);
      if ((n->id == "eval" || n->id == "exec" || n->id == "compile") &&
          n->ctx == ast::expr_context::Load && resolvesToBuiltin(n->id))
        refuse(e->loc, quoted(n->id) + " is not supported",
               "Molt compiles the whole program ahead of time; there is no Python compiler at "
               "run time");
      else if (n->id == "__import__" && n->ctx == ast::expr_context::Load &&
               resolvesToBuiltin(n->id))
        refuse(e->loc, "`__import__` is not supported",
               "Molt resolves every import at compile time; use an `import` statement");
      break;
    }
    case ast::NodeKind::List: {
      auto *l = static_cast<const ast::List *>(e);
      sequence(e, l->elts, l->ctx);
      break;
    }
    case ast::NodeKind::Tuple: {
      auto *t = static_cast<const ast::Tuple *>(e);
      sequence(e, t->elts, t->ctx);
      break;
    }
    case ast::NodeKind::Slice: {
      auto *s = static_cast<const ast::Slice *>(e);
      if (s->lower) expr(s->lower);
      if (s->upper) expr(s->upper);
      if (s->step) expr(s->step);
      break;
    }
    default: // Constant
      break;
    }
  }
};

} // namespace

bool checkModule(const Program &program, const ModuleUnit &unit, const LoadOptions &options,
                 std::vector<Diagnostic> &diags) {
  if (!unit.tree || !unit.top) return true;
  Checker c(program, unit, options);
  c.run();
  if (c.haveSyntaxError) {
    diags.push_back(std::move(c.syntaxError));
    return false;
  }
  for (Diagnostic &d : c.refusals)
    diags.push_back(std::move(d));
  return c.refusals.empty();
}

} // namespace molt::sema
