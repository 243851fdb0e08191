// Formatting of SyntaxErrors the way `python3.12 FILE` prints them.
#include "syntax/Diagnostic.h"

#include <string>

#include "syntax/Source.h"

namespace molt {

std::string formatSyntaxError(const SourceFile &src, const SyntaxError &err) {
  std::string out;
  if (err.lineno == 0) { // no location (e.g. "encoding problem: ...")
    out += err.type + ": " + err.msg + "\n";
    return out;
  }
  out += "  File \"" + src.filename() + "\", line " + std::to_string(err.lineno) + "\n";

  if (err.lineno <= src.lineCount()) {
    std::string_view text = src.line(err.lineno);
    size_t nul = text.find('\0');
    bool hasNewline = true;
    if (nul != std::string_view::npos) {
      text = text.substr(0, nul);
      hasNewline = false;
    } else {
      std::string_view all = src.text();
      size_t after = static_cast<size_t>(text.data() + text.size() - all.data());
      hasNewline = after < all.size() && all[after] == '\n';
    }
    // Offsets are 1-based as in CPython; 0 means "left of the text".
    long offset = err.noCaret ? 0 : static_cast<long>(err.col) + 1;
    long endOffset = err.end_lineno ? static_cast<long>(err.end_col) + 1 : -1;
    long lineSize = static_cast<long>(text.size()) + (hasNewline ? 1 : 0);
    // A range over several lines is shown up to the end of its first line.
    if (err.end_lineno > err.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    long carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
    if (err.type == "IndentationError" || err.type == "TabError") carets = 1;

    offset--;
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) {
      i++;
      offset--;
    }
    std::string_view shown = text.substr(i);
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
