// AST -> IR lowering (internal to molt_codegen). One ModuleLowering per
// Python module; one FunctionLowering per function, lambda or module body.
// Comprehensions are inlined into the enclosing function (as CPython 3.12
// does, PEP 709) with their own variable slots.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ir/IRBuilder.h"
#include "sema/Sema.h"

namespace molt::lower {

/// CPython's find_ann: does the body hold an annotation (outside nested scopes)?
bool hasAnnotations(const ast::Seq<ast::stmt *> &body);
/// True if the module has `from __future__ import annotations`.
bool futureAnnotationsModule(const ast::Module *m);

/// Lowers every module of p into IR modules (same order as p.modules).
/// Returns false if any construct could not be lowered (diagnostics added).
bool lowerProgram(const sema::Program &p, std::vector<std::unique_ptr<ir::Module>> &out,
                  std::vector<sema::Diagnostic> &diags);

/// C-safe spelling of a dotted module name, used in symbol names.
std::string moduleCName(const std::string &dotted);

/// A module-level function that calls may target directly.
struct KnownFunc {
  std::string bodyName; ///< C name of the body function
  uint32_t argcount = 0;
};

class FunctionLowering;

/// Per-module lowering state.
class ModuleLowering {
public:
  ModuleLowering(const sema::Program &p, const sema::ModuleUnit &u, ir::Module &m,
                 std::vector<sema::Diagnostic> &d)
      : prog(p), unit(u), mod(m), diags(d) {}

  /// Lowers the module body and all functions. False on unsupported constructs.
  bool run();

  const sema::Program &prog;
  const sema::ModuleUnit &unit;
  ir::Module &mod;
  std::vector<sema::Diagnostic> &diags;
  bool failed = false;
  /// Names bound as module globals anywhere in the module.
  std::set<std::string> storedGlobals;
  /// Module functions called directly.
  std::map<std::string, KnownFunc> knownFuncs;
  /// Module classes whose calls try their __init__ body directly
  /// (bodyName is the constructor helper <init>_new; argcount excludes self).
  std::map<std::string, KnownFunc> knownCtors;
  /// The __init__ defs of knownCtors (their functions get a _new helper).
  std::set<const ast::Node *> ctorInits;
  /// C base name of every FunctionDef/Lambda node.
  std::map<const ast::Node *, std::string> funcCNames;
  /// Functions already lowered (a finally body lowered twice reuses them).
  std::map<const ast::Node *, ir::Function *> lowered;
  /// IR modules of the whole program by dotted name (for submodule binding).
  std::map<std::string, ir::Module *> *allModules = nullptr;

