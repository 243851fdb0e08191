// Raising, fetching and matching exceptions (molt.h "Exceptions"), the
// stack of exceptions being handled (sys.exception()), and molt_tb_add.
#include <cinttypes>
#include <cstdarg>
#include <cstring>
#include <string>
#include <vector>

#include "../builtins/builtins_internal.h"
#include "textfmt.h"

using namespace molt::rt;

namespace molt::rt {
// Exceptions being handled (innermost last); each holds a reference.
std::vector<MoltValue> gHandled;
} // namespace molt::rt

namespace {

void setPending(MoltValue exc) {
  MoltValue old = molt_state.exc;
  molt_state.exc = exc;
  molt_xdecref(old);
}

// Appends the text of a %R/%S/%T argument.
void appendObject(std::string &out, char conv, MoltValue v) {
  if (conv == 'T') {
    out += typeName(v);
    return;
  }
  MoltValue saved = molt_state.exc;
  molt_state.exc = MOLT_NONE;
  MoltValue s = conv == 'R' ? molt_repr(v) : molt_str(v);
  if (molt_is_error(s)) {
    errClear();
    out += "<unprintable>";
  } else {
    out += strView(s);
    molt_decref(s);
  }
  molt_state.exc = saved;
}

// molt_raise_fmt's conversions beyond printf's (textfmt.h): %R, %S, %T.
bool objectConversion(std::string &out, char conv, va_list *ap) {
  if (conv != 'R' && conv != 'S' && conv != 'T') return false;
  appendObject(out, conv, va_arg(*ap, MoltValue));
  return true;
}

std::string formatMessage(const char *fmt, va_list ap) {
  std::string out;
  vformatInto(out, fmt, ap, objectConversion);
  return out;
}

// An exception instance from `raise X` / `from X`: a class is instantiated
// without arguments. Returns a new reference or MOLT_ERROR.
MoltValue instantiate(MoltValue v, const char *what) {
  if (isExceptionInstance(v)) return molt_newref(v);
  if (isExceptionType(v)) {
    MoltValue e = excCreate(as<MoltType>(v), nullptr, 0);
    if (molt_is_error(e)) return MOLT_ERROR;
    if (!isExceptionInstance(e)) {
      molt_raise_fmt(&molt_type_TypeError,
                     "calling %R should have returned an instance of BaseException, not %T", v, e);
      molt_decref(e);
      return MOLT_ERROR;
    }
    return e;
  }
  return molt_raise_fmt(&molt_type_TypeError, "%s must derive from BaseException", what);
}

} // namespace

namespace molt::rt {

MoltValue raiseInstance(MoltValue exc) {
  MoltValue handled = handledException();
  if (handled != MOLT_NONE && handled != exc) {
    // Avoid a cycle: if exc is already in handled's context chain, cut the
    // chain just before it (Floyd's tortoise guards against pre-existing loops).
    MoltValue o = handled, slow = handled;
    bool slowStep = false;
    for (;;) {
      MoltValue ctx = excObj(o)->context;
      if (ctx == MOLT_NONE) break;
      if (ctx == exc) {
        excSetContext(o, MOLT_NONE);
        break;
      }
      o = ctx;
      if (slowStep) slow = excObj(slow)->context;
      slowStep = !slowStep;
      if (o == slow) break;
    }
    excSetContext(exc, handled);
  }
  setPending(exc);
  return MOLT_ERROR;
}

MoltValue handledException() {
  for (size_t i = gHandled.size(); i > 0; i--)
    if (gHandled[i - 1] != MOLT_NONE) return gHandled[i - 1];
  return MOLT_NONE;
}

void handledPushStolen(MoltValue exc) { gHandled.push_back(exc); }

MoltValue handledPopStolen() {
  MoltValue e = gHandled.back();
  gHandled.pop_back();
  return e;
}

int errPendingMatches(MoltType *t) {
  return molt_state.exc != MOLT_NONE && isInstance(molt_state.exc, t) ? 1 : 0;
}

void errClear() { setPending(MOLT_NONE); }

} // namespace molt::rt

