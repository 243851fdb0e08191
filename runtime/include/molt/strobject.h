// The str object layout and the runtime helpers of str, bytes and bytearray
// (runtime/objects/str*.cpp, bytes.cpp, bytearray.cpp; the bytes layouts are
// in molt/bytesobject.h). DESIGN.md section 3
// ("Strings"): str is UTF-8 (WTF-8 for lone surrogates, molt/strops.h's
// conventions) with a code point count, an ASCII flag, a cached hash and a
// lazily built sparse index for non-ASCII text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "molt/bytesobject.h"
#include "molt/object.h"
#include "molt/strops.h"

/// A str object. data holds size bytes plus a terminating NUL. The header is
/// 41 bytes (CPython's compact ASCII header is 40 plus its NUL) so a word of
/// up to 6 bytes fits a 48-byte allocator block, as in CPython; allocate
/// offsetof(MoltStr, data) + size + 1 bytes (strGrowCapacity(size) + 1 for
/// a grown str).
struct MoltStr {
  MoltObject ob;
  int64_t length;       // code points
  int64_t size;         // bytes, excluding the NUL
  int64_t hash;         // -1 until computed
  uint8_t ascii : 1;    // every byte < 0x80
  uint8_t interned : 1; // in the intern table (immortal)
  uint8_t hasIndex : 1; // non-ASCII: a Utf8Index is registered for it (str.cpp side table)
  uint8_t grown : 1;    // made by +=: room for strGrowCapacity(size) bytes
  uint8_t pieceCached : 1; // may be in the cache of split's pieces (str.cpp)
  char data[];
};

namespace molt::rt {

/// The data capacity of a grown str (made by +=) of size bytes: the next
/// power of two (at least 16). In-place appends keep size within the same
/// power of two, so the capacity needs no field of its own.
inline int64_t strGrowCapacity(int64_t size) {
  int64_t c = 16;
  while (c < size)
    c <<= 1;
  return c;
}

// ----------------------------------------------------------------- str

/// The interned immortal str with this text (same text -> same object).
MoltValue internStr(std::string_view s);
/// A new str from UTF-8 text whose code point count and ASCII flag are known.
MoltValue strFromUtf8Known(std::string_view s, int64_t length, bool ascii);
/// A str of ASCII text cut from a larger str (split's parts): short ones may
/// be a shared recent str with the same text, as text repeats its words.
MoltValue strFromAsciiPiece(std::string_view s);
/// a + b of two strs (the result may be a or b itself when the other is empty
/// and it is an exact str).
MoltValue strConcat(MoltValue a, MoltValue b);
/// A new str moved from a std::string (computes length and ASCII flag).
inline MoltValue strFromString(const std::string &s) { return strFromUtf8(s); }
/// The (cached, immortal for code points < 256) one-character str of c.
MoltValue strFromChar(char32_t c);
/// The immortal empty str (new reference).
MoltValue strEmpty();
/// The str's StrRef (length, ASCII flag and, for non-ASCII text, the lazily built index).
strops::StrRef strRef(MoltValue s);
/// Code point length of a str value.
inline int64_t strLength(MoltValue s) { return as<MoltStr>(s)->length; }
/// hash(str), computed once and cached.
int64_t strHash(MoltValue s);
/// True if v is a bytes (or subclass).
bool isBytes(MoltValue v);
/// True if v is a bytearray (or subclass).
bool isByteArray(MoltValue v);
/// True for bytes/bytearray (objects whose bytes are readable in place); fills out.
bool bytesLikeView(MoltValue v, std::string_view &out);
/// str % args (the '%' operator of str).
MoltValue strPercentFormat(MoltValue fmt, MoltValue args);
/// format(s, spec) of a str (str.__format__).
MoltValue strFormatSpec(MoltValue s, MoltValue spec);
/// Decodes bytes as `encoding` with `errors` (utf-8/ascii/latin-1; strict/ignore/replace/...).
MoltValue strDecode(std::string_view data, std::string_view encoding, std::string_view errors);
/// Encodes str text as `encoding` with `errors`; returns a bytes object.
MoltValue strEncode(MoltValue s, std::string_view encoding, std::string_view errors);

// ----------------------------------------------------------------- bytes

/// A new bytes object holding a copy of data.
MoltValue bytesFromData(std::string_view data);
/// The bytes of a bytes object (must be bytes).
inline std::string_view bytesView(MoltValue b) {
  MoltBytes *o = as<MoltBytes>(b);
  return std::string_view(o->data, size_t(o->size));
}
/// bytes % args / bytearray % args (PEP 461; the result has fmt's type,
/// bytes for a bytes subclass).
MoltValue bytesPercentFormat(MoltValue fmt, MoltValue args);
/// A new bytearray holding a copy of data.
MoltValue byteArrayFromData(std::string_view data);
/// The current bytes of a bytearray (valid until it is mutated).
inline std::string_view byteArrayView(MoltValue b) {
  MoltByteArray *o = as<MoltByteArray>(b);
  return std::string_view(o->data ? o->data : "", size_t(o->size));
}
/// repr of bytes content with CPython's quote choice and escapes (b'...').
void bytesReprAppend(std::string_view data, std::string &out);

} // namespace molt::rt
