// AST -> IR lowering: program and module set-up, functions, name resolution.
#include <algorithm>
#include <cstring>

#include "ir/Lower.h"
#include "syntax/ASTWalk.h"

namespace molt::lower {

using namespace molt::ir;
using sema::Binding;

namespace {

// Builtin names the generated code can reference at compile time.
const char *const kBuiltinFuncs[] = {
    "abs",     "all",    "any",    "ascii",  "bin",        "callable",   "chr",
    "delattr", "dir",    "divmod", "format", "getattr",    "globals",    "hasattr",
    "hash",    "hex",    "id",     "input",  "isinstance", "issubclass", "iter",
    "len",     "locals", "max",    "min",    "next",       "oct",        "open",
    "ord",     "pow",    "print",  "repr",   "round",      "setattr",    "sorted",
    "sum",     "vars",   "aiter",  "anext",  "breakpoint", "__import__"};
const char *const kBuiltinTypes[] = {
    "object",     "type",      "bool",         "int",         "float", "complex", "str",
    "bytes",      "bytearray", "list",         "tuple",       "dict",  "set",     "frozenset",
    "range",      "slice",     "enumerate",    "zip",         "map",   "filter",  "reversed",
    "memoryview", "property",  "staticmethod", "classmethod", "super"};
const char *const kExcTypes[] = {"BaseException",
                                 "BaseExceptionGroup",
                                 "Exception",
                                 "ExceptionGroup",
                                 "GeneratorExit",
                                 "KeyboardInterrupt",
                                 "SystemExit",
                                 "ArithmeticError",
                                 "FloatingPointError",
                                 "OverflowError",
                                 "ZeroDivisionError",
                                 "AssertionError",
                                 "AttributeError",
                                 "BufferError",
                                 "EOFError",
                                 "ImportError",
                                 "ModuleNotFoundError",
                                 "LookupError",
                                 "IndexError",
                                 "KeyError",
                                 "MemoryError",
                                 "NameError",
                                 "UnboundLocalError",
                                 "OSError",
                                 "BlockingIOError",
                                 "ChildProcessError",
                                 "ConnectionError",
                                 "BrokenPipeError",
                                 "ConnectionAbortedError",
                                 "ConnectionRefusedError",
                                 "ConnectionResetError",
                                 "FileExistsError",
                                 "FileNotFoundError",
                                 "InterruptedError",
                                 "IsADirectoryError",
                                 "NotADirectoryError",
                                 "PermissionError",
                                 "ProcessLookupError",
                                 "TimeoutError",
                                 "ReferenceError",
                                 "RuntimeError",
                                 "NotImplementedError",
                                 "RecursionError",
                                 "StopAsyncIteration",
                                 "StopIteration",
                                 "SyntaxError",
                                 "IndentationError",
                                 "TabError",
                                 "SystemError",
                                 "TypeError",
                                 "ValueError",
                                 "UnicodeError",
                                 "UnicodeDecodeError",
                                 "UnicodeEncodeError",
                                 "UnicodeTranslateError",
                                 "Warning",
                                 "BytesWarning",
                                 "DeprecationWarning",
                                 "EncodingWarning",
                                 "FutureWarning",
                                 "ImportWarning",
                                 "PendingDeprecationWarning",
                                 "ResourceWarning",
                                 "RuntimeWarning",
                                 "SyntaxWarning",
                                 "UnicodeWarning",
                                 "UserWarning"};

template <size_t N> bool inList(const char *const (&list)[N], const std::string &n) {
  for (const char *x : list)
    if (n == x) return true;
  return false;
}

std::string sanitize(std::string_view s) {
  std::string r;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    r += (std::isalnum(u) && u < 0x80) ? c : '_';
  }
  if (r.size() > 40) r.resize(40);
  return r;
}

} // namespace

std::string moduleCName(const std::string &dotted) {
  std::string r;
  for (char c : dotted) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80)
      r += c;
    else if (c == '_')
      r += "__";
    else if (c == '.')
      r += "_d";
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%02x", u);
      r += buf;
    }
  }
  return r;
}

