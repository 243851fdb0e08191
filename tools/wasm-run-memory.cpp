// A Node-API addon for the wasm runner (tools/wasm-run.cjs), staged as
// <build>/lib/molt/wasm-run-memory.node: asks Linux for transparent huge
// pages on a module's linear memory.
//
// Why: a program's first touch of each 4 KiB page of fresh memory is a page
// fault, about 10 us each on the VMs Molt is measured on; a wasm run that
// builds 100 MiB of objects took ~9,000 of them beyond a hello world's. V8
// reserves the memory's whole address range as one anonymous mapping, and
// with MADV_HUGEPAGE on it the kernel backs the memory with 2 MiB pages as
// the program touches it (the runtime grows the memory in 2 MiB-aligned
// steps for this: runtime/platform/wasi_sbrk.cpp). The system's setting
// decides: with transparent huge pages "never", the advice does nothing.
//
// Only what the runner needs of Node-API is declared here (its C ABI is
// stable across Node versions; no headers or node-gyp are needed to build).
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>

extern "C" {
typedef struct napi_env__ *napi_env;
typedef struct napi_value__ *napi_value;
typedef struct napi_callback_info__ *napi_callback_info;
typedef int napi_status; // an enum in node_api_types.h; napi_ok is 0
typedef napi_value (*napi_callback)(napi_env, napi_callback_info);
napi_status napi_get_cb_info(napi_env, napi_callback_info, size_t *argc, napi_value *argv,
                             napi_value *thisArg, void **data);
napi_status napi_get_arraybuffer_info(napi_env, napi_value, void **data, size_t *length);
napi_status napi_create_function(napi_env, const char *name, size_t length, napi_callback,
                                 void *data, napi_value *result);
napi_status napi_create_int32(napi_env, int32_t value, napi_value *result);
napi_status napi_set_named_property(napi_env, napi_value object, const char *name,
                                    napi_value value);
}

namespace {

// Everything a wasm32 memory can address (V8's reservation goes on with
// guard pages, which are never touched).
constexpr uint64_t kWasm32Span = uint64_t(1) << 32;
constexpr uintptr_t kHugePage = uintptr_t(2) << 20;

// The end of the run of contiguous anonymous mappings that holds `base`
// (V8's reservation: the memory's pages so far, read-write, then the rest of
// the range without access), at most base + kWasm32Span; 0 if not found.
uintptr_t reservationEnd(uintptr_t base) {
  FILE *maps = std::fopen("/proc/self/maps", "r");
  if (!maps) return 0;
  uintptr_t end = 0;
  char *line = nullptr;
  size_t cap = 0;
  while (::getline(&line, &cap, maps) > 0) {
    unsigned long lo = 0, hi = 0, inode = 0;
    char path[8] = "";
    // start-end perms offset dev inode [path]
    if (std::sscanf(line, "%lx-%lx %*s %*s %*s %lu %7s", &lo, &hi, &inode, path) < 3) continue;
    bool anonymous = inode == 0 && path[0] == '\0';
    if (end == 0) {
      if (base >= lo && base < hi && anonymous) end = hi;
    } else if (lo == end && anonymous) {
      end = hi;
    } else if (lo >= end) {
      break;
    }
  }
  std::free(line);
  std::fclose(maps);
  if (end != 0 && end - base > kWasm32Span) end = base + kWasm32Span;
  return end;
}

// adviseHugePages(memory.buffer): 0, or the errno of what failed.
napi_value adviseHugePages(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg = nullptr;
  int result = EINVAL;
  void *data = nullptr;
  size_t length = 0;
  if (napi_get_cb_info(env, info, &argc, &arg, nullptr, nullptr) == 0 && argc == 1 &&
      napi_get_arraybuffer_info(env, arg, &data, &length) == 0 && data) {
    uintptr_t base = reinterpret_cast<uintptr_t>(data);
    uintptr_t end = reservationEnd(base);
    // Only the memory still to come: the module's initial memory (its stack,
    // data and first heap) is mostly untouched, and a huge page there would
    // cost a small program the zeroing of 2 MiB it does not use.
    uintptr_t from = (base + length + kHugePage - 1) & ~(kHugePage - 1);
    result = ENOENT;
    if (end > from)
      result =
          ::madvise(reinterpret_cast<void *>(from), end - from, MADV_HUGEPAGE) == 0 ? 0 : errno;
  }
  napi_value out = nullptr;
  napi_create_int32(env, result, &out);
  return out;
}

} // namespace

// Node calls this when the runner loads the addon (process.dlopen).
extern "C" __attribute__((visibility("default"))) napi_value
napi_register_module_v1(napi_env env, napi_value exports) {
  napi_value fn = nullptr;
  if (napi_create_function(env, "adviseHugePages", SIZE_MAX, adviseHugePages, nullptr, &fn) == 0)
    napi_set_named_property(env, exports, "adviseHugePages", fn);
  return exports;
}
