/* molt.h: the runtime's C ABI, included by every generated C file (C11) and
 * by the runtime itself (C++20). DESIGN.md section 3.
 *
 * Conventions (every function below follows them unless it says otherwise):
 *   - Values are NaN-boxed 64-bit words (MoltValue); see molt/value.h for the
 *     tag table. Heap objects start with MoltObject.
 *   - Arguments are BORROWED; a returned MoltValue is a NEW reference.
 *   - A function returning MoltValue signals failure by returning MOLT_ERROR
 *     with the exception pending in molt_state; one returning int signals it
 *     with -1. Nothing here uses C++ exceptions, setjmp or threads.
 *   - Iterators return MOLT_STOP (no exception pending) when exhausted.
 *   - MOLT_UNBOUND marks an unassigned variable slot; it never reaches Python.
 */
#ifndef MOLT_MOLT_H
#define MOLT_MOLT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Values */

/** A Python value: NaN-boxed double, small int, bool, None, sentinel or pointer. */
typedef uint64_t MoltValue;

#define MOLT_TAG_SHIFT 48
#define MOLT_TAG_PTR 0xFFF9ull
#define MOLT_TAG_INT 0xFFFAull
#define MOLT_TAG_BOOL 0xFFFBull
#define MOLT_TAG_NONE 0xFFFCull
#define MOLT_TAG_SENTINEL 0xFFFDull
#define MOLT_PAYLOAD_MASK 0xFFFFFFFFFFFFull

#define MOLT_NONE ((MoltValue)(MOLT_TAG_NONE << MOLT_TAG_SHIFT))
#define MOLT_FALSE ((MoltValue)(MOLT_TAG_BOOL << MOLT_TAG_SHIFT))
#define MOLT_TRUE ((MoltValue)((MOLT_TAG_BOOL << MOLT_TAG_SHIFT) | 1))
/** Failure: an exception is pending. */
#define MOLT_ERROR ((MoltValue)(MOLT_TAG_SENTINEL << MOLT_TAG_SHIFT))
/** Iterator exhausted; no exception pending. */
#define MOLT_STOP ((MoltValue)((MOLT_TAG_SENTINEL << MOLT_TAG_SHIFT) | 1))
/** An unassigned local/global/cell slot. */
#define MOLT_UNBOUND ((MoltValue)((MOLT_TAG_SENTINEL << MOLT_TAG_SHIFT) | 2))

/** Smallest and largest ints stored inline (48-bit payload). */
#define MOLT_SMALL_INT_MIN (-((int64_t)1 << 47))
#define MOLT_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

/** Rich comparison operators, in CPython's order. */
enum { MOLT_LT = 0, MOLT_LE = 1, MOLT_EQ = 2, MOLT_NE = 3, MOLT_GT = 4, MOLT_GE = 5 };

typedef struct MoltType MoltType;

/** Header of every heap object. Immortal objects start at MOLT_IMMORTAL_REFCNT. */
typedef struct MoltObject {
  int64_t refcnt;
  MoltType *type;
} MoltObject;

/** Refcount of immortal objects (constants, types, singletons): never reaches 0. */
#define MOLT_IMMORTAL_REFCNT ((int64_t)1 << 60)

/* Fast paths are forced inline: generated functions are large enough that the
   compiler would otherwise outline them. (added by runtime performance) */
#if defined(__GNUC__) || defined(__clang__)
#define MOLT_INLINE static inline __attribute__((always_inline))
#else
#define MOLT_INLINE static inline
#endif

MOLT_INLINE uint64_t molt_tag(MoltValue v) { return v >> MOLT_TAG_SHIFT; }
/** True for a heap pointer. */
MOLT_INLINE int molt_is_ptr(MoltValue v) { return molt_tag(v) == MOLT_TAG_PTR; }
/** True for an inline small int (not bool). */
MOLT_INLINE int molt_is_small_int(MoltValue v) { return molt_tag(v) == MOLT_TAG_INT; }
/** True for a float. */
MOLT_INLINE int molt_is_float(MoltValue v) { return molt_tag(v) < MOLT_TAG_PTR; }
/** True for True/False. */
MOLT_INLINE int molt_is_bool(MoltValue v) { return molt_tag(v) == MOLT_TAG_BOOL; }
/** True for the error sentinel. */
MOLT_INLINE int molt_is_error(MoltValue v) { return v == MOLT_ERROR; }

/** The object of a pointer value. */
MOLT_INLINE MoltObject *molt_ptr(MoltValue v) {
  return (MoltObject *)(uintptr_t)(v & MOLT_PAYLOAD_MASK);
}
/** Boxes a non-null object pointer. */
MOLT_INLINE MoltValue molt_from_ptr(const void *p) {
  return (MOLT_TAG_PTR << MOLT_TAG_SHIFT) | (uint64_t)(uintptr_t)p;
}
/** Boxes an int known to fit the small range. */
MOLT_INLINE MoltValue molt_small_int(int64_t i) {
  return (MOLT_TAG_INT << MOLT_TAG_SHIFT) | ((uint64_t)i & MOLT_PAYLOAD_MASK);
}
/** The int64 of a small int. */
MOLT_INLINE int64_t molt_small_int_val(MoltValue v) { return (int64_t)(v << 16) >> 16; }
/** True if i fits the small-int range. */
MOLT_INLINE int molt_fits_small(int64_t i) {
  return i >= MOLT_SMALL_INT_MIN && i <= MOLT_SMALL_INT_MAX;
}
/** Boxes a double (NaNs canonicalized). */
MOLT_INLINE MoltValue molt_float(double d) {
  MoltValue b;
  if (d != d) return 0x7FF8000000000000ull;
  memcpy(&b, &d, sizeof b);
  return b;
}
/** The double of a float value. */
MOLT_INLINE double molt_float_val(MoltValue v) {
  double d;
  memcpy(&d, &v, sizeof d);
  return d;
}
/** Boxes a C bool. */
MOLT_INLINE MoltValue molt_bool(int b) { return b ? MOLT_TRUE : MOLT_FALSE; }

/* ------------------------------------------------------------------------
 * Reference counting */

/** Frees an object whose count reached zero (runs the type's dealloc). */
void molt_dealloc(MoltObject *o);

