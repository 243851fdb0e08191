// Differential-test driver for molt/bigint.h: reads one operation per line
// from stdin and prints one result line. Integers are exchanged in hex
// (format(x, 'x') in Python); floats as C99 hex floats. Errors print
// "ERR <Type>: <message>". Driven by tests/rt/bigint_diff.py.
//
//   op a [b [c]]   with op one of: add sub mul floordiv mod divmod pow powmod
//   lshift rshift and or xor invert neg abs cmp bitlen bitcount hash tofloat
//   truediv cmpfloat fromfloat tobytes frombytes str parse hex bin oct toi64
//   gcd isqrt invmod
#include "molt/bigint.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace molt::rt;

static const char *status_name(BigStatus s) {
  switch (s) {
  case BigStatus::ok: return "ok";
  case BigStatus::value_error: return "ValueError";
  case BigStatus::overflow_error: return "OverflowError";
  case BigStatus::zero_division_error: return "ZeroDivisionError";
  case BigStatus::memory_error: return "MemoryError";
  case BigStatus::float_result: return "FloatResult";
  }
  return "?";
}

static BigInt H(const std::string &s) {
  BigInt r;
  FromStringOptions o;
  o.max_str_digits = 0;
  if (big_from_string(s, 16, &r, nullptr, o) != BigStatus::ok) {
    std::fprintf(stderr, "driver: bad operand %s\n", s.c_str());
    std::exit(2);
  }
  return r;
}

static std::string hexs(const BigInt &x) {
  if (!x.ok()) return "<failed>";
  return big_to_string(x, 16, false, 0);
}

static void err_line(std::string &out, BigStatus st, const BigError &e) {
  out += "ERR ";
  out += status_name(st);
  out += ": ";
  out.append(e.message());
}

static std::string unhex_bytes(const std::string &h, std::vector<uint8_t> &v) {
  v.clear();
  for (size_t i = 0; i + 1 < h.size(); i += 2) v.push_back((uint8_t)std::strtoul(h.substr(i, 2).c_str(), nullptr, 16));
  return h;
}

static std::string fmt_double(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", d);
  return buf;
}

