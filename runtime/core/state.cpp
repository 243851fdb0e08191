// The runtime state (molt.h): call depth, recursion limit, pending exception.
#include "../builtins/builtins_internal.h"

extern "C" {

MoltState molt_state = {0, 1000, MOLT_NONE, 0};

int molt_recursion_error(void) {
  // molt_enter already counted this frame; the caller will not run its
  // epilogue, so undo the count here.
  molt_state.depth--;
  molt_raise_fmt(&molt_type_RecursionError, "maximum recursion depth exceeded");
  return -1;
}

} // extern "C"
