// Module import: the sys.modules-style cache keyed by MoltModuleInfo (and by
// name for packages), running each module body once.
#include <vector>

#include "../builtins/builtins_internal.h"
#include "../platform/platform.h"
#include "core_internal.h"

using namespace molt::rt;

namespace {

struct Entry {
  const MoltModuleInfo *info;
  MoltValue module; // the cache holds one reference
  int state;        // 0 created, 1 body running, 2 done
};

std::vector<Entry> &cache() {
  static std::vector<Entry> c;
  return c;
}

Entry *findInfo(const MoltModuleInfo *info) {
  for (Entry &e : cache())
    if (e.info == info) return &e;
  return nullptr;
}

Entry *findName(std::string_view name) {
  for (Entry &e : cache())
    if (e.info->name && std::string_view(e.info->name) == name) return &e;
  return nullptr;
}

void setIfUnbound(MoltModule *m, const char *name, MoltValue v) {
  int64_t slot = moduleSlot(m, name);
  if (slot >= 0 && m->info->globals[slot] == MOLT_UNBOUND) m->info->globals[slot] = molt_newref(v);
}

Entry *create(const MoltModuleInfo *info) {
  const char *nm = info->name ? info->name : "?";
  MoltValue name = cstr(nm);
  MoltValue mod = moduleNew(info, name);
  if (molt_is_error(mod)) return nullptr;
  auto *m = as<MoltModule>(mod);
  setIfUnbound(m, "__name__", name);
  if (info->filename) setIfUnbound(m, "__file__", cstr(info->filename));
  setIfUnbound(m, "__doc__", MOLT_NONE);
  setIfUnbound(m, "__spec__", MOLT_NONE);
  setIfUnbound(m, "__loader__", MOLT_NONE);
  std::string_view n(nm);
  std::string_view pkg =
      info->is_package ? n : n.substr(0, n.rfind('.') == std::string_view::npos ? 0 : n.rfind('.'));
  setIfUnbound(m, "__package__", molt_const_str(pkg.data(), pkg.size()));
  cache().push_back(Entry{info, mod, 0});
  return &cache().back();
}

void removeEntry(const MoltModuleInfo *info) {
  auto &c = cache();
  for (size_t i = 0; i < c.size(); i++)
    if (c[i].info == info) {
      MoltValue mod = c[i].module;
      c.erase(c.begin() + (ptrdiff_t)i);
      molt_decref(mod);
      return;
    }
}

} // namespace

namespace molt::rt {

MoltValue moduleFromInfo(const MoltModuleInfo *info) {
  Entry *e = findInfo(info);
  if (!e) e = create(info);
  if (!e) return MOLT_ERROR;
  return molt_newref(e->module);
}

} // namespace molt::rt

extern "C" MoltValue molt_import(const MoltModuleInfo *info) {
  Entry *e = findInfo(info);
  if (e && e->state != 0) return molt_newref(e->module); // done, or a circular import
  if (!e) e = create(info);
  if (!e) return MOLT_ERROR;
  MoltValue mod = e->module;
  molt_incref(mod);
  e->state = 1;
  auto *m = as<MoltModule>(mod);
  m->initializing = 1;
  // CPython prints its compile-time warnings when it compiles the module.
  if (info->compile_warnings && *info->compile_warnings) {
    std::string_view w(info->compile_warnings);
    MoltValue err = sysStderr();
    if (streamWrite(err, w) < 0) {
      errClear();
      molt::platform::platformWrite(molt::platform::kStderr, w.data(), w.size());
    }
    streamFlush(err);
    errClear();
  }
  int rc = info->body ? info->body(mod) : 0;
  m->initializing = 0;
  if (rc < 0) {
    removeEntry(info);
    molt_decref(mod);
    return MOLT_ERROR;
  }
  e = findInfo(info); // the vector may have grown while the body ran
  if (e) e->state = 2;
  // `import a.b` binds b in package a.
  std::string_view name(info->name ? info->name : "");
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) {
    Entry *parent = findName(name.substr(0, dot));
    if (parent) {
      std::string_view child = name.substr(dot + 1);
      if (molt_setattr(parent->module, molt_const_str(child.data(), child.size()), mod) < 0) {
        molt_decref(mod);
        return MOLT_ERROR;
      }
    }
  }
  return mod;
}
