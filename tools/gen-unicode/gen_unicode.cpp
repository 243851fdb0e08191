// gen_unicode: generates the Unicode tables used by compiler/syntax/Unicode.cpp.
//
//   gen_unicode <unicode-data-dir> <output.inc>
//
// Reads UnicodeData.txt, NameAliases.txt, Jamo.txt, DerivedCoreProperties.txt,
// CompositionExclusions.txt and DerivedNormalizationProps.txt from the Unicode
// Character Database directory and writes a C++ include file defining, in
// namespace molt::unicode::tables:
//
//   * the \N{...} name table: every explicitly named code point plus all
//     NameAliases.txt aliases, sorted, front-coded in blocks and compressed
//     with a word-token lexicon (see "Name table format" below);
//   * "PREFIX-XXXX" names whose suffix is the code point in hex (CJK
//     compatibility ideographs, Nushu, Khitan) as prefix + code point ranges;
//   * the CJK unified ideograph ranges and the Jamo short names, for the
//     algorithmic names;
//   * XID_Start / XID_Continue as sorted inclusive ranges;
//   * canonical combining classes and NFKC_QC values as run tables;
//   * full (recursive) compatibility decompositions as UTF-8 strings;
//   * the canonical composition pairs (minus full composition exclusions).
//
// The output depends only on the input files (byte-identical across runs).
// The file is written to a temporary name and renamed into place.
//
// Name table format
// -----------------
// Names are sorted by byte value and grouped in blocks of kNameBlockSize.
// kNameBlockOffsets[b] is the offset of block b in kNameData. Each entry is:
//   u8   number of leading chars shared with the previous name in the block
//        (0 for the first entry of a block);
//   text the remaining chars; a byte < 0x80 is a literal char, a byte in
//        [0x80, 0xF0) is token (byte - 0x80), a byte in [0xF0, 0x100)
//        followed by a byte u is token kNameOneByteTokens + (byte-0xF0)*256+u;
//   u8   0 (end of text);
//   LEB128 zig-zag encoded difference between this code point and the
//        previous entry's (0 before the first entry of a block).
// Token i is kNameTokenText[kNameTokenOffsets[i] .. kNameTokenOffsets[i+1]).

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ucd_reader.h"

namespace molt::ucdgen {
const char kToolName[] = "gen_unicode";
} // namespace molt::ucdgen

namespace {

using namespace molt::ucdgen;

constexpr size_t kNameBlockSize = 32;
constexpr unsigned kOneByteTokens = 0x70;      // bytes 0x80..0xEF
constexpr unsigned kTwoByteTokens = 0x10 * 256; // lead bytes 0xF0..0xFF
// "PREFIX-XXXX" names are handled as ranges when a prefix has this many.
constexpr size_t kMinHexNameGroup = 32;

// Hangul syllable algorithm constants (Unicode chapter 3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr unsigned kLCount = 19, kVCount = 21, kTCount = 28;
constexpr unsigned kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

// Sorted, merged ranges from a set of code points.
std::vector<Range> toRanges(const std::vector<bool> &set) {
  std::vector<Range> out;
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    if (!set[c])
      continue;
    if (!out.empty() && out.back().second + 1 == c)
      out.back().second = c;
    else
      out.push_back({c, c});
  }
  return out;
}

std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
  return buf;
}

