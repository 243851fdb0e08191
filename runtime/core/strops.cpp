// UTF-8 helpers, indexing, search and the non-case str transformations.
// See molt/strops.h for the representation and the conventions.
#include "molt/strops.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "molt/unicode_db.h"
#include "molt/utf8.h"

namespace molt::rt::strops {

namespace {

using utf8::isContinuation;

// Bytes 0x80.. in eight-byte words, for the ASCII scan and counting.
inline uint64_t load64(const char *p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

} // namespace

// ---------------------------------------------------------------------------
// UTF-8 helpers

bool isAscii(string_view s) {
  const char *p = s.data();
  size_t n = s.size(), i = 0;
  uint64_t acc = 0;
  for (; i + 32 <= n; i += 32)
    acc |= load64(p + i) | load64(p + i + 8) | load64(p + i + 16) | load64(p + i + 24);
  for (; i + 8 <= n; i += 8)
    acc |= load64(p + i);
  if (acc & 0x8080808080808080ull)
    return false;
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) & 0x80)
      return false;
  return true;
}

int64_t codePointCount(string_view s) {
  const char *p = s.data();
  size_t n = s.size(), i = 0;
  int64_t cont = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v = load64(p + i);
    // continuation byte: bit7 set and bit6 clear
    uint64_t m = v & ~(v << 1) & 0x8080808080808080ull;
    cont += std::popcount(m);
  }
  for (; i < n; ++i)
    cont += isContinuation(static_cast<unsigned char>(p[i]));
  return int64_t(n) - cont;
}

Utf8Index Utf8Index::build(string_view s) {
  Utf8Index idx;
  idx.ascii = isAscii(s);
  if (idx.ascii) {
    idx.length = int64_t(s.size());
    return idx;
  }
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  int64_t k = 0;
  idx.offsets.reserve(s.size() / kStride + 1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (isContinuation(p[i]))
      continue;
    if (k % kStride == 0)
      idx.offsets.push_back(i);
    ++k;
  }
  idx.length = k;
  return idx;
}

namespace {
// Byte offset of the code point `count` code points after byte offset b.
size_t advanceChars(string_view s, size_t b, int64_t count) {
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  size_t n = s.size();
  while (count > 0 && b < n) {
    ++b;
    while (b < n && isContinuation(p[b]))
      ++b;
    --count;
  }
  return b;
}
// Byte offset `count` code points before byte offset b.
size_t retreatChars(string_view s, size_t b, int64_t count) {
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  while (count > 0 && b > 0) {
    --b;
    while (b > 0 && isContinuation(p[b]))
      --b;
    --count;
  }
  return b;
}
} // namespace

size_t Utf8Index::byteOffset(string_view s, int64_t i) const {
  if (ascii)
    return size_t(i);
  if (i >= length)
    return s.size();
  size_t k = size_t(i / kStride);
  return advanceChars(s, offsets[k], i - int64_t(k) * kStride);
}

StrRef StrRef::of(string_view s) {
  StrRef r;
  r.bytes = s;
  r.ascii = isAscii(s);
  r.length = r.ascii ? int64_t(s.size()) : codePointCount(s);
  return r;
}

size_t StrRef::byteOffset(int64_t i) const {
  if (ascii)
    return size_t(i);
  if (i <= 0)
    return 0;
  if (i >= length)
    return bytes.size();
  if (index)
    return index->byteOffset(bytes, i);
  if (i <= length - i)
    return advanceChars(bytes, 0, i);
  return retreatChars(bytes, bytes.size(), length - i);
}

int64_t StrRef::charIndex(size_t b) const {
  if (ascii)
    return int64_t(b);
  if (b <= bytes.size() / 2)
    return codePointCount(bytes.substr(0, b));
  return length - codePointCount(bytes.substr(b));
}

// ---------------------------------------------------------------------------
// Slicing

