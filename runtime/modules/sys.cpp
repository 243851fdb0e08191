// The `sys` module: argv, exit, the standard streams, version information,
// recursion limit, intern, modules, exc_info/exception.
#include <climits>
#include <cstring>
#include <string>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "../platform/platform.h"
#include "molt/intobject.h"

using namespace molt::rt;
namespace pf = molt::platform;

// ---------------------------------------------------------------------------
// Standard stream objects (a TextIOWrapper look-alike over the platform layer)

namespace {

struct StdStream {
  MoltObject ob;
  int fd;
  int tty; // -1 unknown, 0, 1
};

StdStream *streamOf(MoltValue v) { return as<StdStream>(v); }

bool streamIsTty(StdStream *s) {
  if (s->tty < 0) s->tty = pf::platformIsTty(s->fd) ? 1 : 0;
  return s->tty == 1;
}

const char *streamName(int fd) { return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"; }

// A failed write of a standard stream: the reader went away (EPIPE), raised as
// OSError(32, ...) so that the constructor picks BrokenPipeError, as CPython's.
MoltValue raiseWriteError() {
  MoltValue args[2] = {molt_int_from_i64(32), molt_const_str("Broken pipe", 11)};
  MoltValue exc = molt_call(molt_from_ptr(&molt_type_OSError), args, 2, MOLT_NONE);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue r = molt_raise(exc);
  molt_decref(exc);
  return r;
}

int writeText(StdStream *s, std::string_view text) {
  if (s->fd == 0) {
    molt_raise_fmt(&molt_type_OSError, "not writable"); // io.UnsupportedOperation in CPython
    return -1;
  }
  if (pf::platformWrite(s->fd, text.data(), text.size()) < 0) {
    raiseWriteError();
    return -1;
  }
  // Interactive stdout is line buffered, as in CPython.
  if (s->fd == pf::kStdout && streamIsTty(s) && text.find('\n') != std::string_view::npos) {
    if (pf::platformFlush(s->fd) < 0) {
      raiseWriteError();
      return -1;
    }
  }
  return 0;
}

MoltValue ssWrite(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0 || nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "write() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs) - 1);
  if (!isStr(args[1]))
    return molt_raise_fmt(&molt_type_TypeError, "write() argument must be str, not %T", args[1]);
  std::string_view text = strView(args[1]);
  if (writeText(streamOf(args[0]), text) < 0) return MOLT_ERROR;
  return molt_int_from_i64(utf8Length(text));
}

MoltValue ssFlush(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1) return molt_raise_fmt(&molt_type_TypeError, "flush() takes no arguments");
  StdStream *s = streamOf(args[0]);
  if (s->fd != 0 && pf::platformFlush(s->fd) < 0) return raiseWriteError();
  return MOLT_NONE;
}

MoltValue ssReadline(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "readline expected at most 1 argument");
  StdStream *s = streamOf(args[0]);
  if (s->fd != 0) return molt_raise_fmt(&molt_type_OSError, "not readable");
  std::string line;
  if (pf::platformReadLine(&line) < 0) return molt_raise_fmt(&molt_type_OSError, "read error");
  return strFromUtf8(line);
}

MoltValue ssRead(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  StdStream *s = streamOf(args[0]);
  if (s->fd != 0) return molt_raise_fmt(&molt_type_OSError, "not readable");
  int64_t limit = -1;
  if (nargs == 2 && args[1] != MOLT_NONE && indexAsI64(args[1], &limit) < 0) return MOLT_ERROR;
  std::string all, line;
  while (limit < 0 || static_cast<int64_t>(all.size()) < limit) {
    int r = pf::platformReadLine(&line);
    if (r < 0) return molt_raise_fmt(&molt_type_OSError, "read error");
    if (r == 0) break;
    all += line;
  }
  return strFromUtf8(all);
}

MoltValue ssFileno(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_small_int(streamOf(args[0])->fd);
}

MoltValue ssIsatty(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_bool(streamIsTty(streamOf(args[0])));
}

MoltValue ssWritable(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_bool(streamOf(args[0])->fd != 0);
}

MoltValue ssReadable(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_bool(streamOf(args[0])->fd == 0);
}

MoltValue ssRepr(MoltValue self) {
  int fd = streamOf(self)->fd;
  std::string s = std::string("<_io.TextIOWrapper name='") + streamName(fd) + "' mode='" +
                  (fd == 0 ? "r" : "w") + "' encoding='utf-8'>";
  return strFromUtf8(s);
}