void ModuleLowering::unsupported(const ast::Node *n, const std::string &what) {
  failed = true;
  sema::Diagnostic d;
  d.filename = unit.path;
  if (n) {
    d.line = n->loc.lineno;
    d.col = n->loc.col_offset;
    d.endLine = n->loc.end_lineno;
    d.endCol = n->loc.end_col_offset;
  }
  d.kind = "error";
  d.message = "`" + what + "` is not supported yet";
  // One diagnostic per location and construct.
  for (auto &o : diags)
    if (o.filename == d.filename && o.line == d.line && o.col == d.col && o.message == d.message)
      return;
  diags.push_back(d);
}

const sema::Scope *ModuleLowering::scopeOf(const ast::Node *n) const {
  auto it = unit.scopes.find(n);
  return it == unit.scopes.end() ? nullptr : it->second;
}

void ModuleLowering::analyze() {
  // Names bound as globals: module-scope bindings and `global` declarations.
  for (auto &[node, sc] : unit.scopes) {
    (void)node;
    for (const sema::Symbol &s : sc->symbols) {
      bool bound = (s.flags & (sema::kSymAssigned | sema::kSymImported)) != 0;
      if (!bound) continue;
      if (sc->kind == sema::ScopeKind::Module || s.binding == Binding::GlobalExplicit)
        storedGlobals.insert(s.name);
    }
  }
  // C names of functions, in source order.
  std::map<std::string, int> bindCount;
  unsigned counter = 0;
  ast::walk(unit.tree, [&](const ast::Node *n) {
    switch (n->kind) {
    case ast::NodeKind::FunctionDef:
    case ast::NodeKind::AsyncFunctionDef: {
      auto *f = asDef(n);
      funcCNames[n] = "f" + std::to_string(counter++) + "_" + sanitize(f->name);
      ++bindCount[std::string(f->name)];
      break;
    }
    case ast::NodeKind::Lambda:
      funcCNames[n] = "f" + std::to_string(counter++) + "_lambda";
      break;
    case ast::NodeKind::GeneratorExp:
      funcCNames[n] = "f" + std::to_string(counter++) + "_genexpr";
      break;
    case ast::NodeKind::ClassDef:
      ++bindCount[std::string(static_cast<const ast::ClassDef *>(n)->name)];
      break;
    case ast::NodeKind::Name: {
      auto *nm = static_cast<const ast::Name *>(n);
      if (nm->ctx != ast::expr_context::Load) ++bindCount[std::string(nm->id)];
      break;
    }
    case ast::NodeKind::alias: {
      auto *a = static_cast<const ast::alias *>(n);
      std::string_view nm = a->asname.data() ? a->asname : a->name;
      nm = nm.substr(0, nm.find('.'));
      ++bindCount[std::string(nm)];
      break;
    }
    case ast::NodeKind::ExceptHandler: {
      auto *h = static_cast<const ast::ExceptHandler *>(n);
      if (h->name.data()) ++bindCount[std::string(h->name)];
      break;
    }
    default:
      break;
    }
  });
  // Directly callable module functions: bound once, by an undecorated
  // top-level def or async def with only plain positional parameters (the
  // body of a generator or coroutine function makes the generator object).
  for (ast::stmt *s : unit.tree->body) {
    auto *f = asDef(s);
    if (!f || !f->decorator_list.empty()) continue;
    std::string name(f->name);
    if (bindCount[name] != 1) continue;
    bool globalElsewhere = false;
    for (auto &[node, sc] : unit.scopes) {
      (void)node;
      if (sc->kind == sema::ScopeKind::Module) continue;
      const sema::Symbol *sym = sc->lookup(name);
      if (sym && sym->binding == Binding::GlobalExplicit) globalElsewhere = true;
    }
    const ast::arguments *a = f->args;
    if (globalElsewhere || !f->type_params.empty() || a->vararg || a->kwarg ||
        !a->kwonlyargs.empty())
      continue;
    KnownFunc k;
    k.bodyName = funcCNames[f] + "_body";
    k.argcount = a->posonlyargs.size + a->args.size;
    knownFuncs[name] = k;
  }
  // Module classes bound once whose body defines __init__ with plain
  // positional parameters: `C(args)` tries that body directly. The runtime
  // (molt_new_plain) checks at each call that the global still holds a
  // plain class whose __init__ comes from this def, so nothing here decides
  // correctness; it only picks which body a call site may enter.
  for (ast::stmt *s : unit.tree->body) {
    auto *cd = ast::dynCast<ast::ClassDef>(s);
    if (!cd) continue;
    std::string name(cd->name);
    if (bindCount[name] != 1 || !cd->type_params.empty()) continue;
    const ast::FunctionDef *init = nullptr;
    for (ast::stmt *m : cd->body)
      if (auto *f = ast::dynCast<ast::FunctionDef>(m); f && f->name == "__init__") init = f;
    if (!init || !init->decorator_list.empty() || !init->type_params.empty()) continue;
    const ast::arguments *a = init->args;
    size_t argcount = a->posonlyargs.size + a->args.size;
    if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || argcount == 0) continue;
    KnownFunc k;
    k.bodyName = funcCNames[init] + "_new";
    k.argcount = uint32_t(argcount - 1);
    knownCtors[name] = k;
    ctorInits.insert(init);
  }
}

