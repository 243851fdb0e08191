// staticmethod: a descriptor returning the wrapped callable unchanged
// (callable itself since 3.10; copies __name__/__qualname__/__doc__/
// __module__ of the callable into its __dict__ like functools.wraps).
#include "funcwrapper.h"

using namespace molt::rt;

namespace {

MoltValue smNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return funcWrapperNew("staticmethod", type, args, nargs, kwnames);
}

MoltValue smGet(MoltValue self, MoltValue, MoltType *) {
  return molt_newref(funcWrapperFunc(self));
}

MoltValue smCall(MoltValue self, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return molt_call(funcWrapperFunc(self), args, nargs, kwnames);
}

MoltValue smRepr(MoltValue self) { return funcWrapperRepr("staticmethod", self); }

} // namespace

MoltType molt_type_staticmethod = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "staticmethod",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(FuncWrapper),
    .dealloc = funcWrapperDealloc,
    .traverse = funcWrapperTraverse,
    .repr = smRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = smCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kFuncWrapperGetSets,
    .new_ = smNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .descr_get = smGet,
    .descr_set = nullptr,
    .dictoffset = offsetof(FuncWrapper, dict),
};
