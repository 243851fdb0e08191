// The generator type: objects returned by calling a generator function or
// evaluating a generator expression. The compiled code is a state machine
// (codegen/CGen.cpp): MoltGenerator::resume runs the frame from its current
// resume point to the next `yield` or to the end. This file implements the
// protocol around it: next/send/throw/close, `yield from` delegation,
// PEP 479, "generator already executing", the exceptions being handled
// inside the frame (saved while it is suspended, as CPython's gi_exc_state),
// and close() on deallocation of a suspended generator.
#include <cstdlib>

#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "../core/textfmt.h"
#include "container_util.h"
#include "gen_internal.h"
#include "molt/exceptionobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

// Result of a finished `yield from` delegate, handed to the frame that
// resumes with MOLT_STOP (molt_yf_send takes it). Single-threaded runtime.
MoltValue gYfResult = MOLT_UNBOUND;

MoltGenerator *genOf(MoltValue v) { return as<MoltGenerator>(v); }
// A frame `yield from` / `await` resumes directly: a generator or a coroutine.
bool isGen(MoltValue v) {
  return molt_is_ptr(v) &&
         (molt_ptr(v)->type == &molt_type_generator || molt_ptr(v)->type == &molt_type_coroutine);
}

void saveHandled(MoltGenerator *g, size_t base) {
  size_t n = handledDepth() - base;
  if (n == 0) return;
  if (static_cast<size_t>(g->capsaved) < n) {
    auto *p = static_cast<MoltValue *>(std::realloc(g->saved, n * sizeof(MoltValue)));
    if (!p) std::abort();
    g->saved = p;
    g->capsaved = static_cast<int32_t>(n);
  }
  for (size_t i = n; i-- > 0;)
    g->saved[i] = handledPopStolen();
  g->nsaved = static_cast<int32_t>(n);
}

// Replaces the pending exception (a StopIteration or StopAsyncIteration) by
// RuntimeError("<kind> raised <what>") caused by it.
void replaceStop(const char *kind, const char *what) {
  MoltValue exc = molt_err_fetch();
  molt_raise_fmt(&molt_type_RuntimeError, "%s raised %s", kind, what);
  MoltValue rt = molt_err_fetch();
  excSetCause(rt, exc);
  excSetContext(rt, exc);
  molt_decref(exc);
  molt_err_restore(rt);
  molt_decref(rt);
}

// Replaces a StopIteration escaping the frame by RuntimeError (PEP 479); also
// StopAsyncIteration escaping an async generator.
void pep479(MoltGenerator *g) {
  bool stop = errPendingMatches(&molt_type_StopIteration);
  bool astop =
      !stop && g->kind == MOLT_KIND_ASYNCGEN && errPendingMatches(&molt_type_StopAsyncIteration);
  if (stop || astop) replaceStop(genKindName(g), stop ? "StopIteration" : "StopAsyncIteration");
}

} // namespace

void molt_genexpr_stop(void) {
  if (errPendingMatches(&molt_type_StopIteration)) replaceStop("generator", "StopIteration");
}

