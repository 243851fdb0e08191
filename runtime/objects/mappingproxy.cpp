// mappingproxy: the read-only view of a mapping that class.__dict__ returns
// (types.MappingProxyType). Reads delegate to the wrapped mapping.
#include "../core/core_internal.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

struct MappingProxy {
  MoltObject ob;
  MoltValue mapping;
};

MoltValue mp(MoltValue v) { return as<MappingProxy>(v)->mapping; }

MoltValue mpNew(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs != 1 || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError,
                          "mappingproxy() missing required argument 'mapping' (pos 1)");
  MoltType *mt = molt_type_of(args[0]);
  if (!contSlot(mt, &ContainerSlots::getitem) || isSubtype(mt, &molt_type_list) ||
      isSubtype(mt, &molt_type_tuple))
    return molt_raise_fmt(&molt_type_TypeError, "mappingproxy() argument must be a mapping, not %s",
                          mt->name);
  MoltObject *o = allocObject(type, sizeof(MappingProxy));
  if (!o) return MOLT_ERROR;
  as<MappingProxy>(molt_from_ptr(o))->mapping = molt_newref(args[0]);
  return molt_from_ptr(o);
}

void mpDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<MappingProxy *>(o)->mapping);
  freeObject(o);
}

void mpTraverse(MoltObject *o, visitfunc visit, void *arg) {
  visit(reinterpret_cast<MappingProxy *>(o)->mapping, arg);
}

MoltValue mpRepr(MoltValue self) {
  MoltValue r = molt_repr(mp(self));
  if (molt_is_error(r)) return r;
  std::string_view v = strView(r);
  MoltValue s = strFormat("mappingproxy(%.*s)", (int)v.size(), v.data());
  molt_decref(r);
  return s;
}
MoltValue mpStr(MoltValue self) { return molt_str(mp(self)); }
MoltValue mpIter(MoltValue self) { return molt_iter(mp(self)); }
int64_t mpLen(MoltValue self) {
  MoltType *t = molt_type_of(mp(self));
  lenfunc f = contSlot(t, &ContainerSlots::len);
  if (!f) {
    molt_raise_fmt(&molt_type_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
  }
  return f(mp(self));
}
MoltValue mpGetItem(MoltValue self, MoltValue k) { return molt_getitem(mp(self), k); }
int mpContains(MoltValue self, MoltValue k) { return molt_contains(mp(self), k); }
MoltValue mpCompare(MoltValue a, MoltValue b, int op) {
  if (isExact(b, molt_type_of(a))) b = mp(b);
  return molt_richcompare(mp(a), b, op);
}

// Methods forwarding to the mapping's method of the same name.
MoltValue forward(const char *name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue a[4];
  if (nargs > 4) return molt_raise_fmt(&molt_type_TypeError, "too many arguments");
  for (size_t i = 0; i < nargs; i++)
    a[i] = args[i];
  a[0] = mp(args[0]);
  return molt_call_method(cstr(name), a, nargs, kwnames);
}
MoltValue mKeys(MoltValue, const MoltValue *a, size_t n, MoltValue k) {
  return forward("keys", a, n, k);
}
MoltValue mValues(MoltValue, const MoltValue *a, size_t n, MoltValue k) {
  return forward("values", a, n, k);
}
MoltValue mItems(MoltValue, const MoltValue *a, size_t n, MoltValue k) {
  return forward("items", a, n, k);
}
MoltValue mGet(MoltValue, const MoltValue *a, size_t n, MoltValue k) {
  return forward("get", a, n, k);
}
MoltValue mCopy(MoltValue, const MoltValue *a, size_t n, MoltValue k) {
  return forward("copy", a, n, k);
}

MoltValue mpOr(MoltValue a, MoltValue b) {
  MoltType *t = &molt_type_mappingproxy;
  MoltValue x = isExact(a, t) ? mp(a) : a, y = isExact(b, t) ? mp(b) : b;
  return molt_or(x, y);
}

constexpr NumberSlots kNumber = [] {
  NumberSlots n{};
  n.or_ = mpOr;
  return n;
}();
const ContainerSlots kContainer = {mpLen, mpGetItem, nullptr, mpContains, nullptr};

const MethodDef kMethods[] = {
    {"keys", mKeys, 0}, {"values", mValues, 0}, {"items", mItems, 0},
    {"get", mGet, 0},   {"copy", mCopy, 0},     {nullptr, nullptr, 0},
};

} // namespace

// The behaviour of mappingproxy is filled by molt_use_mappingproxy: a proxy is
// made only by a class's __dict__ (and types.MappingProxyType, which is the type
// of one), and __dict__ is one of the names that install every part (Features.cpp).
MoltType molt_type_mappingproxy = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "mappingproxy",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MappingProxy),
    .dealloc = mpDealloc,
    .traverse = mpTraverse,
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
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

namespace molt::rt {
MoltValue mappingProxyNew(MoltValue mapping) {
  return mpNew(&molt_type_mappingproxy, &mapping, 1, MOLT_NONE);
}
} // namespace molt::rt

extern "C" void molt_use_mappingproxy(void) {
  molt_type_mappingproxy.repr = mpRepr;
  molt_type_mappingproxy.str = mpStr;
  molt_type_mappingproxy.richcompare = mpCompare;
  molt_type_mappingproxy.iter = mpIter;
  molt_type_mappingproxy.number = &kNumber;
  molt_type_mappingproxy.container = &kContainer;
  molt_type_mappingproxy.methods = kMethods;
  molt_type_mappingproxy.new_ = mpNew;
}
