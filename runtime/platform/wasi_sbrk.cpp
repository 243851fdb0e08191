// sbrk for the wasm32-wasi runtime, in place of wasi-libc's. malloc
// (wasi-libc's dlmalloc) takes memory from sbrk in small steps, and
// wasi-libc's sbrk turns each one into a memory.grow: a call out of the
// module into V8, which changes the memory's protection (mprotect) and
// counts it as external memory for its GC; a program that builds 100 MiB
// of objects did that about 1,600 times. This one grows linear memory in
// steps of at least kGrowStep and hands the rest out on later calls. Large
// steps also let the runner's transparent huge pages cover fresh memory
// (tools/wasm-run-memory.cpp): the kernel uses a 2 MiB page only where the
// whole of it is already part of the memory. The native build has glibc's
// malloc and does not compile this file's body.
#if defined(__wasi__)

#include <cerrno>
#include <cstddef>
#include <cstdint>

namespace {

constexpr uint64_t kWasmPage = 65536;
// 4 MiB: two huge pages; memory never touched costs nothing (V8 reserves the
// whole 4 GiB address range up front and the kernel backs pages on first use).
constexpr uint64_t kGrowStep = uint64_t(4) << 20;

// The break: the end of what sbrk has handed out (0 until first called). In
// 64 bits: a full wasm32 memory ends at 2**32.
uint64_t gBreak = 0;

void *failNoMemory() {
  errno = ENOMEM;
  return reinterpret_cast<void *>(-1);
}

} // namespace

extern "C" void *sbrk(intptr_t increment) {
  uint64_t end = uint64_t(__builtin_wasm_memory_size(0)) * kWasmPage;
  if (gBreak == 0) gBreak = end;
  if (increment == 0) return reinterpret_cast<void *>(uintptr_t(gBreak));
  // dlmalloc never shrinks the heap here (linear memory cannot shrink).
  if (increment < 0) return failNoMemory();
  uint64_t newBreak = gBreak + uint64_t(increment);
  if (newBreak > (uint64_t(1) << 32)) return failNoMemory();
  if (newBreak > end) {
    uint64_t needPages = (newBreak - end + kWasmPage - 1) / kWasmPage;
    // The new end rounded up to a multiple of kGrowStep; just what is needed
    // when that much is not available (the memory's maximum).
    uint64_t stepPages = ((newBreak + kGrowStep - 1) / kGrowStep * kGrowStep - end) / kWasmPage;
    if (__builtin_wasm_memory_grow(0, stepPages) == SIZE_MAX &&
        __builtin_wasm_memory_grow(0, needPages) == SIZE_MAX)
      return failNoMemory();
  }
  uint64_t old = gBreak;
  gBreak = newBreak;
  return reinterpret_cast<void *>(uintptr_t(old));
}

#endif