ir::Function *ModuleLowering::lowerFunction(const ast::Node *node, const sema::Scope *sc) {
  if (auto it = lowered.find(node); it != lowered.end()) return it->second;
  auto fnp = std::make_unique<ir::Function>();
  ir::Function *fn = fnp.get();
  mod.functions.push_back(std::move(fnp));
  lowered[node] = fn;
  fn->kind = FuncKind::Function;
  fn->cname = funcCNames[node];
  fn->firstLine = node->loc.lineno;
  fn->emitNew = ctorInits.count(node) != 0;
  const ast::arguments *args = nullptr;
  if (auto *fd = asDef(node)) {
    fn->name = std::string(fd->name);
    args = fd->args;
    if (!fd->decorator_list.empty()) fn->firstLine = fd->decorator_list[0]->loc.lineno;
    if (!fd->body.empty())
      if (auto *e = ast::dynCast<ast::Expr>(fd->body[0]))
        if (auto *c = ast::dynCast<ast::Constant>(e->value))
          if (c->value.kind == ast::ConstValue::Kind::Str) {
            fn->hasDoc = true;
            fn->doc = std::string(c->value.text);
          }
  } else if (node->kind == ast::NodeKind::GeneratorExp) {
    fn->name = "<genexpr>";
  } else {
    fn->name = "<lambda>";
    args = static_cast<const ast::Lambda *>(node)->args;
  }
  fn->qualname = sc ? sc->qualname : fn->name;
  // async def: a coroutine, or an async generator with `yield`; a generator
  // expression with `async for` or `await` is an async generator.
  bool async = node->kind == ast::NodeKind::AsyncFunctionDef ||
               (node->kind == ast::NodeKind::GeneratorExp && sc && sc->isCoroutine);
  fn->isGenerator = (sc && sc->isGenerator) || async;
  fn->genKind = !async ? 0 : (sc && sc->isGenerator) ? 2 : 1;
  if (!args) {
    // A generator expression: one positional parameter, the first iterator.
    fn->argcount = 1;
    fn->argnames.push_back(".0");
    fn->numParams = 1;
    FunctionLowering fl(*this, sc, fn);
    fl.begin(nullptr);
    fl.lowerGenExpBody(static_cast<ast::GeneratorExp *>(const_cast<ast::Node *>(node)));
    fl.finish();
    return fn;
  }
  fn->posonlyargcount = args->posonlyargs.size;
  fn->argcount = args->posonlyargs.size + args->args.size;
  fn->kwonlyargcount = args->kwonlyargs.size;
  fn->varargs = args->vararg != nullptr;
  fn->varkeywords = args->kwarg != nullptr;
  // Parameter names are mangled inside a class (`def m(self, __x)` binds `_C__x`).
  std::string priv = privateNameOf(sc);
  auto pname = [&](ast::arg *a) {
    return priv.empty() ? std::string(a->arg) : sema::mangle(priv, a->arg);
  };
  for (ast::arg *a : args->posonlyargs)
    fn->argnames.push_back(pname(a));
  for (ast::arg *a : args->args)
    fn->argnames.push_back(pname(a));
  for (ast::arg *a : args->kwonlyargs)
    fn->argnames.push_back(pname(a));
  if (args->vararg) fn->argnames.push_back(pname(args->vararg));
  if (args->kwarg) fn->argnames.push_back(pname(args->kwarg));
  fn->numParams = static_cast<uint32_t>(fn->argnames.size());

  FunctionLowering fl(*this, sc, fn);
  fl.begin(args);
  if (auto *fd = asDef(node)) {
    fl.lowerBody(fd->body);
  } else {
    auto *lam = static_cast<const ast::Lambda *>(node);
    LocScope ls(fl, lam->body);
    ir::Instruction *v = fl.lowerExpr(lam->body);
    if (!fl.b.terminated()) {
      v = fl.owned(v);
      fl.b.untrack(v);
      fl.unwindFBlocks(0, true);
      fl.b.emit(Op::Return, {v});
    }
  }
  fl.finish();
  return fn;
}

