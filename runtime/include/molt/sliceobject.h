// sliceobject.h: slice objects and the index computation every sequence
// type uses for slicing. C++ only (molt_slice_new is in molt.h).
#pragma once

#include <cstdint>

#include "molt/object.h"

/// A slice: start, stop, step (any values; None for omitted parts).
struct MoltSlice {
  MoltObject ob;
  MoltValue start, stop, step;
};

namespace molt::rt {

/// True if v is a slice.
bool isSlice(MoltValue v);
/// Resolves slice against a sequence of length len (CPython's
/// PySlice_GetIndicesEx): 0 with start/stop/step/slicelen set, or -1
/// ("slice step cannot be zero", "slice indices must be integers or None...").
int sliceIndices(MoltValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                 int64_t *slicelen);
/// Only the clamped start/stop/step (no length adjustment): 0 or -1.
int sliceUnpack(MoltValue slice, int64_t *start, int64_t *stop, int64_t *step);
/// Adjusts unpacked bounds to a length; returns the slice length.
int64_t sliceAdjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

} // namespace molt::rt
