// The `with` statement's protocol steps: __enter__/__exit__ are special
// methods (looked up on the type, never the instance), with CPython's
// "does not support the context manager protocol" errors.
#include "core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace molt::rt {

MoltValue boundSpecial(MoltValue obj, const char *name) {
  MoltType *t = molt_type_of(obj);
  MoltValue f = typeLookup(t, cstr(name));
  if (f == MOLT_UNBOUND || molt_is_error(f)) return f;
  MoltType *ft = molt_type_of(f);
  if (ft->descr_get) return ft->descr_get(f, obj, t);
  return molt_newref(f);
}

MoltValue enterContext(MoltValue mgr, MoltValue *exit_out, const char *enterName,
                       const char *exitName, const char *protocol) {
  *exit_out = MOLT_UNBOUND;
  MoltValue enter = boundSpecial(mgr, enterName);
  if (molt_is_error(enter)) return enter;
  if (enter == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object does not support the %s protocol",
                          typeName(mgr), protocol);
  MoltValue exit = boundSpecial(mgr, exitName);
  if (molt_is_error(exit) || exit == MOLT_UNBOUND) {
    molt_decref(enter);
    if (exit == MOLT_UNBOUND)
      molt_raise_fmt(&molt_type_TypeError,
                     "'%s' object does not support the %s protocol (missed %s method)",
                     typeName(mgr), protocol, exitName);
    return MOLT_ERROR;
  }
  MoltValue r = molt_call(enter, nullptr, 0, MOLT_NONE);
  molt_decref(enter);
  if (molt_is_error(r)) {
    molt_decref(exit);
    return r;
  }
  *exit_out = exit;
  return r;
}

} // namespace molt::rt

MoltValue molt_with_enter(MoltValue mgr, MoltValue *exit_out) {
  return enterContext(mgr, exit_out, "__enter__", "__exit__", "context manager");
}

MoltValue molt_with_exit_exc(MoltValue exit, MoltValue exc) {
  MoltValue tb = molt_getattr(exc, cstr("__traceback__"));
  if (molt_is_error(tb)) {
    molt_decref(molt_err_fetch());
    tb = MOLT_NONE;
  }
  MoltValue a[3] = {molt_from_ptr(molt_type_of(exc)), exc, tb};
  MoltValue r = molt_call(exit, a, 3, MOLT_NONE);
  molt_decref(tb);
  return r;
}
