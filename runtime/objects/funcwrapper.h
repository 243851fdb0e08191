// The shared layout and machinery of staticmethod and classmethod: both wrap
// one callable, copy its __module__/__name__/__qualname__/__doc__ into their
// own __dict__ (with __wrapped__), and expose __func__/__isabstractmethod__.
// Only binding (descr_get), calling and the repr's name differ.
#pragma once

#include "../core/core_internal.h"

namespace molt::rt {

/// A staticmethod or classmethod object.
struct FuncWrapper {
  MoltObject ob;
  MoltValue func;
  MoltValue dict; // attributes copied from func (dict) or MOLT_NONE
};

/// The wrapped callable of a staticmethod/classmethod (borrowed).
inline MoltValue funcWrapperFunc(MoltValue v) { return as<FuncWrapper>(v)->func; }
/// new_ for a wrapper type named `name` ("staticmethod", "classmethod").
MoltValue funcWrapperNew(const char *name, MoltType *type, const MoltValue *args, size_t nargs,
                         MoltValue kwnames);
/// dealloc / traverse of both types.
void funcWrapperDealloc(MoltObject *o);
void funcWrapperTraverse(MoltObject *o, visitfunc visit, void *arg);
/// "<name(repr of func)>".
MoltValue funcWrapperRepr(const char *name, MoltValue self);
/// __func__ and __isabstractmethod__.
extern const GetSetDef kFuncWrapperGetSets[];

} // namespace molt::rt
