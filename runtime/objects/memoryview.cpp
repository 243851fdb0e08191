// memoryview: named by molt.h but not implemented yet. The type exists so
// that the builtin namespace and isinstance checks are complete; calling it
// raises NotImplementedError naming the type rather than misbehaving.
#include "molt/object.h"

using namespace molt::rt;

namespace {

MoltValue pendingNew(MoltType *type, const MoltValue *, size_t, MoltValue) {
  return molt_raise_fmt(&molt_type_NotImplementedError, "%s() is not supported yet", type->name);
}

} // namespace

#define MOLT_PENDING_TYPE(NAME)                                                                    \
  MoltType molt_type_##NAME = {                                                                    \
      .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},                                               \
      .name = #NAME,                                                                               \
      .base = &molt_type_object,                                                                   \
      .flags = kTypeImmutable,                                                                     \
      .basicsize = 0,                                                                              \
      .dealloc = nullptr,                                                                          \
      .traverse = nullptr,                                                                         \
      .repr = nullptr,                                                                             \
      .str = nullptr,                                                                              \
      .hash = nullptr,                                                                             \
      .richcompare = nullptr,                                                                      \
      .getattr = nullptr,                                                                          \
      .setattr = nullptr,                                                                          \
      .call = nullptr,                                                                             \
      .iter = nullptr,                                                                             \
      .iternext = nullptr,                                                                         \
      .number = nullptr,                                                                           \
      .container = nullptr,                                                                        \
      .methods = nullptr,                                                                          \
      .getsets = nullptr,                                                                          \
      .new_ = pendingNew,                                                                          \
      .dict = MOLT_NONE,                                                                           \
      .mro = MOLT_NONE,                                                                            \
      .doc = nullptr,                                                                              \
      .descr_get = nullptr,                                                                        \
      .descr_set = nullptr,                                                                        \
      .dictoffset = 0,                                                                             \
  };

MOLT_PENDING_TYPE(memoryview)
