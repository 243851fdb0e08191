// Internal interfaces shared by the "builtins" area of the runtime:
// exceptions (objects/exceptions.cpp), errors and tracebacks (core/errors.cpp,
// core/traceback.cpp), builtin functions (builtins/*.cpp), sys
// (modules/sys.cpp) and the program entry (core/main.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "molt/exceptionobject.h"
#include "molt/molt.h"
#include "molt/object.h"

#include "molt/listobject.h"
#include "molt/tupleobject.h"

namespace molt::rt {

// ---------------------------------------------------------------------------
// Tuples and lists (read access)

/// Item i of a tuple value (borrowed).
inline MoltValue tupleItem(MoltValue t, int64_t i) { return as<MoltTuple>(t)->items[i]; }

// ---------------------------------------------------------------------------
// Tracebacks (core/traceback.cpp)

/// One recorded frame position.
struct TracebackEntry {
  const MoltCodeInfo *code;
  int32_t line, col, end_line, end_col;
};
/// Entries a traceback holds without a separate allocation (most exceptions
/// are caught a frame or two from where they were raised).
inline constexpr int32_t kTracebackInline = 4;
/// A traceback object: entries innermost first (the order molt_tb_add sees them).
struct MoltTraceback {
  MoltObject ob;
  int32_t size, capacity;
  TracebackEntry *entries; ///< inlineEntries, or malloc'ed once they overflow
  TracebackEntry inlineEntries[kTracebackInline];
};
/// Appends an entry to exc's traceback (copying a shared traceback first).
void tracebackAppend(MoltValue exc, const TracebackEntry &e);
/// Prints exc (with its chain) to stderr exactly like CPython's default hook.
void printException(MoltValue exc);

// ---------------------------------------------------------------------------
// Exceptions (objects/exceptions.cpp)

/// The exception instance header of v (v must be an exception instance).
inline MoltBaseExceptionObject *excObj(MoltValue v) { return as<MoltBaseExceptionObject>(v); }
/// True if v is an exception instance.
inline bool isExceptionInstance(MoltValue v) {
  return molt_is_ptr(v) && (molt_ptr(v)->type->flags & kTypeException) != 0;
}
/// True if v is an exception class.
bool isExceptionType(MoltValue v);
/// Instantiates exception type t with positional args (a direct path for
/// builtin types, a full call for user subclasses).
MoltValue excCreate(MoltType *t, const MoltValue *args, size_t nargs);
/// Readies every exception type (idempotent).
void initExceptionTypes();
/// Sets exc.__context__ (ctx borrowed, may be MOLT_NONE).
void excSetContext(MoltValue exc, MoltValue ctx);
/// Sets exc.__cause__ (borrowed, may be MOLT_NONE) and __suppress_context__.
void excSetCause(MoltValue exc, MoltValue cause);

// ---------------------------------------------------------------------------
// Errors (core/errors.cpp)

/// Makes exc (stolen reference, an exception instance) pending, setting its
/// __context__ from the exception being handled. Returns MOLT_ERROR.
MoltValue raiseInstance(MoltValue exc);
/// The innermost exception being handled (borrowed), or MOLT_NONE.
MoltValue handledException();
/// next(gen[, dflt]) on a generator (dflt MOLT_UNBOUND: none): StopIteration carries the
/// return value.
MoltValue genNextBuiltin(MoltValue gen, MoltValue dflt);
/// Exceptions being handled (innermost last, each a reference); core/errors.cpp.
extern std::vector<MoltValue> gHandled;
/// Depth of the stack of exceptions being handled (generators save what lies above theirs).
inline size_t handledDepth() { return gHandled.size(); }
/// Pushes exc (stolen reference) on the handled stack.
void handledPushStolen(MoltValue exc);
/// Pops the innermost handled exception, returning its reference (stack must not be empty).
MoltValue handledPopStolen();
/// 1 if the pending exception is an instance of t, else 0.
int errPendingMatches(MoltType *t);
/// Drops the pending exception.
void errClear();

// ---------------------------------------------------------------------------
// sys (modules/sys.cpp)

/// sys.stdout / sys.stderr / sys.stdin as currently bound (borrowed).
MoltValue sysStdout();
MoltValue sysStderr();
MoltValue sysStdin();
/// True if v is one of the runtime's standard stream objects; *fd gets its fd.
bool isStdStream(MoltValue v, int *fd);
/// Writes UTF-8 text to a stream object (fast path for standard streams,
/// else calls v.write(str)). 0 or -1.
int streamWrite(MoltValue stream, std::string_view text);
/// Calls stream.flush() (fast path for standard streams). 0 or -1.
int streamFlush(MoltValue stream);

// ---------------------------------------------------------------------------
// callable_iterator (builtins/callable_iterator.cpp)

/// The callable_iterator type (iter(callable, sentinel)).
extern MoltType molt_type_callable_iterator;
/// A new callable_iterator (arguments borrowed).
MoltValue callableIterNew(MoltValue callable, MoltValue sentinel);

// ---------------------------------------------------------------------------
// "Did you mean" hints (builtins/suggestions.cpp)

/// Records the __main__ module (its globals feed NameError suggestions).
void setMainModule(const MoltModuleInfo *info);
/// The hint CPython appends to str(exc) in a traceback (". Did you mean: 'x'?"),
/// or "". innermost is the code of the innermost traceback frame (may be null).
std::string suggestionFor(MoltValue exc, const MoltCodeInfo *innermost);

// ---------------------------------------------------------------------------
// Small helpers (builtins/args.cpp)

/// Immortal interned str for a C identifier (cached by the caller).
MoltValue internStr(const char *s);
/// Number of code points in UTF-8 text.
int64_t utf8Length(std::string_view s);
/// Matches keyword arguments against names; out[i] receives the borrowed value
/// for names[i] (left untouched if absent). Unknown keyword: TypeError with
/// CPython's "'x' is an invalid keyword argument for f()" message. 0 or -1.
int bindKeywords(const char *fname, MoltValue kwnames, const MoltValue *kwvalues,
                 const char *const *names, size_t nnames, MoltValue *out);

} // namespace molt::rt
