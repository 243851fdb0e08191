// Inline UTF-8 coding helpers of the runtime, over the generalized UTF-8
// ("WTF-8") Molt stores strings in: every code point, lone surrogates
// included, is encoded independently in its shortest form (see molt/strops.h).
// Nothing here validates; the decoders expect such input.
#pragma once

#include <cstddef>
#include <string>

namespace molt::rt::utf8 {

/// True iff b is a continuation byte (10xxxxxx).
inline bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

/// Decodes the code point at p from trusted WTF-8 (no bounds check) and advances p past it.
inline char32_t decodeNextTrusted(const unsigned char *&p) {
  unsigned b0 = *p;
  if (b0 < 0x80) {
    ++p;
    return b0;
  }
  if (b0 < 0xE0) {
    char32_t c = char32_t(b0 & 0x1F) << 6 | char32_t(p[1] & 0x3F);
    p += 2;
    return c;
  }
  if (b0 < 0xF0) {
    char32_t c = char32_t(b0 & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | char32_t(p[2] & 0x3F);
    p += 3;
    return c;
  }
  char32_t c = char32_t(b0 & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 |
               char32_t(p[3] & 0x3F);
  p += 4;
  return c;
}

/// Moves p back (not before begin) to the start of the previous code point and decodes it (trusted WTF-8).
inline char32_t decodePrevTrusted(const unsigned char *begin, const unsigned char *&p) {
  const unsigned char *q = p - 1;
  while (q > begin && isContinuation(*q))
    --q;
  p = q;
  return decodeNextTrusted(q);
}

/// Decodes the code point at p[pos] (pos < n) and advances pos; never reads at or past p[n].
inline char32_t decodeNext(const unsigned char *p, size_t n, size_t &pos) {
  unsigned char b = p[pos++];
  if (b < 0x80)
    return b;
  unsigned extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  char32_t c = b & (0x3F >> extra);
  for (unsigned k = 0; k < extra && pos < n && isContinuation(p[pos]); ++k)
    c = (c << 6) | (p[pos++] & 0x3F);
  return c;
}

/// Decodes the code point ending just before p[pos] (0 < pos <= n) and moves pos back to its start.
inline char32_t decodePrev(const unsigned char *p, size_t n, size_t &pos) {
  size_t q = pos - 1;
  while (q > 0 && isContinuation(p[q]) && pos - q < 4)
    --q;
  size_t r = q;
  char32_t c = decodeNext(p, n, r);
  pos = q;
  return c;
}

/// Byte length of the encoding of c.
inline size_t encodedLength(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

/// Appends the encoding of c to out (surrogates as 3 bytes).
inline void append(std::string &out, char32_t c) {
  if (c < 0x80) {
    out.push_back(char(c));
  } else if (c < 0x800) {
    char b[2] = {char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F))};
    out.append(b, 2);
  } else if (c < 0x10000) {
    char b[3] = {char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F))};
    out.append(b, 3);
  } else {
    char b[4] = {char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
                 char(0x80 | (c & 0x3F))};
    out.append(b, 4);
  }
}

} // namespace molt::rt::utf8
