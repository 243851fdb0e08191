// Object allocation and deallocation (malloc-based).
#include <cstdlib>

#include "core_internal.h"

namespace molt::rt {

MoltObject *allocObject(MoltType *type, size_t size) {
  if (size < sizeof(MoltObject)) size = sizeof(MoltObject);
  auto *o = static_cast<MoltObject *>(malloc(size));
  if (!o) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return nullptr;
  }
  memset(o, 0, size);
  o->refcnt = 1;
  o->type = type;
  return o;
}

void freeObject(MoltObject *o) { free(o); }

} // namespace molt::rt

extern "C" void molt_dealloc(MoltObject *o) {
  MoltType *t = o->type;
  if (t && t->dealloc) {
    t->dealloc(o);
  } else {
    molt::rt::freeObject(o);
  }
}
