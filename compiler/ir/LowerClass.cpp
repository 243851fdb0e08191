// AST -> IR lowering of `class` statements, as CPython compiles them: the
// class body becomes a function of one parameter (the namespace __prepare__
// returned) whose names are namespace operations (LOAD_NAME / STORE_NAME /
// DELETE_NAME, LOAD_FROM_DICT_OR_DEREF for free variables) and which returns
// the __class__ cell; the enclosing code calls molt_build_class (the runtime's
// __build_class__) with it. Also private name mangling and zero-argument
// super().
#include "ir/Lower.h"

namespace molt::lower {

using namespace molt::ir;
using sema::Binding;

namespace {

std::string cSafe(std::string_view s) {
  std::string r;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    r += (std::isalnum(u) && u < 0x80) ? c : '_';
  }
  if (r.size() > 40) r.resize(40);
  return r;
}

} // namespace

/// CPython's find_ann: does the class body hold an annotation (outside nested scopes)?
bool hasAnnotations(const ast::Seq<ast::stmt *> &body) {
  for (ast::stmt *s : body) {
    switch (s->kind) {
    case ast::NodeKind::AnnAssign:
      return true;
    case ast::NodeKind::For: {
      auto *f = static_cast<ast::For *>(s);
      if (hasAnnotations(f->body) || hasAnnotations(f->orelse)) return true;
      break;
    }
    case ast::NodeKind::While: {
      auto *w = static_cast<ast::While *>(s);
      if (hasAnnotations(w->body) || hasAnnotations(w->orelse)) return true;
      break;
    }
    case ast::NodeKind::If: {
      auto *i = static_cast<ast::If *>(s);
      if (hasAnnotations(i->body) || hasAnnotations(i->orelse)) return true;
      break;
    }
    case ast::NodeKind::With:
      if (hasAnnotations(static_cast<ast::With *>(s)->body)) return true;
      break;
    case ast::NodeKind::Try: {
      auto *t = static_cast<ast::Try *>(s);
      if (hasAnnotations(t->body) || hasAnnotations(t->orelse) || hasAnnotations(t->finalbody))
        return true;
      for (ast::excepthandler *h : t->handlers)
        if (hasAnnotations(static_cast<ast::ExceptHandler *>(h)->body)) return true;
      break;
    }
    default:
      break;
    }
  }
  return false;
}

/// True if the module has `from __future__ import annotations`.
bool futureAnnotations(const ast::Module *m) {
  for (ast::stmt *s : m->body) {
    auto *f = ast::dynCast<ast::ImportFrom>(s);
    if (!f || f->module != "__future__") continue;
    for (ast::alias *a : f->names)
      if (a->name == "annotations") return true;
  }
  return false;
}

bool futureAnnotationsModule(const ast::Module *m) { return futureAnnotations(m); }

std::string privateNameOf(const sema::Scope *s) {
  for (; s; s = s->parent)
    if (s->kind == sema::ScopeKind::Class) return s->name;
  return {};
}

std::vector<std::string> classFreeVars(const sema::Scope *s) {
  std::vector<std::string> r;
  for (const sema::Symbol &sym : s->symbols)
    if (sym.binding == Binding::Free) r.push_back(sym.name);
  for (const sema::Symbol &sym : s->symbols)
    if (sym.binding != Binding::Free && (sym.flags & sema::kSymFreeClass)) r.push_back(sym.name);
  return r;
}

std::string FunctionLowering::mangled(std::string_view name) const {
  if (name.size() < 3 || name[0] != '_' || name[1] != '_') return std::string(name);
  return sema::mangle(privateNameOf(scope), name);
}

bool FunctionLowering::isClassNsName(const std::string &name) const {
  if (!classNs || !comps.empty()) return false;
  const sema::Symbol *sym = scope->lookup(name);
  return !sym || sym->binding == Binding::Local || sym->binding == Binding::GlobalImplicit ||
         sym->binding == Binding::Cell;
}

