// molt_use_all: installs every optional part of the runtime (the list sort,
// class creation, the behaviour of range, bytearray and complex, the
// constructors of int, float and str, str %, and the optional methods of
// molt/optional_methods.def). The generated main
// calls it for a program that can compute attribute names at run time
// (getattr, dir, __dict__, ...; compiler/codegen/Features.cpp), and the unit
// tests call it before molt_runtime_init.
#include "molt/molt.h"

extern "C" void molt_use_list_sort(void);
#define MOLT_OPTIONAL_PART(name) extern "C" void molt_use_##name(void);
#include "molt/optional_parts.def"
#undef MOLT_OPTIONAL_PART
#define X(tag, name) extern "C" void molt_use_##tag##_##name(void);
#include "molt/optional_methods.def"
#undef X

extern "C" void molt_use_all(void) {
  molt_use_list_sort();
#define MOLT_OPTIONAL_PART(name) molt_use_##name();
#include "molt/optional_parts.def"
#undef MOLT_OPTIONAL_PART
#define X(tag, name) molt_use_##tag##_##name();
#include "molt/optional_methods.def"
#undef X
}
