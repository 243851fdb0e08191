// Printing of sema diagnostics: CPython's SyntaxError report, or Molt's own
// "file:line:col: molt: error: message" with a code frame and a hint.
#include <algorithm>
#include <string>

#include "sema/Sema.h"
#include "syntax/Diagnostic.h"

namespace molt {
namespace detail {
// Source.cpp: 0 = no PEP 263 declaration, 1 = UTF-8, 2 = a single-byte encoding.
int pep263Declaration(std::string_view text);
} // namespace detail
} // namespace molt

namespace molt::sema {

namespace {

bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Number of characters in the first `bytes` bytes of UTF-8 text s.
size_t charsIn(std::string_view s, size_t bytes) {
  bytes = std::min(bytes, s.size());
  size_t n = 0;
  for (size_t i = 0; i < bytes; i++)
    if (!isContinuation(s[i])) n++;
  return n;
}

bool hasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

const SourceFile *sourceOf(const Program &program, const std::string &filename) {
  for (const auto &m : program.modules)
    if (m->path == filename) return &m->source;
  return nullptr;
}

/// A SyntaxError raised by CPython's symtable or compiler: the text is the
/// whole line read again from the file (decoded as UTF-8: a line in another
/// declared encoding shows no text), offsets are byte columns + 1 used as
/// character positions.
std::string formatCompilerError(const SourceFile &src, const Diagnostic &d) {
  SyntaxError err;
  err.msg = d.message;
  err.lineno = d.line;
  err.col = d.col;
  err.end_lineno = d.endLine;
  err.end_col = d.endCol;
  err.origin = ErrorOrigin::Tokenizer;
  if (d.line >= 1 && d.line <= src.lineCount() && detail::pep263Declaration(src.text()) == 2 &&
      hasNonAscii(src.line(d.line))) {
    return "  File \"" + src.filename() + "\", line " + std::to_string(d.line) + "\n" +
           "SyntaxError: " + d.message + "\n";
  }
  if (d.endLine > d.line && d.line >= 1 && d.line <= src.lineCount()) {
    // CPython's text keeps the line's '\n': a range ending on a later line
    // underlines it too.
    std::string_view line = src.line(d.line);
    std::string_view all = src.text();
    size_t after = static_cast<size_t>(line.data() + line.size() - all.data());
    bool hasNewline = after < all.size() && all[after] == '\n';
    err.end_lineno = d.line;
    err.end_col = static_cast<uint32_t>(line.size() + (hasNewline ? 1 : 0));
  }
  return formatSyntaxError(src, err);
}

} // namespace

std::string formatDiagnostic(const Program &program, const Diagnostic &d) {
  const SourceFile *src = sourceOf(program, d.filename);
  if (d.kind == "SyntaxError") {
    if (src && d.fromParser) return formatSyntaxError(*src, d.parserError);
    if (src) return formatCompilerError(*src, d);
    std::string out;
    if (d.line) out += "  File \"" + d.filename + "\", line " + std::to_string(d.line) + "\n";
    return out + "SyntaxError: " + d.message + "\n";
  }
  std::string out = d.filename;
  std::string_view line;
  bool haveLine = src && d.line >= 1 && d.line <= src->lineCount();
  if (haveLine) line = src->line(d.line);
  if (d.line) {
    out += ':' + std::to_string(d.line);
    size_t col = haveLine ? charsIn(line, d.col) : d.col;
    out += ':' + std::to_string(col + 1);
  }
  out += ": molt: " + (d.kind.empty() ? std::string("error") : d.kind) + ": " + d.message + "\n";
  if (haveLine) {
    // Code frame: the line without its indentation, carets under the range.
    size_t indent = 0;
    while (indent < line.size() &&
           (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f'))
      indent++;
    std::string_view shown = line.substr(indent);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t' || shown.back() == '\r'))
      shown.remove_suffix(1);
    size_t start = d.col > indent ? charsIn(line, d.col) - charsIn(line, indent) : 0;
    size_t endByte = (d.endLine == d.line && d.endCol > d.col) ? d.endCol : line.size();
    size_t end = charsIn(line, std::max<size_t>(endByte, indent)) - charsIn(line, indent);
    size_t shownChars = charsIn(shown, shown.size());
    end = std::min(end, shownChars);
    if (end <= start) end = start + 1;
    out += "    ";
    out += shown;
    out += "\n    ";
    out += std::string(start, ' ');
    out += std::string(end - start, '^');
    out += '\n';
  }
  if (!d.hint.empty()) out += "  help: " + d.hint + "\n";
  return out;
}

void sortDiagnostics(const Program &program, std::vector<Diagnostic> &diags) {
  auto rank = [&](const std::string &file) {
    for (size_t i = 0; i < program.modules.size(); i++)
      if (program.modules[i]->path == file) return i;
    return program.modules.size();
  };
  std::stable_sort(diags.begin(), diags.end(), [&](const Diagnostic &a, const Diagnostic &b) {
    size_t ra = rank(a.filename), rb = rank(b.filename);
    if (ra != rb) return ra < rb;
    if (a.filename != b.filename) return a.filename < b.filename;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  });
}

} // namespace molt::sema
