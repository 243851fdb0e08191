// The '%' operator's argument handling, shared by str % args (str_format.cpp)
// and bytes/bytearray % args (bytes_format.cpp): the caller supplies the
// conversions that differ (%s %r %a %c, %e %f %g's argument, %b).
#pragma once

#include <string>
#include <string_view>

#include "molt/format.h"
#include "molt/object.h"

namespace molt::rt::percentimpl {

/// The Python exception class of a formatting status.
MoltType *fmtExcType(FmtStatus s);

/// Appends one supported conversion (spec.type, '*' values applied) of val
/// to out: 0, or -1 with an exception raised.
using PercentConvertFn = int (*)(const PercentSpec &spec, MoltValue val, std::string &out);

/// fmt % args for either kind: parses fmt, fetches the arguments (mapping
/// keys are str for Str, bytes for Bytes; '*' arguments) and raises the
/// parse, argument-count and unsupported-character errors in CPython's
/// order; each conversion goes to `convert`. 0, or -1 with an exception
/// raised. fmt must stay unchanged meanwhile (a bytearray's is copied first).
int percentApply(std::string_view fmt, MoltValue args, PercentKind kind, PercentConvertFn convert,
                 std::string &out);

/// %d %i %u %o %x %X (spec.type) of val, the same for str and bytes: an int
/// or __index__; for d i u also int() of a float or an __int__ object.
int percentConvertInt(const PercentSpec &spec, MoltValue val, std::string &out);

/// The code of %c's int argument (int or __index__): 0, 1 when it does not
/// fit int64 (nothing raised: out of range), -1 with __index__'s error raised.
int percentCharCode(MoltValue val, int64_t &code);

/// The number %e %f %g format for str %: val as a float (float, __float__,
/// __index__); -1 with TypeError "must be real number, not T" (or the
/// conversion's error) raised.
int percentFloatArg(MoltValue val, double &d);

} // namespace molt::rt::percentimpl
