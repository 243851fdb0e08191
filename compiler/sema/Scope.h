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
  kSymAssigned = 1,     ///< bound here (assignment, for target, import, def, del, except as...)
  kSymParam = 2,        ///< a parameter
  kSymUsed = 4,         ///< read here
  kSymDeclGlobal = 8,   ///< `global x`
  kSymDeclNonlocal = 16,///< `nonlocal x`
  kSymImported = 32,    ///< bound by import
  kSymAnnotated = 64,   ///< has an annotation
  kSymCompIter = 128,   ///< comprehension iteration variable
};

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  Binding binding = Binding::GlobalImplicit;
};

enum class ScopeKind : uint8_t { Module, Function, Lambda, Comprehension, Class, Annotation, TypeParams };

/// One scope. Symbols are kept in first-seen order (deterministic output).
struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;          ///< "top", function/class name, "<lambda>", "<listcomp>", ...
  std::string qualname;      ///< CPython __qualname__: "f.<locals>.g", "<module>" for the module
  const ast::Node *node = nullptr;  ///< the Module/FunctionDef/Lambda/ListComp/... node
  Scope *parent = nullptr;
  std::vector<Scope *> children;    ///< in source order
  std::vector<Symbol> symbols;      ///< first-seen order
  std::unordered_map<std::string, uint32_t> index;  ///< name -> position in symbols
  bool isGenerator = false;  ///< contains yield / yield from (or is a generator expression)
  bool isCoroutine = false;  ///< async def / async comprehension
  bool hasVarargs = false, hasVarkeywords = false;
  bool usesSuper = false;    ///< mentions `super` or `__class__` (class cell needed)
  bool needsClassCell = false; ///< class scope whose methods use super()/__class__
  /// Parameter names in order (posonly, normal, *args, kwonly, **kwargs).
  std::vector<std::string> params;

  /// The symbol named `n` or nullptr.
  const Symbol *lookup(std::string_view n) const {
    auto it = index.find(std::string(n));
    return it == index.end() ? nullptr : &symbols[it->second];
  }
};

}  // namespace molt::sema
