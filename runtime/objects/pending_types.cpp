// Type objects named by molt.h whose behaviour lands with classes (issue 4):
// property, staticmethod, classmethod, super, and memoryview. They exist so
// that the builtin namespace and isinstance checks are complete; the compiler
// refuses programs that use these names ("not supported yet"), so calling
// them is unreachable from compiled code. Calling one from the runtime raises
// NotImplementedError naming the type rather than misbehaving.
#include "molt/object.h"

using namespace molt::rt;

namespace {

MoltValue pendingNew(MoltType *type, const MoltValue *, size_t, MoltValue) {
  return molt_raise_fmt(&molt_type_NotImplementedError, "%s() is not supported yet", type->name);
}

}  // namespace

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

MOLT_PENDING_TYPE(property)
MOLT_PENDING_TYPE(staticmethod)
MOLT_PENDING_TYPE(classmethod)
MOLT_PENDING_TYPE(super)
MOLT_PENDING_TYPE(memoryview)
