// The native-module registry (`import math` and friends) and the argument
// helpers shared by the module files. See native.h.
#include "native.h"

#include <cmath>
#include <cstring>

#include "molt/intobject.h"

using namespace molt::rt;

namespace {

// The modules registered by the generated main (few: one per native module).
MoltNativeModule *gNative[16];
size_t gNativeCount = 0;

int noBody(MoltValue) { return 0; }

MoltModuleInfo *buildInfo(MoltNativeModule &e) {
  NativeModuleBuilder b;
  e.init(b);
  if (b.failed) return nullptr;
  size_t n = b.names.size();
  auto *names = new const char *[n + 1];
  auto *globals = new MoltValue[n + 1];
  for (size_t i = 0; i < n; i++) {
    names[i] = b.names[i];
    globals[i] = b.values[i];
  }
  auto *info = new MoltModuleInfo{e.name, nullptr, n, names, globals, noBody, 0, nullptr};
  return info;
}

} // namespace

namespace molt::rt {

void NativeModuleBuilder::add(const char *name, MoltValue v) {
  if (molt_is_error(v)) {
    failed = true;
    return;
  }
  if (molt_is_ptr(v)) makeImmortal(molt_ptr(v));
  names.push_back(name);
  values.push_back(v);
}

void NativeModuleBuilder::addFunc(const char *name, MoltVectorcall fn) {
  add(name, makeBuiltinFunction(name, fn, MOLT_NONE));
}

void NativeModuleBuilder::addType(MoltType *t) {
  readyType(t);
  const char *dot = strrchr(t->name, '.');
  add(dot ? dot + 1 : t->name, molt_from_ptr(t));
}

int noKeywordsSlow(const char *fname, MoltValue kwnames) {
  if (kwCount(kwnames) == 0) return 0;
  molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", fname);
  return -1;
}

int checkPositionalSlow(const char *fname, size_t nargs, MoltValue kwnames, size_t min,
                        size_t max) {
  if (noKeywords(fname, kwnames) < 0) return -1;
  if (nargs >= min && nargs <= max) return 0;
  if (min == max)
    molt_raise_fmt(&molt_type_TypeError, "%s expected %zu argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    molt_raise_fmt(&molt_type_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                   min == 1 ? "" : "s", nargs);
  else
    molt_raise_fmt(&molt_type_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                   max == 1 ? "" : "s", nargs);
  return -1;
}

int checkOneArgSlow(const char *fname, size_t nargs, MoltValue kwnames) {
  if (noKeywords(fname, kwnames) < 0) return -1;
  if (nargs == 1) return 0;
  molt_raise_fmt(&molt_type_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
  return -1;
}

int toDouble(MoltValue v, double *out) {
  if (molt_is_float(v)) {
    *out = molt_float_val(v);
    return 0;
  }
  return floatFromValue(v, out);
}

MoltValue toIndex(MoltValue v) {
  if (molt_is_small_int(v)) return v;
  if (molt_is_bool(v)) return molt_small_int(v == MOLT_TRUE ? 1 : 0);
  if (isExact(v, &molt_type_int)) return molt_newref(v);
  MoltType *t = molt_type_of(v);
  unaryfunc idx = numSlot(t, &NumberSlots::index);
  if (idx && !molt_is_float(v)) return idx(v);
  return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                        typeName(v));
}

MoltValue intFromIntegralDouble(double d) {
  if (std::fabs(d) < 9.0e15) return molt_int_from_i64(static_cast<int64_t>(d));
  return intFromDouble(d);
}

MoltValue kwValue(const MoltValue *args, size_t nargs, MoltValue kwnames, const char *name) {
  size_t nkw = kwCount(kwnames);
  for (size_t i = 0; i < nkw; i++)
    if (strView(tupleItem(kwnames, static_cast<int64_t>(i))) == name) return args[nargs + i];
  return MOLT_UNBOUND;
}

void plainDealloc(MoltObject *o) { freeObject(o); }

MoltValue selfIter(MoltValue self) { return molt_newref(self); }

int parseArgs(const char *fname, const MoltValue *args, size_t nargs, MoltValue kwnames,
              const char *const *names, size_t nnames, size_t maxPos, size_t nreq, MoltValue *out) {
  for (size_t i = 0; i < nnames; i++)
    out[i] = MOLT_UNBOUND;
  if (nargs > maxPos) {
    molt_raise_fmt(&molt_type_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname,
                   maxPos, maxPos == 1 ? "" : "s", nargs + kwCount(kwnames));
    return -1;
  }
  for (size_t i = 0; i < nargs; i++)
    out[i] = args[i];
  size_t nkw = kwCount(kwnames);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kwnames, static_cast<int64_t>(i)));
    size_t j = 0;
    for (; j < nnames; j++)
      if (k == names[j]) break;
    if (j == nnames) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' is an invalid keyword argument for %s()",
                     std::string(k).c_str(), fname);
      return -1;
    }
    if (j < nargs) {
      molt_raise_fmt(&molt_type_TypeError,
                     "argument for %s() given by name ('%s') and position (%zu)", fname, names[j],
                     j + 1);
      return -1;
    }
    out[j] = args[nargs + i];
  }
  for (size_t j = 0; j < nreq; j++)
    if (out[j] == MOLT_UNBOUND) {
      molt_raise_fmt(&molt_type_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                     names[j], j + 1);
      return -1;
    }
  return 0;
}

} // namespace molt::rt

extern "C" void molt_register_native(MoltNativeModule *m) {
  if (gNativeCount < sizeof gNative / sizeof gNative[0]) gNative[gNativeCount++] = m;
}

extern "C" MoltValue molt_import_native(const char *name) {
  if (strcmp(name, "sys") == 0) return molt_sys_module();
  for (size_t i = 0; i < gNativeCount; i++) {
    MoltNativeModule &e = *gNative[i];
    if (strcmp(e.name, name) != 0) continue;
    if (!e.info) {
      e.info = buildInfo(e);
      if (!e.info) return MOLT_ERROR;
    }
    return molt_import(e.info);
  }
  return molt_raise_fmt(&molt_type_ModuleNotFoundError, "No module named '%s'", name);
}
