// Tests for molt/hash.h. Expected values come from CPython 3.12 on x86-64
// with PYTHONHASHSEED=0 (the Python expression is given with each).
#include "molt/hash.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

using namespace molt::rt;

namespace {

// hash(str) through every entry point: UTF-8 with and without the max code
// point, the canonical array and the streaming hasher; all must agree.
hash_t strHash(const std::u32string &s) {
  std::string utf8;
  char32_t max = 0;
  for (char32_t c : s) {
    max = c > max ? c : max;
    if (c < 0x80) {
      utf8 += char(c);
    } else if (c < 0x800) {
      utf8 += char(0xC0 | (c >> 6));
      utf8 += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      utf8 += char(0xE0 | (c >> 12));
      utf8 += char(0x80 | ((c >> 6) & 0x3F));
      utf8 += char(0x80 | (c & 0x3F));
    } else {
      utf8 += char(0xF0 | (c >> 18));
      utf8 += char(0x80 | ((c >> 12) & 0x3F));
      utf8 += char(0x80 | ((c >> 6) & 0x3F));
      utf8 += char(0x80 | (c & 0x3F));
    }
  }
  hash_t h = hashStrUtf8(utf8, max);
  EXPECT_EQ(hashStrUtf8(utf8.data(), utf8.size()), h);
  SipHasher sip;
  if (max < 0x100) {
    std::vector<uint8_t> a(s.begin(), s.end());
    EXPECT_EQ(hashStrLatin1(a.data(), a.size()), h);
    for (char32_t c : s)
      sip.addByte(uint8_t(c));
  } else if (max < 0x10000) {
    std::u16string a(s.begin(), s.end());
    EXPECT_EQ(hashStrUcs2(a.data(), a.size()), h);
    for (char32_t c : s)
      sip.addU16(uint16_t(c));
  } else {
    EXPECT_EQ(hashStrUcs4(s.data(), s.size()), h);
    for (char32_t c : s)
      sip.addU32(uint32_t(c));
  }
  EXPECT_EQ(sip.finish(), h);
  return h;
}

hash_t floatHash(double d) { return hashDouble(d); }

} // namespace

TEST(RtHash, HashInfo) {
  // sys.hash_info: modulus=2305843009213693951, inf=314159, imag=1000003
  EXPECT_EQ(kHashModulus, 2305843009213693951LL);
  EXPECT_EQ(kHashInf, 314159);
  EXPECT_EQ(kHashImag, 1000003);
}

TEST(RtHash, Bytes) {
  EXPECT_EQ(hashBytes("", 0), 0);                                       // hash(b"")
  EXPECT_EQ(hashBytes("abc", 3), -4594863902769663758LL);               // hash(b"abc")
  EXPECT_EQ(hashBytes(std::string(8, '\0')), -4800647303603446203LL);  // hash(b"\x00"*8)
  std::string all;
  for (int i = 0; i < 256; ++i)
    all += char(i);
  EXPECT_EQ(hashBytes(all), 3579909164457460488LL); // hash(bytes(range(256)))
  SipHasher sip;
  sip.addBytes(all.data(), 100);
  sip.addBytes(all.data() + 100, 156);
  EXPECT_EQ(sip.finish(), 3579909164457460488LL);
  EXPECT_EQ(SipHasher().finish(), 0);
}

TEST(RtHash, SipHashKey) {
  // With PYTHONHASHSEED=1 the secret is 29 23 be 84 e1 6c d6 ae | 52 90 49 f1 f1 bb e9 eb.
  uint64_t k0 = 0xaed66ce184be2329ULL, k1 = 0xebe9bbf1f1499052ULL;
  EXPECT_EQ(int64_t(siphash13(k0, k1, "a", 1)), -3012895188637184397LL);  // hash('a')
  EXPECT_EQ(int64_t(siphash13(k0, k1, "hello world, siphash", 20)),
            6430727295675845588LL);                                       // hash(b'hello world, siphash')
  const unsigned char euro[] = {0xAC, 0x20};
  EXPECT_EQ(int64_t(siphash13(k0, k1, euro, 2)), 4443362316794630049LL);  // hash('€')
  // PYTHONHASHSEED=0: the zero key.
  EXPECT_EQ(int64_t(siphash13(0, 0, "abc", 3)), -4594863902769663758LL);
}