/** New reference to v. */
MOLT_INLINE void molt_incref(MoltValue v) {
  if (molt_is_ptr(v)) molt_ptr(v)->refcnt++;
}
/** Drops a reference to v. */
MOLT_INLINE void molt_decref(MoltValue v) {
  if (molt_is_ptr(v) && --molt_ptr(v)->refcnt == 0) molt_dealloc(molt_ptr(v));
}
/** molt_decref out of line, for the cold failure paths of generated code
    (keeps their functions small: V8 compiles a wasm function in time
    proportional to its size before its optimized code runs). */
void molt_decref_cold(MoltValue v);
/** Drops a reference unless v is a sentinel (error/stop/unbound). */
MOLT_INLINE void molt_xdecref(MoltValue v) {
  if (molt_tag(v) != MOLT_TAG_SENTINEL) molt_decref(v);
}
/** Returns v with a new reference (for `x = y` copies). */
MOLT_INLINE MoltValue molt_newref(MoltValue v) {
  molt_incref(v);
  return v;
}

/* ------------------------------------------------------------------------
 * Interpreter state */

/** The single-threaded runtime state that generated code touches inline. */
typedef struct MoltState {
  int32_t depth;           /* current Python call depth */
  int32_t recursion_limit; /* sys.getrecursionlimit(), 1000 by default */
  MoltValue exc;           /* pending exception instance, or MOLT_NONE */
  /* Lowest frame address a Python call may start at (the stack grows down):
     below it RecursionError is raised, leaving room for the runtime's own
     work, so a deep recursion under a raised recursion limit never overflows
     the C stack (or the wasm module's linear-memory stack). 0: unchecked. */
  uintptr_t stack_limit;
} MoltState;
extern MoltState molt_state;

/** Raises RecursionError; returns -1. */
int molt_recursion_error(void);
/** True if the C stack is too deep to start another Python call. */
MOLT_INLINE int molt_stack_exhausted(void) {
  return (uintptr_t)__builtin_frame_address(0) < molt_state.stack_limit;
}
/** Function prologue: counts a Python frame; -1 (RecursionError) past the
 * recursion limit or when the stack is nearly exhausted. */
MOLT_INLINE int molt_enter(void) {
  if (++molt_state.depth > molt_state.recursion_limit || molt_stack_exhausted())
    return molt_recursion_error();
  return 0;
}
/** Function epilogue (also on the error path after molt_enter succeeded). */
MOLT_INLINE void molt_leave(void) { molt_state.depth--; }

/* ------------------------------------------------------------------------
 * Code locations and tracebacks */

/** Static description of one compiled function or module body. */
typedef struct MoltCodeInfo {
  const char *name;     /* co_name: "f", "<module>", "<lambda>", "<listcomp>" */
  const char *qualname; /* "outer.<locals>.f" */
  const char *filename; /* as CPython shows it: the path given on the command line */
  int32_t firstline;
  const char *const
      *source_lines; /* the module's source lines (no newline), index 0 = line 1; may be NULL */
  int32_t nlines;
} MoltCodeInfo;

/** Appends a traceback entry (this frame, at this position) to the pending exception. */
void molt_tb_add(const MoltCodeInfo *code, int32_t line, int32_t col, int32_t end_line,
                 int32_t end_col);

/* ------------------------------------------------------------------------
 * Exceptions */

/* Builtin exception types (and other types codegen names). Defined in the runtime. */
#define MOLT_EXC_TYPES(X)                                                                          \
  X(BaseException)                                                                                 \
  X(BaseExceptionGroup)                                                                            \
  X(Exception) X(ExceptionGroup) X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit)               \
      X(ArithmeticError) X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) X(            \
          AssertionError) X(AttributeError) X(BufferError) X(EOFError) X(ImportError)              \
          X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(        \
              NameError) X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError)   \
              X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError) X(                   \
                  ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError)               \
                  X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError) X(                 \
                      NotADirectoryError) X(PermissionError) X(ProcessLookupError) X(TimeoutError) \
                      X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError)   \
                          X(StopAsyncIteration) X(StopIteration) X(SyntaxError)                    \
                              X(IndentationError) X(TabError) X(SystemError) X(TypeError)          \
                                  X(ValueError) X(UnicodeError) X(UnicodeDecodeError)              \
                                      X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning)    \
                                          X(BytesWarning) X(DeprecationWarning) X(EncodingWarning) \
                                              X(FutureWarning) X(ImportWarning)                    \
                                                  X(PendingDeprecationWarning) X(ResourceWarning)  \
                                                      X(RuntimeWarning) X(SyntaxWarning)           \
                                                          X(UnicodeWarning) X(UserWarning)

#define MOLT_DECLARE_EXC(name) extern MoltType molt_type_##name;
MOLT_EXC_TYPES(MOLT_DECLARE_EXC)
#undef MOLT_DECLARE_EXC

/** Builtin non-exception types, by their Python name. */
#define MOLT_BUILTIN_TYPES(X)                                                                      \
  X(object)                                                                                        \
  X(type)                                                                                          \
  X(NoneType) X(bool) X(int) X(float) X(complex) X(str) X(bytes) X(bytearray) X(list) X(tuple)     \
      X(dict) X(set) X(frozenset) X(range) X(slice) X(function) X(builtin_function) X(method)      \
          X(cell) X(module) X(NotImplementedType) X(ellipsis) X(enumerate) X(zip) X(map) X(filter) \
              X(reversed) X(memoryview) X(property) X(staticmethod) X(classmethod) X(super)

#define MOLT_DECLARE_TYPE(name) extern MoltType molt_type_##name;
MOLT_BUILTIN_TYPES(MOLT_DECLARE_TYPE)
#undef MOLT_DECLARE_TYPE

/** Raises type(message) where message is printf-formatted UTF-8; returns MOLT_ERROR. */
MoltValue molt_raise_fmt(MoltType *type, const char *fmt, ...);
/** `raise exc`: exc is an exception class (instantiated with no args) or instance. */
MoltValue molt_raise(MoltValue exc);
/** `raise exc from cause` (cause may be None). */
MoltValue molt_raise_from(MoltValue exc, MoltValue cause);
/** Bare `raise`: re-raises the exception being handled ("No active exception to reraise"). */
MoltValue molt_reraise(void);
/** Takes the pending exception (new reference), leaving none pending. */
MoltValue molt_err_fetch(void);
/** Makes exc (borrowed) the pending exception again (e.g. no except clause matched). */
void molt_err_restore(MoltValue exc);
/** 1 if exception instance exc matches `except typ` (class or tuple), 0 if not, -1 on error. */
int molt_err_matches(MoltValue exc, MoltValue typ);
/** Entering an except block: exc becomes the handled exception (sys.exception()). */
void molt_exc_push_handled(MoltValue exc);
/** Leaving an except block. */
void molt_exc_pop_handled(void);
/** NameError "name 'x' is not defined". */
MoltValue molt_raise_name_error(const char *name);
/** The same, raised by a function with a local `self` whose value is self
 * (MOLT_UNBOUND when unbound): the traceback may suggest 'self.x'. */
