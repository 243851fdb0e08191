// The builtin exception hierarchy (MOLT_EXC_TYPES in molt.h) with CPython
// 3.12's bases, constructors, str/repr and attributes. Instance layouts are in
// molt/exceptionobject.h; every type shares the slot functions below, which
// dispatch on the layout of the nearest builtin base.
#include <cerrno>
#include <cstring>
#include <string>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "../core/textfmt.h"

using namespace molt::rt;

namespace {

enum class Kind {
  Base,
  StopIter,
  SysExit,
  OSErr,
  Import,
  Name,
  Attr,
  Syntax,
  UDecode,
  UEncode,
  UTranslate,
  Group,
  Key
};

Kind kindOfUncached(const MoltType *t) {
  for (; t != nullptr; t = t->base) {
    if (t == &molt_type_BaseException) return Kind::Base;
    if (t == &molt_type_StopIteration) return Kind::StopIter;
    if (t == &molt_type_SystemExit) return Kind::SysExit;
    if (t == &molt_type_OSError) return Kind::OSErr;
    if (t == &molt_type_ImportError) return Kind::Import;
    if (t == &molt_type_NameError) return Kind::Name;
    if (t == &molt_type_AttributeError) return Kind::Attr;
    if (t == &molt_type_SyntaxError) return Kind::Syntax;
    if (t == &molt_type_UnicodeDecodeError) return Kind::UDecode;
    if (t == &molt_type_UnicodeEncodeError) return Kind::UEncode;
    if (t == &molt_type_UnicodeTranslateError) return Kind::UTranslate;
    if (t == &molt_type_BaseExceptionGroup) return Kind::Group;
    if (t == &molt_type_KeyError) return Kind::Key;
  }
  return Kind::Base;
}

// The layout of exceptions of type t. Asked at every creation and
// destruction, so the answer for builtin types (which live as long as the
// program) is cached; a class answers as its nearest builtin base.
const MoltType *gKindKeys[16];
Kind gKinds[16];

[[gnu::noinline]] Kind kindOfFill(const MoltType *t, size_t h) {
  Kind k = kindOfUncached(t);
  gKindKeys[h] = t;
  gKinds[h] = k;
  return k;
}

inline Kind kindOf(const MoltType *t) {
  while (t != nullptr && (t->flags & kTypeHeap))
    t = t->base;
  if (t == nullptr) return Kind::Base;
  size_t h = addressHash(reinterpret_cast<uintptr_t>(t), 4);
  if (gKindKeys[h] == t) return gKinds[h];
  return kindOfFill(t, h);
}

// Fields (beyond the base header) of each layout, as offsets.
struct FieldList {
  size_t n;
  size_t off[8];
};

#define OFF(T, f) offsetof(T, f)
// The field lists of the layouts, in Kind order: creation and destruction of
// every exception ask, so the answer is a constant, not a list built per call.
constexpr FieldList kUnicodeFields = {
    5,
    {OFF(MoltUnicodeErrorObject, encoding), OFF(MoltUnicodeErrorObject, object),
     OFF(MoltUnicodeErrorObject, start), OFF(MoltUnicodeErrorObject, end),
     OFF(MoltUnicodeErrorObject, reason)}};
constexpr FieldList kFields[] = {
    /* Base */ {0, {}},
    /* StopIter */ {1, {OFF(MoltStopIterationObject, value)}},
    /* SysExit */ {1, {OFF(MoltSystemExitObject, code)}},
    /* OSErr */
    {4,
     {OFF(MoltOSErrorObject, myerrno), OFF(MoltOSErrorObject, strerror),
      OFF(MoltOSErrorObject, filename), OFF(MoltOSErrorObject, filename2)}},
    /* Import */
    {3,
     {OFF(MoltImportErrorObject, msg), OFF(MoltImportErrorObject, name),
      OFF(MoltImportErrorObject, path)}},
    /* Name */ {2, {OFF(MoltNameErrorObject, name), OFF(MoltNameErrorObject, self_hint)}},
    /* Attr */ {2, {OFF(MoltAttributeErrorObject, name), OFF(MoltAttributeErrorObject, obj)}},
    /* Syntax */
    {8,
     {OFF(MoltSyntaxErrorObject, msg), OFF(MoltSyntaxErrorObject, filename),
      OFF(MoltSyntaxErrorObject, lineno), OFF(MoltSyntaxErrorObject, offset),
      OFF(MoltSyntaxErrorObject, text), OFF(MoltSyntaxErrorObject, end_lineno),
      OFF(MoltSyntaxErrorObject, end_offset), OFF(MoltSyntaxErrorObject, print_file_and_line)}},
    /* UDecode */ kUnicodeFields,
    /* UEncode */ kUnicodeFields,
    /* UTranslate */ kUnicodeFields,
    /* Group */ {2, {OFF(MoltExceptionGroupObject, msg), OFF(MoltExceptionGroupObject, excs)}},
    /* Key */ {0, {}},
};
#undef OFF
static_assert(sizeof kFields / sizeof kFields[0] == size_t(Kind::Key) + 1, "one entry per Kind");

const FieldList &fieldsOf(Kind k) { return kFields[size_t(k)]; }

MoltValue &fieldAt(MoltObject *o, size_t off) {
  return *reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(o) + off);
}

// Replaces *slot with v (borrowed).
void setSlot(MoltValue &slot, MoltValue v) {
  molt_incref(v);
  MoltValue old = slot;
  slot = v;
  molt_xdecref(old);
}

void excDealloc(MoltObject *o) {
  auto *e = reinterpret_cast<MoltBaseExceptionObject *>(o);
  const FieldList &fl = fieldsOf(kindOf(o->type));
  for (size_t i = 0; i < fl.n; i++)
    molt_xdecref(fieldAt(o, fl.off[i]));
  molt_xdecref(e->args);
  molt_xdecref(e->traceback);
  molt_xdecref(e->cause);
  molt_xdecref(e->context);
  molt_xdecref(e->notes);
  molt_xdecref(e->dict);
  freeObject(o);
}

void excTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *e = reinterpret_cast<MoltBaseExceptionObject *>(o);
  MoltValue vals[] = {e->args, e->traceback, e->cause, e->context, e->notes, e->dict};
  for (MoltValue v : vals)
    if (molt_is_ptr(v)) visit(v, arg);
  const FieldList &fl = fieldsOf(kindOf(o->type));
  for (size_t i = 0; i < fl.n; i++)
    if (molt_is_ptr(fieldAt(o, fl.off[i]))) visit(fieldAt(o, fl.off[i]), arg);
}

// Appends str(v) (or repr when `repr`) to out: 0 or -1.
int appendText(std::string &out, MoltValue v, bool repr) {
  MoltValue s = repr ? molt_repr(v) : molt_str(v);
  if (molt_is_error(s)) return -1;
  out += strView(s);
  molt_decref(s);
  return 0;
}

MoltValue finishStr(const std::string &s) { return strFromUtf8(s); }

MoltValue excRepr(MoltValue self) {
  MoltBaseExceptionObject *e = excObj(self);
  std::string out = typeName(self);
  out += '(';
  if (isTuple(e->args) && tupleSize(e->args) == 1) {
    if (appendText(out, tupleItem(e->args, 0), true) < 0) return MOLT_ERROR;
    out += ')';
  } else if (isTuple(e->args) && tupleSize(e->args) == 0) {
    out += ')';
  } else {
    out.pop_back();
    if (appendText(out, e->args, true) < 0) return MOLT_ERROR;
  }
  return finishStr(out);
}

MoltValue baseStr(MoltBaseExceptionObject *e) {
  if (!isTuple(e->args)) return molt_str(e->args);
  int64_t n = tupleSize(e->args);
  if (n == 0) return strFromUtf8("");
  if (n == 1) return molt_str(tupleItem(e->args, 0));
  return molt_str(e->args);
}

bool isIntValue(MoltValue v) { return isIntLike(v) && !molt_is_bool(v); }

MoltValue unicodeErrorStr(MoltValue self, Kind k) {
  auto *u = as<MoltUnicodeErrorObject>(self);
  int64_t start = 0, end = 0;
  if (!isIntValue(u->start) || !isIntValue(u->end) || indexAsI64(u->start, &start) < 0 ||
      indexAsI64(u->end, &end) < 0) {
    errClear();
    return strFromUtf8("");
  }
  std::string out;
  char buf[64];
  if (k != Kind::UTranslate) {
    out += '\'';
    if (appendText(out, u->encoding, false) < 0) return MOLT_ERROR;
    out += "' codec can't ";
    out += k == Kind::UDecode ? "decode " : "encode ";
  } else {
    out += "can't translate ";
  }
  if (k == Kind::UDecode) {
    // The object is bytes; fetch the byte through the sequence protocol.
    if (end == start + 1) {
      MoltValue b = molt_getitem(u->object, molt_small_int(start));
      if (molt_is_error(b)) return MOLT_ERROR;
      int64_t byte = 0;
      indexAsI64(b, &byte);
      molt_decref(b);
      formatBuf(buf, sizeof buf, "byte 0x%02x in position %lld", static_cast<unsigned>(byte),
                static_cast<long long>(start));
    } else {
      formatBuf(buf, sizeof buf, "bytes in position %lld-%lld", static_cast<long long>(start),
                static_cast<long long>(end - 1));
    }
    out += buf;
  } else {
    if (end == start + 1 && isStr(u->object)) {
      MoltValue ch = molt_getitem(u->object, molt_small_int(start));
      if (molt_is_error(ch)) return MOLT_ERROR;
      std::string_view sv = strView(ch);
      // Decode the code point.
      uint32_t cp = 0;
      const auto *p = reinterpret_cast<const unsigned char *>(sv.data());
      if (sv.size() == 1)
        cp = p[0];
      else if (sv.size() == 2)
        cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
      else if (sv.size() == 3)
        cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
      else if (sv.size() >= 4)
        cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
             (p[3] & 0x3Fu);
      molt_decref(ch);
      if (cp <= 0xFF)
        formatBuf(buf, sizeof buf, "character '\\x%02x'", cp);
      else if (cp <= 0xFFFF)
        formatBuf(buf, sizeof buf, "character '\\u%04x'", cp);
      else
        formatBuf(buf, sizeof buf, "character '\\U%08x'", cp);
      out += buf;
      formatBuf(buf, sizeof buf, " in position %lld", static_cast<long long>(start));
    } else {
      formatBuf(buf, sizeof buf, "characters in position %lld-%lld", static_cast<long long>(start),
                static_cast<long long>(end - 1));
    }
    out += buf;
  }
  out += ": ";
  if (appendText(out, u->reason, false) < 0) return MOLT_ERROR;
  return finishStr(out);
}

