// The module graph of a closed-world program: the entry file and every
// module it imports, resolved at compile time like CPython's import system
// with sys.path = [directory of the entry file, Molt's lib/ directories].
//
// Paths follow CPython 3.12: the entry (`__main__`) is shown as the path on
// the command line made absolute (joined to the working directory, not
// normalized); sys.path[0] is the real path of the entry's directory, and
// imported modules are shown as sys.path[0] joined with their relative path.
// Built-in modules (implemented by the runtime) are found first, as
// CPython's BuiltinImporter is.
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "sema/Sema.h"
#include "syntax/ASTWalk.h"
#include "syntax/Parser.h"

namespace molt::sema {

namespace {

/// Modules the runtime implements natively (no Python source).
constexpr std::string_view kBuiltinModules[] = {
    "__future__", // compiler directives; the module itself only holds feature records
    "sys",
    // Native standard-library modules (runtime/modules/native.cpp's table).
    "math",
    "operator",
    "itertools",
    "heapq",
    "bisect",
    "time",
    "random",
    "_collections",
    "_coro",
    "cmath",
    "_weakref",
};

bool isDir(const std::string &p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isFile(const std::string &p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool readFile(const std::string &path, std::string &out) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[65536];
  size_t n;
  out.clear();
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
    out.append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

std::string absolutePath(const std::string &p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return p;
  std::string cwd(buf);
  if (cwd.empty() || cwd.back() != '/') cwd += '/';
  return cwd + p;
}

std::string dirName(const std::string &p) {
  size_t slash = p.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return p.substr(0, slash);
}

std::string realPath(const std::string &p) {
  char *r = ::realpath(p.c_str(), nullptr);
  if (!r) return p;
  std::string out(r);
  std::free(r);
  return out;
}

std::string joinPath(const std::string &dir, const std::string &rest) {
  if (dir.empty()) return rest;
  if (dir.back() == '/') return dir + rest;
  return dir + "/" + rest;
}

Diagnostic makeError(const ModuleUnit &unit, const ast::Node *n, std::string msg,
                     std::string hint) {
  Diagnostic d;
  d.filename = unit.path;
  d.line = n->loc.lineno;
  d.col = n->loc.col_offset;
  d.endLine = n->loc.end_lineno;
  d.endCol = n->loc.end_col_offset;
  d.kind = "error";
  d.message = std::move(msg);
  d.hint = std::move(hint);
  return d;
}

/// Where a module was found.
struct Found {
  enum Kind { None, Builtin, Source } kind = None;
  std::string path; ///< source file
  bool isPackage = false;
  std::string searchDir; ///< the package directory for a package
  bool library = false;  ///< found in one of LoadOptions::libDirs
};

class Loader {
public:
  Loader(Program &program, std::vector<Diagnostic> &diags, const LoadOptions &options)
      : program_(program), diags_(diags), options_(options) {}

  bool run(const std::string &entryPath) {
    std::string shown = absolutePath(entryPath);
    std::string bytes;
    if (!readFile(entryPath, bytes)) {
      Diagnostic d;
      d.filename = entryPath;
      d.kind = "error";
      d.message = "cannot read '" + entryPath + "'";
      diags_.push_back(std::move(d));
      return false;
    }
    root_ = realPath(dirName(shown));
    ModuleUnit *entry = addModule(program_, "__main__", shown, std::move(bytes), diags_);
    if (entry) queue_.push_back(entry);
    bool syntaxOk = entry != nullptr;
    while (!queue_.empty()) {
      ModuleUnit *u = queue_.front();
      queue_.pop_front();
      resolveImports(*u);
    }
    for (const auto &d : diags_)
      if (d.kind == "SyntaxError") syntaxOk = false;
    if (syntaxOk) {
      // Compile-time SyntaxErrors of the compiler stage (CPython raises them
      // before running anything), then Molt's refusals.
      for (const auto &m : program_.modules)
        if (m->tree && m->top) checkModule(program_, *m, options_, diags_);
    }
    bool anySyntax = false;
    for (const auto &d : diags_)
      if (d.kind == "SyntaxError") anySyntax = true;
    if (anySyntax) {
      // A SyntaxError is what CPython would report; refusals would be noise.
      diags_.erase(std::remove_if(diags_.begin(), diags_.end(),
                                  [](const Diagnostic &d) { return d.kind != "SyntaxError"; }),
                   diags_.end());
    }
    sortDiagnostics(program_, diags_);
    return diags_.empty();
  }

private:
  Program &program_;
  std::vector<Diagnostic> &diags_;
  const LoadOptions &options_;
  std::string root_; ///< sys.path[0]
  std::deque<ModuleUnit *> queue_;
  std::vector<std::string> failed_; ///< module names that could not be found

  /// Looks for `leaf` (one name component) in the given directories.
  static Found findIn(const std::vector<std::string> &dirs, const std::string &leaf) {
    Found f;
    for (const std::string &dir : dirs) {
      std::string pkgDir = joinPath(dir, leaf);
      if (isDir(pkgDir) && isFile(joinPath(pkgDir, "__init__.py"))) {
        f.kind = Found::Source;
        f.path = joinPath(pkgDir, "__init__.py");
        f.isPackage = true;
        f.searchDir = pkgDir;
        return f;
      }
      std::string file = joinPath(dir, leaf + ".py");
      if (isFile(file)) {
        f.kind = Found::Source;
        f.path = file;
        return f;
      }
    }
    return f;
  }

  /// The directories a package's submodules are searched in.
  std::unordered_map<std::string, std::string> packageDirs_;

  /// Ensures module `name` (and its parent packages) is loaded. Returns
  /// false if it cannot be found; `missing` gets the first missing name.
  bool ensure(const std::string &name, std::string &missing) {
    size_t start = 0;
    std::string prefix;
    while (true) {
      size_t dot = name.find('.', start);
      std::string part =
          name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
      std::string full = prefix.empty() ? part : prefix + "." + part;
      if (!loadOne(full, prefix, part)) {
        missing = full;
        return false;
      }
      if (dot == std::string::npos) return true;
      prefix = full;
      start = dot + 1;
    }
  }

  bool loadOne(const std::string &full, const std::string &parent, const std::string &leaf) {
    if (program_.find(full)) return true;
    if (parent.empty() && isBuiltinModule(full)) return true;
    if (std::find(failed_.begin(), failed_.end(), full) != failed_.end()) return false;
    Found f;
    if (parent.empty()) {
      f = findIn({root_}, leaf);
      if (f.kind != Found::Source) {
        f = findIn(options_.libDirs, leaf);
        f.library = true;
      }
    } else {
      auto it = packageDirs_.find(parent);
      if (it != packageDirs_.end()) f = findIn({it->second}, leaf);
      const ModuleUnit *p = program_.find(parent);
      f.library = p && p->library; // a package's submodules live where it does
    }
    if (f.kind != Found::Source) {
      failed_.push_back(full);
      return false;
    }
    std::string bytes;
    if (!readFile(f.path, bytes)) {
      failed_.push_back(full);
      return false;
    }
    if (f.isPackage) packageDirs_[full] = f.searchDir;
    ModuleUnit *u = addModule(program_, full, f.path, std::move(bytes), diags_);
    if (!u) {
      // Keep the failed unit findable (its source formats the diagnostic).
      return true;
    }
    u->isPackage = f.isPackage;
    u->library = f.library;
    queue_.push_back(u);
    return true;
  }

  bool isPackageName(const std::string &name) const {
    if (const ModuleUnit *m = program_.find(name)) return m->isPackage;
    return false;
  }

  void unresolved(ModuleUnit &unit, const ast::Node *n, const std::string &name) {
    diags_.push_back(makeError(
        unit, n, "no module named '" + name + "'",
        "Molt compiles a closed world: imports must resolve at compile time to a module or "
        "package next to the entry file or to one of Molt's built-in modules"));
  }

  void resolveImports(ModuleUnit &unit) {
    std::vector<const ast::Node *> imports;
    ast::walk(unit.tree, [&](const ast::Node *n) {
      if (n->kind == ast::NodeKind::Import || n->kind == ast::NodeKind::ImportFrom)
        imports.push_back(n);
    });
    // PEP 695 generics and `type` aliases create their objects through the
    // typing module (a hidden import, see docs/ARCHITECTURE.md).
    bool pep695 = false;
    ast::walk(unit.tree, [&](const ast::Node *n) {
      if (n->kind == ast::NodeKind::TypeAlias) pep695 = true;
      if (auto *c = ast::dynCast<ast::ClassDef>(const_cast<ast::Node *>(n)))
        if (!c->type_params.empty()) pep695 = true;
      if (n->kind == ast::NodeKind::FunctionDef || n->kind == ast::NodeKind::AsyncFunctionDef)
        if (!reinterpret_cast<const ast::FunctionDef *>(n)->type_params.empty()) pep695 = true;
    });
    if (pep695 && unit.name != "typing") {
      std::string missing;
      if (!ensure("typing", missing)) unresolved(unit, unit.tree, missing);
    }
    std::sort(imports.begin(), imports.end(), [](const ast::Node *a, const ast::Node *b) {
      if (a->loc.lineno != b->loc.lineno) return a->loc.lineno < b->loc.lineno;
      return a->loc.col_offset < b->loc.col_offset;
    });
    for (const ast::Node *n : imports) {
      std::vector<std::string> targets;
      if (auto *imp = ast::dynCast<ast::Import>(const_cast<ast::Node *>(n))) {
        for (ast::alias *a : imp->names) {
          std::string name(a->name), missing;
          if (!ensure(name, missing)) unresolved(unit, a, missing);
          targets.push_back(name);
        }
      } else {
        auto *from = static_cast<const ast::ImportFrom *>(n);
        std::string base;
        if (from->level > 0) {
          // The package of this module: itself for a package, else its parent.
          std::string pkg;
          if (unit.isPackage) {
            pkg = unit.name;
          } else if (unit.name != "__main__") {
            size_t dot = unit.name.rfind('.');
            pkg = dot == std::string::npos ? "" : unit.name.substr(0, dot);
          }
          if (pkg.empty()) {
            diags_.push_back(
                makeError(unit, n, "attempted relative import with no known parent package",
                          "CPython raises ImportError here at run time; import the module by its "
                          "absolute name"));
            unit.imports[n] = {};
            continue;
          }
          std::string b = pkg;
          bool beyond = false;
          for (int i = 1; i < from->level; i++) {
            size_t dot = b.rfind('.');
            if (dot == std::string::npos) {
              beyond = true;
              break;
            }
            b = b.substr(0, dot);
          }
          if (beyond) {
            diags_.push_back(makeError(unit, n,
                                       "attempted relative import beyond top-level package",
                                       "CPython raises ImportError here at run time"));
            unit.imports[n] = {};
            continue;
          }
          base = b;
          if (from->module.data() && !from->module.empty()) base += "." + std::string(from->module);
        } else {
          base = std::string(from->module);
        }
        std::string missing;
        if (!ensure(base, missing)) {
          unresolved(unit, n, missing);
          for (size_t i = 0; i < from->names.size; i++)
            targets.push_back(base);
          unit.imports[n] = std::move(targets);
          continue;
        }
        for (ast::alias *a : from->names) {
          std::string target = base;
          if (a->name != "*" && isPackageName(base)) {
            std::string sub = base + "." + std::string(a->name);
            std::string leafMissing;
            auto it = packageDirs_.find(base);
            if (it != packageDirs_.end() &&
                findIn({it->second}, std::string(a->name)).kind == Found::Source &&
                ensure(sub, leafMissing))
              target = sub;
          }
          targets.push_back(target);
        }
      }
      unit.imports[n] = std::move(targets);
    }
  }
};

} // namespace

bool isBuiltinModule(std::string_view name) {
  for (std::string_view m : kBuiltinModules)
    if (m == name) return true;
  return false;
}

ModuleUnit *Program::find(const std::string &name) const {
  for (const auto &m : modules)
    if (m->name == name) return m.get();
  return nullptr;
}

ModuleUnit *addModule(Program &program, std::string name, std::string path, std::string bytes,
                      std::vector<Diagnostic> &diags) {
  program.modules.push_back(std::make_unique<ModuleUnit>());
  ModuleUnit *u = program.modules.back().get();
  u->name = std::move(name);
  u->path = path;
  SyntaxError err;
  if (u->source.load(path, std::move(bytes), err))
    u->tree = parseModule(u->source, program.arena, err);
  if (!u->tree) {
    Diagnostic d;
    d.filename = path;
    d.line = err.lineno;
    d.col = err.col;
    d.endLine = err.end_lineno;
    d.endCol = err.end_col;
    d.kind = "SyntaxError";
    d.message = err.msg;
    d.fromParser = true;
    d.parserError = err;
    diags.push_back(std::move(d));
    return nullptr;
  }
  if (!buildScopes(program, *u, diags)) return nullptr;
  collectWarnings(*u);
  return u;
}

bool loadProgram(const std::string &entryPath, Program &program, std::vector<Diagnostic> &diags,
                 const LoadOptions &options) {
  std::vector<Diagnostic> local;
  Loader loader(program, local, options);
  bool ok = loader.run(entryPath);
  registerWarnings(program);
  for (Diagnostic &d : local)
    diags.push_back(std::move(d));
  return ok;
}

bool loadProgram(const std::string &entryPath, Program &program, std::vector<Diagnostic> &diags) {
  return loadProgram(entryPath, program, diags, LoadOptions{});
}

} // namespace molt::sema