namespace molt::rt {

std::vector<MoltValue> gIterCoroFns;

namespace {

// Freed generator memory, by resume function (direct-mapped): a generator
// function called in a loop gets its previous generator's block back without
// a trip through the allocator. Same resume function, same frame size.
constexpr unsigned kGenCacheBits = 4;
MoltGenerator *gGenCache[1u << kGenCacheBits];

inline unsigned genCacheSlot(MoltGenResume r) {
  return addressHash(reinterpret_cast<uintptr_t>(r), kGenCacheBits);
}

} // namespace

const char *genKindName(const MoltGenerator *g) {
  return g->kind == MOLT_KIND_COROUTINE  ? "coroutine"
         : g->kind == MOLT_KIND_ASYNCGEN ? "async generator"
                                         : "generator";
}

// Runs g's frame once. sent: an owned value, MOLT_ERROR (raise the pending
// exception at the yield) or MOLT_STOP (a `yield from` delegate finished).
// Returns the yielded value, MOLT_STOP when the frame returned (*ret = the
// return value, new reference) or MOLT_ERROR.
extern "C" MoltValue molt_gen_resume(MoltGenerator *g, MoltValue sent, MoltValue *ret) {
  if (g->running) {
    if (sent != MOLT_ERROR && sent != MOLT_STOP) molt_xdecref(sent);
    return molt_raise_fmt(&molt_type_ValueError, "%s already executing", genKindName(g));
  }
  if (g->state == MOLT_GEN_DONE) {
    if (g->kind == MOLT_KIND_COROUTINE) {
      if (sent == MOLT_ERROR)
        errClear();
      else if (sent != MOLT_STOP)
        molt_xdecref(sent);
      return molt_raise_fmt(&molt_type_RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (sent == MOLT_ERROR) return MOLT_ERROR;
    if (sent != MOLT_STOP) molt_xdecref(sent);
    *ret = MOLT_NONE;
    return MOLT_STOP;
  }
  if (molt_enter() < 0) {
    if (sent != MOLT_ERROR && sent != MOLT_STOP) molt_xdecref(sent);
    return MOLT_ERROR;
  }
  size_t base = handledDepth();
  if (g->nsaved) {
    for (int32_t i = 0; i < g->nsaved; ++i)
      handledPushStolen(g->saved[i]);
    g->nsaved = 0;
    if (sent == MOLT_ERROR) {
      // The thrown exception's context is the one being handled in the frame.
      MoltValue e = molt_err_fetch();
      if (excObj(e)->context == MOLT_NONE) excSetContext(e, handledException());
      molt_err_restore(e);
      molt_decref(e);
    }
  }
  g->running = 1;
  MoltValue r = g->resume(g, sent);
  g->running = 0;
  if (handledDepth() != base) {
    if (g->state > 0) {
      saveHandled(g, base);
    } else {
      while (handledDepth() > base)
        molt_exc_pop_handled();
    }
  }
  molt_leave();
  if (g->state > 0) return r;
  g->yf = MOLT_NONE;
  if (r == MOLT_ERROR) {
    pep479(g);
    return MOLT_ERROR;
  }
  *ret = r;
  return MOLT_STOP;
}

} // namespace molt::rt

namespace molt::rt {

// Raises StopIteration carrying a generator's return value (stolen).
MoltValue raiseStop(MoltValue ret) {
  MoltValue e = ret == MOLT_NONE ? excCreate(&molt_type_StopIteration, nullptr, 0)
                                 : excCreate(&molt_type_StopIteration, &ret, 1);
  molt_decref(ret);
  if (molt_is_error(e)) return MOLT_ERROR;
  return raiseInstance(e);
}

// close() of a `yield from` delegate: 0, or -1 with the error pending.
int closeIter(MoltValue yf) {
  if (isGen(yf)) {
    MoltValue r = genClose(genOf(yf));
    if (molt_is_error(r)) return -1;
    molt_decref(r);
    return 0;
  }
  MoltValue m = molt_getattr(yf, cstr("close"));
  if (molt_is_error(m)) {
    if (errPendingMatches(&molt_type_AttributeError)) {
      errClear();
      return 0;
    }
    return -1;
  }
  MoltValue r = molt_call(m, nullptr, 0, MOLT_NONE);
  molt_decref(m);
  if (molt_is_error(r)) return -1;
  molt_decref(r);
  return 0;
}

// The value of a pending StopIteration (cleared), new reference.
MoltValue takeStopValue() {
  MoltValue e = molt_err_fetch();
  MoltValue v = as<MoltStopIterationObject>(e)->value;
  v = v == MOLT_UNBOUND ? MOLT_NONE : molt_newref(v);
  molt_decref(e);
  return v;
}

// Throws exc (stolen exception instance) into g: delegates to a `yield from`
// target first, as CPython's gen.throw does.
MoltValue genThrowExc(MoltGenerator *g, MoltValue exc, MoltValue *ret) {
  if (g->yf != MOLT_NONE && g->state > 0) {
    MoltValue yf = molt_newref(g->yf);
    if (isInstance(exc, &molt_type_GeneratorExit)) {
      g->running = 1;
      int err = closeIter(yf);
      g->running = 0;
      molt_decref(yf);
      if (err < 0) {
        molt_decref(exc);
        return genResume(g, MOLT_ERROR, ret);
      }
    } else {
      MoltValue r;
      g->running = 1;
      if (isGen(yf)) {
        MoltValue sret = MOLT_NONE;
        r = genThrowExc(genOf(yf), molt_newref(exc), &sret);
        if (r == MOLT_STOP) gYfResult = sret;
      } else {
        MoltValue m = molt_getattr(yf, cstr("throw"));
        if (molt_is_error(m)) {
          g->running = 0;
          molt_decref(yf);
          if (!errPendingMatches(&molt_type_AttributeError)) {
            molt_decref(exc);
            return genResume(g, MOLT_ERROR, ret);
          }
          errClear();
          raiseInstance(exc);
          return genResume(g, MOLT_ERROR, ret);
        }
        r = molt_call(m, &exc, 1, MOLT_NONE);
        molt_decref(m);
        if (r == MOLT_ERROR && errPendingMatches(&molt_type_StopIteration)) {
          gYfResult = takeStopValue();
          r = MOLT_STOP;
        }
      }
      g->running = 0;
      molt_decref(yf);
      molt_decref(exc);
      if (r != MOLT_STOP && r != MOLT_ERROR) return r;
      g->yf = MOLT_NONE;
      return genResume(g, r, ret);
    }
  }
  raiseInstance(exc);
  return genResume(g, MOLT_ERROR, ret);
}

MoltValue genClose(MoltGenerator *g) {
  if (g->state == MOLT_GEN_DONE) return MOLT_NONE;
  if (g->running)
    return molt_raise_fmt(&molt_type_ValueError, "%s already executing", genKindName(g));
  if (g->state == MOLT_GEN_START) {
    // Never started: release the arguments held by the frame.
    g->state = MOLT_GEN_DISCARD;
    MoltValue r = g->resume(g, MOLT_NONE);
    molt_xdecref(r);
    g->state = MOLT_GEN_DONE;
    return MOLT_NONE;
  }
  MoltValue exc = excCreate(&molt_type_GeneratorExit, nullptr, 0);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue ret = MOLT_NONE;
  MoltValue r = genThrowExc(g, exc, &ret);
  if (r == MOLT_STOP) {
    molt_decref(ret);
    return MOLT_NONE;
  }
  if (r == MOLT_ERROR) {
    if (errPendingMatches(&molt_type_GeneratorExit) ||
        errPendingMatches(&molt_type_StopIteration)) {
      errClear();
      return MOLT_NONE;
    }
    return MOLT_ERROR;
  }
  molt_decref(r);
  return molt_raise_fmt(&molt_type_RuntimeError, "%s ignored GeneratorExit", genKindName(g));
}

void genDealloc(MoltObject *o) {
  auto *g = reinterpret_cast<MoltGenerator *>(o);
  if (g->kind == MOLT_KIND_COROUTINE && g->state == MOLT_GEN_START && gCoroNeverAwaitedHook)
    gCoroNeverAwaitedHook(g); // set by molt_use_async, which every coroutine needs
  if (g->state != MOLT_GEN_DONE) {
    // Run the pending finally blocks (close()), keeping any pending exception aside.
    o->refcnt = 1;
    MoltValue saved = molt_err_occurred() ? molt_err_fetch() : MOLT_UNBOUND;
    MoltValue r = genClose(g);
    if (molt_is_error(r)) {
      MoltValue e = molt_err_fetch();
      MoltValue s = molt_str(e);
      MoltValue q = g->qualname;
      std::string_view qv = sv(q);
      if (!molt_is_error(s)) {
        std::string_view ev = strView(s);
        std::string a = addrString(g);
        writeStderrf("Exception ignored in: <%s object %.*s at %s>\n%s: %.*s\n", g->ob.type->name,
                     (int)qv.size(), qv.data(), a.c_str(), typeName(e), (int)ev.size(), ev.data());
        molt_decref(s);
      } else {
        errClear();
      }
      molt_decref(e);
    } else {
      molt_decref(r);
    }
    if (saved != MOLT_UNBOUND) {
      molt_err_restore(saved);
      molt_decref(saved);
    }
    if (--o->refcnt > 0) return; // resurrected by a finally block
  }
  if (g->saved) {
    for (int32_t i = 0; i < g->nsaved; ++i)
      molt_decref(g->saved[i]);
    std::free(g->saved);
  }
  molt_decref(g->name);
  molt_decref(g->qualname);
  MoltGenerator *&cached = gGenCache[genCacheSlot(g->resume)];
  if (!cached) {
    cached = g;
    return;
  }
  freeObject(o);
}

void genTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *g = reinterpret_cast<MoltGenerator *>(o);
  visit(g->name, arg);
  visit(g->qualname, arg);
  for (int32_t i = 0; i < g->nsaved; ++i)
    visit(g->saved[i], arg);
}

MoltValue genRepr(MoltValue v) {
  MoltGenerator *g = genOf(v);
  std::string a = addrString(g);
  std::string_view q = sv(g->qualname);
  return strFormat("<%s object %.*s at %s>", g->ob.type->name, (int)q.size(), q.data(), a.c_str());
}

} // namespace molt::rt

namespace {

MoltValue genIternext(MoltValue self) {
  MoltGenerator *g = reinterpret_cast<MoltGenerator *>(molt_ptr(self));
  if (g->state == MOLT_GEN_DONE && !g->running) return MOLT_STOP;
  if (g->state > 0 && !g->running && !g->nsaved && molt_state.depth < molt_state.recursion_limit) {
    // The common case (for loops, sum(), ...): genResume without its rare paths.
    molt_state.depth++;
    size_t base = handledDepth();
    g->running = 1;
    MoltValue r = g->resume(g, MOLT_NONE);
    g->running = 0;
    molt_state.depth--;
    if (g->state > 0 && handledDepth() == base) return r;
    if (g->state > 0) {
      saveHandled(g, base);
      return r;
    }
    while (handledDepth() > base)
      molt_exc_pop_handled();
    g->yf = MOLT_NONE;
    if (r == MOLT_ERROR) {
      pep479(g);
      return MOLT_ERROR;
    }
    molt_decref(r);
    return MOLT_STOP;
  }
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(g, MOLT_NONE, &ret);
  if (r == MOLT_STOP) molt_decref(ret);
  return r;
}

} // namespace

namespace molt::rt {

MoltValue genSendValue(MoltGenerator *g, MoltValue v) {
  if (g->state == MOLT_GEN_START && v != MOLT_NONE && !g->running)
    return molt_raise_fmt(&molt_type_TypeError, "can't send non-None value to a just-started %s",
                          genKindName(g));
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(g, molt_newref(v), &ret);
  if (r == MOLT_STOP) return raiseStop(ret);
  return r;
}

MoltValue genMethodSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  const char *tn = molt_type_of(args[0])->name;
  if (kwnames != MOLT_NONE && tupleSize(kwnames) > 0)
    return molt_raise_fmt(&molt_type_TypeError, "%s.send() takes no keyword arguments", tn);
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "%s.send() takes exactly one argument (%d given)",
                          tn, static_cast<int>(nargs) - 1);
  return genSendValue(genOf(args[0]), args[1]);
}

} // namespace molt::rt

