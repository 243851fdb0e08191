// The Python 3.12 tokenizer: produces the token stream CPython's C tokenizer
// produces (INDENT/DEDENT, NEWLINE, PEP 701 f-string tokens), minus the
// tokens the parser never sees (COMMENT, NL, ENCODING).
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/Diagnostic.h"
#include "syntax/Source.h"
#include "syntax/Token.h"

namespace molt {

/// Pull-style tokenizer over a decoded SourceFile.
class Lexer {
public:
  explicit Lexer(const SourceFile &src);

  /// Returns the next token. After a lexical error it returns ERRORTOKEN
  /// (forever) and error() holds CPython's SyntaxError/IndentationError/TabError.
  Token next();

  /// The error behind the last ERRORTOKEN.
  const SyntaxError &error() const { return error_; }

private:
  const SourceFile &src_;
  SyntaxError error_;
  // (the tokenizer's private state goes here)
};

} // namespace molt
