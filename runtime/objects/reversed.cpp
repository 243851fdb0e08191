// The reversed type (sequence protocol) and reversed() dispatch to the
// __reversed__ of builtin containers.
#include "container_util.h"
#include "molt/dictobject.h"
#include "molt/iterobject.h"
#include "molt/listobject.h"
#include "molt/rangeobject.h"
#include "molt/setobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

struct ReversedObj {
  MoltObject ob;
  MoltValue seq; // MOLT_NONE when exhausted
  int64_t index;
};

void revDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<ReversedObj *>(o)->seq);
  freeObject(o);
}

void revTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue s = reinterpret_cast<ReversedObj *>(o)->seq;
  if (molt_is_ptr(s)) visit(s, arg);
}

MoltValue revNext(MoltValue self) {
  auto *r = as<ReversedObj>(self);
  if (r->seq == MOLT_NONE) return MOLT_STOP;
  if (r->index >= 0) {
    MoltValue item;
    if (isTuple(r->seq)) {
      item = molt_newref(tupleItems(r->seq)[r->index]);
    } else {
      MoltValue idx = molt_int_from_i64(r->index);
      item = molt_getitem(r->seq, idx);
      molt_decref(idx);
    }
    if (!molt_is_error(item)) {
      --r->index;
      return item;
    }
    MoltValue exc = molt_err_fetch();
    if (!isInstance(exc, &molt_type_IndexError) && !isInstance(exc, &molt_type_StopIteration)) {
      molt_err_restore(exc);
      molt_decref(exc);
      return MOLT_ERROR;
    }
    molt_decref(exc);
  }
  r->index = -1;
  molt_decref(r->seq);
  r->seq = MOLT_NONE;
  return MOLT_STOP;
}

MoltValue rev_length_hint(MoltValue, const MoltValue *args, size_t, MoltValue) {
  auto *r = as<ReversedObj>(args[0]);
  if (r->seq == MOLT_NONE) return molt_small_int(0);
  return molt_int_from_i64(r->index + 1);
}

MoltValue revNewFn(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("reversed", kwnames) < 0 ||
      cu::checkArgRange("reversed", int64_t(nargs), 1, 1) < 0)
    return MOLT_ERROR;
  return reversedOf(args[0]);
}

MoltValue callMethod0(const MethodDef *m, MoltValue self) {
  return m->fn(MOLT_NONE, &self, 1, MOLT_NONE);
}

const MethodDef *findMethod(MoltType *t, const char *name) {
  for (const MethodDef *m = t->methods; m && m->name; ++m)
    if (m->fn && std::string_view(m->name) == name) return m;
  return nullptr;
}

const MethodDef kRevMethods[] = {
    {"__length_hint__", rev_length_hint, 0},
    {nullptr, nullptr, 0},
};

} // namespace

// The behaviour of reversed is filled by molt_use_reversed, which the generated main
// calls when the program names reversed (its only way to make one; Features.cpp).
MoltType molt_type_reversed = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "reversed",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(ReversedObj),
    .dealloc = revDealloc,
    .traverse = revTraverse,
    .iter = nullptr,
    .iternext = nullptr,
    .methods = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

namespace molt::rt {

MoltValue reversedOf(MoltValue seq) {
  MoltType *t = molt_type_of(seq);
  // Builtin containers with __reversed__ (exact types: subclasses may override).
  if (t == &molt_type_list || t == &molt_type_dict || t == &molt_type_range ||
      t == &molt_type_dict_keys || t == &molt_type_dict_values || t == &molt_type_dict_items) {
    return callMethod0(findMethod(t, "__reversed__"), seq);
  }
  bool builtinSeq = t == &molt_type_tuple || t == &molt_type_str || t == &molt_type_bytes ||
                    t == &molt_type_bytearray;
  if (!builtinSeq && t != &molt_type_set && t != &molt_type_frozenset && molt_is_ptr(seq)) {
    MoltValue fn;
    int r = cu::lookupAttrOptional(seq, "__reversed__", &fn);
    if (r < 0) return MOLT_ERROR;
    if (r > 0) {
      if (fn == MOLT_NONE) {
        molt_decref(fn);
        return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not reversible", t->name);
      }
      MoltValue res = molt_call(fn, nullptr, 0, MOLT_NONE);
      molt_decref(fn);
      return res;
    }
  }
  if (!t->container || !t->container->getitem || !t->container->len || isDict(seq) || isAnySet(seq))
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object is not reversible", t->name);
  int64_t n = t->container->len(seq);
  if (n < 0) return MOLT_ERROR;
  auto *r = reinterpret_cast<ReversedObj *>(allocObject(&molt_type_reversed, sizeof(ReversedObj)));
  if (!r) return MOLT_ERROR;
  r->seq = molt_newref(seq);
  r->index = n - 1;
  return molt_from_ptr(r);
}

} // namespace molt::rt

extern "C" void molt_use_reversed(void) {
  molt_type_reversed.iter = cu::iterSelf;
  molt_type_reversed.iternext = revNext;
  molt_type_reversed.methods = kRevMethods;
  molt_type_reversed.new_ = revNewFn;
}