namespace {

MoltValue mNext(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  MoltGenerator *g = genOf(args[0]);
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(g, MOLT_NONE, &ret);
  if (r == MOLT_STOP) return raiseStop(ret);
  return r;
}

} // namespace

namespace molt::rt {

MoltValue genNextBuiltin(MoltValue self, MoltValue dflt) {
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(genOf(self), MOLT_NONE, &ret);
  if (r != MOLT_STOP) {
    if (r == MOLT_ERROR && dflt != MOLT_UNBOUND && errPendingMatches(&molt_type_StopIteration)) {
      errClear();
      return molt_newref(dflt);
    }
    return r;
  }
  if (dflt != MOLT_UNBOUND) {
    molt_decref(ret);
    return molt_newref(dflt);
  }
  return raiseStop(ret);
}

} // namespace molt::rt

namespace molt::rt {

MoltValue makeThrown(const char *tn, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwnames != MOLT_NONE && tupleSize(kwnames) > 0)
    return molt_raise_fmt(&molt_type_TypeError, "%s.throw() takes no keyword arguments", tn);
  size_t n = nargs - 1;
  if (n < 1)
    return molt_raise_fmt(&molt_type_TypeError, "throw expected at least 1 argument, got 0");
  if (n > 3)
    return molt_raise_fmt(&molt_type_TypeError, "throw expected at most 3 arguments, got %d",
                          static_cast<int>(n));
  MoltValue typ = args[1], val = n >= 2 ? args[2] : MOLT_NONE, tb = n >= 3 ? args[3] : MOLT_NONE;
  if (tb != MOLT_NONE && !isExact(tb, &molt_type_traceback))
    return molt_raise_fmt(&molt_type_TypeError,
                          "throw() third argument must be a traceback object");
  MoltValue exc;
  if (isExceptionType(typ)) {
    MoltType *t = as<MoltType>(typ);
    if (val != MOLT_NONE && isInstance(val, t)) {
      exc = molt_newref(val);
    } else if (val == MOLT_NONE) {
      exc = molt_call(typ, nullptr, 0, MOLT_NONE);
    } else if (isExact(val, &molt_type_tuple)) {
      exc = molt_call(typ, tupleItems(val), static_cast<size_t>(tupleSize(val)), MOLT_NONE);
    } else {
      exc = molt_call(typ, &val, 1, MOLT_NONE);
    }
    if (molt_is_error(exc)) return MOLT_ERROR;
    if (!isExceptionInstance(exc)) {
      molt_decref(exc);
      return molt_raise_fmt(&molt_type_TypeError,
                            "calling %R should have returned an instance of BaseException, not %T",
                            typ, exc);
    }
  } else if (isExceptionInstance(typ)) {
    if (val != MOLT_NONE)
      return molt_raise_fmt(&molt_type_TypeError,
                            "instance exception may not have a separate value");
    exc = molt_newref(typ);
  } else {
    return molt_raise_fmt(&molt_type_TypeError,
                          "exceptions must be classes or instances deriving from BaseException, "
                          "not %T",
                          typ);
  }
  return exc;
}