int main() {
  std::ios::sync_with_stdio(false);
  // Small thresholds stress the recursive algorithms on small operands.
  if (const char *k = std::getenv("MOLT_KARATSUBA"); k && *k) limbs::karatsuba_threshold = std::strtoul(k, nullptr, 10);
  if (const char *k = std::getenv("MOLT_BZ"); k && *k) big_div_recursive_threshold = std::strtoul(k, nullptr, 10);
  std::string line, out;
  while (std::getline(std::cin, line)) {
    std::istringstream is(line);
    std::string op, s1, s2, s3;
    is >> op >> s1 >> s2 >> s3;
    out.clear();
    BigError e;
    BigStatus st = BigStatus::ok;
    if (op == "add") out = hexs(big_add(H(s1), H(s2)));
    else if (op == "sub") out = hexs(big_sub(H(s1), H(s2)));
    else if (op == "mul") out = hexs(big_mul(H(s1), H(s2)));
    else if (op == "neg") out = hexs(big_neg(H(s1)));
    else if (op == "abs") out = hexs(big_abs(H(s1)));
    else if (op == "and") out = hexs(big_and(H(s1), H(s2)));
    else if (op == "or") out = hexs(big_or(H(s1), H(s2)));
    else if (op == "xor") out = hexs(big_xor(H(s1), H(s2)));
    else if (op == "invert") out = hexs(big_invert(H(s1)));
    else if (op == "cmp") out = std::to_string(big_cmp(H(s1), H(s2)));
    else if (op == "bitlen") out = std::to_string(int_bit_length(H(s1)));
    else if (op == "bitcount") out = std::to_string(int_bit_count(H(s1)));
    else if (op == "hash") out = std::to_string(int_hash(H(s1)));
    else if (op == "gcd") out = hexs(big_gcd(H(s1), H(s2)));
    else if (op == "toi64") {
      int64_t v;
      out = H(s1).to_i64(&v) ? std::to_string(v) : "none";
    } else if (op == "floordiv" || op == "mod" || op == "divmod") {
      BigInt q, r;
      if (op == "floordiv") st = big_floordiv(H(s1), H(s2), &q, &e);
      else if (op == "mod") st = big_mod(H(s1), H(s2), &r, &e);
      else st = big_divmod(H(s1), H(s2), &q, &r, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else if (op == "floordiv") out = hexs(q);
      else if (op == "mod") out = hexs(r);
      else out = hexs(q) + " " + hexs(r);
    } else if (op == "pow" || op == "powmod" || op == "invmod" || op == "isqrt" ||
               op == "lshift" || op == "rshift") {
      BigInt r;
      if (op == "pow") st = big_pow(H(s1), H(s2), &r, &e);
      else if (op == "powmod") st = big_powmod(H(s1), H(s2), H(s3), &r, &e);
      else if (op == "invmod") st = big_invmod(H(s1), H(s2), &r, &e);
      else if (op == "isqrt") st = big_isqrt(H(s1), &r, &e);
      else if (op == "lshift") st = big_lshift(H(s1), H(s2), &r, &e);
      else st = big_rshift(H(s1), H(s2), &r, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out = hexs(r);
    } else if (op == "tofloat") {
      double d;
      st = int_to_double(H(s1), &d, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out = fmt_double(d);
    } else if (op == "truediv") {
      double d;
      st = int_truediv(H(s1), H(s2), &d, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out = fmt_double(d);
    } else if (op == "cmpfloat") {
      out = std::to_string(int_cmp_double(H(s1), std::strtod(s2.c_str(), nullptr)));
    } else if (op == "fromfloat") {
      BigInt r;
      st = big_from_double(std::strtod(s1.c_str(), nullptr), &r, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out = hexs(r);
    } else if (op == "tobytes") {
      // tobytes x len little signed
      BigInt x = H(s1);
      size_t len = std::strtoul(s2.c_str(), nullptr, 10);
      bool little = s3[0] == 'l', sgn = s3.size() > 1 && s3[1] == 's';
      std::vector<uint8_t> buf(len + 1);
      st = int_to_bytes(x, buf.data(), len, little, sgn, &e);
      if (st != BigStatus::ok) err_line(out, st, e);
      else {
        char h[3];
        out = "b";
        for (size_t i = 0; i < len; ++i) { std::snprintf(h, 3, "%02x", buf[i]); out += h; }
      }
    } else if (op == "frombytes") {
      // frombytes hexbytes(or '-') flags
      std::vector<uint8_t> v;
      if (s1 != "-") unhex_bytes(s1, v);
      bool little = s2[0] == 'l', sgn = s2.size() > 1 && s2[1] == 's';
      out = hexs(big_from_bytes(v.data(), v.size(), little, sgn));
    } else if (op == "str" || op == "hex" || op == "bin" || op == "oct") {
      BigInt x = H(s1);
      int base = op == "str" ? 10 : op == "hex" ? 16 : op == "bin" ? 2 : 8;
      size_t lim = s2.empty() ? kDefaultMaxStrDigits : std::strtoul(s2.c_str(), nullptr, 10);
      size_t cap = big_chars_cap(x, base), len = 0;
      std::string buf(cap, '\0');
      st = big_to_chars(x, base, base != 10, buf.data(), cap, &len, &e, lim);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out.assign(buf.data(), len);
    } else if (op == "parse") {
      // parse <hex-encoded text bytes or '-'> base [limit]
      std::vector<uint8_t> v;
      if (s1 != "-") unhex_bytes(s1, v);
      std::string text(v.begin(), v.end());
      int base = std::atoi(s2.c_str());
      FromStringOptions o;
      if (!s3.empty()) o.max_str_digits = std::strtoul(s3.c_str(), nullptr, 10);
      BigInt r;
      st = big_from_string(text, base, &r, &e, o);
      if (st != BigStatus::ok) err_line(out, st, e);
      else out = hexs(r);
    } else {
      out = "?unknown op " + op;
    }
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