bool sliceIndices(int64_t length, std::optional<int64_t> start, std::optional<int64_t> stop,
                  std::optional<int64_t> step, SliceIndices &out) {
  int64_t st = step.value_or(1);
  if (st == 0)
    return false;
  // PySlice_Unpack clamps step to -PY_SSIZE_T_MAX so that -step is defined.
  if (st < -INT64_MAX)
    st = -INT64_MAX;
  int64_t lo, hi;
  if (st < 0) {
    lo = -1;
    hi = length - 1;
  } else {
    lo = 0;
    hi = length;
  }
  auto adj = [&](std::optional<int64_t> v, int64_t dflt) {
    if (!v)
      return dflt;
    int64_t x = *v;
    if (x < 0) {
      x += length;
      if (x < lo)
        x = lo;
    } else if (x > hi) {
      x = hi;
    }
    return x;
  };
  out.start = adj(start, st < 0 ? hi : lo);
  out.stop = adj(stop, st < 0 ? lo : hi);
  out.step = st;
  if (st < 0)
    out.slicelength = out.stop < out.start ? (out.start - out.stop - 1) / (-st) + 1 : 0;
  else
    out.slicelength = out.start < out.stop ? (out.stop - out.start - 1) / st + 1 : 0;
  return true;
}

char32_t charAt(const StrRef &s, int64_t i) {
  if (s.ascii)
    return static_cast<unsigned char>(s.bytes[size_t(i)]);
  size_t b = s.byteOffset(i);
  return decodeNext(s.bytes, b);
}

void slice(const StrRef &s, const SliceIndices &si, std::string &out) {
  int64_t n = si.slicelength;
  if (n <= 0)
    return;
  if (si.step == 1) {
    size_t b0 = s.byteOffset(si.start);
    size_t b1 = s.ascii ? size_t(si.start + n) : s.byteOffset(si.start + n);
    out.append(s.bytes.data() + b0, b1 - b0);
    return;
  }
  const char *p = s.bytes.data();
  if (s.ascii) {
    size_t base = out.size();
    out.resize(base + size_t(n));
    char *o = out.data() + base;
    int64_t i = si.start;
    for (int64_t k = 0; k < n; ++k, i += si.step)
      o[k] = p[i];
    return;
  }
  size_t b = s.byteOffset(si.start);
  for (int64_t k = 0; k < n; ++k) {
    size_t e = advanceChars(s.bytes, b, 1);
    out.append(p + b, e - b);
    if (k + 1 == n)
      break;
    b = si.step > 0 ? advanceChars(s.bytes, b, si.step) : retreatChars(s.bytes, b, -si.step);
  }
}

// ---------------------------------------------------------------------------
// Byte search

size_t byteFind(string_view hay, string_view needle) {
  size_t n = hay.size(), m = needle.size();
  if (m == 0)
    return 0;
  if (m > n)
    return npos;
  // libc's memmem (glibc's vectorized search natively, a two-way search on
  // wasi-libc): a table-driven search of our own rebuilt its table on every
  // call, which dominated replace() and count() with many matches.
  const char *h = hay.data();
  const void *r = m == 1 ? std::memchr(h, needle[0], n) : memmem(h, n, needle.data(), m);
  return r ? size_t(static_cast<const char *>(r) - h) : npos;
}

size_t byteRFind(string_view hay, string_view needle) {
  size_t n = hay.size(), m = needle.size();
  if (m == 0)
    return n;
  if (m > n)
    return npos;
  const char *h = hay.data(), *nd = needle.data();
  if (n < 64 || m < 4) {
    for (size_t i = n - m + 1; i-- > 0;)
      if (h[i] == nd[0] && std::memcmp(h + i + 1, nd + 1, m - 1) == 0)
        return i;
    return npos;
  }
  // Mirror-image Horspool: window's first byte.
  size_t skip[256];
  for (size_t &v : skip)
    v = m;
  for (size_t k = m - 1; k > 0; --k)
    skip[static_cast<unsigned char>(nd[k])] = k;
  unsigned char firstb = static_cast<unsigned char>(nd[0]);
  size_t i = n - m;
  for (;;) {
    unsigned char c = static_cast<unsigned char>(h[i]);
    if (c == firstb && std::memcmp(h + i + 1, nd + 1, m - 1) == 0)
      return i;
    size_t sh = skip[c];
    if (sh > i)
      return npos;
    i -= sh;
  }
}

