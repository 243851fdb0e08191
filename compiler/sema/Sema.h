// Semantic analysis: the module graph of a whole program (static import
// resolution) and the symbol tables of every module, plus the compile-time
// errors CPython raises after parsing and the constructs Molt refuses.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "sema/Scope.h"
#include "syntax/AST.h"
#include "syntax/Arena.h"
#include "syntax/Source.h"

namespace molt::sema {

/// A compile-time diagnostic with a location (1-based line, 0-based byte column).
struct Diagnostic {
  std::string filename;
  uint32_t line = 0, col = 0, endLine = 0, endCol = 0;
  /// "SyntaxError" (what CPython would raise at compile time; printed in
  /// CPython's format) or "error" (a Molt refusal: `molt: error: ...`).
  std::string kind;
  std::string message;
  std::string hint;  ///< optional "help: ..." line for refusals
};

/// One Python module of the program.
struct ModuleUnit {
  std::string name;      ///< dotted module name; "__main__" for the entry file
  std::string path;      ///< file path as given / resolved (CPython's __file__ spelling)
  bool isPackage = false;  ///< an `__init__.py`
  SourceFile source;
  ast::Module *tree = nullptr;
  Scope *top = nullptr;  ///< module scope
  /// Scope of every scope-introducing node (Module, FunctionDef, Lambda, comprehensions, ClassDef).
  std::unordered_map<const ast::Node *, Scope *> scopes;
  /// Resolved target module names of each Import/ImportFrom node, in alias
  /// order (for `from pkg import sub`, the entry is "pkg.sub" if `sub` is a
  /// submodule, else "pkg").
  std::unordered_map<const ast::Node *, std::vector<std::string>> imports;
};

/// A whole program: the entry module and everything it imports.
struct Program {
  Arena arena;  ///< owns every AST and Scope
  /// Modules in a deterministic order: the entry module first, then by first import.
  std::vector<std::unique_ptr<ModuleUnit>> modules;
  /// The module with the given dotted name, or nullptr.
  ModuleUnit *find(const std::string &name) const;
};

/// Loads entryPath and every local module it imports (resolved from the
/// entry file's directory, as CPython's sys.path[0]), parses them, builds
/// their symbol tables and checks them. Returns false if any diagnostic is an
/// error; all diagnostics of the run are appended to diags.
bool loadProgram(const std::string &entryPath, Program &program, std::vector<Diagnostic> &diags);

/// Formats a diagnostic for stderr: CPython's SyntaxError report for
/// kind == "SyntaxError", else "file:line:col: molt: error: message" with a
/// code frame (source line and carets) and the hint.
std::string formatDiagnostic(const Program &program, const Diagnostic &d);

}  // namespace molt::sema
