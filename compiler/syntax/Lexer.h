// The Python 3.12 tokenizer: produces the token stream CPython's C tokenizer
// produces (INDENT/DEDENT, NEWLINE, PEP 701 f-string tokens), minus the
// tokens the parser never sees (COMMENT, NL, ENCODING).
//
// Positions follow `python3.12 -m tokenize`: NEWLINE covers its '\n' (text
// "\n", or "" for the newline CPython adds at the end of a file that lacks
// one); DEDENTs at EOF and ENDMARKER sit at (last line + 1, 0); other DEDENTs
// are empty at the first character of their line. Operators that CPython
// accepts only to reject them in the parser come through as tokens: '<>' is a
// NOTEQUAL whose text is "<>", '!' outside f-strings is EXCLAMATION, and '$',
// '?', '`' are a non-sticky ERRORTOKEN (errorKind() == BadChar).
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

  /// How the last ERRORTOKEN came about; CPython's parser treats them differently.
  enum class ErrorKind : uint8_t {
    None,
    /// Raised by CPython's tokenizer itself (bad literal, unterminated string,
    /// unmatched bracket, ...). When the parser fails first, CPython keeps
    /// tokenizing to the end and such an error replaces the parser's (unless
    /// it comes up inside an f-string: RaisedInFString). Reported with the
    /// whole line and character offsets (see formatSyntaxError).
    Raised,
    /// EOF inside brackets ("'(' was never closed") or after a trailing '\'
    /// ("unexpected EOF while parsing"). In the keep-tokenizing check above,
    /// CPython uses it only if the bracket's line is before the parser error's line.
    Eof,
    /// IndentationError/TabError and "unexpected character after line
    /// continuation character": reported only when the parser reaches it.
    Indent,
    /// '$', '?' or '`': CPython's parser reports "invalid syntax" at this
    /// token (error() holds that). Not sticky: next() carries on.
    BadChar,
    /// A Raised / Eof error that came up inside an f-string (literal part,
    /// replacement field or format spec). When CPython tokenizes the rest of
    /// the file after a parser error, it drops a tokenizer error raised in
    /// f-string mode so that the parser's error stands (e.g. `f'{!'` gives
    /// "valid expression required before '!'", not "expecting '}'"). Such an
    /// error is reported only when the parser reaches it.
    RaisedInFString,
    EofInFString,
  };
  ErrorKind errorKind() const { return errKind_; }

  /// SyntaxWarnings CPython's tokenizer emits (e.g. "invalid decimal literal"
  /// for `1if x else y`, "invalid escape sequence '\{'" in f-strings); only
  /// type "SyntaxWarning", msg and lineno are set.
  const std::vector<SyntaxError> &warnings() const { return warnings_; }

private:
  static constexpr int kMaxIndent = 100;      // CPython's MAXINDENT
  static constexpr int kMaxLevel = 200;       // MAXLEVEL (bracket nesting)
  static constexpr int kMaxFStringLevel = 150; // MAXFSTRINGLEVEL
  static constexpr int kMaxExprNesting = 3;   // MAX_EXPR_NESTING

  /// Tokenizer mode: regular code, or the literal part of an f-string.
  struct Mode {
    bool fstring = false;   ///< currently scanning f-string literal text
    bool raw = false;
    char quote = 0;
    uint8_t quoteSize = 0;
    int curlyDepth = 0;     ///< brackets open inside the replacement fields
    int exprStartDepth = -1; ///< curlyDepth where the innermost field started
    bool lastExprEnd = false; ///< the field's expression has ended (':' '!' '}')
    const char *start = nullptr;     ///< the f-string's first prefix char
    const char *lineStartAt = nullptr; ///< start of its first line
    uint32_t lineno = 0;
  };

  int nextc();
  void backup(int c);
  int loadLine();

  Tok lexNormal(Token &t);
  Tok lexFString(Token &t);
  Tok lexNumber(Token &t, int c, bool fraction);
  void setToken(Token &t, Tok k, const char *ps, const char *pe, bool stringLit = false);
  Tok raise(const char *msg);                       // at cur_
  Tok raiseRange(const char *msg, int col, int endCol); // 1-based char offsets on this line
  Tok fail(ErrorKind kind, const char *type, const char *msg, uint32_t lineno, long offset,
           uint32_t endLineno, long endOffset);
  Tok indentError(int which);
  Tok eofError();
  bool verifyEndOfNumber(int c, const char *kind);
  bool lookahead(const char *s);
  int decimalTail();
  bool verifyIdentifier();
  void warn(const std::string &msg);
  long charOffset(const char *from, const char *to) const;

  const SourceFile &src_;
  SyntaxError error_;
  ErrorKind errKind_ = ErrorKind::None;
  bool failed_ = false;
  Token errTok_;
  std::vector<SyntaxError> warnings_;

  const char *buf_ = nullptr, *end_ = nullptr, *effEnd_ = nullptr;
  const char *cur_ = nullptr, *lineStart_ = nullptr, *lineEnd_ = nullptr;
  const char *tokStart_ = nullptr;
  const char *multiLineStart_ = nullptr;
  const char *bufStart_ = nullptr; ///< start of CPython's line buffer
  uint32_t lineno_ = 0, firstLineno_ = 0;
  bool eof_ = false;
  bool atbol_ = true;
  int pendin_ = 0;
  int indent_ = 0;
  int indstack_[kMaxIndent] = {0};
  int altindstack_[kMaxIndent] = {0};
  int level_ = 0;
  char parenstack_[kMaxLevel] = {0};
  uint32_t parenline_[kMaxLevel] = {0};
  uint32_t parencol_[kMaxLevel] = {0};
  int modeIdx_ = 0;
  std::vector<Mode> modes_;
};

} // namespace molt