// ---------------------------------------------------------------------------
// find / rfind / count / startswith / endswith

namespace {

// ADJUST_INDICES of CPython's str methods: clamp start/end to [0, len].
void adjustIndices(int64_t len, std::optional<int64_t> start, std::optional<int64_t> end, int64_t &s,
                   int64_t &e) {
  e = end.value_or(len);
  if (e > len)
    e = len;
  else if (e < 0) {
    e += len;
    if (e < 0)
      e = 0;
  }
  s = start.value_or(0);
  if (s < 0) {
    s += len;
    if (s < 0)
      s = 0;
  }
}

} // namespace

int64_t find(const StrRef &s, string_view sub, std::optional<int64_t> start, std::optional<int64_t> end) {
  int64_t a, e;
  adjustIndices(s.length, start, end, a, e);
  if (sub.empty())
    return e - a < 0 ? -1 : a;
  if (e - a < int64_t(sub.size()) && (s.ascii || e - a < codePointCount(sub)))
    return -1;
  size_t b0 = s.byteOffset(a), b1 = s.byteOffset(e);
  size_t r = byteFind(s.bytes.substr(b0, b1 - b0), sub);
  if (r == npos)
    return -1;
  if (s.ascii)
    return a + int64_t(r);
  return a + codePointCount(s.bytes.substr(b0, r));
}

int64_t rfind(const StrRef &s, string_view sub, std::optional<int64_t> start, std::optional<int64_t> end) {
  int64_t a, e;
  adjustIndices(s.length, start, end, a, e);
  if (sub.empty())
    return e - a < 0 ? -1 : e;
  if (e - a < int64_t(sub.size()) && (s.ascii || e - a < codePointCount(sub)))
    return -1;
  size_t b0 = s.byteOffset(a), b1 = s.byteOffset(e);
  size_t r = byteRFind(s.bytes.substr(b0, b1 - b0), sub);
  if (r == npos)
    return -1;
  if (s.ascii)
    return a + int64_t(r);
  return e - codePointCount(s.bytes.substr(b0 + r, b1 - b0 - r));
}

int64_t count(const StrRef &s, string_view sub, std::optional<int64_t> start, std::optional<int64_t> end) {
  int64_t a, e;
  adjustIndices(s.length, start, end, a, e);
  if (e - a < 0)
    return 0;
  if (sub.empty())
    return e - a + 1;
  size_t b0 = s.byteOffset(a), b1 = s.byteOffset(e);
  string_view hay = s.bytes.substr(b0, b1 - b0);
  int64_t n = 0;
  if (sub.size() == 1) {
    const char *p = hay.data(), *q = p + hay.size();
    char c = sub[0];
    for (; p < q; ++p)
      n += *p == c;
    return n;
  }
  size_t pos = 0;
  for (;;) {
    size_t r = byteFind(hay.substr(pos), sub);
    if (r == npos)
      return n;
    ++n;
    pos += r + sub.size();
  }
}

namespace {
bool tailmatch(const StrRef &s, string_view sub, std::optional<int64_t> start, std::optional<int64_t> end,
               bool atEnd) {
  int64_t a, e;
  adjustIndices(s.length, start, end, a, e);
  int64_t sublen = s.ascii ? int64_t(sub.size()) : codePointCount(sub);
  e -= sublen;
  if (e < a)
    return false;
  if (sub.empty())
    return true;
  size_t b = s.byteOffset(atEnd ? e : a);
  return s.bytes.size() - b >= sub.size() && std::memcmp(s.bytes.data() + b, sub.data(), sub.size()) == 0;
}
} // namespace

