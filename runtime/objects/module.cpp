// The `module` type: a compiled module's globals exposed as attributes.
// Attribute reads go to the module's global slots (a lazily built name ->
// slot table), then to extra attributes, then to module-level __getattr__.
#include <cstdlib>

#include "../core/core_internal.h"

using namespace molt::rt;

namespace {

MoltModule *modOf(MoltValue v) { return as<MoltModule>(v); }

uint32_t nameHash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

void buildIndex(MoltModule *m) {
  const MoltModuleInfo *info = m->info;
  uint32_t cap = 8;
  while (cap < info->nglobals * 2 + 1)
    cap <<= 1;
  auto *idx = static_cast<int32_t *>(malloc(cap * sizeof(int32_t)));
  if (!idx) return;
  for (uint32_t i = 0; i < cap; i++)
    idx[i] = -1;
  for (size_t g = 0; g < info->nglobals; g++) {
    const char *nm = info->global_names[g];
    uint32_t h = nameHash(nm, strlen(nm)) & (cap - 1);
    while (idx[h] >= 0)
      h = (h + 1) & (cap - 1);
    idx[h] = (int32_t)g;
  }
  m->index = idx;
  m->indexMask = cap - 1;
}

} // namespace

namespace molt::rt {
/// The global slot of `name` in module m, or -1.
int64_t moduleSlot(MoltModule *m, std::string_view name) {
  if (!m->info || m->info->nglobals == 0) return -1;
  if (!m->index) {
    buildIndex(m);
    if (!m->index) return -1;
  }
  uint32_t h = nameHash(name.data(), name.size()) & m->indexMask;
  while (m->index[h] >= 0) {
    const char *nm = m->info->global_names[m->index[h]];
    if (strlen(nm) == name.size() && memcmp(nm, name.data(), name.size()) == 0) return m->index[h];
    h = (h + 1) & m->indexMask;
  }
  return -1;
}

/// A new module object for info (or a bare module named `name` when info is NULL).
MoltValue moduleNew(const MoltModuleInfo *info, MoltValue name) {
  MoltObject *o = allocObject(&molt_type_module, sizeof(MoltModule));
  if (!o) return MOLT_ERROR;
  auto *m = reinterpret_cast<MoltModule *>(o);
  m->info = info;
  m->name = molt_newref(name);
  m->extra = MOLT_NONE;
  m->index = nullptr;
  m->indexMask = 0;
  m->initializing = 0;
  return molt_from_ptr(o);
}
} // namespace molt::rt

namespace {

std::string_view modName(MoltModule *m) { return sv(m->name); }

std::string packageOf(MoltModule *m) {
  std::string n(modName(m));
  if (m->info && m->info->is_package) return n;
  size_t dot = n.rfind('.');
  return dot == std::string::npos ? std::string() : n.substr(0, dot);
}

// Attributes every module has even when the body never binds them.
MoltValue implicitAttr(MoltModule *m, std::string_view n) {
  if (n == "__name__") return molt_newref(m->name);
  if (n == "__file__" && m->info && m->info->filename) return cstr(m->info->filename);
  if (n == "__doc__" || n == "__spec__" || n == "__loader__") return MOLT_NONE;
  if (n == "__package__") return strFromUtf8(packageOf(m));
  return MOLT_UNBOUND;
}

// `mod.name` at a call site repeats the same (module info, interned name)
// pair: a direct-mapped cache of their slots skips hashing the name's bytes.
// Interned strs are immortal and infos are static, so the keys stay valid.
struct SlotCacheEntry {
  const MoltModuleInfo *info;
  MoltValue name;
  int64_t slot;
};
SlotCacheEntry gSlotCache[256];

int64_t cachedSlot(MoltModule *m, MoltValue name) {
  if (!m->info || !as<MoltStr>(name)->interned) return moduleSlot(m, strView(name));
  uintptr_t h = (reinterpret_cast<uintptr_t>(m->info) >> 4) ^ (uintptr_t(name) >> 4);
  SlotCacheEntry &e = gSlotCache[(h ^ (h >> 8)) & 255];
  if (e.info == m->info && e.name == name) return e.slot;
  int64_t slot = moduleSlot(m, strView(name));
  e = SlotCacheEntry{m->info, name, slot};
  return slot;
}

MoltValue modGetAttr(MoltValue o, MoltValue name) {
  MoltModule *m = modOf(o);
  std::string_view n = strView(name);
  int64_t slot = cachedSlot(m, name);
  if (slot >= 0 && m->info->globals[slot] != MOLT_UNBOUND)
    return molt_newref(m->info->globals[slot]);
  if (molt_is_ptr(m->extra)) {
    MoltValue v = dictGetItem(m->extra, name);
    if (molt_is_error(v)) return v;
    if (v != MOLT_UNBOUND) return molt_newref(v);
  }
  MoltValue v = implicitAttr(m, n);
  if (v != MOLT_UNBOUND) return v;
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return descr;
  if (descr != MOLT_UNBOUND) {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_get) return dt->descr_get(descr, o, t);
    return molt_newref(descr);
  }
  // PEP 562: module-level __getattr__.
  int64_t ga = moduleSlot(m, "__getattr__");
  MoltValue hook = ga >= 0 ? m->info->globals[ga] : MOLT_UNBOUND;
  if (hook == MOLT_UNBOUND && molt_is_ptr(m->extra))
    hook = dictGetItem(m->extra, cstr("__getattr__"));
  if (molt_is_error(hook)) return hook;
  if (hook != MOLT_UNBOUND) return molt_call(hook, &name, 1, MOLT_NONE);
  std::string_view mn = modName(m);
  if (m->initializing)
    molt_raise_fmt(&molt_type_AttributeError,
                   "partially initialized module '%.*s' has no attribute '%.*s' (most "
                   "likely due to a circular import)",
                   (int)mn.size(), mn.data(), (int)n.size(), n.data());
  else
    molt_raise_fmt(&molt_type_AttributeError, "module '%.*s' has no attribute '%.*s'",
                   (int)mn.size(), mn.data(), (int)n.size(), n.data());
  setAttrErrorContext(o, name);
  return MOLT_ERROR;
}