MoltValue excStr(MoltValue self) {
  MoltBaseExceptionObject *e = excObj(self);
  Kind k = kindOf(molt_ptr(self)->type);
  switch (k) {
  case Kind::Key:
    if (isTuple(e->args) && tupleSize(e->args) == 1) return molt_repr(tupleItem(e->args, 0));
    break;
  case Kind::OSErr: {
    auto *o = as<MoltOSErrorObject>(self);
    if (o->myerrno != MOLT_NONE && o->strerror != MOLT_NONE) {
      std::string out = "[Errno ";
      if (appendText(out, o->myerrno, false) < 0) return MOLT_ERROR;
      out += "] ";
      if (appendText(out, o->strerror, false) < 0) return MOLT_ERROR;
      if (o->filename != MOLT_NONE) {
        out += ": ";
        if (appendText(out, o->filename, true) < 0) return MOLT_ERROR;
        if (o->filename2 != MOLT_NONE) {
          out += " -> ";
          if (appendText(out, o->filename2, true) < 0) return MOLT_ERROR;
        }
      }
      return finishStr(out);
    }
    break;
  }
  case Kind::Import: {
    auto *o = as<MoltImportErrorObject>(self);
    if (o->msg != MOLT_NONE) return molt_str(o->msg);
    break;
  }
  case Kind::Syntax: {
    auto *o = as<MoltSyntaxErrorObject>(self);
    if (o->msg == MOLT_NONE) break;
    std::string out;
    if (appendText(out, o->msg, false) < 0) return MOLT_ERROR;
    bool haveFile = isStr(o->filename);
    bool haveLine = isIntValue(o->lineno);
    if (haveFile || haveLine) {
      std::string fname;
      if (haveFile) {
        std::string_view f = strView(o->filename);
        size_t slash = f.rfind('/');
        fname = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
      }
      out += " (";
      if (haveFile) out += fname;
      if (haveFile && haveLine) out += ", ";
      if (haveLine) {
        out += "line ";
        if (appendText(out, o->lineno, false) < 0) return MOLT_ERROR;
      }
      out += ')';
    }
    return finishStr(out);
  }
  case Kind::UDecode:
  case Kind::UEncode:
  case Kind::UTranslate:
    return unicodeErrorStr(self, k);
  case Kind::Group: {
    auto *g = as<MoltExceptionGroupObject>(self);
    std::string out;
    if (appendText(out, g->msg, false) < 0) return MOLT_ERROR;
    int64_t n = isTuple(g->excs) ? tupleSize(g->excs) : 0;
    out += " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
    return finishStr(out);
  }
  default:
    break;
  }
  return baseStr(e);
}

int excHash(MoltValue self, int64_t *out) {
  uint64_t p = reinterpret_cast<uintptr_t>(molt_ptr(self));
  *out = static_cast<int64_t>((p >> 4) | (p << 60));
  if (*out == -1) *out = -2;
  return 0;
}

MoltValue excRichcompare(MoltValue a, MoltValue b, int op) {
  if (op == MOLT_EQ) return molt_bool(a == b);
  if (op == MOLT_NE) return molt_bool(a != b);
  return molt_not_implemented();
}

// ---------------------------------------------------------------------------
// Construction

#if defined(__wasi__)
// Python programs use Linux's errno numbers (OSError(2, ...) is a
// FileNotFoundError); WASI numbers errors differently, so translate first.
int64_t hostErrno(int64_t linux) {
  static const struct {
    int64_t linux;
    int host;
  } kMap[] = {{1, EPERM},        {2, ENOENT},      {3, ESRCH},          {4, EINTR},
              {10, ECHILD},      {11, EAGAIN},     {13, EACCES},        {17, EEXIST},
              {20, ENOTDIR},     {21, EISDIR},     {32, EPIPE},         {103, ECONNABORTED},
              {104, ECONNRESET}, {110, ETIMEDOUT}, {111, ECONNREFUSED}, {114, EALREADY},
              {115, EINPROGRESS}};
  for (const auto &m : kMap)
    if (m.linux == linux) return m.host;
  return -1;
}
#else
int64_t hostErrno(int64_t err) { return err; }
#endif

MoltType *osErrorSubtype(int64_t err) {
  switch (hostErrno(err)) {
#ifdef EAGAIN
  case EAGAIN:
#endif
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK:
#endif
#ifdef EALREADY
  case EALREADY:
#endif
#ifdef EINPROGRESS
  case EINPROGRESS:
#endif
    return &molt_type_BlockingIOError;
  case ECHILD:
    return &molt_type_ChildProcessError;
  case EPIPE:
    return &molt_type_BrokenPipeError;
#ifdef ESHUTDOWN
  case ESHUTDOWN:
    return &molt_type_BrokenPipeError;
#endif
  case ECONNABORTED:
    return &molt_type_ConnectionAbortedError;
  case ECONNREFUSED:
    return &molt_type_ConnectionRefusedError;
  case ECONNRESET:
    return &molt_type_ConnectionResetError;
  case EEXIST:
    return &molt_type_FileExistsError;
  case ENOENT:
    return &molt_type_FileNotFoundError;
  case EISDIR:
    return &molt_type_IsADirectoryError;
  case ENOTDIR:
    return &molt_type_NotADirectoryError;
  case EINTR:
    return &molt_type_InterruptedError;
  case EACCES:
  case EPERM:
    return &molt_type_PermissionError;
  case ESRCH:
    return &molt_type_ProcessLookupError;
  case ETIMEDOUT:
    return &molt_type_TimeoutError;
  default:
    return nullptr;
  }
}

const char *const kImportKw[] = {"name", "path"};
const char *const kNameKw[] = {"name"};
const char *const kAttrKw[] = {"name", "obj"};

