// NaN-boxing: every kind of value round-trips and is told apart by its tag.
#include "molt/value.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using molt::rt::Value;

TEST(RtValue, FloatsRoundTrip) {
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324,
                   std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    Value v = Value::fromFloat(d);
    EXPECT_TRUE(v.isFloat());
    EXPECT_FALSE(v.isPtr() || v.isSmallInt() || v.isBool() || v.isNone() || v.isError());
    EXPECT_EQ(std::signbit(v.asFloat()), std::signbit(d));
    EXPECT_EQ(v.asFloat(), d);
  }
}

TEST(RtValue, NaNsAreCanonicalAndStayFloats) {
  // A negative NaN with a payload would otherwise collide with the tag space.
  uint64_t raw = 0xFFFD000000000001ull;
  double d;
  std::memcpy(&d, &raw, sizeof d);
  Value v = Value::fromFloat(d);
  EXPECT_TRUE(v.isFloat());
  EXPECT_FALSE(v.isError());
  EXPECT_TRUE(std::isnan(v.asFloat()));
  EXPECT_EQ(v.bits, Value::kCanonicalNaN);
}

TEST(RtValue, SmallIntsRoundTripAtTheEdges) {
  for (int64_t i : {int64_t(0), int64_t(1), int64_t(-1), int64_t(123456789),
                    Value::kSmallIntMin, Value::kSmallIntMax}) {
    ASSERT_TRUE(Value::fitsSmallInt(i));
    Value v = Value::fromSmallInt(i);
    EXPECT_TRUE(v.isSmallInt());
    EXPECT_FALSE(v.isFloat());
    EXPECT_EQ(v.asSmallInt(), i);
  }
  EXPECT_FALSE(Value::fitsSmallInt(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fitsSmallInt(Value::kSmallIntMin - 1));
}

TEST(RtValue, SingletonsAreDistinct) {
  Value t = Value::fromBool(true), f = Value::fromBool(false);
  EXPECT_TRUE(t.isBool() && t.asBool());
  EXPECT_TRUE(f.isBool() && !f.asBool());
  EXPECT_TRUE(Value::none().isNone());
  EXPECT_TRUE(Value::error().isError());
  EXPECT_FALSE(Value::none() == Value::error());
  EXPECT_FALSE(Value::fromSmallInt(0) == f); // 0 and False are different objects
}

TEST(RtValue, PointersRoundTrip) {
  alignas(16) static char storage[16];
  auto *obj = reinterpret_cast<molt::rt::Object *>(storage);
  Value v = Value::fromPtr(obj);
  EXPECT_TRUE(v.isPtr());
  EXPECT_FALSE(v.isFloat());
  EXPECT_EQ(v.asPtr(), obj);
}
