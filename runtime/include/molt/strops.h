// String algorithms of Molt's str type, over UTF-8 (generalized UTF-8 /
// "WTF-8" as Molt stores it) byte strings. Results are identical to CPython
// 3.12's str methods; indices and lengths are in code points wherever Python
// uses them.
//
// Representation assumptions (DESIGN.md section 3, "Strings"):
//   * Every code point, including lone surrogates U+D800..U+DFFF, is encoded
//     independently in the shortest UTF-8 form (surrogates as 3 bytes
//     ED A0..BF xx). A surrogate pair is NOT merged into one 4-byte
//     sequence: in Python '\ud83d' + '\ude00' != '\U0001f600', so the two
//     stay two 3-byte code points. Concatenation is byte concatenation.
//   * Inputs are valid in that sense; nothing here validates (the decoders
//     never read past the end, so garbage in gives garbage out, not UB).
//
// Consequences used throughout:
//   * Byte-wise search of a needle in a haystack only matches at code point
//     boundaries (lead bytes never equal continuation bytes), so find/count/
//     replace/split work on bytes and convert byte offsets to code point
//     indices only at the end.
//   * Byte order (memcmp, shorter prefix first) equals code point order,
//     surrogates included: U+D7FF = ED 9F BF < U+D800 = ED A0 80 < U+DFFF =
//     ED BF BF < U+E000 = EE 80 80, and every 3-byte form < F0.. (astral).
//     So compare() is memcmp and == is byte equality.
//
// Errors: functions that can fail in Python (index() when absent, split(''),
// slice step 0, ...) report through their return value (-1 / false); the
// caller raises. No exceptions, no RTTI; int64_t for all indices (wasm32).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "molt/utf8.h"

namespace molt::rt::strops {

using std::string_view;

// ---------------------------------------------------------------------------
// UTF-8 helpers

/// True iff every byte is < 0x80 (then byte index == code point index).
bool isAscii(string_view s);
/// Number of code points (bytes that are not continuation bytes).
int64_t codePointCount(string_view s);
/// Decode the code point starting at byte offset pos and advance pos.
inline char32_t decodeNext(string_view s, size_t &pos) {
  return utf8::decodeNext(reinterpret_cast<const unsigned char *>(s.data()), s.size(), pos);
}
/// Decode the code point ending just before byte offset pos; pos moves back.
inline char32_t decodePrev(string_view s, size_t &pos) {
  return utf8::decodePrev(reinterpret_cast<const unsigned char *>(s.data()), s.size(), pos);
}
/// Append the (generalized) UTF-8 encoding of c (surrogates as 3 bytes).
inline void appendUtf8(std::string &out, char32_t c) { utf8::append(out, c); }
/// Byte length of the encoding of c.
inline size_t utf8Length(char32_t c) { return utf8::encodedLength(c); }

/// Sparse index of a non-ASCII string: the byte offset of every
/// kStride-th code point, so charToByte costs O(kStride) after an O(n)
/// build. For ASCII strings no table is kept (offset == index).
struct Utf8Index {
  static constexpr int64_t kStride = 64;
  int64_t length = 0; ///< code points
  bool ascii = true;
  std::vector<size_t> offsets; ///< offsets[k] = byte offset of code point k*kStride
  static Utf8Index build(string_view s);
  /// Byte offset of code point i, 0 <= i <= length (length -> s.size()).
  size_t byteOffset(string_view s, int64_t i) const;
};

/// Information about a string that the algorithms use to map code point
/// indices to byte offsets. The object model will keep length and the ASCII
/// flag in the str header and the Utf8Index built lazily; index may be null
/// (then offsets are found by scanning from the nearer end).
struct StrRef {
  string_view bytes;
  int64_t length = 0;
  bool ascii = true;
  const Utf8Index *index = nullptr;
  /// Computes length and ascii (O(n)); no index.
  static StrRef of(string_view s);
  static StrRef of(string_view s, const Utf8Index &idx) {
    return StrRef{s, idx.length, idx.ascii, &idx};
  }
  /// Byte offset of code point i, 0 <= i <= length.
  size_t byteOffset(int64_t i) const;
  /// Code point index of byte offset b (b on a boundary).
  int64_t charIndex(size_t b) const;
};

// ---------------------------------------------------------------------------
// Indexing and slicing

/// Python's slice.indices(length): None is std::nullopt. Returns false for
/// step == 0 (ValueError "slice step cannot be zero"). slicelength is the
/// number of elements selected (PySlice_AdjustIndices).
struct SliceIndices {
  int64_t start = 0, stop = 0, step = 1, slicelength = 0;
};
bool sliceIndices(int64_t length, std::optional<int64_t> start, std::optional<int64_t> stop,
                  std::optional<int64_t> step, SliceIndices &out);
/// The code point at index i (0 <= i < length).
char32_t charAt(const StrRef &s, int64_t i);
/// Append s[start:stop:step] for indices already normalized by sliceIndices.
void slice(const StrRef &s, const SliceIndices &si, std::string &out);

// ---------------------------------------------------------------------------
// Search. start/end are Python's optional arguments (nullopt = None),
// interpreted like slice indices and clamped. Results are code point indices.

/// str.find (and str.index: -1 means the caller raises ValueError).
int64_t find(const StrRef &s, string_view sub, std::optional<int64_t> start = {},
             std::optional<int64_t> end = {});
/// str.rfind / str.rindex.
int64_t rfind(const StrRef &s, string_view sub, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});
/// str.count (non-overlapping).
int64_t count(const StrRef &s, string_view sub, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});
bool startsWith(const StrRef &s, string_view prefix, std::optional<int64_t> start = {},
                std::optional<int64_t> end = {});