bool FunctionLowering::classNameLoad(const std::string &name, Instruction *&out) {
  if (!comps.empty()) {
    // Inside a comprehension inlined in the class body, a free name is the
    // enclosing function's variable (LOAD_DEREF), never the namespace.
    for (size_t i = comps.size(); i-- > 0;) {
      const sema::Symbol *sym = comps[i].scope ? comps[i].scope->lookup(name) : nullptr;
      if (!sym) continue;
      if (sym->binding != Binding::Free) return false;
      auto it = freeIndex.find(name);
      if (it == freeIndex.end()) return false;
      out = b.track(b.emit(Op::LoadFree, {}, it->second, -1, name));
      return true;
    }
    return false;
  }
  const sema::Symbol *sym = scope->lookup(name);
  if (sym && sym->binding == Binding::Free) {
    auto it = freeIndex.find(name);
    if (it == freeIndex.end()) return false;
    Instruction *cell = b.emit(Op::CellOfFree, {}, it->second);
    out = b.track(b.emit(Op::NsLoadDeref, {classNs, cell}, ml.mod.strConst(name)));
    return true;
  }
  if (!isClassNsName(name)) return false;
  Constant bc;
  bc.kind = Constant::Kind::Builtin;
  bc.text = name;
  int64_t builtin = ml.mod.addConst(bc);
  std::string slot = "&molt_globals_" + moduleCName(ml.unit.name) + "[" +
                     std::to_string(ml.mod.globalSlot(name)) + "]";
  out = b.track(b.emit(Op::NsLoad, {classNs}, ml.mod.strConst(name), builtin, slot));
  return true;
}

bool FunctionLowering::classNameStore(const std::string &name, Instruction *v) {
  if (!isClassNsName(name)) return false;
  b.emit(Op::NsStore, {classNs, v}, ml.mod.strConst(name));
  return true;
}

bool FunctionLowering::classNameDelete(const std::string &name) {
  if (!isClassNsName(name)) return false;
  b.emit(Op::NsDel, {classNs}, ml.mod.strConst(name));
  return true;
}

Instruction *FunctionLowering::classCellFor(const std::string &name) {
  if (name == "__class__" && classCellSlot >= 0) return b.emit(Op::CellOfLocal, {}, classCellSlot);
  if (name == "__classdict__" && classDictSlot >= 0)
    return b.emit(Op::CellOfLocal, {}, classDictSlot);
  if (!comps.empty()) return nullptr;
  auto it = freeIndex.find(name);
  if (it == freeIndex.end()) return nullptr;
  return b.emit(Op::CellOfFree, {}, it->second);
}

void FunctionLowering::beginClassBody(const ast::ClassDef *c) {
  b.setBlock(fn->newBlock("entry"));
  b.loc = {fn->firstLine, 0, fn->firstLine, 0};
  classNs = b.emit(Op::Param, {}, 0);
  uint32_t nfree = 0;
  for (const std::string &n : classFreeVars(scope))
    freeIndex[n] = nfree++;
  if (scope->needsClassCell) {
    classCellSlot = fn->addSlot(SlotKind::Cell, "__class__");
    b.emit(Op::MakeEmptyCell, {}, classCellSlot);
  }
  if (scope->needsClassDict) {
    // PEP 695 scopes inside the body see its namespace through this cell.
    classDictSlot = fn->addSlot(SlotKind::Cell, "__classdict__");
    b.emit(Op::MakeCell, {classNs}, classDictSlot);
  }
  LocScope ls(*this, c);
  // __module__ = __name__ (a namespace lookup, as CPython's LOAD_NAME).
  Instruction *m = nullptr;
  classNameLoad("__name__", m);
  classNameStore("__module__", m);
  b.release(m);
  classNameStore("__qualname__", strConst(scope->qualname));
  if (!c->type_params.empty()) {
    Instruction *tp = nullptr;
    classNameLoad(".type_params", tp);
    classNameStore("__type_params__", tp);
    b.release(tp);
  }
  if (!c->body.empty())
    if (auto *e = ast::dynCast<ast::Expr>(c->body[0]))
      if (auto *k = ast::dynCast<ast::Constant>(e->value))
        if (k->value.kind == ast::ConstValue::Kind::Str)
          classNameStore("__doc__", strConst(std::string(k->value.text)));
  if (hasAnnotations(c->body)) {
    // SETUP_ANNOTATIONS: a fresh __annotations__ dict unless the namespace has one.
    Instruction *key = strConst("__annotations__");
    Instruction *has = b.emit(Op::Contains, {classNs, key});
    BasicBlock *make = fn->newBlock("ann.make"), *done = fn->newBlock("ann.done");
    b.condBr(has, done, make);
    b.setBlock(make);
    Instruction *d = b.track(b.emit(Op::BuildDict, {}, 0));
    classNameStore("__annotations__", d);
    b.release(d);
    b.br(done);
    b.setBlock(done);
  }
}

void FunctionLowering::lowerClassAnnotation(ast::AnnAssign *a) {
  auto *nm = ast::dynCast<ast::Name>(a->target);
  if (!nm || !a->simple || futureAnnotations(ml.unit.tree)) return;
  Instruction *ann = lowerExpr(a->annotation);
  LocScope ls(*this, a);
  Instruction *d = nullptr;
  classNameLoad("__annotations__", d);
  b.emit(Op::SetItem, {d, strConst(mangled(nm->id)), ann});
  b.release(d);
  b.release(ann);
}