  /// Reports "`what` is not supported yet" at node n.
  void unsupported(const ast::Node *n, const std::string &what);
  /// The sema scope of a scope-introducing node (nullptr if missing).
  const sema::Scope *scopeOf(const ast::Node *n) const;
  /// Lowers a function or lambda node into a new IR function.
  ir::Function *lowerFunction(const ast::Node *node, const sema::Scope *scope);
  /// Lowers a class body into its body function (LowerClass.cpp).
  ir::Function *lowerClassBody(const ast::ClassDef *c, const sema::Scope *scope);
  unsigned classCounter = 0; ///< numbers class-body C names
  /// Lowers a compiler-made function (PEP 695 annotation scopes) keyed by `key`
  /// in scope sc, with positional parameters `argnames`; `body` emits its code.
  ir::Function *lowerSynthetic(const ast::Node *key, const sema::Scope *sc, const std::string &name,
                               const std::vector<std::string> &argnames,
                               const std::function<void(FunctionLowering &)> &body);
  unsigned syntheticCounter = 0; ///< numbers synthetic C names

private:
  void analyze();
};

/// Where a name lives, as resolved for one access.
struct NameRef {
  enum Kind { Local, Cell, Free, Global } kind = Global;
  uint32_t index = 0;        ///< slot / closure index / global slot
  bool builtinConst = false; ///< Global never stored in the module: the builtin value directly
  /// A class-body namespace name (LOAD_NAME semantics, LowerClass.cpp); kind is Local, no slot.
  bool classNs = false;
  /// Read as a free variable of a generator expression running as a loop
  /// here: unbound, it is the NameError of a free variable.
  bool viaGenExp = false;
  std::string name;
};

/// A control-flow construct active around the statement being lowered.
struct FBlock {
  enum Kind { Loop, Finally, Handler, With } kind = Loop;
  ir::BasicBlock *brk = nullptr, *cont = nullptr;   ///< Loop targets
  int64_t iterSlot = -1;                            ///< Loop: hidden slot of the for iterator
  const ast::Seq<ast::stmt *> *finalbody = nullptr; ///< Finally
  ir::BasicBlock *outerUnwind = nullptr;            ///< the exception edge outside this construct
  int64_t excSlot = -1;                             ///< Handler: slot of the handled exception
  const ast::Node *nameNode = nullptr;              ///< Handler: `except ... as name` node
  std::string excName;
  int64_t exitSlot = -1; ///< With: slot of the bound __exit__
  bool isAsync = false;  ///< With: `async with` (the __aexit__ result is awaited)
  size_t compDepth = 0;
};

/// What an inlined comprehension produces: a list, set or dict display, or
/// (a generator expression passed to a builtin) the builtin's result
/// computed in the loop, with no generator object.
enum class CompSink { List, Set, Dict, Sum, Max, Min, Any, All };

/// The sink of builtin `name` when it consumes a generator expression at
/// once (sum, max, min, any, all, list, set, tuple); false for other names.
bool genExpConsumer(std::string_view name, CompSink *sink);

/// An inlined comprehension's scope and slots.
struct CompCtx {
  const sema::Scope *scope = nullptr;
  std::map<std::string, uint32_t> slots;
  std::set<std::string> cells;
};

/// Lowers one function (or module body) into an IR function.
class FunctionLowering {
public:
  FunctionLowering(ModuleLowering &m, const sema::Scope *s, ir::Function *f)
      : ml(m), scope(s), fn(f), b(f) {}

  ModuleLowering &ml;
  const sema::Scope *scope;
  ir::Function *fn;
  ir::IRBuilder b;
  std::map<std::string, uint32_t> slotOf;
  std::set<std::string> cellNames;
  std::map<std::string, uint32_t> freeIndex;
  std::vector<CompCtx> comps;
  std::vector<FBlock> fblocks;
  int depth = 0;

  /// Sets up slots and the prologue; `args` is the FunctionDef/Lambda arguments (null for a
  /// module).
  void begin(const ast::arguments *args);
  /// Lowers a statement list (stops at dead code).
  void lowerBody(const ast::Seq<ast::stmt *> &body);
  /// Ends the function with `return None` if control falls off the end.
  void finish();

