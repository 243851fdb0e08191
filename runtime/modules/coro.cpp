// The `_coro` module (native, internal): support for lib/types.py.
// mark_iterable(gen) makes a generator awaitable, as CPython's
// types.coroutine does by flagging the generator function's code.
#include "../objects/gen_internal.h"
#include "native.h"

using namespace molt::rt;

namespace {

MoltValue b_mark_iterable(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (checkPositional("mark_iterable", nargs, kwnames, 1, 1) < 0) return MOLT_ERROR;
  MoltValue g = args[0];
  if (!molt_is_ptr(g) || molt_ptr(g)->type != &molt_type_generator)
    return molt_raise_fmt(&molt_type_TypeError, "mark_iterable() expects a generator, not %s",
                          typeName(g));
  reinterpret_cast<MoltGenerator *>(molt_ptr(g))->flags |= MOLT_GENF_ITERCORO;
  return molt_newref(g);
}

// mark_function(fn): every generator fn makes from now on is awaitable.
MoltValue b_mark_function(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (checkPositional("mark_function", nargs, kwnames, 1, 1) < 0) return MOLT_ERROR;
  for (MoltValue f : gIterCoroFns)
    if (f == args[0]) return molt_newref(args[0]);
  gIterCoroFns.push_back(molt_newref(args[0]));
  return molt_newref(args[0]);
}

} // namespace

namespace molt::rt {

void initCoroModule(NativeModuleBuilder &b) {
  b.addFunc("mark_iterable", b_mark_iterable);
  b.addFunc("mark_function", b_mark_function);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native__coro = {"_coro", molt::rt::initCoroModule, nullptr};
}
