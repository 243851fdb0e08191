// AST -> IR lowering of PEP 695 generics and `type` aliases, as CPython 3.12
// compiles them. A generic def/class/alias gets a `<generic parameters of X>`
// function (the TypeParams scope) that creates the type parameters, binds
// them as its locals and builds the object inside; TypeVar bounds and alias
// values become zero-argument functions evaluated lazily. The objects are
// typing.TypeVar/ParamSpec/TypeVarTuple/TypeAliasType, created through
// helpers of lib/typing.py (a hidden import; see docs/ARCHITECTURE.md).
#include "ir/Lower.h"

namespace molt::lower {

using namespace molt::ir;
using sema::Binding;

Instruction *FunctionLowering::makeClosureFunction(ir::Function *child, const sema::Scope *sc) {
  std::vector<Instruction *> cells;
  for (const sema::Symbol &s : sc->symbols)
    if (s.binding == Binding::Free) cells.push_back(cellFor(s.name));
  Instruction *closure = cells.empty() ? none() : b.track(b.emit(Op::BuildTuple, cells));
  Instruction *f = b.emit(Op::MakeFunction, {none(), none(), closure},
                          ml.mod.strConst(ml.unit.name), -1, "fi_" + child->cname);
  b.release(closure);
  return b.track(f);
}

Instruction *FunctionLowering::typingHelper(const char *name) {
  Instruction *m = b.track(b.emit(Op::Import, {}, 0, -1, "molt_modinfo_typing"));
  Instruction *f = b.track(b.emit(Op::GetAttr, {m}, ml.mod.strConst(name)));
  b.release(m);
  return f;
}

Instruction *FunctionLowering::lazyFunction(const ast::Node *key, const std::string &name,
                                            ast::expr *e) {
  const sema::Scope *sc = ml.scopeOf(key);
  if (!sc) {
    ml.unsupported(key, "annotation scope without a scope");
    return none();
  }
  ir::Function *child = ml.lowerSynthetic(key, sc, name, {}, [&](FunctionLowering &fl) {
    LocScope ls(fl, e);
    Instruction *v = fl.lowerExpr(e);
    if (fl.b.terminated()) return;
    v = fl.owned(v);
    fl.b.untrack(v);
    fl.b.emit(Op::Return, {v});
  });
  return makeClosureFunction(child, sc);
}

Instruction *FunctionLowering::lowerTypeParams(const ast::Seq<ast::type_param *> &tps) {
  for (ast::type_param *tp : tps) {
    LocScope ls(*this, tp);
    std::string name;
    Instruction *v = nullptr;
    if (auto *tv = ast::dynCast<ast::TypeVar>(tp)) {
      name = std::string(tv->name);
      Instruction *bound = none(), *cons = none(), *lazy = nullptr;
      if (tv->bound) {
        // `T: (A, B)` gives constraints, any other expression a bound.
        lazy = lazyFunction(tv->bound, name, tv->bound);
        (tv->bound->kind == ast::NodeKind::Tuple ? cons : bound) = lazy;
      }
      Instruction *h = typingHelper("_molt_typevar");
      v = b.track(b.emit(Op::Call, {h, strConst(name), bound, cons}));
      b.release(h);
      if (lazy) b.release(lazy);
    } else {
      bool isSpec = tp->kind == ast::NodeKind::ParamSpec;
      name = isSpec ? std::string(static_cast<ast::ParamSpec *>(tp)->name)
                    : std::string(static_cast<ast::TypeVarTuple *>(tp)->name);
      Instruction *h = typingHelper(isSpec ? "_molt_paramspec" : "_molt_typevartuple");
      v = b.track(b.emit(Op::Call, {h, strConst(name)}));
      b.release(h);
    }
    storeName(name, v);
    b.release(v);
  }
  std::vector<Instruction *> items;
  for (ast::type_param *tp : tps) {
    std::string_view n = tp->kind == ast::NodeKind::TypeVar ? static_cast<ast::TypeVar *>(tp)->name
                         : tp->kind == ast::NodeKind::ParamSpec
                             ? static_cast<ast::ParamSpec *>(tp)->name
                             : static_cast<ast::TypeVarTuple *>(tp)->name;
    items.push_back(lowerName(std::string(n), tp));
  }
  Instruction *t = b.emit(Op::BuildTuple, items);
  for (size_t i = items.size(); i-- > 0;)
    b.release(items[i]);
  return b.track(t);
}

Instruction *FunctionLowering::lowerGeneric(
    const ast::Seq<ast::type_param *> &tps, const std::string &name,
    const std::vector<std::string> &argnames, const std::vector<Instruction *> &argvals,
    const std::function<Instruction *(FunctionLowering &, Instruction *)> &inner) {
  const sema::Scope *sc = ml.scopeOf(tps[0]);
  if (!sc) {
    ml.unsupported(tps[0], "type parameters without a scope");
    return none();
  }
  ir::Function *child = ml.lowerSynthetic(tps[0], sc, "<generic parameters of " + name + ">",
                                          argnames, [&](FunctionLowering &fl) {
                                            Instruction *tp = fl.lowerTypeParams(tps);
                                            Instruction *r = inner(fl, tp);
                                            fl.b.release(tp);
                                            if (fl.b.terminated()) return;
                                            r = fl.owned(r);
                                            fl.b.untrack(r);
                                            fl.b.emit(Op::Return, {r});
                                          });
  Instruction *f = makeClosureFunction(child, sc);
  std::vector<Instruction *> ops{f};
  ops.insert(ops.end(), argvals.begin(), argvals.end());
  Instruction *r = b.emit(Op::Call, ops);
  b.release(f);
  return b.track(r);
}

void FunctionLowering::lowerTypeAlias(ast::TypeAlias *t) {
  auto *nm = ast::dynCast<ast::Name>(t->name);
  if (!nm) {
    ml.unsupported(t, "type alias to a non-name");
    return;
  }
  std::string name(nm->id);
  auto build = [&](FunctionLowering &fl, Instruction *tp) {
    LocScope ls(fl, t);
    Instruction *vf = fl.lazyFunction(t, name, t->value);
    Instruction *h = fl.typingHelper("_molt_type_alias");
    Instruction *r = fl.b.track(fl.b.emit(
        Op::Call, {h, fl.strConst(name), tp ? tp : fl.none(), vf, fl.strConst(ml.unit.name)}));
    fl.b.release(h);
    fl.b.release(vf);
    return r;
  };
  Instruction *v = t->type_params.empty() ? build(*this, nullptr)
                                          : lowerGeneric(t->type_params, name, {}, {}, build);
  LocScope ls(*this, t);
  storeName(name, v);
  b.release(v);
}

bool FunctionLowering::classDictLoad(const std::string &name, Instruction *&out) {
  // CPython's LOAD_FROM_DICT_OR_GLOBALS / LOAD_FROM_DICT_OR_DEREF: an annotation
  // scope inside a class body looks in the class namespace first.
  if (!scope || !scope->canSeeClassScope || !comps.empty()) return false;
  auto cd = freeIndex.find("__classdict__");
  if (cd == freeIndex.end()) return false;
  const sema::Symbol *sym = scope->lookup(name);
  Binding bd = sym ? sym->binding : Binding::GlobalImplicit;
  if (bd != Binding::GlobalImplicit && bd != Binding::Free) return false;
  Instruction *ns = b.track(b.emit(Op::LoadFree, {}, cd->second, -1, "__classdict__"));
  if (bd == Binding::Free) {
    auto it = freeIndex.find(name);
    if (it == freeIndex.end()) {
      b.release(ns);
      return false;
    }
    Instruction *cell = b.emit(Op::CellOfFree, {}, it->second);
    out = b.track(b.emit(Op::NsLoadDeref, {ns, cell}, ml.mod.strConst(name)));
  } else {
    Constant bc;
    bc.kind = Constant::Kind::Builtin;
    bc.text = name;
    int64_t builtin = ml.mod.addConst(bc);
    std::string slot = "&molt_globals_" + moduleCName(ml.unit.name) + "[" +
                       std::to_string(ml.mod.globalSlot(name)) + "]";
    out = b.track(b.emit(Op::NsLoad, {ns}, ml.mod.strConst(name), builtin, slot));
  }
  b.release(ns);
  return true;
}

} // namespace molt::lower