MoltValue molt_raise_name_error_self(const char *name, MoltValue self);
/** UnboundLocalError "cannot access local variable 'x' where it is not associated with a value". */
MoltValue molt_raise_unbound_local(const char *name);
/** NameError "cannot access free variable 'x' where it is not associated with a value in enclosing
 * scope". */
MoltValue molt_raise_unbound_free(const char *name);
/** AssertionError with an optional message (MOLT_UNBOUND for none). */
MoltValue molt_raise_assert(MoltValue msg);

/* added by builtins: */
/** 1 if an exception is pending, else 0. */
int molt_err_occurred(void);
/** The `sys` module object (new reference); `import sys` compiles to this. */
MoltValue molt_sys_module(void);
/** (added by stdlib) `import NAME` of a native standard-library module
 * (runtime/modules/native.cpp): the module object, created and initialized on first use (new
 * reference). */
MoltValue molt_import_native(const char *name);
/* end added by builtins */

/* ------------------------------------------------------------------------
 * Constants (created once at module set-up; immortal) */

/** An interned immortal str from UTF-8 (WTF-8) bytes. */
MoltValue molt_const_str(const char *utf8, size_t len);
/** An immortal bytes object. */
MoltValue molt_const_bytes(const char *data, size_t len);
/** An immortal int from decimal digits with optional leading '-'. */
MoltValue molt_const_int(const char *decimal);
/** An immortal complex with the given parts. */
MoltValue molt_const_complex(double real, double imag);
/** An immortal tuple (items borrowed, must be immortal). */
MoltValue molt_const_tuple(const MoltValue *items, size_t n);
/** The Ellipsis singleton. */
MoltValue molt_ellipsis(void);
/** The NotImplemented object (immortal); use molt_not_implemented(). */
extern MoltObject molt_NotImplemented_object;
/** The NotImplemented singleton (inline: every binary operator compares with it). */
MOLT_INLINE MoltValue molt_not_implemented(void) {
  return molt_from_ptr(&molt_NotImplemented_object);
}

/* ------------------------------------------------------------------------
 * Numbers: generic operations (any operand types) */

MoltValue molt_add(MoltValue a, MoltValue b);
MoltValue molt_sub(MoltValue a, MoltValue b);
MoltValue molt_mul(MoltValue a, MoltValue b);
MoltValue molt_truediv(MoltValue a, MoltValue b);
MoltValue molt_floordiv(MoltValue a, MoltValue b);
MoltValue molt_mod(MoltValue a, MoltValue b);
MoltValue molt_pow(MoltValue a, MoltValue b);
MoltValue molt_lshift(MoltValue a, MoltValue b);
MoltValue molt_rshift(MoltValue a, MoltValue b);
MoltValue molt_and(MoltValue a, MoltValue b);
MoltValue molt_or(MoltValue a, MoltValue b);
MoltValue molt_xor(MoltValue a, MoltValue b);
MoltValue molt_matmul(MoltValue a, MoltValue b);
/* In-place forms (`a += b`): try the in-place slot first (list, set, dict...). */
MoltValue molt_iadd(MoltValue a, MoltValue b);
MoltValue molt_isub(MoltValue a, MoltValue b);
MoltValue molt_imul(MoltValue a, MoltValue b);
MoltValue molt_itruediv(MoltValue a, MoltValue b);
MoltValue molt_ifloordiv(MoltValue a, MoltValue b);
MoltValue molt_imod(MoltValue a, MoltValue b);
MoltValue molt_ipow(MoltValue a, MoltValue b);
MoltValue molt_ilshift(MoltValue a, MoltValue b);
MoltValue molt_irshift(MoltValue a, MoltValue b);
MoltValue molt_iand(MoltValue a, MoltValue b);
MoltValue molt_ior(MoltValue a, MoltValue b);
MoltValue molt_ixor(MoltValue a, MoltValue b);
MoltValue molt_imatmul(MoltValue a, MoltValue b);
MoltValue molt_neg(MoltValue a);
MoltValue molt_pos(MoltValue a);
MoltValue molt_invert(MoltValue a);
/** `not a` as a bool value. */
MoltValue molt_not(MoltValue a);
/** Rich comparison returning any object (bool for builtins). */
MoltValue molt_richcompare(MoltValue a, MoltValue b, int op);
/** Rich comparison as a C truth value: 1, 0, or -1 on error. */
int molt_compare_bool(MoltValue a, MoltValue b, int op);
/** Truth value of an object that is not bool/None/int/float inline: 1, 0, -1. */
int molt_truthy_slow(MoltValue v);
/** `item in container`: 1, 0, -1. */
int molt_contains(MoltValue container, MoltValue item);
/** An int from an int64 (heap bigint if outside the small range). */
MoltValue molt_int_from_i64(int64_t i);

/* Inline fast paths. Small ints are 48-bit, so + and - never overflow int64. */

/** Both operands as doubles when one is a float and the other a float or a
 * small int: Python converts the int to float first, and 48-bit ints
 * convert exactly. 1 if so, else 0. */
MOLT_INLINE int molt_float_pair(MoltValue a, MoltValue b, double *x, double *y) {
  if (molt_is_float(a)) {
    if (molt_is_float(b))
      *y = molt_float_val(b);
    else if (molt_is_small_int(b))
      *y = (double)molt_small_int_val(b);
    else
      return 0;
    *x = molt_float_val(a);
    return 1;
  }
  if (molt_is_small_int(a) && molt_is_float(b)) {
    *x = (double)molt_small_int_val(a);
    *y = molt_float_val(b);
    return 1;
  }
  return 0;
}

