// types.UnionType: the value of `int | None` (type.__or__), so that
// annotations evaluated at run time work.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct MoltUnion {
  MoltObject ob;
  MoltValue args; // tuple of distinct members
};

MoltUnion *unOf(MoltValue v) { return as<MoltUnion>(v); }

void unDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<MoltUnion *>(o)->args);
  freeObject(o);
}

void unTraverse(MoltObject *o, visitfunc visit, void *arg) {
  visit(reinterpret_cast<MoltUnion *>(o)->args, arg);
}

MoltValue unRepr(MoltValue v) {
  std::string out;
  MoltValue args = unOf(v)->args;
  for (int64_t i = 0; i < tupleSize(args); i++) {
    if (i) out += " | ";
    MoltValue m = tupleItems(args)[i];
    if (m == molt_from_ptr(&molt_type_NoneType)) m = MOLT_NONE;
    if (!appendTypeRepr(out, m)) return MOLT_ERROR;
  }
  return strFromUtf8(out);
}

MoltValue unGetAttr(MoltValue o, MoltValue name) {
  if (strView(name) == "__args__") return molt_newref(unOf(o)->args);
  return genericGetAttr(o, name, nullptr);
}

MoltValue unRichCompare(MoltValue a, MoltValue b, int op) {
  if ((op != MOLT_EQ && op != MOLT_NE) || !isExact(b, &molt_type_union))
    return molt_not_implemented();
  // Equal when they have the same members (in any order).
  MoltValue x = unOf(a)->args, y = unOf(b)->args;
  int eq = tupleSize(x) == tupleSize(y);
  for (int64_t i = 0; eq == 1 && i < tupleSize(x); i++) {
    int found = molt_contains(y, tupleItems(x)[i]);
    if (found < 0) return MOLT_ERROR;
    eq = found;
  }
  return molt_bool(op == MOLT_EQ ? eq : !eq);
}

int unHash(MoltValue v, int64_t *out) {
  MoltValue args = unOf(v)->args;
  int64_t h = 0x345678;
  for (int64_t i = 0; i < tupleSize(args); i++) {
    int64_t hi;
    if (hashValue(tupleItems(args)[i], &hi) < 0) return -1;
    h ^= hi;
  }
  *out = h == -1 ? -2 : h;
  return 0;
}

MoltValue unOr(MoltValue a, MoltValue b) { return makeUnion(a, b); }

constexpr NumberSlots kUnNumber = [] {
  NumberSlots n{};
  n.or_ = unOr;
  return n;
}();

bool unionable(MoltValue v) {
  return v == MOLT_NONE || isInstance(v, &molt_type_type) || isExact(v, &molt_type_genericalias) ||
         isExact(v, &molt_type_union);
}

} // namespace

MoltType molt_type_union = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "types.UnionType",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltUnion),
    .dealloc = unDealloc,
    .traverse = unTraverse,
    .repr = unRepr,
    .str = nullptr,
    .hash = unHash,
    .richcompare = unRichCompare,
    .getattr = unGetAttr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &kUnNumber,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

namespace molt::rt {

MoltValue makeUnion(MoltValue a, MoltValue b) {
  if (!unionable(a) || !unionable(b)) return molt_not_implemented();
  MoltValue members = molt_list_new(nullptr, 0);
  if (molt_is_error(members)) return members;
  MoltValue parts[2] = {a, b};
  for (MoltValue p : parts) {
    const MoltValue *items = &p;
    int64_t n = 1;
    if (isExact(p, &molt_type_union)) {
      items = tupleItems(unOf(p)->args);
      n = tupleSize(unOf(p)->args);
    }
    for (int64_t i = 0; i < n; i++) {
      MoltValue m = items[i] == MOLT_NONE ? molt_from_ptr(&molt_type_NoneType) : items[i];
      int found = molt_contains(members, m);
      if (found < 0 || (!found && molt_list_append(members, m) < 0)) {
        molt_decref(members);
        return MOLT_ERROR;
      }
    }
  }
  MoltValue args = molt_list_as_tuple(members);
  molt_decref(members);
  if (molt_is_error(args)) return args;
  if (tupleSize(args) == 1) {
    MoltValue only = molt_newref(tupleItems(args)[0]);
    molt_decref(args);
    return only;
  }
  MoltObject *o = allocObject(&molt_type_union, sizeof(MoltUnion));
  if (!o) {
    molt_decref(args);
    return MOLT_ERROR;
  }
  reinterpret_cast<MoltUnion *>(o)->args = args;
  return molt_from_ptr(o);
}

} // namespace molt::rt