ir::Function *ModuleLowering::lowerSynthetic(const ast::Node *key, const sema::Scope *sc,
                                             const std::string &name,
                                             const std::vector<std::string> &argnames,
                                             const std::function<void(FunctionLowering &)> &body) {
  if (auto it = lowered.find(key); it != lowered.end()) return it->second;
  auto fnp = std::make_unique<ir::Function>();
  ir::Function *fn = fnp.get();
  mod.functions.push_back(std::move(fnp));
  lowered[key] = fn;
  fn->kind = FuncKind::Function;
  fn->cname = "g" + std::to_string(syntheticCounter++) + "_" + sanitize(name);
  fn->name = name;
  fn->qualname = sc ? sc->qualname : name;
  fn->firstLine = key->loc.lineno;
  fn->argcount = static_cast<uint32_t>(argnames.size());
  fn->argnames = argnames;
  fn->numParams = fn->argcount;
  FunctionLowering fl(*this, sc, fn);
  fl.begin(nullptr);
  body(fl);
  fl.finish();
  return fn;
}

bool ModuleLowering::run() {
  mod.name = unit.name;
  mod.cname = moduleCName(unit.name);
  mod.filename = unit.path;
  mod.library = unit.library;
  mod.isPackage = unit.isPackage;
  for (uint32_t i = 1; i <= unit.source.lineCount(); ++i)
    mod.sourceLines.emplace_back(unit.source.line(i));
  if (!unit.tree) {
    unsupported(nullptr, "module without a syntax tree");
    return false;
  }
  analyze();
  auto fnp = std::make_unique<ir::Function>();
  ir::Function *fn = fnp.get();
  mod.functions.push_back(std::move(fnp));
  fn->kind = FuncKind::ModuleBody;
  fn->cname = "mod_body";
  fn->name = "<module>";
  fn->qualname = "<module>";
  fn->firstLine = 1;
  FunctionLowering fl(*this, unit.top, fn);
  fl.begin(nullptr);
  // Module attributes.
  fl.b.loc = {};
  fl.storeName("__name__", fl.strConst(unit.name));
  fl.storeName("__file__", fl.strConst(unit.path));
  ir::Instruction *doc = fl.none();
  if (!unit.tree->body.empty())
    if (auto *e = ast::dynCast<ast::Expr>(unit.tree->body[0]))
      if (auto *c = ast::dynCast<ast::Constant>(e->value))
        if (c->value.kind == ast::ConstValue::Kind::Str)
          doc = fl.strConst(std::string(c->value.text));
  fl.storeName("__doc__", doc);
  if (hasAnnotations(unit.tree->body) && !futureAnnotationsModule(unit.tree)) {
    // CPython's SETUP_ANNOTATIONS: the module's __annotations__ dict.
    ir::Instruction *d = fl.b.track(fl.b.emit(ir::Op::BuildDict, {}, 0));
    fl.storeName("__annotations__", d);
    fl.b.release(d);
  }
  fl.lowerBody(unit.tree->body);
  fl.finish();
  return !failed;
}

// ---------------------------------------------------------------------------
// FunctionLowering: set-up and names

ir::SrcLoc FunctionLowering::locOf(const ast::Node *n) const {
  return {n->loc.lineno, n->loc.col_offset, n->loc.end_lineno, n->loc.end_col_offset};
}

