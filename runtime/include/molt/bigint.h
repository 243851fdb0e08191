// Arbitrary-precision integers with Python 3.12 `int` semantics.
//
// Three layers, all portable C++20 (no exceptions, no RTTI, no __int128
// requirement, same results on 64-bit hosts and wasm32):
//   * limbs::   unsigned magnitudes as little-endian spans of 32-bit limbs;
//               the caller provides every output and scratch buffer; nothing
//               allocates, nothing aborts.
//   * int_*     signed integers (IntRef = sign + normalized magnitude) with
//               Python semantics, written into caller buffers whose size is
//               given by the matching *_cap function. Heap int objects of the
//               runtime call these directly.
//   * BigInt    a small malloc-backed value (sign + limbs, two limbs inline)
//               for tests and slow paths; allocation failure sets a flag
//               (ok() == false) that propagates through every operation and
//               is reported as BigStatus::memory_error.
// Errors are a BigStatus (the Python exception type) plus CPython's exact
// message text in a BigError; the runtime raises them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace molt::rt {

using limb_t = uint32_t;             ///< One limb: 32 bits of magnitude.
using dlimb_t = uint64_t;            ///< Two limbs: products and quotients.
inline constexpr int kLimbBits = 32; ///< Bits per limb.

/// Most limbs one buffer may hold: their bytes stay below half of wasm32's
/// address space (where n * 4 in size_t would wrap around) and below 2**47
/// bytes on 64-bit hosts. Larger requests fail as memory errors.
inline constexpr size_t kMaxLimbs =
    (sizeof(void *) == 4 ? size_t(PTRDIFF_MAX) : size_t(1) << 47) / sizeof(limb_t) - 16384;

/// malloc'ed room for n limbs (uninitialized), or nullptr when n > kMaxLimbs
/// or memory is exhausted.
limb_t *allocLimbs(size_t n);

/// CPython's default for sys.get_int_max_str_digits() (0 means unlimited).
inline constexpr size_t kDefaultMaxStrDigits = 4300;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Outcome of a fallible operation: which Python exception to raise.
enum class BigStatus : uint8_t {
  ok,                  ///< Success.
  value_error,         ///< ValueError.
  overflow_error,      ///< OverflowError.
  zero_division_error, ///< ZeroDivisionError.
  memory_error,        ///< MemoryError (allocation failed or result absurdly large).
  float_result,        ///< Not an error: int ** negative int; compute float(a) ** float(b).
};

/// A status plus CPython's exception message (fixed buffer, never allocates).
struct BigError {
  BigStatus status = BigStatus::ok; ///< What to raise (ok: nothing).
  uint32_t len = 0;                 ///< Message length in bytes.
  char msg[1024] = {};              ///< UTF-8 message, NUL-terminated.
  /// Records status and message (truncated to the buffer); returns status.
  BigStatus set(BigStatus s, std::string_view text);
  /// The message as a string_view.
  std::string_view message() const { return {msg, len}; }
};

/// Sets err (if non-null) to s with text and returns s.
BigStatus big_fail(BigError *err, BigStatus s, std::string_view text);

