# The runtime cross-built for wasm32-wasi (the `--target wasm` of molt),
# included from runtime/CMakeLists.txt after molt_rt is defined.
#
# It compiles the same sources as molt_rt (minus the POSIX platform layer,
# plus platform/wasi.cpp) with clang-16 --target=wasm32-wasi against Debian's
# wasi-libc and libc++ for wasm32, archives them with llvm-ar, and stages the
# archive at <build>/lib/molt/wasm32-wasi/libmolt_rt.a next to the native
# runtime, where the driver looks for it. Plain custom commands (with
# compiler depfiles) keep this inside the one native CMake build. When the
# wasm toolchain is missing the target is skipped with a message; `molt
# --target wasm` then says to run `make deps`.

option(MOLT_WASM "Build the wasm32-wasi runtime when the toolchain is installed" ON)
option(MOLT_WASM_WERROR "Treat warnings of the wasm32 runtime build as errors" OFF)
set(MOLT_WASI_SYSROOT_LIB "/usr/lib/wasm32-wasi" CACHE PATH "wasi-libc libraries (Debian wasi-libc)")
set(MOLT_WASI_CXX_INCLUDE "/usr/include/wasm32-wasi/c++/v1" CACHE PATH
    "libc++ headers for wasm32-wasi (Debian libc++-16-dev-wasm32)")

if(NOT MOLT_WASM OR NOT MOLT_RT_SOURCES)
  return()
endif()
find_program(MOLT_WASM_CXX NAMES clang++-16)
find_program(MOLT_WASM_AR NAMES llvm-ar-16)
if(NOT MOLT_WASM_CXX OR NOT MOLT_WASM_AR OR NOT EXISTS "${MOLT_WASI_SYSROOT_LIB}/libc.a"
   OR NOT EXISTS "${MOLT_WASI_SYSROOT_LIB}/libc++.a" OR NOT EXISTS "${MOLT_WASI_CXX_INCLUDE}/string")
  message(STATUS "molt: wasm32-wasi toolchain not found (run `make deps`): no wasm runtime")
  return()
endif()

set(_wasm_obj_dir ${CMAKE_BINARY_DIR}/runtime-wasm32-wasi)
set(_wasm_flags --target=wasm32-wasi -std=c++20 -fno-exceptions -fno-rtti -Wall -Wextra
                -isystem ${MOLT_WASI_CXX_INCLUDE} -I${CMAKE_CURRENT_SOURCE_DIR}/include
                -I${MOLT_RT_GENERATED_DIR} -ffile-prefix-map=${PROJECT_SOURCE_DIR}/=
                -ffile-prefix-map=${CMAKE_BINARY_DIR}/=)
# Post-MVP features every wasm engine of the last years runs (Node >= 16):
# float->int needs no range checks. The generated code uses the same
# (driver/Toolchain.cpp, compileFlags). Bulk memory only in
# platform/wasi_memops.cpp: elsewhere a memory.copy/fill would be a call out
# of the module for every short string (see that file).
list(APPEND _wasm_flags -mnontrapping-fptoint -msign-ext -mmutable-globals)
set(_wasm_memops_flags -mbulk-memory -fno-builtin)
# platform/libm.cpp's double-double arithmetic needs unfused products.
list(APPEND _wasm_flags -ffp-contract=off)
# The runtime is linked into every module, so its size is the module's size:
# it is compiled for size (-Oz: hello-world 697 -> 575 KiB), except the core
# of every program's hot loop (value dispatch, calls, attribute lookup,
# allocation, the containers every program uses), which keeps -O2. An A/B
# run of bench/programs on a loaded machine showed no difference beyond the
# run-to-run noise for that set. The second group is code hello world does
# not link or barely (the module stays within 420 bytes, measured file by
# file), where -O2 shows: the itertools, heapq and collections modules
# (itertools_pipeline and heapq_dijkstra 9-10% faster in the module),
# str methods, map, the dunder trampolines (strings 13%, particles 8%;
# 5-7 interleaved runs). Measured and left at -Oz for hello world's size:
# strops.cpp (+2.3 KB), heaptype.cpp (+1.5 KB), errors.cpp (+1.1 KB),
# exceptions.cpp (+6.6 KB), traceback.cpp (+11 KB), set.cpp (+9 KB),
# int.cpp (+13 KB); everything at -O2 made hello world 407 KB.
# list_sort.cpp (the sort, split out of list.cpp) is linked only into
# programs that sort, so its -O2 costs the others nothing.
set(_wasm_hot_files
    core/dispatch.cpp core/call.cpp core/attr.cpp core/alloc.cpp core/hash.cpp core/bind.cpp
    objects/dict.cpp objects/list.cpp objects/list_sort.cpp objects/tuple.cpp
    objects/function.cpp objects/generator.cpp platform/libm.cpp platform/wasi_memops.cpp
    modules/collections.cpp modules/itertools.cpp modules/heapq.cpp objects/str_methods.cpp
    objects/map.cpp core/slottramp.cpp)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  list(APPEND _wasm_flags -O0 -g)
  set(_wasm_hot_files "")