TEST(RtHash, Str) {
  EXPECT_EQ(strHash(U""), 0);                                   // hash("")
  EXPECT_EQ(strHash(U"a"), 4644417185603328019LL);              // hash("a")
  EXPECT_EQ(strHash(U"abc"), -4594863902769663758LL);           // hash("abc") == hash(b"abc")
  EXPECT_EQ(strHash(U"abcdefgh"), 4574395652268504554LL);       // hash("abcdefgh")
  EXPECT_EQ(strHash(U"hello, world!"), 6166252634391379154LL);  // hash("hello, world!")
  EXPECT_EQ(strHash(U"\u00e9"), 6047309291227476195LL);         // hash("é")
  EXPECT_EQ(strHash(U"caf\u00e9"), 137524001917817222LL);       // hash("café")
  EXPECT_EQ(strHash(U"\u00df"), -4871508398490012646LL);        // hash("ß")
  EXPECT_EQ(strHash(U"\u20ac"), -5529981157763016009LL);        // hash("€")
  EXPECT_EQ(strHash(U"x\u20acy"), -212249939910164777LL);       // hash("x€y")
  EXPECT_EQ(strHash(U"\U0001F600"), -3536540696076613844LL);    // hash("😀")
  EXPECT_EQ(strHash(U"a\U0001F600b"), -7541021549821082252LL);  // hash("a😀b")
  EXPECT_EQ(strHash(std::u32string(9, 0xFF)), -2129700217430894956LL);  // hash("ÿ"*9)
  EXPECT_EQ(strHash(std::u32string(5, 0x100)), 3832052858082358515LL);  // hash("Ā"*5)
  // Lone surrogates (WTF-8 ED A0 80 / ED BF BF).
  EXPECT_EQ(strHash(std::u32string(1, char32_t(0xD800))), 5926611903945376553LL);  // hash("\ud800")
  std::u32string s2 = {char32_t(0xDFFF), 0};
  EXPECT_EQ(strHash(s2), 4411591534495596657LL);  // hash("\udfff\x00")
  EXPECT_EQ(hashStrUtf8("\xED\xA0\x80", 3, 0xD800), 5926611903945376553LL);
}

TEST(RtHash, Int) {
  EXPECT_EQ(hashInt64(0), 0);
  EXPECT_EQ(hashInt64(1), 1);
  EXPECT_EQ(hashInt64(-1), -2);  // hash(-1)
  EXPECT_EQ(hashInt64(-2), -2);  // hash(-2)
  EXPECT_EQ(hashInt64((int64_t(1) << 61) - 1), 0);     // hash(2**61-1)
  EXPECT_EQ(hashInt64(int64_t(1) << 61), 1);           // hash(2**61)
  EXPECT_EQ(hashInt64(-(int64_t(1) << 61)), -2);       // hash(-(2**61))
  EXPECT_EQ(hashInt64(INT64_MAX), 3);                  // hash(2**63-1)
  EXPECT_EQ(hashInt64(INT64_MIN), -4);                 // hash(-2**63)
  EXPECT_EQ(hashUInt64(UINT64_MAX, false), 7);         // hash(2**64-1)
  EXPECT_EQ(hashUInt64(uint64_t(1) << 63, true), -4);  // hash(-2**63)
  static_assert(hashInt64(12345) == 12345);

  uint32_t two64[] = {0, 0, 1};
  EXPECT_EQ(hashBigInt(two64, 3, false), 8);  // hash(2**64)
  uint32_t two100[] = {0, 0, 0, 16};
  EXPECT_EQ(hashBigInt(two100, 4, false), 549755813888LL);  // hash(2**100)
  EXPECT_EQ(hashBigInt(two100, 4, true), -549755813888LL);  // hash(-(2**100))
  uint64_t ten30[] = {0x4674EDEA40000000ULL, 0xC9F2C9CD0ULL};
  EXPECT_EQ(hashBigInt(ten30, 2, false), 465258685558744706LL);  // hash(10**30)
  // 12345678901234567890123 == 0x29D_42B64E76_714244CB
  uint32_t big[] = {0x714244CB, 0x42B64E76, 0x29D};
  EXPECT_EQ(hashBigInt(big, 3, false), 195429904450476469LL);  // hash(12345678901234567890123)
  uint32_t withZeros[] = {5, 0, 0, 0};
  EXPECT_EQ(hashBigInt(withZeros, 4, false), 5);
  uint32_t minusOne[] = {1};
  EXPECT_EQ(hashBigInt(minusOne, 1, true), -2);
}