std::set<std::string> FunctionLowering::loopOnlyCells() {
  std::set<std::string> out;
  if (!scope || !scope->isFunctionLike() || !scope->node) return out;
  bool anyCell = false;
  for (const sema::Symbol &s : scope->symbols)
    anyCell |= s.binding == Binding::Cell;
  if (!anyCell) return out;
  // The generator expressions that run as loops in this function: calls in
  // its own code, or in comprehensions inlined here and in such loops
  // (pre-order: an enclosing call is decided before the calls inside it).
  std::set<const sema::Scope *> looped;
  ast::walk(scope->node, [&](const ast::Node *n) {
    auto *c = ast::dynCast<ast::Call>(const_cast<ast::Node *>(n));
    if (!c || c->args.size != 1) return;
    const sema::Scope *gs = ml.scopeOf(c->args[0]);
    if (!gs || c->args[0]->kind != ast::NodeKind::GeneratorExp) return;
    std::vector<const sema::Scope *> comps;
    const sema::Scope *p = gs->parent;
    for (; p && p != scope; p = p->parent) {
      if (p->kind != sema::ScopeKind::Comprehension || !(p->inlined || looped.count(p))) return;
      comps.insert(comps.begin(), p);
    }
    if (p == scope && loopedGenExp(c, comps)) looped.insert(gs);
  });
  // A name is captured outside those loops if a scope below some other
  // child (a function, a lambda, a class passing it on to its methods)
  // reads it as a free variable; conservatively, even one that may mean
  // another binding of the name.
  std::function<bool(const sema::Scope *, const std::string &)> freeBelow =
      [&](const sema::Scope *c, const std::string &name) {
        const sema::Symbol *sym = c->lookup(name);
        if (sym && (sym->binding == Binding::Free || (sym->flags & sema::kSymFreeClass)))
          return true;
        for (const sema::Scope *k : c->children)
          if (freeBelow(k, name)) return true;
        return false;
      };
  std::function<bool(const sema::Scope *, const std::string &)> capturedBy =
      [&](const sema::Scope *c, const std::string &name) {
        if (!c->inlined && !looped.count(c)) return freeBelow(c, name);
        const sema::Symbol *sym = c->lookup(name);
        if (sym && (sym->binding == Binding::Local || sym->binding == Binding::Cell))
          return false; // the comprehension's own variable
        for (const sema::Scope *k : c->children)
          if (capturedBy(k, name)) return true;
        return false;
      };
  for (const sema::Symbol &s : scope->symbols) {
    if (s.binding != Binding::Cell || (s.flags & sema::kSymCompCell) || s.name == "__class__" ||
        s.name == "__classdict__")
      continue;
    bool captured = false;
    for (const sema::Scope *k : scope->children)
      captured = captured || capturedBy(k, s.name);
    if (!captured) out.insert(s.name);
  }
  return out;
}

void FunctionLowering::begin(const ast::arguments *args) {
  b.setBlock(fn->newBlock("entry"));
  b.loc = {fn->firstLine, 0, fn->firstLine, 0};
  if (!scope || scope->kind == sema::ScopeKind::Module) return;
  uint32_t nfree = 0;
  std::set<std::string> plain = loopOnlyCells();
  for (const sema::Symbol &s : scope->symbols) {
    switch (s.binding) {
    case Binding::Local:
      slotOf[s.name] = fn->addSlot(SlotKind::Local, s.name);
      break;
    case Binding::Cell:
      if (plain.count(s.name)) {
        slotOf[s.name] = fn->addSlot(SlotKind::Local, s.name);
        break;
      }
      slotOf[s.name] = fn->addSlot(SlotKind::Cell, s.name);
      cellNames.insert(s.name);
      break;
    case Binding::Free:
      freeIndex[s.name] = nfree++;
      break;
    default:
      break;
    }
  }
  std::set<std::string> params;
  for (uint32_t i = 0; i < fn->argnames.size(); ++i) {
    const std::string &n = fn->argnames[i];
    params.insert(n);
    Instruction *p = b.emit(Op::Param, {}, i);
    auto it = slotOf.find(n);
    if (it == slotOf.end()) continue;
    if (cellNames.count(n))
      b.emit(Op::MakeCell, {p}, it->second);
    else
      b.emit(Op::StoreLocal, {p}, it->second);
  }
  for (const std::string &c : cellNames)
    if (!params.count(c)) b.emit(Op::MakeEmptyCell, {}, slotOf[c]);
  (void)args;
}

void FunctionLowering::lowerBody(const ast::Seq<ast::stmt *> &body) {
  for (ast::stmt *s : body) {
    if (b.terminated()) return;
    lowerStmt(s);
  }
}

