// Python 3.12 formatting of ints and strs: int.__format__, str.__format__,
// printf-style '%' (int/str conversions + format-string parsing) and the
// str.format / format_map field parser. Portable C++20 without exceptions
// (host and wasm32-wasi). Like floatfmt.h, every fallible function returns a
// status (the Python exception class) and writes CPython's exact message to
// `error`; the runtime raises it. Text is UTF-8 (lone surrogates as their
// generalized 3-byte UTF-8 form); widths and precisions count code points.
//
// Reuses floatfmt.h: FormatSpec / parseFormatSpec (the spec mini-language),
// unknownFormatCodeMessage, floatFormat (int with e/f/g/% types) and
// PercentSpec (one parsed %-conversion; floatPercentFormat does %e/%f/%g).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "molt/bigint.h"
#include "molt/floatfmt.h"

namespace molt::rt {

// Outcome of a formatting operation: the Python exception class to raise.
enum class FmtStatus : uint8_t {
  Ok,
  ValueError,
  OverflowError,
  TypeError,
  MemoryError, // result longer than kFloatFormatMaxLength (error left empty)
};

// Maps a FloatStatus from floatfmt.h onto FmtStatus.
FmtStatus fmtStatusFromFloat(FloatStatus s);

// ------------------------------------------------------------ int.__format__

// Appends format(v, spec) for a parsed spec ("int" as type name). Types
// b c d o x X n and none (n is 'd' in the C locale), e E f F g G % via float(v)
// (OverflowError "int too large to convert to float"). Decimal output obeys
// maxStrDigits (ValueError "Exceeds the limit (4300 digits) ..."; 0 = none)
// when the type is 'n' or absent (CPython does not limit an explicit 'd').
// Errors (ValueError unless noted), checked in CPython's order:
//   "Precision not allowed in integer format specifier",
//   "Negative zero coercion (z) not allowed in integer format specifier",
//   "Sign not allowed with integer format specifier 'c'",
//   "Alternate form (#) not allowed with integer format specifier 'c'",
//   OverflowError "Python int too large to convert to C long" (c, beyond int64),
//   OverflowError "%c arg not in range(0x110000)",
//   "Unknown format code 'q' for object of type 'int'".
FmtStatus intFormat(IntRef v, const FormatSpec &spec, std::string &out, std::string &error,
                    size_t maxStrDigits = kDefaultMaxStrDigits);
// Parses spec then formats (empty spec: str(v)). bool callers pass 0/1 with a
// non-empty spec; format(True, "") is str(True), the caller's job.
FmtStatus intFormat(IntRef v, std::string_view spec, std::string &out, std::string &error,
                    size_t maxStrDigits = kDefaultMaxStrDigits);
// int64 fast path of the above.
FmtStatus intFormat(int64_t v, std::string_view spec, std::string &out, std::string &error,
                    size_t maxStrDigits = kDefaultMaxStrDigits);

// ------------------------------------------------------------ str.__format__

// Appends format(s, spec) for UTF-8 text s: fill/align/width, precision
// truncates to that many code points; types 's' and none. Errors (ValueError):
// "Unknown format code 'd' for object of type 'str'", "Sign not allowed in
// string format specifier", "Negative zero coercion (z) not allowed in string
// format specifier", "Alternate form (#) not allowed in string format
// specifier", "'=' alignment not allowed in string format specifier",
// "Cannot specify ',' with 's'." plus parseFormatSpec's.
FmtStatus strFormat(std::string_view s, std::string_view spec, std::string &out,
                    std::string &error);
FmtStatus strFormat(std::string_view s, const FormatSpec &spec, std::string &out,
                    std::string &error);

// ------------------------------------------------------------ '%' operator

// Which '%' operator: str % args, or bytes/bytearray % args (PEP 461). The
// bytes one works on bytes: indexes, widths and precisions count bytes, and
// a few messages differ (see percentParse, percentFinish, percentFormatStr).
enum class PercentKind : uint8_t { Str, Bytes };

// One piece of a parsed %-format string.
struct PercentItem {
  enum Kind : uint8_t {
    Literal,    // text: copy it ("%%" yields a Literal "%")
    Conversion, // a conversion spec, see below
    Error,      // parse error: raise (status, error) when processing reaches it
  };
  Kind kind = Literal;
  std::string_view text; // Literal: the text (a view into the format string)
  // Conversion:
  bool hasKey = false;        // "%(key)": look the argument up in the mapping
  std::string_view key;       // the key text (UTF-8), parentheses balanced
  bool keyUnterminated = false; // partial item of "incomplete format key": only
                                // percentUseKey (the mapping check), no lookup
  bool widthStar = false;     // '*' width: take it from the next argument
  bool precisionStar = false; // '.*' precision: from the next argument
  PercentSpec spec;           // flags, width/precision (when not '*'), type
  char32_t type = 0;          // conversion character as written
  bool supported = true;      // false: after fetching the argument raise ValueError(error)
  bool partial = false;       // cut short by the Error item that follows: only do the
                              // key lookup and '*' fetches (steps 1-2 below), then go on
  // Error (or unsupported conversion): status and message.
  FmtStatus status = FmtStatus::Ok;
  std::string error;
};

// Parses a whole %-format string into items. Parsing stops at the first error,
// which becomes the last item (kind Error): since CPython formats as it
// parses, the runtime processes items in order and raises on reaching it (so
// '%d %' % ('x',) raises the %d TypeError first). Returns that error's status
// (Ok when none). Errors: ValueError "incomplete format", "incomplete format
// key", "width too big", "precision too big" (Bytes: "prec too big"); an
// unknown conversion character is a Conversion with supported == false and
// (status, error) ValueError "unsupported format character 'y' (0x79) at
// index 3", raised after its argument is fetched (as CPython does). Str: the
// index counts code points and a character that is not printable ASCII shows
// as '?'. Bytes: fmt is bytes, the index counts bytes, a byte below 0x80 shows
// as itself (even a control character) and a byte from 0x80 up is instead
// OverflowError "character argument not in range(0x110000)"; 'b' is a
// conversion (the same as 's'). Length modifiers h l L are skipped.
FmtStatus percentParse(std::string_view fmt, std::vector<PercentItem> &items,
                       PercentKind kind = PercentKind::Str);

// Argument bookkeeping for one '%' operation. The runtime processes each
// Conversion item as:
//   1. hasKey: percentUseKey (TypeError "format requires a mapping"), then the
//      argument is mapping[key] (KeyError from the mapping).
//   2. widthStar / precisionStar: percentNextArg, the argument must be an int
//      (else TypeError kPercentStarWantsInt; overflow: OverflowError "Python
//      int too large to convert to C ssize_t" / "... C int"), then
//      percentApplyStarWidth / percentApplyStarPrecision.
//   3. without key: percentNextArg for the value.
//   4. !supported: raise (item.status, item.error). Otherwise by type:
//      d i u: int(x) for int/float/__int__ (TypeError percentTypeMessage(...));
//      o x X: must be an int (__index__); c: percentFormatChar; s r a: the
//      str()/repr()/ascii() text to percentFormatStr; e E f F g G:
//      floatPercentFormat.
// At the end percentFinish reports unconverted arguments.
struct PercentArgs {
  int64_t count = 1;      // len(args) for a tuple, else 1 (args itself is the argument)
  bool isTuple = false;   // args is a tuple (then no mapping)
  bool isMapping = false; // args has __getitem__ and is not a tuple or str (Bytes: nor
                          // bytes, bytearray)
  int64_t next = 0;       // index of the next positional argument
  PercentKind kind = PercentKind::Str;
};
// Index of the next argument (for a non-tuple: 0 means args itself), or
// TypeError "not enough arguments for format string".
FmtStatus percentNextArg(PercentArgs &a, int64_t &index, std::string &error);
// A "%(key)" conversion: TypeError "format requires a mapping" unless
// isMapping; consumes the single argument.
FmtStatus percentUseKey(PercentArgs &a, std::string &error);
// After the last item: TypeError "not all arguments converted during string
// formatting" (Bytes: "... during bytes formatting") when positional arguments
// are left (never for a mapping).
FmtStatus percentFinish(const PercentArgs &a, std::string &error);

inline constexpr const char *kPercentStarWantsInt = "* wants int";
inline constexpr const char *kPercentCharTypeError = "%c requires int or char";
// "%d format: a real number is required, not str" (d i u) or
// "%x format: an integer is required, not float" (o x X).
std::string percentTypeMessage(char type, std::string_view typeName);

// '*' width w: negative means left-justify with |w|.
void percentApplyStarWidth(PercentSpec &spec, int64_t w);
// '*' precision p: negative counts as 0.
void percentApplyStarPrecision(PercentSpec &spec, int64_t p);

// %d %i %u %o %x %X of an int (spec.type one of d i u o x X): precision is the
// minimum digit count, '#' gives 0o/0x/0X, flags - + space 0, width. Errors:
// OverflowError "precision too large" (> INT_MAX - 3), ValueError
// "precision too big" (> INT_MAX).
FmtStatus percentFormatInt(IntRef v, const PercentSpec &spec, std::string &out,
                           std::string &error);
FmtStatus percentFormatInt(int64_t v, const PercentSpec &spec, std::string &out,
                           std::string &error);
// %s %r %a (and %c of a 1-char str): text truncated to precision code points,
// padded to width (left with '-'); other flags are ignored. Bytes: text is
// bytes (%b %s %a %r %c of bytes % args), precision and width count bytes.
FmtStatus percentFormatStr(std::string_view text, const PercentSpec &spec, std::string &out,
                           std::string &error, PercentKind kind = PercentKind::Str);
// %c of an int: OverflowError "%c arg not in range(0x110000)" unless
// 0 <= v < 0x110000; precision ignored.
FmtStatus percentFormatChar(IntRef v, const PercentSpec &spec, std::string &out,
                            std::string &error);
FmtStatus percentFormatChar(int64_t v, const PercentSpec &spec, std::string &out,
                            std::string &error);

// ------------------------------------------------- str.format / format_map

// One step of a field name after its first part: .attr, [int] or [str].
struct FieldAccessor {
  enum Kind : uint8_t { Attr, Index, Key };
  Kind kind = Attr;
  std::string_view name; // Attr/Key text (Key: as written between brackets)
  int64_t index = 0;     // Index: the integer (the key was all decimal digits)
};

// One piece of a parsed str.format string.
struct FormatItem {
  enum Kind : uint8_t { Literal, Field, Error };
  Kind kind = Literal;
  std::string_view text; // Literal text ("{{" / "}}" give "{" / "}")
  // Field: the argument is args[argIndex] when !isKeyword (argIndex counts
  // automatic numbering too), else kwargs[keyword]. Then each accessor of
  // `chain` in order; then if chainStatus != Ok raise (chainStatus, chainError)
  // (CPython parses the chain lazily, so attribute errors come first).
  bool isKeyword = false;
  int64_t argIndex = 0;
  std::string_view keyword;
  std::vector<FieldAccessor> chain;
  FmtStatus chainStatus = FmtStatus::Ok;
  std::string chainError;
  // Conversion: 0, 'r', 's' or 'a'; otherwise conversionError holds
  // "Unknown conversion specifier X" (ValueError), raised after the lookup.
  char32_t conversion = 0;
  std::string conversionError;
  // The format spec: specIsNested == false: `spec` is the literal spec text;
  // else build it by processing specItems (same rules, shared numbering),
  // after the value and its conversion were computed.
  std::string_view spec;
  bool specIsNested = false;
  std::vector<FormatItem> specItems;
  // Error: raise (status, error) when processing reaches it.
  FmtStatus status = FmtStatus::Ok;
  std::string error;
};

// Parses a str.format / format_map string. Like percentParse, the first
// error becomes the last item (kind Error) at the place CPython raises it;
// returns the status of the first error found at this level (Ok when none;
// nested spec errors live in specItems). Errors (ValueError): "Single '}'
// encountered in format string", "Single '{' encountered in format string",
// "expected '}' before end of string", "unexpected '{' in field name",
// "end of string while looking for conversion specifier", "expected ':'
// after conversion specifier", "unmatched '{' in format spec", "Max string
// recursion exceeded", "cannot switch from manual field specification to
// automatic field numbering" (and the reverse), "Too many decimal digits in
// format string"; in chainError: "Empty attribute in format string",
// "Missing ']' in format string", "Only '.' or '[' may follow ']' in format
// field specifier". The runtime raises IndexError "Replacement index %d out of
// range for positional args tuple" / KeyError itself.
FmtStatus formatParse(std::string_view fmt, std::vector<FormatItem> &items);

} // namespace molt::rt
