// Decoding of literal tokens into constant values.
#pragma once

#include <string>
#include <string_view>

#include "syntax/AST.h"

namespace molt {

/// Decodes the body (between the quotes) of a str literal or of an f-string
/// FSTRING_MIDDLE into WTF-8, processing escapes unless raw (including
/// \N{NAME}). Returns false with CPython's message in errMsg, e.g.
/// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape".
bool decodeStrBody(std::string_view body, bool raw, std::string &out, std::string &errMsg);

/// Decodes the body of a bytes literal. Non-ASCII characters are an error
/// ("bytes can only contain ASCII literal characters").
bool decodeBytesBody(std::string_view body, bool raw, std::string &out, std::string &errMsg);

/// Converts a NUMBER token's text (underscores, 0x/0o/0b, floats, j suffix)
/// into an Int (decimal digits in arena), Float or Complex ConstValue.
/// Fails only for CPython's int/str digit limit (errMsg set accordingly).
bool parseNumber(std::string_view text, Arena &arena, ast::ConstValue &out, std::string &errMsg);

} // namespace molt