MOLT_INLINE MoltValue molt_op_add(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t r = molt_small_int_val(a) + molt_small_int_val(b);
    if (molt_fits_small(r)) return molt_small_int(r);
  } else {
    double x, y;
    if (molt_float_pair(a, b, &x, &y)) return molt_float(x + y);
  }
  return molt_add(a, b);
}
MOLT_INLINE MoltValue molt_op_sub(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t r = molt_small_int_val(a) - molt_small_int_val(b);
    if (molt_fits_small(r)) return molt_small_int(r);
  } else {
    double x, y;
    if (molt_float_pair(a, b, &x, &y)) return molt_float(x - y);
  }
  return molt_sub(a, b);
}
MOLT_INLINE MoltValue molt_op_mul(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t r;
    if (!__builtin_mul_overflow(molt_small_int_val(a), molt_small_int_val(b), &r) &&
        molt_fits_small(r))
      return molt_small_int(r);
  } else {
    double x, y;
    if (molt_float_pair(a, b, &x, &y)) return molt_float(x * y);
  }
  return molt_mul(a, b);
}
/* Floor division and modulo with Python's sign rules (divisor non-zero). */
MOLT_INLINE MoltValue molt_op_floordiv(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t x = molt_small_int_val(a), y = molt_small_int_val(b);
    if (y != 0) {
      int64_t q = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
      if (molt_fits_small(q)) return molt_small_int(q);
    }
  }
  return molt_floordiv(a, b);
}
MOLT_INLINE MoltValue molt_op_mod(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t x = molt_small_int_val(a), y = molt_small_int_val(b);
    if (y != 0) {
      int64_t r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      return molt_small_int(r);
    }
  }
  return molt_mod(a, b);
}
MOLT_INLINE MoltValue molt_op_truediv(MoltValue a, MoltValue b) {
  double x, y;
  /* Two 48-bit ints: both convert exactly, so one division rounds correctly. */
  if (molt_is_small_int(a) && molt_is_small_int(b) && molt_small_int_val(b) != 0)
    return molt_float((double)molt_small_int_val(a) / (double)molt_small_int_val(b));
  if (molt_float_pair(a, b, &x, &y) && y != 0.0) return molt_float(x / y);
  return molt_truediv(a, b);
}
MOLT_INLINE MoltValue molt_op_and(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int(molt_small_int_val(a) & molt_small_int_val(b));
  return molt_and(a, b);
}
MOLT_INLINE MoltValue molt_op_or(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int(molt_small_int_val(a) | molt_small_int_val(b));
  return molt_or(a, b);
}
MOLT_INLINE MoltValue molt_op_xor(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int(molt_small_int_val(a) ^ molt_small_int_val(b));
  return molt_xor(a, b);
}
MOLT_INLINE MoltValue molt_op_neg(MoltValue a) {
  if (molt_is_small_int(a) && molt_small_int_val(a) != MOLT_SMALL_INT_MIN)
    return molt_small_int(-molt_small_int_val(a));
  if (molt_is_float(a)) return molt_float(-molt_float_val(a));
  return molt_neg(a);
}

/** Truth value: 1, 0, or -1 on error. */
MOLT_INLINE int molt_truthy(MoltValue v) {
  if (molt_is_bool(v)) return (int)(v & 1);
  if (v == MOLT_NONE) return 0;
  if (molt_is_small_int(v)) return molt_small_int_val(v) != 0;
  if (molt_is_float(v)) return molt_float_val(v) != 0.0;
  return molt_truthy_slow(v);
}

/* Comparison fast paths returning a C truth value (1, 0, -1 on error). */
#define MOLT_DEFINE_CMP(NAME, OP, CODE)                                                            \
  MOLT_INLINE int molt_cmp_##NAME(MoltValue a, MoltValue b) {                                      \
    if (molt_is_small_int(a) && molt_is_small_int(b))                                              \
      return molt_small_int_val(a) OP molt_small_int_val(b);                                       \
    double x, y;                                                                                   \
    if (molt_float_pair(a, b, &x, &y)) return x OP y;                                              \
    return molt_compare_bool(a, b, CODE);                                                          \
  }
MOLT_DEFINE_CMP(lt, <, MOLT_LT)
MOLT_DEFINE_CMP(le, <=, MOLT_LE)
MOLT_DEFINE_CMP(gt, >, MOLT_GT)
MOLT_DEFINE_CMP(ge, >=, MOLT_GE)
#undef MOLT_DEFINE_CMP
MOLT_INLINE int molt_cmp_eq(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) return a == b;
  double x, y;
  if (molt_float_pair(a, b, &x, &y)) return x == y;
  return molt_compare_bool(a, b, MOLT_EQ);
}
MOLT_INLINE int molt_cmp_ne(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) return a != b;
  double x, y;
  if (molt_float_pair(a, b, &x, &y)) return x != y;
  return molt_compare_bool(a, b, MOLT_NE);
}

/* ------------------------------------------------------------------------
 * Objects: attributes, items, iteration, calls */

/** Vectorcall: args[0..nargs) positional, then one value per name in kwnames
 * (a tuple of str, or MOLT_NONE when there are no keywords). */
typedef MoltValue (*MoltVectorcall)(MoltValue callable, const MoltValue *args, size_t nargs,
                                    MoltValue kwnames);

/** type(v) as a type pointer (never NULL). */
MoltType *molt_type_of(MoltValue v);
/** isinstance(o, cls) (a direct call of the builtin): True, False or MOLT_ERROR. */
MoltValue molt_isinstance(MoltValue o, MoltValue cls);
/** getattr(o, name); name is a str. */
MoltValue molt_getattr(MoltValue o, MoltValue name);
/** setattr(o, name, v): 0 or -1. */
int molt_setattr(MoltValue o, MoltValue name, MoltValue v);
/** delattr(o, name): 0 or -1. */
int molt_delattr(MoltValue o, MoltValue name);
/** o[k] */
MoltValue molt_getitem(MoltValue o, MoltValue k);
/** o[k] = v: 0 or -1. */
int molt_setitem(MoltValue o, MoltValue k, MoltValue v);
/** del o[k]: 0 or -1. */
int molt_delitem(MoltValue o, MoltValue k);
/** slice(start, stop, step) (MOLT_NONE for omitted parts). */
MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step);
/** iter(o) */
MoltValue molt_iter(MoltValue o);
/** next(it): the item, MOLT_STOP when exhausted, MOLT_ERROR on error. */
MoltValue molt_iter_next(MoltValue it);
/** Unpacks exactly n items of iterable into out (new references): 0 or -1. */
int molt_unpack(MoltValue iterable, size_t n, MoltValue *out);
/** Starred unpacking `a, *b, c = it`: out gets before + 1 (a list) + after values. */
int molt_unpack_ex(MoltValue iterable, size_t before, size_t after, MoltValue *out);
/** Calls any callable (vectorcall convention). */
MoltValue molt_call(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames);
/** f(*args, **kwargs): args a tuple, kwargs a dict or MOLT_NONE. */
MoltValue molt_call_ex(MoltValue callable, MoltValue args, MoltValue kwargs);
/** o.name(args...): args[0] is o (the receiver), args[1..nargs) the arguments. */
MoltValue molt_call_method(MoltValue name, const MoltValue *args, size_t nargs, MoltValue kwnames);
/** Receiver types one attribute or method cache remembers (polymorphic sites). */
#define MOLT_SITE_CACHE_WAYS 4
/** One receiver class a method cache remembers: while the class keeps the
 * version tag it had at fill time, `func` (a plain function the class
 * defines, with C entry `entry`) is what o.name finds, unless the instance
 * has a dict that shadows it. `version` points at the class's live tag so
 * generated code checks it without knowing the class layout. `dictoff` is
 * the byte offset of the instance dict slot (0: instances have none); a
 * non-pointer there (inline values) means no shadowing dict exists. */
