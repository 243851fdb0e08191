// C code generation: lowers a whole checked program (sema::Program) to IR,
// verifies it and prints one C11 translation unit per Python module plus a
// `molt_main.c` holding main(). The C includes "molt/molt.h" and links with
// libmolt_rt.
#pragma once

#include <string>
#include <vector>

#include "sema/Sema.h"

namespace molt::codegen {

/// Code generation options.
struct Options {
  bool dev = false;                ///< development build (reserved: extra checks)
  bool emitLineDirectives = true;  ///< `#line N "file.py"` before each statement
};

/// One generated C translation unit.
struct CUnit {
  std::string fileName;  ///< e.g. "__main__.c", "pkg.mod.c", "molt_main.c"
  std::string code;      ///< the C source text
  bool library = false;  ///< a module of Molt's standard library (lib/)
};

/// Lowers, verifies and generates C for the whole program. Returns false and
/// appends diagnostics (kind "error") on unsupported constructs.
bool generateProgram(const sema::Program &p, const Options &o, std::vector<CUnit> &out,
                     std::vector<sema::Diagnostic> &diags);

/// Textual IR of the whole program (for `molt build --emit ir`).
std::string printProgramIR(const sema::Program &p, std::vector<sema::Diagnostic> &diags);

}  // namespace molt::codegen