// ---------------------------------------------------------------------------
// limbs:: unsigned magnitude primitives. "n" counts limbs; inputs need not be
// normalized unless stated; outputs may alias an input only where stated.
// ---------------------------------------------------------------------------
namespace limbs {

/// Length of a[0..n) without its high zero limbs.
size_t normalize(const limb_t *a, size_t n);
/// Compares equal-length magnitudes: -1, 0 or 1.
int cmp_n(const limb_t *a, const limb_t *b, size_t n);
/// Compares normalized magnitudes: -1, 0 or 1.
int cmp(const limb_t *a, size_t na, const limb_t *b, size_t nb);
/// r[0..n) = a + b (single limb); returns the carry. r may alias a.
limb_t add_1(limb_t *r, const limb_t *a, size_t n, limb_t b);
/// r[0..n) = a - b (single limb); returns the borrow. r may alias a.
limb_t sub_1(limb_t *r, const limb_t *a, size_t n, limb_t b);
/// r[0..n) = a + b, equal lengths; returns the carry. r may alias a or b.
limb_t add_n(limb_t *r, const limb_t *a, const limb_t *b, size_t n);
/// r[0..n) = a - b, equal lengths; returns the borrow. r may alias a or b.
limb_t sub_n(limb_t *r, const limb_t *a, const limb_t *b, size_t n);
/// r[0..na) = a + b with na >= nb; returns the carry. r may alias a.
limb_t add(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb);
/// r[0..na) = a - b with na >= nb; returns the borrow. r may alias a.
limb_t sub(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb);
/// r[0..n) = a * b; returns the high limb. r may alias a.
limb_t mul_1(limb_t *r, const limb_t *a, size_t n, limb_t b);
/// r[0..n) += a * b; returns the carry limb.
limb_t addmul_1(limb_t *r, const limb_t *a, size_t n, limb_t b);
/// r[0..n) -= a * b; returns the borrow limb.
limb_t submul_1(limb_t *r, const limb_t *a, size_t n, limb_t b);
/// r[0..n) = a << s (0 <= s < 32); returns the bits shifted out. r may alias a.
limb_t lshift(limb_t *r, const limb_t *a, size_t n, unsigned s);
/// r[0..n) = a >> s (0 <= s < 32); returns the bits shifted out (in the high bits). r may alias a.
limb_t rshift(limb_t *r, const limb_t *a, size_t n, unsigned s);

/// Karatsuba threshold in limbs (schoolbook below). Tunable for measurement.
extern size_t karatsuba_threshold;
/// Scratch limbs needed by mul(..., na, ..., nb, ...) (and sqr for na == nb).
size_t mul_scratch(size_t na, size_t nb);
/// r[0..na+nb) = a * b (na, nb >= 1). r must not overlap a, b or scratch.
void mul(limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb, limb_t *scratch);
/// r[0..2n) = a * a. r must not overlap a or scratch (mul_scratch(n, n) limbs).
void sqr(limb_t *r, const limb_t *a, size_t n, limb_t *scratch);

/// q[0..n) = a / d, returns a % d (d != 0). q may alias a (or be null).
limb_t divrem_1(limb_t *q, const limb_t *a, size_t n, limb_t d);
/// a % d without a quotient (d != 0).
limb_t mod_1(const limb_t *a, size_t n, limb_t d);
/// Scratch limbs needed by divrem(na, nb).
size_t divrem_scratch(size_t na, size_t nb);
/// Schoolbook division (Knuth D): q[0..na-nb+1) = a / b, r[0..nb) = a % b.
/// Needs na >= nb >= 2 and b[nb-1] != 0. q or r may be null (not computed).
/// Outputs must not overlap inputs or scratch.
void divrem(limb_t *q, limb_t *r, const limb_t *a, size_t na, const limb_t *b, size_t nb,
            limb_t *scratch);

} // namespace limbs

// ---------------------------------------------------------------------------
// Signed integers over caller buffers (Python semantics).
// ---------------------------------------------------------------------------

/// A read-only integer: sign + normalized magnitude (n == 0 is zero, never negative).
struct IntRef {
  const limb_t *d = nullptr; ///< Magnitude limbs, little-endian.
  size_t n = 0;              ///< Limb count, d[n-1] != 0 when n > 0.
  bool neg = false;          ///< Sign (false for zero).
};

/// An output buffer: the result's magnitude is written to d[0..cap); the
/// functions return its normalized length and set *neg.
struct IntOut {
  limb_t *d;  ///< Destination limbs (must not overlap the inputs unless stated).
  bool *neg;  ///< Receives the sign.
};

/// Magnitude limbs of int64 v into buf[2]; returns the IntRef viewing buf.
IntRef int_ref_i64(int64_t v, limb_t buf[2]);