  // Statements (LowerStmt.cpp)
  void lowerStmt(ast::stmt *s);
  bool lowerParallelAssign(ast::Assign *a);
  void lowerAssignTo(ast::expr *target, ir::Instruction *v);
  void lowerDelete(ast::expr *target);
  void lowerIf(ast::If *s);
  void lowerWhile(ast::While *s);
  void lowerFor(ast::For *s);
  /// The hidden slots a synchronous `for` (statement or comprehension clause)
  /// iterates with: the iterator (or list, or range fallback) and the index
  /// or counter; for builtin range(...) also stop and step ("lS, lT").
  struct ForSource {
    uint32_t slot, aux;
    bool range;
    std::string stopStep;
  };
  /// Evaluates the iterable of a `for` into fresh slots: a C counter for the
  /// builtin range(...) with small ints, an exact list by index, else molt_iter.
  ForSource beginForSource(ast::expr *iter);
  /// The source's next item (MOLT_STOP when it is exhausted).
  ir::Instruction *forSourceNext(const ForSource &src, ast::expr *iter);
  /// Fills a loop's unwind pad: the iterator slot is cleared, then unwinding
  /// goes on to outer (also restored as the current unwind target).
  void lowerIterSlotPad(ir::BasicBlock *pad, uint32_t slot, ir::BasicBlock *outer);
  /// Blocks of a for loop: next-item head, else clause, exit, unwind pad, enclosing unwind.
  struct LoopBlocks {
    ir::BasicBlock *head, *orelse, *end, *pad, *outer;
  };
  void lowerLoopRest(const LoopBlocks &k, uint32_t slot, ast::expr *target, ir::Instruction *v,
                     const ast::Seq<ast::stmt *> &body, const ast::Seq<ast::stmt *> &orelse);
  void lowerTry(ast::Try *s);
  void lowerTryExcept(ast::Try *s);
  void lowerWith(ast::With *s, size_t item);
  /// `async with` (same node layout as With) and `async for`.
  void lowerAsyncWith(ast::AsyncWith *s, size_t item);
  void lowerAsyncFor(ast::AsyncFor *s);
  void lowerReturn(ast::Return *s);
  void lowerBreakContinue(bool isBreak);
  void lowerImport(ast::Import *s);
  void lowerImportFrom(ast::ImportFrom *s);
  void lowerFunctionDef(ast::FunctionDef *s);
  void lowerAugAssign(ast::AugAssign *s);
  void lowerRaise(ast::Raise *s);
  void lowerAssert(ast::Assert *s);
  /// Emits the exit actions of fblocks[from..end) (innermost first) for break/continue/return.
  void unwindFBlocks(size_t downTo, bool forReturn);
  void unbindName(const std::string &name);

  // Expressions (LowerExpr.cpp)
  /// Lowers e; the result is tracked if owned (caller releases it).
  ir::Instruction *lowerExpr(ast::expr *e);
  ir::Instruction *lowerExprInner(ast::expr *e);
  /// Lowers e as a condition: a CInt or Bool value.
  ir::Instruction *lowerCond(ast::expr *e);
  /// An expression used only as a for/comprehension iterable or `in` operand
  /// (a constant set display becomes CPython's frozenset constant).
  ir::Instruction *lowerIterExpr(ast::expr *e);
  /// Branches on the truth of e.
  void lowerCondBr(ast::expr *e, ir::BasicBlock *t, ir::BasicBlock *f);
  ir::Instruction *lowerName(const std::string &name, const ast::Node *at);
  /// Loads global slot `index` (op LoadGlobal or LoadGlobalBound): in a
  /// function with a local `self`, the variant that hands self to the
  /// NameError for its "Did you mean: 'self.x'?" hint.
  ir::Instruction *loadGlobal(ir::Op op, uint32_t index, const std::string &name);
  void storeName(const std::string &name, ir::Instruction *v);
  /// del name: `checked` raises if unbound.
  void deleteName(const std::string &name);
  NameRef resolve(const std::string &name);
  ir::Instruction *lowerCall(ast::Call *c);
  ir::Instruction *lowerCompare(ast::Compare *c);
  ir::Instruction *lowerBoolOp(ast::BoolOp *e);
  ir::Instruction *lowerIfExp(ast::IfExp *e);
  ir::Instruction *lowerSequence(ast::expr *e, const ast::Seq<ast::expr *> &elts, int kind);
  ir::Instruction *lowerDict(ast::Dict *d);
  ir::Instruction *lowerJoinedStr(ast::JoinedStr *e);
  /// A list, set or dict comprehension, inlined (PEP 709).
  ir::Instruction *lowerComprehension(ast::expr *e);
  /// The loops of comprehension e (a ListComp, SetComp, DictComp or
  /// GeneratorExp) in this function, feeding `sink`.
  ir::Instruction *lowerInlineComp(ast::expr *e, CompSink sink);
  /// True if generator expression e can run as an inlined loop (synchronous).
  bool inlinableGenExp(ast::expr *e);
  /// The generator expression call c hands to a consumer that runs it as a
  /// loop here (`sum(<genexpr>)` with the builtin sum, `"".join(<genexpr>)`),
  /// or null. `comps` are the scopes of the inlined comprehensions and loops
  /// around c, innermost last (the names they bind shadow the builtins).
  ast::GeneratorExp *loopedGenExp(ast::Call *c, const std::vector<const sema::Scope *> &comps);
  /// This function's variables that sema made cells only because generator
  /// expressions that run as loops here read them: they stay plain slots.
  std::set<std::string> loopOnlyCells();
  /// `yield from x` (generators).
  ir::Instruction *lowerYieldFrom(ast::YieldFrom *y);
  /// The delegation loop of `yield from` and `await` over the iterator it
  /// (tracked, owned; consumed): the delegate's result, tracked.
  ir::Instruction *lowerDelegate(ir::Instruction *it, const ast::Node *at);
  /// `await x` (x tracked, consumed); where: GetAwaitable's error-message selector.
  ir::Instruction *lowerAwait(ir::Instruction *x, const ast::Node *at, int where);
  /// One `async for` step over the async iterator `it` (borrowed): the awaited
  /// __anext__() result (tracked) in a new block, or a jump to `exit` on
  /// StopAsyncIteration. Values in b.live survive both ways; other errors
  /// release them and go to the current exception edge.
  ir::Instruction *lowerAsyncNext(ir::Instruction *it, const ast::Node *at, ir::BasicBlock *exit);
  /// A generator expression: builds and calls its generator function.
  ir::Instruction *lowerGenExp(ast::GeneratorExp *e);
  /// The body of a generator expression's own function.
  void lowerGenExpBody(ast::GeneratorExp *e);
  ir::Instruction *lowerMakeFunction(const ast::Node *node, const ast::arguments *args,
                                     const sema::Scope *childScope);
  ir::Instruction *lowerSlice(ast::Slice *s);
  ir::Instruction *constant(const ast::ConstValue &c);
  ir::Instruction *constExpr(std::string cexpr);
  ir::Instruction *none();
  ir::Instruction *strConst(const std::string &s);
  /// Makes v owned (NewRef if it is borrowed/immortal) and tracks it.
  ir::Instruction *owned(ir::Instruction *v);
  /// Moves the tracked owned value v into temp slot `slot` (ownership moves).
  void moveToTemp(uint32_t slot, ir::Instruction *v);
  ir::Instruction *takeTemp(uint32_t slot);
  /// Binary operator C function for op (in-place form if inplace).
  static const char *binopFunc(ast::binop op, bool inplace);
  /// The cell object (borrowed) for free variable `name` of a child scope.
  ir::Instruction *cellFor(const std::string &name);
  ir::SrcLoc locOf(const ast::Node *n) const;