typedef struct MoltMethodWay {
  MoltType *type;
  const uint64_t *version;
  uint64_t tag;
  MoltValue func;
  MoltVectorcall entry;
  size_t dictoff;
} MoltMethodWay;
/** A call site's method cache: the builtin receiver type it was filled for
 * and the method's C entry (only builtin types' plain methods are cached:
 * their type dicts never change), up to MOLT_SITE_CACHE_WAYS classes, and
 * one module receiver (`mod.f(...)`): `modslot` is the module's global slot
 * of the name, read at each call (the cache holds a reference to `module`,
 * so its address names that module while the site remembers it).
 * Zero-initialized by the generated code. */
typedef struct MoltMethodCache {
  MoltType *type;
  MoltVectorcall fn;
  MoltValue descr;
  MoltMethodWay way[MOLT_SITE_CACHE_WAYS];
  unsigned hnext;
  MoltValue module;
  const MoltValue *modslot;
} MoltMethodCache;
/** molt_call_method that fills *cache when the receiver's method is cacheable
 * (the generated code calls cache->fn directly while the type matches). */
MoltValue molt_call_method_fill(MoltMethodCache *cache, MoltValue name, const MoltValue *args,
                                size_t nargs, MoltValue kwnames);
/** One receiver class an attribute cache remembers: filled while the class
 * (at version tag `tag`, live tag at *version) has no data descriptor of the
 * name. `index` is the runtime's encoding of where the value lives; `off` is
 * its byte offset in instances when generated code may read it directly (a
 * __slots__ field or an inline value; 0 otherwise). For an inline value the
 * instance dict slot at `countoff` must hold a count >= `need` (the instance
 * has no dict and holds that value); countoff 0: a slot field, present
 * unless MOLT_UNBOUND. */
typedef struct MoltAttrWay {
  MoltType *type;
  const uint64_t *version;
  uint64_t tag;
  size_t index;
  uint32_t off, countoff, need;
} MoltAttrWay;
/** A GetAttr/SetAttr site's cache for instances of classes (polymorphic up
 * to MOLT_SITE_CACHE_WAYS receiver classes). Zero-initialized by the
 * generated code. */
typedef struct MoltAttrCache {
  MoltAttrWay way[MOLT_SITE_CACHE_WAYS];
  unsigned next; /* the way the next fill replaces */
} MoltAttrCache;
/** getattr(o, name) through a site's attribute cache. */
MoltValue molt_getattr_ic(MoltValue o, MoltValue name, MoltAttrCache *cache);
/** setattr(o, name, v) through a site's attribute cache: 0 or -1. */
int molt_setattr_ic(MoltValue o, MoltValue name, MoltValue v, MoltAttrCache *cache);
/** Identity as Python `is`. */
MOLT_INLINE int molt_is(MoltValue a, MoltValue b) { return a == b; }

/* ------------------------------------------------------------------------
 * Building values */

/** A tuple of n items (borrowed; the tuple takes new references). */
MoltValue molt_tuple_new(const MoltValue *items, size_t n);
/** A list of n items (borrowed). */
MoltValue molt_list_new(const MoltValue *items, size_t n);
/** A dict from n key/value pairs, kv = k0, v0, k1, v1, ... (borrowed). */
MoltValue molt_dict_new(const MoltValue *kv, size_t n);
/** A set of n items (borrowed). */
MoltValue molt_set_new(const MoltValue *items, size_t n);
/** list.append(v): 0 or -1. */
int molt_list_append(MoltValue list, MoltValue v);
/** Room for at least n items in a list being built (a hint: nothing
 * happens when the allocation fails or n is not above the capacity). */
void molt_list_reserve(MoltValue list, int64_t n);
/** list.extend(iterable) for `[*a]`: 0 or -1. */
int molt_list_extend(MoltValue list, MoltValue iterable);
/** tuple(list) for `(*a, b)`. */
MoltValue molt_list_as_tuple(MoltValue list);
/** set.add(v): 0 or -1. */
int molt_set_add(MoltValue set, MoltValue v);
/** set |= iterable for `{*a}`: 0 or -1. */
int molt_set_update(MoltValue set, MoltValue iterable);
/** d[k] = v on a dict: 0 or -1. */
int molt_dict_setitem(MoltValue dict, MoltValue k, MoltValue v);
/** `{**m}` into dict: 0 or -1. */
int molt_dict_update(MoltValue dict, MoltValue mapping);
/** Merges `**m` of a call into kwargs, TypeError on duplicate keys ("got multiple values for
 * keyword argument"). */
int molt_dict_merge_kwargs(MoltValue dict, MoltValue mapping, MoltValue callable);

/* added by containers: */
/** A set display made only of >= 3 constants, `{1, 'a', 2}`: CPython folds it
 * into a frozenset constant (re-created once by the constant merger) and
 * SET_UPDATEs an empty set, which gives a different iteration order than
 * adding the items one by one; this reproduces that order. */
MoltValue molt_set_from_consts(const MoltValue *items, size_t n);
/** The frozenset constant CPython makes of such a display where it is only
 * iterated or tested (`for x in {1, 2, 3}`, `x in {1, 2, 3}`), with its order. */