/// Output limbs needed by int_add / int_sub.
inline size_t int_addsub_cap(IntRef a, IntRef b) { return (a.n > b.n ? a.n : b.n) + 1; }
/// out = a + b; returns the result length. out.d may alias a.d or b.d.
size_t int_add(IntRef a, IntRef b, IntOut out);
/// out = a - b; returns the result length. out.d may alias a.d or b.d.
size_t int_sub(IntRef a, IntRef b, IntOut out);
/// Output limbs needed by int_mul.
inline size_t int_mul_cap(IntRef a, IntRef b) { return a.n + b.n; }
/// Scratch limbs needed by int_mul.
size_t int_mul_scratch(IntRef a, IntRef b);
/// out = a * b; returns the result length. out.d must not alias the inputs.
size_t int_mul(IntRef a, IntRef b, IntOut out, limb_t *scratch);
/// Output limbs needed for the quotient of int_divmod.
inline size_t int_div_cap(IntRef a, IntRef b) { return (a.n >= b.n ? a.n - b.n : 0) + 2; }
/// Output limbs needed for the remainder of int_divmod.
inline size_t int_mod_cap(IntRef b) { return b.n + 1; }
/// Scratch limbs needed by int_divmod (schoolbook; for huge operands use BigInt::divmod).
size_t int_divmod_scratch(IntRef a, IntRef b);
/// Floor division: q = a // b, r = a % b (either output may have d == null).
/// Returns zero_division_error if b == 0 (no message; see kMsgDivZero).
BigStatus int_divmod(IntRef a, IntRef b, IntOut q, size_t *qn, IntOut r, size_t *rn, limb_t *scratch);
/// Output limbs needed by int_and / int_or / int_xor.
inline size_t int_bitop_cap(IntRef a, IntRef b) { return (a.n > b.n ? a.n : b.n) + 1; }
/// out = a & b (two's complement semantics for negatives). out.d may alias a.d or b.d.
size_t int_and(IntRef a, IntRef b, IntOut out);
/// out = a | b.
size_t int_or(IntRef a, IntRef b, IntOut out);
/// out = a ^ b.
size_t int_xor(IntRef a, IntRef b, IntOut out);
/// Output limbs needed by int_invert (~a).
inline size_t int_invert_cap(IntRef a) { return a.n + 1; }
/// out = ~a = -a - 1. out.d may alias a.d.
size_t int_invert(IntRef a, IntOut out);
/// Output limbs needed by int_lshift(a, s).
inline size_t int_lshift_cap(IntRef a, uint64_t s) { return a.n + (size_t)(s / 32) + 1; }
/// out = a << s (s >= 0, caller checks the size). out.d must not alias a.d.
size_t int_lshift(IntRef a, uint64_t s, IntOut out);
/// Output limbs needed by int_rshift(a, s).
inline size_t int_rshift_cap(IntRef a, uint64_t s) {
  return (s / 32 < a.n ? a.n - (size_t)(s / 32) : 0) + 1;
}
/// out = a >> s, rounding toward -infinity like Python. out.d may alias a.d.
size_t int_rshift(IntRef a, uint64_t s, IntOut out);
/// Three-way comparison of a and b: -1, 0 or 1.
int int_cmp(IntRef a, IntRef b);
/// Number of bits of |a| (int.bit_length()).
uint64_t int_bit_length(IntRef a);
/// Number of one bits of |a| (int.bit_count()).
uint64_t int_bit_count(IntRef a);
/// True and *v set if a fits in int64_t.
bool int_to_i64(IntRef a, int64_t *v);
/// True and *v set if 0 <= a < 2**64.
bool int_to_u64(IntRef a, uint64_t *v);
/// hash(a) exactly as CPython on 64-bit hosts (modulus 2**61 - 1, -1 maps to -2).
int64_t int_hash(IntRef a);
/// float(a) correctly rounded (half to even); overflow_error if out of range.
BigStatus int_to_double(IntRef a, double *out, BigError *err);
/// a / b (true division) correctly rounded, like CPython.
BigStatus int_truediv(IntRef a, IntRef b, double *out, BigError *err);
/// Exact comparison of int a with double x (NaN compares unordered: returns 2).
int int_cmp_double(IntRef a, double x);
/// to_bytes: writes exactly len bytes; overflow_error as int.to_bytes.
BigStatus int_to_bytes(IntRef a, uint8_t *out, size_t len, bool little_endian, bool is_signed,
                       BigError *err);

