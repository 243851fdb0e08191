// The int type: inline small ints and heap bigints (MoltLong), its number
// slots, comparison, hash, repr and the constructor int(x, base). Methods and
// attributes live in int_methods.cpp. Python 3.12 semantics throughout.
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "molt/bigint.h"
#include "molt/floatfmt.h"
#include "molt/hash.h"
#include "molt/intobject.h"
#include "molt/molt.h"
#include "molt/object.h"
#include "molt/unicode_db.h"
#include "molt/utf8.h"
#include "number_internal.h"

namespace molt::rt {

size_t intMaxStrDigits = kDefaultMaxStrDigits;

namespace {

constexpr size_t kLongHeader = offsetof(MoltLong, limbs);

MoltValue raiseMemory() { return molt_raise(molt_from_ptr(&molt_type_MemoryError)); }

/// Allocates an exact-int MoltLong with room for cap limbs (nullptr + MemoryError).
MoltLong *longAlloc(size_t cap) {
  if (cap > kMaxLimbs) {
    raiseMemory();
    return nullptr;
  }
  // Only the header is zeroed: every int_* function writes the limbs it
  // reports (a product's limbs were a memset of the whole object before).
  auto *o = reinterpret_cast<MoltLong *>(
      allocObjectHead(&molt_type_int, kLongHeader + (cap ? cap : 1) * sizeof(limb_t), kLongHeader));
  if (!o) return nullptr;
  o->size = 0;
  o->neg = 0;
  return o;
}

/// Magnitude of at most two limbs as uint64.
inline uint64_t mag64(const limb_t *d, size_t n) {
  return n == 0 ? 0 : n == 1 ? d[0] : (uint64_t)d[0] | ((uint64_t)d[1] << 32);
}

/// True if sign/magnitude fits the small-int range; *out gets the value.
inline bool smallFromMag(uint64_t mag, bool neg, int64_t *out) {
  if (neg) {
    if (mag > (uint64_t)1 << 47) return false;
    *out = -(int64_t)mag;
  } else {
    if (mag >= (uint64_t)1 << 47) return false;
    *out = (int64_t)mag;
  }
  return true;
}

/// Finishes a MoltLong after writing n limbs: normalizes, returns a small int if it fits.
MoltValue longFinish(MoltLong *o, size_t n, bool neg) {
  n = limbs::normalize(o->limbs, n);
  if (n <= 2) {
    int64_t v;
    if (smallFromMag(mag64(o->limbs, n), neg && n, &v)) {
      freeObject(&o->ob);
      return molt_small_int(v);
    }
  }
  o->size = (uint32_t)n;
  o->neg = (n && neg) ? 1 : 0;
  return molt_from_ptr(o);
}

/// Small int or bool value (no heap ints).
inline bool smallVal(MoltValue v, int64_t *out) {
  if (molt_is_small_int(v)) {
    *out = molt_small_int_val(v);
    return true;
  }
  if (molt_is_bool(v)) {
    *out = (int64_t)(v & 1);
    return true;
  }
  return false;
}

MoltValue notImpl() { return molt_not_implemented(); }

/// Scratch buffer from malloc (MemoryError on failure); free with std::free.
limb_t *scratchAlloc(size_t n) {
  if (n == 0) return nullptr;
  limb_t *p = allocLimbs(n);
  if (!p) raiseMemory();
  return p;
}

BigInt bigOf(MoltValue v) {
  limb_t buf[2];
  return BigInt::from_ref(intRef(v, buf));
}

} // namespace

// ---------------------------------------------------------------------------
// Public helpers

bool isHeapInt(MoltValue v) {
  return molt_is_ptr(v) && (molt_ptr(v)->type == &molt_type_int ||
                            (molt_ptr(v)->type->flags & kTypeIntSubclass) != 0);
}

bool isInt(MoltValue v) { return molt_is_small_int(v) || molt_is_bool(v) || isHeapInt(v); }

bool isIntLike(MoltValue v) { return isInt(v); }

IntRef intRef(MoltValue v, limb_t buf[2]) {
  if (molt_is_small_int(v)) return int_ref_i64(molt_small_int_val(v), buf);
  if (molt_is_bool(v)) return int_ref_i64((int64_t)(v & 1), buf);
  auto *l = as<MoltLong>(v);
  return IntRef{l->limbs, l->size, l->neg != 0};
}

bool intToI64(MoltValue v, int64_t *out) {
  if (smallVal(v, out)) return true;
  if (!isHeapInt(v)) return false;
  limb_t buf[2];
  return int_to_i64(intRef(v, buf), out);
}

MoltValue intFromRef(IntRef r) {
  if (r.n <= 2) {
    int64_t v;
    if (smallFromMag(mag64(r.d, r.n), r.neg && r.n, &v)) return molt_small_int(v);
  }
  MoltLong *o = longAlloc(r.n);
  if (!o) return MOLT_ERROR;
  std::memcpy(o->limbs, r.d, r.n * sizeof(limb_t));
  return longFinish(o, r.n, r.neg);
}

MoltValue intFromBig(const BigInt &b) {
  if (!b.ok()) return raiseMemory();
  return intFromRef(b.ref());
}

MoltValue intFromU64(uint64_t mag, bool neg) {
  int64_t v;
  if (smallFromMag(mag, neg, &v)) return molt_small_int(v);
  MoltLong *o = longAlloc(2);
  if (!o) return MOLT_ERROR;
  o->limbs[0] = (limb_t)mag;
  o->limbs[1] = (limb_t)(mag >> 32);
  return longFinish(o, 2, neg);
}

MoltValue intFromDouble(double x) {
  if (std::isfinite(x) && std::fabs(x) < 9.0e15) return molt_int_from_i64((int64_t)x);
  BigInt b;
  BigError err;
  if (big_from_double(x, &b, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(b);
}

int intCompare(MoltValue a, MoltValue b) {
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) return x < y ? -1 : x > y ? 1 : 0;
  limb_t ba[2], bb[2];
  return int_cmp(intRef(a, ba), intRef(b, bb));
}

MoltValue raiseBigError(const BigError &err) {
  std::string msg(err.message());
  switch (err.status) {
  case BigStatus::value_error:
    return molt_raise_fmt(&molt_type_ValueError, "%s", msg.c_str());
  case BigStatus::overflow_error:
    return molt_raise_fmt(&molt_type_OverflowError, "%s", msg.c_str());
  case BigStatus::zero_division_error:
    return molt_raise_fmt(&molt_type_ZeroDivisionError, "%s", msg.c_str());
  default:
    return molt_raise_fmt(&molt_type_MemoryError, "%s", msg.c_str());
  }
}

MoltValue intToStr(MoltValue v) {
  int64_t x;
  if (smallVal(v, &x)) {
    char buf[32];
    char *end = std::to_chars(buf, buf + sizeof buf, x).ptr;
    return strFromUtf8(std::string_view(buf, size_t(end - buf)));
  }
  limb_t lb[2];
  IntRef r = intRef(v, lb);
  size_t cap = big_chars_cap(r, 10);
  char *buf = static_cast<char *>(std::malloc(cap + 1));
  if (!buf) return raiseMemory();
  size_t len = 0;
  BigError err;
  if (big_to_chars(r, 10, false, buf, cap, &len, &err, intMaxStrDigits) != BigStatus::ok) {
    std::free(buf);
    return raiseBigError(err);
  }
  MoltValue s = strFromUtf8(std::string_view(buf, len));
  std::free(buf);
  return s;
}

int indexAsI64(MoltValue v, int64_t *out) {
  if (isInt(v)) {
    if (intToI64(v, out)) return 0;
    molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  MoltType *t = molt_type_of(v);
  if (t->number && t->number->index) {
    MoltValue r = t->number->index(v);
    if (molt_is_error(r)) return -1;
    int rc = indexAsI64(r, out);
    molt_decref(r);
    return rc;
  }
  molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                 typeName(v));
  return -1;
}

} // namespace molt::rt

using namespace molt::rt;

extern "C" MoltValue molt_int_from_i64(int64_t i) {
  if (molt_fits_small(i)) return molt_small_int(i);
  bool neg = i < 0;
  uint64_t mag = neg ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  return intFromU64(mag, neg);
}

extern "C" MoltValue molt_const_int(const char *decimal) {
  BigInt b;
  BigError err;
  if (big_from_string(decimal, 10, &b, &err, FromStringOptions{0, false, {}, nullptr}) !=
      BigStatus::ok)
    return raiseBigError(err);
  MoltValue v = intFromBig(b);
  if (molt_is_ptr(v)) makeImmortal(molt_ptr(v));
  return v;
}

namespace molt::rt::num {

namespace {

/// Builds an int through an int_* function writing into cap limbs.
template <class F> MoltValue build(size_t cap, F &&f) {
  MoltLong *o = longAlloc(cap);
  if (!o) return MOLT_ERROR;
  bool neg = false;
  size_t n = f(IntOut{o->limbs, &neg});
  return longFinish(o, n, neg);
}

#define INT_OPERANDS(a, b)                                                                         \
  if (!isInt(a) || !isInt(b)) return notImpl();

} // namespace

MoltValue intAdd(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) return molt_int_from_i64(x + y);
  // Heap ints that fit 64 bits (e.g. LCG states) skip the limb arithmetic.
  int64_t r;
  if (intToI64(a, &x) && intToI64(b, &y) && !__builtin_add_overflow(x, y, &r))
    return molt_int_from_i64(r);
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  return build(int_addsub_cap(ra, rb), [&](IntOut o) { return int_add(ra, rb, o); });
}

MoltValue intSub(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) return molt_int_from_i64(x - y);
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  return build(int_addsub_cap(ra, rb), [&](IntOut o) { return int_sub(ra, rb, o); });
}

