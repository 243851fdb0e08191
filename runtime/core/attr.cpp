// Attribute access: molt_getattr/setattr/delattr, the generic (descriptor
// aware) algorithms, and molt_call_method's unbound-method fast path.
#include "core_internal.h"
#include "molt/exceptionobject.h"
#include "molt/heaptype.h"

using namespace molt::rt;

namespace {

bool checkName(MoltValue name) {
  if (isStr(name)) return true;
  molt_raise_fmt(&molt_type_TypeError, "attribute name must be string, not '%s'", typeName(name));
  return false;
}

MoltValue *instanceDict(MoltValue o, MoltType *t, MoltValue *dictp, bool create = false) {
  if (dictp) return dictp;
  if (t->dictoffset && molt_is_ptr(o))
    return reinterpret_cast<MoltValue *>(reinterpret_cast<char *>(molt_ptr(o)) + t->dictoffset);
  // Subclasses of int/str/tuple/bytes keep their dict in a side table.
  if (isHeapType(t)) return instanceDictSlot(o, create);
  return nullptr;
}

} // namespace

namespace molt::rt {

void setAttrErrorContext(MoltValue obj, MoltValue name) {
  MoltValue e = molt_state.exc;
  if (!molt_is_ptr(e) || !isInstance(e, &molt_type_AttributeError)) return;
  auto *a = reinterpret_cast<MoltAttributeErrorObject *>(molt_ptr(e));
  MoltValue oldName = a->name, oldObj = a->obj;
  a->name = molt_newref(name);
  a->obj = molt_newref(obj);
  molt_xdecref(oldName);
  molt_xdecref(oldObj);
}

MoltValue genericGetAttr(MoltValue o, MoltValue name, MoltValue *dictp) {
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return descr;
  MoltType *dt = nullptr;
  if (descr != MOLT_UNBOUND) {
    dt = molt_type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, o, t);
  }
  dictp = instanceDict(o, t, dictp);
  if (dictp && molt_is_ptr(*dictp)) {
    MoltValue v = dictGetItem(*dictp, name);
    if (molt_is_error(v)) return v;
    if (v != MOLT_UNBOUND) return molt_newref(v);
  }
  if (descr != MOLT_UNBOUND) {
    if (dt->descr_get) return dt->descr_get(descr, o, t);
    return molt_newref(descr);
  }
  std::string_view n = strView(name);
  molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                 (int)n.size(), n.data());
  setAttrErrorContext(o, name);
  return MOLT_ERROR;
}

int genericSetAttr(MoltValue o, MoltValue name, MoltValue v, MoltValue *dictp) {
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return -1;
  if (descr != MOLT_UNBOUND) {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_set) return dt->descr_set(descr, o, v);
  }
  std::string_view n = strView(name);
  dictp = instanceDict(o, t, dictp, true);
  if (dictp) {
    if (v == MOLT_UNBOUND) {
      MoltValue cur = molt_is_ptr(*dictp) ? dictGetItem(*dictp, name) : MOLT_UNBOUND;
      if (molt_is_error(cur)) return -1;
      if (cur == MOLT_UNBOUND) {
        molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                       (int)n.size(), n.data());
        return -1;
      }
      return molt_delitem(*dictp, name);
    }
    if (!molt_is_ptr(*dictp)) {
      MoltValue d = molt_dict_new(nullptr, 0);
      if (molt_is_error(d)) return -1;
      *dictp = d;
    }
    return molt_dict_setitem(*dictp, name, v);
  }
  if (descr == MOLT_UNBOUND)
    molt_raise_fmt(&molt_type_AttributeError, "'%s' object has no attribute '%.*s'", t->name,
                   (int)n.size(), n.data());
  else
    molt_raise_fmt(&molt_type_AttributeError, "'%s' object attribute '%.*s' is read-only", t->name,
                   (int)n.size(), n.data());
  return -1;
}

} // namespace molt::rt

extern "C" {

MoltValue molt_getattr(MoltValue o, MoltValue name) {
  if (!checkName(name)) return MOLT_ERROR;
  MoltType *t = molt_type_of(o);
  if (t->getattr) return t->getattr(o, name);
  return genericGetAttr(o, name, nullptr);
}

int molt_setattr(MoltValue o, MoltValue name, MoltValue v) {
  if (!checkName(name)) return -1;
  MoltType *t = molt_type_of(o);
  if (t->setattr) return t->setattr(o, name, v);
  return genericSetAttr(o, name, v, nullptr);
}

int molt_delattr(MoltValue o, MoltValue name) {
  if (!checkName(name)) return -1;
  MoltType *t = molt_type_of(o);
  if (t->setattr) return t->setattr(o, name, MOLT_UNBOUND);
  return genericSetAttr(o, name, MOLT_UNBOUND, nullptr);
}

MoltValue molt_call_method(MoltValue name, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue self = args[0];
  MoltType *t = molt_type_of(self);
  if (!t->getattr) {
    MoltValue descr = typeLookup(t, name);
    if (molt_is_error(descr)) return descr;
    if (descr != MOLT_UNBOUND) {
      MoltType *dt = molt_type_of(descr);
      bool plainMethod = (dt == &molt_type_method_descriptor &&
                          !(as<MoltMethodDescr>(descr)->flags & (kMethStatic | kMethClass))) ||
                         dt == &molt_type_function;
      if (plainMethod) {
        MoltValue *dictp = instanceDict(self, t, nullptr);
        bool shadowed = false;
        if (dictp && molt_is_ptr(*dictp)) {
          MoltValue v = dictGetItem(*dictp, name);
          if (molt_is_error(v)) return v;
          shadowed = v != MOLT_UNBOUND;
        }
        if (!shadowed) {
          if (dt == &molt_type_function) return molt_call(descr, args, nargs, kwnames);
          return as<MoltCFuncBase>(descr)->fn(descr, args, nargs, kwnames);
        }
      }
    }
  }
  MoltValue bound = molt_getattr(self, name);
  if (molt_is_error(bound)) return bound;
  MoltValue r = molt_call(bound, args + 1, nargs - 1, kwnames);
  molt_decref(bound);
  return r;
}

MoltValue molt_call_method_fill(MoltMethodCache *cache, MoltValue name, const MoltValue *args,
                                size_t nargs, MoltValue kwnames) {
  MoltType *t = molt_type_of(args[0]);
  // Static builtin types without instance dicts or custom getattr: the
  // method found now is the method every later call would find.
  if (!(t->flags & kTypeHeap) && !t->getattr && t->dictoffset == 0) {
    MoltValue descr = typeLookup(t, name);
    if (molt_is_error(descr)) return descr;
    if (descr != MOLT_UNBOUND && molt_type_of(descr) == &molt_type_method_descriptor &&
        !(as<MoltMethodDescr>(descr)->flags & (kMethStatic | kMethClass))) {
      cache->type = t;
      cache->descr = descr;
      cache->fn = as<MoltCFuncBase>(descr)->fn;
      return cache->fn(descr, args, nargs, kwnames);
    }
  }
  return molt_call_method(name, args, nargs, kwnames);
}

} // extern "C"
