# Unicode database for the runtime's str methods (included from
# runtime/CMakeLists.txt).
#
# Runs the host tool gen_unicode_rt (tools/gen-unicode/gen_unicode_rt.cpp) on
# the Unicode Character Database to produce
# ${CMAKE_BINARY_DIR}/generated/rt/unicode_db.inc, which runtime/core/unicode_db.cpp
# includes. Defines:
#   MOLT_RT_UNICODE_INC      the generated file (add it to molt_rt's sources)
#   MOLT_RT_GENERATED_DIR    its directory (add it to molt_rt's include path)
#
# The generator must run on the build machine. Natively it is an ordinary
# executable target; when cross-compiling (e.g. wasm32-wasi) it is compiled
# with the host C++ compiler MOLT_HOST_CXX, unless MOLT_GEN_UNICODE_RT names
# a prebuilt generator.

set(MOLT_UNICODE_DIR "/usr/share/unicode" CACHE PATH
    "Directory with the Unicode Character Database (Debian package unicode-data)")
set(MOLT_GEN_UNICODE_RT "" CACHE FILEPATH
    "Prebuilt host gen_unicode_rt executable (empty: build it)")

get_filename_component(_molt_rt_ucd_gen_src
                       "${CMAKE_CURRENT_LIST_DIR}/../tools/gen-unicode/gen_unicode_rt.cpp" ABSOLUTE)
get_filename_component(_molt_rt_ucd_gen_hdr
                       "${CMAKE_CURRENT_LIST_DIR}/../tools/gen-unicode/ucd_reader.h" ABSOLUTE)
set(MOLT_RT_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated/rt")
set(MOLT_RT_UNICODE_INC "${MOLT_RT_GENERATED_DIR}/unicode_db.inc")

set(_molt_rt_ucd_files
    UnicodeData.txt
    SpecialCasing.txt
    CaseFolding.txt
    DerivedCoreProperties.txt
    LineBreak.txt
    extracted/DerivedNumericValues.txt)
set(_molt_rt_ucd_paths "")
foreach(_file IN LISTS _molt_rt_ucd_files)
  if(NOT EXISTS "${MOLT_UNICODE_DIR}/${_file}")
    message(FATAL_ERROR "${MOLT_UNICODE_DIR}/${_file} not found: install the "
                        "unicode-data package or set MOLT_UNICODE_DIR")
  endif()
  list(APPEND _molt_rt_ucd_paths "${MOLT_UNICODE_DIR}/${_file}")
endforeach()

# CPython 3.12 uses Unicode 15.0.0.
file(STRINGS "${MOLT_UNICODE_DIR}/DerivedCoreProperties.txt" _molt_rt_ucd_header LIMIT_COUNT 1)
if(NOT _molt_rt_ucd_header MATCHES "-15\\.0\\.0\\.txt")
  message(WARNING "Unicode data in ${MOLT_UNICODE_DIR} is not version 15.0.0 "
                  "(${_molt_rt_ucd_header}); str methods will differ from CPython 3.12's")
endif()

if(MOLT_GEN_UNICODE_RT)
  set(_molt_rt_ucd_gen "${MOLT_GEN_UNICODE_RT}")
  set(_molt_rt_ucd_gen_dep "${MOLT_GEN_UNICODE_RT}")
elseif(CMAKE_CROSSCOMPILING)
  find_program(MOLT_HOST_CXX NAMES c++ g++ clang++ REQUIRED DOC "Host C++ compiler for build tools")
  set(_molt_rt_ucd_gen "${CMAKE_BINARY_DIR}/host-tools/gen_unicode_rt")
  add_custom_command(
    OUTPUT "${_molt_rt_ucd_gen}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/host-tools"
    COMMAND "${MOLT_HOST_CXX}" -std=c++20 -O2 -o "${_molt_rt_ucd_gen}" "${_molt_rt_ucd_gen_src}"
    DEPENDS "${_molt_rt_ucd_gen_src}" "${_molt_rt_ucd_gen_hdr}"
    COMMENT "Building host tool gen_unicode_rt"
    VERBATIM)
  set(_molt_rt_ucd_gen_dep "${_molt_rt_ucd_gen}")
else()
  add_executable(gen_unicode_rt "${_molt_rt_ucd_gen_src}")
  target_compile_features(gen_unicode_rt PRIVATE cxx_std_20)
  set(_molt_rt_ucd_gen gen_unicode_rt)
  set(_molt_rt_ucd_gen_dep gen_unicode_rt)
endif()

file(MAKE_DIRECTORY "${MOLT_RT_GENERATED_DIR}")
add_custom_command(
  OUTPUT "${MOLT_RT_UNICODE_INC}"
  COMMAND ${_molt_rt_ucd_gen} "${MOLT_UNICODE_DIR}" "${MOLT_RT_UNICODE_INC}"
  DEPENDS ${_molt_rt_ucd_gen_dep} ${_molt_rt_ucd_paths}
  COMMENT "Generating rt/unicode_db.inc from ${MOLT_UNICODE_DIR}"
  VERBATIM)
