// Driver for tests/rt/settable_diff.py: runs set operation scripts on
// molt::rt::SetTable (ints and strs, hashed like CPython 3.12 with
// PYTHONHASHSEED=0) and prints iteration orders. One case per input line;
// the output of each case is one line. See settable_diff.py for the format.
#include "molt/settable.h"
#include "molt/hash.h"

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace molt::rt;

namespace {

struct Key {
  bool isStr = false;
  int64_t i = 0;
  std::string s;
};

int keyEq(const Key &a, const Key &b) {
  if (a.isStr != b.isStr) return 0;
  return a.isStr ? a.s == b.s : a.i == b.i;
}

Key parseKey(const std::string &tok) {
  Key k;
  if (tok[0] == 's') {
    k.isStr = true;
    k.s = tok.substr(1);
  } else {
    k.i = std::stoll(tok.substr(1));
  }
  return k;
}

hash_t keyHash(const Key &k) {
  return k.isStr ? hashStrUtf8(k.s.data(), k.s.size()) : hashInt64(k.i);
}

std::string keyTok(const Key &k) { return k.isStr ? "s" + k.s : "i" + std::to_string(k.i); }

using Set = SetTable<Key>;

void check(int r) {
  if (r < 0) {
    std::printf("ERROR %d\n", r);
    std::exit(2);
  }
}

}  // namespace

int main() {
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::vector<Set> sets(26);
    std::string op, out;
    auto S = [&](std::string &n) -> Set & { return sets[size_t(n[0] - 'A')]; };
    auto readList = [&]() {
      size_t n;
      in >> n;
      std::vector<Key> v(n);
      for (auto &k : v) {
        std::string t;
        in >> t;
        k = parseKey(t);
      }
      return v;
    };
    while (in >> op) {
      std::string x, y, z;
      if (op == "N") {
        in >> x;
        S(x) = Set();
      } else if (op == "a" || op == "d") {
        std::string t;
        in >> x >> t;
        Key k = parseKey(t);
        check(op == "a" ? S(x).add(k, keyHash(k), keyEq) : S(x).discard(k, keyHash(k), keyEq));
      } else if (op == "p") {
        in >> x;
        Key k;
        if (S(x).pop(k))
          out += "P" + keyTok(k) + " ";
        else
          out += "P- ";
      } else if (op == "c") {
        in >> x;
        S(x).clear();
      } else if (op == "L") {  // {k1, k2, ...} display
        in >> x;
        auto v = readList();
        Set &s = S(x);
        s = Set();
        if (v.size() < 3) {
          for (auto &k : v) check(s.add(k, keyHash(k), keyEq));
        } else {
          // CPython 3.12 compiling from source (no .pyc), int constants only:
          // the constants are folded into a frozenset (built by adds), which
          // the compiler's constant merging re-creates once from its own
          // iteration order; then BUILD_SET + SET_UPDATE merge it into the
          // new set (observed experimentally; with str constants the number
          // of re-creations depends on interning, see settable_diff.py).
          Set f1, f2;
          for (auto &k : v) check(f1.add(k, keyHash(k), keyEq));
          f1.forEach([&](const Key &k, hash_t h) { check(f2.add(k, h, keyEq)); });
          check(s.merge(f2, keyEq));
        }
      } else if (op == "l") {  // update from a list
        in >> x;
        for (auto &k : readList()) check(S(x).add(k, keyHash(k), keyEq));
      } else if (op == "D") {  // update from a dict (keys distinct, in order)
        in >> x;
        auto v = readList();
        if (!S(x).presizeForDict(v.size())) check(kSetNoMemory);
        for (auto &k : v) check(S(x).add(k, keyHash(k), keyEq));
      } else if (op == "s") {  // difference_update with a list
        in >> x;
        for (auto &k : readList()) check(S(x).discard(k, keyHash(k), keyEq));
        if (!S(x).compactAfterDifference()) check(kSetNoMemory);
      } else if (op == "u" || op == "i" || op == "m" || op == "x") {
        in >> x >> y >> z;
        Set r;
        if (op == "u") check(setUnion(r, S(y), S(z), keyEq));
        if (op == "i") check(setIntersection(r, S(y), S(z), keyEq));
        if (op == "m") check(setDifference(r, S(y), S(z), keyEq));
        if (op == "x") check(setSymmetricDifference(r, S(y), S(z), keyEq));
        S(x) = std::move(r);
      } else if (op == "y") {
        in >> x >> y;
        Set r;
        check(setCopy(r, S(y), keyEq));
        S(x) = std::move(r);
      } else if (op == "U") {
        in >> x >> y;
        check(S(x).merge(S(y), keyEq));
      } else if (op == "I") {
        in >> x >> y;
        check(setIntersectionUpdate(S(x), S(y), keyEq));
      } else if (op == "M") {
        in >> x >> y;
        check(S(x).differenceUpdate(S(y), keyEq));
      } else if (op == "X") {
        in >> x >> y;
        check(S(x).symmetricDifferenceUpdate(S(y), keyEq));
      } else if (op == "P") {
        in >> x;
        out += "[";
        S(x).forEach([&](const Key &k, hash_t) { out += keyTok(k) + " "; });
        out += "] ";
      } else {
        std::printf("BAD OP %s\n", op.c_str());
        return 2;
      }
    }
    std::printf("%s\n", out.c_str());
  }
  return 0;
}