MoltValue genMethodThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue exc = makeThrown(molt_type_of(args[0])->name, args, nargs, kwnames);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue ret = MOLT_NONE;
  MoltValue r = genThrowExc(genOf(args[0]), exc, &ret);
  if (r == MOLT_STOP) return raiseStop(ret);
  return r;
}

MoltValue genMethodClose(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "%s.close() takes no arguments (%d given)",
                          molt_type_of(args[0])->name, static_cast<int>(nargs) - 1);
  return genClose(genOf(args[0]));
}

MoltValue genGetName(MoltValue self) { return molt_newref(genOf(self)->name); }
int genSetName(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND || !isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  MoltValue old = genOf(self)->name;
  genOf(self)->name = molt_newref(v);
  molt_decref(old);
  return 0;
}
MoltValue genGetQualname(MoltValue self) { return molt_newref(genOf(self)->qualname); }
int genSetQualname(MoltValue self, MoltValue v) {
  if (v == MOLT_UNBOUND || !isStr(v)) {
    molt_raise_fmt(&molt_type_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  MoltValue old = genOf(self)->qualname;
  genOf(self)->qualname = molt_newref(v);
  molt_decref(old);
  return 0;
}
MoltValue genGetRunning(MoltValue self) { return molt_bool(genOf(self)->running); }
MoltValue genGetSuspended(MoltValue self) {
  MoltGenerator *g = genOf(self);
  return molt_bool(g->state > 0 && !g->running);
}
// Molt has no frame objects: gi_frame is None once the generator finished,
// else the generator itself (a stand-in that is never None).
MoltValue genGetFrame(MoltValue self) {
  return genOf(self)->state == MOLT_GEN_DONE ? MOLT_NONE : molt_newref(self);
}
MoltValue genGetYieldFrom(MoltValue self) { return molt_newref(genOf(self)->yf); }

} // namespace molt::rt

namespace {

const MethodDef kMethods[] = {
    {"send", genMethodSend, 0}, {"throw", genMethodThrow, 0}, {"close", genMethodClose, 0},
    {"__next__", mNext, 0},     {nullptr, nullptr, 0},
};

const GetSetDef kGetSets[] = {
    {"__name__", genGetName, genSetName},
    {"__qualname__", genGetQualname, genSetQualname},
    {"gi_running", genGetRunning, nullptr},
    {"gi_suspended", genGetSuspended, nullptr},
    {"gi_frame", genGetFrame, nullptr},
    {"gi_yieldfrom", genGetYieldFrom, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

extern "C" MoltValue molt_gen_new(MoltValue fn, const MoltCodeInfo *code, MoltGenResume resume,
                                  size_t framesize, int kind) {
  MoltType *t = kind == MOLT_KIND_COROUTINE  ? &molt_type_coroutine
                : kind == MOLT_KIND_ASYNCGEN ? &molt_type_async_generator
                                             : &molt_type_generator;
  // Every field below and every frame field is set before use (the
  // generated body initializes the frame), so the memory is not cleared.
  MoltObject *o;
  MoltGenerator *&cached = gGenCache[genCacheSlot(resume)];
  if (cached && cached->resume == resume) {
    o = &cached->ob;
    cached = nullptr;
    o->refcnt = 1;
    o->type = t;
  } else {
    o = allocObjectHead(t, sizeof(MoltGenerator) + framesize, 0);
    if (!o) return MOLT_ERROR;
  }
  auto *g = reinterpret_cast<MoltGenerator *>(o);
  g->resume = resume;
  g->code = code;
  g->state = MOLT_GEN_START;
  g->running = 0;
  MoltValue n, q;
  if (molt_is_ptr(fn) && molt_ptr(fn)->type == &molt_type_function) {
    // The usual case: read the function's names directly (no lookups per generator).
    n = molt_newref(as<MoltFunction>(fn)->name);
    q = molt_newref(as<MoltFunction>(fn)->qualname);
  } else {
    n = cstr(code->name);
    q = cstr(code->qualname);
  }
  g->name = n;
  g->qualname = q;
  g->yf = MOLT_NONE;
  g->saved = nullptr;
  g->nsaved = g->capsaved = 0;
  g->kind = kind;
  g->flags = 0;
  if (kind == MOLT_KIND_GENERATOR && !gIterCoroFns.empty())
    for (MoltValue f : gIterCoroFns)
      if (f == fn) g->flags |= MOLT_GENF_ITERCORO;
  return molt_from_ptr(o);
}

extern "C" MoltValue molt_yf_iter(MoltValue x) {
  if (molt_is_ptr(x) && molt_ptr(x)->type == &molt_type_generator) return molt_newref(x);
  return molt_iter(x);
}

extern "C" MoltValue molt_yf_send(MoltGenerator *g, MoltValue it, MoltValue sent,
                                  MoltValue *result) {
  MoltValue r;
  if (sent == MOLT_STOP) {
    // throw() found the delegate finished: its result was stashed.
    g->yf = MOLT_NONE;
    MoltValue v = gYfResult;
    gYfResult = MOLT_UNBOUND;
    molt_xdecref(*result);
    *result = v == MOLT_UNBOUND ? MOLT_NONE : v;
    return MOLT_STOP;
  }
  if (isGen(it)) {
    MoltGenerator *sub = genOf(it);
    MoltValue ret = MOLT_NONE;
    if (sent != MOLT_NONE && sub->state == MOLT_GEN_START && !sub->running) {
      r = genSendValue(sub, sent); // the just-started TypeError
    } else {
      // Direct resumption: the delegate's return value never becomes a StopIteration.
      r = genResume(sub, molt_newref(sent), &ret);
    }
    if (r == MOLT_STOP) {
      g->yf = MOLT_NONE;
      molt_xdecref(*result);
      *result = ret;
      return MOLT_STOP;
    }
  } else {
    if (sent == MOLT_NONE) {
      r = molt_iter_next(it);
    } else {
      MoltValue args[2] = {it, sent};
      r = molt_call_method(cstr("send"), args, 2, MOLT_NONE);
    }
    if (r == MOLT_STOP || (r == MOLT_ERROR && errPendingMatches(&molt_type_StopIteration))) {
      g->yf = MOLT_NONE;
      molt_xdecref(*result);
      *result = r == MOLT_STOP ? MOLT_NONE : takeStopValue();
      return MOLT_STOP;
    }
  }
  g->yf = r == MOLT_ERROR ? MOLT_NONE : it;
  return r;
}

// The behaviour of generators is filled by molt_use_generators, which the
// generated main calls for programs that define a generator function or a
// generator expression (compiler/codegen/Features.cpp): only molt_gen_new,
// called by their code, makes these objects.
MoltType molt_type_generator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "generator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltGenerator),
    .dealloc = nullptr,
    .traverse = genTraverse,
    .repr = nullptr,
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
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

extern "C" void molt_use_generators(void) {
  using namespace molt::rt;
  molt_type_generator.dealloc = genDealloc;
  molt_type_generator.repr = genRepr;
  molt_type_generator.iter = cu::iterSelf;
  molt_type_generator.iternext = genIternext;
  molt_type_generator.methods = kMethods;
  molt_type_generator.getsets = kGetSets;
}
