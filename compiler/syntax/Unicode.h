// Unicode support for the tokenizer: \N{...} names, identifier classes, NFKC
// and UTF-8 coding. Tables are generated at build time from the Unicode
// Character Database (tools/gen-unicode/gen_unicode.cpp), Unicode 15.0.0 as in
// CPython 3.12.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace molt::unicode {

/// Looks up a \N{...} character name as CPython 3.12 string literals do
/// (case-insensitive, aliases, algorithmic CJK/Hangul names). Returns false if
/// unknown.
bool lookupName(std::string_view name, char32_t &out);

/// True if c may start a Python identifier (XID_Start, or '_').
bool isIdStart(char32_t c);

/// True if c may continue a Python identifier (XID_Continue).
bool isIdContinue(char32_t c);

/// True if c is printable as Python's str.isprintable() defines it (repr()
/// shows it as is rather than as an escape).
bool isPrintable(char32_t c);

/// Returns the NFKC normalization of a UTF-8 string (input is valid UTF-8).
/// WTF-8 encoded surrogates pass through unchanged, as do invalid bytes.
std::string nfkc(std::string_view utf8);

/// Decodes one UTF-8 code point at s[i], advancing i; returns false on invalid
/// UTF-8 (truncated, overlong, surrogate or > U+10FFFF), leaving i unchanged.
bool decodeUtf8(std::string_view s, size_t &i, char32_t &out);

/// Appends the UTF-8 encoding of c (surrogates encoded as 3-byte sequences,
/// WTF-8 style). c must be at most U+10FFFF.
void appendUtf8(std::string &out, char32_t c);

} // namespace molt::unicode
