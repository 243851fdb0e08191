// Formatting of SyntaxErrors the way `python3.12 FILE` prints them.
//
// The report shows a source line (CPython's SyntaxError.text) and a caret
// line placed by the 1-based offset / end_offset. Where the text and the
// offsets come from depends on what raised the error:
//
//  * CPython's tokenizer itself (bad literal, unterminated string, unmatched
//    bracket, ...): the whole line, offsets in characters. The Lexer stores
//    such errors with exactly those offsets.
//
//  * The parser, including the tokenizer states the parser turns into errors
//    (EOF inside brackets, indentation, line continuation): CPython reads the
//    line again from the file through a 1000-byte buffer, so a line of 999
//    bytes or more shows only its last 999-byte piece (in the file's own
//    encoding, after newline translation; a UTF-8 BOM counts on line 1, where
//    it is also displayed). Columns are byte offsets into the whole line; they
//    are converted to characters (counted in the piece shown) only if the
//    tokenizer recorded an encoding, i.e. the file has a PEP 263 declaration
//    or a BOM. Without one the caret sits at the byte offset, and a piece
//    that is not valid UTF-8 (it starts inside a character) makes CPython
//    fall back to the tokenizer's copy of the line.
//
// SyntaxError::origin records which of these raised the error (the parser
// sets it when it adopts one of the Lexer's errors).
#include "syntax/Diagnostic.h"

#include <cstdio>
#include <string>

#include "syntax/Source.h"

namespace molt {

namespace detail {
// Source.cpp: 0 = no PEP 263 declaration, 1 = UTF-8, 2 = a single-byte encoding.
int pep263Declaration(std::string_view text);
} // namespace detail

namespace {

constexpr size_t kPiece = 999; // bytes CPython reads of a line at a time
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

inline bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Characters in the first `offset` bytes of UTF-8 text t, a partial
/// character counting as one; an offset past the end counts the terminating
/// NUL as a character (as CPython's conversion does).
long toCharOffset(std::string_view t, long offset) {
  if (offset <= 0) return offset;
  size_t n = static_cast<size_t>(offset);
  long chars = 0;
  if (n > t.size()) {
    n = t.size();
    chars = 1;
  }
  for (size_t i = 0; i < n; i++)
    if (!isContinuation(t[i])) chars++;
  return chars;
}

/// The text of a parser error's line and its offsets, as CPython gets them.
void parserErrorLine(const SourceFile &src, const SyntaxError &err, ErrorOrigin origin, std::string_view line,
                     bool hasNewline, std::string &text, long &offset, long &endOffset) {
  int decl = detail::pep263Declaration(src.text());
  bool bom = src.hasBom();
  bool singleByte = decl == 2; // the file then has one byte per character
  bool declared = decl != 0 || bom; // CPython's tokenizer recorded an encoding

  text.clear();
  if (bom && err.lineno == 1) text += kBom;
  text += line;
  if (hasNewline) text += '\n';

  size_t units = text.size();
  if (singleByte) {
    units = 0;
    for (char c : text)
      if (!isContinuation(c)) units++;
  }
  if (units >= kPiece) {
    size_t skip = (units - 1) / kPiece * kPiece; // where the last piece starts
    bool splitsChar = !singleByte && isContinuation(text[skip]);
    if ((!hasNewline && units % kPiece == 0) || (splitsChar && !declared)) {
      // Reading the last piece hits EOF, or (without a declared encoding,
      // where CPython decodes strictly) the piece starts inside a UTF-8
      // sequence: CPython falls back to the tokenizer's buffer, which holds
      // the line (no BOM, with the newline it adds) if the tokenizer is
      // still there. At EOF it is empty. (The tokenizer may also have moved
      // on to a later line for the parser's lookahead, which then shows an
      // empty line too; not modelled.)
      text.clear();
      if (origin != ErrorOrigin::TokenizerAtEof) {
        text.assign(line);
        text += '\n';
      }
    } else {
      size_t at = skip;
      if (singleByte) {
        size_t chars = 0;
        for (at = 0; at < text.size(); at++) {
          if (!isContinuation(text[at]) && chars++ == skip) break;
        }
      }
      std::string piece;
      // A piece starting inside a UTF-8 sequence decodes each stray byte to U+FFFD.
      for (; at < text.size() && isContinuation(text[at]); at++) piece += kReplacement;
      piece.append(text, at, std::string::npos);
      text = std::move(piece);
    }
  }

  offset = err.noCaret ? 0 : static_cast<long>(err.col) + 1;
  endOffset = err.end_lineno ? static_cast<long>(err.end_col) + 1 : -1;
  if (declared) {
    offset = toCharOffset(text, offset);
    if (endOffset > 0) endOffset = toCharOffset(text, endOffset);
  }
}

} // namespace

std::string formatSyntaxError(const SourceFile &src, const SyntaxError &err) {
  std::string out;
  if (err.lineno == 0) { // no location (e.g. "encoding problem: ...")
    out += err.type + ": " + err.msg + "\n";
    return out;
  }
  out += "  File \"" + src.filename() + "\", line " + std::to_string(err.lineno) + "\n";

  if (err.lineno <= src.lineCount()) {
    std::string_view line = src.line(err.lineno);
    std::string_view all = src.text();
    size_t after = static_cast<size_t>(line.data() + line.size() - all.data());
    bool hasNewline = after < all.size() && all[after] == '\n';
    size_t nul = line.find('\0'); // (only in a file that failed to load) ends C strings
    if (nul != std::string_view::npos) {
      line = line.substr(0, nul);
      hasNewline = false;
    }

    std::string text; // the line as CPython has it, with its '\n' if any
    long offset, endOffset;
    if (err.origin == ErrorOrigin::Tokenizer) {
      text.assign(line);
      offset = err.noCaret ? 0 : static_cast<long>(err.col) + 1;
      endOffset = err.end_lineno ? static_cast<long>(err.end_col) + 1 : -1;
    } else {
      parserErrorLine(src, err, err.origin, line, hasNewline, text, offset, endOffset);
    }

    long lineSize = static_cast<long>(text.size());
    std::string_view shown(text);
    if (!shown.empty() && shown.back() == '\n') shown.remove_suffix(1);

    // A range over several lines is shown up to the end of its first line.
    if (err.end_lineno > err.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    long carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
    if (err.type == "IndentationError" || err.type == "TabError") carets = 1;

    // Offsets are 1-based; 0 means "left of the text" (no caret line).
    offset--;
    size_t i = 0;
    while (i < shown.size() && (shown[i] == ' ' || shown[i] == '\t' || shown[i] == '\f')) {
      i++;
      offset--;
    }
    shown.remove_prefix(i);
    long len = static_cast<long>(shown.size());
    if (offset > len) offset = len;
    out += "    ";
    out.append(shown);
    out += '\n';
    if (offset >= 0) {
      out += "    ";
      out.append(static_cast<size_t>(offset), ' ');
      out.append(static_cast<size_t>(carets), '^');
      out += '\n';
    }
  }
  out += err.type + ": " + err.msg + "\n";
  return out;
}

} // namespace molt
