// Line diffs: common prefix/suffix trimming, then an LCS table over the
// middle (bounded; a huge middle is shown as one replaced block).
#include "cli/TextDiff.h"

#include <algorithm>
#include <cstdint>

namespace molt::cli {

std::vector<std::string> splitLines(const std::string &text) {
  std::vector<std::string> lines;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    lines.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return lines;
}

std::string lastLine(const std::string &text) {
  std::vector<std::string> lines = splitLines(text);
  while (!lines.empty() && lines.back().find_first_not_of(" \t\r") == std::string::npos)
    lines.pop_back();
  return lines.empty() ? "" : lines.back();
}

long firstDifferentLine(const std::string &a, const std::string &b) {
  if (a == b) return -1;
  std::vector<std::string> la = splitLines(a), lb = splitLines(b);
  size_t n = std::min(la.size(), lb.size());
  for (size_t i = 0; i < n; ++i)
    if (la[i] != lb[i]) return long(i);
  return long(n);
}

namespace {

/// One line of the edit script: ' ', '-' or '+', with indexes into a and b.
struct Edit {
  char op;
  size_t ia, ib;
};

std::vector<Edit> editScript(const std::vector<std::string> &a, const std::vector<std::string> &b) {
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
    ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre &&
         a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
    ++suf;
  std::vector<Edit> out;
  for (size_t i = 0; i < pre; ++i)
    out.push_back({' ', i, i});
  size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  if (n * m <= 4000000) {
    // lcs[i][j] = LCS length of a[pre+i..] and b[pre+j..]
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t i, size_t j) -> uint32_t & { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) =
            a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[pre + i] == b[pre + j]) {
        out.push_back({' ', pre + i, pre + j});
        ++i, ++j;
      } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
        out.push_back({'+', pre + i, pre + j});
        ++j;
      } else {
        out.push_back({'-', pre + i, pre + j});
        ++i;
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i)
      out.push_back({'-', pre + i, pre});
    for (size_t j = 0; j < m; ++j)
      out.push_back({'+', pre + n, pre + j});
  }
  for (size_t k = 0; k < suf; ++k)
    out.push_back({' ', pre + n + k, pre + m + k});
  return out;
}

} // namespace

std::string unifiedDiff(const std::string &a, const std::string &b, const std::string &nameA,
                        const std::string &nameB, int context) {
  if (a == b) return "";
  std::vector<std::string> la = splitLines(a), lb = splitLines(b);
  std::vector<Edit> es = editScript(la, lb);
  std::string out = "--- " + nameA + "\n+++ " + nameB + "\n";
  size_t k = 0, ctx = size_t(context);
  while (k < es.size()) {
    // Find the next change.
    size_t c = k;
    while (c < es.size() && es[c].op == ' ')
      ++c;
    if (c == es.size()) break;
    size_t start = c >= ctx ? c - ctx : 0;
    if (start < k) start = k;
    // Extend the hunk while changes are within 2*context lines of each other.
    size_t end = c;
    for (;;) {
      while (end < es.size() && es[end].op != ' ')
        ++end;
      size_t same = end;
      while (same < es.size() && es[same].op == ' ')
        ++same;
      if (same < es.size() && same - end <= 2 * ctx) {
        end = same;
        continue;
      }
      end = std::min(es.size(), end + ctx);
      break;
    }
    size_t na = 0, nb = 0;
    for (size_t x = start; x < end; ++x) {
      if (es[x].op != '+') ++na;
      if (es[x].op != '-') ++nb;
    }
    size_t sa = es[start].ia + (na ? 1 : 0), sb = es[start].ib + (nb ? 1 : 0);
    out += "@@ -" + std::to_string(sa) + "," + std::to_string(na) + " +" + std::to_string(sb) +
           "," + std::to_string(nb) + " @@\n";
    for (size_t x = start; x < end; ++x) {
      out += es[x].op;
      out += es[x].op == '+' ? lb[es[x].ib] : la[es[x].ia];
      out += '\n';
    }
    k = end;
  }
  bool aNl = a.empty() || a.back() == '\n', bNl = b.empty() || b.back() == '\n';
  if (aNl != bNl) out += "\\ (the outputs differ in the final newline)\n";
  return out;
}

} // namespace molt::cli