  // Classes (LowerClass.cpp)
  ir::Instruction *classNs = nullptr; ///< class body: the namespace (its parameter)
  int64_t classCellSlot = -1;         ///< class body: slot of the __class__ cell, if any
  /// The call `super(...)` whose attribute is loaded next (CPython's LOAD_SUPER_ATTR form).
  const ast::Call *superAttrCall = nullptr;
  void lowerClassDef(ast::ClassDef *s);
  /// Class body prologue: namespace, closure, __class__ cell, __module__/__qualname__/__doc__.
  void beginClassBody(const ast::ClassDef *c);
  /// `name` with private name mangling applied for this scope (`__x` -> `_C__x`).
  std::string mangled(std::string_view name) const;
  /// True if `name` (mangled) is a namespace name of the class body being lowered.
  bool isClassNsName(const std::string &name) const;
  /// Class-body name operations; false if the name is not handled here.
  bool classNameLoad(const std::string &name, ir::Instruction *&out);
  bool classNameStore(const std::string &name, ir::Instruction *v);
  bool classNameDelete(const std::string &name);
  /// Class body: the cell passed to a method's closure for `name`, or nullptr.
  ir::Instruction *classCellFor(const std::string &name);
  /// `super()` with no arguments inside a function: super(__class__, first argument).
  ir::Instruction *lowerSuperZero(ast::Call *c);
  /// Class body: `x: T = v` also records the annotation in __annotations__.
  void lowerClassAnnotation(ast::AnnAssign *a);
  /// `x: T` at module level: __annotations__['x'] = T (CPython 3.12).
  void lowerModuleAnnotation(ast::AnnAssign *a);