// Sets args and the kind's fields from a constructor call. 0 or -1.
int initFields(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames,
               bool checkKw) {
  MoltObject *o = molt_ptr(self);
  MoltBaseExceptionObject *e = excObj(self);
  Kind k = kindOf(o->type);
  size_t nkw = kwCount(kwnames);
  MoltValue kw[2] = {MOLT_NONE, MOLT_NONE};
  if (nkw > 0) {
    const char *const *names = nullptr;
    size_t nn = 0;
    if (k == Kind::Import)
      names = kImportKw, nn = 2;
    else if (k == Kind::Name)
      names = kNameKw, nn = 1;
    else if (k == Kind::Attr)
      names = kAttrKw, nn = 2;
    if (names != nullptr) {
      std::string fname = std::string(o->type->name) + "()";
      fname.resize(fname.size() - 2);
      if (bindKeywords(fname.c_str(), kwnames, args + nargs, names, nn, kw) < 0) return -1;
    } else if (checkKw) {
      molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", o->type->name);
      return -1;
    }
  }
  if (k == Kind::UDecode || k == Kind::UEncode || k == Kind::UTranslate) {
    size_t want = k == Kind::UTranslate ? 4 : 5;
    if (nargs != want) {
      molt_raise_fmt(&molt_type_TypeError, "function takes exactly %d arguments (%d given)",
                     static_cast<int>(want), static_cast<int>(nargs));
      return -1;
    }
  }
  MoltValue t = molt_tuple_new(args, nargs);
  if (molt_is_error(t)) return -1;
  MoltValue old = e->args;
  e->args = t;
  molt_xdecref(old);
  MoltValue none = MOLT_NONE;
  switch (k) {
  case Kind::StopIter:
    setSlot(as<MoltStopIterationObject>(self)->value, nargs > 0 ? args[0] : none);
    break;
  case Kind::SysExit:
    setSlot(as<MoltSystemExitObject>(self)->code, nargs == 0   ? none
                                                  : nargs == 1 ? args[0]
                                                               : e->args);
    break;
  case Kind::OSErr: {
    auto *x = as<MoltOSErrorObject>(self);
    if (nargs >= 2 && nargs <= 5) {
      setSlot(x->myerrno, args[0]);
      setSlot(x->strerror, args[1]);
      if (nargs >= 3) {
        setSlot(x->filename, args[2]);
        if (nargs == 5) setSlot(x->filename2, args[4]);
        MoltValue t2 = molt_tuple_new(args, 2);
        if (molt_is_error(t2)) return -1;
        molt_decref(e->args);
        e->args = t2;
      }
    }
    break;
  }
  case Kind::Import: {
    auto *x = as<MoltImportErrorObject>(self);
    setSlot(x->msg, nargs == 1 ? args[0] : none);
    setSlot(x->name, kw[0]);
    setSlot(x->path, kw[1]);
    break;
  }
  case Kind::Name:
    setSlot(as<MoltNameErrorObject>(self)->name, kw[0]);
    break;
  case Kind::Attr:
    setSlot(as<MoltAttributeErrorObject>(self)->name, kw[0]);
    setSlot(as<MoltAttributeErrorObject>(self)->obj, kw[1]);
    break;
  case Kind::Syntax: {
    auto *x = as<MoltSyntaxErrorObject>(self);
    if (nargs >= 1) setSlot(x->msg, args[0]);
    if (nargs == 2) {
      MoltValue info = args[1];
      if (!isTuple(info)) {
        molt_raise_fmt(&molt_type_TypeError, "argument 2 must be tuple, not %T", info);
        return -1;
      }
      int64_t n = tupleSize(info);
      if (n != 4 && n != 6) {
        molt_raise_fmt(&molt_type_IndexError, "tuple index out of range");
        return -1;
      }
      setSlot(x->filename, tupleItem(info, 0));
      setSlot(x->lineno, tupleItem(info, 1));
      setSlot(x->offset, tupleItem(info, 2));
      setSlot(x->text, tupleItem(info, 3));
      if (n == 6) {
        setSlot(x->end_lineno, tupleItem(info, 4));
        setSlot(x->end_offset, tupleItem(info, 5));
      }
    }
    break;
  }
  case Kind::UDecode:
  case Kind::UEncode:
  case Kind::UTranslate: {
    auto *x = as<MoltUnicodeErrorObject>(self);
    size_t i = 0;
    if (k != Kind::UTranslate) {
      if (!isStr(args[0])) {
        molt_raise_fmt(&molt_type_TypeError, "argument 1 must be str, not %T", args[0]);
        return -1;
      }
      setSlot(x->encoding, args[i++]);
    }
    setSlot(x->object, args[i++]);
    setSlot(x->start, args[i++]);
    setSlot(x->end, args[i++]);
    setSlot(x->reason, args[i]);
    break;
  }
  default:
    break;
  }
  return 0;
}

MoltObject *allocException(MoltType *type) {
  size_t size = type->basicsize < sizeof(MoltBaseExceptionObject) ? sizeof(MoltBaseExceptionObject)
                                                                  : type->basicsize;
  MoltObject *o = allocObject(type, size); // zeroed
  if (o == nullptr) return nullptr;
  auto *e = reinterpret_cast<MoltBaseExceptionObject *>(o);
  e->args = MOLT_NONE;
  e->traceback = MOLT_NONE;
  e->cause = MOLT_NONE;
  e->context = MOLT_NONE;
  e->notes = MOLT_UNBOUND;
  e->dict = MOLT_NONE;
  e->suppress_context = 0;
  const FieldList &fl = fieldsOf(kindOf(type));
  for (size_t i = 0; i < fl.n; i++)
    fieldAt(o, fl.off[i]) = MOLT_NONE;
  return o;
}