MoltValue intMul(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y, r;
  if (smallVal(a, &x) && smallVal(b, &y) && !__builtin_mul_overflow(x, y, &r))
    return molt_int_from_i64(r);
  if (intToI64(a, &x) && intToI64(b, &y) && !__builtin_mul_overflow(x, y, &r))
    return molt_int_from_i64(r);
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  if (ra.n == 0 || rb.n == 0) return molt_small_int(0);
  size_t sn = int_mul_scratch(ra, rb);
  limb_t *scratch = scratchAlloc(sn);
  if (sn && !scratch) return MOLT_ERROR;
  MoltValue res = build(int_mul_cap(ra, rb), [&](IntOut o) { return int_mul(ra, rb, o, scratch); });
  std::free(scratch);
  return res;
}

MoltValue intTrueDiv(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  constexpr int64_t k53 = (int64_t)1 << 53;
  if (smallVal(a, &x) && smallVal(b, &y) && x <= k53 && x >= -k53 && y <= k53 && y >= -k53) {
    if (y == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "division by zero");
    return molt_float((double)x / (double)y);
  }
  limb_t ba[2], bb[2];
  double d;
  BigError err;
  if (int_truediv(intRef(a, ba), intRef(b, bb), &d, &err) != BigStatus::ok)
    return raiseBigError(err);
  return molt_float(d);
}