void appendUtf8(std::vector<uint8_t> &out, char32_t c) {
  if (c < 0x80) {
    out.push_back(uint8_t(c));
  } else if (c < 0x800) {
    out.push_back(uint8_t(0xC0 | (c >> 6)));
    out.push_back(uint8_t(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(uint8_t(0xE0 | (c >> 12)));
    out.push_back(uint8_t(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(uint8_t(0x80 | (c & 0x3F)));
  } else {
    out.push_back(uint8_t(0xF0 | (c >> 18)));
    out.push_back(uint8_t(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(uint8_t(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(uint8_t(0x80 | (c & 0x3F)));
  }
}

// ---------------------------------------------------------------------------
// Character database.

struct Database {
  std::string version;
  std::map<std::string, char32_t> names; // explicit names and aliases
  std::vector<Range> cjkRanges;          // CJK unified ideograph ranges
  std::vector<std::string> jamoL, jamoV, jamoT;
  std::vector<uint8_t> ccc = std::vector<uint8_t>(kMaxCodePoint + 1, 0);
  std::map<char32_t, std::vector<char32_t>> decomposition; // one level
  std::set<char32_t> canonical; // code points whose mapping has no <tag>
  std::vector<bool> xidStart = std::vector<bool>(kMaxCodePoint + 1, false);
  std::vector<bool> xidContinue = std::vector<bool>(kMaxCodePoint + 1, false);
  std::vector<bool> compositionExcluded = std::vector<bool>(kMaxCodePoint + 1, false);
  std::vector<uint8_t> nfkcQc = std::vector<uint8_t>(kMaxCodePoint + 1, 0); // 0 Y, 1 M, 2 N
  // str.isprintable(): assigned, and not Cc/Cf/Cs/Co/Zl/Zp/Zs (space excepted).
  std::vector<bool> printable = std::vector<bool>(kMaxCodePoint + 1, false);
};

bool isPrintableCategory(const std::string &gc) {
  return !(gc == "Cc" || gc == "Cf" || gc == "Cs" || gc == "Co" || gc == "Zl" || gc == "Zp" ||
           gc == "Zs");
}

void addName(Database &db, const std::string &name, char32_t c, const std::string &where) {
  for (char ch : name)
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == ' ' || ch == '-'))
      fail("unexpected character in name '" + name + "' in " + where);
  auto [it, inserted] = db.names.emplace(name, c);
  if (!inserted && it->second != c)
    fail("name '" + name + "' used for two code points in " + where);
}

void readUnicodeData(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "UnicodeData.txt");
  std::string rangeStart;
  char32_t rangeFirst = 0;
  for (const auto &row : f.rows) {
    if (row.size() < 15)
      fail("short line in " + f.path);
    char32_t c = parseHex(row[0], f.path);
    const std::string &name = row[1];
    if (!name.empty() && name[0] == '<') {
      // "<Label, First>" / "<Label, Last>" delimit ranges; other <...> names
      // (<control>) are not character names.
      if (name.size() > 8 && name.ends_with(", First>")) {
        rangeStart = name.substr(1, name.size() - 9);
        rangeFirst = c;
      } else if (name.ends_with(", Last>")) {
        std::string label = name.substr(1, name.size() - 8);
        if (label != rangeStart)
          fail("unmatched range end " + name + " in " + f.path);
        if (label.starts_with("CJK Ideograph"))
          db.cjkRanges.push_back({rangeFirst, c});
        if (isPrintableCategory(row[2]))
          for (char32_t k = rangeFirst; k <= c; ++k)
            db.printable[k] = true;
        rangeStart.clear();
      }
    } else {
      addName(db, name, c, f.path);
    }
    if (isPrintableCategory(row[2]) || c == ' ')
      db.printable[c] = true;
    db.ccc[c] = uint8_t(std::stoi(row[3]));
    if (!row[5].empty()) {
      std::vector<std::string> parts = split(row[5], ' ');
      bool tagged = parts[0][0] == '<';
      std::vector<char32_t> mapping;
      for (size_t i = tagged ? 1 : 0; i < parts.size(); ++i)
        if (!parts[i].empty())
          mapping.push_back(parseHex(parts[i], f.path));
      if (mapping.empty())
        fail("empty decomposition in " + f.path);
      db.decomposition[c] = mapping;
      if (!tagged)
        db.canonical.insert(c);
    }
  }
  if (db.cjkRanges.empty())
    fail("no CJK ideograph ranges in " + f.path);
  std::sort(db.cjkRanges.begin(), db.cjkRanges.end());
}

void readNameAliases(Database &db, const std::string &dir) {
  // All alias types (correction, control, alternate, figment, abbreviation)
  // are accepted by \N{...}.
  DataFile f = readDataFile(dir, "NameAliases.txt");
  for (const auto &row : f.rows) {
    if (row.size() != 3)
      fail("bad line in " + f.path);
    addName(db, row[1], parseHex(row[0], f.path), f.path);
  }
}

void readJamo(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "Jamo.txt");
  db.jamoL.assign(kLCount, "");
  db.jamoV.assign(kVCount, "");
  db.jamoT.assign(kTCount, ""); // index 0: no trailing consonant
  std::vector<bool> seen(kLCount + kVCount + kTCount, false);
  for (const auto &row : f.rows) {
    if (row.size() != 2)
      fail("bad line in " + f.path);
    char32_t c = parseHex(row[0], f.path);
    if (c >= kLBase && c < kLBase + kLCount) {
      db.jamoL[c - kLBase] = row[1];
      seen[c - kLBase] = true;
    } else if (c >= kVBase && c < kVBase + kVCount) {
      db.jamoV[c - kVBase] = row[1];
      seen[kLCount + (c - kVBase)] = true;
    } else if (c > kTBase && c < kTBase + kTCount) {
      db.jamoT[c - kTBase] = row[1];
      seen[kLCount + kVCount + (c - kTBase)] = true;
    }
  }
  seen[kLCount + kVCount] = true;
  if (std::find(seen.begin(), seen.end(), false) != seen.end())
    fail("incomplete jamo short names in " + f.path);
}

void readDerivedCoreProperties(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "DerivedCoreProperties.txt");
  // Header line: "# DerivedCoreProperties-15.0.0.txt".
  size_t dash = f.firstLine.find('-'), dot = f.firstLine.rfind(".txt");
  if (dash == std::string::npos || dot == std::string::npos || dot < dash)
    fail("cannot find the Unicode version in " + f.path);
  db.version = f.firstLine.substr(dash + 1, dot - dash - 1);
  for (const auto &row : f.rows) {
    if (row.size() < 2)
      fail("bad line in " + f.path);
    std::vector<bool> *set = row[1] == "XID_Start"      ? &db.xidStart
                             : row[1] == "XID_Continue" ? &db.xidContinue
                                                        : nullptr;
    if (!set)
      continue;
    Range r = parseRange(row[0], f.path);
    for (char32_t c = r.first; c <= r.second; ++c)
      (*set)[c] = true;
  }
}

void readNormalizationProps(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "DerivedNormalizationProps.txt");
  for (const auto &row : f.rows) {
    if (row.size() < 2)
      fail("bad line in " + f.path);
    if (row[1] == "Full_Composition_Exclusion") {
      Range r = parseRange(row[0], f.path);
      for (char32_t c = r.first; c <= r.second; ++c)
        db.compositionExcluded[c] = true;
    } else if (row[1] == "NFKC_QC") {
      if (row.size() != 3 || (row[2] != "N" && row[2] != "M"))
        fail("bad NFKC_QC line in " + f.path);
      Range r = parseRange(row[0], f.path);
      for (char32_t c = r.first; c <= r.second; ++c)
        db.nfkcQc[c] = row[2] == "M" ? 1 : 2;
    }
  }
  // CompositionExclusions.txt is a subset of Full_Composition_Exclusion, but
  // apply it too in case the derived file is incomplete.
  DataFile ex = readDataFile(dir, "CompositionExclusions.txt");
  for (const auto &row : ex.rows) {
    Range r = parseRange(row[0], ex.path);
    for (char32_t c = r.first; c <= r.second; ++c)
      db.compositionExcluded[c] = true;
  }
}

// ---------------------------------------------------------------------------
// Table construction.

struct HexNames {
  std::vector<std::string> prefixes;              // sorted
  std::vector<std::array<uint32_t, 3>> ranges;    // first, last, prefix index
};

// Moves "PREFIX-XXXX" names (XXXX = the code point as %04X) of large groups
// out of db.names into range form.
HexNames extractHexNames(Database &db) {
  std::map<std::string, std::vector<char32_t>> groups;
  for (const auto &[name, c] : db.names) {
    size_t dash = name.rfind('-');
    if (dash != std::string::npos && name.substr(dash + 1) == hex4(c))
      groups[name.substr(0, dash)].push_back(c);
  }
  HexNames out;
  for (auto &[prefix, cps] : groups) {
    if (cps.size() < kMinHexNameGroup)
      continue;
    uint32_t index = uint32_t(out.prefixes.size());
    out.prefixes.push_back(prefix);
    std::sort(cps.begin(), cps.end());
    for (char32_t c : cps) {
      db.names.erase(prefix + "-" + hex4(c));
      if (!out.ranges.empty() && out.ranges.back()[2] == index && out.ranges.back()[1] + 1 == c)
        out.ranges.back()[1] = c;
      else
        out.ranges.push_back({c, c, index});
    }
  }
  std::sort(out.ranges.begin(), out.ranges.end());
  return out;
}

// Splits text into pieces of the form "word" + optional separator.
std::vector<std::string> pieces(const std::string &s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '-')
      ++j;
    if (j < s.size())
      ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

struct NameTable {
  std::vector<std::string> tokens;
  std::vector<uint8_t> data;
  std::vector<uint32_t> blockOffsets;
  size_t maxLength = 0;
  size_t count = 0;
};

NameTable buildNameTable(const Database &db) {
  NameTable t;
  // Front coding: the suffix of each name not shared with the previous one.
  std::vector<std::pair<uint8_t, std::string>> entries; // shared, suffix
  std::vector<char32_t> cps;
  std::string prev;
  for (const auto &[name, c] : db.names) {
    size_t shared = 0;
    if (entries.size() % kNameBlockSize != 0)
      while (shared < name.size() && shared < prev.size() && shared < 255 && name[shared] == prev[shared])
        ++shared;
    entries.push_back({uint8_t(shared), name.substr(shared)});
    cps.push_back(c);
    t.maxLength = std::max(t.maxLength, name.size());
    prev = name;
  }
  t.count = entries.size();

  // Token lexicon: the pieces whose replacement saves the most bytes.
  std::map<std::string, size_t> counts;
  for (const auto &e : entries)
    for (const auto &p : pieces(e.second))
      if (p.size() >= 2)
        ++counts[p];
  auto gain = [](const std::string &w, size_t n, size_t cost) {
    return int64_t(n) * (int64_t(w.size()) - int64_t(cost)) - int64_t(w.size()) - 2;
  };
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto &[w, n] : counts)
    ranked.push_back({-gain(w, n, 1), w});
  std::sort(ranked.begin(), ranked.end());
  std::map<std::string, unsigned> tokenIndex;
  for (const auto &[g, w] : ranked) {
    unsigned index = unsigned(t.tokens.size());
    if (index >= kOneByteTokens + kTwoByteTokens)
      break;
    if (gain(w, counts[w], index < kOneByteTokens ? 1 : 2) <= 0)
      continue;
    tokenIndex[w] = index;
    t.tokens.push_back(w);
  }

  // Encode the entries.
  char32_t prevCp = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i % kNameBlockSize == 0) {
      t.blockOffsets.push_back(uint32_t(t.data.size()));
      prevCp = 0;
    }
    t.data.push_back(entries[i].first);
    for (const auto &p : pieces(entries[i].second)) {
      auto it = tokenIndex.find(p);
      if (it == tokenIndex.end()) {
        t.data.insert(t.data.end(), p.begin(), p.end());
      } else if (it->second < kOneByteTokens) {
        t.data.push_back(uint8_t(0x80 + it->second));
      } else {
        unsigned k = it->second - kOneByteTokens;
        t.data.push_back(uint8_t(0xF0 + (k >> 8)));
        t.data.push_back(uint8_t(k & 0xFF));
      }
    }
    t.data.push_back(0);
    int64_t delta = int64_t(cps[i]) - int64_t(prevCp);
    uint64_t zz = delta >= 0 ? uint64_t(delta) << 1 : (uint64_t(-delta) << 1) - 1;
    do {
      uint8_t b = uint8_t(zz & 0x7F);
      zz >>= 7;
      t.data.push_back(zz ? uint8_t(b | 0x80) : b);
    } while (zz);
    prevCp = cps[i];
  }
  return t;
}

