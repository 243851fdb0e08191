// Semantic analysis: the module graph of a whole program (static import
// resolution) and the symbol tables of every module, plus the compile-time
// errors CPython raises after parsing and the constructs Molt refuses.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
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
  std::string hint; ///< optional "help: ..." line for refusals
  /// A SyntaxError of the tokenizer/parser (or of decoding the file): the
  /// parser's own record, printed with formatSyntaxError as is.
  bool fromParser = false;
  SyntaxError parserError;
};

/// A compile-time warning CPython prints when it compiles a module (e.g. a
/// SyntaxWarning for `x is "a"`); 1-based line.
struct Warning {
  uint32_t line = 0;
  std::string category = "SyntaxWarning";
  std::string message;
};

/// One Python module of the program.
struct ModuleUnit {
  std::string name;       ///< dotted module name; "__main__" for the entry file
  std::string path;       ///< file path as given / resolved (CPython's __file__ spelling)
  bool isPackage = false; ///< an `__init__.py`
  bool library = false;   ///< from Molt's standard library (LoadOptions::libDirs)
  SourceFile source;
  ast::Module *tree = nullptr; ///< nullptr if the module failed to decode or parse
  Scope *top = nullptr;        ///< module scope
  /// Scope of every scope-introducing node (Module, FunctionDef, Lambda, comprehensions, ClassDef).
  std::unordered_map<const ast::Node *, Scope *> scopes;
  /// Resolved target module names of each Import/ImportFrom node, in alias
  /// order (for `from pkg import sub`, the entry is "pkg.sub" if `sub` is a
  /// submodule, else "pkg").
  std::unordered_map<const ast::Node *, std::vector<std::string>> imports;
  /// Compile-time warnings in CPython's emission order (see collectWarnings).
  std::vector<Warning> warnings;
};

/// A whole program: the entry module and everything it imports.
struct Program {
  Arena arena;                                    ///< owns every AST
  std::vector<std::unique_ptr<Scope>> scopeStore; ///< owns every Scope
  /// Modules in a deterministic order: the entry module first, then by first import.
  std::vector<std::unique_ptr<ModuleUnit>> modules;
  /// The module with the given dotted name, or nullptr.
  ModuleUnit *find(const std::string &name) const;
};

/// Constructs Molt does not compile yet; each set bit makes loadProgram
/// refuse the construct with "`X` is not supported yet". Clear a bit when
/// the back end supports the construct.
enum PendingFeature : uint32_t {
  kPendingClasses = 1,     ///< unused: `class` definitions are compiled now
  kPendingGenerators = 2,  ///< yield, yield from, generator expressions
  kPendingCoroutines = 4,  ///< async def, await, async for/with, async comprehensions
  kPendingMatch = 8,       ///< unused: `match` statements are compiled now
  kPendingExceptStar = 16, ///< `except*`
  kPendingTypeParams = 32, ///< PEP 695 type parameters and `type` aliases
  kPendingAll = 63,
};

/// Options of loadProgram.
struct LoadOptions {
  uint32_t pending = kPendingAll; ///< PendingFeature bits refused
  /// Directories holding Molt's Python-source standard library (lib/),
  /// searched after the entry file's directory.
  std::vector<std::string> libDirs;
};

/// True if `name` is one of Molt's built-in (runtime-implemented) modules.
bool isBuiltinModule(std::string_view name);

/// Loads entryPath and every local module it imports (resolved from the
/// entry file's directory, as CPython's sys.path[0]), parses them, builds
/// their symbol tables and checks them. Returns false if any diagnostic is an
/// error; all diagnostics of the run are appended to diags.
bool loadProgram(const std::string &entryPath, Program &program, std::vector<Diagnostic> &diags);
/// loadProgram with explicit options.
bool loadProgram(const std::string &entryPath, Program &program, std::vector<Diagnostic> &diags,
                 const LoadOptions &options);

/// Adds one module read from `bytes` (decoded, parsed, symbol tables built;
/// no import resolution, no checks). Returns nullptr after appending the
/// SyntaxError diagnostic if decoding, parsing or the symbol table fails.
ModuleUnit *addModule(Program &program, std::string name, std::string path, std::string bytes,
                      std::vector<Diagnostic> &diags);

/// Builds unit's symbol tables (CPython 3.12 symtable rules). On a symtable
/// SyntaxError (CPython stops at the first) appends it and returns false.
bool buildScopes(Program &program, ModuleUnit &unit, std::vector<Diagnostic> &diags);

/// Appends the compile-time SyntaxError CPython's compiler would raise for
/// unit (at most one, the first in compilation order); if there is none,
/// appends every refusal (Molt error) of unit. Returns false if it appended
/// anything.
bool checkModule(const Program &program, const ModuleUnit &unit, const LoadOptions &options,
                 std::vector<Diagnostic> &diags);

/// Dumps a scope tree in the format of tests/sema/symtable_dump.py (the view
/// python3.12's `symtable` module gives: inlined comprehensions hidden,
/// their children shown in their place).
std::string dumpScopes(const Scope &top);

/// Sorts diagnostics by module order (the program's module list), then line and column.
void sortDiagnostics(const Program &program, std::vector<Diagnostic> &diags);

/// Formats a diagnostic for stderr: CPython's SyntaxError report for
/// kind == "SyntaxError", else "file:line:col: molt: error: message" with a
/// code frame (source line and carets) and the hint.
std::string formatDiagnostic(const Program &program, const Diagnostic &d);

/// Fills unit.warnings with the SyntaxWarnings CPython 3.12 emits when it
/// compiles unit (tokenizer, string decoding, then compiler checks).
void collectWarnings(ModuleUnit &unit);
/// Formats warnings as CPython's warnings module prints them to stderr
/// ("file:line: SyntaxWarning: msg\n  source line\n"); "" if none.
std::string formatWarnings(const ModuleUnit &unit, const std::string &filename);
/// Remembers the warnings of every module of program (for code generation).
void registerWarnings(const Program &program);
/// The formatted warnings of the registered module `name` with `filename`; "" if none.
std::string compileWarningsText(const std::string &name, const std::string &filename);

} // namespace molt::sema
