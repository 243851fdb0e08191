// The `random` module (native): the Mersenne Twister (MT19937, Matsumoto and
// Nishimura's reference generator and init_by_array seeding) with CPython
// 3.12's seeding rules and derived distributions, so a given seed produces
// the same stream as CPython. `random.Random` is a native type; the module
// functions are methods bound to one hidden instance.
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "../platform/libm.h"
#include "../platform/platform.h"
#include "molt/dictobject.h"
#include "molt/intobject.h"
#include "native.h"
#include "sha512.h"

using namespace molt::rt;
namespace libm = molt::libm;

namespace {

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObj {
  MoltObject ob;
  uint32_t mt[kN];
  int index;
  MoltValue gaussNext; // float or None
  // Subclasses overriding random()/getrandbits(): the derived methods go
  // through the Python methods as CPython's Random does (set at creation).
  bool pyRandom; ///< random() is overridden
  bool pyBits;   ///< getrandbits() is overridden
  uint8_t below; ///< _randbelow: 0 native, 1 from random(), 2 from getrandbits()
  bool failed;   ///< a Python method raised (the entry point returns MOLT_ERROR)
  bool system;   ///< SystemRandom: words come from the OS entropy source, not mt
};

extern MoltType molt_type_Random_;
extern MoltType molt_type_SystemRandom_;

/// A 32-bit word from the OS entropy source (SystemRandom), buffered.
uint32_t entropyWord() {
  static uint32_t buf[64];
  static int left = 0;
  if (left == 0) {
    if (molt::platform::platformRandomBytes(buf, sizeof buf) < 0) {
      // No entropy source: fail loudly rather than return predictable values.
      const char *msg = "molt: fatal: no OS random source\n";
      molt::platform::platformWrite(molt::platform::kStderr, msg, strlen(msg));
      molt::platform::platformExit(1);
    }
    left = 64;
  }
  return buf[--left];
}

RandomObj *rnd(MoltValue v) { return as<RandomObj>(v); }

void initGenrand(RandomObj *r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; i++)
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void initByArray(RandomObj *r, const uint32_t *key, size_t len) {
  initGenrand(r, 19650218u);
  uint32_t *mt = r->mt;
  size_t i = 1, j = 0;
  for (size_t k = (kN > len ? kN : len); k; k--) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
  r->index = kN;
}

inline uint32_t genrand(RandomObj *r) {
  if (r->system) [[unlikely]]
    return entropyWord();
  uint32_t *mt = r->mt;
  if (r->index >= kN) {
    int k = 0;
    for (; k < kN - kM; k++) {
      uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
      mt[k] = mt[k + kM] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    for (; k < kN - 1; k++) {
      uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
      mt[k] = mt[k + (kM - kN)] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    uint32_t y = (mt[kN - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

inline double random01(RandomObj *r) {
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/// random() of a subclass instance through its Python method; errors set r->failed.
double pyRandom01(RandomObj *r) {
  if (r->failed) return 0.0;
  MoltValue self = molt_from_ptr(&r->ob);
  MoltValue v = molt_call_method(cstr("random"), &self, 1, MOLT_NONE);
  double d = 0.0;
  if (molt_is_error(v) || toDouble(v, &d) < 0) r->failed = true;
  molt_xdecref(v);
  return d;
}

/// random() as the derived methods see it.
inline double rand01(RandomObj *r) { return r->pyRandom ? pyRandom01(r) : random01(r); }

/// Seeds from the 32-bit words of a non-negative magnitude (little-endian).
void seedWords(RandomObj *r, std::vector<uint32_t> words) {
  while (words.size() > 1 && words.back() == 0)
    words.pop_back();
  if (words.empty()) words.push_back(0);
  initByArray(r, words.data(), words.size());
}

void seedInt(RandomObj *r, MoltValue v) {
  limb_t buf[2];
  IntRef ref = intRef(v, buf);
  std::vector<uint32_t> words(ref.d, ref.d + ref.n);
  seedWords(r, std::move(words));
}

/// Seeds from bytes: the big-endian integer of bytes + sha512(bytes).
void seedBytes(RandomObj *r, std::string_view data) {
  std::string all(data);
  unsigned char digest[64];
  sha512(reinterpret_cast<const unsigned char *>(data.data()), data.size(), digest);
  all.append(reinterpret_cast<const char *>(digest), 64);
  std::vector<uint32_t> words((all.size() + 3) / 4, 0);
  // Byte i from the end is bits [8i, 8i+8) of the integer.
  for (size_t i = 0; i < all.size(); i++) {
    auto byte = static_cast<unsigned char>(all[all.size() - 1 - i]);
    words[i / 4] |= static_cast<uint32_t>(byte) << (8 * (i % 4));
  }
  seedWords(r, std::move(words));
}

void seedEntropy(RandomObj *r) {
  uint64_t a = static_cast<uint64_t>(molt::platform::platformWallNs());
  uint64_t b = static_cast<uint64_t>(molt::platform::platformMonotonicNs());
  uint64_t c = reinterpret_cast<uintptr_t>(r);
  std::vector<uint32_t> words = {static_cast<uint32_t>(a), static_cast<uint32_t>(a >> 32),
                                 static_cast<uint32_t>(b), static_cast<uint32_t>(b >> 32),
                                 static_cast<uint32_t>(c), static_cast<uint32_t>(c >> 32)};
  seedWords(r, std::move(words));
}

/// random.seed(a): 0 or -1.
int seedValue(RandomObj *r, MoltValue a) {
  molt_decref(r->gaussNext);
  r->gaussNext = MOLT_NONE;
  if (a == MOLT_NONE) {
    seedEntropy(r);
    return 0;
  }
  if (isInt(a) && !molt_is_bool(a)) {
    seedInt(r, a);
    return 0;
  }
  if (molt_is_float(a) || molt_is_bool(a)) {
    int64_t h;
    if (hashValue(a, &h) < 0) return -1;
    uint64_t u = static_cast<uint64_t>(h);
    seedWords(r, {static_cast<uint32_t>(u), static_cast<uint32_t>(u >> 32)});
    return 0;
  }
  if (isStr(a)) {
    seedBytes(r, strView(a));
    return 0;
  }
  if (isInstance(a, &molt_type_bytes) || isInstance(a, &molt_type_bytearray)) {
    MoltValue b = molt_call(molt_from_ptr(&molt_type_bytes), &a, 1, MOLT_NONE);
    if (molt_is_error(b)) return -1;
    // bytes.decode('latin-1') gives one code point per byte; re-encode raw.
    MoltValue lst = sequenceList(b);
    molt_decref(b);
    if (molt_is_error(lst)) return -1;
    std::string raw;
    auto *l = as<MoltList>(lst);
    for (int64_t i = 0; i < l->size; i++)
      raw.push_back(static_cast<char>(molt_small_int_val(l->items[i])));
    molt_decref(lst);
    seedBytes(r, raw);
    return 0;
  }
  molt_raise_fmt(&molt_type_TypeError, "The only supported seed types are: None,\n"
                                       "int, float, str, bytes, and bytearray.");
  return -1;
}

// ---------------------------------------------------------------------------
// Argument binding with the messages of Python-level methods ("Random.x()").

struct Sig {
  const char *qual;         // "Random.randint"
  const char *const *names; // parameter names after self
  size_t npos;              // positional-or-keyword parameters
  size_t nreq;              // required among them
  size_t nkwonly;           // keyword-only parameters following them
};

int bindSig(const Sig &s, const MoltValue *a, size_t n, MoltValue kw, MoltValue *out) {
  size_t total = s.npos + s.nkwonly;
  if (n >= s.nreq && n <= s.npos && kwCount(kw) == 0) {
    // Positional arguments only, none missing: the per-call case.
    for (size_t i = 0; i < n; i++)
      out[i] = a[i];
    for (size_t i = n; i < total; i++)
      out[i] = MOLT_UNBOUND;
    return 0;
  }
  for (size_t i = 0; i < total; i++)
    out[i] = MOLT_UNBOUND;
  if (n > s.npos) {
    if (s.nreq == s.npos)
      molt_raise_fmt(&molt_type_TypeError,
                     "%s() takes %zu positional argument%s but %zu were given", s.qual, s.npos + 1,
                     s.npos + 1 == 1 ? "" : "s", n + 1);
    else
      molt_raise_fmt(&molt_type_TypeError,
                     "%s() takes from %zu to %zu positional arguments but %zu were given", s.qual,
                     s.nreq + 1, s.npos + 1, n + 1);
    return -1;
  }
  for (size_t i = 0; i < n; i++)
    out[i] = a[i];
  size_t nkw = kwCount(kw);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    size_t j = 0;
    for (; j < total; j++)
      if (k == s.names[j]) break;
    if (j == total) {
      molt_raise_fmt(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'", s.qual,
                     std::string(k).c_str());
      return -1;
    }
    if (out[j] != MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_TypeError, "%s() got multiple values for argument '%s'", s.qual,
                     s.names[j]);
      return -1;
    }
    out[j] = a[n + i];
  }
  std::vector<const char *> missing;
  for (size_t j = 0; j < s.nreq; j++)
    if (out[j] == MOLT_UNBOUND) missing.push_back(s.names[j]);
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size(); i++) {
      if (i > 0)
        list += missing.size() == 2 ? " and " : (i + 1 == missing.size() ? ", and " : ", ");
      list += "'";
      list += missing[i];
      list += "'";
    }
    molt_raise_fmt(&molt_type_TypeError, "%s() missing %zu required positional argument%s: %s",
                   s.qual, missing.size(), missing.size() == 1 ? "" : "s", list.c_str());
    return -1;
  }
  return 0;
}

/// A float parameter with a default.
int floatParam(MoltValue v, double def, double *out) {
  if (v == MOLT_UNBOUND) {
    *out = def;
    return 0;
  }
  return toDouble(v, out);
}

// ---------------------------------------------------------------------------
// Integer helpers

/// getrandbits(k) as an int value.
MoltValue randBits(RandomObj *r, int64_t k) {
  if (k <= 32) return molt_int_from_i64(k == 0 ? 0 : genrand(r) >> (32 - k));
  if (k <= 64) {
    uint64_t lo = genrand(r);
    uint64_t hi = genrand(r);
    if (k < 64) hi >>= (64 - k);
    return intFromU64(lo | (hi << 32), false);
  }
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<limb_t> limbs(words);
  int64_t left = k;
  for (size_t i = 0; i < words; i++, left -= 32) {
    uint32_t w = genrand(r);
    if (left < 32) w >>= (32 - left);
    limbs[i] = w;
  }
  size_t n = words;
  while (n > 0 && limbs[n - 1] == 0)
    n--;
  IntRef ref;
  ref.d = limbs.data();
  ref.n = n;
  ref.neg = false;
  return intFromRef(ref);
}

uint64_t pyRandBelow(RandomObj *r, uint64_t n);

/// A uniform int in [0, n) for n > 0 (int64 fast path).
uint64_t randBelowU64(RandomObj *r, uint64_t n) {
  if (r->below != 0) return pyRandBelow(r, n);
  int k = 64 - __builtin_clzll(n);
  for (;;) {
    uint64_t v;
    if (k <= 32) {
      v = genrand(r) >> (32 - k);
    } else {
      uint64_t lo = genrand(r);
      uint64_t hi = genrand(r);
      if (k < 64) hi >>= (64 - k);
      v = lo | (hi << 32);
    }
    if (v < n) return v;
  }
}

/// _randbelow of subclasses: from random() (rejecting the top of [0, 1) so
/// every residue is equally likely) or from the Python getrandbits().
uint64_t pyRandBelow(RandomObj *r, uint64_t n) {
  if (r->below == 1) {
    const double maxsize = 9007199254740992.0; // 2**53
    if (static_cast<double>(n) >= maxsize) return static_cast<uint64_t>(std::floor(rand01(r) * n));
    uint64_t rem = (uint64_t{1} << 53) % n;
    double limit = (maxsize - static_cast<double>(rem)) / maxsize;
    double x = rand01(r);
    while (x >= limit && !r->failed)
      x = rand01(r);
    return static_cast<uint64_t>(std::floor(x * maxsize)) % n;
  }
  int k = 64 - __builtin_clzll(n);
  MoltValue self = molt_from_ptr(&r->ob);
  for (;;) {
    if (r->failed) return 0;
    MoltValue args[2] = {self, molt_small_int(k)};
    MoltValue v = molt_call_method(cstr("getrandbits"), args, 2, MOLT_NONE);
    int64_t x;
    if (molt_is_error(v) || !intToI64(v, &x)) {
      if (!molt_is_error(v)) {
        molt_decref(v);
        molt_raise_fmt(&molt_type_TypeError, "getrandbits() must return a non-negative int");
      }
      r->failed = true;
      return 0;
    }
    molt_decref(v);
    if (static_cast<uint64_t>(x) < n) return static_cast<uint64_t>(x);
  }
}

/// A uniform int in [0, n) for an int value n > 0.
MoltValue randBelow(RandomObj *r, MoltValue n) {
  int64_t v;
  if (intToI64(n, &v))
    return molt_int_from_i64(static_cast<int64_t>(randBelowU64(r, static_cast<uint64_t>(v))));
  limb_t buf[2];
  auto k = static_cast<int64_t>(int_bit_length(intRef(n, buf)));
  for (;;) {
    MoltValue x = randBits(r, k);
    if (molt_is_error(x)) return x;
    if (intCompare(x, n) < 0) return x;
    molt_decref(x);
  }
}

/// operator.index for randrange's arguments.
MoltValue indexArg(MoltValue v) { return toIndex(v); }

MoltValue reprOf(MoltValue v, std::string &out) {
  MoltValue r = molt_repr(v);
  if (molt_is_error(r)) return r;
  out += strView(r);
  molt_decref(r);
  return MOLT_NONE;
}

MoltValue randrangeImpl(RandomObj *r, MoltValue start, MoltValue stop, MoltValue step) {
  MoltValue istart = indexArg(start);
  if (molt_is_error(istart)) return istart;
  if (stop == MOLT_UNBOUND || stop == MOLT_NONE) {
    if (step != MOLT_UNBOUND) {
      molt_decref(istart);
      return molt_raise_fmt(&molt_type_TypeError, "Missing a non-None stop argument");
    }
    if (intCompare(istart, molt_small_int(0)) > 0) {
      MoltValue res = randBelow(r, istart);
      molt_decref(istart);
      return res;
    }
    molt_decref(istart);
    return molt_raise_fmt(&molt_type_ValueError, "empty range for randrange()");
  }
  MoltValue istop = indexArg(stop);
  if (molt_is_error(istop)) {
    molt_decref(istart);
    return istop;
  }
  MoltValue width = molt_sub(istop, istart);
  molt_decref(istop);
  MoltValue istep = step == MOLT_UNBOUND ? molt_small_int(1) : indexArg(step);
  MoltValue result = MOLT_ERROR;
  if (molt_is_error(istep)) {
    // result stays MOLT_ERROR
  } else if (istep == molt_small_int(1)) {
    if (intCompare(width, molt_small_int(0)) > 0) {
      MoltValue off = randBelow(r, width);
      if (!molt_is_error(off)) {
        result = molt_add(istart, off);
        molt_decref(off);
      }
    } else {
      std::string msg = "empty range in randrange(";
      if (!molt_is_error(reprOf(start, msg))) {
        msg += ", ";
        if (!molt_is_error(reprOf(stop, msg))) {
          msg += ")";
          molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
        }
      }
    }
  } else {
    int sign = intCompare(istep, molt_small_int(0));
    if (sign == 0) {
      molt_raise_fmt(&molt_type_ValueError, "zero step for randrange()");
    } else {
      MoltValue adj = molt_int_from_i64(sign > 0 ? -1 : 1);
      MoltValue t1 = molt_add(width, istep);
      MoltValue t2 = molt_is_error(t1) ? t1 : molt_add(t1, adj);
      molt_decref(t1);
      MoltValue cnt = molt_is_error(t2) ? t2 : molt_floordiv(t2, istep);
      molt_decref(t2);
      if (!molt_is_error(cnt)) {
        if (intCompare(cnt, molt_small_int(0)) <= 0) {
          std::string msg = "empty range in randrange(";
          if (!molt_is_error(reprOf(start, msg))) {
            msg += ", ";
            if (!molt_is_error(reprOf(stop, msg))) {
              msg += ", ";
              if (!molt_is_error(reprOf(step, msg))) {
                msg += ")";
                molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
              }
            }
          }
        } else {
          MoltValue off = randBelow(r, cnt);
          if (!molt_is_error(off)) {
            MoltValue scaled = molt_mul(istep, off);
            molt_decref(off);
            if (!molt_is_error(scaled)) {
              result = molt_add(istart, scaled);
              molt_decref(scaled);
            }
          }
        }
        molt_decref(cnt);
      }
    }
  }
  molt_decref(istep);
  molt_decref(width);
  molt_decref(istart);
  return result;
}

// ---------------------------------------------------------------------------
// Methods (args[0] is self)

#define SELF rnd(a[0])
#define ARGS a + 1, n - 1, kw

MoltValue r_random(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("Random.random", kw) < 0) return MOLT_ERROR;
  if (n != 1)
    return molt_raise_fmt(&molt_type_TypeError, "Random.random() takes no arguments (%zu given)",
                          n - 1);
  return molt_float(random01(SELF)); // native even for subclasses (super().random())
}

MoltValue r_seed(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"a", "version"};
  MoltValue v[2];
  if (bindSig({"Random.seed", names, 2, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  if (seedValue(SELF, v[0] == MOLT_UNBOUND ? MOLT_NONE : v[0]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue r_getrandbits(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("Random.getrandbits", n - 1, kw) < 0) return MOLT_ERROR;
  MoltValue kv = toIndex(a[1]);
  if (molt_is_error(kv)) return kv;
  int64_t k;
  bool fits = intToI64(kv, &k);
  molt_decref(kv);
  if (!fits)
    return molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C int");
  if (k < 0) return molt_raise_fmt(&molt_type_ValueError, "number of bits must be non-negative");
  return randBits(SELF, k);
}

MoltValue r_randrange(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"start", "stop", "step"};
  MoltValue v[3];
  if (bindSig({"Random.randrange", names, 3, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  return randrangeImpl(SELF, v[0], v[1], v[2]);
}

MoltValue r_randint(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"a", "b"};
  MoltValue v[2];
  if (bindSig({"Random.randint", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  if (molt_is_small_int(v[0]) && molt_is_small_int(v[1])) {
    // randrange(a, b + 1) = a + _randbelow(b - a + 1), in machine ints.
    int64_t lo = molt_small_int_val(v[0]), hi = molt_small_int_val(v[1]);
    if (lo <= hi) return molt_small_int(lo + int64_t(randBelowU64(SELF, uint64_t(hi - lo) + 1)));
  }
  MoltValue hi = molt_add(v[1], molt_small_int(1));
  if (molt_is_error(hi)) return hi;
  MoltValue r = randrangeImpl(SELF, v[0], hi, MOLT_UNBOUND);
  molt_decref(hi);
  return r;
}

int64_t lenOf(MoltValue seq) {
  if (isExact(seq, &molt_type_list)) return as<MoltList>(seq)->size;
  if (isExact(seq, &molt_type_tuple)) return tupleSize(seq);
  MoltValue l = molt_builtin_len(MOLT_NONE, &seq, 1, MOLT_NONE);
  if (molt_is_error(l)) return -1;
  int64_t v = 0;
  indexAsI64(l, &v);
  molt_decref(l);
  return v;
}

MoltValue itemOf(MoltValue seq, int64_t i) {
  if (isExact(seq, &molt_type_list)) {
    auto *l = as<MoltList>(seq);
    if (i < l->size) return molt_newref(l->items[i]);
  }
  if (isExact(seq, &molt_type_tuple) && i < tupleSize(seq)) return molt_newref(tupleItems(seq)[i]);
  MoltValue idx = molt_int_from_i64(i);
  MoltValue r = molt_getitem(seq, idx);
  molt_decref(idx);
  return r;
}

MoltValue r_choice(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"seq"};
  MoltValue v[1];
  if (bindSig({"Random.choice", names, 1, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  int64_t len = lenOf(v[0]);
  if (len < 0) return MOLT_ERROR;
  if (len == 0)
    return molt_raise_fmt(&molt_type_IndexError, "Cannot choose from an empty sequence");
  return itemOf(v[0], static_cast<int64_t>(randBelowU64(SELF, static_cast<uint64_t>(len))));
}

MoltValue r_shuffle(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"x"};
  MoltValue v[1];
  if (bindSig({"Random.shuffle", names, 1, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  MoltValue x = v[0];
  int64_t len = lenOf(x);
  if (len < 0) return MOLT_ERROR;
  for (int64_t i = len - 1; i >= 1; i--) {
    auto j = static_cast<int64_t>(randBelowU64(SELF, static_cast<uint64_t>(i + 1)));
    if (isExact(x, &molt_type_list) && as<MoltList>(x)->size == len) {
      auto *l = as<MoltList>(x);
      std::swap(l->items[i], l->items[j]);
      continue;
    }
    MoltValue xi = itemOf(x, i);
    if (molt_is_error(xi)) return xi;
    MoltValue xj = itemOf(x, j);
    if (molt_is_error(xj)) {
      molt_decref(xi);
      return xj;
    }
    MoltValue iv = molt_int_from_i64(i), jv = molt_int_from_i64(j);
    int rc = molt_setitem(x, iv, xj);
    if (rc == 0) rc = molt_setitem(x, jv, xi);
    molt_decref(xi);
    molt_decref(xj);
    molt_decref(iv);
    molt_decref(jv);
    if (rc < 0) return MOLT_ERROR;
  }
  return MOLT_NONE;
}

bool isSequence(MoltValue v) {
  if (isList(v) || isTuple(v) || isStr(v) || isInstance(v, &molt_type_range) ||
      isInstance(v, &molt_type_bytes) || isInstance(v, &molt_type_bytearray))
    return true;
  return false;
}

MoltValue sampleImpl(RandomObj *r, MoltValue population, MoltValue kv);

MoltValue r_sample(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"population", "k", "counts"};
  MoltValue v[3];
  if (bindSig({"Random.sample", names, 2, 2, 1}, ARGS, v) < 0) return MOLT_ERROR;
  if (!isSequence(v[0]))
    return molt_raise_fmt(&molt_type_TypeError,
                          "Population must be a sequence.  For dicts or sets, use sorted(d).");
  if (v[2] != MOLT_UNBOUND && v[2] != MOLT_NONE) {
    // Sample positions in range(total) and map each through the cumulative counts.
    MoltValue counts = sequenceList(v[2]);
    if (molt_is_error(counts)) return counts;
    auto *cl = as<MoltList>(counts);
    int64_t plen = lenOf(v[0]);
    if (plen < 0) {
      molt_decref(counts);
      return MOLT_ERROR;
    }
    if (cl->size != plen) {
      molt_decref(counts);
      return molt_raise_fmt(&molt_type_ValueError,
                            "The number of counts does not match the population");
    }
    std::vector<int64_t> cum;
    int64_t total = 0;
    for (int64_t i = 0; i < cl->size; i++) {
      if (!isInt(cl->items[i])) {
        molt_decref(counts);
        return molt_raise_fmt(&molt_type_TypeError, "Counts must be integers");
      }
      int64_t c;
      indexAsI64(cl->items[i], &c);
      total += c;
      cum.push_back(total);
    }
    molt_decref(counts);
    if (total <= 0)
      return molt_raise_fmt(&molt_type_ValueError, "Total of counts must be greater than zero");
    MoltValue totalv = molt_int_from_i64(total);
    MoltValue rng = molt_call(molt_from_ptr(&molt_type_range), &totalv, 1, MOLT_NONE);
    molt_decref(totalv);
    if (molt_is_error(rng)) return rng;
    MoltValue sel = sampleImpl(SELF, rng, v[1]);
    molt_decref(rng);
    if (molt_is_error(sel)) return sel;
    auto *sl = as<MoltList>(sel);
    for (int64_t i = 0; i < sl->size; i++) {
      int64_t s = molt_small_int_val(sl->items[i]);
      size_t lo = 0, hi = cum.size();
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s < cum[mid])
          hi = mid;
        else
          lo = mid + 1;
      }
      MoltValue item = itemOf(v[0], static_cast<int64_t>(lo));
      if (molt_is_error(item)) {
        molt_decref(sel);
        return item;
      }
      MoltValue old = sl->items[i];
      sl->items[i] = item;
      molt_decref(old);
    }
    return sel;
  }
  return sampleImpl(SELF, v[0], v[1]);
}

MoltValue sampleImpl(RandomObj *r, MoltValue population, MoltValue kv) {
  int64_t n = lenOf(population);
  if (n < 0) return MOLT_ERROR;
  MoltValue kidx = toIndex(kv);
  if (molt_is_error(kidx)) return kidx;
  int64_t k;
  bool fits = intToI64(kidx, &k);
  molt_decref(kidx);
  if (!fits || k < 0 || k > n)
    return molt_raise_fmt(&molt_type_ValueError, "Sample larger than population or is negative");
  MoltValue result = listNew(k);
  if (molt_is_error(result)) return result;
  int64_t setsize = 21;
  if (k > 5)
    setsize += static_cast<int64_t>(
        std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
  if (n <= setsize) {
    MoltValue pool = sequenceList(population);
    if (molt_is_error(pool)) {
      molt_decref(result);
      return pool;
    }
    auto *pl = as<MoltList>(pool);
    for (int64_t i = 0; i < k; i++) {
      auto j = static_cast<int64_t>(randBelowU64(r, static_cast<uint64_t>(n - i)));
      molt_list_append(result, pl->items[j]);
      MoltValue moved = pl->items[n - i - 1];
      molt_incref(moved);
      molt_decref(pl->items[j]);
      pl->items[j] = moved;
    }
    molt_decref(pool);
    return result;
  }
  std::vector<uint64_t> selected; // open-addressing set of chosen indices (+1)
  size_t cap = 16;
  while (cap < static_cast<size_t>(k) * 2 + 2)
    cap <<= 1;
  selected.assign(cap, 0);
  auto insert = [&](uint64_t j) -> bool {
    size_t h = (j * 0x9E3779B97F4A7C15ull) & (cap - 1);
    while (selected[h]) {
      if (selected[h] == j + 1) return false;
      h = (h + 1) & (cap - 1);
    }
    selected[h] = j + 1;
    return true;
  };
  for (int64_t i = 0; i < k; i++) {
    uint64_t j = randBelowU64(r, static_cast<uint64_t>(n));
    while (!insert(j))
      j = randBelowU64(r, static_cast<uint64_t>(n));
    MoltValue item = itemOf(population, static_cast<int64_t>(j));
    if (molt_is_error(item)) {
      molt_decref(result);
      return item;
    }
    listAppendSteal(result, item);
  }
  return result;
}

MoltValue r_choices(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"population", "weights", "cum_weights", "k"};
  MoltValue v[4];
  if (bindSig({"Random.choices", names, 2, 1, 2}, ARGS, v) < 0) return MOLT_ERROR;
  RandomObj *r = SELF;
  MoltValue pop = v[0];
  int64_t len = lenOf(pop);
  if (len < 0) return MOLT_ERROR;
  int64_t k = 1;
  if (v[3] != MOLT_UNBOUND) {
    MoltValue kk = toIndex(v[3]);
    if (molt_is_error(kk)) return kk;
    indexAsI64(kk, &k);
    molt_decref(kk);
  }
  MoltValue weights = v[1] == MOLT_UNBOUND ? MOLT_NONE : v[1];
  MoltValue cumw = v[2] == MOLT_UNBOUND ? MOLT_NONE : v[2];
  MoltValue result = listNew(k > 0 ? k : 0);
  if (molt_is_error(result)) return result;
  if (cumw == MOLT_NONE && weights == MOLT_NONE) {
    double fn = static_cast<double>(len);
    for (int64_t i = 0; i < k; i++) {
      auto idx = static_cast<int64_t>(std::floor(rand01(r) * fn));
      MoltValue item = itemOf(pop, idx);
      if (molt_is_error(item)) {
        molt_decref(result);
        return item;
      }
      listAppendSteal(result, item);
    }
    return result;
  }
  MoltValue cum;
  if (cumw == MOLT_NONE) {
    if (isInt(weights) && !molt_is_float(weights)) {
      molt_decref(result);
      MoltValue r2 = molt_repr(weights);
      if (molt_is_error(r2)) return r2;
      std::string msg =
          "The number of choices must be a keyword argument: k=" + std::string(strView(r2));
      molt_decref(r2);
      return molt_raise_fmt(&molt_type_TypeError, "%s", msg.c_str());
    }
    // cum_weights = list(accumulate(weights))
    cum = listNew(0);
    MoltValue acc = MOLT_UNBOUND;
    int rc = forEach(weights, [&](MoltValue w) -> int {
      MoltValue nv = acc == MOLT_UNBOUND ? molt_newref(w) : molt_add(acc, w);
      if (molt_is_error(nv)) return -1;
      if (acc != MOLT_UNBOUND) molt_decref(acc);
      acc = nv;
      return molt_list_append(cum, nv);
    });
    if (acc != MOLT_UNBOUND) molt_decref(acc);
    if (rc < 0) {
      molt_decref(cum);
      molt_decref(result);
      return MOLT_ERROR;
    }
  } else {
    if (weights != MOLT_NONE) {
      molt_decref(result);
      return molt_raise_fmt(&molt_type_TypeError,
                            "Cannot specify both weights and cumulative weights");
    }
    cum = sequenceList(cumw);
    if (molt_is_error(cum)) {
      molt_decref(result);
      return cum;
    }
  }
  auto *cl = as<MoltList>(cum);
  MoltValue out = MOLT_ERROR;
  if (cl->size != len) {
    molt_raise_fmt(&molt_type_ValueError, "The number of weights does not match the population");
  } else {
    double total = 0;
    MoltValue last = cl->size ? cl->items[cl->size - 1] : MOLT_UNBOUND;
    if (last == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_IndexError, "list index out of range");
    } else if (toDouble(last, &total) == 0) {
      if (!(total > 0.0)) {
        molt_raise_fmt(&molt_type_ValueError, "Total of weights must be greater than zero");
      } else if (!std::isfinite(total)) {
        molt_raise_fmt(&molt_type_ValueError, "Total of weights must be finite");
      } else {
        bool ok = true;
        int64_t hi0 = len - 1;
        for (int64_t i = 0; i < k && ok; i++) {
          MoltValue x = molt_float(rand01(r) * total);
          int64_t lo = 0, hi = hi0;
          while (lo < hi) {
            int64_t mid = (lo + hi) / 2;
            int lt = molt_compare_bool(x, cl->items[mid], MOLT_LT);
            if (lt < 0) {
              ok = false;
              break;
            }
            if (lt)
              hi = mid;
            else
              lo = mid + 1;
          }
          if (!ok) break;
          MoltValue item = itemOf(pop, lo);
          if (molt_is_error(item)) {
            ok = false;
            break;
          }
          listAppendSteal(result, item);
        }
        if (ok) {
          out = result;
          result = MOLT_NONE;
        }
      }
    }
  }
  molt_decref(cum);
  molt_decref(result);
  return out;
}

MoltValue r_uniform(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"a", "b"};
  MoltValue v[2];
  if (bindSig({"Random.uniform", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double lo, hi;
  if (toDouble(v[0], &lo) < 0 || toDouble(v[1], &hi) < 0) return MOLT_ERROR;
  return molt_float(lo + (hi - lo) * rand01(SELF));
}

MoltValue r_triangular(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"low", "high", "mode"};
  MoltValue v[3];
  if (bindSig({"Random.triangular", names, 3, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double low, high;
  if (floatParam(v[0], 0.0, &low) < 0 || floatParam(v[1], 1.0, &high) < 0) return MOLT_ERROR;
  double u = rand01(SELF);
  double c;
  if (v[2] == MOLT_UNBOUND || v[2] == MOLT_NONE) {
    c = 0.5;
  } else {
    double mode;
    if (toDouble(v[2], &mode) < 0) return MOLT_ERROR;
    // (mode - low) / (high - low) divides by zero: CPython returns low as given.
    if (high - low == 0) return v[0] == MOLT_UNBOUND ? molt_float(0.0) : molt_newref(v[0]);
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return molt_float(low + (high - low) * std::sqrt(u * c));
}

double normalvariate(RandomObj *r, double mu, double sigma) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = rand01(r);
    double u2 = 1.0 - rand01(r);
    z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

MoltValue r_normalvariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"mu", "sigma"};
  MoltValue v[2];
  if (bindSig({"Random.normalvariate", names, 2, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double mu, sigma;
  if (floatParam(v[0], 0.0, &mu) < 0 || floatParam(v[1], 1.0, &sigma) < 0) return MOLT_ERROR;
  return molt_float(normalvariate(SELF, mu, sigma));
}

MoltValue r_lognormvariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"mu", "sigma"};
  MoltValue v[2];
  if (bindSig({"Random.lognormvariate", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double mu, sigma;
  if (toDouble(v[0], &mu) < 0 || toDouble(v[1], &sigma) < 0) return MOLT_ERROR;
  return molt_float(std::exp(normalvariate(SELF, mu, sigma)));
}

MoltValue r_gauss(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"mu", "sigma"};
  MoltValue v[2];
  if (bindSig({"Random.gauss", names, 2, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double mu, sigma;
  if (floatParam(v[0], 0.0, &mu) < 0 || floatParam(v[1], 1.0, &sigma) < 0) return MOLT_ERROR;
  RandomObj *r = SELF;
  double z;
  if (r->gaussNext != MOLT_NONE) {
    z = molt_float_val(r->gaussNext);
    r->gaussNext = MOLT_NONE;
  } else {
    double x2pi = rand01(r) * (2 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - rand01(r)));
    z = libm::cos(x2pi) * g2rad;
    r->gaussNext = molt_float(libm::sin(x2pi) * g2rad);
  }
  return molt_float(mu + z * sigma);
}

MoltValue r_expovariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"lambd"};
  MoltValue v[1];
  if (bindSig({"Random.expovariate", names, 1, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double lambd;
  if (floatParam(v[0], 1.0, &lambd) < 0) return MOLT_ERROR;
  double num = -std::log(1.0 - rand01(SELF));
  if (lambd == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "float division by zero");
  return molt_float(num / lambd);
}

int gammavariate(RandomObj *r, double alpha, double beta, double *out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    molt_raise_fmt(&molt_type_ValueError, "gammavariate: alpha and beta must be > 0.0");
    return -1;
  }
  if (alpha > 1.0) {
    // R.C.H. Cheng's rejection method.
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - std::log(4.0);
    double ccc = alpha + ainv;
    const double sgMagic = 1.0 + std::log(4.5);
    for (;;) {
      double u1 = rand01(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - rand01(r);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double rr = bbb + ccc * v - x;
      if (rr + sgMagic - 4.5 * z >= 0.0 || rr >= std::log(z)) {
        *out = x * beta;
        return 0;
      }
    }
  }
  if (alpha == 1.0) {
    *out = -std::log(1.0 - rand01(r)) * beta;
    return 0;
  }
  // 0 < alpha < 1: algorithm GS (Kennedy and Gentle).
  double x;
  for (;;) {
    double u = rand01(r);
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    if (p <= 1.0)
      x = std::pow(p, 1.0 / alpha);
    else
      x = -std::log((b - p) / alpha);
    double u1 = rand01(r);
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  *out = x * beta;
  return 0;
}

MoltValue r_gammavariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"alpha", "beta"};
  MoltValue v[2];
  if (bindSig({"Random.gammavariate", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double alpha, beta, out;
  if (toDouble(v[0], &alpha) < 0 || toDouble(v[1], &beta) < 0) return MOLT_ERROR;
  if (gammavariate(SELF, alpha, beta, &out) < 0) return MOLT_ERROR;
  return molt_float(out);
}

MoltValue r_betavariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"alpha", "beta"};
  MoltValue v[2];
  if (bindSig({"Random.betavariate", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double alpha, beta, y, z;
  if (toDouble(v[0], &alpha) < 0 || toDouble(v[1], &beta) < 0) return MOLT_ERROR;
  if (gammavariate(SELF, alpha, 1.0, &y) < 0) return MOLT_ERROR;
  if (y == 0) return molt_float(0.0);
  if (gammavariate(SELF, beta, 1.0, &z) < 0) return MOLT_ERROR;
  return molt_float(y / (y + z));
}

MoltValue r_paretovariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"alpha"};
  MoltValue v[1];
  if (bindSig({"Random.paretovariate", names, 1, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double alpha;
  if (toDouble(v[0], &alpha) < 0) return MOLT_ERROR;
  double u = 1.0 - rand01(SELF);
  if (alpha == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "float division by zero");
  return molt_float(std::pow(u, -1.0 / alpha));
}

MoltValue r_weibullvariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"alpha", "beta"};
  MoltValue v[2];
  if (bindSig({"Random.weibullvariate", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double alpha, beta;
  if (toDouble(v[0], &alpha) < 0 || toDouble(v[1], &beta) < 0) return MOLT_ERROR;
  double u = 1.0 - rand01(SELF);
  if (beta == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "float division by zero");
  return molt_float(alpha * std::pow(-std::log(u), 1.0 / beta));
}

MoltValue r_randbytes(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"n"};
  MoltValue v[1];
  if (bindSig({"Random.randbytes", names, 1, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  MoltValue nv = toIndex(v[0]);
  if (molt_is_error(nv)) return nv;
  int64_t cnt;
  indexAsI64(nv, &cnt);
  molt_decref(nv);
  if (cnt < 0) return molt_raise_fmt(&molt_type_ValueError, "number of bits must be non-negative");
  // getrandbits(n * 8).to_bytes(n, 'little'): 32-bit words, least significant first.
  std::string out(static_cast<size_t>(cnt), '\0');
  RandomObj *r = SELF;
  int64_t bits = cnt * 8;
  for (int64_t i = 0; i < cnt; i += 4) {
    uint32_t w = genrand(r);
    int64_t left = bits - i * 8;
    if (left < 32) w >>= (32 - left);
    for (int64_t b = 0; b < 4 && i + b < cnt; b++)
      out[static_cast<size_t>(i + b)] = static_cast<char>(w >> (8 * b));
  }
  return molt_const_bytes(out.data(), out.size());
}

MoltValue r_getstate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("Random.getstate", n - 1, kw, 0, 0) < 0) return MOLT_ERROR;
  RandomObj *r = SELF;
  MoltValue inner = tupleNew(kN + 1);
  if (molt_is_error(inner)) return inner;
  for (int i = 0; i < kN; i++)
    tupleItems(inner)[i] = molt_int_from_i64(r->mt[i]);
  tupleItems(inner)[kN] = molt_int_from_i64(r->index);
  MoltValue items[3] = {molt_small_int(3), inner, r->gaussNext};
  MoltValue t = molt_tuple_new(items, 3);
  molt_decref(inner);
  return t;
}

MoltValue r_setstate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"state"};
  MoltValue v[1];
  if (bindSig({"Random.setstate", names, 1, 1, 0}, ARGS, v) < 0) return MOLT_ERROR;
  MoltValue ver = molt_getitem(v[0], molt_small_int(0));
  if (molt_is_error(ver)) return ver;
  int64_t version = 0;
  bool isv3 = isInt(ver) && intToI64(ver, &version) && (version == 3 || version == 2);
  if (!isv3) {
    MoltValue rv = molt_repr(ver);
    molt_decref(ver);
    if (molt_is_error(rv)) return rv;
    std::string msg = "state with version " + std::string(strView(rv)) +
                      " passed to Random.setstate() of version 3";
    molt_decref(rv);
    return molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
  }
  molt_decref(ver);
  MoltValue parts[3];
  if (molt_unpack(v[0], 3, parts) < 0) return MOLT_ERROR;
  MoltValue result = MOLT_ERROR;
  if (!isTuple(parts[1])) {
    molt_raise_fmt(&molt_type_TypeError, "state vector must be a tuple");
  } else if (tupleSize(parts[1]) != kN + 1) {
    molt_raise_fmt(&molt_type_ValueError, "state vector is the wrong size");
  } else {
    RandomObj *r = SELF;
    uint32_t mt[kN];
    bool ok = true;
    for (int i = 0; i < kN && ok; i++) {
      int64_t w;
      MoltValue item = tupleItems(parts[1])[i];
      bool isWord = isInt(item) && intToI64(item, &w);
      if (isWord && version == 2) w &= 0xffffffffLL; // version 2 states are taken mod 2**32
      if (!isWord || w < 0 || w > 0xffffffffLL) {
        molt_raise_fmt(&molt_type_OverflowError,
                       "Python int too large to convert to C unsigned long");
        ok = false;
      } else {
        mt[i] = static_cast<uint32_t>(w);
      }
    }
    int64_t idx = 0;
    if (ok && (!intToI64(tupleItems(parts[1])[kN], &idx) || idx < 0 || idx > kN)) {
      molt_raise_fmt(&molt_type_ValueError, "invalid state");
      ok = false;
    }
    if (ok) {
      memcpy(r->mt, mt, sizeof mt);
      r->index = static_cast<int>(idx);
      MoltValue g = parts[2];
      if (g != MOLT_NONE && !molt_is_float(g)) {
        double d;
        if (toDouble(g, &d) == 0) g = molt_float(d);
      }
      r->gaussNext = molt_is_float(g) ? g : MOLT_NONE;
      result = MOLT_NONE;
    }
  }
  for (MoltValue p : parts)
    molt_decref(p);
  return result;
}

MoltValue r_binomialvariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"n", "p"};
  MoltValue v[2];
  if (bindSig({"Random.binomialvariate", names, 2, 0, 0}, ARGS, v) < 0) return MOLT_ERROR;
  int64_t trials = 1;
  double p = 0.5;
  if (v[0] != MOLT_UNBOUND && indexAsI64(v[0], &trials) < 0) return MOLT_ERROR;
  if (floatParam(v[1], 0.5, &p) < 0) return MOLT_ERROR;
  if (trials < 0) return molt_raise_fmt(&molt_type_ValueError, "n must be non-negative");
  if (p <= 0.0 || p >= 1.0) {
    if (p == 0.0) return molt_small_int(0);
    if (p == 1.0) return molt_int_from_i64(trials);
    return molt_raise_fmt(&molt_type_ValueError, "p must be in the range 0.0 <= p <= 1.0");
  }
  RandomObj *r = SELF;
  if (trials == 1) return molt_small_int(rand01(r) < p ? 1 : 0);
  if (p > 0.5) {
    MoltValue args[3] = {a[0], molt_int_from_i64(trials), molt_float(1.0 - p)};
    MoltValue sub = r_binomialvariate(MOLT_NONE, args, 3, MOLT_NONE);
    if (molt_is_error(sub)) return sub;
    int64_t s = molt_small_int_val(sub);
    return molt_int_from_i64(trials - s);
  }
  if (static_cast<double>(trials) * p < 10.0) {
    // Geometric waiting times between successes.
    int64_t x = 0, y = 0;
    double c = std::log2(1.0 - p);
    if (c == 0) return molt_small_int(0);
    for (;;) {
      y += static_cast<int64_t>(std::floor(std::log2(rand01(r)) / c)) + 1;
      if (y > trials) return molt_int_from_i64(x);
      x++;
    }
  }
  // BTRS (Hörmann) transformed rejection.
  double nd = static_cast<double>(trials);
  double spq = std::sqrt(nd * p * (1.0 - p));
  double b = 1.15 + 2.53 * spq;
  double aa = -0.0873 + 0.0248 * b + 0.01 * p;
  double c = nd * p + 0.5;
  double vr = 0.92 - 4.2 / b;
  bool setupComplete = false;
  double alpha = 0, lpq = 0, m = 0, h = 0;
  for (;;) {
    double u = rand01(r);
    u -= 0.5;
    double us = 0.5 - std::fabs(u);
    auto k = static_cast<int64_t>(std::floor((2.0 * aa / us + b) * u + c));
    if (k < 0 || k > trials) continue;
    double v2 = rand01(r);
    if (us >= 0.07 && v2 <= vr) return molt_int_from_i64(k);
    if (!setupComplete) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = std::log(p / (1.0 - p));
      m = std::floor((nd + 1) * p);
      h = std::lgamma(m + 1) + std::lgamma(nd - m + 1);
      setupComplete = true;
    }
    v2 *= alpha / (aa / (us * us) + b);
    double kd = static_cast<double>(k);
    if (std::log(v2) <= h - std::lgamma(kd + 1) - std::lgamma(nd - kd + 1) + (kd - m) * lpq)
      return molt_int_from_i64(k);
  }
}

/// Python's float a % b (the result takes the sign of b).
double pyMod(double a, double b) {
  double m = std::fmod(a, b);
  if (m != 0) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

MoltValue r_vonmisesvariate(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"mu", "kappa"};
  MoltValue v[2];
  if (bindSig({"Random.vonmisesvariate", names, 2, 2, 0}, ARGS, v) < 0) return MOLT_ERROR;
  double mu, kappa;
  if (toDouble(v[0], &mu) < 0 || toDouble(v[1], &kappa) < 0) return MOLT_ERROR;
  RandomObj *r = SELF;
  const double twopi = 2.0 * M_PI;
  if (kappa <= 1e-6) return molt_float(twopi * rand01(r));
  // Best and Fisher's rejection method.
  double s = 0.5 / kappa;
  double rr = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = rand01(r);
    z = libm::cos(M_PI * u1);
    double d = z / (rr + z);
    double u2 = rand01(r);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / rr;
  double f = (q + z) / (1.0 + q * z);
  double u3 = rand01(r);
  double theta = u3 > 0.5 ? pyMod(mu + libm::acos(f), twopi) : pyMod(mu - libm::acos(f), twopi);
  return molt_float(theta);
}

/// Runs a method and turns a failure inside an overridden random() or
/// getrandbits() into the method's error.
template <MoltVectorcall F>
MoltValue guarded(MoltValue c, const MoltValue *a, size_t n, MoltValue kw) {
  if (n == 0 || !isInstance(a[0], &molt_type_Random_)) return F(c, a, n, kw);
  RandomObj *r = rnd(a[0]);
  r->failed = false;
  MoltValue v = F(c, a, n, kw);
  if (r->failed) {
    r->failed = false;
    if (!molt_is_error(v)) molt_decref(v);
    return MOLT_ERROR;
  }
  return v;
}

/// Random.__init__(self, x=None): self.seed(x), so a subclass's seed() runs.
MoltValue r_init(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("Random", kw) < 0) return MOLT_ERROR;
  if (n > 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "Random.__init__() takes from 1 to 2 positional arguments but %zu were "
                          "given",
                          n);
  MoltValue args[2] = {a[0], n == 2 ? a[1] : MOLT_NONE};
  MoltValue r = molt_call_method(cstr("seed"), args, 2, MOLT_NONE);
  if (molt_is_error(r)) return r;
  molt_decref(r);
  rnd(a[0])->gaussNext = MOLT_NONE;
  return MOLT_NONE;
}

const MethodDef kRandomMethods[] = {
    {"__init__", r_init, 0},
    {"vonmisesvariate", guarded<r_vonmisesvariate>, 0},
    {"random", r_random, 0},
    {"seed", r_seed, 0},
    {"getstate", r_getstate, 0},
    {"setstate", r_setstate, 0},
    {"getrandbits", r_getrandbits, 0},
    {"randrange", guarded<r_randrange>, 0},
    {"randint", guarded<r_randint>, 0},
    {"choice", guarded<r_choice>, 0},
    {"choices", guarded<r_choices>, 0},
    {"shuffle", guarded<r_shuffle>, 0},
    {"sample", guarded<r_sample>, 0},
    {"uniform", guarded<r_uniform>, 0},
    {"triangular", guarded<r_triangular>, 0},
    {"normalvariate", guarded<r_normalvariate>, 0},
    {"lognormvariate", guarded<r_lognormvariate>, 0},
    {"gauss", guarded<r_gauss>, 0},
    {"expovariate", guarded<r_expovariate>, 0},
    {"gammavariate", guarded<r_gammavariate>, 0},
    {"betavariate", guarded<r_betavariate>, 0},
    {"paretovariate", guarded<r_paretovariate>, 0},
    {"weibullvariate", guarded<r_weibullvariate>, 0},
    {"binomialvariate", guarded<r_binomialvariate>, 0},
    {"randbytes", guarded<r_randbytes>, 0},
    {nullptr, nullptr, 0},
};

MoltValue randomNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  bool sub = t != &molt_type_Random_ && t != &molt_type_SystemRandom_;
  // A subclass's own __init__ may take other arguments (CPython accepts them).
  if (!sub) {
    if (noKeywords("Random", kw) < 0) return MOLT_ERROR;
    if (n > 1)
      return molt_raise_fmt(&molt_type_TypeError, "Random() expected at most 1 argument, got %zu",
                            n);
  }
  MoltObject *o = allocObject(t, t->basicsize);
  if (!o) return MOLT_ERROR;
  auto *r = reinterpret_cast<RandomObj *>(o);
  r->gaussNext = MOLT_NONE;
  r->index = kN;
  r->pyRandom = r->pyBits = r->failed = false;
  r->below = 0;
  r->system = isSubtype(t, &molt_type_SystemRandom_);
  if (sub) {
    // CPython's Random.__init_subclass__: the first class in the MRO defining
    // getrandbits() or random() decides how _randbelow draws.
    MoltValue mro = t->mro;
    bool seenRandom = false, seenBits = false;
    for (int64_t i = 0; i < tupleSize(mro); i++) {
      auto *c = as<MoltType>(tupleItems(mro)[i]);
      if (c == &molt_type_Random_ || c == &molt_type_SystemRandom_) break;
      if (!molt_is_ptr(c->dict)) continue;
      bool hasBits = dictGetItem(c->dict, cstr("getrandbits")) != MOLT_UNBOUND;
      bool hasRandom = dictGetItem(c->dict, cstr("random")) != MOLT_UNBOUND;
      if (r->below == 0 && hasBits) r->below = 2;
      if (r->below == 0 && hasRandom) r->below = 1;
      seenRandom |= hasRandom;
      seenBits |= hasBits;
    }
    r->pyRandom = seenRandom;
    r->pyBits = seenBits;
  }
  MoltValue self = molt_from_ptr(o);
  if (r->system) return self;
  if (seedValue(r, n == 1 ? a[0] : MOLT_NONE) < 0) {
    molt_decref(self);
    return MOLT_ERROR;
  }
  return self;
}

MoltType makeRandomType() {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = "random.Random";
  t.base = &molt_type_object;
  t.flags = kTypeBaseType | kTypeImmutable;
  t.basicsize = sizeof(RandomObj);
  t.dealloc = plainDealloc;
  t.methods = kRandomMethods;
  t.new_ = randomNew;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}

MoltType molt_type_Random_ = makeRandomType();

// SystemRandom: Random's methods drawing from the OS (genrand checks
// r->system); no state, seed() does nothing.
MoltValue sr_seed(MoltValue, const MoltValue *, size_t, MoltValue) { return MOLT_NONE; }

MoltValue sr_nostate(MoltValue, const MoltValue *, size_t, MoltValue) {
  return molt_raise_fmt(&molt_type_NotImplementedError,
                        "System entropy source does not have state.");
}

const MethodDef kSystemRandomMethods[] = {
    {"seed", sr_seed, 0},
    {"getstate", sr_nostate, 0},
    {"setstate", sr_nostate, 0},
    {nullptr, nullptr, 0},
};

MoltType makeSystemRandomType() {
  MoltType t = makeRandomType();
  t.name = "random.SystemRandom";
  t.base = &molt_type_Random_;
  t.methods = kSystemRandomMethods;
  t.doc = "Alternate random number generator using sources provided by the operating system.";
  return t;
}

MoltType molt_type_SystemRandom_ = makeSystemRandomType();

} // namespace

namespace molt::rt {

void initRandomModule(NativeModuleBuilder &b) {
  b.addType(&molt_type_Random_);
  b.addType(&molt_type_SystemRandom_);
  MoltValue inst = randomNew(&molt_type_Random_, nullptr, 0, MOLT_NONE);
  if (molt_is_error(inst)) {
    b.failed = true;
    return;
  }
  makeImmortal(molt_ptr(inst));
  for (const MethodDef *m = kRandomMethods; m->name; m++)
    if (m->name[0] != '_') b.add(m->name, makeBuiltinFunction(m->name, m->fn, inst));
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_random = {"random", molt::rt::initRandomModule, nullptr};
}
