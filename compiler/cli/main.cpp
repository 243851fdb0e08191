// The `molt` command line: subcommands over the compiler library.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "driver/Files.h"
#include "sema/Sema.h"
#include "syntax/ASTDump.h"
#include "syntax/ASTWalk.h"
#include "syntax/Parser.h"
#include "syntax/Source.h"

namespace {

/// Reads a whole file; false if it cannot be opened.
bool readFile(const std::string &path, std::string &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

struct ParseOptions {
  std::vector<std::string> files;
  bool dumpAst = false;
  bool stats = false;
  bool summary = false;
};

/// Prints a human-readable summary of a parsed module: size, node counts.
void printSummary(const std::string &path, const molt::SourceFile &src,
                  const molt::ast::Module *mod, double seconds) {
  std::map<std::string_view, size_t> counts;
  size_t total = 0;
  molt::ast::walk(mod, [&](const molt::ast::Node *n) {
    ++counts[molt::ast::kindName(n->kind)];
    ++total;
  });
  std::printf("%s: %u lines, %zu top-level statements, %zu AST nodes, parsed in %.3f ms\n",
              path.c_str(), src.lineCount(), static_cast<size_t>(mod->body.size), total,
              seconds * 1e3);
  std::vector<std::pair<size_t, std::string_view>> byCount;
  for (auto &[kind, n] : counts)
    byCount.push_back({n, kind});
  std::stable_sort(byCount.begin(), byCount.end(),
                   [](const auto &a, const auto &b) { return a.first > b.first; });
  for (auto &[n, kind] : byCount)
    std::printf("  %-18.*s %8zu\n", static_cast<int>(kind.size()), kind.data(), n);
}

/// `molt parse`: parse files; optionally dump their ASTs or print timing.
int runParse(const ParseOptions &opt) {
  int status = 0;
  size_t bytes = 0, errors = 0;
  double seconds = 0;
  std::string out;
  for (const std::string &path : opt.files) {
    std::string data;
    if (!readFile(path, data)) {
      std::fprintf(stderr, "molt: error: cannot read '%s'\n", path.c_str());
      status = 1;
      ++errors;
      continue;
    }
    bytes += data.size();
    auto start = std::chrono::steady_clock::now();
    molt::SourceFile src;
    molt::SyntaxError err;
    molt::Arena arena;
    molt::ast::Module *mod = nullptr;
    if (src.load(path, std::move(data), err)) mod = molt::parseModule(src, arena, err);
    if (mod && opt.dumpAst) out = molt::dumpAST(mod);
    double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    seconds += took;
    if (!mod) {
      std::string report = molt::formatSyntaxError(src, err);
      if (!opt.stats) std::fwrite(report.data(), 1, report.size(), stderr);
      status = 1;
      ++errors;
      continue;
    }
    if (opt.summary) printSummary(path, src, mod, took);
    if (opt.dumpAst) {
      out += '\n';
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  if (opt.stats)
    std::printf("files=%zu bytes=%zu seconds=%.6f errors=%zu\n", opt.files.size(), bytes, seconds,
                errors);
  std::fflush(stdout);
  return status;
}

/// `molt check FILE`: load the program (imports, symbol tables, checks) and
/// print its diagnostics; --dump-scopes prints each module's symbol tables.
int runCheck(const std::string &file, bool dumpScopes, bool allowPending) {
  molt::sema::Program program;
  std::vector<molt::sema::Diagnostic> diags;
  molt::sema::LoadOptions lo;
  if (allowPending) lo.pending = 0;
  bool ok = molt::sema::loadProgram(file, program, diags, lo);
  for (const molt::sema::Diagnostic &d : diags) {
    std::string text = molt::sema::formatDiagnostic(program, d);
    std::fwrite(text.data(), 1, text.size(), stderr);
  }
  if (dumpScopes)
    for (const auto &m : program.modules)
      if (m->top) {
        std::string out = molt::sema::dumpScopes(*m->top);
        std::fwrite(out.data(), 1, out.size(), stdout);
      }
  return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
  // The driver starts compilers and programs in other directories.
  molt::driver::pinCacheEnvironment();
  CLI::App app{"molt: an ahead-of-time compiler for Python 3.12"};
  app.set_version_flag("--version", std::string("molt ") + MOLT_VERSION);
  app.require_subcommand(1);

  ParseOptions parseOpt;
  CLI::App *parse = app.add_subcommand("parse", "Parse Python files and report syntax errors");
  parse->add_option("files", parseOpt.files, "Python source files")->required();
  parse->add_flag("--dump-ast", parseOpt.dumpAst,
                  "Print each AST as CPython 3.12's ast.dump(..., include_attributes=True)");
  parse->add_flag("--summary", parseOpt.summary,
                  "Print a summary of each file: lines, statements, AST node counts");
  parse->add_flag("--stats", parseOpt.stats,
                  "Print file count, bytes and parse time instead of diagnostics");

  std::string checkFile;
  bool checkDump = false, checkAllowPending = false;
  CLI::App *check = app.add_subcommand(
      "check", "Load a program (imports, symbol tables) and report compile-time errors");
  check->add_option("file", checkFile, "The entry Python file")->required();
  check->add_flag("--dump-scopes", checkDump,
                  "Print each module's symbol tables (as tests/sema/symtable_dump.py)");
  check->add_flag("--allow-pending", checkAllowPending,
                  "Do not refuse constructs whose support is pending (classes, generators...)");

  molt::cli::DriverCommands driverCmds;
  molt::cli::addDriverCommands(app, driverCmds);
  // `molt run|compare FILE ARGS...`: ARGS belong to the program, not to CLI11.
  std::vector<char *> cliArgv = molt::cli::splitProgramArgs(argc, argv, driverCmds.programArgs);
  int cliArgc = static_cast<int>(cliArgv.size());
  CLI11_PARSE(app, cliArgc, cliArgv.data());
  if (parse->parsed()) return runParse(parseOpt);
  if (check->parsed()) return runCheck(checkFile, checkDump, checkAllowPending);
  if (int status = 0; molt::cli::runDriverCommands(driverCmds, status)) return status;
  return 0;
}