/// CPython's exception messages used by this module.
inline constexpr std::string_view kMsgDivZero = "integer division or modulo by zero";
inline constexpr std::string_view kMsgModZero = "integer modulo by zero";
inline constexpr std::string_view kMsgTrueDivZero = "division by zero";

// ---------------------------------------------------------------------------
// BigInt: a malloc-backed integer value.
// ---------------------------------------------------------------------------

/// Sign + magnitude with two inline limbs; ok() is false after an allocation failure.
class BigInt {
public:
  /// Zero.
  BigInt() = default;
  /// From an int64 value.
  BigInt(int64_t v);  // NOLINT: implicit by design, like Python literals
  /// From a 64-bit unsigned value.
  static BigInt from_u64(uint64_t v);
  /// Copy of an IntRef's value.
  static BigInt from_ref(IntRef r);
  /// Copy of limbs (not necessarily normalized) with a sign.
  static BigInt from_limbs(const limb_t *d, size_t n, bool neg);
  /// A value whose allocation failed (ok() == false).
  static BigInt failed();
  /// Copy (may fail: check ok()).
  BigInt(const BigInt &o);
  /// Move (never fails).
  BigInt(BigInt &&o) noexcept;
  /// Copy assignment.
  BigInt &operator=(const BigInt &o);
  /// Move assignment.
  BigInt &operator=(BigInt &&o) noexcept;
  /// Frees the limbs.
  ~BigInt();

  /// False if an allocation failed while computing this value.
  bool ok() const { return !bad_; }
  /// The value as an IntRef (valid while this object is alive and unchanged).
  IntRef ref() const { return {d_, n_, neg_}; }
  /// Implicit view for the int_* functions.
  operator IntRef() const { return ref(); }  // NOLINT
  /// True if negative.
  bool is_neg() const { return neg_; }
  /// True if zero.
  bool is_zero() const { return n_ == 0; }
  /// Limb count of the magnitude.
  size_t size() const { return n_; }
  /// Magnitude limbs.
  const limb_t *limbs() const { return d_; }
  /// True and *v set if the value fits in int64_t.
  bool to_i64(int64_t *v) const { return int_to_i64(ref(), v); }
  /// Sign of the value: -1, 0 or 1.
  int sign() const { return n_ == 0 ? 0 : (neg_ ? -1 : 1); }

  /// Makes room for cap limbs (contents kept); false on allocation failure.
  bool reserve(size_t cap);
  /// Writable limbs (after reserve); finish with set_size.
  limb_t *data() { return d_; }
  /// Sets length (normalizing) and sign after writing data().
  void set_size(size_t n, bool neg);
  /// Marks the value as failed (frees limbs).
  void set_failed();

private:
  limb_t *d_ = inl_;
  uint32_t n_ = 0;
  uint32_t cap_ = 2;
  bool neg_ = false;
  bool bad_ = false;
  limb_t inl_[2] = {0, 0};
};