void FunctionLowering::lowerModuleAnnotation(ast::AnnAssign *a) {
  auto *nm = ast::dynCast<ast::Name>(a->target);
  if (!nm || !a->simple || futureAnnotations(ml.unit.tree)) return;
  Instruction *ann = lowerExpr(a->annotation);
  LocScope ls(*this, a);
  Instruction *d = lowerName("__annotations__", a);
  b.emit(Op::SetItem, {d, strConst(std::string(nm->id)), ann});
  b.release(d);
  b.release(ann);
}

ir::Function *ModuleLowering::lowerClassBody(const ast::ClassDef *c, const sema::Scope *sc) {
  if (auto it = lowered.find(c); it != lowered.end()) return it->second;
  auto fnp = std::make_unique<ir::Function>();
  ir::Function *fn = fnp.get();
  mod.functions.push_back(std::move(fnp));
  lowered[c] = fn;
  fn->kind = FuncKind::Function;
  // (Built piecewise: g++ 12 warns falsely on `"k" + std::to_string(...)` here.)
  fn->cname = std::to_string(classCounter++);
  fn->cname.insert(fn->cname.begin(), 'k');
  fn->cname += '_';
  fn->cname += cSafe(c->name);
  fn->name = std::string(c->name);
  fn->qualname = sc->qualname;
  fn->firstLine = c->decorator_list.empty() ? c->loc.lineno : c->decorator_list[0]->loc.lineno;
  fn->argcount = 1;
  fn->argnames = {".namespace"};
  fn->numParams = 1;
  FunctionLowering fl(*this, sc, fn);
  fl.beginClassBody(c);
  fl.lowerBody(c->body);
  if (!fl.b.terminated()) {
    fl.b.loc = {};
    Instruction *r = fl.classCellSlot >= 0
                         ? fl.owned(fl.b.emit(Op::CellOfLocal, {}, fl.classCellSlot))
                         : fl.none();
    fl.b.untrack(r);
    fl.b.emit(Op::Return, {r});
  }
  return fn;
}

void FunctionLowering::lowerClassDef(ast::ClassDef *s) {
  const sema::Scope *sc = ml.scopeOf(s);
  if (!sc) {
    ml.unsupported(s, "class without a scope");
    return;
  }
  std::vector<Instruction *> decos;
  for (ast::expr *d : s->decorator_list)
    decos.push_back(lowerExpr(d));
  Instruction *cls;
  if (!s->type_params.empty()) {
    // class C[T](B): built inside `<generic parameters of C>` with
    // Generic[T] appended to the bases (CPython 3.12's .generic_base).
    cls = lowerGeneric(s->type_params, std::string(s->name), {}, {},
                       [&](FunctionLowering &fl, Instruction *tp) {
                         LocScope ls(fl, s);
                         fl.storeName(".type_params", tp);
                         Instruction *h = fl.typingHelper("_molt_generic_base");
                         Instruction *gb = fl.b.track(fl.b.emit(Op::Call, {h, tp}));
                         fl.b.release(h);
                         fl.storeName(".generic_base", gb);
                         Instruction *c = fl.buildClass(s, gb);
                         fl.b.release(gb);
                         return c;
                       });
  } else {
    cls = buildClass(s, nullptr);
  }
  for (size_t i = decos.size(); i-- > 0;) {
    LocScope ls(*this, s->decorator_list[i]);
    Instruction *r = b.emit(Op::Call, {decos[i], cls});
    b.release(cls);
    cls = b.track(r);
  }
  for (size_t i = decos.size(); i-- > 0;)
    b.release(decos[i]);
  LocScope ls(*this, s);
  storeName(std::string(s->name), cls);
  b.release(cls);
}