MoltValue groupNew(MoltType *type, const MoltValue *args, size_t nargs) {
  initExceptionTypes(); // ExceptionGroup's two-base MRO
  if (nargs != 2) {
    return molt_raise_fmt(&molt_type_TypeError,
                          "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs));
  }
  if (!isStr(args[0]))
    return molt_raise_fmt(&molt_type_TypeError,
                          "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
  MoltValue seq = args[1];
  MoltValue excs;
  if (isTuple(seq)) {
    excs = molt_newref(seq);
  } else if (isList(seq)) {
    excs = molt_list_as_tuple(seq);
    if (molt_is_error(excs)) return MOLT_ERROR;
  } else {
    return molt_raise_fmt(&molt_type_TypeError, "second argument (exceptions) must be a sequence");
  }
  int64_t n = tupleSize(excs);
  if (n == 0) {
    molt_decref(excs);
    return molt_raise_fmt(&molt_type_ValueError,
                          "second argument (exceptions) must be a non-empty sequence");
  }
  bool allException = true;
  for (int64_t i = 0; i < n; i++) {
    MoltValue x = tupleItem(excs, i);
    if (!isExceptionInstance(x)) {
      molt_decref(excs);
      return molt_raise_fmt(&molt_type_ValueError,
                            "Item %lld of second argument (exceptions) is not an exception",
                            static_cast<long long>(i));
    }
    if (!isInstance(x, &molt_type_Exception)) allException = false;
  }
  if (type == &molt_type_BaseExceptionGroup) {
    if (allException) type = &molt_type_ExceptionGroup;
  } else if (isSubtype(type, &molt_type_Exception) && !allException) {
    molt_decref(excs);
    return molt_raise_fmt(&molt_type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  }
  MoltObject *o = allocException(type);
  if (o == nullptr) {
    molt_decref(excs);
    return MOLT_ERROR;
  }
  MoltValue self = molt_from_ptr(o);
  auto *g = as<MoltExceptionGroupObject>(self);
  g->msg = molt_newref(args[0]);
  g->excs = excs;
  g->base.args = molt_tuple_new(args, 2);
  if (molt_is_error(g->base.args)) {
    g->base.args = MOLT_NONE;
    molt_decref(self);
    return MOLT_ERROR;
  }
  return self;
}

MoltValue excNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kindOf(type) == Kind::Group) return groupNew(type, args, nargs);
  if (type == &molt_type_OSError && nargs >= 2 && nargs <= 5 && isIntValue(args[0])) {
    int64_t err = 0;
    if (indexAsI64(args[0], &err) == 0) {
      if (MoltType *sub = osErrorSubtype(err)) type = sub;
    } else {
      errClear();
    }
  }
  MoltObject *o = allocException(type);
  if (o == nullptr) return MOLT_ERROR;
  MoltValue self = molt_from_ptr(o);
  bool builtin = (type->flags & kTypeImmutable) != 0;
  if (initFields(self, args, nargs, kwnames, builtin) < 0) {
    molt_decref(self);
    return MOLT_ERROR;
  }
  return self;
}

// ---------------------------------------------------------------------------
// Methods

MoltValue requireExc(MoltValue self, const char *meth, MoltType *t) {
  if (!isInstance(self, t))
    return molt_raise_fmt(&molt_type_TypeError,
                          "descriptor '%s' requires a '%s' object but received a '%T'", meth,
                          t->name, self);
  return MOLT_NONE;
}

MoltValue m_init(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs < 1)
    return molt_raise_fmt(&molt_type_TypeError,
                          "descriptor '__init__' of 'BaseException' object needs an argument");
  if (molt_is_error(requireExc(args[0], "__init__", &molt_type_BaseException))) return MOLT_ERROR;
  if (kindOf(molt_ptr(args[0])->type) == Kind::Group) {
    // The group's fields are fixed by __new__; __init__ only records args.
    MoltValue t = molt_tuple_new(args + 1, nargs - 1);
    if (molt_is_error(t)) return MOLT_ERROR;
    molt_decref(excObj(args[0])->args);
    excObj(args[0])->args = t;
    return MOLT_NONE;
  }
  if (initFields(args[0], args + 1, nargs - 1, kwnames, true) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_with_traceback(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "BaseException.with_traceback() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs) - 1);
  MoltValue tb = args[1];
  if (tb != MOLT_NONE && !isExact(tb, &molt_type_traceback))
    return molt_raise_fmt(&molt_type_TypeError, "__traceback__ must be a traceback or None");
  setSlot(excObj(args[0])->traceback, tb);
  return molt_newref(args[0]);
}

MoltValue m_add_note(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "BaseException.add_note() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs) - 1);
  if (!isStr(args[1]))
    return molt_raise_fmt(&molt_type_TypeError, "note must be a str, not '%T'", args[1]);
  MoltBaseExceptionObject *e = excObj(args[0]);
  if (e->notes == MOLT_UNBOUND) {
    e->notes = molt_list_new(nullptr, 0);
    if (molt_is_error(e->notes)) {
      e->notes = MOLT_UNBOUND;
      return MOLT_ERROR;
    }
  }
  if (!isList(e->notes))
    return molt_raise_fmt(&molt_type_TypeError, "Cannot add note: __notes__ is not a list");
  if (molt_list_append(e->notes, args[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue m_derive(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "BaseExceptionGroup.derive() takes exactly one argument (%zd given)",
                          static_cast<ptrdiff_t>(nargs) - 1);
  MoltValue a[2] = {as<MoltExceptionGroupObject>(args[0])->msg, args[1]};
  return groupNew(&molt_type_BaseExceptionGroup, a, 2);
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kBaseMethods[] = {
    {"__init__", m_init, 0},
    {"with_traceback", nullptr, 0},
    {"add_note", nullptr, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_exc_with_traceback(void) {
  installMethod(kBaseMethods, "with_traceback", m_with_traceback);
}
extern "C" void molt_use_exc_add_note(void) { installMethod(kBaseMethods, "add_note", m_add_note); }
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kGroupMethods[] = {
    {"derive", nullptr, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_excgroup_derive(void) { installMethod(kGroupMethods, "derive", m_derive); }

// ---------------------------------------------------------------------------
// Attributes

MoltValue g_args(MoltValue self) { return molt_newref(excObj(self)->args); }
int s_args(MoltValue self, MoltValue v) {
  MoltValue t;
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "args may not be deleted");
    return -1;
  }
  if (isTuple(v)) {
    t = molt_newref(v);
  } else {
    MoltValue l = molt_list_new(nullptr, 0);
    if (molt_is_error(l)) return -1;
    if (molt_list_extend(l, v) < 0) {
      molt_decref(l);
      return -1;
    }
    t = molt_list_as_tuple(l);
    molt_decref(l);
    if (molt_is_error(t)) return -1;
  }
  MoltValue old = excObj(self)->args;
  excObj(self)->args = t;
  molt_xdecref(old);
  return 0;
}
MoltValue g_tb(MoltValue self) { return molt_newref(excObj(self)->traceback); }
int s_tb(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (v != MOLT_NONE && !isExact(v, &molt_type_traceback)) {
    molt_raise_fmt(&molt_type_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  setSlot(excObj(self)->traceback, v);
  return 0;
}
MoltValue g_cause(MoltValue self) { return molt_newref(excObj(self)->cause); }
int s_cause(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (v != MOLT_NONE && !isExceptionInstance(v)) {
    molt_raise_fmt(&molt_type_TypeError,
                   "exception cause must be None or derive from BaseException");
    return -1;
  }
  excSetCause(self, v);
  return 0;
}
MoltValue g_context(MoltValue self) { return molt_newref(excObj(self)->context); }
int s_context(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND) {
    molt_raise_fmt(&molt_type_TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (v != MOLT_NONE && !isExceptionInstance(v)) {
    molt_raise_fmt(&molt_type_TypeError,
                   "exception context must be None or derive from BaseException");
    return -1;
  }
  excSetContext(self, v);
  return 0;
}
MoltValue g_suppress(MoltValue self) { return molt_bool(excObj(self)->suppress_context); }
int s_suppress(MoltValue self, MoltValue v) {
  int b = v == MOLT_UNBOUND ? 0 : molt_truthy(v);
  if (b < 0) return -1;
  excObj(self)->suppress_context = b;
  return 0;
}
MoltValue g_notes(MoltValue self) {
  MoltValue n = excObj(self)->notes;
  if (n == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_AttributeError, "'%T' object has no attribute '__notes__'",
                          self);
  return molt_newref(n);
}
int s_notes(MoltValue self, MoltValue v) {
  MoltBaseExceptionObject *e = excObj(self);
  if (v == MOLT_UNBOUND) {
    if (e->notes == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_AttributeError, "__notes__");
      return -1;
    }
    molt_decref(e->notes);
    e->notes = MOLT_UNBOUND;
    return 0;
  }
  setSlot(e->notes, v);
  return 0;
}

const GetSetDef kBaseGetsets[] = {
    {"args", g_args, s_args},
    {"__traceback__", g_tb, s_tb},
    {"__cause__", g_cause, s_cause},
    {"__context__", g_context, s_context},
    {"__suppress_context__", g_suppress, s_suppress},
    {"__notes__", g_notes, s_notes},
    {nullptr, nullptr, nullptr},
};

// Field getters/setters generated per layout member.
#define FIELD_GETSET(T, f)                                                                         \
  MoltValue g_##T##_##f(MoltValue self) { return molt_newref(as<T>(self)->f); }                    \
  int s_##T##_##f(MoltValue self, MoltValue v) {                                                   \
    setSlot(as<T>(self)->f, v == MOLT_UNBOUND ? MOLT_NONE : v);                                    \
    return 0;                                                                                      \
  }
FIELD_GETSET(MoltStopIterationObject, value)
FIELD_GETSET(MoltSystemExitObject, code)
FIELD_GETSET(MoltOSErrorObject, myerrno)
FIELD_GETSET(MoltOSErrorObject, strerror)
FIELD_GETSET(MoltOSErrorObject, filename)
FIELD_GETSET(MoltOSErrorObject, filename2)
FIELD_GETSET(MoltImportErrorObject, msg)
FIELD_GETSET(MoltImportErrorObject, name)
FIELD_GETSET(MoltImportErrorObject, path)
FIELD_GETSET(MoltNameErrorObject, name)
FIELD_GETSET(MoltAttributeErrorObject, name)
FIELD_GETSET(MoltAttributeErrorObject, obj)
FIELD_GETSET(MoltSyntaxErrorObject, msg)
FIELD_GETSET(MoltSyntaxErrorObject, filename)
FIELD_GETSET(MoltSyntaxErrorObject, lineno)
FIELD_GETSET(MoltSyntaxErrorObject, offset)
FIELD_GETSET(MoltSyntaxErrorObject, text)
FIELD_GETSET(MoltSyntaxErrorObject, end_lineno)
FIELD_GETSET(MoltSyntaxErrorObject, end_offset)
FIELD_GETSET(MoltSyntaxErrorObject, print_file_and_line)
FIELD_GETSET(MoltUnicodeErrorObject, encoding)
FIELD_GETSET(MoltUnicodeErrorObject, object)
FIELD_GETSET(MoltUnicodeErrorObject, start)
FIELD_GETSET(MoltUnicodeErrorObject, end)
FIELD_GETSET(MoltUnicodeErrorObject, reason)
#undef FIELD_GETSET
MoltValue g_group_msg(MoltValue self) {
  return molt_newref(as<MoltExceptionGroupObject>(self)->msg);
}
MoltValue g_group_excs(MoltValue self) {
  return molt_newref(as<MoltExceptionGroupObject>(self)->excs);
}

#define GS(T, f)                                                                                   \
  { #f, g_##T##_##f, s_##T##_##f }
const GetSetDef kStopIterGetsets[] = {GS(MoltStopIterationObject, value),
                                      {nullptr, nullptr, nullptr}};
const GetSetDef kSysExitGetsets[] = {GS(MoltSystemExitObject, code), {nullptr, nullptr, nullptr}};
const GetSetDef kOSErrorGetsets[] = {
    {"errno", g_MoltOSErrorObject_myerrno, s_MoltOSErrorObject_myerrno},
    GS(MoltOSErrorObject, strerror),
    GS(MoltOSErrorObject, filename),
    GS(MoltOSErrorObject, filename2),
    {nullptr, nullptr, nullptr}};
const GetSetDef kImportGetsets[] = {GS(MoltImportErrorObject, msg),
                                    GS(MoltImportErrorObject, name),
                                    GS(MoltImportErrorObject, path),
                                    {nullptr, nullptr, nullptr}};
const GetSetDef kNameGetsets[] = {GS(MoltNameErrorObject, name), {nullptr, nullptr, nullptr}};
const GetSetDef kAttrGetsets[] = {GS(MoltAttributeErrorObject, name),
                                  GS(MoltAttributeErrorObject, obj),
                                  {nullptr, nullptr, nullptr}};
const GetSetDef kSyntaxGetsets[] = {GS(MoltSyntaxErrorObject, msg),
                                    GS(MoltSyntaxErrorObject, filename),
                                    GS(MoltSyntaxErrorObject, lineno),
                                    GS(MoltSyntaxErrorObject, offset),
                                    GS(MoltSyntaxErrorObject, text),
                                    GS(MoltSyntaxErrorObject, end_lineno),
                                    GS(MoltSyntaxErrorObject, end_offset),
                                    GS(MoltSyntaxErrorObject, print_file_and_line),
                                    {nullptr, nullptr, nullptr}};
const GetSetDef kUnicodeGetsets[] = {
    GS(MoltUnicodeErrorObject, encoding), GS(MoltUnicodeErrorObject, object),
    GS(MoltUnicodeErrorObject, start),    GS(MoltUnicodeErrorObject, end),
    GS(MoltUnicodeErrorObject, reason),   {nullptr, nullptr, nullptr}};
const GetSetDef kGroupGetsets[] = {{"message", g_group_msg, nullptr},
                                   {"exceptions", g_group_excs, nullptr},
                                   {nullptr, nullptr, nullptr}};
#undef GS

} // namespace

// ---------------------------------------------------------------------------
// The type objects

namespace {
constexpr uint32_t kExcFlags = kTypeBaseType | kTypeException | kTypeImmutable;
}

#define MOLT_EXC_TYPE(NAME, BASE, LAYOUT, METHODS, GETSETS, DOC)                                   \
  MoltType molt_type_##NAME = {                                                                    \
      .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},                                               \
      .name = #NAME,                                                                               \
      .base = BASE,                                                                                \
      .flags = kExcFlags,                                                                          \
      .basicsize = sizeof(LAYOUT),                                                                 \
      .dealloc = excDealloc,                                                                       \
      .traverse = excTraverse,                                                                     \
      .repr = excRepr,                                                                             \
      .str = excStr,                                                                               \
      .hash = excHash,                                                                             \
      .richcompare = excRichcompare,                                                               \
      .getattr = nullptr,                                                                          \
      .setattr = nullptr,                                                                          \
      .call = nullptr,                                                                             \
      .iter = nullptr,                                                                             \
      .iternext = nullptr,                                                                         \
      .number = nullptr,                                                                           \
      .container = nullptr,                                                                        \
      .methods = METHODS,                                                                          \
      .getsets = GETSETS,                                                                          \
      .new_ = excNew,                                                                              \
      .dict = MOLT_NONE,                                                                           \
      .mro = MOLT_NONE,                                                                            \
      .doc = DOC,                                                                                  \
      .descr_get = nullptr,                                                                        \
      .descr_set = nullptr,                                                                        \
      .dictoffset = offsetof(MoltBaseExceptionObject, dict),                                       \
  };
#define SIMPLE(NAME, BASE, DOC)                                                                    \
  MOLT_EXC_TYPE(NAME, &molt_type_##BASE, MoltBaseExceptionObject, nullptr, nullptr, DOC)

extern "C" {
MOLT_EXC_TYPE(BaseException, &molt_type_object, MoltBaseExceptionObject, kBaseMethods, kBaseGetsets,
              "Common base class for all exceptions")
MOLT_EXC_TYPE(BaseExceptionGroup, &molt_type_BaseException, MoltExceptionGroupObject, kGroupMethods,
              kGroupGetsets, "A combination of multiple unrelated exceptions.")
SIMPLE(Exception, BaseException, "Common base class for all non-exit exceptions.")
MOLT_EXC_TYPE(ExceptionGroup, &molt_type_BaseExceptionGroup, MoltExceptionGroupObject, nullptr,
              nullptr, nullptr)
SIMPLE(GeneratorExit, BaseException, "Request that a generator exit.")
SIMPLE(KeyboardInterrupt, BaseException, "Program interrupted by user.")
MOLT_EXC_TYPE(SystemExit, &molt_type_BaseException, MoltSystemExitObject, nullptr, kSysExitGetsets,
              "Request to exit from the interpreter.")
SIMPLE(ArithmeticError, Exception, "Base class for arithmetic errors.")
SIMPLE(FloatingPointError, ArithmeticError, "Floating point operation failed.")
SIMPLE(OverflowError, ArithmeticError, "Result too large to be represented.")
SIMPLE(ZeroDivisionError, ArithmeticError,
       "Second argument to a division or modulo operation was zero.")
SIMPLE(AssertionError, Exception, "Assertion failed.")
MOLT_EXC_TYPE(AttributeError, &molt_type_Exception, MoltAttributeErrorObject, nullptr, kAttrGetsets,
              "Attribute not found.")
SIMPLE(BufferError, Exception, "Buffer error.")
SIMPLE(EOFError, Exception, "Read beyond end of file.")
MOLT_EXC_TYPE(ImportError, &molt_type_Exception, MoltImportErrorObject, nullptr, kImportGetsets,
              "Import can't find module, or can't find name in module.")
MOLT_EXC_TYPE(ModuleNotFoundError, &molt_type_ImportError, MoltImportErrorObject, nullptr, nullptr,
              "Module not found.")
SIMPLE(LookupError, Exception, "Base class for lookup errors.")
SIMPLE(IndexError, LookupError, "Sequence index out of range.")
SIMPLE(KeyError, LookupError, "Mapping key not found.")
SIMPLE(MemoryError, Exception, "Out of memory.")
MOLT_EXC_TYPE(NameError, &molt_type_Exception, MoltNameErrorObject, nullptr, kNameGetsets,
              "Name not found globally.")
MOLT_EXC_TYPE(UnboundLocalError, &molt_type_NameError, MoltNameErrorObject, nullptr, nullptr,
              "Local name referenced but not bound to a value.")
MOLT_EXC_TYPE(OSError, &molt_type_Exception, MoltOSErrorObject, nullptr, kOSErrorGetsets,
              "Base class for I/O related errors.")
#define OSSUB(NAME, BASE, DOC)                                                                     \
  MOLT_EXC_TYPE(NAME, &molt_type_##BASE, MoltOSErrorObject, nullptr, nullptr, DOC)
OSSUB(BlockingIOError, OSError, "I/O operation would block.")
OSSUB(ChildProcessError, OSError, "Child process error.")
OSSUB(ConnectionError, OSError, "Connection error.")
OSSUB(BrokenPipeError, ConnectionError, "Broken pipe.")
OSSUB(ConnectionAbortedError, ConnectionError, "Connection aborted.")
OSSUB(ConnectionRefusedError, ConnectionError, "Connection refused.")
OSSUB(ConnectionResetError, ConnectionError, "Connection reset.")
OSSUB(FileExistsError, OSError, "File already exists.")
OSSUB(FileNotFoundError, OSError, "File not found.")
OSSUB(InterruptedError, OSError, "Interrupted by signal.")
OSSUB(IsADirectoryError, OSError, "Operation doesn't work on directories.")
OSSUB(NotADirectoryError, OSError, "Operation only works on directories.")
OSSUB(PermissionError, OSError, "Not enough permissions.")
OSSUB(ProcessLookupError, OSError, "Process not found.")
OSSUB(TimeoutError, OSError, "Timeout expired.")
#undef OSSUB
SIMPLE(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
SIMPLE(RuntimeError, Exception, "Unspecified run-time error.")
SIMPLE(NotImplementedError, RuntimeError, "Method or function hasn't been implemented yet.")
SIMPLE(RecursionError, RuntimeError, "Recursion limit exceeded.")
SIMPLE(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
MOLT_EXC_TYPE(StopIteration, &molt_type_Exception, MoltStopIterationObject, nullptr,
              kStopIterGetsets, "Signal the end from iterator.__next__().")
MOLT_EXC_TYPE(SyntaxError, &molt_type_Exception, MoltSyntaxErrorObject, nullptr, kSyntaxGetsets,
              "Invalid syntax.")
MOLT_EXC_TYPE(IndentationError, &molt_type_SyntaxError, MoltSyntaxErrorObject, nullptr, nullptr,
              "Improper indentation.")
MOLT_EXC_TYPE(TabError, &molt_type_IndentationError, MoltSyntaxErrorObject, nullptr, nullptr,
              "Improper mixture of spaces and tabs.")
SIMPLE(SystemError, Exception, "Internal error in the Python interpreter.")
SIMPLE(TypeError, Exception, "Inappropriate argument type.")
SIMPLE(ValueError, Exception, "Inappropriate argument value (of correct type).")
SIMPLE(UnicodeError, ValueError, "Unicode related error.")
MOLT_EXC_TYPE(UnicodeDecodeError, &molt_type_UnicodeError, MoltUnicodeErrorObject, nullptr,
              kUnicodeGetsets, "Unicode decoding error.")
MOLT_EXC_TYPE(UnicodeEncodeError, &molt_type_UnicodeError, MoltUnicodeErrorObject, nullptr,
              kUnicodeGetsets, "Unicode encoding error.")
MOLT_EXC_TYPE(UnicodeTranslateError, &molt_type_UnicodeError, MoltUnicodeErrorObject, nullptr,
              kUnicodeGetsets, "Unicode translation error.")
SIMPLE(Warning, Exception, "Base class for warning categories.")
SIMPLE(BytesWarning, Warning,
       "Base class for warnings about bytes and buffer related problems, mostly related to "
       "conversion from str or comparing to str.")
SIMPLE(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")
SIMPLE(EncodingWarning, Warning, "Base class for warnings about encodings.")
SIMPLE(FutureWarning, Warning,
       "Base class for warnings about constructs that will change semantically in the future.")
SIMPLE(ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")
SIMPLE(PendingDeprecationWarning, Warning,
       "Base class for warnings about features which will be deprecated in the future.")
SIMPLE(ResourceWarning, Warning, "Base class for warnings about resource usage.")
SIMPLE(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")
SIMPLE(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
SIMPLE(UnicodeWarning, Warning,
       "Base class for warnings about Unicode related problems, mostly related to conversion "
       "problems.")
SIMPLE(UserWarning, Warning, "Base class for warnings generated by user code.")
} // extern "C"
#undef SIMPLE
#undef MOLT_EXC_TYPE

namespace molt::rt {

bool isExceptionType(MoltValue v) {
  if (!molt_is_ptr(v) || !isInstance(v, &molt_type_type)) return false;
  return isSubtype(as<MoltType>(v), &molt_type_BaseException);
}

MoltValue excCreate(MoltType *t, const MoltValue *args, size_t nargs) {
  if ((t->flags & kTypeImmutable) != 0 && t->new_ == excNew)
    return excNew(t, args, nargs, MOLT_NONE);
  return molt_call(molt_from_ptr(t), args, nargs, MOLT_NONE);
}

void excSetContext(MoltValue exc, MoltValue ctx) { setSlot(excObj(exc)->context, ctx); }

void excSetCause(MoltValue exc, MoltValue cause) {
  setSlot(excObj(exc)->cause, cause);
  excObj(exc)->suppress_context = 1;
}

void initExceptionTypes() {
  static bool done = false;
  if (done) return;
  done = true;
  // ExceptionGroup has two bases (BaseExceptionGroup, Exception): its MRO is
  // set here (replacing the single-inheritance one readyType built).
  MoltValue mro[] = {molt_from_ptr(&molt_type_ExceptionGroup),
                     molt_from_ptr(&molt_type_BaseExceptionGroup),
                     molt_from_ptr(&molt_type_Exception), molt_from_ptr(&molt_type_BaseException),
                     molt_from_ptr(&molt_type_object)};
  MoltValue t = molt_tuple_new(mro, 5);
  if (!molt_is_error(t)) {
    makeImmortal(molt_ptr(t));
    molt_type_ExceptionGroup.mro = t;
  }
#define READY(name) readyType(&molt_type_##name);
  MOLT_EXC_TYPES(READY)
#undef READY
  readyType(&molt_type_traceback);
  readyType(&molt_type_callable_iterator);
}

} // namespace molt::rt