int modSetAttr(MoltValue o, MoltValue name, MoltValue v) {
  MoltModule *m = modOf(o);
  std::string_view n = strView(name);
  MoltType *t = molt_type_of(o);
  MoltValue descr = typeLookup(t, name);
  if (molt_is_error(descr)) return -1;
  if (descr != MOLT_UNBOUND) {
    MoltType *dt = molt_type_of(descr);
    if (dt->descr_set) return dt->descr_set(descr, o, v);
  }
  int64_t slot = moduleSlot(m, n);
  if (slot >= 0) {
    MoltValue *p = &m->info->globals[slot];
    if (v == MOLT_UNBOUND) {
      if (*p == MOLT_UNBOUND) goto missing;
      MoltValue old = *p;
      *p = MOLT_UNBOUND;
      molt_decref(old);
      return 0;
    }
    MoltValue old = *p;
    *p = molt_newref(v);
    molt_xdecref(old);
    return 0;
  }
  if (v == MOLT_UNBOUND) {
    MoltValue cur = molt_is_ptr(m->extra) ? dictGetItem(m->extra, name) : MOLT_UNBOUND;
    if (molt_is_error(cur)) return -1;
    if (cur == MOLT_UNBOUND) goto missing;
    return dictDelItem(m->extra, name) < 0 ? -1 : 0;
  }
  if (!molt_is_ptr(m->extra)) {
    MoltValue d = molt_dict_new(nullptr, 0);
    if (molt_is_error(d)) return -1;
    m->extra = d;
  }
  return molt_dict_setitem(m->extra, name, v);
missing:
  molt_raise_fmt(&molt_type_AttributeError, "'module' object has no attribute '%.*s'",
                 (int)n.size(), n.data());
  return -1;
}

MoltValue modRepr(MoltValue v) {
  MoltModule *m = modOf(v);
  std::string_view n = modName(m);
  if (m->info && m->info->filename)
    return strFormat("<module '%.*s' from '%s'>", (int)n.size(), n.data(), m->info->filename);
  return strFormat("<module '%.*s' (built-in)>", (int)n.size(), n.data());
}

void modDealloc(MoltObject *o) {
  auto *m = reinterpret_cast<MoltModule *>(o);
  molt_xdecref(m->name);
  molt_xdecref(m->extra);
  free(m->index);
  freeObject(o);
}

void modTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *m = reinterpret_cast<MoltModule *>(o);
  if (molt_is_ptr(m->extra)) visit(m->extra, arg);
  if (m->info)
    for (size_t i = 0; i < m->info->nglobals; i++)
      if (molt_is_ptr(m->info->globals[i])) visit(m->info->globals[i], arg);
}

// A snapshot of the module's namespace (CPython's is live).
MoltValue getDict(MoltValue self) {
  MoltModule *m = modOf(self);
  MoltValue d = molt_dict_new(nullptr, 0);
  if (molt_is_error(d)) return d;
  const char *implicit[] = {"__name__",   "__doc__",  "__package__",
                            "__loader__", "__spec__", "__file__"};
  for (const char *k : implicit) {
    MoltValue v = implicitAttr(m, k);
    if (v == MOLT_UNBOUND) continue;
    int r = molt_dict_setitem(d, cstr(k), v);
    molt_decref(v);
    if (r < 0) goto fail;
  }
  if (m->info)
    for (size_t i = 0; i < m->info->nglobals; i++) {
      MoltValue v = m->info->globals[i];
      if (v == MOLT_UNBOUND) continue;
      if (molt_dict_setitem(d, cstr(m->info->global_names[i]), v) < 0) goto fail;
    }
  if (molt_is_ptr(m->extra) && molt_dict_update(d, m->extra) < 0) goto fail;
  return d;
fail:
  molt_decref(d);
  return MOLT_ERROR;
}

MoltValue modNew(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  size_t total = nargs + kwCount(kwnames);
  if (total > 2)
    return molt_raise_fmt(&molt_type_TypeError, "module() takes at most 2 arguments (%zu given)",
                          total);
  if (nargs < 1 || kwCount(kwnames))
    return molt_raise_fmt(&molt_type_TypeError,
                          "module() missing required argument 'name' (pos 1)");
  if (!isStr(args[0]))
    return molt_raise_fmt(&molt_type_TypeError, "module() argument 'name' must be str, not %s",
                          typeName(args[0]));
  MoltValue m = moduleNew(nullptr, args[0]);
  if (molt_is_error(m)) return m;
  if (nargs > 1 && modSetAttr(m, cstr("__doc__"), args[1]) < 0) {
    molt_decref(m);
    return MOLT_ERROR;
  }
  return m;
}

const GetSetDef kGetSets[] = {
    {"__dict__", getDict, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_module = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "module",
    .base = &molt_type_object,
    .flags = kTypeBaseType,
    .basicsize = sizeof(MoltModule),
    .dealloc = modDealloc,
    .traverse = modTraverse,
    .repr = modRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = modGetAttr,
    .setattr = modSetAttr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = kGetSets,
    .new_ = modNew,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};