namespace {

/// Floor division and modulo of small values (y != 0).
inline void smallDivmod(int64_t x, int64_t y, int64_t *q, int64_t *r) {
  int64_t qq = x / y, rr = x % y;
  if (rr != 0 && ((rr < 0) != (y < 0))) {
    qq--;
    rr += y;
  }
  *q = qq;
  *r = rr;
}

} // namespace

namespace {

/// True when big_divmod would divide a by b (b != 0) with schoolbook
/// division, which divmodInto runs without BigInt copies of the operands.
inline bool schoolbookDivision(IntRef a, IntRef b) {
  return b.n != 0 && (b.n < big_div_recursive_threshold || a.n < b.n + big_div_recursive_threshold);
}

/// *q = a // b and/or *r = a % b (a null output is not computed), written by
/// int_divmod straight into new int objects; schoolbookDivision(a, b) holds.
/// False (MemoryError raised, no output set) when memory runs out.
bool divmodInto(IntRef a, IntRef b, MoltValue *q, MoltValue *r) {
  limb_t local[128];
  size_t sn = int_divmod_scratch(a, b);
  limb_t *scratch = sn <= 128 ? local : scratchAlloc(sn);
  if (!scratch) return false;
  MoltLong *qo = q ? longAlloc(int_div_cap(a, b)) : nullptr;
  MoltLong *ro = r ? longAlloc(int_mod_cap(b)) : nullptr;
  if ((q && !qo) || (r && !ro)) {
    if (qo) freeObject(&qo->ob);
    if (ro) freeObject(&ro->ob);
    if (scratch != local) std::free(scratch);
    return false;
  }
  bool qneg = false, rneg = false;
  size_t qn = 0, rn = 0;
  int_divmod(a, b, {qo ? qo->limbs : nullptr, &qneg}, &qn, {ro ? ro->limbs : nullptr, &rneg}, &rn,
             scratch);
  if (scratch != local) std::free(scratch);
  if (q) *q = longFinish(qo, qn, qneg);
  if (r) *r = longFinish(ro, rn, rneg);
  return true;
}

} // namespace

