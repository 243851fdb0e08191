// Syntax errors as CPython reports them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace molt {

class SourceFile;

/// A SyntaxError / IndentationError / TabError with CPython's message and
/// location. Columns are 0-based UTF-8 byte offsets into their line, like AST
/// positions; end_lineno == 0 means "no end" (CPython's -1).
/// Who raised a SyntaxError; CPython shows the source line differently for
/// errors its tokenizer raises and for errors its parser raises.
enum class ErrorOrigin : uint8_t {
  Parser,         ///< the parser (including tokenizer states it reports)
  Tokenizer,      ///< the tokenizer itself (e.g. "unterminated string literal")
  TokenizerAtEof, ///< the tokenizer's end-of-file check ("'(' was never closed")
};

struct SyntaxError {
  std::string type = "SyntaxError"; ///< "SyntaxError", "IndentationError" or "TabError"
  std::string msg;
  uint32_t lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  bool noCaret = false; ///< CPython prints no caret line (e.g. "unexpected indent")
  ErrorOrigin origin = ErrorOrigin::Parser;
};

/// Writes the report `python3.12 FILE` prints to stderr for err:
///   File "F", line N / the source line / carets / Type: message
std::string formatSyntaxError(const SourceFile &src, const SyntaxError &err);

} // namespace molt
