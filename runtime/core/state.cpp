// The runtime state (molt.h): call depth, recursion limit, pending exception.
#include "../builtins/builtins_internal.h"
#include "../platform/platform.h"

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

namespace molt::rt {

void initStackLimit() {
  // Under the default recursion limit the stack never runs out (1000 frames
  // of compiled code are far below 8 MiB), so the platform is asked only
  // when a program changes the limit: glibc reads /proc/self/maps for it,
  // which would cost every program ~400 KB of RSS. 256 KiB stay for the
  // runtime's own work below the last Python frame (raising, formatting).
  static bool done = false;
  if (done) return;
  done = true;
  uintptr_t bottom;
  if (molt::platform::platformStackBottom(uintptr_t(__builtin_frame_address(0)), &bottom))
    molt_state.stack_limit = bottom + 256 * 1024;
}

} // namespace molt::rt
