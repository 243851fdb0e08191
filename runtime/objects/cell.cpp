// The `cell` type: a closure variable shared between a function and the
// functions nested in it.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltCell *cOf(MoltValue v) { return as<MoltCell>(v); }

void cellDealloc(MoltObject *o) {
  molt_xdecref(reinterpret_cast<MoltCell *>(o)->value);
  freeObject(o);
}

void cellTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue v = reinterpret_cast<MoltCell *>(o)->value;
  if (molt_is_ptr(v)) visit(v, arg);
}

MoltValue cellRepr(MoltValue v) {
  MoltCell *c = cOf(v);
  std::string a = addrString(c);
  if (c->value == MOLT_UNBOUND) return strFormat("<cell at %s: empty>", a.c_str());
  std::string b = addrString(molt_is_ptr(c->value) ? (const void *)molt_ptr(c->value) : nullptr);
  return strFormat("<cell at %s: %s object at %s>", a.c_str(), typeName(c->value), b.c_str());
}

MoltValue getContents(MoltValue self) {
  MoltValue v = cOf(self)->value;
  if (v == MOLT_UNBOUND) return molt_raise_fmt(&molt_type_ValueError, "Cell is empty");
  return molt_newref(v);
}
int setContents(MoltValue self, MoltValue v) {
  molt_cell_set(self, v);
  return 0;
}

const GetSetDef kGetSets[] = {
    {"cell_contents", getContents, setContents},
    {nullptr, nullptr, nullptr},
};

} // namespace

extern "C" {

MoltValue molt_cell_new(MoltValue v) {
  MoltObject *o = allocObject(&molt_type_cell, sizeof(MoltCell));
  if (!o) return MOLT_ERROR;
  reinterpret_cast<MoltCell *>(o)->value = v == MOLT_UNBOUND ? v : molt_newref(v);
  return molt_from_ptr(o);
}

void molt_cell_set(MoltValue cell, MoltValue v) {
  MoltCell *c = cOf(cell);
  MoltValue old = c->value;
  c->value = v == MOLT_UNBOUND ? v : molt_newref(v);
  molt_xdecref(old);
}

} // extern "C"

MoltType molt_type_cell = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "cell",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltCell),
    .dealloc = cellDealloc,
    .traverse = cellTraverse,
    .repr = cellRepr,
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
    .getsets = kGetSets,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