MoltValue molt_frozenset_from_consts(const MoltValue *items, size_t n);
/* end added by containers */

/* Strings (f-strings and conversions) */
/** str(v) */
MoltValue molt_str(MoltValue v);
/** repr(v) */
MoltValue molt_repr(MoltValue v);
/** ascii(v) */
MoltValue molt_ascii(MoltValue v);
/** format(v, spec); spec is a str. */
MoltValue molt_format(MoltValue v, MoltValue spec);
/** ''.join(parts) for n str values (borrowed). */
MoltValue molt_str_concat(const MoltValue *parts, size_t n);

/* ------------------------------------------------------------------------
 * Functions, cells, modules */

/** Flags of a function: its parameters, and what calling it makes (an
    `async def` or a body with yield: inspect.iscoroutinefunction and its
    siblings read these through _coro.code_flags). */
enum {
  MOLT_FN_VARARGS = 1,
  MOLT_FN_VARKEYWORDS = 2,
  MOLT_FN_GENERATOR = 4,
  MOLT_FN_COROUTINE = 8,
  MOLT_FN_ASYNC_GENERATOR = 16
};

/** Static description of a compiled Python function. */
typedef struct MoltFuncInfo {
  MoltCodeInfo code;
  MoltVectorcall entry; /* generic entry: binds arguments, calls the body */
  int32_t argcount;     /* positional parameters, positional-only included */
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  int32_t flags;               /* MOLT_FN_* */
  const char *const *argnames; /* argcount + kwonlyargcount names, then *args, then **kwargs */
  const char *doc;             /* docstring or NULL */
  /* Names the function stores as attributes of its first parameter
     (`self.x = ...`), NULL-terminated, or NULL: a class sizes its instances'
     inline attribute values from its methods' lists. */
  const char *const *selfattrs;
  /* The entry for compiled call sites, which hold every argument until the
     call returns (the body may borrow them); NULL: use entry. */
  MoltVectorcall held_entry;
} MoltFuncInfo;

/** A Python function object (runtime/objects/function.cpp). Generated code
 * reads info, to enter a call without going through the type's call slot,
 * and closure. */
typedef struct MoltFunction {
  MoltObject ob;
  const MoltFuncInfo *info;
  MoltValue name, qualname, doc, module;
  MoltValue defaults;     /* tuple or MOLT_NONE */
  MoltValue kwdefaults;   /* dict or MOLT_NONE */
  MoltValue closure;      /* tuple of cells or MOLT_NONE */
  MoltValue dict;         /* instance dict or MOLT_NONE */
  const MoltValue *pstrs; /* interned parameter names (bind.cpp), NULL until a call needs them */
} MoltFunction;

/** A closure cell (runtime/objects/cell.cpp). */
typedef struct MoltCell {
  MoltObject ob;
  MoltValue value; /* MOLT_UNBOUND when empty */
} MoltCell;

/** For a call cls(...): if cls is a plain class (metaclass type, object.__new__,
    not abstract) whose __init__ is a function of `init`, a new instance whose
    __init__ the caller runs itself, with *init_fn the function (new
    reference); MOLT_UNBOUND if not (make an ordinary call); MOLT_ERROR. */
MoltValue molt_new_plain(MoltValue cls, const MoltFuncInfo *init, MoltValue *init_fn);
/** After such an __init__ returned r (not None): drops obj and returns MOLT_ERROR
    (raising TypeError if r is a value). */
MoltValue molt_init_failed(MoltValue obj, MoltValue r);

/** A function object. defaults: tuple or MOLT_NONE; kwdefaults: dict or MOLT_NONE;
 * closure: tuple of cells or MOLT_NONE; module: the defining module's __name__ str. */
MoltValue molt_function_new(const MoltFuncInfo *info, MoltValue module, MoltValue defaults,
                            MoltValue kwdefaults, MoltValue closure);
/** Binds a call's arguments to the parameters of function `fn`: out gets
 * argcount + kwonlyargcount (+1 for *args tuple) (+1 for **kwargs dict) NEW
 * references, defaults applied; CPython's TypeErrors. 0 or -1. */
int molt_bind_args(MoltValue fn, const MoltValue *args, size_t nargs, MoltValue kwnames,
                   MoltValue *out);
/** The closure cells of a function object (array of cell values). */
const MoltValue *molt_function_closure(MoltValue fn);
/** A new cell holding v (or MOLT_UNBOUND). */
MoltValue molt_cell_new(MoltValue v);
/** The cell's content, borrowed (MOLT_UNBOUND if empty). */
MOLT_INLINE MoltValue molt_cell_get(MoltValue cell) { return ((MoltCell *)molt_ptr(cell))->value; }
/** Stores v (borrowed; the cell takes a reference) in the cell, dropping the old content. */
void molt_cell_set(MoltValue cell, MoltValue v);

/* ------------------------------------------------------------------------
 * Generators (runtime/objects/generator.cpp). A generator function's body
 * allocates the generator with its frame (a per-function struct holding the
 * variables live across a yield) and returns it; `resume` runs the frame from
 * its current state to the next yield or to the end (DESIGN.md section 3:
 * state machines, no stack switching). */

typedef struct MoltGenerator MoltGenerator;
/** Resumes a generator frame. sent: the owned value `yield` evaluates to,
 * MOLT_ERROR to raise the pending exception at the yield, MOLT_STOP (inside
 * `yield from`) when the delegate finished. Returns the yielded value (state
 * > 0 after), or the return value / MOLT_ERROR with state MOLT_GEN_DONE. */
typedef MoltValue (*MoltGenResume)(MoltGenerator *g, MoltValue sent);

/** Generator states besides 1..n (suspended at yield point n). */
enum { MOLT_GEN_START = 0, MOLT_GEN_DONE = -1, MOLT_GEN_DISCARD = -2 };

/** The generator object; the frame follows it in the same allocation. */
struct MoltGenerator {
  MoltObject ob;
  MoltGenResume resume;
  const MoltCodeInfo *code; /* for the traceback entry of throw() into a fresh generator */
  int32_t state;            /* MOLT_GEN_* or the resume point */
  int32_t running;          /* gi_running */
  MoltValue name, qualname; /* __name__, __qualname__ */
  MoltValue yf;             /* the `yield from` delegate (borrowed from the frame) or MOLT_NONE */
  MoltValue *saved;         /* exceptions being handled inside the frame while suspended */
  int32_t nsaved, capsaved;
  int32_t kind;  /* MOLT_KIND_* */
  int32_t flags; /* MOLT_GENF_* */
};