void FunctionLowering::finish() {
  if (!b.terminated()) {
    b.loc = {};
    b.emit(Op::Return, {none()});
  }
}

NameRef FunctionLowering::resolve(const std::string &rawName) {
  const std::string name = mangled(rawName);
  NameRef r;
  r.name = name;
  if (isClassNsName(name)) {
    r.kind = NameRef::Local;
    r.classNs = true;
    return r;
  }
  auto global = [&]() {
    r.kind = NameRef::Global;
    if (!ml.storedGlobals.count(name) &&
        (inList(kBuiltinFuncs, name) || inList(kBuiltinTypes, name) || inList(kExcTypes, name) ||
         name == "Ellipsis" || name == "NotImplemented" || name == "__debug__")) {
      r.builtinConst = true;
      return r;
    }
    r.index = ml.mod.globalSlot(name);
    return r;
  };
  for (size_t i = comps.size(); i-- > 0;) {
    const sema::Symbol *sym = comps[i].scope ? comps[i].scope->lookup(name) : nullptr;
    if (!sym) continue;
    if (sym->binding == Binding::Local || sym->binding == Binding::Cell) {
      auto it = comps[i].slots.find(name);
      if (it != comps[i].slots.end()) {
        r.kind = comps[i].cells.count(name) ? NameRef::Cell : NameRef::Local;
        r.index = it->second;
        return r;
      }
    }
    if (sym->binding == Binding::Free && comps[i].scope->isGenerator) r.viaGenExp = true;
    if (sym->binding == Binding::GlobalExplicit) return global();
    if (sym->binding == Binding::GlobalImplicit) {
      // Keep looking outward only if an enclosing function binds it (it would then be Free).
      return global();
    }
  }
  if (!scope || scope->kind == sema::ScopeKind::Module) return global();
  const sema::Symbol *sym = scope->lookup(name);
  if (!sym) return global();
  switch (sym->binding) {
  case Binding::Local:
  case Binding::Cell: {
    auto it = slotOf.find(name);
    if (it == slotOf.end()) return global();
    r.kind = cellNames.count(name) ? NameRef::Cell : NameRef::Local;
    r.index = it->second;
    return r;
  }
  case Binding::Free: {
    auto it = freeIndex.find(name);
    if (it == freeIndex.end()) return global();
    r.kind = NameRef::Free;
    r.index = it->second;
    return r;
  }
  default:
    return global();
  }
}

Instruction *FunctionLowering::lowerName(const std::string &rawName, const ast::Node *at) {
  LocScope ls(*this, at);
  if (rawName == "__debug__") return constExpr("MOLT_TRUE");
  const std::string name = mangled(rawName);
  if (Instruction *v = nullptr; classNs && classNameLoad(name, v)) return v;
  if (Instruction *v = nullptr; classDictLoad(name, v)) return v;
  NameRef r = resolve(name);
  switch (r.kind) {
  case NameRef::Local:
    return b.track(b.emit(r.viaGenExp ? Op::LoadLocalFree : Op::LoadLocal, {}, r.index, -1, name));
  case NameRef::Cell:
    return b.track(b.emit(r.viaGenExp ? Op::LoadCellFree : Op::LoadCell, {}, r.index, -1, name));
  case NameRef::Free:
    return b.track(b.emit(Op::LoadFree, {}, r.index, -1, name));
  case NameRef::Global:
    if (r.builtinConst) {
      if (inList(kBuiltinTypes, name) || inList(kExcTypes, name))
        return constExpr("molt_from_ptr(&molt_type_" + name + ")");
      if (name == "Ellipsis") return constExpr("molt_ellipsis()");
      if (name == "NotImplemented") return constExpr("molt_not_implemented()");
      Constant c;
      c.kind = Constant::Kind::Builtin;
      c.text = name;
      return constExpr("molt_K[" + std::to_string(ml.mod.addConst(c)) + "]");
    }
    return loadGlobal(Op::LoadGlobal, r.index, name);
  }
  return nullptr;
}

