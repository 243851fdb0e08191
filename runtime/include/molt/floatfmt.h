// Python 3.12 float semantics: repr/str, format() and %-formatting, float(str),
// float.hex/fromhex, round(), //, %, divmod, **, hash, as_integer_ratio, int().
// Portable C++20 without exceptions (host and wasm32-wasi). Every fallible
// function reports a FloatStatus plus CPython's exact message; the runtime turns
// that into the Python exception. Outputs match CPython 3.12 on 64-bit Linux.
//
// Assumptions: the process runs in the "C" locale for LC_NUMERIC (the runtime
// never calls setlocale), since snprintf/strtod are used for exact decimal
// conversion; IEEE-754 binary64 doubles in round-to-nearest mode.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace molt::rt {

// Outcome of a fallible float operation (the Python exception class to raise).
enum class FloatStatus : uint8_t {
  Ok,
  ValueError,
  OverflowError,
  ZeroDivisionError,
  MemoryError,   // result too long to build (see kFloatFormatMaxLength)
  ComplexResult, // floatPow: negative base ** non-integer; redo as complex pow
};

// A double plus a status; message is a static C string, nullptr when Ok.
struct FloatResult {
  double value = 0.0;
  FloatStatus status = FloatStatus::Ok;
  const char *message = nullptr;
  bool ok() const { return status == FloatStatus::Ok; } // status == Ok
};

// ---------------------------------------------------------------- repr / str

// Buffer size sufficient for floatReprBuf ("-2.2250738585072014e-308" is 24).
inline constexpr size_t kFloatReprBufSize = 32;
// Writes repr(x) (== str(x) in 3.12) to buf (no NUL) and returns its length.
size_t floatReprBuf(double x, char *buf);
// Appends repr(x) to out.
void floatReprAppend(double x, std::string &out);
// Returns repr(x): shortest round-trip digits, exponent when exp < -4 or >= 16.
std::string floatRepr(double x);

// ------------------------------------------------- format-spec mini-language

// Longest result (bytes) a formatter agrees to build; longer requests report
// MemoryError instead of aborting in the allocator (CPython would try malloc).
inline constexpr int64_t kFloatFormatMaxLength =
    sizeof(void *) >= 8 ? (int64_t(1) << 36) : (int64_t(1) << 30);

// A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// fill/align hold the effective values (CPython's rules for the '0' flag are
// already applied); fillGiven/alignGiven say what was written explicitly.
struct FormatSpec {
  char32_t fill = ' ';     // fill code point
  char32_t type = 0;       // presentation type code point; 0 when absent
  char align = '>';        // '<' '>' '=' '^' (the defaultAlign when absent)
  char sign = 0;           // '+', '-', ' ', or 0 when absent
  char grouping = 0;       // ',' or '_', or 0 when absent
  bool fillGiven = false;  // a fill character preceded the align character
  bool alignGiven = false; // an align character was written
  bool noNegZero = false;  // 'z': coerce negative zero results to zero
  bool alternate = false;  // '#'
  bool zeroPad = false;    // the '0' flag before width
  int64_t width = -1;      // -1 when absent
  int64_t precision = -1;  // -1 when absent
};

// Parses a format spec (UTF-8) like CPython's parser for any type: typeName
// goes into errors, defaultAlign is '>' for numbers and '<' for str. Errors
// (ValueError): "Invalid format specifier '...' for object of type '...'",
// "Format specifier missing precision", "Too many decimal digits in format
// string", "Cannot specify ',' with ','.", "Cannot specify both ',' and '_'.",
// "Cannot specify ',' with 'n'." (grouping vs type). Type validity is the
// formatter's job (see unknownFormatCodeMessage).
FloatStatus parseFormatSpec(std::string_view spec, std::string_view typeName, char defaultAlign,
                            FormatSpec &out, std::string &error);
// "Unknown format code 'c' for object of type 'T'" with CPython's char rules.
std::string unknownFormatCodeMessage(char32_t code, std::string_view typeName);

// Appends format(x, spec) for a parsed spec (types e E f F g G n % and none).
FloatStatus floatFormat(double x, const FormatSpec &spec, std::string &out, std::string &error);
// Parses spec (UTF-8) then formats: format(x, spec) / f"{x:spec}" / float.__format__.
FloatStatus floatFormat(double x, std::string_view spec, std::string &out, std::string &error);

// --------------------------------------------------------- printf-style '%'

// One parsed %-conversion for a float argument. The caller parses the format
// string ("%(key)", '*' arguments); a '*' precision < 0 must be passed as 0, a
// '*' width < 0 as left=true and -width. Digits beyond INT_MAX for precision
// are CPython's "precision too big", beyond INT64_MAX for width "width too big".
struct PercentSpec {
  bool left = false;      // '-'
  bool plus = false;      // '+'
  bool space = false;     // ' '
  bool alternate = false; // '#'
  bool zero = false;      // '0'
  int64_t width = -1;     // -1 when absent
  int64_t precision = -1; // -1 when absent
  char type = 'f';        // one of e E f F g G r s a
};
// Appends the %-conversion of float x ('%.3f' % x etc.); %r/%s/%a use repr
// (truncated to precision, space padded). %d/%i/%u/%x/%c are the caller's
// (int(x) / TypeError). Error: ValueError "precision too big" (> INT_MAX).
FloatStatus floatPercentFormat(double x, const PercentSpec &spec, std::string &out,
                               std::string &error);