bool startsWith(const StrRef &s, string_view prefix, std::optional<int64_t> start, std::optional<int64_t> end) {
  return tailmatch(s, prefix, start, end, false);
}
bool endsWith(const StrRef &s, string_view suffix, std::optional<int64_t> start, std::optional<int64_t> end) {
  return tailmatch(s, suffix, start, end, true);
}

// ---------------------------------------------------------------------------
// replace

void replace(string_view s, string_view old, string_view repl, int64_t count, std::string &out) {
  if (count < 0)
    count = INT64_MAX;
  if (count == 0) {
    out.append(s);
    return;
  }
  if (old.empty()) {
    // Insert repl before every code point and at the end, count times.
    size_t pos = 0;
    int64_t done = 0;
    while (done < count) {
      out.append(repl);
      ++done;
      if (pos >= s.size())
        break;
      size_t next = advanceChars(s, pos, 1);
      out.append(s.data() + pos, next - pos);
      pos = next;
    }
    out.append(s.substr(pos));
    return;
  }
  size_t pos = 0;
  int64_t done = 0;
  while (done < count) {
    size_t r = byteFind(s.substr(pos), old);
    if (r == npos)
      break;
    out.append(s.data() + pos, r);
    out.append(repl);
    pos += r + old.size();
    ++done;
  }
  out.append(s.substr(pos));
}

// ---------------------------------------------------------------------------
// split / rsplit / splitlines / partition

namespace {

// Whitespace test at byte offset i; sets len to the code point's byte length.
inline bool spaceAt(string_view s, size_t i, size_t &len) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    len = 1;
    return ucd::detail::kAsciiFlags.flags[b] & ucd::kSpace;
  }
  size_t j = i;
  char32_t c = decodeNext(s, j);
  len = j - i;
  return ucd::isSpace(c);
}

// Whitespace test of the code point ending at byte offset i (exclusive).
inline bool spaceBefore(string_view s, size_t i, size_t &len) {
  unsigned char b = static_cast<unsigned char>(s[i - 1]);
  if (b < 0x80) {
    len = 1;
    return ucd::detail::kAsciiFlags.flags[b] & ucd::kSpace;
  }
  size_t j = i;
  char32_t c = decodePrev(s, j);
  len = i - j;
  return ucd::isSpace(c);
}

} // namespace

bool split(string_view s, std::optional<string_view> sep, int64_t maxsplit, std::vector<string_view> &out) {
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  if (!sep) {
    size_t i = 0, n = s.size(), len = 0;
    while (maxsplit-- > 0) {
      while (i < n && spaceAt(s, i, len))
        i += len;
      if (i == n)
        return true;
      size_t j = i;
      while (j < n && !spaceAt(s, j, len))
        j += len;
      out.push_back(s.substr(i, j - i));
      if (j == n)
        return true;
      i = j + len;
    }
    // Remaining: strip leading whitespace, keep the rest.
    while (i < n && spaceAt(s, i, len))
      i += len;
    if (i < n)
      out.push_back(s.substr(i));
    return true;
  }
  if (sep->empty())
    return false;
  size_t pos = 0;
  while (maxsplit-- > 0) {
    size_t r = byteFind(s.substr(pos), *sep);
    if (r == npos)
      break;
    out.push_back(s.substr(pos, r));
    pos += r + sep->size();
  }
  out.push_back(s.substr(pos));
  return true;
}

