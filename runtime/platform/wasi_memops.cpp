// memcpy, memmove and memset for the wasm32-wasi runtime, in place of
// wasi-libc's. The runtime and the generated code are compiled without the
// bulk-memory feature, so a copy or fill of a size known only at run time is
// a call to these; this file alone is compiled with it (WasmRuntime.cmake),
// so a large one is one memory.copy / memory.fill. V8 runs those
// instructions as a call out of the module into C, which costs more than the
// few loads and stores of the short strings and object heads most calls
// move; those stay in wasm code here. (Debian's wasi-libc is built for the
// MVP: its functions are plain loops whatever the size.) The native build
// has glibc's and does not compile this file's body.
#if defined(__wasi__)

#include <cstddef>
#include <cstdint>

namespace {

// Up to this many bytes, a loop in wasm beats the call out of the module
// (wasi-libc's upstream bulk-memory build draws the line at the same size).
constexpr size_t kBulkThreshold = 32;

inline uint64_t load64(const unsigned char *p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8); // constant size: one i64.load
  return w;
}

inline void store64(unsigned char *p, uint64_t w) { __builtin_memcpy(p, &w, 8); }

} // namespace

extern "C" {

void *memcpy(void *__restrict dst, const void *__restrict src, size_t n) {
  if (n > kBulkThreshold) return __builtin_memcpy(dst, src, n);
  auto *d = static_cast<unsigned char *>(dst);
  auto *s = static_cast<const unsigned char *>(src);
  if (n >= 8) {
    // Whole words, the last one overlapping the one before when n is not a
    // multiple of 8 (the regions do not overlap each other).
    uint64_t last = load64(s + n - 8);
    for (size_t i = 0; i + 8 < n; i += 8)
      store64(d + i, load64(s + i));
    store64(d + n - 8, last);
    return dst;
  }
  for (size_t i = 0; i < n; ++i)
    d[i] = s[i];
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  if (n > kBulkThreshold) return __builtin_memmove(dst, src, n);
  auto *d = static_cast<unsigned char *>(dst);
  auto *s = static_cast<const unsigned char *>(src);
  if (n >= 8) {
    // Every word is loaded before any is stored, so overlap cannot matter.
    uint64_t w[4];
    size_t words = (n - 1) / 8; // whole words before the last one (<= 3)
    for (size_t i = 0; i < words; ++i)
      w[i] = load64(s + 8 * i);
    uint64_t last = load64(s + n - 8);
    for (size_t i = 0; i < words; ++i)
      store64(d + 8 * i, w[i]);
    store64(d + n - 8, last);
    return dst;
  }
  if (d < s) {
    for (size_t i = 0; i < n; ++i)
      d[i] = s[i];
  } else {
    for (size_t i = n; i-- > 0;)
      d[i] = s[i];
  }
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  if (n > kBulkThreshold) return __builtin_memset(dst, c, n);
  auto *d = static_cast<unsigned char *>(dst);
  if (n >= 8) {
    uint64_t w = uint64_t(static_cast<unsigned char>(c)) * 0x0101010101010101ull;
    for (size_t i = 0; i + 8 < n; i += 8)
      store64(d + i, w);
    store64(d + n - 8, w);
    return dst;
  }
  for (size_t i = 0; i < n; ++i)
    d[i] = static_cast<unsigned char>(c);
  return dst;
}

} // extern "C"

#endif // __wasi__
