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

// code_flags(obj): for a compiled function, the bits of CPython's co_flags
// that Molt knows (CO_VARARGS 0x04, CO_VARKEYWORDS 0x08, CO_GENERATOR 0x20,
// CO_COROUTINE 0x80, CO_ITERABLE_COROUTINE 0x100 after types.coroutine,
// CO_ASYNC_GENERATOR 0x200); 0 for any other object.
MoltValue b_code_flags(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (checkPositional("code_flags", nargs, kwnames, 1, 1) < 0) return MOLT_ERROR;
  MoltValue f = args[0];
  if (!isExact(f, &molt_type_function)) return molt_small_int(0);
  int32_t fl = reinterpret_cast<MoltFunction *>(molt_ptr(f))->info->flags;
  int64_t co = 0;
  if (fl & MOLT_FN_VARARGS) co |= 0x04;
  if (fl & MOLT_FN_VARKEYWORDS) co |= 0x08;
  if (fl & MOLT_FN_GENERATOR) co |= 0x20;
  if (fl & MOLT_FN_COROUTINE) co |= 0x80;
  if (fl & MOLT_FN_ASYNC_GENERATOR) co |= 0x200;
  for (MoltValue m : gIterCoroFns)
    if (m == f) co |= 0x100;
  return molt_small_int(co);
}

} // namespace

namespace molt::rt {

void initCoroModule(NativeModuleBuilder &b) {
  b.addFunc("mark_iterable", b_mark_iterable);
  b.addFunc("mark_function", b_mark_function);
  b.addFunc("code_flags", b_code_flags);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native__coro = {"_coro", molt::rt::initCoroModule, nullptr};
}
