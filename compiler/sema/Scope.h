// Symbol tables with CPython 3.12's scope rules (the `symtable` module's
// model): one Scope per module, function, lambda, comprehension and class
// body, each symbol classified as local / global / free / cell.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/AST.h"

namespace molt::sema {

/// Where a name lives at run time.
enum class Binding : uint8_t {
  Local,          ///< a fast local of this function (or a module/class-body name, see Scope::kind)
  GlobalExplicit, ///< declared `global` here
  GlobalImplicit, ///< not bound here nor in an enclosing function: module global, else builtin
  Free,           ///< bound in an enclosing function; read through a closure cell
  Cell,           ///< local of this function captured by an inner scope: stored in a cell
};

/// Flags of a symbol (as symtable's DEF_* / USE bits).
enum SymbolFlags : uint32_t {
  kSymAssigned = 1,      ///< bound here (assignment, for target, import, def, del, except as...)
  kSymParam = 2,         ///< a parameter
  kSymUsed = 4,          ///< read here
  kSymDeclGlobal = 8,    ///< `global x`
  kSymDeclNonlocal = 16, ///< `nonlocal x`
  kSymImported = 32,     ///< bound by import
  kSymAnnotated = 64,    ///< has an annotation
  kSymCompIter = 128,    ///< comprehension iteration variable
  kSymFreeClass = 256,   ///< class-scope name that a method also uses as free (DEF_FREE_CLASS)
  kSymTypeParam = 512,   ///< a PEP 695 type parameter
  kSymCompCell = 1024,   ///< a cell of an inlined comprehension (DEF_COMP_CELL)
  kSymBound = kSymAssigned | kSymParam | kSymImported, ///< CPython's DEF_BOUND
};

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  Binding binding = Binding::GlobalImplicit;
};

/// Scope kinds. Annotation: a PEP 695 annotation scope of a TypeVar bound or
/// a `type` alias value; TypeParams: the scope holding a generic's type
/// parameters; DeferredAnnotation: reserved (CPython 3.12 creates no scope
/// for annotations under `from __future__ import annotations`; they are not
/// visited at all).
enum class ScopeKind : uint8_t {
  Module,
  Function,
  Lambda,
  Comprehension,
  Class,
  Annotation,
  TypeParams,
  DeferredAnnotation,
};

/// One scope. Symbols are kept in first-seen order (deterministic output).
struct Scope {
  ScopeKind kind = ScopeKind::Module;
  /// "top", function/class name, "<lambda>", "<listcomp>", "<setcomp>",
  /// "<dictcomp>", "<genexpr>" (the code object's co_name).
  std::string name;
  /// CPython __qualname__: "f.<locals>.g", "C.m", "<module>" for the module.
  /// Inlined comprehensions are skipped, as in CPython 3.12: a lambda inside
  /// `[... for ...]` in f is "f.<locals>.<lambda>"; the comprehension itself
  /// gets "f.<locals>.<listcomp>" (the name it had before 3.12).
  std::string qualname;
  const ast::Node *node = nullptr; ///< the Module/FunctionDef/Lambda/ListComp/... node
  Scope *parent = nullptr;
  std::vector<Scope *> children;                   ///< in source order
  std::vector<Symbol> symbols;                     ///< first-seen order
  std::unordered_map<std::string, uint32_t> index; ///< name -> position in symbols
  bool isGenerator = false; ///< contains yield / yield from (or is a generator expression)
  bool isCoroutine = false; ///< async def / async comprehension
  bool hasVarargs = false, hasVarkeywords = false;
  bool usesSuper = false;      ///< mentions `super` or `__class__` (class cell needed)
  bool needsClassCell = false; ///< class scope whose methods use super()/__class__
  /// Parameter names in order (posonly, normal, *args, kwonly, **kwargs).
  /// A comprehension has the single implicit parameter ".0" (its outermost iterator).
  std::vector<std::string> params;
  /// Comprehension model (CPython 3.12, PEP 709): list/set/dict comprehensions
  /// are "inlined" (inlined == true) unless their parent can see a class scope;
  /// generator expressions never are. Every comprehension keeps its own Scope
  /// (iteration variables local there, free/cell classification as for a
  /// nested function, so it can be compiled as a function). For an inlined one,
  /// CPython 3.12 also copies its names into the enclosing scope's symbols
  /// (exactly what python3.12's `symtable` shows); those copies keep the
  /// comprehension's flags plus kSymCompCell for its cells.
  bool inlined = false;
  bool nested = false;           ///< inside a function-like scope (CPython's ste_nested)
  bool hasFree = false;          ///< has free variables (ste_free)
  bool childFree = false;        ///< some child scope has free variables (ste_child_free)
  bool returnsValue = false;     ///< has `return <value>`
  bool canSeeClassScope = false; ///< PEP 695 annotation scope inside a class
  bool needsClassDict = false;   ///< class scope whose annotation scopes use __classdict__
  /// The class name used for private-name mangling (`__x` -> `_C__x`) in this
  /// scope, empty outside classes. Symbol names are stored mangled, as CPython does.
  std::string privateName;

  /// True for function, lambda, comprehension and PEP 695 annotation scopes.
  bool isFunctionLike() const {
    return kind == ScopeKind::Function || kind == ScopeKind::Lambda ||
           kind == ScopeKind::Comprehension || kind == ScopeKind::TypeParams ||
           kind == ScopeKind::Annotation;
  }

  /// The symbol named `n` (already mangled) or nullptr.
  const Symbol *lookup(std::string_view n) const {
    auto it = index.find(std::string(n));
    return it == index.end() ? nullptr : &symbols[it->second];
  }
};

/// CPython's private name mangling: `__x` in class `_C` -> `_C__x`; other
/// names (dunder, dotted, no private class) unchanged.
std::string mangle(std::string_view privateName, std::string_view name);

} // namespace molt::sema
