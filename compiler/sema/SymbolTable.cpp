// Symbol tables with CPython 3.12's rules (Python/symtable.c's model, written
// from its documented behaviour): pass 1 walks the AST recording, per scope,
// what each name is used for (flags) and reports the SyntaxErrors CPython's
// symtable raises while walking; pass 2 resolves every name to local /
// global / free / cell, exactly as CPython's analysis does, including
// PEP 709 comprehension inlining (see Scope::inlined).
#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>

#include "sema/Scope.h"
#include "sema/Sema.h"

namespace molt::sema {

std::string mangle(std::string_view privateName, std::string_view name) {
  if (privateName.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return std::string(name);
  if (name.ends_with("__") || name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = privateName.find_first_not_of('_');
  if (i == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += privateName.substr(i);
  out += name;
  return out;
}

namespace {

using NameSet = std::set<std::string>;
using ScopeMap = std::unordered_map<std::string, Binding>;

/// A symtable SyntaxError: stops the build (CPython stops at the first).
struct SymtableError {
  Diagnostic diag;
};

enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

/// Builder-only state of a scope.
struct Info {
  int compIterExpr = 0;        ///< > 0 while visiting a comprehension's iterable
  bool compIterTarget = false; ///< visiting a comprehension's iteration target
  CompKind comp = CompKind::None;
  /// global/nonlocal (and walrus) directives: mangled name and location.
  std::vector<std::pair<std::string, ast::Loc>> directives;
};

constexpr int kMaxDepth = 8000;

Symbol *findSym(Scope *s, const std::string &name) {
  auto it = s->index.find(name);
  return it == s->index.end() ? nullptr : &s->symbols[it->second];
}

Symbol &getSym(Scope *s, const std::string &name) {
  auto it = s->index.find(name);
  if (it != s->index.end()) return s->symbols[it->second];
  s->index.emplace(name, static_cast<uint32_t>(s->symbols.size()));
  s->symbols.push_back(Symbol{name, 0, Binding::GlobalImplicit});
  return s->symbols.back();
}

bool isFutureAnnotations(const ast::Module *m) {
  bool first = true;
  for (ast::stmt *s : m->body) {
    if (first) {
      first = false;
      if (auto *e = ast::dynCast<ast::Expr>(s)) {
        auto *c = ast::dynCast<ast::Constant>(e->value);
        if (c && c->value.kind == ast::ConstValue::Kind::Str) continue;
      }
    }
    auto *imp = ast::dynCast<ast::ImportFrom>(s);
    if (!imp || imp->module != "__future__" || imp->level != 0) return false;
    for (ast::alias *a : imp->names)
      if (a->name == "annotations") return true;
  }
  return false;
}

class Builder {
public:
  Builder(Program &program, ModuleUnit &unit) : program_(program), unit_(unit) {}

  void run() {
    futureAnnotations_ = isFutureAnnotations(unit_.tree);
    top_ = enter(ScopeKind::Module, "top", unit_.tree);
    for (ast::stmt *s : unit_.tree->body)
      visitStmt(s);
    exit();
    NameSet free, global, typeParams;
    analyzeBlock(top_, nullptr, free, global, typeParams, nullptr);
    unit_.top = top_;
    setQualnames(top_);
  }

private:
  Program &program_;
  ModuleUnit &unit_;
  Scope *top_ = nullptr;
  Scope *cur_ = nullptr;
  std::vector<Scope *> stack_;
  std::unordered_map<Scope *, Info> info_;
  std::string private_;
  bool futureAnnotations_ = false;
  int depth_ = 0;

  [[noreturn]] void error(const ast::Loc &loc, std::string msg) {
    Diagnostic d;
    d.filename = unit_.path;
    d.line = loc.lineno;
    d.col = loc.col_offset;
    d.endLine = loc.end_lineno;
    d.endCol = loc.end_col_offset;
    d.kind = "SyntaxError";
    d.message = std::move(msg);
    throw SymtableError{std::move(d)};
  }

  // ---- scopes ----------------------------------------------------------------------

  Scope *enter(ScopeKind kind, std::string name, const ast::Node *node, bool registerNode = true) {
    program_.scopeStore.push_back(std::make_unique<Scope>());
    Scope *s = program_.scopeStore.back().get();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->parent = cur_;
    s->privateName = private_;
    if (cur_) {
      cur_->children.push_back(s);
      s->nested = cur_->nested || cur_->isFunctionLike();
    }
    if (registerNode && node) unit_.scopes[node] = s;
    info_[s];
    stack_.push_back(s);
    cur_ = s;
    return s;
  }

  void exit() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  // ---- definitions -----------------------------------------------------------------

  void addDefIn(std::string_view name, uint32_t flag, Scope *ste, const ast::Loc &loc) {
    std::string m = mangle(private_, name);
    Symbol *existing = findSym(ste, m);
    uint32_t val = existing ? existing->flags : 0;
    if ((flag & kSymParam) && (val & kSymParam))
      error(loc, "duplicate argument '" + std::string(name) + "' in function definition");
    if ((flag & kSymTypeParam) && (val & kSymTypeParam))
      error(loc, "duplicate type parameter '" + std::string(name) + "'");
    val |= flag;
    if (info_[ste].compIterTarget) {
      if (val & (kSymDeclGlobal | kSymDeclNonlocal))
        error(loc, "comprehension inner loop cannot rebind assignment expression target '" +
                       std::string(name) + "'");
      val |= kSymCompIter;
    }
    getSym(ste, m).flags = val;
    if (flag & kSymParam) {
      if (ste->kind != ScopeKind::TypeParams) ste->params.push_back(m);
    } else if (flag & kSymDeclGlobal) {
      getSym(top_, m).flags |= flag;
    }
  }

  void addDef(std::string_view name, uint32_t flag, const ast::Loc &loc) {
    addDefIn(name, flag, cur_, loc);
  }

  uint32_t lookup(std::string_view name) {
    Symbol *s = findSym(cur_, mangle(private_, name));
    return s ? s->flags : 0;
  }

  void directive(std::string_view name, const ast::Loc &loc) {
    info_[cur_].directives.emplace_back(mangle(private_, name), loc);
  }

  // ---- statements ------------------------------------------------------------------

  void visitStmts(const ast::Seq<ast::stmt *> &body) {
    for (ast::stmt *s : body)
      visitStmt(s);
  }
  void visitExprs(const ast::Seq<ast::expr *> &es) {
    for (ast::expr *e : es)
      if (e) visitExpr(e);
  }

  void visitParams(const ast::Seq<ast::arg *> &args) {
    for (ast::arg *a : args)
      addDef(a->arg, kSymParam, a->loc);
  }

  void visitArguments(const ast::arguments *a) {
    visitParams(a->posonlyargs);
    visitParams(a->args);
    visitParams(a->kwonlyargs);
    if (a->vararg) {
      addDef(a->vararg->arg, kSymParam, a->vararg->loc);
      cur_->hasVarargs = true;
    }
    if (a->kwarg) {
      addDef(a->kwarg->arg, kSymParam, a->kwarg->loc);
      cur_->hasVarkeywords = true;
    }
    // Scope::params in call order: posonly, normal, *args, kwonly, **kwargs.
    std::vector<std::string> ordered;
    auto add = [&](const ast::arg *x) { ordered.push_back(mangle(private_, x->arg)); };
    for (ast::arg *x : a->posonlyargs)
      add(x);
    for (ast::arg *x : a->args)
      add(x);
    if (a->vararg) add(a->vararg);
    for (ast::arg *x : a->kwonlyargs)
      add(x);
    if (a->kwarg) add(a->kwarg);
    cur_->params = std::move(ordered);
  }

  /// Annotations are not visited at all under `from __future__ import
  /// annotations` (CPython 3.12 stores them as strings).
  void visitAnnotation(ast::expr *annotation) {
    if (!futureAnnotations_) visitExpr(annotation);
  }

  void visitArgAnnotations(const ast::Seq<ast::arg *> &args) {
    for (ast::arg *a : args)
      if (a->annotation) visitExpr(a->annotation);
  }

  void visitAnnotations(const ast::arguments *a, ast::expr *returns) {
    if (futureAnnotations_) return;
    visitArgAnnotations(a->posonlyargs);
    visitArgAnnotations(a->args);
    if (a->vararg && a->vararg->annotation) visitExpr(a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visitExpr(a->kwarg->annotation);
    visitArgAnnotations(a->kwonlyargs);
    if (returns) visitExpr(returns);
  }

  void enterTypeParamBlock(std::string_view name, const ast::Node *key, bool hasDefaults,
                           bool hasKwDefaults, bool isClass, const ast::Loc &loc) {
    bool inClass = cur_->kind == ScopeKind::Class;
    enter(ScopeKind::TypeParams, std::string(name), key);
    if (inClass) {
      cur_->canSeeClassScope = true;
      addDef("__classdict__", kSymUsed, loc);
    }
    if (isClass) {
      addDef(".type_params", kSymAssigned, loc);
      addDef(".type_params", kSymUsed, loc);
      addDef(".generic_base", kSymAssigned, loc);
      addDef(".generic_base", kSymUsed, loc);
    }
    if (hasDefaults) addDef(".defaults", kSymParam, loc);
    if (hasKwDefaults) addDef(".kwdefaults", kSymParam, loc);
  }

  void visitTypeParams(const ast::Seq<ast::type_param *> &tps) {
    for (ast::type_param *tp : tps) {
      if (auto *tv = ast::dynCast<ast::TypeVar>(tp)) {
        addDef(tv->name, kSymTypeParam | kSymAssigned, tv->loc);
        if (tv->bound) {
          bool inClass = cur_->canSeeClassScope;
          enter(ScopeKind::Annotation, std::string(tv->name), tv->bound);
          cur_->canSeeClassScope = inClass;
          if (inClass) addDef("__classdict__", kSymUsed, tv->bound->loc);
          visitExpr(tv->bound);
          exit();
        }
      } else if (auto *ps = ast::dynCast<ast::ParamSpec>(tp)) {
        addDef(ps->name, kSymTypeParam | kSymAssigned, ps->loc);
      } else if (auto *tt = ast::dynCast<ast::TypeVarTuple>(tp)) {
        addDef(tt->name, kSymTypeParam | kSymAssigned, tt->loc);
      }
    }
  }

  template <typename Def> void visitFunction(const Def *s, bool async) {
    addDef(s->name, kSymAssigned, s->loc);
    visitExprs(s->args->defaults);
    visitExprs(s->args->kw_defaults);
    visitExprs(s->decorator_list);
    bool generic = !s->type_params.empty();
    if (generic) {
      bool hasKw = false;
      for (ast::expr *e : s->args->kw_defaults)
        if (e) hasKw = true;
      // CPython 3.12.1 always gives a generic function the ".defaults" parameter.
      enterTypeParamBlock(s->name, s->type_params[0], true, hasKw, false, s->loc);
      visitTypeParams(s->type_params);
    }
    visitAnnotations(s->args, s->returns);
    enter(ScopeKind::Function, std::string(s->name), s);
    if (async) cur_->isCoroutine = true;
    visitArguments(s->args);
    visitStmts(s->body);
    exit();
    if (generic) exit();
  }

  template <typename T> void visitFor(const T *f) {
    visitExpr(f->target);
    visitExpr(f->iter);
    visitStmts(f->body);
    visitStmts(f->orelse);
  }

  template <typename T> void visitWith(const T *w) {
    for (ast::withitem *it : w->items) {
      visitExpr(it->context_expr);
      if (it->optional_vars) visitExpr(it->optional_vars);
    }
    visitStmts(w->body);
  }

  template <typename T> void visitTry(const T *t) {
    visitStmts(t->body);
    visitStmts(t->orelse);
    for (ast::excepthandler *h : t->handlers) {
      auto *eh = static_cast<const ast::ExceptHandler *>(h);
      if (eh->type) visitExpr(eh->type);
      if (eh->name.data()) addDef(eh->name, kSymAssigned, eh->loc);
      visitStmts(eh->body);
    }
    visitStmts(t->finalbody);
  }

  void visitStmt(const ast::stmt *s) {
    if (++depth_ > kMaxDepth) error(s->loc, "too many nested blocks or expressions");
    switch (s->kind) {
    case ast::NodeKind::FunctionDef:
      visitFunction(static_cast<const ast::FunctionDef *>(s), false);
      break;
    case ast::NodeKind::AsyncFunctionDef:
      visitFunction(static_cast<const ast::AsyncFunctionDef *>(s), true);
      break;
    case ast::NodeKind::ClassDef: {
      auto *c = static_cast<const ast::ClassDef *>(s);
      addDef(c->name, kSymAssigned, c->loc);
      visitExprs(c->decorator_list);
      std::string saved = private_;
      bool generic = !c->type_params.empty();
      if (generic) {
        enterTypeParamBlock(c->name, c->type_params[0], false, false, true, c->loc);
        private_ = std::string(c->name);
        cur_->privateName = private_;
        visitTypeParams(c->type_params);
      }
      visitExprs(c->bases);
      for (ast::keyword *k : c->keywords)
        visitExpr(k->value);
      enter(ScopeKind::Class, std::string(c->name), c);
      private_ = std::string(c->name);
      cur_->privateName = private_;
      if (generic) {
        addDef("__type_params__", kSymAssigned, c->type_params[0]->loc);
        addDef(".type_params", kSymUsed, c->type_params[0]->loc);
      }
      visitStmts(c->body);
      exit();
      if (generic) exit();
      private_ = saved;
      break;
    }
    case ast::NodeKind::Return: {
      auto *r = static_cast<const ast::Return *>(s);
      if (r->value) {
        visitExpr(r->value);
        cur_->returnsValue = true;
      }
      break;
    }
    case ast::NodeKind::Delete:
      visitExprs(static_cast<const ast::Delete *>(s)->targets);
      break;
    case ast::NodeKind::Assign: {
      auto *a = static_cast<const ast::Assign *>(s);
      visitExprs(a->targets);
      visitExpr(a->value);
      break;
    }
    case ast::NodeKind::TypeAlias: {
      auto *t = static_cast<const ast::TypeAlias *>(s);
      visitExpr(t->name);
      auto *nm = ast::dynCast<ast::Name>(t->name);
      std::string name = nm ? std::string(nm->id) : std::string();
      bool inClass = cur_->kind == ScopeKind::Class;
      bool generic = !t->type_params.empty();
      if (generic) {
        enterTypeParamBlock(name, t->type_params[0], false, false, false, t->loc);
        visitTypeParams(t->type_params);
      }
      enter(ScopeKind::Annotation, name, t);
      cur_->canSeeClassScope = inClass;
      if (inClass) addDef("__classdict__", kSymUsed, t->value->loc);
      visitExpr(t->value);
      exit();
      if (generic) exit();
      break;
    }
    case ast::NodeKind::AugAssign: {
      auto *a = static_cast<const ast::AugAssign *>(s);
      visitExpr(a->target);
      visitExpr(a->value);
      break;
    }
    case ast::NodeKind::AnnAssign: {
      auto *a = static_cast<const ast::AnnAssign *>(s);
      if (auto *nm = ast::dynCast<ast::Name>(a->target)) {
        uint32_t curFlags = lookup(nm->id);
        if ((curFlags & (kSymDeclGlobal | kSymDeclNonlocal)) && cur_ != top_ && a->simple) {
          error(s->loc,
                std::string("annotated name '") + std::string(nm->id) +
                    ((curFlags & kSymDeclGlobal) ? "' can't be global" : "' can't be nonlocal"));
        }
        if (a->simple) {
          addDef(nm->id, kSymAnnotated | kSymAssigned, nm->loc);
        } else if (a->value) {
          addDef(nm->id, kSymAssigned, nm->loc);
        }
      } else {
        visitExpr(a->target);
      }
      visitAnnotation(a->annotation);
      if (a->value) visitExpr(a->value);
      break;
    }
    case ast::NodeKind::For:
      visitFor(static_cast<const ast::For *>(s));
      break;
    case ast::NodeKind::AsyncFor:
      visitFor(static_cast<const ast::AsyncFor *>(s));
      break;
    case ast::NodeKind::While: {
      auto *w = static_cast<const ast::While *>(s);
      visitExpr(w->test);
      visitStmts(w->body);
      visitStmts(w->orelse);
      break;
    }
    case ast::NodeKind::If: {
      auto *i = static_cast<const ast::If *>(s);
      visitExpr(i->test);
      visitStmts(i->body);
      visitStmts(i->orelse);
      break;
    }
    case ast::NodeKind::With:
      visitWith(static_cast<const ast::With *>(s));
      break;
    case ast::NodeKind::AsyncWith:
      visitWith(static_cast<const ast::AsyncWith *>(s));
      break;
    case ast::NodeKind::Match: {
      auto *m = static_cast<const ast::Match *>(s);
      visitExpr(m->subject);
      for (ast::match_case *c : m->cases) {
        visitPattern(c->pattern);
        if (c->guard) visitExpr(c->guard);
        visitStmts(c->body);
      }
      break;
    }
    case ast::NodeKind::Raise: {
      auto *r = static_cast<const ast::Raise *>(s);
      if (r->exc) visitExpr(r->exc);
      if (r->cause) visitExpr(r->cause);
      break;
    }
    case ast::NodeKind::Try:
      visitTry(static_cast<const ast::Try *>(s));
      break;
    case ast::NodeKind::TryStar:
      visitTry(static_cast<const ast::TryStar *>(s));
      break;
    case ast::NodeKind::Assert: {
      auto *a = static_cast<const ast::Assert *>(s);
      visitExpr(a->test);
      if (a->msg) visitExpr(a->msg);
      break;
    }
    case ast::NodeKind::Import:
      for (ast::alias *a : static_cast<const ast::Import *>(s)->names)
        visitAlias(a);
      break;
    case ast::NodeKind::ImportFrom:
      for (ast::alias *a : static_cast<const ast::ImportFrom *>(s)->names)
        visitAlias(a);
      break;
    case ast::NodeKind::Global:
    case ast::NodeKind::Nonlocal: {
      bool isGlobal = s->kind == ast::NodeKind::Global;
      const ast::Seq<ast::Ident> &names = isGlobal ? static_cast<const ast::Global *>(s)->names
                                                   : static_cast<const ast::Nonlocal *>(s)->names;
      const char *what = isGlobal ? "global" : "nonlocal";
      for (ast::Ident n : names) {
        uint32_t curFlags = lookup(n);
        if (curFlags & (kSymParam | kSymAssigned | kSymUsed | kSymAnnotated)) {
          std::string name(n);
          std::string msg;
          if (curFlags & kSymParam)
            msg = "name '" + name + "' is parameter and " + what;
          else if (curFlags & kSymUsed)
            msg = "name '" + name + "' is used prior to " + what + " declaration";
          else if (curFlags & kSymAnnotated)
            msg = "annotated name '" + name + "' can't be " + what;
          else
            msg = "name '" + name + "' is assigned to before " + what + " declaration";
          error(s->loc, msg);
        }
        addDef(n, isGlobal ? kSymDeclGlobal : kSymDeclNonlocal, s->loc);
        directive(n, s->loc);
      }
      break;
    }
    case ast::NodeKind::Expr:
      visitExpr(static_cast<const ast::Expr *>(s)->value);
      break;
    default: // Pass, Break, Continue
      break;
    }
    --depth_;
  }

  void visitAlias(const ast::alias *a) {
    std::string_view name = a->asname.data() ? a->asname : a->name;
    if (name == "*") {
      if (cur_->kind != ScopeKind::Module) error(a->loc, "import * only allowed at module level");
      return;
    }
    size_t dot = name.find('.');
    addDef(dot == std::string_view::npos ? name : name.substr(0, dot), kSymImported, a->loc);
  }

  void visitPattern(const ast::pattern *p) {
    switch (p->kind) {
    case ast::NodeKind::MatchValue:
      visitExpr(static_cast<const ast::MatchValue *>(p)->value);
      break;
    case ast::NodeKind::MatchSequence:
      for (ast::pattern *q : static_cast<const ast::MatchSequence *>(p)->patterns)
        visitPattern(q);
      break;
    case ast::NodeKind::MatchStar: {
      auto *m = static_cast<const ast::MatchStar *>(p);
      if (m->name.data()) addDef(m->name, kSymAssigned, m->loc);
      break;
    }
    case ast::NodeKind::MatchMapping: {
      auto *m = static_cast<const ast::MatchMapping *>(p);
      visitExprs(m->keys);
      for (ast::pattern *q : m->patterns)
        visitPattern(q);
      if (m->rest.data()) addDef(m->rest, kSymAssigned, m->loc);
      break;
    }
    case ast::NodeKind::MatchClass: {
      auto *m = static_cast<const ast::MatchClass *>(p);
      visitExpr(m->cls);
      for (ast::pattern *q : m->patterns)
        visitPattern(q);
      for (ast::pattern *q : m->kwd_patterns)
        visitPattern(q);
      break;
    }
    case ast::NodeKind::MatchAs: {
      auto *m = static_cast<const ast::MatchAs *>(p);
      if (m->pattern) visitPattern(m->pattern);
      if (m->name.data()) addDef(m->name, kSymAssigned, m->loc);
      break;
    }
    case ast::NodeKind::MatchOr:
      for (ast::pattern *q : static_cast<const ast::MatchOr *>(p)->patterns)
        visitPattern(q);
      break;
    default: // MatchSingleton
      break;
    }
  }

  // ---- expressions -----------------------------------------------------------------

  void raiseIfComprehension(const ast::expr *e) {
    switch (info_[cur_].comp) {
    case CompKind::List:
      error(e->loc, "'yield' inside list comprehension");
    case CompKind::Set:
      error(e->loc, "'yield' inside set comprehension");
    case CompKind::Dict:
      error(e->loc, "'yield' inside dict comprehension");
    case CompKind::Gen:
      error(e->loc, "'yield' inside generator expression");
    case CompKind::None:
      break;
    }
  }

  void raiseIfAnnotationScope(const char *what, const ast::expr *e) {
    if (cur_->kind == ScopeKind::DeferredAnnotation)
      error(e->loc, std::string(what) + " cannot be used within an annotation");
    if (cur_->kind == ScopeKind::Annotation) {
      auto *t = ast::dynCast<ast::TypeAlias>(const_cast<ast::Node *>(cur_->node));
      error(e->loc, std::string(what) + (t ? " cannot be used within a type alias"
                                           : " cannot be used within a TypeVar bound"));
    }
    if (cur_->kind == ScopeKind::TypeParams)
      error(e->loc, std::string(what) + " cannot be used within the definition of a generic");
  }

  void extendNamedExprScope(const ast::Name *target) {
    std::string_view name = target->id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope *ste = stack_[i];
      if (info_[ste].comp != CompKind::None) {
        Symbol *sym = findSym(ste, mangle(private_, name));
        if (sym && (sym->flags & kSymCompIter))
          error(target->loc, "assignment expression cannot rebind comprehension iteration "
                             "variable '" +
                                 std::string(name) + "'");
        continue;
      }
      if (ste->kind == ScopeKind::Function || ste->kind == ScopeKind::Lambda) {
        Symbol *sym = findSym(ste, mangle(private_, name));
        if (sym && (sym->flags & kSymDeclGlobal))
          addDef(name, kSymDeclGlobal, target->loc);
        else
          addDef(name, kSymDeclNonlocal, target->loc);
        directive(name, target->loc);
        addDefIn(name, kSymAssigned, ste, target->loc);
        return;
      }
      if (ste->kind == ScopeKind::Module) {
        addDef(name, kSymDeclGlobal, target->loc);
        directive(name, target->loc);
        addDefIn(name, kSymDeclGlobal, ste, target->loc);
        return;
      }
      if (ste->kind == ScopeKind::Class)
        error(target->loc,
              "assignment expression within a comprehension cannot be used in a class body");
      if (ste->kind == ScopeKind::TypeParams)
        error(target->loc, "assignment expression within a comprehension cannot be used within "
                           "the definition of a generic");
      if (ste->kind == ScopeKind::Annotation) {
        auto *t = ast::dynCast<ast::TypeAlias>(const_cast<ast::Node *>(ste->node));
        error(target->loc, t ? "assignment expression within a comprehension cannot be used in a "
                               "type alias"
                             : "assignment expression within a comprehension cannot be used in a "
                               "TypeVar bound");
      }
    }
  }

  void visitComprehension(const ast::expr *e, const char *name, CompKind kind,
                          const ast::Seq<ast::comprehension *> &gens, const ast::expr *elt,
                          const ast::expr *value) {
    bool isGenerator = kind == CompKind::Gen;
    const ast::comprehension *outer = gens[0];
    info_[cur_].compIterExpr++;
    visitExpr(outer->iter);
    info_[cur_].compIterExpr--;
    enter(ScopeKind::Comprehension, name, e);
    info_[cur_].comp = kind;
    if (outer->is_async) cur_->isCoroutine = true;
    addDef(".0", kSymParam, e->loc);
    info_[cur_].compIterTarget = true;
    visitExpr(outer->target);
    info_[cur_].compIterTarget = false;
    visitExprs(outer->ifs);
    for (uint32_t i = 1; i < gens.size; i++) {
      const ast::comprehension *g = gens[i];
      info_[cur_].compIterTarget = true;
      visitExpr(g->target);
      info_[cur_].compIterTarget = false;
      info_[cur_].compIterExpr++;
      visitExpr(g->iter);
      info_[cur_].compIterExpr--;
      visitExprs(g->ifs);
      if (g->is_async) cur_->isCoroutine = true;
    }
    if (value) visitExpr(value);
    visitExpr(elt);
    cur_->isGenerator = isGenerator;
    bool isAsync = cur_->isCoroutine && !isGenerator;
    exit();
    if (isAsync) cur_->isCoroutine = true;
  }

  void visitExpr(const ast::expr *e) {
    if (++depth_ > kMaxDepth) error(e->loc, "too many nested blocks or expressions");
    switch (e->kind) {
    case ast::NodeKind::NamedExpr: {
      auto *n = static_cast<const ast::NamedExpr *>(e);
      raiseIfAnnotationScope("named expression", e);
      if (info_[cur_].compIterExpr > 0)
        error(e->loc, "assignment expression cannot be used in a comprehension iterable "
                      "expression");
      if (info_[cur_].comp != CompKind::None)
        if (auto *t = ast::dynCast<ast::Name>(n->target)) extendNamedExprScope(t);
      visitExpr(n->value);
      visitExpr(n->target);
      break;
    }
    case ast::NodeKind::BoolOp:
      visitExprs(static_cast<const ast::BoolOp *>(e)->values);
      break;
    case ast::NodeKind::BinOp: {
      auto *b = static_cast<const ast::BinOp *>(e);
      visitExpr(b->left);
      visitExpr(b->right);
      break;
    }
    case ast::NodeKind::UnaryOp:
      visitExpr(static_cast<const ast::UnaryOp *>(e)->operand);
      break;
    case ast::NodeKind::Lambda: {
      auto *l = static_cast<const ast::Lambda *>(e);
      visitExprs(l->args->defaults);
      visitExprs(l->args->kw_defaults);
      enter(ScopeKind::Lambda, "<lambda>", e);
      visitArguments(l->args);
      visitExpr(l->body);
      exit();
      break;
    }
    case ast::NodeKind::IfExp: {
      auto *i = static_cast<const ast::IfExp *>(e);
      visitExpr(i->test);
      visitExpr(i->body);
      visitExpr(i->orelse);
      break;
    }
    case ast::NodeKind::Dict: {
      auto *d = static_cast<const ast::Dict *>(e);
      visitExprs(d->keys);
      visitExprs(d->values);
      break;
    }
    case ast::NodeKind::Set:
      visitExprs(static_cast<const ast::Set *>(e)->elts);
      break;
    case ast::NodeKind::GeneratorExp: {
      auto *g = static_cast<const ast::GeneratorExp *>(e);
      visitComprehension(e, "<genexpr>", CompKind::Gen, g->generators, g->elt, nullptr);
      break;
    }
    case ast::NodeKind::ListComp: {
      auto *g = static_cast<const ast::ListComp *>(e);
      visitComprehension(e, "<listcomp>", CompKind::List, g->generators, g->elt, nullptr);
      break;
    }
    case ast::NodeKind::SetComp: {
      auto *g = static_cast<const ast::SetComp *>(e);
      visitComprehension(e, "<setcomp>", CompKind::Set, g->generators, g->elt, nullptr);
      break;
    }
    case ast::NodeKind::DictComp: {
      auto *g = static_cast<const ast::DictComp *>(e);
      visitComprehension(e, "<dictcomp>", CompKind::Dict, g->generators, g->key, g->value);
      break;
    }
    case ast::NodeKind::Yield: {
      auto *y = static_cast<const ast::Yield *>(e);
      raiseIfAnnotationScope("yield expression", e);
      if (y->value) visitExpr(y->value);
      cur_->isGenerator = true;
      raiseIfComprehension(e);
      break;
    }
    case ast::NodeKind::YieldFrom: {
      auto *y = static_cast<const ast::YieldFrom *>(e);
      raiseIfAnnotationScope("yield expression", e);
      visitExpr(y->value);
      cur_->isGenerator = true;
      raiseIfComprehension(e);
      break;
    }
    case ast::NodeKind::Await: {
      raiseIfAnnotationScope("await expression", e);
      visitExpr(static_cast<const ast::Await *>(e)->value);
      cur_->isCoroutine = true;
      break;
    }
    case ast::NodeKind::Compare: {
      auto *c = static_cast<const ast::Compare *>(e);
      visitExpr(c->left);
      visitExprs(c->comparators);
      break;
    }
    case ast::NodeKind::Call: {
      auto *c = static_cast<const ast::Call *>(e);
      visitExpr(c->func);
      visitExprs(c->args);
      for (ast::keyword *k : c->keywords)
        visitExpr(k->value);
      break;
    }
    case ast::NodeKind::FormattedValue: {
      auto *f = static_cast<const ast::FormattedValue *>(e);
      visitExpr(f->value);
      if (f->format_spec) visitExpr(f->format_spec);
      break;
    }
    case ast::NodeKind::JoinedStr:
      visitExprs(static_cast<const ast::JoinedStr *>(e)->values);
      break;
    case ast::NodeKind::Attribute:
      visitExpr(static_cast<const ast::Attribute *>(e)->value);
      break;
    case ast::NodeKind::Subscript: {
      auto *s = static_cast<const ast::Subscript *>(e);
      visitExpr(s->value);
      visitExpr(s->slice);
      break;
    }
    case ast::NodeKind::Starred:
      visitExpr(static_cast<const ast::Starred *>(e)->value);
      break;
    case ast::NodeKind::Slice: {
      auto *s = static_cast<const ast::Slice *>(e);
      if (s->lower) visitExpr(s->lower);
      if (s->upper) visitExpr(s->upper);
      if (s->step) visitExpr(s->step);
      break;
    }
    case ast::NodeKind::Name: {
      auto *n = static_cast<const ast::Name *>(e);
      addDef(n->id, n->ctx == ast::expr_context::Load ? kSymUsed : kSymAssigned, n->loc);
      if (n->ctx == ast::expr_context::Load && cur_->isFunctionLike() && n->id == "super") {
        addDef("__class__", kSymUsed, n->loc);
        cur_->usesSuper = true;
      }
      if (n->id == "__class__") cur_->usesSuper = true;
      break;
    }
    case ast::NodeKind::List:
      visitExprs(static_cast<const ast::List *>(e)->elts);
      break;
    case ast::NodeKind::Tuple:
      visitExprs(static_cast<const ast::Tuple *>(e)->elts);
      break;
    default: // Constant
      break;
    }
    --depth_;
  }

  // ---- pass 2: analysis ------------------------------------------------------------

  [[noreturn]] void errorAtDirective(Scope *ste, const std::string &name, std::string msg) {
    for (auto &[n, loc] : info_[ste].directives)
      if (n == name) error(loc, std::move(msg));
    error(ste->node ? ste->node->loc : ast::Loc{}, std::move(msg));
  }

  void analyzeName(Scope *ste, ScopeMap &scopes, const std::string &name, uint32_t flags,
                   NameSet *bound, NameSet &local, NameSet &free, NameSet &global,
                   NameSet &typeParams, Scope *classEntry) {
    if (flags & kSymDeclGlobal) {
      if (flags & kSymDeclNonlocal)
        errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
      scopes[name] = Binding::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kSymDeclNonlocal) {
      if (!bound) errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
      if (typeParams.count(name))
        errorAtDirective(ste, name,
                         "nonlocal binding not allowed for type parameter '" + name + "'");
      scopes[name] = Binding::Free;
      ste->hasFree = true;
      free.insert(name);
      return;
    }
    if (flags & kSymBound) {
      scopes[name] = Binding::Local;
      local.insert(name);
      global.erase(name);
      if (flags & kSymTypeParam)
        typeParams.insert(name);
      else
        typeParams.erase(name);
      return;
    }
    if (classEntry) {
      Symbol *cs = findSym(classEntry, name);
      uint32_t cf = cs ? cs->flags : 0;
      if (cf & kSymDeclGlobal) {
        scopes[name] = Binding::GlobalExplicit;
        return;
      }
      if ((cf & kSymBound) && !(cf & kSymDeclNonlocal)) {
        scopes[name] = Binding::GlobalImplicit;
        return;
      }
    }
    if (bound && bound->count(name)) {
      scopes[name] = Binding::Free;
      ste->hasFree = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = Binding::GlobalImplicit;
      return;
    }
    if (ste->nested) ste->hasFree = true;
    scopes[name] = Binding::GlobalImplicit;
  }

  /// The children CPython 3.12 lists for s: inlined comprehensions replaced by their children.
  static void effectiveChildren(const Scope *s, std::vector<Scope *> &out) {
    for (Scope *c : s->children) {
      if (c->inlined)
        effectiveChildren(c, out);
      else
        out.push_back(c);
    }
  }

  static bool isFreeInAnyChild(const Scope *comp, const std::string &name) {
    std::vector<Scope *> kids;
    effectiveChildren(comp, kids);
    for (Scope *c : kids) {
      const Symbol *s = c->lookup(name);
      if (s && s->binding == Binding::Free) return true;
    }
    return false;
  }

  void inlineComprehension(Scope *ste, Scope *comp, ScopeMap &scopes, NameSet &compFree,
                           NameSet &inlinedCells) {
    for (const Symbol &s : comp->symbols) {
      if (s.flags & kSymParam) continue; // ".0"
      Binding scope = s.binding;
      if (scope == Binding::Cell || (s.flags & kSymCompCell)) inlinedCells.insert(s.name);
      Symbol *existing = findSym(ste, s.name);
      if (!existing) {
        Symbol &n = getSym(ste, s.name);
        n.flags = s.flags;
        scopes[s.name] = scope;
      } else if ((existing->flags & kSymBound) && !isFreeInAnyChild(comp, s.name) &&
                 ste->kind != ScopeKind::Class) {
        compFree.erase(s.name);
      }
    }
  }

  void analyzeBlock(Scope *ste, NameSet *bound, NameSet &free, NameSet &global, NameSet &typeParams,
                    Scope *classEntry) {
    NameSet local, newglobal, newfree, newbound, inlinedCells;
    ScopeMap scopes;
    if (ste->kind == ScopeKind::Class) {
      newglobal.insert(global.begin(), global.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
    }
    for (size_t i = 0; i < ste->symbols.size(); i++) {
      const Symbol &s = ste->symbols[i];
      analyzeName(ste, scopes, s.name, s.flags, bound, local, free, global, typeParams, classEntry);
    }
    if (ste->kind != ScopeKind::Class) {
      if (ste->isFunctionLike()) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
      newbound.insert("__classdict__");
    }
    for (Scope *c : ste->children) {
      Scope *newClassEntry = nullptr;
      if (c->canSeeClassScope) {
        if (ste->kind == ScopeKind::Class)
          newClassEntry = ste;
        else if (classEntry)
          newClassEntry = classEntry;
      }
      bool inlineComp =
          c->kind == ScopeKind::Comprehension && !c->isGenerator && !ste->canSeeClassScope;
      NameSet childBound = newbound, childFree = newfree, childGlobal = newglobal,
              childTypeParams = typeParams;
      analyzeBlock(c, &childBound, childFree, childGlobal, childTypeParams, newClassEntry);
      if (inlineComp) {
        inlineComprehension(ste, c, scopes, childFree, inlinedCells);
        c->inlined = true;
      }
      newfree.insert(childFree.begin(), childFree.end());
      if (c->hasFree || c->childFree) ste->childFree = true;
    }
    if (ste->isFunctionLike()) {
      for (auto &[name, b] : scopes) {
        if (b != Binding::Local) continue;
        if (!newfree.count(name) && !inlinedCells.count(name)) continue;
        b = Binding::Cell;
        newfree.erase(name);
      }
    } else if (ste->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) ste->needsClassCell = true;
      if (newfree.erase("__classdict__")) ste->needsClassDict = true;
    }
    bool classFlag = ste->kind == ScopeKind::Class || ste->canSeeClassScope;
    for (Symbol &s : ste->symbols) {
      if (inlinedCells.count(s.name)) s.flags |= kSymCompCell;
      auto it = scopes.find(s.name);
      if (it != scopes.end()) s.binding = it->second;
    }
    for (const std::string &name : newfree) {
      if (Symbol *s = findSym(ste, name)) {
        if (classFlag) s->flags |= kSymFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;
      getSym(ste, name).binding = Binding::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }

  // ---- qualified names -------------------------------------------------------------

  /// The scope whose qualname prefixes s's (inlined comprehensions and type
  /// parameter scopes are transparent, as in CPython 3.12's compiler).
  static const Scope *qualParent(const Scope *s) {
    const Scope *p = s->parent;
    while (p && (p->inlined || p->kind == ScopeKind::TypeParams ||
                 p->kind == ScopeKind::DeferredAnnotation))
      p = p->parent;
    return p;
  }

  void setQualnames(Scope *root) {
    std::vector<Scope *> work{root};
    while (!work.empty()) {
      Scope *s = work.back();
      work.pop_back();
      if (s->kind == ScopeKind::Module) {
        s->qualname = "<module>";
      } else {
        const Scope *p = qualParent(s);
        bool forceGlobal = false;
        if (p && (s->kind == ScopeKind::Function || s->kind == ScopeKind::Class)) {
          // A name declared global in the defining scope gets a top-level qualname.
          const Scope *def = s->parent;
          while (def && (def->kind == ScopeKind::TypeParams))
            def = def->parent;
          if (def) {
            const Symbol *sym = def->lookup(mangle(def->privateName, s->name));
            if (sym && sym->binding == Binding::GlobalExplicit) forceGlobal = true;
          }
        }
        if (!p || p->kind == ScopeKind::Module || forceGlobal)
          s->qualname = s->name;
        else if (p->kind == ScopeKind::Class || p->kind == ScopeKind::Comprehension)
          s->qualname = p->qualname + "." + s->name;
        else
          s->qualname = p->qualname + ".<locals>." + s->name;
      }
      for (auto it = s->children.rbegin(); it != s->children.rend(); ++it)
        work.push_back(*it);
    }
  }
};

// ---- dump --------------------------------------------------------------------------

const char *typeName(const Scope &s) {
  switch (s.kind) {
  case ScopeKind::Module:
    return "module";
  case ScopeKind::Class:
    return "class";
  case ScopeKind::Annotation:
    return s.node && s.node->kind == ast::NodeKind::TypeAlias ? "type alias" : "TypeVar bound";
  case ScopeKind::TypeParams:
    return "type parameter";
  case ScopeKind::DeferredAnnotation:
    return "annotation";
  default:
    return "function";
  }
}

void dumpScope(const Scope &s, int depth, std::string &out) {
  std::string ind(static_cast<size_t>(depth) * 2, ' ');
  std::string name = s.name;
  if (name.size() > 2 && name.front() == '<' && name.back() == '>')
    name = name.substr(1, name.size() - 2);
  out += ind + typeName(s) + " " + name + "\n";
  bool module = s.kind == ScopeKind::Module;
  for (const Symbol &sym : s.symbols) {
    std::vector<const char *> f;
    uint32_t fl = sym.flags;
    bool boundHere = fl & kSymBound;
    if (fl & kSymParam) f.push_back("param");
    if (sym.binding == Binding::Local || sym.binding == Binding::Cell || (module && boundHere))
      f.push_back("local");
    if (sym.binding == Binding::GlobalExplicit || sym.binding == Binding::GlobalImplicit ||
        (module && boundHere))
      f.push_back("global");
    if (sym.binding == Binding::GlobalExplicit) f.push_back("declared_global");
    if (fl & kSymDeclNonlocal) f.push_back("nonlocal");
    if (sym.binding == Binding::Free) f.push_back("free");
    if (sym.binding == Binding::Cell) f.push_back("cell");
    if (fl & kSymImported) f.push_back("imported");
    if (fl & kSymAssigned) f.push_back("assigned");
    if (fl & kSymUsed) f.push_back("referenced");
    if (fl & kSymAnnotated) f.push_back("annotated");
    out += ind + "  " + sym.name + ":";
    for (const char *x : f) {
      out += ' ';
      out += x;
    }
    out += '\n';
  }
  for (const Scope *c : s.children) {
    if (c->inlined) {
      // CPython 3.12 splices an inlined comprehension's children into its parent.
      std::vector<const Scope *> ordered;
      std::vector<std::pair<const Scope *, size_t>> iter{{c, 0}};
      while (!iter.empty()) {
        auto &[w, i] = iter.back();
        if (i >= w->children.size()) {
          iter.pop_back();
          continue;
        }
        const Scope *k = w->children[i++];
        if (k->inlined)
          iter.push_back({k, 0});
        else
          ordered.push_back(k);
      }
      for (const Scope *k : ordered)
        dumpScope(*k, depth + 1, out);
    } else {
      dumpScope(*c, depth + 1, out);
    }
  }
}

} // namespace

bool buildScopes(Program &program, ModuleUnit &unit, std::vector<Diagnostic> &diags) {
  Builder b(program, unit);
  try {
    b.run();
  } catch (SymtableError &e) {
    diags.push_back(std::move(e.diag));
    unit.top = nullptr;
    return false;
  }
  return true;
}

std::string dumpScopes(const Scope &top) {
  std::string out;
  dumpScope(top, 0, out);
  return out;
}

} // namespace molt::sema
