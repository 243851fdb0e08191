// The `_weakref` module (native): the reference type and the counting helpers
// behind lib/weakref.py. The reference objects are runtime/objects/weakref.cpp.
#include "native.h"

using namespace molt::rt;

namespace {

MoltValue w_getweakrefcount(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_weakref.getweakrefcount", n, kw) < 0) return MOLT_ERROR;
  return molt_int_from_i64(static_cast<int64_t>(weakrefCount(a[0])));
}

MoltValue w_getweakrefs(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_weakref.getweakrefs", n, kw) < 0) return MOLT_ERROR;
  return weakrefList(a[0]);
}

MoltValue w_register_exit(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_weakref._register_exit", n, kw) < 0) return MOLT_ERROR;
  registerExitHook(a[0]);
  return MOLT_NONE;
}

} // namespace

namespace molt::rt {

void initWeakrefModule(NativeModuleBuilder &b) {
  readyType(&molt_type_weakref);
  b.add("ref", molt_from_ptr(&molt_type_weakref));
  b.add("ReferenceType", molt_from_ptr(&molt_type_weakref));
  b.addFunc("getweakrefcount", w_getweakrefcount);
  b.addFunc("getweakrefs", w_getweakrefs);
  b.addFunc("_register_exit", w_register_exit);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native__weakref = {"_weakref", molt::rt::initWeakrefModule, nullptr};
}
