// Optional runtime features: parts of the runtime that are large and that
// many programs cannot reach are left out of the runtime's static tables,
// so that the linker drops them, and the generated main installs the ones a
// program may reach by calling their molt_use_* function.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ir/IR.h"

namespace molt::codegen {

/// The installers (C function names, e.g. "molt_use_list_sort") the program
/// needs, in a fixed order. Conservative: every name the program's source,
/// constants or IR mention counts as reachable, and a program that can build
/// attribute names at run time (getattr, dir, __dict__, str.format...) gets
/// every feature.
std::vector<std::string> runtimeFeatures(const std::vector<std::unique_ptr<ir::Module>> &mods);

} // namespace molt::codegen
