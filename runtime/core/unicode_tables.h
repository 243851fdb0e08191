// The record types of the generated Unicode tables (unicode_db.inc, written
// by tools/gen-unicode/gen_unicode_rt.cpp). Included before the .inc by
// unicode_db.cpp and unicode_printable.cpp.
#pragma once

#include <cstdint>
#include <string_view>

namespace molt::rt::ucd::tables {

/// One distinct combination of per-code-point data.
struct Record {
  uint16_t flags;
  uint8_t category;
  int8_t decimal;   // -1: none
  int8_t digit;     // -1: none
  uint8_t cases;    // index into kCases
  uint16_t numeric; // index into kNumeric, 0xFFFF: none
};

/// The case mappings of a record: deltas (target - c), or with kExtendedCase
/// (length << 24 | offset) into kCaseExt.
struct CaseMapping {
  int32_t upper, lower, title, fold;
};

} // namespace molt::rt::ucd::tables
