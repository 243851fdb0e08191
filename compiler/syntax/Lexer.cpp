// The Python 3.12 tokenizer. See Lexer.h.
//
// The lexer reads the decoded text one "physical line" at a time, like
// CPython's tokenizer: `lineno_`/`lineStart_` only move to the next line when
// a character of it is read (so a token ending with '\n' still belongs to its
// line). Reading goes through nextc()/backup() so that error locations, which
// CPython derives from its read position, come out the same.
#include "syntax/Lexer.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "syntax/Unicode.h"

namespace molt {

namespace {

constexpr int kEOF = -1;

// Character classes over bytes (non-ASCII bytes may be part of identifiers).
enum : uint8_t { kIdStart = 1, kIdChar = 2 };
struct CharTable {
  uint8_t t[256] = {};
  constexpr CharTable() {
    for (int c = 0; c < 256; c++) {
      bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
      bool digit = c >= '0' && c <= '9';
      t[c] = (letter ? kIdStart : 0) | ((letter || digit) ? kIdChar : 0);
    }
  }
};
constexpr CharTable kChars;

inline bool isIdStartByte(int c) { return c >= 0 && (kChars.t[c] & kIdStart); }
inline bool isIdCharByte(int c) { return c >= 0 && (kChars.t[c] & kIdChar); }
inline bool isDigit(int c) { return c >= '0' && c <= '9'; }
inline bool isXDigit(int c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

struct Keyword {
  std::string_view text;
  Tok kind;
};
constexpr Keyword kKeywords[] = {
#define TOKEN(Name, Spelling)
#define KEYWORD(Name) {#Name, Tok::KW_##Name},
#include "syntax/Token.def"
};

Tok keywordOrName(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return Tok::NAME;
  for (const Keyword &k : kKeywords)
    if (k.text.size() == s.size() && k.text[0] == s[0] && k.text == s) return k.kind;
  return Tok::NAME;
}

Tok oneChar(int c) {
  switch (c) {
  case '%': return Tok::PERCENT;
  case '&': return Tok::AMPER;
  case '(': return Tok::LPAR;
  case ')': return Tok::RPAR;
  case '*': return Tok::STAR;
  case '+': return Tok::PLUS;
  case ',': return Tok::COMMA;
  case '-': return Tok::MINUS;
  case '.': return Tok::DOT;
  case '/': return Tok::SLASH;
  case ':': return Tok::COLON;
  case ';': return Tok::SEMI;
  case '<': return Tok::LESS;
  case '=': return Tok::EQUAL;
  case '>': return Tok::GREATER;
  case '@': return Tok::AT;
  case '[': return Tok::LSQB;
  case ']': return Tok::RSQB;
  case '^': return Tok::CIRCUMFLEX;
  case '{': return Tok::LBRACE;
  case '|': return Tok::VBAR;
  case '}': return Tok::RBRACE;
  case '~': return Tok::TILDE;
  case '!': return Tok::EXCLAMATION;
  default: return Tok::ERRORTOKEN;
  }
}

/// Two-character operators; ERRORTOKEN if (c1, c2) is none.
Tok twoChars(int c1, int c2) {
  switch (c1) {
  case '!': return c2 == '=' ? Tok::NOTEQUAL : Tok::ERRORTOKEN;
  case '%': return c2 == '=' ? Tok::PERCENTEQUAL : Tok::ERRORTOKEN;
  case '&': return c2 == '=' ? Tok::AMPEREQUAL : Tok::ERRORTOKEN;
  case '*':
    if (c2 == '*') return Tok::DOUBLESTAR;
    return c2 == '=' ? Tok::STAREQUAL : Tok::ERRORTOKEN;
  case '+': return c2 == '=' ? Tok::PLUSEQUAL : Tok::ERRORTOKEN;
  case '-':
    if (c2 == '=') return Tok::MINEQUAL;
    return c2 == '>' ? Tok::RARROW : Tok::ERRORTOKEN;
  case '/':
    if (c2 == '/') return Tok::DOUBLESLASH;
    return c2 == '=' ? Tok::SLASHEQUAL : Tok::ERRORTOKEN;
  case ':': return c2 == '=' ? Tok::COLONEQUAL : Tok::ERRORTOKEN;
  case '<':
    if (c2 == '<') return Tok::LEFTSHIFT;
    if (c2 == '=') return Tok::LESSEQUAL;
    return c2 == '>' ? Tok::NOTEQUAL : Tok::ERRORTOKEN; // "<>": the parser rejects it
  case '=': return c2 == '=' ? Tok::EQEQUAL : Tok::ERRORTOKEN;
  case '>':
    if (c2 == '=') return Tok::GREATEREQUAL;
    return c2 == '>' ? Tok::RIGHTSHIFT : Tok::ERRORTOKEN;
  case '@': return c2 == '=' ? Tok::ATEQUAL : Tok::ERRORTOKEN;
  case '^': return c2 == '=' ? Tok::CIRCUMFLEXEQUAL : Tok::ERRORTOKEN;
  case '|': return c2 == '=' ? Tok::VBAREQUAL : Tok::ERRORTOKEN;
  default: return Tok::ERRORTOKEN;
  }
}

/// Three-character operators; ERRORTOKEN if none.
Tok threeChars(int c1, int c2, int c3) {
  if (c3 != '=') {
    if (c1 == '.' && c2 == '.' && c3 == '.') return Tok::ELLIPSIS;
    return Tok::ERRORTOKEN;
  }
  if (c1 == '*' && c2 == '*') return Tok::DOUBLESTAREQUAL;
  if (c1 == '/' && c2 == '/') return Tok::DOUBLESLASHEQUAL;
  if (c1 == '<' && c2 == '<') return Tok::LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return Tok::RIGHTSHIFTEQUAL;
  return Tok::ERRORTOKEN;
}

std::string format(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return std::string();
  return std::string(buf, static_cast<size_t>(n) < sizeof buf ? static_cast<size_t>(n) : sizeof buf - 1);
}

} // namespace

Lexer::Lexer(const SourceFile &src) : src_(src) {
  std::string_view text = src.text();
  buf_ = text.data();
  end_ = buf_ + text.size();
  // CPython adds the missing newline at the end of a non-empty last line.
  bool implicitNewline = !text.empty() && text.back() != '\n';
  effEnd_ = end_ + (implicitNewline ? 1 : 0);
  cur_ = lineStart_ = lineEnd_ = multiLineStart_ = bufStart_ = buf_;
  modes_.resize(kMaxFStringLevel + 1);
}

// ---------------------------------------------------------------------------
// Reading characters.

inline int Lexer::nextc() {
  if (cur_ < lineEnd_) {
    if (cur_ < end_) return static_cast<unsigned char>(*cur_++);
    cur_++; // the implicit final newline
    return '\n';
  }
  return loadLine();
}

int Lexer::loadLine() {
  if (lineEnd_ >= effEnd_) {
    eof_ = true;
    return kEOF;
  }
  lineStart_ = lineEnd_;
  lineno_++;
  // CPython refills its line buffer only between tokens and outside f-strings;
  // "unexpected character after line continuation" counts from its start.
  if (!tokStart_ && modeIdx_ == 0) bufStart_ = lineStart_;
  const void *nl = std::memchr(lineStart_, '\n', static_cast<size_t>(end_ - lineStart_));
  lineEnd_ = nl ? static_cast<const char *>(nl) + 1 : effEnd_;
  if (cur_ < end_) return static_cast<unsigned char>(*cur_++);
  cur_++;
  return '\n';
}

inline void Lexer::backup(int c) {
  if (c != kEOF) cur_--;
}

long Lexer::charOffset(const char *from, const char *to) const {
  long n = 0;
  if (to > end_) {
    n += to - end_;
    to = end_;
  }
  for (const char *p = from; p < to; p++)
    if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Tokens and errors.

void Lexer::setToken(Token &t, Tok k, const char *ps, const char *pe, bool stringLit) {
  const char *ls = stringLit ? multiLineStart_ : lineStart_;
  t.kind = k;
  t.lineno = stringLit ? firstLineno_ : lineno_;
  t.col = static_cast<uint32_t>(ps - ls);
  t.end_lineno = lineno_;
  t.end_col = static_cast<uint32_t>(pe - lineStart_);
  t.offset = static_cast<uint32_t>(ps - buf_);
  const char *te = pe < end_ ? pe : end_;
  t.text = std::string_view(ps, te > ps ? static_cast<size_t>(te - ps) : 0);
}

Tok Lexer::fail(ErrorKind kind, const char *type, const char *msg, uint32_t lineno, long offset,
                uint32_t endLineno, long endOffset) {
  error_ = SyntaxError();
  error_.type = type;
  error_.msg = msg;
  error_.lineno = lineno;
  if (offset > 0) {
    error_.col = static_cast<uint32_t>(offset - 1);
  } else {
    error_.col = 0;
    error_.noCaret = true; // CPython's offset 0 points left of the text
  }
  if (endOffset > 0) {
    error_.end_lineno = endLineno;
    error_.end_col = static_cast<uint32_t>(endOffset - 1);
  }
  errKind_ = kind;
  // Errors the tokenizer raises itself are shown differently from the
  // tokenizer states the parser reports (indentation, continuation, ...).
  error_.origin = kind == ErrorKind::Raised ? ErrorOrigin::Tokenizer
                  : kind == ErrorKind::Eof  ? ErrorOrigin::TokenizerAtEof
                                            : ErrorOrigin::Parser;
  return Tok::ERRORTOKEN;
}

Tok Lexer::raise(const char *msg) {
  long off = charOffset(lineStart_, cur_);
  return fail(ErrorKind::Raised, "SyntaxError", msg, lineno_, off, lineno_, off);
}

Tok Lexer::raiseRange(const char *msg, int col, int endCol) {
  return fail(ErrorKind::Raised, "SyntaxError", msg, lineno_, col, lineno_, endCol);
}

// which: 0 = inconsistent tabs, 1 = too deep, 2 = dedent mismatch, 3 = line continuation
Tok Lexer::indentError(int which) {
  switch (which) {
  case 0:
    return fail(ErrorKind::Indent, "TabError", "inconsistent use of tabs and spaces in indentation",
                lineno_, 1, lineno_, 0);
  case 1:
    return fail(ErrorKind::Indent, "IndentationError", "too many levels of indentation", lineno_, 1,
                lineno_, 0);
  case 2:
    cur_ = lineEnd_;
    return fail(ErrorKind::Indent, "IndentationError",
                "unindent does not match any outer indentation level", lineno_,
                lineEnd_ - lineStart_, lineno_, -1);
  default:
    return fail(ErrorKind::Indent, "SyntaxError",
                "unexpected character after line continuation character", lineno_,
                cur_ - bufStart_, lineno_, 0);
  }
}

Tok Lexer::eofError() {
  if (level_ > 0) {
    char msg[64];
    std::snprintf(msg, sizeof msg, "'%c' was never closed", parenstack_[level_ - 1]);
    uint32_t line = parenline_[level_ - 1];
    return fail(ErrorKind::Eof, "SyntaxError", msg, line, parencol_[level_ - 1] + 1, line, 0);
  }
  cur_ = lineEnd_;
  return fail(ErrorKind::Eof, "SyntaxError", "unexpected EOF while parsing", lineno_,
              lineEnd_ - lineStart_, lineno_, -1);
}

void Lexer::warn(const std::string &msg) {
  SyntaxError w;
  w.type = "SyntaxWarning";
  w.msg = msg;
  w.lineno = lineno_;
  warnings_.push_back(std::move(w));
}

Token Lexer::next() {
  if (failed_) return errTok_;
  Token t;
  Tok k = modes_[modeIdx_].fstring ? lexFString(t) : lexNormal(t);
  if (k == Tok::ERRORTOKEN) {
    if (errKind_ == ErrorKind::BadChar) return t;
    if (modeIdx_ > 0) {
      if (errKind_ == ErrorKind::Raised) errKind_ = ErrorKind::RaisedInFString;
      if (errKind_ == ErrorKind::Eof) errKind_ = ErrorKind::EofInFString;
    }
    failed_ = true;
    errTok_ = Token();
    errTok_.kind = Tok::ERRORTOKEN;
    errTok_.lineno = errTok_.end_lineno = error_.lineno;
    errTok_.col = errTok_.end_col = error_.col;
    const char *p = cur_ < end_ ? cur_ : end_;
    errTok_.offset = static_cast<uint32_t>(p - buf_);
    errTok_.text = std::string_view(p, 0);
    return errTok_;
  }
  if (k == Tok::ENDMARKER || (k == Tok::DEDENT && eof_)) {
    // Trailing tokens sit on the line after the last one, as in tokenize.
    t.lineno = t.end_lineno = lineno_ + 1;
    t.col = t.end_col = 0;
    t.offset = static_cast<uint32_t>(end_ - buf_);
    t.text = std::string_view(end_, 0);
  }
  return t;
}

// ---------------------------------------------------------------------------
// Helpers of the regular mode.

bool Lexer::lookahead(const char *s) {
  const char *p = s;
  for (;;) {
    int c = nextc();
    if (*p == 0) {
      bool res = !isIdCharByte(c);
      backup(c);
      while (p != s) backup(*--p);
      return res;
    }
    if (c == static_cast<unsigned char>(*p)) {
      p++;
      continue;
    }
    backup(c);
    while (p != s) backup(*--p);
    return false;
  }
}

bool Lexer::verifyEndOfNumber(int c, const char *kind) {
  // CPython warns when a number runs into a keyword that may follow it in
  // valid code (`1if x else y`), and rejects any other identifier character.
  bool r = false;
  switch (c) {
  case 'a': r = lookahead("nd"); break;
  case 'e': r = lookahead("lse"); break;
  case 'f': r = lookahead("or"); break;
  case 'i': {
    int c2 = nextc();
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(c2);
    break;
  }
  case 'o': r = lookahead("r"); break;
  case 'n': r = lookahead("ot"); break;
  default: break;
  }
  if (r) {
    backup(c);
    warn(format("invalid %s literal", kind));
    nextc();
    return true;
  }
  if (c >= 0 && c < 128 && isIdCharByte(c)) {
    backup(c);
    raise(format("invalid %s literal", kind).c_str());
    return false;
  }
  return true;
}

int Lexer::decimalTail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (isDigit(c));
    if (c != '_') break;
    c = nextc();
    if (!isDigit(c)) {
      backup(c);
      raise("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

bool Lexer::verifyIdentifier() {
  std::string_view name(tokStart_, static_cast<size_t>(cur_ - tokStart_));
  size_t i = 0, index = 0;
  while (i < name.size()) {
    size_t at = i;
    char32_t ch;
    if (!unicode::decodeUtf8(name, i, ch)) {
      ch = static_cast<unsigned char>(name[i]);
      i++;
    }
    bool ok = index == 0 ? unicode::isIdStart(ch) : unicode::isIdContinue(ch);
    if (!ok) {
      if (i < name.size()) cur_ = tokStart_ + i; // point just after the bad character
      std::string msg;
      if (unicode::isPrintable(ch)) {
        msg = "invalid character '";
        msg.append(name.substr(at, i - at));
        msg += format("' (U+%04X)", static_cast<unsigned>(ch));
      } else {
        msg = format("invalid non-printable character U+%04X", static_cast<unsigned>(ch));
      }
      raise(msg.c_str());
      return false;
    }
    index++;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Regular mode.

Tok Lexer::lexNormal(Token &t) {
  Mode &cm = modes_[modeIdx_];
  int c = 0;
  bool blankline = false;

nextline:
  tokStart_ = nullptr;
  blankline = false;

  // Indentation at the beginning of a line.
  if (atbol_) {
    int col = 0, altcol = 0, contLineCol = 0;
    atbol_ = false;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        col++;
        altcol++;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        // The first backslash preceded by whitespace fixes the indentation.
        contLineCol = contLineCol ? contLineCol : col;
        c = nextc();
        if (c == '\r') c = nextc();
        if (c != '\n') return indentError(3);
        c = nextc();
        if (c == kEOF) {
          // CPython's buffer was empty here: the error has offset 0 (no caret).
          eofError();
          if (!level_) error_.noCaret = true;
          return Tok::ERRORTOKEN;
        }
        backup(c);
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n' || c == '\r') blankline = true; // ignored for indentation
    if (!blankline && level_ == 0) {
      if (contLineCol) col = altcol = contLineCol;
      if (col == indstack_[indent_]) {
        if (altcol != altindstack_[indent_]) return indentError(0);
      } else if (col > indstack_[indent_]) {
        if (indent_ + 1 >= kMaxIndent) {
          cur_ = lineEnd_;
          return indentError(1);
        }
        if (altcol <= altindstack_[indent_]) return indentError(0);
        pendin_++;
        indstack_[++indent_] = col;
        altindstack_[indent_] = altcol;
      } else {
        while (indent_ > 0 && col < indstack_[indent_]) {
          pendin_--;
          indent_--;
        }
        if (col != indstack_[indent_]) return indentError(2);
        if (altcol != altindstack_[indent_]) return indentError(0);
      }
    }
  }

  tokStart_ = cur_;
  if (pendin_ != 0) {
    if (pendin_ < 0) {
      pendin_++;
      setToken(t, Tok::DEDENT, cur_, cur_);
      return Tok::DEDENT;
    }
    pendin_--;
    setToken(t, Tok::INDENT, lineStart_, cur_);
    return Tok::INDENT;
  }

again:
  tokStart_ = nullptr;
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\f');
  tokStart_ = cur_ - 1;

  if (c == '#') {
    // Skip the comment (never crosses its line; the line always ends in '\n').
    cur_ = lineEnd_ - 1;
    c = nextc();
    tokStart_ = cur_ - 1; // NEWLINE after a comment starts at the '\n', as in tokenize
  }

  if (c == kEOF) {
    if (level_) return eofError();
    setToken(t, Tok::ENDMARKER, cur_, cur_);
    return Tok::ENDMARKER;
  }

  // Identifiers, keywords, and string prefixes.
  if (isIdStartByte(c)) {
    bool sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
        sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
        sawU = true;
      else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
        sawR = true;
      else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
        sawF = true;
      else
        break;
      c = nextc();
      if (c == '"' || c == '\'') {
        if (sawF) goto fstring_quote;
        goto letter_quote;
      }
    }
    bool nonascii = c >= 128;
    if (isIdCharByte(c)) {
      // Fast scan: identifier characters never include '\n' and the buffer
      // ends in '\0', so this stays within the current line.
      const char *p = cur_;
      while (isIdCharByte(static_cast<unsigned char>(*p))) {
        nonascii |= (static_cast<unsigned char>(*p) >= 128);
        p++;
      }
      cur_ = p;
    } else {
      backup(c);
    }
    if (nonascii) {
      if (!verifyIdentifier()) return Tok::ERRORTOKEN;
      setToken(t, Tok::NAME, tokStart_, cur_);
      return Tok::NAME;
    }
    setToken(t, Tok::NAME, tokStart_, cur_);
    t.kind = keywordOrName(t.text);
    return t.kind;
  }

  if (c == '\r') c = nextc();

  if (c == '\n') {
    atbol_ = true;
    if (blankline || level_ > 0) goto nextline;
    setToken(t, Tok::NEWLINE, tokStart_, cur_);
    return Tok::NEWLINE;
  }

  if (c == '.') {
    c = nextc();
    if (isDigit(c)) return lexNumber(t, c, true);
    if (c == '.') {
      c = nextc();
      if (c == '.') {
        setToken(t, Tok::ELLIPSIS, tokStart_, cur_);
        return Tok::ELLIPSIS;
      }
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    setToken(t, Tok::DOT, tokStart_, cur_);
    return Tok::DOT;
  }

  if (isDigit(c)) return lexNumber(t, c, false);

  if (c == '"' || c == '\'') goto letter_quote;

  if (c == '\\') {
    c = nextc();
    if (c == '\r') c = nextc();
    if (c != '\n') return indentError(3);
    c = nextc();
    if (c == kEOF) return eofError();
    backup(c);
    goto again;
  }

  {
    // ':' '}' '!' '{' at the top level of an f-string replacement field.
    if ((c == ':' || c == '}' || c == '!' || c == '{') && modeIdx_ > 0 && cm.exprStartDepth >= 0) {
      int cursor = cm.curlyDepth - (c != '{');
      if (cursor == 0) cm.lastExprEnd = (c != '{');
      if (c == ':' && cursor == cm.exprStartDepth) {
        cm.fstring = true; // the format spec follows
        setToken(t, Tok::COLON, tokStart_, cur_);
        return Tok::COLON;
      }
    }

    int c2 = nextc();
    Tok k2 = twoChars(c, c2);
    if (k2 != Tok::ERRORTOKEN) {
      int c3 = nextc();
      Tok k3 = threeChars(c, c2, c3);
      if (k3 != Tok::ERRORTOKEN)
        k2 = k3;
      else
        backup(c3);
      setToken(t, k2, tokStart_, cur_);
      return k2;
    }
    backup(c2);

    switch (c) {
    case '(':
    case '[':
    case '{':
      if (level_ >= kMaxLevel) return raise("too many nested parentheses");
      parenstack_[level_] = static_cast<char>(c);
      parenline_[level_] = lineno_;
      parencol_[level_] = static_cast<uint32_t>(tokStart_ - lineStart_);
      level_++;
      if (modeIdx_ > 0) cm.curlyDepth++;
      break;
    case ')':
    case ']':
    case '}': {
      if (modeIdx_ > 0 && cm.curlyDepth == 0 && c == '}')
        return raise("f-string: single '}' is not allowed");
      if (!level_) return raise(format("unmatched '%c'", c).c_str());
      level_--;
      int opening = parenstack_[level_];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        if (modeIdx_ > 0 && opening == '{' && cm.curlyDepth - 1 == cm.exprStartDepth)
          return raise(format("f-string: unmatched '%c'", c).c_str());
        if (parenline_[level_] != lineno_)
          return raise(format("closing parenthesis '%c' does not match opening parenthesis '%c' on line %u",
                              c, opening, parenline_[level_])
                           .c_str());
        return raise(
            format("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening).c_str());
      }
      if (modeIdx_ > 0) {
        cm.curlyDepth--;
        if (c == '}' && cm.curlyDepth == cm.exprStartDepth) {
          cm.exprStartDepth--;
          cm.fstring = true;
        }
      }
      break;
    }
    default:
      break;
    }

    if (c < 0x20 || c == 0x7F) return raise(format("invalid non-printable character U+%04X", c).c_str());

    Tok k = oneChar(c);
    setToken(t, k, tokStart_, cur_);
    if (k == Tok::ERRORTOKEN) {
      // '$', '?', '`': CPython's tokenizer returns a generic OP and its parser
      // reports "invalid syntax" there.
      fail(ErrorKind::BadChar, "SyntaxError", "invalid syntax", lineno_, t.col + 1, lineno_, t.end_col + 1);
      t.kind = Tok::ERRORTOKEN;
    }
    return k;
  }

fstring_quote : {
  int quote = c, quoteSize = 1;
  firstLineno_ = lineno_;
  multiLineStart_ = lineStart_;
  int afterQuote = nextc();
  if (afterQuote == quote) {
    int afterAfter = nextc();
    if (afterAfter == quote) {
      quoteSize = 3;
    } else {
      backup(afterAfter);
      backup(afterQuote);
    }
  }
  if (afterQuote != quote) backup(afterQuote);
  if (modeIdx_ + 1 >= kMaxFStringLevel) return raise("too many nested f-strings");
  setToken(t, Tok::FSTRING_START, tokStart_, cur_);
  Mode &m = modes_[++modeIdx_];
  m = Mode();
  m.fstring = true;
  m.quote = static_cast<char>(quote);
  m.quoteSize = static_cast<uint8_t>(quoteSize);
  m.start = tokStart_;
  m.lineStartAt = lineStart_;
  m.lineno = lineno_;
  char p0 = tokStart_[0];
  m.raw = (p0 == 'r' || p0 == 'R') || tokStart_[1] == 'r' || tokStart_[1] == 'R';
  return Tok::FSTRING_START;
}

letter_quote : {
  int quote = c, quoteSize = 1, endQuoteSize = 0;
  firstLineno_ = lineno_;
  multiLineStart_ = lineStart_;
  c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote)
      quoteSize = 3;
    else
      endQuoteSize = 1; // empty string
  }
  if (c != quote) backup(c);

  while (endQuoteSize != quoteSize) {
    c = nextc();
    if (c == kEOF || (quoteSize == 1 && c == '\n')) {
      uint32_t detected = lineno_;
      cur_ = tokStart_ + 1;
      lineStart_ = multiLineStart_;
      lineno_ = firstLineno_;
      if (modeIdx_ > 0) {
        const Mode &fm = modes_[modeIdx_];
        if (fm.quote == quote && fm.quoteSize == quoteSize) return raise("f-string: expecting '}'");
      }
      if (quoteSize == 3)
        return raise(format("unterminated triple-quoted string literal (detected at line %u)", detected).c_str());
      return raise(format("unterminated string literal (detected at line %u)", detected).c_str());
    }
    if (c == quote) {
      endQuoteSize++;
    } else {
      endQuoteSize = 0;
      if (c == '\\') nextc(); // skip the escaped character
    }
  }
  setToken(t, Tok::STRING, tokStart_, cur_, true);
  return Tok::STRING;
}
}

Tok Lexer::lexNumber(Token &t, int c, bool fraction) {
  if (fraction) goto fraction;
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!isXDigit(c)) {
          backup(c);
          return raise("invalid hexadecimal literal");
        }
        do {
          c = nextc();
        } while (isXDigit(c));
      } while (c == '_');
      if (!verifyEndOfNumber(c, "hexadecimal")) return Tok::ERRORTOKEN;
    } else if (c == 'o' || c == 'O') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= '8') {
          if (isDigit(c)) return raise(format("invalid digit '%c' in octal literal", c).c_str());
          backup(c);
          return raise("invalid octal literal");
        }
        do {
          c = nextc();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (isDigit(c)) return raise(format("invalid digit '%c' in octal literal", c).c_str());
      if (!verifyEndOfNumber(c, "octal")) return Tok::ERRORTOKEN;
    } else if (c == 'b' || c == 'B') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c != '0' && c != '1') {
          if (isDigit(c)) return raise(format("invalid digit '%c' in binary literal", c).c_str());
          backup(c);
          return raise("invalid binary literal");
        }
        do {
          c = nextc();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (isDigit(c)) return raise(format("invalid digit '%c' in binary literal", c).c_str());
      if (!verifyEndOfNumber(c, "binary")) return Tok::ERRORTOKEN;
    } else {
      bool nonzero = false;
      // Leading zeros: "0", "00", "0_0" are fine, "012" is not.
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!isDigit(c)) {
            backup(c);
            return raise("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      const char *zerosEnd = cur_;
      if (isDigit(c)) {
        nonzero = true;
        c = decimalTail();
        if (c == 0) return Tok::ERRORTOKEN;
      }
      if (c == '.') {
        c = nextc();
        goto fraction;
      } else if (c == 'e' || c == 'E') {
        goto exponent;
      } else if (c == 'j' || c == 'J') {
        goto imaginary;
      } else if (nonzero) {
        backup(c);
        return raiseRange("leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers",
                          static_cast<int>(tokStart_ + 1 - lineStart_),
                          static_cast<int>(zerosEnd - lineStart_));
      }
      if (!verifyEndOfNumber(c, "decimal")) return Tok::ERRORTOKEN;
    }
  } else {
    c = decimalTail();
    if (c == 0) return Tok::ERRORTOKEN;
    if (c == '.') {
      c = nextc();
    fraction:
      if (isDigit(c)) {
        c = decimalTail();
        if (c == 0) return Tok::ERRORTOKEN;
      }
    }
    if (c == 'e' || c == 'E') {
    exponent:
      int e = c;
      c = nextc();
      if (c == '+' || c == '-') {
        c = nextc();
        if (!isDigit(c)) {
          backup(c);
          return raise("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        backup(c);
        if (!verifyEndOfNumber(e, "decimal")) return Tok::ERRORTOKEN;
        backup(e);
        setToken(t, Tok::NUMBER, tokStart_, cur_);
        return Tok::NUMBER;
      }
      c = decimalTail();
      if (c == 0) return Tok::ERRORTOKEN;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
      c = nextc();
      if (!verifyEndOfNumber(c, "imaginary")) return Tok::ERRORTOKEN;
    } else if (!verifyEndOfNumber(c, "decimal")) {
      return Tok::ERRORTOKEN;
    }
  }
  backup(c);
  setToken(t, Tok::NUMBER, tokStart_, cur_);
  return Tok::NUMBER;
}

// ---------------------------------------------------------------------------
// F-string literal text (FSTRING_MIDDLE / FSTRING_END).

Tok Lexer::lexFString(Token &t) {
  Mode &cm = modes_[modeIdx_];
  tokStart_ = cur_;
  firstLineno_ = lineno_;

  // A replacement field right away: nothing to emit before it.
  int startChar = nextc();
  if (startChar == '{') {
    int peek = nextc();
    backup(peek);
    backup(startChar);
    if (peek != '{') {
      cm.exprStartDepth++;
      if (cm.exprStartDepth >= kMaxExprNesting) return raise("f-string: expressions nested too deeply");
      cm.fstring = false;
      return lexNormal(t);
    }
  } else {
    backup(startChar);
  }

  // The closing quote(s)?
  for (int i = 0; i < cm.quoteSize; i++) {
    int q = nextc();
    if (q != cm.quote) {
      backup(q);
      goto middle;
    }
  }
  setToken(t, Tok::FSTRING_END, tokStart_, cur_);
  modeIdx_--;
  return Tok::FSTRING_END;

middle : {
  multiLineStart_ = lineStart_;
  bool inFormatSpec = cm.lastExprEnd && cm.exprStartDepth >= 0;
  bool unicodeEscape = false;
  int endQuoteSize = 0;
  while (endQuoteSize != cm.quoteSize) {
    int c = nextc();
    if (c == kEOF || (cm.quoteSize == 1 && c == '\n')) {
      if (inFormatSpec && c == '\n') {
        // A newline ends a format spec: back to regular mode (which then
        // reports the unclosed '{').
        backup(c);
        cm.fstring = false;
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_, true);
        return Tok::FSTRING_MIDDLE;
      }
      uint32_t detected = lineno_;
      cur_ = cm.start + 1;
      lineStart_ = cm.lineStartAt;
      lineno_ = cm.lineno;
      if (cm.quoteSize == 3)
        return raise(
            format("unterminated triple-quoted f-string literal (detected at line %u)", detected).c_str());
      return raise(format("unterminated f-string literal (detected at line %u)", detected).c_str());
    }
    if (c == cm.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;
    if (c == '{') {
      int peek = nextc();
      if (peek != '{' || inFormatSpec) {
        backup(peek);
        backup(c);
        cm.exprStartDepth++;
        if (cm.exprStartDepth >= kMaxExprNesting) return raise("f-string: expressions nested too deeply");
        cm.fstring = false;
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_, true);
      } else {
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_ - 1, true); // "{{" yields one '{'
      }
      return Tok::FSTRING_MIDDLE;
    }
    if (c == '}') {
      if (unicodeEscape) {
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_, true);
        return Tok::FSTRING_MIDDLE;
      }
      int peek = nextc();
      if (peek == '}' && !inFormatSpec) {
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_ - 1, true); // "}}" yields one '}'
      } else {
        backup(peek);
        backup(c);
        cm.fstring = false;
        setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_, true);
      }
      return Tok::FSTRING_MIDDLE;
    }
    if (c == '\\') {
      int peek = nextc();
      if (peek == '\r') peek = nextc();
      if (peek == '{' || peek == '}') {
        if (!cm.raw) warn(format("invalid escape sequence '\\%c'", peek));
        backup(peek);
        continue;
      }
      if (!cm.raw && peek == 'N') {
        peek = nextc();
        if (peek == '{')
          unicodeEscape = true;
        else
          backup(peek);
      }
    }
  }
  for (int i = 0; i < cm.quoteSize; i++) backup(cm.quote);
  setToken(t, Tok::FSTRING_MIDDLE, tokStart_, cur_, true);
  return Tok::FSTRING_MIDDLE;
}
}

} // namespace molt