TEST(RtHash, Float) {
  EXPECT_EQ(floatHash(0.0), 0);
  EXPECT_EQ(floatHash(-0.0), 0);
  EXPECT_EQ(floatHash(1.0), 1);
  EXPECT_EQ(floatHash(-1.0), -2);                        // hash(-1.0)
  EXPECT_EQ(floatHash(1.5), 1152921504606846977LL);      // hash(1.5)
  EXPECT_EQ(floatHash(-1.5), -1152921504606846977LL);    // hash(-1.5)
  EXPECT_EQ(floatHash(0.1), 230584300921369408LL);       // hash(0.1)
  EXPECT_EQ(floatHash(1e308), 156575653125701LL);        // hash(1e308)
  EXPECT_EQ(floatHash(5e-324), 16777216);                // hash(5e-324)
  EXPECT_EQ(floatHash(3 * 5e-324), 50331648);            // hash(2.0**-1074*3)
  EXPECT_EQ(floatHash(2305843009213693952.0), 1);        // hash(2.0**61)
  EXPECT_EQ(floatHash(1e100), 1822893315824342674LL);    // hash(1e100)
  EXPECT_EQ(floatHash(3.14), 322818021289917443LL);      // hash(3.14)
  EXPECT_EQ(floatHash(-2.5e-300), -52920977297143526LL); // hash(-2.5e-300)
  EXPECT_EQ(floatHash(std::numeric_limits<double>::infinity()), 314159);    // hash(float("inf"))
  EXPECT_EQ(floatHash(-std::numeric_limits<double>::infinity()), -314159);  // hash(float("-inf"))
  EXPECT_EQ(floatHash(std::nan("")), 0);  // NaN: the caller uses the identity hash
  // Integral floats hash like the equal int.
  EXPECT_EQ(floatHash(9007199254740993.0), hashInt64(9007199254740992));
  EXPECT_EQ(floatHash(-123456789.0), hashInt64(-123456789));
}

TEST(RtHash, Complex) {
  EXPECT_EQ(hashComplex(floatHash(0), floatHash(1)), 1000003);                    // hash(1j)
  EXPECT_EQ(hashComplex(floatHash(1), floatHash(2)), 2000007);                    // hash(complex(1,2))
  EXPECT_EQ(hashComplex(floatHash(-1), floatHash(0)), -2);                        // hash(complex(-1,0))
  EXPECT_EQ(hashComplex(floatHash(0), floatHash(-1)), -2000006);                  // hash(complex(0,-1))
  EXPECT_EQ(hashComplex(floatHash(1.5), floatHash(-2.25)), -576460752305423493LL);  // hash(complex(1.5,-2.25))
  EXPECT_EQ(hashComplex(kHashInf, floatHash(1)), 1314162);  // hash(complex(float("inf"),1))
}

