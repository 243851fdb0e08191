// A Python source file: bytes read from disk, decoded to UTF-8 per PEP 263.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/Diagnostic.h"

namespace molt {

/// A source file decoded to UTF-8 (BOM removed, PEP 263 declaration applied).
class SourceFile {
public:
  /// Decodes raw file bytes. On failure (unknown encoding, invalid UTF-8,
  /// null byte...) returns false and fills err like CPython would.
  bool load(std::string filename, std::string bytes, SyntaxError &err);

  const std::string &filename() const { return filename_; }
  /// The whole decoded text (UTF-8), always terminated by an extra '\0'.
  std::string_view text() const { return std::string_view(text_.data(), text_.size()); }
  /// Line n (1-based) without its line terminator; empty if out of range.
  std::string_view line(uint32_t n) const;
  /// Number of lines.
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  /// True if the file started with a UTF-8 BOM (dropped from text()).
  bool hasBom() const { return hasBom_; }

private:
  std::string filename_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
  bool hasBom_ = false;
};

} // namespace molt
