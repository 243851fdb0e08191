// ucd::isPrintableCompact (molt/unicode_db.h): the printable property from
// the small range tables of unicode_db.inc, so that repr() does not link the
// full character database (about 37 KB of wasm data) into every program.
#include <algorithm>

#include "molt/unicode_db.h"
#include "unicode_tables.h"

#if __has_include("unicode_db.inc")
#include "unicode_db.inc"
#define MOLT_RT_HAVE_PRINTABLE_TABLES 1
#else
#define MOLT_RT_HAVE_PRINTABLE_TABLES 0
#endif

namespace molt::rt::ucd {

namespace {

// True if c lies in one of the sorted inclusive ranges {first, last} of
// table[0..n) (n even).
template <typename T> bool inRanges(const T *table, size_t n, uint32_t c) {
  size_t lo = 0, hi = n / 2; // ranges [lo, hi)
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c < table[2 * mid]) {
      hi = mid;
    } else if (c > table[2 * mid + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

} // namespace

bool isPrintableCompact(char32_t c) {
  if (c < 128) return detail::kAsciiFlags.flags[c] & kPrintable;
#if MOLT_RT_HAVE_PRINTABLE_TABLES
  if (c > 0x10FFFF) return false;
  if (c < 0x10000)
    return !inRanges(tables::kNonPrintableBmp, std::size(tables::kNonPrintableBmp), uint32_t(c));
  return !inRanges(tables::kNonPrintableAstral, std::size(tables::kNonPrintableAstral),
                   uint32_t(c));
#else
  return isPrintable(c);
#endif
}

} // namespace molt::rt::ucd