/// a + b.
BigInt big_add(const BigInt &a, const BigInt &b);
/// a - b.
BigInt big_sub(const BigInt &a, const BigInt &b);
/// a * b.
BigInt big_mul(const BigInt &a, const BigInt &b);
/// -a.
BigInt big_neg(const BigInt &a);
/// abs(a).
BigInt big_abs(const BigInt &a);
/// Divisor limb count from which big_divmod uses recursive (Burnikel-Ziegler) division. Tunable.
extern size_t big_div_recursive_threshold;
/// divmod(a, b) with floor semantics; q or r may be null. Subquadratic for big operands.
BigStatus big_divmod(const BigInt &a, const BigInt &b, BigInt *q, BigInt *r, BigError *err);
/// a // b (message "integer division or modulo by zero").
BigStatus big_floordiv(const BigInt &a, const BigInt &b, BigInt *q, BigError *err);
/// a % b (message "integer modulo by zero").
BigStatus big_mod(const BigInt &a, const BigInt &b, BigInt *r, BigError *err);
/// a ** b; float_result if b < 0 (the caller computes float pow).
BigStatus big_pow(const BigInt &a, const BigInt &b, BigInt *out, BigError *err);
/// pow(a, b, m) with Python's rules (negative b: modular inverse; m == 0: ValueError).
BigStatus big_powmod(const BigInt &a, const BigInt &b, const BigInt &m, BigInt *out, BigError *err);
/// Modular inverse of a modulo m (m != 0); value_error if not invertible.
BigStatus big_invmod(const BigInt &a, const BigInt &m, BigInt *out, BigError *err);
/// gcd(|a|, |b|) (math.gcd).
BigInt big_gcd(const BigInt &a, const BigInt &b);
/// isqrt(a) for a >= 0 (math.isqrt); value_error for negative a.
BigStatus big_isqrt(const BigInt &a, BigInt *out, BigError *err);
/// a << s; value_error "negative shift count" if s < 0, overflow/memory if too big.
BigStatus big_lshift(const BigInt &a, const BigInt &s, BigInt *out, BigError *err);
/// a >> s (floor); value_error "negative shift count" if s < 0.
BigStatus big_rshift(const BigInt &a, const BigInt &s, BigInt *out, BigError *err);
/// a << s for a known non-negative count.
BigInt big_lshift(const BigInt &a, uint64_t s);
/// a >> s for a known non-negative count.
BigInt big_rshift(const BigInt &a, uint64_t s);
/// a & b.
BigInt big_and(const BigInt &a, const BigInt &b);
/// a | b.
BigInt big_or(const BigInt &a, const BigInt &b);
/// a ^ b.
BigInt big_xor(const BigInt &a, const BigInt &b);
/// ~a.
BigInt big_invert(const BigInt &a);
/// Three-way comparison.
inline int big_cmp(const BigInt &a, const BigInt &b) { return int_cmp(a.ref(), b.ref()); }
/// int(x) for a double: truncation; overflow_error for infinities, value_error for NaN.
BigStatus big_from_double(double x, BigInt *out, BigError *err);
/// int.from_bytes(bytes, byteorder, signed=...).
BigInt big_from_bytes(const uint8_t *p, size_t n, bool little_endian, bool is_signed);

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

/// Writes repr(text) (quotes, escapes, at most max_chars code points) to out
/// (cap bytes); returns the length. Used for "invalid literal" messages.
using ReprFn = size_t (*)(std::string_view text, bool is_bytes, size_t max_chars, char *out, size_t cap);

/// Options of big_from_string (int(text, base)).
struct FromStringOptions {
  size_t max_str_digits = kDefaultMaxStrDigits; ///< sys.get_int_max_str_digits(); 0 = no limit.
  bool is_bytes = false;          ///< Text came from bytes/bytearray (message shows b'...').
  std::string_view orig_text{};   ///< Text to quote in messages if not the parsed one (str with Unicode digits).
  ReprFn repr = nullptr;          ///< Repr for messages (null: built-in, exact for ASCII text).
};

/// int(text, base): base 0 or 2..36, surrounding ASCII whitespace, sign,
/// prefixes, underscores, digit limit; errors with CPython's messages.
/// (A str caller first maps Unicode digits/spaces to ASCII and passes the
/// original as opt.orig_text.)
BigStatus big_from_string(std::string_view text, int base, BigInt *out, BigError *err,
                          const FromStringOptions &opt = {});
/// Upper bound of the characters of big_to_chars(a, base, prefix).
size_t big_chars_cap(IntRef a, int base);
/// Writes a in base 2, 8, 10 or 16 (prefix: "0b"/"0o"/"0x" as bin/oct/hex;
/// sign first) into out[0..cap); *len receives the length. Decimal obeys
/// max_str_digits (0 = no limit) with CPython's message.
BigStatus big_to_chars(IntRef a, int base, bool prefix, char *out, size_t cap, size_t *len,
                       BigError *err, size_t max_str_digits = kDefaultMaxStrDigits);
/// str(a) / bin / oct / hex as std::string for tests and tools ("<error>" on failure).
std::string big_to_string(IntRef a, int base = 10, bool prefix = false, size_t max_str_digits = 0);
/// Parses a literal for tests (base 0); a failed BigInt on error.
BigInt big_parse(std::string_view text, int base = 0);

} // namespace molt::rt
