// Line diffs for `molt compare` and `molt diff`.
#pragma once

#include <string>
#include <vector>

namespace molt::cli {

/// Splits text into lines (without their '\n'; a final line without '\n' counts).
std::vector<std::string> splitLines(const std::string &text);

/// The last non-empty line of text ("" if none).
std::string lastLine(const std::string &text);

/// A unified diff (---/+++ headers, @@ hunks, `context` lines around changes)
/// of two texts; "" if they are equal.
std::string unifiedDiff(const std::string &a, const std::string &b, const std::string &nameA,
                        const std::string &nameB, int context = 3);

/// Index of the first differing line of two texts, or -1 if they are equal.
long firstDifferentLine(const std::string &a, const std::string &b);

} // namespace molt::cli
