// iterobject.h: helpers around the builtin iterator types enumerate, zip,
// map, filter and reversed (type objects are in molt.h). C++ only.
#pragma once

#include "molt/object.h"

namespace molt::rt {

/// reversed(seq) as the builtin does: __reversed__ of builtins, else the
/// sequence protocol ("'X' object is not reversible").
MoltValue reversedOf(MoltValue seq);
/// Readies every container-area type that is not listed in molt.h
/// (iterators, views); call once at start-up after the core types.
void readyContainerTypes();

} // namespace molt::rt
