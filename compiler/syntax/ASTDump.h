// Text dump of an AST in the exact format of CPython 3.12's
// ast.dump(node, include_attributes=True).
#pragma once

#include <string>

#include "syntax/AST.h"

namespace molt {

/// Returns ast.dump(n, include_attributes=True) as CPython 3.12 prints it.
std::string dumpAST(const ast::Node *n);

/// Python's repr() of a float (shortest round-trip digits, CPython spelling).
std::string reprFloat(double v);

/// Python's repr() of a str given as WTF-8.
std::string reprStr(std::string_view wtf8);

/// Python's repr() of a bytes value.
std::string reprBytes(std::string_view bytes);

} // namespace molt
