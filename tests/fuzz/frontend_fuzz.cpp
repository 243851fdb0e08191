// libFuzzer target for the front end: for any input bytes, decoding
// (SourceFile::load), tokenizing (Lexer), parsing (parseModule), dumping the
// AST (dumpAST) and formatting the SyntaxError report (formatSyntaxError) must
// not crash, hang, leak or trip ASan/UBSan. Built and run by tests/fuzz/run.sh.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "syntax/AST.h"
#include "syntax/ASTDump.h"
#include "syntax/Arena.h"
#include "syntax/Diagnostic.h"
#include "syntax/Lexer.h"
#include "syntax/Parser.h"
#include "syntax/Source.h"
#include "syntax/Token.h"

namespace {

[[noreturn]] void fail(const char *what, std::string_view detail = {}) {
  std::fprintf(stderr, "frontend_fuzz: invariant violated: %s%s%.*s\n", what,
               detail.empty() ? "" : ": ", static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// Cheap invariants of a successful parse / a reported error.
void checkError(const molt::SourceFile &src, const molt::SyntaxError &err) {
  if (err.msg.empty()) fail("SyntaxError without a message", err.type);
  // (MemoryError: CPython's "Parser stack overflowed" for too deeply nested input)
  if (err.type != "SyntaxError" && err.type != "IndentationError" && err.type != "TabError" &&
      err.type != "MemoryError")
    fail("unexpected error type", err.type);
  std::string report = molt::formatSyntaxError(src, err);
  if (report.empty() || report.back() != '\n') fail("report does not end with a newline");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace molt;
  SourceFile src;
  SyntaxError loadErr;
  if (!src.load("<fuzz>", std::string(reinterpret_cast<const char *>(data), size), loadErr)) {
    checkError(src, loadErr);
    return 0;
  }

  // The tokenizer on its own, to the end (or its first sticky error). A
  // generous bound on the number of tokens catches a lexer that stops advancing.
  {
    Lexer lexer(src);
    const size_t limit = 16 * src.text().size() + 1024;
    size_t n = 0;
    for (;; ++n) {
      if (n > limit) fail("the lexer produces tokens without end");
      Token t = lexer.next();
      if (t.kind == Tok::ENDMARKER) break;
      if (t.kind == Tok::ERRORTOKEN && lexer.errorKind() != Lexer::ErrorKind::BadChar) {
        if (lexer.error().msg.empty()) fail("ERRORTOKEN without an error message");
        break;
      }
      if (t.offset > src.text().size() || t.text.size() > src.text().size() - t.offset)
        fail("token text outside the source buffer");
    }
  }

  // The parser, then the dump or the error report.
  Arena arena;
  SyntaxError err;
  ast::Module *mod = parseModule(src, arena, err);
  if (mod) {
    std::string dump = dumpAST(mod);
    if (std::string_view(dump).substr(0, 7) != "Module(") fail("dump does not start with Module(");
  } else {
    checkError(src, err);
  }
  return 0;
}
