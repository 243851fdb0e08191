/* bytesobject.h: the bytes and bytearray layouts (shared with generated C
 * fast paths; the runtime's helpers are in molt/strobject.h). */
#ifndef MOLT_BYTESOBJECT_H
#define MOLT_BYTESOBJECT_H

#include "molt/molt.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A bytes object (immutable). data holds size bytes plus a NUL. */
typedef struct MoltBytes {
  MoltObject ob;
  int64_t size;
  int64_t hash; /* -1 until computed */
  char data[];
} MoltBytes;

/** A bytearray object (mutable). data is malloc'd (capacity bytes, +1 for a
 * NUL), may be null when empty. */
typedef struct MoltByteArray {
  MoltObject ob;
  int64_t size;
  int64_t capacity;
  char *data;
} MoltByteArray;

#ifdef __cplusplus
}
#endif

#endif /* MOLT_BYTESOBJECT_H */