MoltValue ssGetName(MoltValue self) { return strFromUtf8(streamName(streamOf(self)->fd)); }
MoltValue ssGetEncoding(MoltValue) { return strFromUtf8("utf-8"); }
MoltValue ssGetErrors(MoltValue self) {
  return strFromUtf8(streamOf(self)->fd == 2 ? "backslashreplace" : "strict");
}
MoltValue ssGetMode(MoltValue self) { return strFromUtf8(streamOf(self)->fd == 0 ? "r" : "w"); }
MoltValue ssGetClosed(MoltValue) { return MOLT_FALSE; }

int ssHash(MoltValue self, int64_t *out) {
  uint64_t p = reinterpret_cast<uintptr_t>(molt_ptr(self));
  *out = static_cast<int64_t>((p >> 4) | (p << 60));
  return 0;
}

void ssDealloc(MoltObject *o) { freeObject(o); }

const MethodDef kStreamMethods[] = {
    {"write", ssWrite, 0},       {"flush", ssFlush, 0},       {"readline", ssReadline, 0},
    {"read", ssRead, 0},         {"fileno", ssFileno, 0},     {"isatty", ssIsatty, 0},
    {"writable", ssWritable, 0}, {"readable", ssReadable, 0}, {nullptr, nullptr, 0},
};
const GetSetDef kStreamGetsets[] = {
    {"name", ssGetName, nullptr},     {"encoding", ssGetEncoding, nullptr},
    {"errors", ssGetErrors, nullptr}, {"mode", ssGetMode, nullptr},
    {"closed", ssGetClosed, nullptr}, {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_TextIOWrapper = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "TextIOWrapper",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(StdStream),
    .dealloc = ssDealloc,
    .traverse = nullptr,
    .repr = ssRepr,
    .str = nullptr,
    .hash = ssHash,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = kStreamMethods,
    .getsets = kStreamGetsets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

// ---------------------------------------------------------------------------
// sys.version_info: a tuple whose type prints the named form.

namespace {

MoltValue viRepr(MoltValue self) {
  static const char *const kFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
  std::string out = "sys.version_info(";
  for (int i = 0; i < 5; i++) {
    if (i > 0) out += ", ";
    out += kFields[i];
    out += '=';
    MoltValue r = molt_repr(tupleItem(self, i));
    if (molt_is_error(r)) return MOLT_ERROR;
    out += strView(r);
    molt_decref(r);
  }
  out += ')';
  return strFromUtf8(out);
}

MoltValue viMajor(MoltValue self) { return molt_newref(tupleItem(self, 0)); }
MoltValue viMinor(MoltValue self) { return molt_newref(tupleItem(self, 1)); }
MoltValue viMicro(MoltValue self) { return molt_newref(tupleItem(self, 2)); }
MoltValue viLevel(MoltValue self) { return molt_newref(tupleItem(self, 3)); }
MoltValue viSerial(MoltValue self) { return molt_newref(tupleItem(self, 4)); }

const GetSetDef kVersionInfoGetsets[] = {
    {"major", viMajor, nullptr},        {"minor", viMinor, nullptr},   {"micro", viMicro, nullptr},
    {"releaselevel", viLevel, nullptr}, {"serial", viSerial, nullptr}, {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_sys_version_info = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "version_info",
    .base = &molt_type_tuple,
    .flags = kTypeImmutable | kTypeTupleSubclass,
    .basicsize = 0,
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = viRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kVersionInfoGetsets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

// ---------------------------------------------------------------------------
// Module functions

namespace {

MoltValue sysExit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "exit() takes no keyword arguments");
  if (nargs > 1)
    return molt_raise_fmt(&molt_type_TypeError, "exit expected at most 1 argument, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  MoltValue e = excCreate(&molt_type_SystemExit, args, nargs);
  if (molt_is_error(e)) return MOLT_ERROR;
  return raiseInstance(e);
}

MoltValue sysGetRecursionLimit(MoltValue, const MoltValue *, size_t nargs, MoltValue) {
  if (nargs != 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "sys.getrecursionlimit() takes no arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  return molt_small_int(molt_state.recursion_limit);
}

MoltValue sysSetRecursionLimit(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError,
                          "setrecursionlimit() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  if (molt_is_float(args[0]) || !isIntLike(args[0]))
    return molt_raise_fmt(&molt_type_TypeError, "'%T' object cannot be interpreted as an integer",
                          args[0]);
  int64_t n;
  if (indexAsI64(args[0], &n) < 0) return MOLT_ERROR;
  if (n > INT_MAX)
    return molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
  if (n < 1)
    return molt_raise_fmt(&molt_type_ValueError, "recursion limit must be greater or equal than 1");
  if (n <= molt_state.depth)
    return molt_raise_fmt(
        &molt_type_RecursionError,
        "cannot set the recursion limit to %d at the recursion depth %d: the limit "
        "is too low",
        static_cast<int>(n), static_cast<int>(molt_state.depth));
  molt_state.recursion_limit = static_cast<int32_t>(n);
  molt::rt::initStackLimit();
  return MOLT_NONE;
}

MoltValue sysGetIntMaxStrDigits(MoltValue, const MoltValue *, size_t nargs, MoltValue kwnames) {
  size_t nkw = kwCount(kwnames);
  if (nargs + nkw != 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "sys.get_int_max_str_digits() takes no arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs + nkw));
  return molt_int_from_i64(static_cast<int64_t>(intMaxStrDigits));
}

MoltValue sysSetIntMaxStrDigits(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  size_t nkw = kwCount(kwnames);
  MoltValue arg = MOLT_UNBOUND;
  if (nargs == 1 && nkw == 0) {
    arg = args[0];
  } else if (nargs == 0 && nkw == 1 && strView(as<MoltTuple>(kwnames)->items[0]) == "maxdigits") {
    arg = args[0];
  } else if (nargs + nkw == 0) {
    return molt_raise_fmt(&molt_type_TypeError,
                          "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  } else if (nkw) {
    return molt_raise_fmt(&molt_type_TypeError,
                          "set_int_max_str_digits() got an unexpected keyword argument '%s'",
                          std::string(strView(as<MoltTuple>(kwnames)->items[0])).c_str());
  } else {
    return molt_raise_fmt(&molt_type_TypeError,
                          "set_int_max_str_digits() takes at most 1 argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  }
  if (molt_is_float(arg) || !isIntLike(arg))
    return molt_raise_fmt(&molt_type_TypeError, "'%T' object cannot be interpreted as an integer",
                          arg);
  int64_t n;
  if (!intToI64(arg, &n) || n > INT_MAX || n < INT_MIN)
    return molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
  if (n != 0 && n < 640)
    return molt_raise_fmt(&molt_type_ValueError, "maxdigits must be 0 or larger than 640");
  intMaxStrDigits = static_cast<size_t>(n);
  return MOLT_NONE;
}

MoltValue sysIntern(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "intern() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  if (!isExact(args[0], &molt_type_str)) {
    if (isStr(args[0])) return molt_raise_fmt(&molt_type_TypeError, "can't intern %T", args[0]);
    return molt_raise_fmt(&molt_type_TypeError, "intern() argument must be str, not %T", args[0]);
  }
  return molt_newref(args[0]);
}

MoltValue sysExcInfo(MoltValue, const MoltValue *, size_t, MoltValue) {
  MoltValue h = handledException();
  if (h == MOLT_NONE) {
    MoltValue items[3] = {MOLT_NONE, MOLT_NONE, MOLT_NONE};
    return molt_tuple_new(items, 3);
  }
  MoltValue items[3] = {molt_from_ptr(molt_type_of(h)), h, excObj(h)->traceback};
  return molt_tuple_new(items, 3);
}

MoltValue sysException(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_newref(handledException());
}

MoltValue sysGetDefaultEncoding(MoltValue, const MoltValue *, size_t, MoltValue) {
  return strFromUtf8("utf-8");
}

// The module's attributes, one slot each (module globals).
enum SysSlot {
  kArgv,
  kOrigArgv,
  kExit,
  kStdout,
  kStderr,
  kStdin,
  kDunderStdout,
  kDunderStderr,
  kDunderStdin,
  kMaxsize,
  kMaxunicode,
  kVersion,
  kVersionInfo,
  kHexversion,
  kPlatform,
  kByteorder,
  kGetRecursionLimit,
  kSetRecursionLimit,
  kIntern,
  kModules,
  kExcInfo,
  kException,
  kGetDefaultEncoding,
  kGetFsEncoding,
  kPath,
  kExecutable,
  kImplementationName,
  kBuiltinModuleNames,
  kDontWriteBytecode,
  kGetIntMaxStrDigits,
  kSetIntMaxStrDigits,
  kNumSlots
};

const char *const kSysNames[kNumSlots] = {
    "argv",
    "orig_argv",
    "exit",
    "stdout",
    "stderr",
    "stdin",
    "__stdout__",
    "__stderr__",
    "__stdin__",
    "maxsize",
    "maxunicode",
    "version",
    "version_info",
    "hexversion",
    "platform",
    "byteorder",
    "getrecursionlimit",
    "setrecursionlimit",
    "intern",
    "modules",
    "exc_info",
    "exception",
    "getdefaultencoding",
    "getfilesystemencoding",
    "path",
    "executable",
    "_molt_implementation",
    "builtin_module_names",
    "dont_write_bytecode",
    "get_int_max_str_digits",
    "set_int_max_str_digits",
};

MoltValue gSysGlobals[kNumSlots];
bool gSysReady = false;

int sysBody(MoltValue) { return 0; }

MoltModuleInfo gSysInfo = {
    "sys", nullptr, kNumSlots, kSysNames, gSysGlobals, sysBody, 0, nullptr,
};

MoltValue immortal(MoltValue v) {
  if (molt_is_ptr(v)) makeImmortal(molt_ptr(v));
  return v;
}

MoltValue newStream(int fd) {
  MoltObject *o = allocObject(&molt_type_TextIOWrapper, sizeof(StdStream));
  if (o == nullptr) return MOLT_ERROR;
  auto *s = reinterpret_cast<StdStream *>(o);
  s->fd = fd;
  s->tty = -1;
  return immortal(molt_from_ptr(o));
}

MoltValue fn(const char *name, MoltVectorcall f) {
  return immortal(makeBuiltinFunction(name, f, MOLT_NONE));
}

MoltValue makeArgv() {
  MoltValue list = molt_list_new(nullptr, 0);
  if (molt_is_error(list)) return MOLT_ERROR;
  for (int i = 0; i < pf::platformArgc(); i++) {
    MoltValue s = strFromUtf8(pf::platformArgv(i));
    if (molt_is_error(s) || molt_list_append(list, s) < 0) {
      molt_xdecref(s);
      molt_decref(list);
      return MOLT_ERROR;
    }
    molt_decref(s);
  }
  if (pf::platformArgc() == 0) {
    MoltValue s = strFromUtf8("");
    molt_list_append(list, s);
    molt_decref(s);
  }
  return list;
}

void ensureSys() {
  if (gSysReady) return;
  gSysReady = true;
  for (MoltValue &v : gSysGlobals)
    v = MOLT_UNBOUND;
  readyType(&molt_type_TextIOWrapper);
  // version_info shares the tuple layout and behaviour; only repr and the
  // named fields differ.
  molt_type_sys_version_info.dealloc = molt_type_tuple.dealloc;
  molt_type_sys_version_info.traverse = molt_type_tuple.traverse;
  molt_type_sys_version_info.hash = molt_type_tuple.hash;
  molt_type_sys_version_info.richcompare = molt_type_tuple.richcompare;
  molt_type_sys_version_info.iter = molt_type_tuple.iter;
  molt_type_sys_version_info.container = molt_type_tuple.container;
  molt_type_sys_version_info.number = molt_type_tuple.number;
  molt_type_sys_version_info.str = molt_type_tuple.str;
  molt_type_sys_version_info.basicsize = molt_type_tuple.basicsize;
  readyType(&molt_type_sys_version_info);

  gSysGlobals[kArgv] = makeArgv();
  gSysGlobals[kOrigArgv] = makeArgv();
  gSysGlobals[kExit] = fn("exit", sysExit);
  gSysGlobals[kStdin] = newStream(0);
  gSysGlobals[kStdout] = newStream(1);
  gSysGlobals[kStderr] = newStream(2);
  gSysGlobals[kDunderStdin] = gSysGlobals[kStdin];
  gSysGlobals[kDunderStdout] = gSysGlobals[kStdout];
  gSysGlobals[kDunderStderr] = gSysGlobals[kStderr];
  gSysGlobals[kMaxsize] = immortal(molt_int_from_i64(INT64_MAX));
  gSysGlobals[kMaxunicode] = molt_small_int(0x10FFFF);
  gSysGlobals[kVersion] = immortal(strFromUtf8("3.12.1 (molt)"));
  MoltValue vi[5] = {molt_small_int(3), molt_small_int(12), molt_small_int(1),
                     immortal(strFromUtf8("final")), molt_small_int(0)};
  MoltValue t = molt_tuple_new(vi, 5);
  if (!molt_is_error(t)) molt_ptr(t)->type = &molt_type_sys_version_info;
  gSysGlobals[kVersionInfo] = immortal(t);
  gSysGlobals[kHexversion] = molt_small_int(0x030C01F0);
#if defined(__wasi__)
  gSysGlobals[kPlatform] = immortal(strFromUtf8("wasi"));
#elif defined(__APPLE__)
  gSysGlobals[kPlatform] = immortal(strFromUtf8("darwin"));
#else
  gSysGlobals[kPlatform] = immortal(strFromUtf8("linux"));
#endif
  uint16_t probe = 1;
  unsigned char first;
  std::memcpy(&first, &probe, 1);
  gSysGlobals[kByteorder] = immortal(strFromUtf8(first == 1 ? "little" : "big"));
  gSysGlobals[kGetRecursionLimit] = fn("getrecursionlimit", sysGetRecursionLimit);
  gSysGlobals[kSetRecursionLimit] = fn("setrecursionlimit", sysSetRecursionLimit);
  gSysGlobals[kIntern] = fn("intern", sysIntern);
  gSysGlobals[kModules] = immortal(molt_dict_new(nullptr, 0));
  gSysGlobals[kExcInfo] = fn("exc_info", sysExcInfo);
  gSysGlobals[kException] = fn("exception", sysException);
  gSysGlobals[kGetDefaultEncoding] = fn("getdefaultencoding", sysGetDefaultEncoding);
  gSysGlobals[kGetFsEncoding] = fn("getfilesystemencoding", sysGetDefaultEncoding);
  gSysGlobals[kPath] = immortal(molt_list_new(nullptr, 0));
  gSysGlobals[kExecutable] = immortal(strFromUtf8(""));
  gSysGlobals[kImplementationName] = immortal(strFromUtf8("molt"));
  MoltValue names[1] = {immortal(strFromUtf8("sys"))};
  gSysGlobals[kBuiltinModuleNames] = immortal(molt_tuple_new(names, 1));
  gSysGlobals[kDontWriteBytecode] = MOLT_TRUE;
  gSysGlobals[kGetIntMaxStrDigits] = fn("get_int_max_str_digits", sysGetIntMaxStrDigits);
  gSysGlobals[kSetIntMaxStrDigits] = fn("set_int_max_str_digits", sysSetIntMaxStrDigits);
  for (MoltValue &v : gSysGlobals)
    if (molt_is_error(v)) v = MOLT_NONE;
  errClear();
}

MoltValue slot(int i) {
  ensureSys();
  MoltValue v = gSysGlobals[i];
  return v == MOLT_UNBOUND ? MOLT_NONE : v;
}

} // namespace

namespace molt::rt {

MoltValue sysStdout() { return slot(kStdout); }
MoltValue sysStderr() { return slot(kStderr); }
MoltValue sysStdin() { return slot(kStdin); }

bool isStdStream(MoltValue v, int *fd) {
  if (!isExact(v, &molt_type_TextIOWrapper)) return false;
  *fd = streamOf(v)->fd;
  return true;
}

int streamWrite(MoltValue stream, std::string_view text) {
  if (isExact(stream, &molt_type_TextIOWrapper)) return writeText(streamOf(stream), text);
  if (stream == MOLT_NONE) return 0;
  MoltValue s = strFromUtf8(text);
  if (molt_is_error(s)) return -1;
  MoltValue args[2] = {stream, s};
  MoltValue r = molt_call_method(internStr("write"), args, 2, MOLT_NONE);
  molt_decref(s);
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}

int streamFlush(MoltValue stream) {
  if (isExact(stream, &molt_type_TextIOWrapper)) {
    StdStream *s = streamOf(stream);
    if (s->fd != 0 && pf::platformFlush(s->fd) < 0) {
      raiseWriteError();
      return -1;
    }
    return 0;
  }
  if (stream == MOLT_NONE) return 0;
  MoltValue r = molt_call_method(internStr("flush"), &stream, 1, MOLT_NONE);
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}

} // namespace molt::rt

extern "C" MoltValue molt_sys_module(void) {
  ensureSys();
  return molt_import(&gSysInfo);
}