extern "C" {

int molt_err_occurred(void) { return molt_state.exc != MOLT_NONE; }

MoltValue molt_raise_fmt(MoltType *type, const char *fmt, ...) {
  MoltValue s;
  if (std::strchr(fmt, '%') == nullptr) {
    // A constant message ("division by zero"): no formatting pass.
    s = strFromUtf8(std::string_view(fmt));
  } else {
    va_list ap;
    va_start(ap, fmt);
    std::string msg = formatMessage(fmt, ap);
    va_end(ap);
    s = strFromUtf8(msg);
  }
  if (molt_is_error(s)) return MOLT_ERROR;
  MoltValue exc = excCreate(type, &s, 1);
  molt_decref(s);
  if (molt_is_error(exc)) return MOLT_ERROR;
  return raiseInstance(exc);
}

MoltValue molt_raise(MoltValue exc) {
  MoltValue e = instantiate(exc, "exceptions");
  if (molt_is_error(e)) return MOLT_ERROR;
  return raiseInstance(e);
}

MoltValue molt_raise_from(MoltValue exc, MoltValue cause) {
  MoltValue e = instantiate(exc, "exceptions");
  if (molt_is_error(e)) return MOLT_ERROR;
  MoltValue c = MOLT_NONE;
  if (cause != MOLT_NONE) {
    c = instantiate(cause, "exception causes");
    if (molt_is_error(c)) {
      molt_decref(e);
      return MOLT_ERROR;
    }
  }
  excSetCause(e, c);
  molt_decref(c);
  return raiseInstance(e);
}

MoltValue molt_reraise(void) {
  MoltValue h = handledException();
  if (h == MOLT_NONE)
    return molt_raise_fmt(&molt_type_RuntimeError, "No active exception to reraise");
  setPending(molt_newref(h));
  return MOLT_ERROR;
}

MoltValue molt_err_fetch(void) {
  MoltValue e = molt_state.exc;
  molt_state.exc = MOLT_NONE;
  return e;
}

void molt_err_restore(MoltValue exc) { setPending(molt_newref(exc)); }

int molt_err_matches(MoltValue exc, MoltValue typ) {
  MoltType *et = molt_type_of(exc);
  if (isTuple(typ)) {
    int64_t n = tupleSize(typ);
    for (int64_t i = 0; i < n; i++) {
      if (!isExceptionType(tupleItem(typ, i))) {
        molt_raise_fmt(&molt_type_TypeError,
                       "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
    }
    for (int64_t i = 0; i < n; i++)
      if (isSubtype(et, as<MoltType>(tupleItem(typ, i)))) return 1;
    return 0;
  }
  if (!isExceptionType(typ)) {
    molt_raise_fmt(&molt_type_TypeError,
                   "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return isSubtype(et, as<MoltType>(typ)) ? 1 : 0;
}

void molt_exc_push_handled(MoltValue exc) { gHandled.push_back(molt_newref(exc)); }

void molt_exc_pop_handled(void) {
  if (gHandled.empty()) return;
  MoltValue e = gHandled.back();
  gHandled.pop_back();
  molt_decref(e);
}

namespace {

// A NameError "name 'x' is not defined" (not raised yet); MOLT_ERROR on failure.
MoltValue nameErrorNew(const char *name) {
  MoltValue exc = MOLT_ERROR;
  {
    std::string msg = std::string("name '") + name + "' is not defined";
    MoltValue s = strFromUtf8(msg);
    if (molt_is_error(s)) return MOLT_ERROR;
    exc = excCreate(&molt_type_NameError, &s, 1);
    molt_decref(s);
  }
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue n = strFromUtf8(name);
  if (!molt_is_error(n)) {
    MoltValue &slot = as<MoltNameErrorObject>(exc)->name;
    molt_xdecref(slot);
    slot = n;
  }
  return exc;
}

} // namespace

MoltValue molt_raise_name_error(const char *name) {
  MoltValue exc = nameErrorNew(name);
  if (molt_is_error(exc)) return MOLT_ERROR;
  return raiseInstance(exc);
}

MoltValue molt_raise_name_error_self(const char *name, MoltValue self) {
  MoltValue exc = nameErrorNew(name);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue hint = molt_tuple_new(&self, self == MOLT_UNBOUND ? 0 : 1);
  if (!molt_is_error(hint)) {
    MoltValue &slot = as<MoltNameErrorObject>(exc)->self_hint;
    molt_xdecref(slot);
    slot = hint;
  }
  return raiseInstance(exc);
}

MoltValue molt_raise_unbound_local(const char *name) {
  return molt_raise_fmt(&molt_type_UnboundLocalError,
                        "cannot access local variable '%s' where it is not associated with a value",
                        name);
}

MoltValue molt_raise_unbound_free(const char *name) {
  return molt_raise_fmt(&molt_type_NameError,
                        "cannot access free variable '%s' where it is not associated with a value "
                        "in enclosing scope",
                        name);
}

MoltValue molt_raise_assert(MoltValue msg) {
  MoltValue exc = msg == MOLT_UNBOUND ? excCreate(&molt_type_AssertionError, nullptr, 0)
                                      : excCreate(&molt_type_AssertionError, &msg, 1);
  if (molt_is_error(exc)) return MOLT_ERROR;
  return raiseInstance(exc);
}

void molt_tb_add(const MoltCodeInfo *code, int32_t line, int32_t col, int32_t end_line,
                 int32_t end_col) {
  if (molt_state.exc == MOLT_NONE) return;
  tracebackAppend(molt_state.exc, TracebackEntry{code, line, col, end_line, end_col});
}

} // extern "C"
