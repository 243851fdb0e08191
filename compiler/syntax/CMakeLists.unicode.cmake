# Unicode tables for the tokenizer (included from compiler/CMakeLists.txt).
#
# Builds the host tool gen_unicode, runs it on the Unicode Character Database
# to produce ${CMAKE_BINARY_DIR}/generated/unicode_tables.inc, and defines the
# static library molt_unicode (syntax/Unicode.h).

set(MOLT_UNICODE_DIR "/usr/share/unicode" CACHE PATH
    "Directory with the Unicode Character Database (Debian package unicode-data)")

set(_molt_unicode_src_dir "${CMAKE_CURRENT_LIST_DIR}")
get_filename_component(_molt_unicode_compiler_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
get_filename_component(_molt_unicode_gen_src
                       "${CMAKE_CURRENT_LIST_DIR}/../../tools/gen-unicode/gen_unicode.cpp" ABSOLUTE)
set(_molt_unicode_gen_dir "${CMAKE_BINARY_DIR}/generated")
set(_molt_unicode_inc "${_molt_unicode_gen_dir}/unicode_tables.inc")
set(_molt_unicode_data_files
    UnicodeData.txt
    NameAliases.txt
    Jamo.txt
    DerivedCoreProperties.txt
    CompositionExclusions.txt
    DerivedNormalizationProps.txt)

set(_molt_unicode_data_paths "")
foreach(_file IN LISTS _molt_unicode_data_files)
  if(NOT EXISTS "${MOLT_UNICODE_DIR}/${_file}")
    message(FATAL_ERROR "${MOLT_UNICODE_DIR}/${_file} not found: install the "
                        "unicode-data package or set MOLT_UNICODE_DIR")
  endif()
  list(APPEND _molt_unicode_data_paths "${MOLT_UNICODE_DIR}/${_file}")
endforeach()

# CPython 3.12 uses Unicode 15.0.0; other versions build but names and
# identifier rules may differ from CPython's.
file(STRINGS "${MOLT_UNICODE_DIR}/DerivedCoreProperties.txt" _molt_unicode_header LIMIT_COUNT 1)
if(NOT _molt_unicode_header MATCHES "-15\\.0\\.0\\.txt")
  message(WARNING "Unicode data in ${MOLT_UNICODE_DIR} is not version 15.0.0 "
                  "(${_molt_unicode_header}); CPython 3.12 uses 15.0.0")
endif()

# Host generator (runs at build time; the project is built natively).
add_executable(gen_unicode "${_molt_unicode_gen_src}")
target_compile_features(gen_unicode PRIVATE cxx_std_20)

file(MAKE_DIRECTORY "${_molt_unicode_gen_dir}")
add_custom_command(
  OUTPUT "${_molt_unicode_inc}"
  COMMAND gen_unicode "${MOLT_UNICODE_DIR}" "${_molt_unicode_inc}"
  DEPENDS gen_unicode ${_molt_unicode_data_paths}
  COMMENT "Generating unicode_tables.inc from ${MOLT_UNICODE_DIR}"
  VERBATIM)

add_library(molt_unicode STATIC
  "${_molt_unicode_src_dir}/Unicode.cpp"
  "${_molt_unicode_src_dir}/Unicode.h"
  "${_molt_unicode_inc}")
target_compile_features(molt_unicode PUBLIC cxx_std_20)
target_include_directories(molt_unicode
  PUBLIC "${_molt_unicode_compiler_dir}"
  PRIVATE "${_molt_unicode_gen_dir}")