  // PEP 695 generics and `type` aliases (LowerTypeParams.cpp)
  int64_t classDictSlot = -1; ///< class body: slot of the __classdict__ cell, if any
  /// The function object for child (closing over sc's free variables), tracked.
  ir::Instruction *makeClosureFunction(ir::Function *child, const sema::Scope *sc);
  /// An attribute of the typing module (hidden import), tracked.
  ir::Instruction *typingHelper(const char *name);
  /// Creates and binds the type parameters; returns their tuple (tracked).
  ir::Instruction *lowerTypeParams(const ast::Seq<ast::type_param *> &tps);
  /// A zero-argument function evaluating e in the annotation scope keyed by key.
  ir::Instruction *lazyFunction(const ast::Node *key, const std::string &name, ast::expr *e);
  /// Calls the `<generic parameters of name>` function with argvals (borrowed);
  /// inside it, after the type parameters, `inner` builds the result.
  ir::Instruction *lowerGeneric(
      const ast::Seq<ast::type_param *> &tps, const std::string &name,
      const std::vector<std::string> &argnames, const std::vector<ir::Instruction *> &argvals,
      const std::function<ir::Instruction *(FunctionLowering &, ir::Instruction *)> &inner);
  void lowerTypeAlias(ast::TypeAlias *t);
  /// A canSeeClassScope scope's load through __classdict__; false if not one.
  bool classDictLoad(const std::string &name, ir::Instruction *&out);
  /// The function object of a def/lambda from evaluated defaults (consumed), undecorated.
  ir::Instruction *buildFunction(const ast::Node *node, const ast::arguments *args,
                                 const sema::Scope *childScope, ir::Instruction *defaults,
                                 ir::Instruction *kwdefaults);
  /// The class object of s (bases, keywords, body), undecorated; extraBase (borrowed) is
  /// appended to the bases (a generic class's Generic[...]).
  ir::Instruction *buildClass(ast::ClassDef *s, ir::Instruction *extraBase);

  // Pattern matching (LowerMatch.cpp)
  void lowerMatch(ast::Match *s);
  /// Tests pattern p against the value in hidden slot `subj`; jumps to `fail` on
  /// mismatch; captures go to hidden slots `caps` (bound after the whole pattern).
  void lowerPattern(ast::pattern *p, uint32_t subj, ir::BasicBlock *fail,
                    std::map<std::string, uint32_t> &caps);
  /// Matches the items of seq (unpacked, star: index of a MatchStar or -1) against subs.
  void matchItems(ir::Instruction *seq, const std::vector<ast::pattern *> &subs, int64_t star,
                  ir::BasicBlock *fail, std::map<std::string, uint32_t> &caps);
  void matchCapture(const std::string &name, uint32_t valueSlot,
                    std::map<std::string, uint32_t> &caps);
  /// Moves v (made owned) into a new hidden slot and returns the slot.
  uint32_t holdInSlot(ir::Instruction *v);
};

/// The private-name class of a scope (the nearest enclosing class), "" if none.
std::string privateNameOf(const sema::Scope *s);
/// Free variables of a class body's closure, in order: its free names, then the
/// names its methods use from an enclosing function (CPython's DEF_FREE_CLASS).
std::vector<std::string> classFreeVars(const sema::Scope *s);

/// RAII: sets the builder's location for the duration of a node's lowering.
/// A def or an async def (their nodes have the same layout) as a FunctionDef, else null.
inline ast::FunctionDef *asDef(const ast::Node *n) {
  if (n->kind == ast::NodeKind::FunctionDef || n->kind == ast::NodeKind::AsyncFunctionDef)
    return reinterpret_cast<ast::FunctionDef *>(const_cast<ast::Node *>(n));
  return nullptr;
}

struct LocScope {
  FunctionLowering &fl;
  ir::SrcLoc saved;
  LocScope(FunctionLowering &f, const ast::Node *n) : fl(f), saved(f.b.loc) {
    if (n) fl.b.loc = fl.locOf(n);
  }
  ~LocScope() { fl.b.loc = saved; }
};

} // namespace molt::lower