TEST(RtHash, Tuple) {
  EXPECT_EQ(hashTuple(nullptr, 0), 5740354900026072187LL);  // hash(())
  hash_t oneTwo[] = {1, 2};
  EXPECT_EQ(hashTuple(oneTwo, 2), -3550055125485641917LL);  // hash((1,2))
  hash_t one[] = {1};
  hash_t nested[] = {hashTuple(one, 1), strHash(U"a")};
  EXPECT_EQ(hashTuple(nested, 2), 8648845253562061438LL);  // hash(((1,),"a"))
  hash_t minusOne[] = {hashInt64(-1)};
  EXPECT_EQ(hashTuple(minusOne, 1), 8078679518589016365LL);  // hash((-1,))
  hash_t none[] = {kHashNone};
  EXPECT_EQ(hashTuple(none, 1), 9181102132670838864LL);  // hash((None,))
  hash_t h = hashTuple(nullptr, 0);
  for (int depth = 0; depth < 3; ++depth)
    h = hashTuple(&h, 1);
  EXPECT_EQ(h, -2010042300121347165LL);  // hash(((((),),),))
  hash_t mixed[] = {1, floatHash(2.0), strHash(U"x"), hashBytes("y", 1)};
  EXPECT_EQ(hashTuple(mixed, 4), -6122244330682961469LL);  // hash((1,2.0,"x",b"y"))
  hash_t bools[] = {kHashTrue, kHashFalse, kHashNone};
  EXPECT_EQ(hashTuple(bools, 3), -6721383568238688696LL);  // hash((True,False,None))
  std::vector<hash_t> zeros(10, 0);
  EXPECT_EQ(hashTuple(zeros.data(), zeros.size()), -7222447081605638768LL);  // hash((0,)*10)
  TupleHasher th;
  th.add(1);
  th.add(2);
  EXPECT_EQ(th.finish(2), -3550055125485641917LL);
}

TEST(RtHash, Frozenset) {
  EXPECT_EQ(hashFrozenset(nullptr, 0), 133146708735736LL);  // hash(frozenset())
  hash_t oneTwoThree[] = {3, 1, 2};                         // any order
  EXPECT_EQ(hashFrozenset(oneTwoThree, 3), -272375401224217160LL);  // hash(frozenset({1,2,3}))
  hash_t minusOne[] = {hashInt64(-1)};
  EXPECT_EQ(hashFrozenset(minusOne, 1), 6776983852052281967LL);  // hash(frozenset({-1}))
  hash_t ab[] = {strHash(U"b"), strHash(U"a")};
  EXPECT_EQ(hashFrozenset(ab, 2), 1679668661828516449LL);  // hash(frozenset({"a","b"}))
  hash_t empty[] = {hashFrozenset(nullptr, 0)};
  EXPECT_EQ(hashFrozenset(empty, 1), -6993584179861130285LL);  // hash(frozenset({frozenset()}))
  hash_t tupleAnd3[] = {3, hashTuple(std::vector<hash_t>{1, 2}.data(), 2)};
  EXPECT_EQ(hashFrozenset(tupleAnd3, 2), 4163603532552755580LL);  // hash(frozenset({(1,2),3}))
  FrozensetHasher fh;
  for (int i = 99; i >= 0; --i)
    fh.add(i);
  EXPECT_EQ(fh.finish(100), 4411996150312757951LL);  // hash(frozenset(range(100)))
}

TEST(RtHash, Singletons) {
  EXPECT_EQ(kHashNone, 4238894112LL);  // hash(None) (constant since 3.12)
  EXPECT_EQ(kHashTrue, 1);             // hash(True)
  EXPECT_EQ(kHashFalse, 0);            // hash(False)
}

TEST(RtHash, Pointer) {
  // object.__hash__: address rotated right by 4 bits.
  auto *p = reinterpret_cast<const void *>(uintptr_t(0x12340));
  EXPECT_EQ(hashPointer(p), 0x1234);
  auto *q = reinterpret_cast<const void *>(uintptr_t(0x12345));
  uintptr_t rotated = (uintptr_t(0x12345) >> 4) | (uintptr_t(5) << (8 * sizeof(uintptr_t) - 4));
  EXPECT_EQ(hashPointer(q), hash_t(intptr_t(rotated)));
}

TEST(RtHash, MulPow2ModP) {
  EXPECT_EQ(mulPow2ModP(1, 61), 1u);
  EXPECT_EQ(mulPow2ModP(1, 60), uint64_t(1) << 60);
  EXPECT_EQ(mulPow2ModP(uint64_t(1) << 60, 1), 1u);
  EXPECT_EQ(mulPow2ModP(3, 122), 3u);
}