bool rsplit(string_view s, std::optional<string_view> sep, int64_t maxsplit, std::vector<string_view> &out) {
  if (maxsplit < 0)
    maxsplit = INT64_MAX;
  size_t first = out.size();
  if (!sep) {
    size_t i = s.size(), len = 0;
    while (maxsplit-- > 0) {
      while (i > 0 && spaceBefore(s, i, len))
        i -= len;
      if (i == 0)
        break;
      size_t j = i;
      while (j > 0 && !spaceBefore(s, j, len))
        j -= len;
      out.push_back(s.substr(j, i - j));
      if (j == 0) {
        i = 0;
        break;
      }
      i = j - len;
    }
    if (i > 0) {
      while (i > 0 && spaceBefore(s, i, len))
        i -= len;
      if (i > 0)
        out.push_back(s.substr(0, i));
    }
  } else {
    if (sep->empty())
      return false;
    size_t end = s.size();
    while (maxsplit-- > 0) {
      size_t r = byteRFind(s.substr(0, end), *sep);
      if (r == npos)
        break;
      out.push_back(s.substr(r + sep->size(), end - r - sep->size()));
      end = r;
    }
    out.push_back(s.substr(0, end));
  }
  std::reverse(out.begin() + std::ptrdiff_t(first), out.end());
  return true;
}

void splitlines(string_view s, bool keepends, std::vector<string_view> &out) {
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t start = i, lineEnd = n, next = n;
    while (i < n) {
      unsigned char b = static_cast<unsigned char>(s[i]);
      size_t j = i;
      bool brk;
      if (b < 0x80) {
        brk = ucd::detail::kAsciiFlags.flags[b] & ucd::kLinebreak;
        j = i + 1;
      } else {
        brk = ucd::isLinebreak(decodeNext(s, j));
      }
      if (brk) {
        lineEnd = i;
        next = (b == '\r' && j < n && s[j] == '\n') ? j + 1 : j;
        break;
      }
      i = j;
    }
    out.push_back(s.substr(start, (keepends ? next : lineEnd) - start));
    i = next;
  }
}

bool partition(string_view s, string_view sep, string_view out[3]) {
  if (sep.empty())
    return false;
  size_t r = byteFind(s, sep);
  if (r == npos) {
    out[0] = s;
    out[1] = out[2] = string_view();
  } else {
    out[0] = s.substr(0, r);
    out[1] = s.substr(r, sep.size());
    out[2] = s.substr(r + sep.size());
  }
  return true;
}

bool rpartition(string_view s, string_view sep, string_view out[3]) {
  if (sep.empty())
    return false;
  size_t r = byteRFind(s, sep);
  if (r == npos) {
    out[0] = out[1] = string_view();
    out[2] = s;
  } else {
    out[0] = s.substr(0, r);
    out[1] = s.substr(r, sep.size());
    out[2] = s.substr(r + sep.size());
  }
  return true;
}

// ---------------------------------------------------------------------------
// strip

namespace {

struct CharSet {
  uint64_t ascii[2] = {0, 0};
  std::vector<char32_t> other; // sorted
  bool whitespace = false;
  explicit CharSet(std::optional<string_view> chars) {
    if (!chars) {
      whitespace = true;
      return;
    }
    size_t i = 0;
    while (i < chars->size()) {
      char32_t c = decodeNext(*chars, i);
      if (c < 128)
        ascii[c >> 6] |= uint64_t(1) << (c & 63);
      else
        other.push_back(c);
    }
    std::sort(other.begin(), other.end());
  }
  bool has(char32_t c) const {
    if (whitespace)
      return ucd::isSpace(c);
    if (c < 128)
      return (ascii[c >> 6] >> (c & 63)) & 1;
    return std::binary_search(other.begin(), other.end(), c);
  }
};

string_view doStrip(string_view s, std::optional<string_view> chars, bool left, bool right) {
  CharSet set(chars);
  size_t i = 0, j = s.size();
  if (left) {
    while (i < j) {
      size_t k = i;
      if (!set.has(decodeNext(s, k)))
        break;
      i = k;
    }
  }
  if (right) {
    while (j > i) {
      size_t k = j;
      if (!set.has(decodePrev(s, k)))
        break;
      j = k;
    }
  }
  return s.substr(i, j - i);
}

} // namespace

string_view strip(string_view s, std::optional<string_view> chars) { return doStrip(s, chars, true, true); }
string_view lstrip(string_view s, std::optional<string_view> chars) { return doStrip(s, chars, true, false); }
string_view rstrip(string_view s, std::optional<string_view> chars) { return doStrip(s, chars, false, true); }