/** What a MoltGenerator is (its type follows). */
enum { MOLT_KIND_GENERATOR = 0, MOLT_KIND_COROUTINE = 1, MOLT_KIND_ASYNCGEN = 2 };
/** MoltGenerator flags: awaitable generator (types.coroutine), awaited coroutine,
 * async generator finalization state. */
enum { MOLT_GENF_ITERCORO = 1, MOLT_GENF_AWAITED = 2, MOLT_GENF_AG_CLOSED = 4 };

/** The generator type. */
extern MoltType molt_type_generator;
/** The frame memory of g (8-byte aligned; the generator's body initializes it). */
MOLT_INLINE void *molt_gen_frame(MoltGenerator *g) { return (void *)(g + 1); }
/** The coroutine and async generator types (runtime/objects/coroutine.cpp, asyncgen.cpp). */
extern MoltType molt_type_coroutine;
extern MoltType molt_type_async_generator;
/** A new generator (kind MOLT_KIND_*: generator, coroutine or async generator) for function
 * fn (its __name__/__qualname__ are copied). */
MoltValue molt_gen_new(MoltValue fn, const MoltCodeInfo *code, MoltGenResume resume,
                       size_t framesize, int kind);
/** `await x` set-up: the iterator the await delegates to (x itself for a coroutine, else
 * type(x).__await__()), with CPython's TypeErrors. where: 0 await, 1 the result of __aenter__,
 * 2 the result of __aexit__, 3 the result of __anext__ (error messages differ). */
MoltValue molt_get_awaitable(MoltValue x, int where);
/** `async with` entry: looks __aenter__/__aexit__ up on type(mgr); *exit_out gets the bound
 * __aexit__; returns __aenter__()'s result (to be awaited). */
MoltValue molt_async_with_enter(MoltValue mgr, MoltValue *exit_out);
/** `async for` set-up: type(x).__aiter__(), with CPython's TypeError. */
MoltValue molt_aiter(MoltValue x);
/** One `async for` step: the awaitable iterator of type(it).__anext__(). */
MoltValue molt_anext(MoltValue it);
/** 1 (and the exception cleared) if the pending exception is a StopAsyncIteration, else 0. */
int molt_err_take_stop_async(void);
/** `yield from x` set-up: x itself if a generator, else iter(x). */
MoltValue molt_yf_iter(MoltValue x);
/** One step of `yield from` over delegate it: sends `sent` (borrowed;
 * MOLT_STOP: the delegate finished, the result is taken from the runtime) and
 * returns the delegate's next value, or MOLT_STOP with *result set (new
 * reference) when it finished; MOLT_ERROR on error. Records the delegate in g. */
MoltValue molt_yf_send(MoltGenerator *g, MoltValue it, MoltValue sent, MoltValue *result);
/** Runs g's frame once (sent: owned value, MOLT_ERROR or MOLT_STOP); the yielded value, or
 * MOLT_STOP with *ret = the return value (new reference), or MOLT_ERROR. */
MoltValue molt_gen_resume(MoltGenerator *g, MoltValue sent, MoltValue *ret);

/** molt_get_awaitable with the common cases inline: a coroutine not being awaited
 * yet, or a types.coroutine generator. */
MOLT_INLINE MoltValue molt_await_iter(MoltValue x, int where) {
  if (molt_is_ptr(x)) {
    MoltGenerator *g = (MoltGenerator *)molt_ptr(x);
    if ((g->ob.type == &molt_type_coroutine && g->yf == MOLT_NONE) ||
        (g->ob.type == &molt_type_generator && (g->flags & MOLT_GENF_ITERCORO))) {
      g->ob.refcnt++;
      return x;
    }
  }
  return molt_get_awaitable(x, where);
}

/** molt_yf_send with the common case inline: a value sent to a generator or
 * coroutine delegate (the delegate is resumed directly, no StopIteration). */
MOLT_INLINE MoltValue molt_yf_step(MoltGenerator *g, MoltValue it, MoltValue sent,
                                   MoltValue *result) {
  if (molt_is_ptr(it) && sent != MOLT_STOP) {
    MoltGenerator *sub = (MoltGenerator *)molt_ptr(it);
    MoltType *t = sub->ob.type;
    if ((t == &molt_type_coroutine || t == &molt_type_generator) &&
        (sent == MOLT_NONE || sub->state != MOLT_GEN_START)) {
      MoltValue ret = MOLT_NONE;
      MoltValue r = molt_gen_resume(sub, molt_newref(sent), &ret);
      if (r == MOLT_STOP) {
        g->yf = MOLT_NONE;
        molt_xdecref(*result);
        *result = ret;
        return MOLT_STOP;
      }
      g->yf = r == MOLT_ERROR ? MOLT_NONE : it;
      return r;
    }
  }
  return molt_yf_send(g, it, sent, result);
}

/** Static description of a compiled module. */
typedef struct MoltModuleInfo {
  const char *name;     /* "__main__", "pkg.mod" */
  const char *filename; /* __file__ */
  size_t nglobals;
  const char *const *global_names; /* the module's global names, one per slot */
  MoltValue *globals;              /* slot storage, MOLT_UNBOUND initially */
  int (*body)(MoltValue module);   /* runs the module body: 0 or -1 */
  int is_package;
  /* added by warnings */
  const char *compile_warnings; /* CPython's compile-time warnings text for stderr, or NULL */
} MoltModuleInfo;

/** `import name`: runs the module once (sys.modules cache) and returns the module object. */
MoltValue molt_import(const MoltModuleInfo *info);
/** Program entry: sets up the runtime, runs `info` as __main__, prints an uncaught
 * exception's traceback, flushes, and returns the process exit status. */
int molt_main(int argc, char **argv, const MoltModuleInfo *info);

/* ------------------------------------------------------------------------
 * Classes */

/** __build_class__(body, name, *bases, **kw): args[0] = the class-body function object, args[1] =
 * the class name (str), args[2..nargs) = the bases as written; kwnames = tuple of keyword names
 * (e.g. "metaclass") whose values follow the positional args in `args` (vectorcall layout).
 * Resolves __mro_entries__, computes the metaclass ("metaclass conflict" TypeError), calls
 * __prepare__ (default: a new dict), calls body(namespace) -> the __class__ cell or None, calls
 * metaclass(name, bases, namespace, **kw) and stores the class in the cell. New reference. */
