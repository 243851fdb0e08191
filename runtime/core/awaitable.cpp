// The await protocol steps used by compiled `await`, `async with` and
// `async for`: special-method lookups on the type with CPython's TypeErrors.
// A coroutine (or a types.coroutine generator) is its own await iterator, so
// `await coro` delegates to its frame directly, without an intermediate object.
#include "../builtins/builtins_internal.h"
#include "../objects/gen_internal.h"
#include "core_internal.h"

using namespace molt::rt;

namespace {

bool isCoroLike(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  if (t == &molt_type_coroutine) return true;
  return t == &molt_type_generator &&
         (reinterpret_cast<MoltGenerator *>(molt_ptr(v))->flags & MOLT_GENF_ITERCORO);
}

} // namespace

MoltValue molt_get_awaitable(MoltValue x, int where) {
  if (isCoroLike(x)) {
    if (where != 3 && molt_ptr(x)->type == &molt_type_coroutine &&
        reinterpret_cast<MoltGenerator *>(molt_ptr(x))->yf != MOLT_NONE)
      return molt_raise_fmt(&molt_type_RuntimeError, "coroutine is being awaited already");
    return molt_newref(x);
  }
  MoltValue m = boundSpecial(x, "__await__");
  if (molt_is_error(m)) return MOLT_ERROR;
  if (m == MOLT_UNBOUND) {
    switch (where) {
    case 1:
      return molt_raise_fmt(&molt_type_TypeError,
                            "'async with' received an object from __aenter__ that does not "
                            "implement __await__: %s",
                            typeName(x));
    case 2:
      return molt_raise_fmt(&molt_type_TypeError,
                            "'async with' received an object from __aexit__ that does not "
                            "implement __await__: %s",
                            typeName(x));
    case 3:
      return molt_raise_fmt(&molt_type_TypeError,
                            "'async for' received an invalid object from __anext__: %s",
                            typeName(x));
    default:
      return molt_raise_fmt(&molt_type_TypeError, "object %s can't be used in 'await' expression",
                            typeName(x));
    }
  }
  MoltValue it = molt_call(m, nullptr, 0, MOLT_NONE);
  molt_decref(m);
  if (molt_is_error(it)) return MOLT_ERROR;
  if (isCoroLike(it)) {
    molt_decref(it);
    return molt_raise_fmt(&molt_type_TypeError, "__await__() returned a coroutine");
  }
  if (molt_type_of(it)->iternext == nullptr) {
    MoltValue r = molt_raise_fmt(&molt_type_TypeError,
                                 "__await__() returned non-iterator of type '%s'", typeName(it));
    molt_decref(it);
    return r;
  }
  return it;
}

MoltValue molt_async_with_enter(MoltValue mgr, MoltValue *exit_out) {
  return enterContext(mgr, exit_out, "__aenter__", "__aexit__", "asynchronous context manager");
}

MoltValue molt_aiter(MoltValue x) {
  MoltValue m = boundSpecial(x, "__aiter__");
  if (molt_is_error(m)) return MOLT_ERROR;
  if (m == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "'async for' requires an object with __aiter__ method, got %s",
                          typeName(x));
  MoltValue it = molt_call(m, nullptr, 0, MOLT_NONE);
  molt_decref(m);
  if (molt_is_error(it)) return MOLT_ERROR;
  if (molt_type_of(it) != &molt_type_async_generator) {
    MoltValue n = typeLookup(molt_type_of(it), cstr("__anext__"));
    if (molt_is_error(n)) {
      molt_decref(it);
      return MOLT_ERROR;
    }
    if (n == MOLT_UNBOUND) {
      MoltValue r = molt_raise_fmt(&molt_type_TypeError,
                                   "'async for' received an object from __aiter__ that does not "
                                   "implement __anext__: %s",
                                   typeName(it));
      molt_decref(it);
      return r;
    }
  }
  return it;
}

MoltValue molt_anext(MoltValue it) {
  if (molt_type_of(it) == &molt_type_async_generator) return agAsendNew(it, MOLT_NONE);
  MoltValue m = boundSpecial(it, "__anext__");
  if (molt_is_error(m)) return MOLT_ERROR;
  if (m == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "'async for' requires an iterator with __anext__ method, got %s",
                          typeName(it));
  MoltValue r = molt_call(m, nullptr, 0, MOLT_NONE);
  molt_decref(m);
  if (molt_is_error(r)) return MOLT_ERROR;
  MoltValue a = molt_get_awaitable(r, 3);
  molt_decref(r);
  return a;
}

int molt_err_take_stop_async(void) {
  if (!errPendingMatches(&molt_type_StopAsyncIteration)) return 0;
  errClear();
  return 1;
}