Instruction *FunctionLowering::loadGlobal(Op op, uint32_t index, const std::string &name) {
  // CPython looks for `self` among the frame's local variables (co_varnames:
  // the parameters and plain locals, not a local captured by a closure that
  // is no parameter). A generator expression is a frame of its own; other
  // comprehensions run in this one (PEP 709).
  auto it = scope && scope->kind != sema::ScopeKind::Module && !classNs ? slotOf.find("self")
                                                                        : slotOf.end();
  bool cell = it != slotOf.end() && cellNames.count("self") != 0;
  bool usable = it != slotOf.end();
  if (cell && std::find(fn->argnames.begin(), fn->argnames.end(), "self") == fn->argnames.end())
    usable = false;
  for (const CompCtx &c : comps)
    if (c.scope && c.scope->isGenerator) usable = false;
  if (!usable) return b.track(b.emit(op, {}, index, -1, name));
  Instruction *self = b.emit(cell ? Op::CellOfLocal : Op::PeekSlot, {}, it->second);
  return b.track(b.emit(op == Op::LoadGlobal ? Op::LoadGlobalSelf : Op::LoadGlobalBoundSelf, {self},
                        index, cell ? 1 : 0, name));
}

void FunctionLowering::storeName(const std::string &rawName, Instruction *v) {
  const std::string name = mangled(rawName);
  if (classNs && classNameStore(name, v)) return;
  NameRef r = resolve(name);
  switch (r.kind) {
  case NameRef::Local:
    b.emit(Op::StoreLocal, {v}, r.index);
    break;
  case NameRef::Cell:
    b.emit(Op::StoreCell, {v}, r.index);
    break;
  case NameRef::Free:
    b.emit(Op::StoreFree, {v}, r.index, -1, name);
    break;
  case NameRef::Global:
    if (r.builtinConst) r.index = ml.mod.globalSlot(name);
    b.emit(Op::StoreGlobal, {v}, r.index, -1, name);
    break;
  }
}

void FunctionLowering::deleteName(const std::string &rawName) {
  const std::string name = mangled(rawName);
  if (classNs && classNameDelete(name)) return;
  NameRef r = resolve(name);
  switch (r.kind) {
  case NameRef::Local:
    b.emit(Op::DelLocal, {}, r.index, -1, name);
    break;
  case NameRef::Cell:
    b.emit(Op::DelCell, {}, r.index, -1, name);
    break;
  case NameRef::Free:
    b.emit(Op::DelFree, {}, r.index, -1, name);
    break;
  case NameRef::Global:
    if (r.builtinConst) r.index = ml.mod.globalSlot(name);
    b.emit(Op::DelGlobal, {}, r.index, -1, name);
    break;
  }
}

void FunctionLowering::unbindName(const std::string &name) {
  NameRef r = resolve(name);
  switch (r.kind) {
  case NameRef::Local:
    if (!r.classNs) {
      b.emit(Op::ClearLocal, {}, r.index);
      break;
    }
    [[fallthrough]];
  default:
    storeName(name, none());
    deleteName(name);
    break;
  }
}

Instruction *FunctionLowering::cellFor(const std::string &name) {
  if (classNs)
    if (Instruction *c = classCellFor(name)) return c;
  NameRef r = resolve(name);
  if (r.kind == NameRef::Cell) return b.emit(Op::CellOfLocal, {}, r.index);
  if (r.kind == NameRef::Free) return b.emit(Op::CellOfFree, {}, r.index);
  ml.unsupported(nullptr, "closure over '" + name + "' (internal: no cell)");
  return none();
}

// ---------------------------------------------------------------------------

bool lowerProgram(const sema::Program &p, std::vector<std::unique_ptr<ir::Module>> &out,
                  std::vector<sema::Diagnostic> &diags) {
  bool ok = true;
  std::map<std::string, ir::Module *> all;
  for (auto &u : p.modules) {
    out.push_back(std::make_unique<ir::Module>());
    all[u->name] = out.back().get();
  }
  // A package gets a global slot for each of its submodules (bound on import).
  for (auto &u : p.modules) {
    size_t dot = u->name.rfind('.');
    if (dot == std::string::npos) continue;
    auto parent = all.find(u->name.substr(0, dot));
    if (parent != all.end()) parent->second->globalSlot(u->name.substr(dot + 1));
  }
  for (size_t i = 0; i < p.modules.size(); ++i) {
    ModuleLowering ml(p, *p.modules[i], *out[i], diags);
    ml.allModules = &all;
    if (!ml.run()) ok = false;
  }
  return ok;
}

} // namespace molt::lower
