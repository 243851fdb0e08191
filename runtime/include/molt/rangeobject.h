// rangeobject.h: range objects and range iterators. C++ only.
#pragma once

#include <cstdint>

#include "molt/object.h"

/// A range: start, stop, step and len as int values (any size; step != 0).
struct MoltRange {
  MoltObject ob;
  MoltValue start, stop, step, length;
};

namespace molt::rt {

/// The range_iterator (int64 bounds) and longrange_iterator types.
extern MoltType molt_type_range_iterator;
extern MoltType molt_type_longrange_iterator;

/// range(start, stop, step) from int64 bounds (step != 0).
MoltValue rangeNewI64(int64_t start, int64_t stop, int64_t step);
/// True if r is a range whose start, stop, step and len all fit int64;
/// fills them (for codegen-free fast paths such as `for i in range(n)`).
bool rangeAsI64(MoltValue r, int64_t *start, int64_t *stop, int64_t *step, int64_t *len);

} // namespace molt::rt