MoltValue intFloorDiv(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    if (y == 0)
      return molt_raise_fmt(&molt_type_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, r;
    smallDivmod(x, y, &q, &r);
    return molt_int_from_i64(q);
  }
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  if (schoolbookDivision(ra, rb)) {
    MoltValue q;
    return divmodInto(ra, rb, &q, nullptr) ? q : MOLT_ERROR;
  }
  BigInt q;
  BigError err;
  if (big_floordiv(bigOf(a), bigOf(b), &q, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(q);
}

MoltValue intMod(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    if (y == 0) return molt_raise_fmt(&molt_type_ZeroDivisionError, "integer modulo by zero");
    int64_t q, r;
    smallDivmod(x, y, &q, &r);
    return molt_int_from_i64(r);
  }
  if (intToI64(a, &x) && intToI64(b, &y) && y != 0 && !(x == INT64_MIN && y == -1)) {
    int64_t q, r;
    smallDivmod(x, y, &q, &r);
    return molt_int_from_i64(r);
  }
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  if (schoolbookDivision(ra, rb)) {
    MoltValue r;
    return divmodInto(ra, rb, nullptr, &r) ? r : MOLT_ERROR;
  }
  BigInt r;
  BigError err;
  if (big_mod(bigOf(a), bigOf(b), &r, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(r);
}

namespace {

MoltValue pair(MoltValue q, MoltValue r) {
  if (molt_is_error(q) || molt_is_error(r)) {
    molt_xdecref(q);
    molt_xdecref(r);
    return MOLT_ERROR;
  }
  MoltValue items[2] = {q, r};
  MoltValue t = molt_tuple_new(items, 2);
  molt_decref(q);
  molt_decref(r);
  return t;
}

} // namespace

MoltValue intDivmod(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    if (y == 0)
      return molt_raise_fmt(&molt_type_ZeroDivisionError, "integer division or modulo by zero");
    int64_t q, r;
    smallDivmod(x, y, &q, &r);
    return pair(molt_int_from_i64(q), molt_int_from_i64(r));
  }
  limb_t ba[2], bb[2];
  IntRef ra = intRef(a, ba), rb = intRef(b, bb);
  if (schoolbookDivision(ra, rb)) {
    MoltValue qv, rv;
    return divmodInto(ra, rb, &qv, &rv) ? pair(qv, rv) : MOLT_ERROR;
  }
  BigInt q, r;
  BigError err;
  if (big_divmod(bigOf(a), bigOf(b), &q, &r, &err) != BigStatus::ok) return raiseBigError(err);
  MoltValue qv = intFromBig(q);
  if (molt_is_error(qv)) return qv;
  return pair(qv, intFromBig(r));
}

MoltValue intPow(MoltValue a, MoltValue b, MoltValue c) {
  INT_OPERANDS(a, b)
  if (c != MOLT_NONE) {
    if (!isInt(c)) return notImpl();
    BigInt out;
    BigError err;
    if (big_powmod(bigOf(a), bigOf(b), bigOf(c), &out, &err) != BigStatus::ok)
      return raiseBigError(err);
    return intFromBig(out);
  }
  limb_t bb[2];
  IntRef rb = intRef(b, bb);
  if (rb.neg) {
    double x, y;
    if (asDouble(a, &x) < 0 || asDouble(b, &y) < 0) return MOLT_ERROR;
    return floatPowValues(x, y);
  }
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    // Square-and-multiply in int64 while it cannot overflow.
    int64_t result = 1, base = x, e = y;
    bool overflow = false;
    while (e > 0) {
      if (e & 1) {
        if (__builtin_mul_overflow(result, base, &result)) {
          overflow = true;
          break;
        }
      }
      e >>= 1;
      if (e && __builtin_mul_overflow(base, base, &base)) {
        overflow = true;
        break;
      }
    }
    if (!overflow) return molt_int_from_i64(result);
  }
  BigInt out;
  BigError err;
  if (big_pow(bigOf(a), bigOf(b), &out, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(out);
}

MoltValue intLshift(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    if (y < 0) return molt_raise_fmt(&molt_type_ValueError, "negative shift count");
    if (x == 0) return molt_small_int(0);
    if (y <= 15) return molt_int_from_i64((int64_t)((uint64_t)x << y));
  }
  // A count below 2**32: shift straight into the result (longAlloc raises
  // MemoryError past kMaxLimbs). Larger counts go through big_lshift, which
  // gives CPython's errors for them.
  if (smallVal(b, &y) && y >= 0 && y < (int64_t(1) << 32)) {
    limb_t ba[2];
    IntRef ra = intRef(a, ba);
    if (ra.n == 0) return molt_small_int(0);
    return build(int_lshift_cap(ra, (uint64_t)y),
                 [&](IntOut o) { return int_lshift(ra, (uint64_t)y, o); });
  }
  BigInt out;
  BigError err;
  if (big_lshift(bigOf(a), bigOf(b), &out, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(out);
}

MoltValue intRshift(MoltValue a, MoltValue b) {
  INT_OPERANDS(a, b)
  int64_t x, y;
  if (smallVal(a, &x) && smallVal(b, &y)) {
    if (y < 0) return molt_raise_fmt(&molt_type_ValueError, "negative shift count");
    if (y >= 63) return molt_small_int(x < 0 ? -1 : 0);
    return molt_small_int(x >> y);
  }
  if (smallVal(b, &y) && y >= 0) {
    limb_t ba[2];
    IntRef ra = intRef(a, ba);
    return build(int_rshift_cap(ra, (uint64_t)y),
                 [&](IntOut o) { return int_rshift(ra, (uint64_t)y, o); });
  }
  BigInt out;
  BigError err;
  if (big_rshift(bigOf(a), bigOf(b), &out, &err) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(out);
}

#define INT_BITOP(NAME, OP, FN)                                                                    \
  MoltValue NAME(MoltValue a, MoltValue b) {                                                       \
    INT_OPERANDS(a, b)                                                                             \
    int64_t x, y;                                                                                  \
    if (smallVal(a, &x) && smallVal(b, &y)) return molt_small_int(x OP y);                         \
    limb_t ba[2], bb[2];                                                                           \
    IntRef ra = intRef(a, ba), rb = intRef(b, bb);                                                 \
    return build(int_bitop_cap(ra, rb), [&](IntOut o) { return FN(ra, rb, o); });                  \
  }
INT_BITOP(intAnd, &, int_and)
INT_BITOP(intOr, |, int_or)
INT_BITOP(intXor, ^, int_xor)
#undef INT_BITOP

MoltValue intNeg(MoltValue a) {
  if (!isInt(a)) return notImpl();
  int64_t x;
  if (smallVal(a, &x)) return molt_int_from_i64(-x);
  limb_t ba[2];
  IntRef r = intRef(a, ba);
  r.neg = r.n ? !r.neg : false;
  return intFromRef(r);
}

MoltValue intExact(MoltValue v) {
  int64_t x;
  if (smallVal(v, &x)) return molt_small_int(x);
  if (molt_ptr(v)->type == &molt_type_int) return molt_newref(v);
  limb_t ba[2];
  return intFromRef(intRef(v, ba));
}

MoltValue intPos(MoltValue a) {
  if (!isInt(a)) return notImpl();
  return intExact(a);
}

MoltValue intAbs(MoltValue a) {
  if (!isInt(a)) return notImpl();
  int64_t x;
  if (smallVal(a, &x)) return molt_int_from_i64(x < 0 ? -x : x);
  limb_t ba[2];
  IntRef r = intRef(a, ba);
  if (!r.neg) return intExact(a);
  r.neg = false;
  return intFromRef(r);
}

MoltValue intInvert(MoltValue a) {
  if (!isInt(a)) return notImpl();
  int64_t x;
  if (smallVal(a, &x)) return molt_small_int(~x);
  limb_t ba[2];
  IntRef r = intRef(a, ba);
  return build(int_invert_cap(r), [&](IntOut o) { return int_invert(r, o); });
}

int intBool(MoltValue a) {
  int64_t x;
  if (smallVal(a, &x)) return x != 0;
  return as<MoltLong>(a)->size != 0;
}

MoltValue intInt(MoltValue a) { return intExact(a); }

MoltValue intFloat(MoltValue a) {
  double d;
  if (asDouble(a, &d) < 0) return MOLT_ERROR;
  return molt_float(d);
}

namespace {} // namespace

MoltValue intRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isInt(a)) return notImpl();
  if (isInt(b)) return cmpResult(intCompare(a, b), op);
  if (molt_is_float(b)) {
    double d = molt_float_val(b);
    limb_t ba[2];
    int c = int_cmp_double(intRef(a, ba), d);
    if (c == 2) return molt_bool(op == MOLT_NE);
    return cmpResult(c, op);
  }
  return notImpl();
}

int intHash(MoltValue a, int64_t *out) {
  int64_t x;
  if (smallVal(a, &x)) {
    *out = hashInt64(x);
    return 0;
  }
  limb_t ba[2];
  *out = int_hash(intRef(a, ba));
  return 0;
}

MoltValue intRepr(MoltValue a) { return intToStr(a); }

// ---------------------------------------------------------------------------
// int(x=0, /, base=10)

namespace {

/// Parses str text as int(text, base).
MoltValue intFromText(std::string_view text, int base, bool isBytes) {
  // Fast path: a short run of ASCII decimal digits (optional sign) that fits a small int.
  if (base == 10 && !text.empty() && text.size() <= 15) {
    size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    if (i < text.size() && text.size() - i <= 14) {
      int64_t v = 0;
      for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        v = v * 10 + (text[i] - '0');
      if (i == text.size()) return molt_small_int(text[0] == '-' ? -v : v);
    }
  }
  std::string ascii;
  FromStringOptions opt;
  opt.max_str_digits = intMaxStrDigits;
  opt.is_bytes = isBytes;
  std::string_view parse = text;
  if (!isBytes) {
    bool nonAscii = false;
    for (unsigned char ch : text)
      if (ch >= 0x80) nonAscii = true;
    if (nonAscii) {
      const auto *p = reinterpret_cast<const unsigned char *>(text.data());
      size_t pos = 0;
      while (pos < text.size()) {
        char32_t c = utf8::decodeNext(p, text.size(), pos);
        if (c < 0x80) {
          ascii.push_back((char)c);
        } else if (ucd::isSpace(c)) {
          ascii.push_back(' ');
        } else if (ucd::decimalValue(c) >= 0) {
          ascii.push_back((char)('0' + ucd::decimalValue(c)));
        } else {
          ascii.push_back('?');
        }
      }
      parse = ascii;
      opt.orig_text = text;
    }
  }
  BigInt b;
  BigError err;
  if (big_from_string(parse, base, &b, &err, opt) != BigStatus::ok) return raiseBigError(err);
  return intFromBig(b);
}

/// Converts an exact int result into an instance of an int subclass `type`.
MoltValue intAsSubtype(MoltType *type, MoltValue v) {
  if (molt_is_error(v) || type == &molt_type_int) return v;
  limb_t ba[2];
  IntRef r = intRef(v, ba);
  size_t need = kLongHeader + (r.n ? r.n : 1) * sizeof(limb_t);
  size_t size = type->basicsize > need ? type->basicsize : need;
  auto *o = reinterpret_cast<MoltLong *>(allocObject(type, size));
  if (!o) {
    molt_decref(v);
    return MOLT_ERROR;
  }
  std::memcpy(o->limbs, r.d, r.n * sizeof(limb_t));
  o->size = (uint32_t)r.n;
  o->neg = r.neg ? 1 : 0;
  molt_decref(v);
  return molt_from_ptr(o);
}

MoltValue intFromObject(MoltValue x) {
  if (isInt(x)) return intExact(x);
  if (molt_is_float(x)) return intFromDouble(molt_float_val(x));
  if (isStr(x)) return intFromText(strView(x), 10, false);
  MoltType *t = molt_type_of(x);
  if (t->number && t->number->int_) {
    MoltValue r = t->number->int_(x);
    if (molt_is_error(r)) return r;
    if (!isInt(r)) {
      molt_raise_fmt(&molt_type_TypeError, "__int__ returned non-int (type %s)", typeName(r));
      molt_decref(r);
      return MOLT_ERROR;
    }
    MoltValue e = intExact(r);
    molt_decref(r);
    return e;
  }
  if (t->number && t->number->index) {
    MoltValue r = t->number->index(x);
    if (molt_is_error(r)) return r;
    if (!isInt(r)) {
      molt_raise_fmt(&molt_type_TypeError, "__index__ returned non-int (type %s)", typeName(r));
      molt_decref(r);
      return MOLT_ERROR;
    }
    MoltValue e = intExact(r);
    molt_decref(r);
    return e;
  }
  if (t == &molt_type_bytes || t == &molt_type_bytearray) {
    // bytes(x) parsing: gather the bytes through iteration (ints 0..255).
    std::string data;
    if (forEach(x, [&](MoltValue item) {
          int64_t v = 0;
          intToI64(item, &v);
          data.push_back((char)v);
          return 0;
        }) < 0)
      return MOLT_ERROR;
    return intFromText(data, 10, true);
  }
  return molt_raise_fmt(&molt_type_TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, "
                        "not '%s'",
                        typeName(x));
}

} // namespace

MoltValue intTypeNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const names[] = {"", "base"};
  MoltValue a[2];
  if (bindArgs("int", names, 2, 1, 2, 0, args, nargs, kwnames, a) < 0) return MOLT_ERROR;
  MoltValue x = a[0], base = a[1];
  if (x == MOLT_UNBOUND) {
    if (base != MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError, "int() missing string argument");
    return intAsSubtype(type, molt_small_int(0));
  }
  if (base == MOLT_UNBOUND) return intAsSubtype(type, intFromObject(x));
  int64_t b;
  if (indexAsI64(base, &b) < 0) {
    if (molt_state.exc != MOLT_NONE && isInt(base)) {
      MoltValue e = molt_err_fetch();
      molt_decref(e);
      return molt_raise_fmt(&molt_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    return MOLT_ERROR;
  }
  if (b != 0 && (b < 2 || b > 36))
    return molt_raise_fmt(&molt_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (isStr(x)) return intAsSubtype(type, intFromText(strView(x), (int)b, false));
  MoltType *t = molt_type_of(x);
  if (t == &molt_type_bytes || t == &molt_type_bytearray) {
    std::string data;
    if (forEach(x, [&](MoltValue item) {
          int64_t v = 0;
          intToI64(item, &v);
          data.push_back((char)v);
          return 0;
        }) < 0)
      return MOLT_ERROR;
    return intAsSubtype(type, intFromText(data, (int)b, true));
  }
  return molt_raise_fmt(&molt_type_TypeError, "int() can't convert non-string with explicit base");
}

} // namespace molt::rt::num

// ---------------------------------------------------------------------------
// The type object

namespace {

using namespace molt::rt::num;

// `pow` (the ** operator, pow(), __pow__) is filled by molt_use_int_pow, which the
// generated main calls when the program can raise to a power (Features.cpp).
constinit molt::rt::NumberSlots kIntNumber = {
    .add = intAdd,
    .sub = intSub,
    .mul = intMul,
    .truediv = intTrueDiv,
    .floordiv = intFloorDiv,
    .mod = intMod,
    .divmod = intDivmod,
    .lshift = intLshift,
    .rshift = intRshift,
    .and_ = intAnd,
    .or_ = intOr,
    .xor_ = intXor,
    .matmul = nullptr,
    .pow = nullptr, // molt_use_int_pow
    .iadd = nullptr,
    .isub = nullptr,
    .imul = nullptr,
    .itruediv = nullptr,
    .ifloordiv = nullptr,
    .imod = nullptr,
    .ilshift = nullptr,
    .irshift = nullptr,
    .iand = nullptr,
    .ior = nullptr,
    .ixor = nullptr,
    .imatmul = nullptr,
    .ipow = nullptr,
    .neg = intNeg,
    .pos = intPos,
    .abs = intAbs,
    .invert = intInvert,
    .bool_ = intBool,
    .int_ = intInt,
    .float_ = intFloat,
    .index = intInt,
};

} // namespace

// Fields added to MoltType later default to zero.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
// int(x) (the `new_` slot: parsing, __int__/__index__/__trunc__) is filled by
// molt_use_int_new when the program can reach the int type object (Features.cpp).
MoltType molt_type_int = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "int",
    .base = &molt_type_object,
    .flags = molt::rt::kTypeBaseType | molt::rt::kTypeImmutable | molt::rt::kTypeIntSubclass,
    .basicsize = sizeof(molt::rt::MoltLong),
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = intRepr,
    .str = nullptr,
    .hash = intHash,
    .richcompare = intRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &kIntNumber,
    .container = nullptr,
    .methods = kIntMethods,
    .getsets = kIntGetSets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "int([x]) -> integer; int(x, base=10) -> integer",
};

extern "C" void molt_use_int_new(void) { molt_type_int.new_ = intTypeNew; }

extern "C" void molt_use_int_pow(void) {
  using namespace molt::rt;
  using namespace molt::rt::num;
  kIntNumber.pow = intPow;
}
