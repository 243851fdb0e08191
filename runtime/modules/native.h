// Native standard-library modules: the registry behind `import math` and the
// helpers the module files (runtime/modules/*.cpp) share. A native module is
// described by an init function that fills a NativeModuleBuilder with its
// attributes; the registry turns that into a MoltModuleInfo (slot-backed
// globals, like a compiled module) the first time the module is imported.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"

namespace molt::rt {

/// Collects the attributes of a native module while its init function runs.
struct NativeModuleBuilder {
  std::vector<const char *> names;
  std::vector<MoltValue> values;
  bool failed = false;
  /// Adds attribute name = v (steals v; v is made immortal). MOLT_ERROR marks failure.
  void add(const char *name, MoltValue v);
  /// Adds a builtin function `name` (repr "<built-in function name>").
  void addFunc(const char *name, MoltVectorcall fn);
  /// Readies t and adds it under the part of t->name after the last dot.
  void addType(MoltType *t);
};

/// Init functions of the native modules (one per module file).
void initMathModule(NativeModuleBuilder &b);
void initOperatorModule(NativeModuleBuilder &b);
void initItertoolsModule(NativeModuleBuilder &b);
void initHeapqModule(NativeModuleBuilder &b);
void initBisectModule(NativeModuleBuilder &b);
void initTimeModule(NativeModuleBuilder &b);
void initRandomModule(NativeModuleBuilder &b);
void initCollectionsModule(NativeModuleBuilder &b);
void initCoroModule(NativeModuleBuilder &b);
void initCmathModule(NativeModuleBuilder &b);
void initWeakrefModule(NativeModuleBuilder &b);

// ---------------------------------------------------------------------------
// Argument helpers (CPython's messages)

// The checks are inline for the common call without keywords; the *Slow
// forms handle keyword tuples and raise.

/// noKeywords for any kwnames (MOLT_NONE, empty or not): 0 or -1.
int noKeywordsSlow(const char *fname, MoltValue kwnames);
/// checkPositional for any kwnames: 0 or -1.
int checkPositionalSlow(const char *fname, size_t nargs, MoltValue kwnames, size_t min, size_t max);
/// checkOneArg for any kwnames: 0 or -1.
int checkOneArgSlow(const char *fname, size_t nargs, MoltValue kwnames);

/// "NAME() takes no keyword arguments" unless kwnames is empty: 0 or -1.
inline int noKeywords(const char *fname, MoltValue kwnames) {
  return kwnames == MOLT_NONE ? 0 : noKeywordsSlow(fname, kwnames);
}
/// Checks min <= nargs <= max with the argument-clinic messages
/// ("NAME expected 2 arguments, got 1", "NAME expected at least 1 argument, got 0",
/// "NAME expected at most 3 arguments, got 4"); also refuses keywords. 0 or -1.
inline int checkPositional(const char *fname, size_t nargs, MoltValue kwnames, size_t min,
                           size_t max) {
  if (kwnames == MOLT_NONE && nargs >= min && nargs <= max) return 0;
  return checkPositionalSlow(fname, nargs, kwnames, min, max);
}
/// "NAME() takes exactly one argument (N given)" (METH_O functions): 0 or -1.
inline int checkOneArg(const char *fname, size_t nargs, MoltValue kwnames) {
  return kwnames == MOLT_NONE && nargs == 1 ? 0 : checkOneArgSlow(fname, nargs, kwnames);
}
/// float(x) for a math argument ("must be real number, not X"): 0 or -1.
int toDouble(MoltValue v, double *out);
/// operator.index(v) as a new int value ("'X' object cannot be interpreted as an integer").
MoltValue toIndex(MoltValue v);
/// A new int value from a double known to be integral and finite.
MoltValue intFromIntegralDouble(double d);
/// The keyword value named `name` in a vectorcall call, or MOLT_UNBOUND (borrowed).
MoltValue kwValue(const MoltValue *args, size_t nargs, MoltValue kwnames, const char *name);
/// A dealloc that only frees the object (no references held).
void plainDealloc(MoltObject *o);
/// Binds arguments to names in the old-style (PyArg_ParseTupleAndKeywords)
/// way: at most maxPos positional, names[0..nreq) required. out[] receives
/// borrowed values (MOLT_UNBOUND when absent). Messages: "f() takes at most N
/// arguments (M given)", "f() missing required argument 'x' (pos 1)", "'k' is
/// an invalid keyword argument for f()", "argument for f() given by name ('x')
/// and position (1)". 0 or -1.
int parseArgs(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
              const char *const *names, size_t nnames, size_t maxPos, size_t nreq, MoltValue *out);
/// iter slot of iterators: returns self (new reference).
MoltValue selfIter(MoltValue self);

} // namespace molt::rt

/// A native module. Each module file defines one (molt_native_NAME); the
/// generated main registers those the program imports, so that programs link
/// only the module files they use.
struct MoltNativeModule {
  const char *name;
  void (*init)(molt::rt::NativeModuleBuilder &);
  MoltModuleInfo *info; // built on first import
};

extern "C" void molt_register_native(MoltNativeModule *m);