else()
  list(APPEND _wasm_flags -DNDEBUG)
endif()
if(MOLT_WASM_WERROR)
  list(APPEND _wasm_flags -Werror)
endif()

set(_wasm_objs "")
foreach(_src IN LISTS MOLT_RT_SOURCES)
  if(_src MATCHES "/platform/posix\\.cpp$")
    continue()
  endif()
  file(RELATIVE_PATH _rel ${CMAKE_CURRENT_SOURCE_DIR} ${_src})
  string(REPLACE "/" "_" _flat ${_rel})
  set(_obj ${_wasm_obj_dir}/${_flat}.o)
  set(_opt "")
  if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    if(_rel IN_LIST _wasm_hot_files)
      set(_opt -O2)
    else()
      set(_opt -Oz)
    endif()
  endif()
  if(_rel STREQUAL "platform/wasi_memops.cpp")
    list(APPEND _opt ${_wasm_memops_flags})
  endif()
  add_custom_command(
    OUTPUT ${_obj}
    COMMAND ${CMAKE_CXX_COMPILER_LAUNCHER} ${MOLT_WASM_CXX} ${_wasm_flags} ${_opt} -MD -MF ${_obj}.d
            -c ${_src} -o ${_obj}
    DEPENDS ${_src} ${MOLT_RT_UNICODE_INC}
    DEPFILE ${_obj}.d
    COMMENT "Building wasm32-wasi runtime object ${_rel}"
    VERBATIM COMMAND_EXPAND_LISTS)
  list(APPEND _wasm_objs ${_obj})
endforeach()

# The archive, staged next to the native runtime (see compiler/CMakeLists.txt).
set(_wasm_stage ${CMAKE_BINARY_DIR}/lib/molt/wasm32-wasi/libmolt_rt.a)
add_custom_command(
  OUTPUT ${_wasm_stage}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/lib/molt/wasm32-wasi
  COMMAND ${CMAKE_COMMAND} -E rm -f ${_wasm_stage}.tmp
  # D: deterministic archive (no timestamps/uids) for reproducible modules.
  COMMAND ${MOLT_WASM_AR} rcsD ${_wasm_stage}.tmp ${_wasm_objs}
  COMMAND ${CMAKE_COMMAND} -E rename ${_wasm_stage}.tmp ${_wasm_stage}
  DEPENDS ${_wasm_objs}
  COMMENT "Staging the wasm32-wasi runtime in lib/molt/wasm32-wasi"
  VERBATIM)
add_custom_target(molt_rt_wasm ALL DEPENDS ${_wasm_stage})

# The Node runner of `molt run --target wasm`, staged as lib/molt/wasm-run.cjs.
set(_wasm_runner ${CMAKE_BINARY_DIR}/lib/molt/wasm-run.cjs)
add_custom_command(
  OUTPUT ${_wasm_runner}
  COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/tools/wasm-run.cjs ${_wasm_runner}
  DEPENDS ${PROJECT_SOURCE_DIR}/tools/wasm-run.cjs
  COMMENT "Staging the wasm runner in lib/molt"
  VERBATIM)
add_custom_target(molt_wasm_runner ALL DEPENDS ${_wasm_runner})

# The runner's addon asking Linux for huge pages on the module's memory
# (tools/wasm-run-memory.cpp), staged as lib/molt/wasm-run-memory.node. The
# runner does without it where it is missing.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  add_library(molt_wasm_run_memory MODULE ${PROJECT_SOURCE_DIR}/tools/wasm-run-memory.cpp)
  set_target_properties(molt_wasm_run_memory PROPERTIES
    PREFIX "" OUTPUT_NAME wasm-run-memory SUFFIX ".node"
    LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib/molt)
  target_compile_options(molt_wasm_run_memory PRIVATE -fno-exceptions -fno-rtti)
  add_dependencies(molt_wasm_runner molt_wasm_run_memory)
endif()

# molt must not pair a new compiler with a stale wasm runtime (the generated C
# calls runtime functions by name): building molt builds both.
if(TARGET molt)
  add_dependencies(molt molt_rt_wasm molt_wasm_runner)
endif()
