// molt_builtin_value: the objects bound to builtin names (functions, types,
// exception types, constants).
#include <cstring>

#include "builtins_internal.h"

using namespace molt::rt;

namespace {

// exit()/quit() as site.py installs them: raise SystemExit(code).
MoltValue builtinExit(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwCount(kwnames) != 0 || nargs > 1)
    return molt_raise_fmt(&molt_type_TypeError, "exit() takes from 0 to 1 positional arguments");
  MoltValue e = excCreate(&molt_type_SystemExit, args, nargs);
  if (molt_is_error(e)) return MOLT_ERROR;
  return raiseInstance(e);
}

struct Entry {
  const char *name;
  MoltVectorcall fn; // builtin function, or
  MoltType *type;    // a type, or
  MoltValue value;   // a constant (when fn and type are null)
};

#define FN(name) {#name, molt_builtin_##name, nullptr, MOLT_NONE},
#define EXC(name) {#name, nullptr, &molt_type_##name, MOLT_NONE},
#define TY(name) {#name, nullptr, &molt_type_##name, MOLT_NONE},

Entry kEntries[] = {
    MOLT_BUILTIN_FUNCS(FN) MOLT_EXC_TYPES(EXC) TY(object) TY(type) TY(bool) TY(int) TY(float)
        TY(complex) TY(str) TY(bytes) TY(bytearray) TY(list) TY(tuple) TY(dict) TY(set)
            TY(frozenset) TY(range) TY(slice) TY(enumerate) TY(zip) TY(map) TY(filter) TY(reversed)
                TY(memoryview) TY(property) TY(staticmethod) TY(classmethod)
                    TY(super){"EnvironmentError", nullptr, &molt_type_OSError, MOLT_NONE},
    {"IOError", nullptr, &molt_type_OSError, MOLT_NONE},
    {"exit", builtinExit, nullptr, MOLT_NONE},
    {"quit", builtinExit, nullptr, MOLT_NONE},
    {"None", nullptr, nullptr, MOLT_NONE},
    {"True", nullptr, nullptr, MOLT_TRUE},
    {"False", nullptr, nullptr, MOLT_FALSE},
    {"__debug__", nullptr, nullptr, MOLT_TRUE},
    {"Ellipsis", nullptr, nullptr, MOLT_UNBOUND},       // filled on first use
    {"NotImplemented", nullptr, nullptr, MOLT_UNBOUND}, // filled on first use
};

#undef FN
#undef EXC
#undef TY

MoltValue gCache[sizeof kEntries / sizeof kEntries[0]];
bool gCacheInit = false;

} // namespace

extern "C" MoltValue molt_builtin_value(const char *name) {
  constexpr size_t n = sizeof kEntries / sizeof kEntries[0];
  if (!gCacheInit) {
    initExceptionTypes();
    for (size_t i = 0; i < n; i++)
      gCache[i] = MOLT_UNBOUND;
    gCacheInit = true;
  }
  for (size_t i = 0; i < n; i++) {
    const Entry &e = kEntries[i];
    if (std::strcmp(e.name, name) != 0) continue;
    if (gCache[i] != MOLT_UNBOUND) return gCache[i];
    MoltValue v;
    if (e.fn != nullptr) {
      v = makeBuiltinFunction(e.name, e.fn, MOLT_NONE);
      if (molt_is_error(v)) return MOLT_UNBOUND;
      if (molt_is_ptr(v)) makeImmortal(molt_ptr(v));
    } else if (e.type != nullptr) {
      v = molt_from_ptr(e.type);
    } else if (std::strcmp(e.name, "Ellipsis") == 0) {
      v = molt_ellipsis();
    } else if (std::strcmp(e.name, "NotImplemented") == 0) {
      v = molt_not_implemented();
    } else {
      v = e.value;
    }
    gCache[i] = v;
    return v;
  }
  return MOLT_UNBOUND;
}
