// Builtin functions that talk to the outside: print, input, open, and the
// ones Molt does not support at run time (breakpoint, __import__) plus the
// async iteration helpers aiter/anext.
#include <charconv>
#include <string>

#include "../objects/gen_internal.h"
#include "../platform/platform.h"
#include "builtins_internal.h"
#include "molt/floatfmt.h"

using namespace molt::rt;

namespace {

// Appends str(v) to out: 0 or -1.
int appendStr(std::string &out, MoltValue v) {
  // Inline values are formatted without allocating a str.
  if (molt_is_small_int(v)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, molt_small_int_val(v));
    out.append(buf, static_cast<size_t>(r.ptr - buf));
    return 0;
  }
  if (molt_is_float(v)) {
    floatReprAppend(molt_float_val(v), out);
    return 0;
  }
  if (molt_is_bool(v)) {
    out += (v & 1) ? "True" : "False";
    return 0;
  }
  if (v == MOLT_NONE) {
    out += "None";
    return 0;
  }
  if (isStr(v) && isExact(v, &molt_type_str)) {
    out += strView(v);
    return 0;
  }
  MoltValue s = molt_str(v);
  if (molt_is_error(s)) return -1;
  out += strView(s);
  molt_decref(s);
  return 0;
}

// Calls obj.name() on a special method and maps a missing method to TypeError msg.
MoltValue callSpecial(MoltValue obj, const char *name, const char *msg) {
  MoltValue m = molt_getattr(molt_from_ptr(molt_type_of(obj)), internStr(name));
  if (molt_is_error(m)) {
    errClear();
    return molt_raise_fmt(&molt_type_TypeError, msg, obj);
  }
  molt_decref(m);
  return molt_call_method(internStr(name), &obj, 1, MOLT_NONE);
}

} // namespace

