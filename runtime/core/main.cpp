// Program entry (molt_main): runtime set-up, running __main__, uncaught
// exceptions (SystemExit, KeyboardInterrupt, tracebacks) and the exit status.
#include <string>

#include "../builtins/builtins_internal.h"
#include "../platform/platform.h"
#include "core_internal.h"

using namespace molt::rt;
namespace pf = molt::platform;

namespace {

// Writes text to sys.stderr (falling back to the raw stream).
void writeErr(std::string_view text) {
  if (streamWrite(sysStderr(), text) < 0) {
    errClear();
    pf::platformWrite(pf::kStderr, text.data(), text.size());
  }
}

// Exit status for an uncaught SystemExit (exc borrowed).
int systemExitStatus(MoltValue exc) {
  MoltValue code = as<MoltSystemExitObject>(exc)->code;
  if (code == MOLT_NONE) return 0;
  if (molt_is_bool(code)) return static_cast<int>(code & 1);
  if (isIntLike(code) && !molt_is_float(code)) {
    int64_t v;
    if (indexAsI64(code, &v) < 0) {
      errClear();
      return -1;
    }
    return static_cast<int>(v);
  }
  // Any other object: printed to stderr, status 1.
  MoltValue s = molt_str(code);
  if (molt_is_error(s)) {
    errClear();
  } else {
    std::string text(strView(s));
    molt_decref(s);
    text += '\n';
    writeErr(text);
  }
  return 1;
}

int flushStdout() {
  MoltValue out = sysStdout();
  if (out == MOLT_NONE) return 0;
  if (streamFlush(out) < 0) {
    errClear();
    return -1;
  }
  return 0;
}

int handleUncaught() {
  MoltValue exc = molt_err_fetch();
  if (exc == MOLT_NONE) return 1; // an error was signalled without an exception
  int status = 1;
  if (isInstance(exc, &molt_type_SystemExit)) {
    flushStdout();
    status = systemExitStatus(exc);
  } else {
    // stdout first, so the traceback follows everything printed before it.
    flushStdout();
    printException(exc);
    if (isInstance(exc, &molt_type_KeyboardInterrupt)) {
      // CPython re-raises SIGINT so the parent sees a death by signal.
      molt_decref(exc);
      pf::platformExitInterrupted();
    }
  }
  molt_decref(exc);
  return status;
}

} // namespace

extern "C" int molt_main(int argc, char **argv, const MoltModuleInfo *info) {
  pf::platformStartup();
  pf::platformSetArgs(argc, argv);
  molt_runtime_init();
  initExceptionTypes();
  setMainModule(info);
  MoltValue m = molt_import(info);
  int status = 0;
  if (molt_is_error(m)) {
    status = handleUncaught();
  } else {
    molt_decref(m);
  }
  // weakref.finalize's exit callbacks (runtime/objects/weakref.cpp), after
  // any traceback, as CPython's atexit runs them.
  molt::rt::runExitHooks();
  // A failing flush of stdout at exit (e.g. a closed pipe) is reported like
  // CPython does and turns the status into 120.
  if (flushStdout() < 0) {
    writeErr("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
             "BrokenPipeError: [Errno 32] Broken pipe\n");
    if (status == 0) status = 120;
  }
  pf::platformFlushAll();
  return status;
}