// Appends the full compatibility decomposition of c (canonical and
// compatibility mappings applied recursively, Hangul syllables included).
void fullDecomposition(const Database &db, char32_t c, std::vector<char32_t> &out) {
  if (c >= kSBase && c < kSBase + kSCount) {
    unsigned s = c - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount)
      out.push_back(kTBase + s % kTCount);
    return;
  }
  auto it = db.decomposition.find(c);
  if (it == db.decomposition.end()) {
    out.push_back(c);
    return;
  }
  for (char32_t d : it->second)
    fullDecomposition(db, d, out);
}

// Run-length table: entries (start << shift | value) where the value changes.
std::vector<uint32_t> runs(const std::vector<uint8_t> &values, unsigned shift) {
  std::vector<uint32_t> out;
  for (char32_t c = 0; c <= kMaxCodePoint; ++c)
    if (c == 0 || values[c] != values[c - 1])
      out.push_back(uint32_t(c) << shift | values[c]);
  return out;
}

// ---------------------------------------------------------------------------
// Output.

class Writer {
public:
  std::string text;

  void line(const std::string &s) { text += s + "\n"; }

  template <typename T>
  void array(const std::string &decl, const std::vector<T> &values, bool hex) {
    text += decl + "[] = {";
    size_t col = 1000;
    for (size_t i = 0; i < values.size(); ++i) {
      char buf[32];
      if (hex)
        std::snprintf(buf, sizeof buf, "0x%llX,", static_cast<unsigned long long>(values[i]));
      else
        std::snprintf(buf, sizeof buf, "%llu,", static_cast<unsigned long long>(values[i]));
      size_t len = std::char_traits<char>::length(buf);
      if (col + len > 100) {
        text += "\n  ";
        col = 2;
      }
      text += buf;
      col += len;
    }
    text += "\n};\n";
  }