MoltValue molt_build_class(const MoltValue *args, size_t nargs, MoltValue kwnames);

/** Class-body name operations (LOAD_NAME / STORE_NAME / DELETE_NAME) on the namespace mapping
 * `ns` (dict fast path; any mapping through getitem/setitem/delitem).
 * load: ns[name], else the module global (*global_slot; global_slot may be NULL when the name is
 * never a module global; MOLT_UNBOUND when unset), else the builtin `builtin` (MOLT_UNBOUND when
 * no such builtin), else NameError. New reference. */
MoltValue molt_ns_load(MoltValue ns, MoltValue name, MoltValue *global_slot, MoltValue builtin);
/** Class-scope read of a free variable (LOAD_FROM_DICT_OR_DEREF): ns[name] else the cell's
 * content, else NameError "cannot access free variable 'x' where it is not associated with a
 * value in enclosing scope". New reference. */
MoltValue molt_ns_load_deref(MoltValue ns, MoltValue name, MoltValue cell);
/** ns[name] = v in a class body: 0 or -1. */
int molt_ns_store(MoltValue ns, MoltValue name, MoltValue v);
/** del ns[name] in a class body: 0 or -1 (NameError when missing). */
int molt_ns_del(MoltValue ns, MoltValue name);
/** `with` entry (added by CLS-RT): looks __enter__ and __exit__ up on type(mgr) (special-method
 * lookup) with CPython's "'X' object does not support the context manager protocol" TypeErrors;
 * *exit_out gets the bound __exit__ (new reference); returns __enter__()'s result (new reference).
 */
MoltValue molt_with_enter(MoltValue mgr, MoltValue *exit_out);
/** `with` exceptional exit: exit(type(exc), exc, exc.__traceback__). New reference. */
MoltValue molt_with_exit_exc(MoltValue exit, MoltValue exc);
/** molt_build_class with the arguments as a tuple (body, name, *bases) and a dict of keywords
 * (or MOLT_NONE): `class C(*bases, **kw)`. New reference. */
MoltValue molt_build_class_ex(MoltValue args, MoltValue kwargs);

/* ------------------------------------------------------------------------
 * Pattern matching (`match` statements; runtime/core/matchpat.cpp) */

/** 1 if v matches sequence patterns (list, tuple, range, memoryview and subclasses), else 0. */
int molt_match_seq(MoltValue v);
/** 1 if v matches mapping patterns (dict and subclasses), else 0. */
int molt_match_map(MoltValue v);
/** Mapping pattern keys (tuple): the tuple of subj.get(key) values, MOLT_NONE if a key is
 * missing, MOLT_ERROR on error (ValueError for a duplicate key). New reference. */
MoltValue molt_match_keys(MoltValue subj, MoltValue keys);
/** `**rest` of a mapping pattern: dict(subj) without `keys` (tuple). New reference. */
MoltValue molt_match_rest(MoltValue subj, MoltValue keys);
/** Class pattern cls(<npos positional>, <kwnames>=...): the tuple of the attributes to match
 * (positional through __match_args__, then keywords), MOLT_NONE if subj is not an instance or
 * lacks an attribute, MOLT_ERROR on CPython's TypeErrors. New reference. */
MoltValue molt_match_class(MoltValue subj, MoltValue cls, size_t npos, MoltValue kwnames);

/* ------------------------------------------------------------------------
 * Builtins */

/* Builtin functions, each a vectorcall entry `molt_builtin_<name>(self, args, nargs, kwnames)`
 * (self unused), plus an immortal function object for the value. */
#define MOLT_BUILTIN_FUNCS(X)                                                                      \
  X(abs)                                                                                           \
  X(all)                                                                                           \
  X(any) X(ascii) X(bin) X(callable) X(chr) X(delattr) X(dir) X(divmod) X(format) X(getattr)       \
      X(globals) X(hasattr) X(hash) X(hex) X(id) X(input) X(isinstance) X(issubclass) X(iter)      \
          X(len) X(locals) X(max) X(min) X(next) X(oct) X(open) X(ord) X(pow) X(print) X(repr)     \
              X(round) X(setattr) X(sorted) X(sum) X(vars) X(aiter) X(anext) X(breakpoint)         \
                  X(__import__)

#define MOLT_DECLARE_BUILTIN(name)                                                                 \
  MoltValue molt_builtin_##name(MoltValue self, const MoltValue *args, size_t nargs,               \
                                MoltValue kwnames);
MOLT_BUILTIN_FUNCS(MOLT_DECLARE_BUILTIN)
#undef MOLT_DECLARE_BUILTIN

/** The value bound to a builtin name (function, type or constant), borrowed; MOLT_UNBOUND if none.
 */
MoltValue molt_builtin_value(const char *name);

/* sum(), max(), min() over a generator expression compiled into its caller's
 * loop (runtime/builtins/builtins_iter.cpp; molt_builtin_sum uses the same steps). */
/** sum(): adds item (borrowed) to the running state *acc, *phase (start: small ints 0, 0). *phase
 * is a small int while the total is an int that fits int64, a float (the running compensation)
 * while it is a float, None once addition is generic. 0, or -1. */
int molt_sum_add(MoltValue *acc, MoltValue *phase, MoltValue item);
/** sum()'s result from its running state, moved out of *acc. */
MoltValue molt_sum_result(MoltValue *acc, MoltValue *phase);
/** max() (op MOLT_GT) or min() (MOLT_LT): keeps item (borrowed) in *best if *best is unbound or
 * `item op *best` holds. 0, or -1. */
int molt_minmax_add(MoltValue *best, MoltValue item, int op);
/** max()/min()'s result moved out of *best, or ValueError if *best is unbound. */
MoltValue molt_minmax_result(MoltValue *best, int op);
/** PEP 479 for a generator expression compiled into a loop: a pending StopIteration becomes
 * RuntimeError (runtime/objects/generator.cpp). */
void molt_genexpr_stop(void);

/* added by driver */
/** Capabilities granted at build time (`molt build --allow ...` / `--trusted`),
 * comma-separated in a fixed order, e.g. "fs.read,time.wall"; "" for none.
 * Defined in every executable by the driver (generated unit molt_caps.c). */
extern const char molt_granted_capabilities[];
/* end added by driver */

#ifdef __cplusplus
}
#endif

#endif /* MOLT_MOLT_H */
