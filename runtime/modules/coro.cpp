// The `_coro` module (native, internal): support for lib/types.py.
// mark_iterable(gen) makes a generator awaitable, as CPython's
// types.coroutine does by flagging the generator function's code.
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

} // namespace

namespace molt::rt {

void initCoroModule(NativeModuleBuilder &b) { b.addFunc("mark_iterable", b_mark_iterable); }

} // namespace molt::rt