Instruction *FunctionLowering::buildClass(ast::ClassDef *s, Instruction *extraBase) {
  const sema::Scope *sc = ml.scopeOf(s);
  // The body function, closing over the class's free variables.
  std::vector<Instruction *> cells;
  for (const std::string &n : classFreeVars(sc))
    cells.push_back(cellFor(n));
  Instruction *closure = cells.empty() ? none() : b.track(b.emit(Op::BuildTuple, cells));
  ir::Function *child = ml.lowerClassBody(s, sc);
  Instruction *body;
  {
    LocScope ls(*this, s);
    body = b.emit(Op::MakeFunction, {none(), none(), closure}, ml.mod.strConst(ml.unit.name), -1,
                  "fi_" + child->cname);
  }
  b.release(closure);
  b.track(body);
  Instruction *name = strConst(std::string(s->name));
  bool star = false, dstar = false;
  for (ast::expr *e : s->bases)
    if (e->kind == ast::NodeKind::Starred) star = true;
  for (ast::keyword *k : s->keywords)
    if (!k->arg.data()) dstar = true;
  Instruction *cls;
  if (!star && !dstar) {
    std::vector<Instruction *> ops{body, name};
    for (ast::expr *e : s->bases)
      ops.push_back(lowerExpr(e));
    if (extraBase) ops.push_back(extraBase);
    size_t nbases = ops.size() - 2;
    int64_t kw = -1;
    if (!s->keywords.empty()) {
      Constant t;
      t.kind = Constant::Kind::Tuple;
      for (ast::keyword *k : s->keywords)
        t.items.push_back(ml.mod.strConst(std::string(k->arg)));
      kw = ml.mod.addConst(t);
    }
    for (ast::keyword *k : s->keywords)
      ops.push_back(lowerExpr(k->value));
    LocScope ls(*this, s);
    cls = b.emit(Op::BuildClass, ops, static_cast<int64_t>(2 + nbases), kw);
    for (size_t i = ops.size(); i-- > 2;)
      if (ops[i] != extraBase) b.release(ops[i]);
  } else {
    Instruction *lst = b.track(b.emit(Op::BuildList, {body, name}));
    for (ast::expr *e : s->bases) {
      bool st = e->kind == ast::NodeKind::Starred;
      Instruction *v = lowerExpr(st ? static_cast<ast::Starred *>(e)->value : e);
      LocScope ls(*this, e);
      b.emit(st ? Op::ListExtend : Op::ListAppend, {lst, v});
      b.release(v);
    }
    if (extraBase) b.emit(Op::ListAppend, {lst, extraBase});
    Instruction *tup;
    {
      LocScope ls(*this, s);
      tup = b.emit(Op::ListAsTuple, {lst});
    }
    b.release(lst);
    b.track(tup);
    Instruction *kw = none();
    if (!s->keywords.empty()) {
      kw = b.track(b.emit(Op::BuildDict, {}, 0));
      Instruction *who = strConst("__build_class__()");
      for (ast::keyword *k : s->keywords) {
        Instruction *v = lowerExpr(k->value);
        LocScope ls(*this, s);
        if (!k->arg.data()) {
          b.emit(Op::DictMergeKwargs, {kw, v, who});
        } else {
          Instruction *one = b.track(b.emit(Op::BuildDict, {strConst(std::string(k->arg)), v}, 1));
          b.emit(Op::DictMergeKwargs, {kw, one, who});
          b.release(one);
        }
        b.release(v);
      }
    }
    LocScope ls(*this, s);
    cls = b.emit(Op::BuildClassEx, {tup, kw});
    b.release(kw);
    b.release(tup);
  }
  b.release(body);
  b.track(cls);
  return cls;
}

Instruction *FunctionLowering::lowerSuperZero(ast::Call *c) {
  Instruction *sup = lowerName("super", c->func);
  LocScope ls(*this, c);
  NameRef cr = resolve("__class__");
  if (c == superAttrCall && cr.kind == NameRef::Free && fn->argcount > 0 && !classNs &&
      !ml.unit.top->lookup("super") && slotOf.count(fn->argnames[0])) {
    // `super().attr` compiles as CPython 3.12's LOAD_SUPER_ATTR: __class__ and
    // the first argument are plain variable loads (NameError / UnboundLocalError).
    Instruction *cls = lowerName("__class__", c);
    Instruction *first = lowerName(fn->argnames[0], c);
    LocScope ls2(*this, c);
    Instruction *r = b.emit(Op::SuperZero, {sup, cls, first}, 4);
    b.release(first);
    b.release(cls);
    b.release(sup);
    return b.track(r);
  }
  Instruction *cell = cr.kind == NameRef::Free   ? b.emit(Op::CellOfFree, {}, cr.index)
                      : cr.kind == NameRef::Cell ? b.emit(Op::CellOfLocal, {}, cr.index)
                                                 : constExpr("MOLT_UNBOUND");
  int64_t flags = 0;
  Instruction *first = nullptr;
  if (fn->argcount == 0 || classNs) {
    flags |= 2;
  } else {
    auto it = slotOf.find(fn->argnames[0]);
    if (it == slotOf.end()) {
      flags |= 2;
    } else if (cellNames.count(fn->argnames[0])) {
      flags |= 1;
      first = b.emit(Op::CellOfLocal, {}, it->second);
    } else {
      first = b.emit(Op::PeekSlot, {}, it->second);
    }
  }
  if (!first) first = constExpr("MOLT_UNBOUND");
  Instruction *r = b.emit(Op::SuperZero, {sup, cell, first}, flags);
  b.release(sup);
  return b.track(r);
}

} // namespace molt::lower
