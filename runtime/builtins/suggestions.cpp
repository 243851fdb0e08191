// "Did you mean" hints appended to NameError / AttributeError messages in
// printed tracebacks, with CPython 3.12's candidates and weighted edit
// distance (moves cost 2, case-only substitutions 1).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "builtins_internal.h"

using namespace molt::rt;

namespace {

// Names of CPython's builtins module, in its dict order.
const char *const kBuiltinNames[] = {
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
};

// sys.stdlib_module_names (sorted).
const char *const kStdlibModules[] = {
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
};

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

const MoltModuleInfo *gMainInfo = nullptr;

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

size_t substitutionCost(char a, char b) {
  if (a == b) return 0;
  if (lowerAscii(a) == lowerAscii(b)) return kCaseCost;
  return kMoveCost;
}

// Weighted Levenshtein distance over UTF-8 bytes (as CPython's C version);
// anything above maxCost is reported as maxCost + 1.
size_t distance(std::string_view a, std::string_view b, size_t maxCost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front())
    a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back())
    a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return maxCost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > maxCost) return maxCost + 1;
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); i++)
    row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    size_t distA = bi * kMoveCost;
    result = distA;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ai++) {
      size_t distB = row[ai];
      size_t sub = distA + substitutionCost(b[bi], a[ai]);
      size_t ins = result + kMoveCost;
      size_t del = distB + kMoveCost;
      result = std::min({sub, ins, del});
      row[ai] = result;
      distA = distB;
      minimum = std::min(minimum, result);
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

// The closest candidate within CPython's limits, or "".
std::string bestMatch(std::string_view wrong, const std::vector<std::string> &candidates) {
  if (candidates.size() >= kMaxCandidates) return std::string();
  size_t best = SIZE_MAX;
  std::string suggestion;
  for (const std::string &cand : candidates) {
    if (cand == wrong) continue;
    size_t maxDist = (wrong.size() + cand.size() + 3) * kMoveCost / 6;
    if (best - 1 < maxDist) maxDist = best - 1;
    size_t d = distance(wrong, cand, maxDist);
    if (d > maxDist) continue;
    if (suggestion.empty() || d < best) {
      suggestion = cand;
      best = d;
    }
  }
  return suggestion;
}

bool isStdlibModule(std::string_view name) {
  const char *const *begin = kStdlibModules;
  const char *const *end = kStdlibModules + sizeof kStdlibModules / sizeof kStdlibModules[0];
  return std::binary_search(
      begin, end, name, [](auto x, auto y) { return std::string_view(x) < std::string_view(y); });
}

std::string nameErrorHint(MoltValue exc, const MoltCodeInfo *innermost) {
  MoltValue nv = as<MoltNameErrorObject>(exc)->name;
  if (!isStr(nv)) return std::string();
  std::string_view wrong = strView(nv);
  // Scopes in CPython's order: first, in a function with a local `self`,
  // an attribute of self with exactly that name ('self.x'; self unbound: no
  // suggestion; hasattr failing with another error: no hint at all); the
  // frame's local variables (not recorded by Molt yet), the globals (the
  // main module's, when the innermost frame belongs to it), then the
  // builtins; the first scope with a match wins.
  std::string s;
  bool searchScopes = true;
  MoltValue selfHint = as<MoltNameErrorObject>(exc)->self_hint;
  if (isExact(selfHint, &molt_type_tuple)) {
    searchScopes = false;
    if (tupleSize(selfHint) == 1) {
      MoltValue v = molt_getattr(tupleItems(selfHint)[0], nv);
      if (!molt_is_error(v)) {
        molt_decref(v);
        s = "self." + std::string(wrong);
      } else if (errPendingMatches(&molt_type_AttributeError)) {
        errClear();
        searchScopes = true;
      } else {
        errClear();
        return std::string();
      }
    }
  }
  if (searchScopes && gMainInfo != nullptr && innermost != nullptr &&
      innermost->filename != nullptr && gMainInfo->filename != nullptr &&
      std::strcmp(innermost->filename, gMainInfo->filename) == 0) {
    std::vector<std::string> cands;
    for (const char *d : {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                          "__builtins__", "__file__", "__cached__"})
      cands.emplace_back(d);
    for (size_t i = 0; i < gMainInfo->nglobals; i++)
      if (gMainInfo->globals[i] != MOLT_UNBOUND) cands.emplace_back(gMainInfo->global_names[i]);
    s = bestMatch(wrong, cands);
  }
  if (searchScopes && s.empty()) {
    std::vector<std::string> cands;
    for (const char *b : kBuiltinNames)
      cands.emplace_back(b);
    s = bestMatch(wrong, cands);
  }
  std::string out;
  if (!s.empty()) out = ". Did you mean: '" + s + "'?";
  if (isStdlibModule(wrong)) {
    if (!s.empty())
      out += " Or did you forget to import '" + std::string(wrong) + "'";
    else
      out = ". Did you forget to import '" + std::string(wrong) + "'";
    out += "?";
  }
  return out;
}

std::string attributeErrorHint(MoltValue exc) {
  auto *a = as<MoltAttributeErrorObject>(exc);
  if (!isStr(a->name) || a->obj == MOLT_NONE) return std::string();
  MoltValue obj = a->obj;
  MoltValue names = molt_builtin_dir(MOLT_NONE, &obj, 1, MOLT_NONE);
  if (molt_is_error(names)) {
    errClear();
    return std::string();
  }
  std::vector<std::string> cands;
  if (isList(names)) {
    auto *l = as<MoltList>(names);
    for (int64_t i = 0; i < l->size; i++)
      if (isStr(l->items[i])) cands.emplace_back(strView(l->items[i]));
  }
  molt_decref(names);
  std::string s = bestMatch(strView(a->name), cands);
  return s.empty() ? std::string() : ". Did you mean: '" + s + "'?";
}

} // namespace

namespace molt::rt {

void setMainModule(const MoltModuleInfo *info) { gMainInfo = info; }

std::string suggestionFor(MoltValue exc, const MoltCodeInfo *innermost) {
  if (!isExceptionInstance(exc)) return std::string();
  MoltValue saved = molt_err_fetch();
  std::string out;
  if (isInstance(exc, &molt_type_NameError))
    out = nameErrorHint(exc, innermost);
  else if (isInstance(exc, &molt_type_AttributeError))
    out = attributeErrorHint(exc);
  errClear();
  if (saved != MOLT_NONE) molt_err_restore(saved), molt_decref(saved);
  return out;
}

} // namespace molt::rt
