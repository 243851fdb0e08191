// super: attribute lookup starting after a class in the MRO of an object's
// type. The compiler rewrites zero-argument super() to super(__class__,
// first_argument); super(type) gives an unbound super object.
#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

struct Super {
  MoltObject ob;
  MoltType *type;    // __thisclass__
  MoltValue obj;     // __self__ or MOLT_NONE
  MoltType *objType; // __self_class__ or NULL
};

Super *su(MoltValue v) { return as<Super>(v); }

// The type whose MRO the lookup walks, or NULL with TypeError.
MoltType *superCheck(MoltType *type, MoltValue obj) {
  if (molt_is_ptr(obj) && isInstance(obj, &molt_type_type) && isSubtype(as<MoltType>(obj), type))
    return as<MoltType>(obj);
  if (isInstance(obj, type)) return molt_type_of(obj);
  molt_raise_fmt(&molt_type_TypeError,
                 "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

MoltValue superNew(MoltType *t, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError, "super() takes no keyword arguments");
  if (nargs == 0) return molt_raise_fmt(&molt_type_RuntimeError, "super(): no arguments");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "super() takes at most 2 arguments (%zu given)",
                          nargs);
  if (!molt_is_ptr(args[0]) || !isInstance(args[0], &molt_type_type))
    return molt_raise_fmt(&molt_type_TypeError, "super() argument 1 must be a type, not %s",
                          typeName(args[0]));
  MoltType *type = as<MoltType>(args[0]);
  MoltType *objType = nullptr;
  MoltValue obj = MOLT_NONE;
  if (nargs == 2 && args[1] != MOLT_NONE) {
    objType = superCheck(type, args[1]);
    if (!objType) return MOLT_ERROR;
    obj = args[1];
  }
  MoltObject *o = allocObject(t, t->basicsize);
  if (!o) return MOLT_ERROR;
  auto *s = reinterpret_cast<Super *>(o);
  s->type = type;
  s->obj = molt_newref(obj);
  s->objType = objType;
  return molt_from_ptr(o);
}

void superDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<Super *>(o)->obj);
  freeObject(o);
}

void superTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<Super *>(o);
  if (molt_is_ptr(s->obj)) visit(s->obj, arg);
}

// What the MRO of super's object type holds under name after __thisclass__
// (borrowed), MOLT_UNBOUND if nothing; s->objType must be set.
MoltValue superFind(Super *s, MoltValue name) {
  MoltType *start = s->objType;
  if (!typeIsReady(start)) readyType(start);
  auto *mro = as<MoltTuple>(start->mro);
  int64_t i = 0;
  while (i < mro->size && as<MoltType>(mro->items[i]) != s->type)
    i++;
  for (i++; i < mro->size; i++) {
    auto *b = as<MoltType>(mro->items[i]);
    if (!typeIsReady(b)) readyType(b);
    if (!molt_is_ptr(b->dict)) continue;
    MoltValue v = dictGetItem(b->dict, name);
    if (v != MOLT_UNBOUND) return v;
  }
  return MOLT_UNBOUND;
}

MoltValue superGetAttr(MoltValue self, MoltValue name) {
  Super *s = su(self);
  if (s->objType && strView(name) != "__class__") {
    MoltType *start = s->objType;
    MoltValue v = superFind(s, name);
    if (molt_is_error(v)) return v;
    if (v != MOLT_UNBOUND) {
      MoltType *vt = molt_type_of(v);
      if (vt->descr_get) {
        molt_incref(v);
        MoltValue r =
            vt->descr_get(v, s->obj == molt_from_ptr(start) ? MOLT_UNBOUND : s->obj, start);
        molt_decref(v);
        return r;
      }
      return molt_newref(v);
    }
  }
  MoltValue r = genericGetAttr(self, name, nullptr);
  return r;
}

// super().name(args) where the MRO after __thisclass__ holds a plain
// function under name and super is bound to an instance: the function is
// called with the instance first, as the bound method superGetAttr would
// make would call it. MOLT_UNBOUND for every other case (the caller then
// goes through getattr).
MoltValue superCallMethod(MoltValue self, MoltValue name, const MoltValue *args, size_t nargs,
                          MoltValue kwnames) {
  if (molt_type_of(self) != &molt_type_super) return MOLT_UNBOUND;
  Super *s = su(self);
  MoltType *start = s->objType;
  if (!start || s->obj == molt_from_ptr(start) || strView(name) == "__class__") return MOLT_UNBOUND;
  MoltValue v = superFind(s, name);
  if (v == MOLT_UNBOUND || molt_is_error(v)) return v;
  if (molt_type_of(v) != &molt_type_function) return MOLT_UNBOUND;
  size_t total = nargs + size_t(kwCount(kwnames));
  MoltValue small[8];
  std::vector<MoltValue> big;
  MoltValue *a = small;
  if (total > 8) {
    big.resize(total);
    a = big.data();
  }
  a[0] = s->obj;
  for (size_t k = 1; k < total; k++)
    a[k] = args[k];
  molt_incref(v); // the class dict may drop it during the call
  MoltValue r = molt_call(v, a, nargs, kwnames);
  molt_decref(v);
  return r;
}

MoltValue superRepr(MoltValue self) {
  Super *s = su(self);
  std::string tn =
      typeModule(s->type) == "builtins"
          ? sformat("<class '%s'>", typeQualname(s->type).c_str())
          : sformat("<class '%s.%s'>", typeModule(s->type).c_str(), typeQualname(s->type).c_str());
  if (s->objType) return strFormat("<super: %s, <%s object>>", tn.c_str(), s->objType->name);
  return strFormat("<super: %s, NULL>", tn.c_str());
}

MoltValue superDescrGet(MoltValue self, MoltValue obj, MoltType *) {
  Super *s = su(self);
  if (obj == MOLT_UNBOUND || obj == MOLT_NONE || s->objType) return molt_newref(self);
  MoltValue a[2] = {molt_from_ptr(s->type), obj};
  return molt_call(molt_from_ptr(molt_type_of(self)), a, 2, MOLT_NONE);
}

MoltValue getThisclass(MoltValue self) { return molt_from_ptr(su(self)->type); }
MoltValue getSelf(MoltValue self) { return molt_newref(su(self)->obj); }
MoltValue getSelfClass(MoltValue self) {
  Super *s = su(self);
  return s->objType ? molt_from_ptr(s->objType) : MOLT_NONE;
}

const GetSetDef kGetSets[] = {
    {"__thisclass__", getThisclass, nullptr},
    {"__self__", getSelf, nullptr},
    {"__self_class__", getSelfClass, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

// The behaviour of super is filled by molt_use_super, which the generated main
// calls when the program names super (its only way to make one; Features.cpp).
MoltType molt_type_super = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "super",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(Super),
    .dealloc = superDealloc,
    .traverse = superTraverse,
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

extern "C" void molt_use_super(void) {
  molt_type_super.repr = superRepr;
  molt_type_super.getattr = superGetAttr;
  molt_type_super.getsets = kGetSets;
  molt_type_super.new_ = superNew;
  molt_type_super.descr_get = superDescrGet;
  gSuperCallMethod = superCallMethod;
}