extern "C" {

MoltValue molt_builtin_print(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const kNames[] = {"sep", "end", "file", "flush"};
  MoltValue kw[4] = {MOLT_NONE, MOLT_NONE, MOLT_NONE, MOLT_FALSE};
  if (kwnames != MOLT_NONE && bindKeywords("print", kwnames, args + nargs, kNames, 4, kw) < 0)
    return MOLT_ERROR;
  if (kw[0] != MOLT_NONE && !isStr(kw[0]))
    return molt_raise_fmt(&molt_type_TypeError, "sep must be None or a string, not %T", kw[0]);
  if (kw[1] != MOLT_NONE && !isStr(kw[1]))
    return molt_raise_fmt(&molt_type_TypeError, "end must be None or a string, not %T", kw[1]);
  MoltValue file = kw[2] == MOLT_NONE ? sysStdout() : kw[2];
  if (file == MOLT_NONE) return MOLT_NONE; // sys.stdout is None: print does nothing
  std::string_view sep = kw[0] == MOLT_NONE ? std::string_view(" ") : strView(kw[0]);
  std::string_view end = kw[1] == MOLT_NONE ? std::string_view("\n") : strView(kw[1]);
  int fd;
  if (isStdStream(file, &fd)) {
    std::string out;
    for (size_t i = 0; i < nargs; i++) {
      if (i > 0) out += sep;
      if (appendStr(out, args[i]) < 0) return MOLT_ERROR;
    }
    out += end;
    if (streamWrite(file, out) < 0) return MOLT_ERROR;
  } else {
    // A user file object: one write() call per piece, as CPython does.
    for (size_t i = 0; i < nargs; i++) {
      if (i > 0 && streamWrite(file, sep) < 0) return MOLT_ERROR;
      std::string piece;
      if (appendStr(piece, args[i]) < 0) return MOLT_ERROR;
      if (streamWrite(file, piece) < 0) return MOLT_ERROR;
    }
    if (streamWrite(file, end) < 0) return MOLT_ERROR;
  }
  if (kw[3] != MOLT_FALSE) {
    int t = molt_truthy(kw[3]);
    if (t < 0) return MOLT_ERROR;
    if (t && streamFlush(file) < 0) return MOLT_ERROR;
  }
  return MOLT_NONE;
}

MoltValue molt_builtin_input(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "input() takes no keyword arguments");
  if (nargs > 1)
    return molt_raise_fmt(&molt_type_TypeError, "input expected at most 1 argument, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  MoltValue out = sysStdout(), in = sysStdin();
  if (in == MOLT_NONE) return molt_raise_fmt(&molt_type_RuntimeError, "input(): lost sys.stdin");
  if (out == MOLT_NONE) return molt_raise_fmt(&molt_type_RuntimeError, "input(): lost sys.stdout");
  // stderr is flushed first, then the prompt is written to stdout.
  streamFlush(sysStderr());
  errClear();
  if (nargs == 1) {
    std::string prompt;
    if (appendStr(prompt, args[0]) < 0) return MOLT_ERROR;
    if (streamWrite(out, prompt) < 0) return MOLT_ERROR;
  }
  if (streamFlush(out) < 0) return MOLT_ERROR;
  int fd;
  std::string line;
  if (isStdStream(in, &fd)) {
    int r = molt::platform::platformReadLine(&line);
    if (r < 0) return molt_raise_fmt(&molt_type_OSError, "input(): read error");
  } else {
    MoltValue l = molt_call_method(internStr("readline"), &in, 1, MOLT_NONE);
    if (molt_is_error(l)) return MOLT_ERROR;
    if (!isStr(l)) {
      molt_decref(l);
      return molt_raise_fmt(&molt_type_TypeError, "object.readline() returned non-string");
    }
    line = std::string(strView(l));
    molt_decref(l);
  }
  if (line.empty()) return molt_raise_fmt(&molt_type_EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return strFromUtf8(line);
}

MoltValue molt_builtin_open(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  // File access needs a capability grant (DESIGN.md section 6); the file
  // layer does not exist yet, so every open is refused with the grant to use.
  MoltValue mode = nargs >= 2 ? args[1] : MOLT_NONE;
  size_t nkw = kwCount(kwnames);
  for (size_t i = 0; i < nkw; i++)
    if (strView(tupleItem(kwnames, static_cast<int64_t>(i))) == "mode") mode = args[nargs + i];
  bool write = false;
  if (mode != MOLT_NONE && isStr(mode)) {
    std::string_view m = strView(mode);
    write = m.find_first_of("wax+") != std::string_view::npos;
  }
  const char *cap = write ? "fs.write" : "fs.read";
  if (nargs == 0 && nkw == 0)
    return molt_raise_fmt(&molt_type_TypeError, "open() missing required argument 'file' (pos 1)");
  // Granted at build time (a comma-separated list): the refusal is Molt's gap.
  std::string_view granted = molt_granted_capabilities, want = cap;
  for (size_t p = 0; p <= granted.size();) {
    size_t e = granted.find(',', p);
    if (e == std::string_view::npos) e = granted.size();
    if (granted.substr(p, e - p) == want)
      return molt_raise_fmt(&molt_type_NotImplementedError,
                            "open() is not supported yet: Molt has no file layer");
    p = e + 1;
  }
  return molt_raise_fmt(&molt_type_PermissionError,
                        "open() needs the '%s' capability, which this program was not built with "
                        "(grant it with: --allow %s)",
                        cap, cap);
}

MoltValue molt_builtin_breakpoint(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_raise_fmt(&molt_type_RuntimeError,
                        "breakpoint() is not supported by Molt: use a native debugger (gdb/lldb "
                        "see Python line numbers)");
}

MoltValue molt_builtin___import__(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_raise_fmt(&molt_type_RuntimeError,
                        "__import__() is not supported by Molt: imports are resolved at compile "
                        "time (use an import statement)");
}

MoltValue molt_builtin_aiter(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "aiter() takes no keyword arguments");
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "aiter() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  return callSpecial(args[0], "__aiter__", "'%T' object is not an async iterable");
}

MoltValue molt_builtin_anext(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "anext() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "anext expected at most 2 arguments, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  MoltValue aw = callSpecial(args[0], "__anext__", "'%T' object is not an async iterator");
  if (nargs == 1 || molt_is_error(aw)) return aw;
  MoltValue r = anextAwaitableNew(aw, args[1]);
  molt_decref(aw);
  return r;
}

} // extern "C"
