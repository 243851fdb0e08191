// Tests for the runtime's printf-style formatter (core/textfmt.h) against
// glibc's snprintf, and for FlatMap (core/flatmap.h) against std::map.
#include "../../runtime/core/flatmap.h"
#include "../../runtime/core/textfmt.h"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>

using namespace molt::rt;

namespace {

// Formats with both and compares (the macro keeps -Wformat checking both calls).
#define EXPECT_SAME_FORMAT(...)                                                                    \
  do {                                                                                             \
    char ours[256], libc[256];                                                                     \
    int n1 = formatBuf(ours, sizeof ours, __VA_ARGS__);                                            \
    int n2 = std::snprintf(libc, sizeof libc, __VA_ARGS__);                                        \
    EXPECT_EQ(n1, n2);                                                                             \
    EXPECT_STREQ(ours, libc);                                                                      \
  } while (0)

TEST(TextFmt, IntegersMatchLibc) {
  const long long values[] = {
      0,           1,     -1,      7,       42,        -42,       255,
      4096,        65535, INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 1234567890123LL,
      -987654321LL};
  for (long long v : values) {
    int i = int(v);
    unsigned u = unsigned(v);
    EXPECT_SAME_FORMAT("%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d|%8.4d", i, i, i, i, i, i, i, i, i);
    EXPECT_SAME_FORMAT("%u|%x|%X|%o|%#x|%#X|%#o|%08x|%-8x|", u, u, u, u, u, u, u, u, u);
    EXPECT_SAME_FORMAT("%lld|%llx|%llu|%20lld|%-20lld|%020lld", v, (unsigned long long)v,
                       (unsigned long long)v, v, v, v);
    EXPECT_SAME_FORMAT("%ld|%zu|%zd|%jd|%td", long(v), size_t(v), (ssize_t)v, intmax_t(v),
                       ptrdiff_t(v));
    EXPECT_SAME_FORMAT("%hd|%hhd|%hu|%hhu", i, i, u, u);
    EXPECT_SAME_FORMAT("%*d|%-*d|%.*d|%*d", 6, i, 6, i, 4, i, -6, i);
  }
  EXPECT_SAME_FORMAT("%.0d|%.0x|%5.0d|", 0, 0u, 0);
}

TEST(TextFmt, StringsCharsPercentAndPointers) {
  EXPECT_SAME_FORMAT("[%s] [%10s] [%-10s] [%.2s] [%.*s] [%c] [%3c] [%%]", "abc", "abc", "abc",
                     "abc", 3, "abcdef", 'x', 'y');
  // %.*s reads only the given bytes (the text need not be NUL-terminated).
  const char unterminated[3] = {'a', 'b', 'c'};
  EXPECT_SAME_FORMAT("%.*s!", 3, unterminated);
  int x = 0;
  EXPECT_SAME_FORMAT("%p", static_cast<void *>(&x));
  EXPECT_EQ(sformat("%s=%d", "n", 5), "n=5");
}

TEST(TextFmt, TruncatesLikeSnprintf) {
  char buf[5];
  EXPECT_EQ(formatBuf(buf, sizeof buf, "%s", "abcdefgh"), 8);
  EXPECT_STREQ(buf, "abcd");
  EXPECT_EQ(formatBuf(nullptr, 0, "%d", 12345), 5);
}

TEST(TextFmt, RandomIntegerSpecsMatchLibc) {
  std::mt19937_64 rng(12345);
  const char *convs = "diuxXo";
  for (int k = 0; k < 20000; ++k) {
    std::string spec = "%";
    uint64_t r = rng();
    if (r & 1) spec += '-';
    if (r & 2) spec += '0';
    if (r & 4) spec += '+';
    if (r & 8) spec += ' ';
    if (r & 16) spec += '#';
    if (r & 32) spec += std::to_string((r >> 8) % 25);
    if (r & 64) {
      spec += '.';
      spec += std::to_string((r >> 16) % 22);
    }
    spec += "ll";
    char conv = convs[(r >> 24) % 6];
    spec += conv;
    long long v = static_cast<long long>(rng()) >> ((r >> 32) % 64);
    char ours[128], libc[128];
    formatBuf(ours, sizeof ours, spec.c_str(), v);
    std::snprintf(libc, sizeof libc, spec.c_str(), v);
    ASSERT_STREQ(ours, libc) << spec << " " << v;
  }
}

TEST(FlatMap, AgreesWithStdMap) {
  FlatMap<const void *, int, PtrKeyHash> map;
  std::map<const void *, int> ref;
  std::mt19937_64 rng(7);
  for (int k = 0; k < 200000; ++k) {
    // Few distinct keys, so inserts, replacements and erases collide often.
    auto key = reinterpret_cast<const void *>(uintptr_t(rng() % 3000) * 16);
    int op = int(rng() % 3);
    if (op == 0) {
      ASSERT_TRUE(map.insert(key, k));
      ref[key] = k;
    } else if (op == 1) {
      ASSERT_EQ(map.erase(key), ref.erase(key) == 1);
    } else {
      int *v = map.find(key);
      auto it = ref.find(key);
      ASSERT_EQ(v != nullptr, it != ref.end());
      if (v) {
        ASSERT_EQ(*v, it->second);
      }
    }
    ASSERT_EQ(map.size(), ref.size());
  }
  for (auto &[key, value] : ref)
    ASSERT_EQ(*map.find(key), value);
}

TEST(FlatMap, StringViewKeys) {
  FlatMap<std::string_view, int, BytesKeyHash> map;
  std::vector<std::string> keys;
  // (GCC 12's -Wrestrict misfires on "literal" + std::string.)
  auto name = [](int i) {
    std::string s = "name";
    s += std::to_string(i);
    return s;
  };
  for (int i = 0; i < 1000; ++i)
    keys.push_back(name(i));
  for (int i = 0; i < 1000; ++i)
    ASSERT_TRUE(map.insert(keys[size_t(i)], i));
  for (int i = 0; i < 1000; i += 2)
    ASSERT_TRUE(map.erase(keys[size_t(i)]));
  for (int i = 0; i < 1000; ++i) {
    int *v = map.find(name(i));
    if (i % 2) {
      ASSERT_TRUE(v != nullptr);
      EXPECT_EQ(*v, i);
    } else {
      EXPECT_EQ(v, nullptr);
    }
  }
  EXPECT_EQ(map.size(), 500u);
}

} // namespace
