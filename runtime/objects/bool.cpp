// The bool type: the inline values True and False, a subtype of int. It
// reuses int's slots except &, | and ^ (bool op bool gives a bool) and repr.
#include "molt/intobject.h"
#include "molt/molt.h"
#include "molt/object.h"
#include "number_internal.h"

namespace molt::rt::num {

namespace {

MoltValue boolAnd(MoltValue a, MoltValue b) {
  if (molt_is_bool(a) && molt_is_bool(b)) return molt_bool((int)(a & b & 1));
  return intAnd(a, b);
}

MoltValue boolOr(MoltValue a, MoltValue b) {
  if (molt_is_bool(a) && molt_is_bool(b)) return molt_bool((int)((a | b) & 1));
  return intOr(a, b);
}

MoltValue boolXor(MoltValue a, MoltValue b) {
  if (molt_is_bool(a) && molt_is_bool(b)) return molt_bool((int)((a ^ b) & 1));
  return intXor(a, b);
}

MoltValue boolRepr(MoltValue a) { return strFromUtf8((a & 1) ? "True" : "False"); }

MoltValue boolTypeNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0)
    return molt_raise_fmt(&molt_type_TypeError, "bool() takes no keyword arguments");
  if (nargs > 1)
    return molt_raise_fmt(&molt_type_TypeError, "bool expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return MOLT_FALSE;
  int t = molt_truthy(args[0]);
  if (t < 0) return MOLT_ERROR;
  return molt_bool(t);
}

// `pow` (the ** operator, pow(), __pow__) is filled by molt_use_bool_pow, which the
// generated main calls when the program can raise to a power (Features.cpp).
constinit NumberSlots kBoolNumber = {
    .add = intAdd,
    .sub = intSub,
    .mul = intMul,
    .truediv = intTrueDiv,
    .floordiv = intFloorDiv,
    .mod = intMod,
    .divmod = intDivmod,
    .lshift = intLshift,
    .rshift = intRshift,
    .and_ = boolAnd,
    .or_ = boolOr,
    .xor_ = boolXor,
    .matmul = nullptr,
    .pow = nullptr, // molt_use_bool_pow
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

const MethodDef kBoolMethods[] = {
    {nullptr, nullptr, 0},
};

} // namespace

} // namespace molt::rt::num

// Fields added to MoltType later default to zero.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
MoltType molt_type_bool = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "bool",
    .base = &molt_type_int,
    .flags = molt::rt::kTypeImmutable | molt::rt::kTypeIntSubclass,
    .basicsize = 0,
    .dealloc = nullptr,
    .traverse = nullptr,
    .repr = molt::rt::num::boolRepr,
    .str = nullptr,
    .hash = molt::rt::num::intHash,
    .richcompare = molt::rt::num::intRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &molt::rt::num::kBoolNumber,
    .container = nullptr,
    .methods = molt::rt::num::kBoolMethods,
    .getsets = nullptr,
    .new_ = molt::rt::num::boolTypeNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "Returns True when the argument is true, False otherwise.",
};

extern "C" void molt_use_bool_pow(void) {
  using namespace molt::rt;
  using namespace molt::rt::num;
  kBoolNumber.pow = intPow;
}
