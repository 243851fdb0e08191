// Shared private helpers of the string objects (str*.cpp, bytes.cpp,
// bytearray.cpp): argument parsing with CPython's messages, raising with a
// std::string message, tuple access and slice/index conversion.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "molt/intobject.h"
#include "molt/listobject.h"
#include "molt/sliceobject.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"

namespace molt::rt::strimpl {

/// How a builtin method reports argument count errors (CPython uses several styles).
enum class ArgStyle {
  NoArgs,     ///< "str.upper() takes no arguments (1 given)"
  OneArg,     ///< "str.zfill() takes exactly one argument (0 given)"
  Positional, ///< "strip expected at most 1 argument, got 2"
  OldStyle,   ///< "find() takes at least 1 argument (0 given)"
  Keywords,   ///< "split() takes at most 2 arguments (3 given)", keywords accepted
};

/// Description of a method's parameters for parseArgs.
struct ArgSpec {
  const char *name;  ///< "find"
  const char *owner; ///< "str" (for "str.find() takes no keyword arguments")
  ArgStyle style;
  int minArgs, maxArgs;
  const char *const *names = nullptr; ///< Keywords style: parameter names
  int posOnly = 0;                    ///< Keywords style: leading positional-only count
};

/// Binds args (self excluded) to out[0..maxArgs) (borrowed, MOLT_UNBOUND if absent): 0 or -1.
int parseArgs(const ArgSpec &spec, const MoltValue *args, size_t nargs, MoltValue kwnames,
              MoltValue *out);

/// Raises type(msg); returns MOLT_ERROR.
MoltValue raise(MoltType *type, const std::string &msg);
/// Raises type(msg); returns -1.
int raiseInt(MoltType *type, const std::string &msg);

/// Item i of a tuple (borrowed).
inline MoltValue tupleItem(MoltValue t, int64_t i) { return tupleItems(t)[i]; }

/// A start/end argument of find/count/...: None/absent -> nullopt, ints clamped to int64.
int optIndexArg(MoltValue v, std::optional<int64_t> &out);
/// An integer argument (operator.index), clamped to int64 when `clamp`, else OverflowError.
int intArg(MoltValue v, int64_t &out);
/// Resolves a key that is a slice object into indices for a sequence of `length`: 1 if it
/// was a slice, 0 if not a slice, -1 on error.
int sliceArg(MoltValue key, int64_t length, strops::SliceIndices &out);
/// "str" / "bytes" ... type name of v for messages.
inline std::string tn(MoltValue v) { return typeName(v); }
/// Type name as Argument Clinic's "argument must be X, not Y" messages show it ("None" for None).
inline std::string argTN(MoltValue v) { return v == MOLT_NONE ? "None" : typeName(v); }

/// A new exact str of size bytes for the caller to fill (data uninitialized
/// but NUL-terminated; length 0 and ascii set until the caller sets them);
/// nullptr with MemoryError pending.
MoltStr *strAllocUninit(int64_t size);
/// New str of a std::string, code point count from the text.
inline MoltValue newStr(std::string_view s) { return strFromUtf8(s); }
/// An interned name (cached by the caller as a static).
inline MoltValue name(const char *s) { return internStr(s); }

/// Handles the errors argument of codecs: 0 strict, 1 ignore, 2 replace, 3 backslashreplace,
/// 4 surrogateescape, 5 surrogatepass, -1 unknown.
int errorHandler(std::string_view errors);
/// Normalizes an encoding name: 0 utf-8, 1 ascii, 2 latin-1, -1 unknown.
int encodingId(std::string_view encoding);

} // namespace molt::rt::strimpl

namespace molt::rt::bytesimpl {

/// Methods shared by bytes and bytearray (defined in bytes.cpp); the result
/// type follows the receiver's type.
#define MOLT_BYTES_COMMON_METHODS(X)                                                               \
  X(capitalize)                                                                                    \
  X(center)                                                                                        \
  X(count) X(decode) X(endswith) X(expandtabs) X(find) X(hex) X(index) X(isalnum) X(isalpha)       \
      X(isascii) X(isdigit) X(islower) X(isspace) X(istitle) X(isupper) X(join) X(ljust) X(lower)  \
          X(lstrip) X(partition) X(removeprefix) X(removesuffix) X(replace) X(rfind) X(rindex)     \
              X(rjust) X(rpartition) X(rsplit) X(rstrip) X(split) X(splitlines) X(startswith)      \
                  X(strip) X(swapcase) X(title) X(translate) X(upper) X(zfill) X(fromhex)          \
                      X(maketrans)

#define MOLT_DECLARE_BYTES_METHOD(name)                                                            \
  MoltValue b_##name(MoltValue, const MoltValue *argv, size_t nargv, MoltValue kw);
MOLT_BYTES_COMMON_METHODS(MOLT_DECLARE_BYTES_METHOD)
#undef MOLT_DECLARE_BYTES_METHOD

/// Reads one byte value (int in range(0, 256)) for item assignment/append: 0 or -1.
int byteValue(MoltValue v, unsigned char &out);
/// Collects the bytes of bytes(x)/bytearray(x)'s iterable/int/buffer argument into out: 0 or -1.
int bytesFromObject(MoltValue x, std::string &out);
/// Rich comparison of two byte strings (either bytes or bytearray).
MoltValue bytesCompare(MoltValue a, MoltValue b, int op);
/// repr of the bytes content b'...' appended to out.
void reprBody(std::string_view d, std::string &out, bool escapeSingle = false);
/// Resolves a byte index key (int or slice) of a byte sequence: see strimpl::sliceArg.
int byteIndex(MoltValue k, int64_t size, int64_t &out, const char *what);
/// `item in b` for bytes and bytearray: 1, 0, -1.
int bytesContains(MoltValue s, MoltValue item);
/// b * n / n * b for bytes and bytearray (result of the sequence operand's type).
MoltValue bytesRepeat(MoltValue a, MoltValue b);
/// iter() of bytes / bytearray.
MoltValue bytesIter(MoltValue s);
/// The `mod` slot of bytes and bytearray: bytesPercentFormat, NotImplemented
/// for a reflected call.
MoltValue bytesMod(MoltValue a, MoltValue b);
/// Fills bytearray's `mod` slot (molt_use_bytes_mod).
void byteArrayInstallMod();

} // namespace molt::rt::bytesimpl
