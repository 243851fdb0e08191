// types.GenericAlias: the value of `list[int]`, `dict[str, int]`,
// `tuple[int, ...]` (what builtin containers' __class_getitem__ returns), so
// that annotations evaluated at run time work.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct MoltGenericAlias {
  MoltObject ob;
  MoltValue origin;
  MoltValue args; // tuple
};

MoltGenericAlias *gaOf(MoltValue v) { return as<MoltGenericAlias>(v); }

void gaDealloc(MoltObject *o) {
  auto *g = reinterpret_cast<MoltGenericAlias *>(o);
  molt_decref(g->origin);
  molt_decref(g->args);
  freeObject(o);
}

void gaTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *g = reinterpret_cast<MoltGenericAlias *>(o);
  visit(g->origin, arg);
  visit(g->args, arg);
}

MoltValue gaRepr(MoltValue v) {
  MoltGenericAlias *g = gaOf(v);
  std::string out;
  if (!appendTypeRepr(out, g->origin)) return MOLT_ERROR;
  out += '[';
  int64_t n = tupleSize(g->args);
  if (n == 0) out += "()";
  for (int64_t i = 0; i < n; i++) {
    if (i) out += ", ";
    if (!appendTypeRepr(out, tupleItems(g->args)[i])) return MOLT_ERROR;
  }
  out += ']';
  return strFromUtf8(out);
}

MoltValue gaCall(MoltValue callable, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return molt_call(gaOf(callable)->origin, args, nargs, kwnames);
}

MoltValue gaGetAttr(MoltValue o, MoltValue name) {
  MoltGenericAlias *g = gaOf(o);
  std::string_view n = strView(name);
  if (n == "__origin__") return molt_newref(g->origin);
  if (n == "__args__") return molt_newref(g->args);
  if (n == "__parameters__") return molt_tuple_new(nullptr, 0);
  if (n == "__class__") return molt_from_ptr(molt_type_of(o));
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return descr;
  if (descr != MOLT_UNBOUND && n.size() > 4 && n.substr(0, 2) == "__") {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_get) return dt->descr_get(descr, o, t);
    return molt_newref(descr);
  }
  return molt_getattr(g->origin, name);
}

MoltValue gaRichCompare(MoltValue a, MoltValue b, int op) {
  if ((op != MOLT_EQ && op != MOLT_NE) || !isExact(b, &molt_type_genericalias))
    return molt_not_implemented();
  MoltGenericAlias *x = gaOf(a), *y = gaOf(b);
  int eq = equals(x->origin, y->origin);
  if (eq > 0) eq = equals(x->args, y->args);
  if (eq < 0) return MOLT_ERROR;
  return molt_bool(op == MOLT_EQ ? eq : !eq);
}

int gaHash(MoltValue v, int64_t *out) {
  int64_t h1, h2;
  if (hashValue(gaOf(v)->origin, &h1) < 0 || hashValue(gaOf(v)->args, &h2) < 0) return -1;
  int64_t h = h1 ^ h2;
  *out = h == -1 ? -2 : h;
  return 0;
}

MoltValue gaOr(MoltValue a, MoltValue b) { return makeUnion(a, b); }

constexpr NumberSlots kGaNumber = [] {
  NumberSlots n{};
  n.or_ = gaOr;
  return n;
}();

/// GenericAlias(origin, args): what types.GenericAlias(list, (int,)) calls.
MoltValue gaNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwnames != MOLT_NONE && tupleSize(kwnames) > 0)
    return molt_raise_fmt(&molt_type_TypeError, "GenericAlias() takes no keyword arguments");
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "GenericAlias expected 2 arguments, got %zu",
                          nargs);
  return makeGenericAlias(args[0], args[1]);
}

} // namespace

MoltType molt_type_genericalias = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "types.GenericAlias",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltGenericAlias),
    .dealloc = gaDealloc,
    .traverse = gaTraverse,
    .repr = gaRepr,
    .str = nullptr,
    .hash = gaHash,
    .richcompare = gaRichCompare,
    .getattr = gaGetAttr,
    .setattr = nullptr,
    .call = gaCall,
    .iter = nullptr,
    .iternext = nullptr,
    .number = &kGaNumber,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = gaNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

namespace molt::rt {

bool appendTypeRepr(std::string &out, MoltValue v) {
  if (v == molt_ellipsis()) {
    out += "...";
    return true;
  }
  if (v == MOLT_NONE) {
    out += "None";
    return true;
  }
  if (isInstance(v, &molt_type_type)) {
    MoltType *t = as<MoltType>(v);
    std::string mod = typeModule(t), q = typeQualname(t);
    if (mod != "builtins") out += mod + ".";
    out += q;
    return true;
  }
  MoltValue r = molt_repr(v);
  if (molt_is_error(r)) return false;
  out += strView(r);
  molt_decref(r);
  return true;
}

MoltValue makeGenericAlias(MoltValue origin, MoltValue args) {
  MoltValue tup;
  if (isTuple(args)) {
    tup = molt_newref(args);
  } else {
    tup = molt_tuple_new(&args, 1);
    if (molt_is_error(tup)) return tup;
  }
  MoltObject *o = allocObject(&molt_type_genericalias, sizeof(MoltGenericAlias));
  if (!o) {
    molt_decref(tup);
    return MOLT_ERROR;
  }
  auto *g = reinterpret_cast<MoltGenericAlias *>(o);
  g->origin = molt_newref(origin);
  g->args = tup;
  return molt_from_ptr(o);
}

} // namespace molt::rt