// ---------------------------------------------------------------------------
// join, expandtabs, padding

void join(string_view sep, std::span<const string_view> parts, std::string &out) {
  if (parts.empty())
    return;
  size_t total = sep.size() * (parts.size() - 1);
  for (string_view p : parts)
    total += p.size();
  out.reserve(out.size() + total);
  out.append(parts[0]);
  for (size_t k = 1; k < parts.size(); ++k) {
    out.append(sep);
    out.append(parts[k]);
  }
}

namespace {
// Walks s as str.expandtabs(tabsize) lays it out: spaces(n) for the n
// spaces a tab becomes, byte(b) for every other byte.
template <class Spaces, class Byte>
void walkTabs(string_view s, int64_t tabsize, Spaces spaces, Byte byte) {
  int64_t col = 0;
  const auto *p = reinterpret_cast<const unsigned char *>(s.data());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char b = p[i];
    if (b == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        spaces(incr);
      }
    } else {
      byte(b);
      if (b == '\n' || b == '\r')
        col = 0;
      else if (!isContinuation(b))
        ++col;
    }
  }
}
} // namespace

int64_t expandtabsSize(string_view s, int64_t tabsize) {
  int64_t size = 0; // at most s.size() * 2**31: no overflow
  walkTabs(s, tabsize, [&](int64_t n) { size += n; }, [&](unsigned char) { ++size; });
  return size;
}

void expandtabs(string_view s, int64_t tabsize, std::string &out) {
  walkTabs(
      s, tabsize, [&](int64_t n) { out.append(size_t(n), ' '); },
      [&](unsigned char b) { out.push_back(char(b)); });
}

namespace {
void appendFill(std::string &out, char32_t fill, int64_t n) {
  if (n <= 0)
    return;
  if (fill < 0x80) {
    out.append(size_t(n), char(fill));
    return;
  }
  std::string one;
  appendUtf8(one, fill);
  for (int64_t k = 0; k < n; ++k)
    out.append(one);
}
void pad(const StrRef &s, int64_t left, int64_t right, char32_t fill, std::string &out) {
  appendFill(out, fill, left);
  out.append(s.bytes);
  appendFill(out, fill, right);
}
} // namespace

void center(const StrRef &s, int64_t width, char32_t fill, std::string &out) {
  if (width <= s.length) {
    out.append(s.bytes);
    return;
  }
  int64_t marg = width - s.length;
  int64_t left = marg / 2 + (marg & width & 1);
  pad(s, left, marg - left, fill, out);
}

void ljust(const StrRef &s, int64_t width, char32_t fill, std::string &out) {
  pad(s, 0, width - s.length, fill, out);
}

void rjust(const StrRef &s, int64_t width, char32_t fill, std::string &out) {
  pad(s, width - s.length, 0, fill, out);
}

void zfill(const StrRef &s, int64_t width, std::string &out) {
  if (width <= s.length) {
    out.append(s.bytes);
    return;
  }
  int64_t fill = width - s.length;
  string_view b = s.bytes;
  if (!b.empty() && (b[0] == '+' || b[0] == '-')) {
    out.push_back(b[0]);
    out.append(size_t(fill), '0');
    out.append(b.substr(1));
  } else {
    out.append(size_t(fill), '0');
    out.append(b);
  }
}

string_view removeprefix(string_view s, string_view prefix) {
  return s.starts_with(prefix) ? s.substr(prefix.size()) : s;
}
string_view removesuffix(string_view s, string_view suffix) {
  return s.ends_with(suffix) ? s.substr(0, s.size() - suffix.size()) : s;
}

int compare(string_view a, string_view b) {
  size_t n = std::min(a.size(), b.size());
  int r = n ? std::memcmp(a.data(), b.data(), n) : 0;
  if (r)
    return r < 0 ? -1 : 1;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace molt::rt::strops
