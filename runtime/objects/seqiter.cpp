// The `iterator` type: iteration over an object that only has __getitem__
// (the old sequence protocol): items 0, 1, 2, ... until IndexError or
// StopIteration.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct MoltSeqIter {
  MoltObject ob;
  MoltValue seq; // MOLT_UNBOUND once exhausted
  int64_t index;
};

MoltSeqIter *siOf(MoltValue v) { return as<MoltSeqIter>(v); }

MoltValue siNext(MoltValue self) {
  MoltSeqIter *it = siOf(self);
  if (it->seq == MOLT_UNBOUND) return MOLT_STOP;
  MoltValue r = molt_getitem(it->seq, molt_int_from_i64(it->index));
  if (molt_is_error(r)) {
    MoltValue e = molt_err_fetch();
    MoltValue stops[2] = {molt_from_ptr(&molt_type_IndexError),
                          molt_from_ptr(&molt_type_StopIteration)};
    MoltValue types = molt_tuple_new(stops, 2);
    int m = molt_is_error(types) ? -1 : molt_err_matches(e, types);
    molt_xdecref(types);
    if (m == 1) {
      molt_decref(e);
      MoltValue seq = it->seq;
      it->seq = MOLT_UNBOUND;
      molt_decref(seq);
      return MOLT_STOP;
    }
    molt_err_restore(e);
    molt_decref(e);
    return MOLT_ERROR;
  }
  it->index++;
  return r;
}

MoltValue siIter(MoltValue self) { return molt_newref(self); }

void siDealloc(MoltObject *o) {
  molt_xdecref(reinterpret_cast<MoltSeqIter *>(o)->seq);
  freeObject(o);
}

void siTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue s = reinterpret_cast<MoltSeqIter *>(o)->seq;
  if (molt_is_ptr(s)) visit(s, arg);
}

} // namespace

MoltType molt_type_seqiter = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltSeqIter),
    .dealloc = siDealloc,
    .traverse = siTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = siIter,
    .iternext = siNext,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

namespace molt::rt {

MoltValue seqIterNew(MoltValue seq) {
  MoltObject *o = allocObject(&molt_type_seqiter, sizeof(MoltSeqIter));
  if (!o) return MOLT_ERROR;
  auto *it = reinterpret_cast<MoltSeqIter *>(o);
  it->seq = molt_newref(seq);
  it->index = 0;
  return molt_from_ptr(o);
}

} // namespace molt::rt