// ----------------------------------------------------------------- parsing

// Message prefix of float(str) errors; the caller appends repr(original).
inline constexpr const char *kFloatParseErrorPrefix = "could not convert string to float: ";
// float(s) for an ASCII-ized s: the caller first maps non-ASCII Unicode
// whitespace to ' ', non-ASCII decimal digits (Nd) to '0'..'9' and any other
// non-ASCII char to e.g. '?' (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII);
// bytes are passed as they are. Strips " \t\n\v\f\r", accepts underscores
// between digits, inf/infinity/nan in any case with a sign; no hex.
// Failure: ValueError with message kFloatParseErrorPrefix (caller adds repr).
FloatResult floatFromString(std::string_view s);

// Appends float.hex(x), e.g. "0x1.8000000000000p+0", "-0x0.0p+0", "inf".
void floatHexAppend(double x, std::string &out);
// Returns float.hex(x).
std::string floatHex(double x);
// float.fromhex(s) (ASCII whitespace stripped). Errors: ValueError "invalid
// hexadecimal floating-point string", OverflowError "hexadecimal value too
// large to represent as a float".
FloatResult floatFromHex(std::string_view s);

// --------------------------------------------------------------- rounding

// Integer value of a float split for int construction: |v| = mantissa << shift.
struct FloatIntValue {
  FloatStatus status = FloatStatus::Ok; // Overflow (inf) / ValueError (nan)
  const char *message = nullptr;        // "cannot convert float infinity to integer", ...
  bool negative = false;                // sign of the integer (false for 0)
  bool fitsInt64 = false;               // value holds the whole result
  int64_t value = 0;                    // the integer when fitsInt64
  uint64_t mantissa = 0;                // otherwise |v| = mantissa << shift
  int32_t shift = 0;                    // 0 <= shift <= 971
};
// int(x), math.trunc(x): truncation toward zero.
FloatIntValue floatToInt(double x);
// round(x) with ties to even, as an int.
FloatIntValue floatRoundToInt(double x);
// Splits an integral finite double into FloatIntValue (helper for floor/ceil).
FloatIntValue floatIntegralToInt(double integral);
// round(x, ndigits): correctly rounded decimal (ties to even on the exact
// binary value), ndigits may be negative (callers clamp huge Python ints to
// +-INT64_MAX). Error: OverflowError "rounded value too large to represent".
FloatResult floatRound(double x, int64_t ndigits);

// -------------------------------------------------------------- arithmetic

// a / b; ZeroDivisionError "float division by zero".
FloatResult floatTrueDiv(double a, double b);
// a // b with Python's floor semantics; "float floor division by zero".
FloatResult floatFloorDiv(double a, double b);
// a % b, result has the sign of b; ZeroDivisionError "float modulo".
FloatResult floatMod(double a, double b);
// divmod(a, b) result; ZeroDivisionError "float divmod()".
struct FloatDivmod {
  double quotient = 0.0;
  double remainder = 0.0;
  FloatStatus status = FloatStatus::Ok;
  const char *message = nullptr;
};
// divmod(a, b) == (a // b, a % b).
FloatDivmod floatDivmod(double a, double b);
// a ** b: ZeroDivisionError "0.0 cannot be raised to a negative power",
// OverflowError "(34, 'Numerical result out of range')" (CPython raises
// OverflowError(34, 'Numerical result out of range'); errno ERANGE == 34),
// ComplexResult for a negative finite base with a non-integral exponent.
FloatResult floatPow(double a, double b);

// x.is_integer().
bool floatIsInteger(double x);
// x.as_integer_ratio(): numerator = numeratorOdd << numeratorShift,
// denominator = 1 << denominatorShift (at most 1074); 0.0 gives (0, 1).
struct FloatRatio {
  FloatStatus status = FloatStatus::Ok; // OverflowError (inf) / ValueError (nan)
  const char *message = nullptr;        // "cannot convert Infinity to integer ratio", ...
  int64_t numeratorOdd = 0;             // signed odd integer (or 0), |.| < 2^53
  int32_t numeratorShift = 0;           // 0..971
  int32_t denominatorShift = 0;         // 0..1074
};
// Computes x.as_integer_ratio() in shifted form.
FloatRatio floatAsIntegerRatio(double x);

// hash(x) == CPython's (modulus 2^61-1, inf -> 314159, never -1). For NaN it
// returns 0: CPython 3.12 hashes NaN by object identity, the caller must do so.
int64_t floatHash(double x);

} // namespace molt::rt