bool endsWith(const StrRef &s, string_view suffix, std::optional<int64_t> start = {},
              std::optional<int64_t> end = {});
/// `sub in s`.
inline bool contains(string_view s, string_view sub);

/// Raw byte search (the engine behind the above): first/last occurrence of
/// needle in hay, as a byte offset, or npos. memchr for one byte, memchr +
/// memcmp for short haystacks, Horspool with a 256-entry table otherwise.
size_t byteFind(string_view hay, string_view needle);
size_t byteRFind(string_view hay, string_view needle);
inline constexpr size_t npos = string_view::npos;

inline bool contains(string_view s, string_view sub) { return byteFind(s, sub) != npos; }

// ---------------------------------------------------------------------------
// Transformations (results appended to out)

/// str.replace(old, new, count); count < 0 means all.
void replace(string_view s, string_view old, string_view repl, int64_t count, std::string &out);
/// str.split(sep, maxsplit) / rsplit. sep nullopt: whitespace mode. Returns
/// false for an empty separator (ValueError "empty separator"). Pieces are
/// views into s, in left-to-right order for both.
bool split(string_view s, std::optional<string_view> sep, int64_t maxsplit,
           std::vector<string_view> &out);
bool rsplit(string_view s, std::optional<string_view> sep, int64_t maxsplit,
            std::vector<string_view> &out);
/// str.splitlines(keepends).
void splitlines(string_view s, bool keepends, std::vector<string_view> &out);
/// str.partition / rpartition (sep must be non-empty: false otherwise). Call
/// them qualified: with string_view arguments ADL also finds std::partition.
bool partition(string_view s, string_view sep, string_view out[3]);
bool rpartition(string_view s, string_view sep, string_view out[3]);
/// str.strip/lstrip/rstrip(chars); chars nullopt: Unicode whitespace.
string_view strip(string_view s, std::optional<string_view> chars = {});
string_view lstrip(string_view s, std::optional<string_view> chars = {});
string_view rstrip(string_view s, std::optional<string_view> chars = {});
/// sep.join(parts).
void join(string_view sep, std::span<const string_view> parts, std::string &out);
/// Byte size of str.expandtabs(tabsize) of s (tabsize fits a C int, as in CPython).
int64_t expandtabsSize(string_view s, int64_t tabsize);
/// str.expandtabs(tabsize).
void expandtabs(string_view s, int64_t tabsize, std::string &out);
/// str.center/ljust/rjust(width, fillchar); length = code points of s.
void center(const StrRef &s, int64_t width, char32_t fill, std::string &out);
void ljust(const StrRef &s, int64_t width, char32_t fill, std::string &out);
void rjust(const StrRef &s, int64_t width, char32_t fill, std::string &out);
/// str.zfill(width).
void zfill(const StrRef &s, int64_t width, std::string &out);
string_view removeprefix(string_view s, string_view prefix);
string_view removesuffix(string_view s, string_view suffix);

// ---------------------------------------------------------------------------
// Case mappings (results appended to out)

void upper(string_view s, std::string &out);
void lower(string_view s, std::string &out);
void casefold(string_view s, std::string &out);
void title(string_view s, std::string &out);
void capitalize(string_view s, std::string &out);
void swapcase(string_view s, std::string &out);

// ---------------------------------------------------------------------------
// Predicates

bool isalpha(string_view s);
bool isalnum(string_view s);
bool isdecimal(string_view s);
bool isdigit(string_view s);
bool isnumeric(string_view s);
bool isspace(string_view s);
bool islower(string_view s);
bool isupper(string_view s);
bool istitle(string_view s);
bool isprintable(string_view s);
bool isidentifier(string_view s);
// Parenthesized: wasi-libc defines isascii as a function-like macro.
inline bool(isascii)(string_view s) { return isAscii(s); }

// ---------------------------------------------------------------------------
// repr / ascii / comparison

/// repr(s): quotes and escapes exactly as CPython.
void repr(string_view s, std::string &out);
/// ascii(s): repr with every non-ASCII code point escaped.
void ascii(string_view s, std::string &out);
/// <0, 0, >0 in code point order (== memcmp order, see the top comment).
int compare(string_view a, string_view b);
inline bool equals(string_view a, string_view b) { return a == b; }

} // namespace molt::rt::strops
