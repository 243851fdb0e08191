// The Python 3.12 parser: tokens to a CPython-shaped AST.
#pragma once

#include "syntax/AST.h"
#include "syntax/Diagnostic.h"
#include "syntax/Source.h"

namespace molt {

/// Parses src as a module (mode "exec"). Returns nullptr and fills err with
/// CPython's SyntaxError (message and location) on invalid input. Never
/// crashes: deep nesting and huge inputs produce errors, not stack overflows.
ast::Module *parseModule(const SourceFile &src, Arena &arena, SyntaxError &err);

} // namespace molt