  void rangeArray(const std::string &name, const std::vector<Range> &ranges) {
    std::vector<uint32_t> flat;
    for (const auto &r : ranges) {
      flat.push_back(r.first);
      flat.push_back(r.second);
    }
    line("/// Sorted inclusive ranges, as first/last pairs.");
    array("constexpr char32_t " + name, flat, true);
  }

  // A string literal (name characters only), split over lines.
  void stringLiteral(const std::string &decl, const std::string &value) {
    text += decl + " =";
    for (size_t i = 0; i < value.size(); i += 96)
      text += "\n  \"" + value.substr(i, 96) + "\"";
    text += ";\n";
  }

  void stringArray(const std::string &name, const std::vector<std::string> &strings) {
    text += "constexpr std::string_view " + name + "[] = {";
    size_t col = 1000;
    for (const auto &s : strings) {
      std::string item = "\"" + s + "\",";
      if (col + item.size() > 100) {
        text += "\n  ";
        col = 2;
      }
      text += item;
      col += item.size();
    }
    text += "\n};\n";
  }
};

} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_unicode <unicode-data-dir> <output.inc>\n");
    return 2;
  }
  std::string dir = argv[1], outPath = argv[2];

  Database db;
  readUnicodeData(db, dir);
  readNameAliases(db, dir);
  readJamo(db, dir);
  readDerivedCoreProperties(db, dir);
  readNormalizationProps(db, dir);

  // Names CPython rejects early because of their prefix can never match.
  for (auto it = db.names.begin(); it != db.names.end();) {
    if (it->first.starts_with("HANGUL SYLLABLE ") || it->first.starts_with("CJK UNIFIED IDEOGRAPH-"))
      it = db.names.erase(it);
    else
      ++it;
  }
  HexNames hexNames = extractHexNames(db);
  NameTable names = buildNameTable(db);

  // Decompositions: sorted keys (code point << 8 | UTF-8 length) and offsets
  // into a deduplicated UTF-8 pool.
  std::vector<uint32_t> decompKeys;
  std::vector<uint16_t> decompOffsets;
  std::vector<uint8_t> decompPool;
  std::map<std::vector<char32_t>, uint32_t> poolOffsets;
  for (const auto &[c, mapping] : db.decomposition) {
    std::vector<char32_t> full;
    fullDecomposition(db, c, full);
    std::vector<uint8_t> utf8;
    for (char32_t d : full)
      appendUtf8(utf8, d);
    if (utf8.size() > 255)
      fail("decomposition too long");
    auto [it, inserted] = poolOffsets.emplace(full, uint32_t(decompPool.size()));
    if (inserted)
      decompPool.insert(decompPool.end(), utf8.begin(), utf8.end());
    if (it->second > 0xFFFF)
      fail("decomposition pool too large");
    decompKeys.push_back(uint32_t(c) << 8 | uint32_t(utf8.size()));
    decompOffsets.push_back(uint16_t(it->second));
  }

  // Primary composites: canonical pair decompositions that are not excluded
  // (singletons and non-starter decompositions are excluded too).
  std::vector<std::pair<uint64_t, char32_t>> pairs;
  for (char32_t c : db.canonical) {
    const auto &m = db.decomposition.at(c);
    if (m.size() != 2 || db.compositionExcluded[c] || db.ccc[c] != 0 || db.ccc[m[0]] != 0)
      continue;
    pairs.push_back({uint64_t(m[0]) << 21 | m[1], c});
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<uint64_t> compPairs;
  std::vector<uint32_t> compResults;
  for (const auto &[key, c] : pairs) {
    compPairs.push_back(key);
    compResults.push_back(c);
  }

  Writer w;
  w.line("// Generated by tools/gen-unicode/gen_unicode.cpp from the Unicode " + db.version +
         " character database. Do not edit.");
  w.line("// Format documented in gen_unicode.cpp; used by compiler/syntax/Unicode.cpp.");
  w.line("#include <cstdint>");
  w.line("#include <string_view>");
  w.line("");
  w.line("namespace molt::unicode::tables {");
  w.line("");
  w.line("constexpr std::string_view kUnicodeVersion = \"" + db.version + "\";");
  w.line("");
  w.line("// ---- \\N{...} names (" + std::to_string(names.count) + " table entries) ----");
  w.line("constexpr unsigned kMaxNameLength = " + std::to_string(names.maxLength) + ";");
  w.line("constexpr unsigned kNameBlockSize = " + std::to_string(kNameBlockSize) + ";");
  w.line("constexpr unsigned kNameOneByteTokens = " + std::to_string(kOneByteTokens) + ";");
  std::string tokenText;
  std::vector<uint16_t> tokenOffsets;
  for (const auto &tok : names.tokens) {
    tokenOffsets.push_back(uint16_t(tokenText.size()));
    tokenText += tok;
  }
  tokenOffsets.push_back(uint16_t(tokenText.size()));
  if (tokenText.size() >= 0xFFFF)
    fail("token lexicon too large");
  w.line("/// Name tokens, concatenated (" + std::to_string(names.tokens.size()) + " tokens).");
  w.stringLiteral("constexpr char kNameTokenText[]", tokenText);
  w.array("constexpr uint16_t kNameTokenOffsets", tokenOffsets, false);
  w.array("constexpr unsigned char kNameData", names.data, false);
  w.array("constexpr uint32_t kNameBlockOffsets", names.blockOffsets, false);
  w.line("");
  w.line("/// \"PREFIX-XXXX\" names, XXXX being the code point in %04X format.");
  w.stringArray("kHexNamePrefixes", hexNames.prefixes);
  std::vector<uint32_t> hexRanges;
  for (const auto &r : hexNames.ranges)
    hexRanges.insert(hexRanges.end(), r.begin(), r.end());
  w.line("/// Sorted first/last/prefix-index triples.");
  w.array("constexpr uint32_t kHexNameRanges", hexRanges, true);
  w.line("");
  w.line("/// CJK UNIFIED IDEOGRAPH-XXXX names.");
  w.rangeArray("kCjkUnifiedRanges", db.cjkRanges);
  w.line("");
  w.line("/// Jamo short names for HANGUL SYLLABLE names.");
  w.stringArray("kJamoL", db.jamoL);
  w.stringArray("kJamoV", db.jamoV);
  w.stringArray("kJamoT", db.jamoT);
  w.line("");
  w.line("// ---- Identifiers ----");
  w.rangeArray("kXidStart", toRanges(db.xidStart));
  w.rangeArray("kXidContinue", toRanges(db.xidContinue));
  w.rangeArray("kPrintable", toRanges(db.printable));
  w.line("");
  w.line("// ---- Normalization ----");
  w.line("/// Canonical combining class runs: start << 8 | ccc.");
  w.array("constexpr uint32_t kCccRuns", runs(db.ccc, 8), true);
  w.line("/// NFKC_QC runs: start << 2 | value (0 Yes, 1 Maybe, 2 No).");
  w.array("constexpr uint32_t kNfkcQcRuns", runs(db.nfkcQc, 2), true);
  w.line("/// Full compatibility decompositions: sorted code point << 8 | UTF-8 length,");
  w.line("/// and the offset of the UTF-8 text in kDecompPool.");
  w.array("constexpr uint32_t kDecompKeys", decompKeys, true);
  w.array("constexpr uint16_t kDecompOffsets", decompOffsets, false);
  w.array("constexpr unsigned char kDecompPool", decompPool, false);
  w.line("/// Canonical composition pairs (first << 21 | second, sorted) and results.");
  w.array("constexpr uint64_t kCompPairs", compPairs, true);
  w.array("constexpr char32_t kCompResults", compResults, true);
  w.line("");
  w.line("} // namespace molt::unicode::tables");

  writeFileAtomically(outPath, w.text);
  return 0;
}
