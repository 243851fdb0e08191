// classmethod: a descriptor binding the wrapped callable to the class (the
// owner, or type(obj)); copies __name__/__qualname__/__doc__/__module__ of
// the callable into its __dict__ like functools.wraps.
#include "funcwrapper.h"

using namespace molt::rt;

namespace {

MoltValue cmNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return funcWrapperNew("classmethod", type, args, nargs, kwnames);
}

MoltValue cmGet(MoltValue self, MoltValue obj, MoltType *owner) {
  if (!owner) owner = molt_type_of(obj);
  return makeBoundMethod(funcWrapperFunc(self), molt_from_ptr(owner));
}

MoltValue cmRepr(MoltValue self) { return funcWrapperRepr("classmethod", self); }

} // namespace

MoltType molt_type_classmethod = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "classmethod",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(FuncWrapper),
    .dealloc = funcWrapperDealloc,
    .traverse = funcWrapperTraverse,
    .repr = cmRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kFuncWrapperGetSets,
    .new_ = cmNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .descr_get = cmGet,
    .descr_set = nullptr,
    .dictoffset = offsetof(FuncWrapper, dict),
};
