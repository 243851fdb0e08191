// gen_unicode_rt: generates the runtime's Unicode character database, the
// per-code-point data CPython 3.12's str methods use (runtime/core/unicode_db.cpp).
//
//   gen_unicode_rt <unicode-data-dir> <output.inc>
//
// Reads from the Unicode Character Database directory:
//   UnicodeData.txt                   category, bidi class, digit values, simple case mappings
//   SpecialCasing.txt                 unconditional full case mappings
//   CaseFolding.txt                   status C and F foldings (str.casefold)
//   DerivedCoreProperties.txt         Lowercase, Uppercase, Cased, Case_Ignorable, XID_*
//   LineBreak.txt                     mandatory breaks BK, CR, LF, NL (str.splitlines)
//   extracted/DerivedNumericValues.txt numeric values, Unihan numerics included
//
// and writes a C++ include file defining, in namespace molt::rt::ucd::tables:
//   kRecords     distinct per-code-point records {flags, category, decimal,
//                digit, case mapping index, numeric index};
//   kCases       distinct case mappings {upper, lower, title, fold};
//   kIndex0/1/2  the three-level index: with s1 = kShift1, s2 = kShift2,
//                b1 = kIndex0[c >> (s1 + s2)],
//                b2 = kIndex1[(b1 << s1) | ((c >> s2) & kMask1)],
//                record of c = kRecords[kIndex2[(b2 << s2) | (c & kMask2)]]
//                (the second-level block numbers repeat too: three levels
//                take a third of the bytes of two, and the tables are linked
//                into every module, wasm ones included).
//   kCaseExt     the multi-character case mappings (see below);
//   kNumeric     numeric values (double), indexed from the records;
//   kFlag*/kCategoryOrder, checked against molt/unicode_db.h at compile time.
//
// Semantics (mirroring how CPython 3.12 builds its own tables):
//   * Only assigned code points (UnicodeData.txt, ranges expanded) have any
//     property; unassigned ones get the all-zero record.
//   * alpha: category L&/Lm/Lo; title: Lt; space: category Zs or bidi WS/B/S;
//     linebreak: Line_Break BK/CR/LF/NL or bidi B; printable: U+0020 or a
//     category outside C* and Z*; decimal/digit: UnicodeData fields 6/7;
//     numeric: has a numeric value (field 8 or Unihan).
//   * Case mappings: SpecialCasing.txt entries without conditions give the
//     full lower/title/upper; otherwise the UnicodeData simple mappings (title
//     defaulting to upper, upper/lower defaulting to the code point). Casefold
//     is the CaseFolding.txt C or F mapping, else the code point itself.
//   * When every mapping of a code point is a single code point, the record
//     stores deltas (target - c). Otherwise kFlagExtendedCase is set and each
//     mapping field is (length << 24 | offset into kCaseExt).
//
// The output depends only on the input files; it is written to a temporary
// name and renamed into place.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "ucd_reader.h"

namespace molt::ucdgen {
const char kToolName[] = "gen_unicode_rt";
} // namespace molt::ucdgen

namespace {

using namespace molt::ucdgen;

constexpr size_t kNumCodePoints = 0x110000;
constexpr unsigned kMaxCaseLength = 3;

// Must equal molt::rt::ucd's constants (unicode_db.cpp static_asserts it).
constexpr uint32_t kFlagAlpha = 1u << 0;
constexpr uint32_t kFlagDecimal = 1u << 1;
constexpr uint32_t kFlagDigit = 1u << 2;
constexpr uint32_t kFlagNumeric = 1u << 3;
constexpr uint32_t kFlagSpace = 1u << 4;
constexpr uint32_t kFlagLinebreak = 1u << 5;
constexpr uint32_t kFlagLower = 1u << 6;
constexpr uint32_t kFlagUpper = 1u << 7;
constexpr uint32_t kFlagTitle = 1u << 8;
constexpr uint32_t kFlagCased = 1u << 9;
constexpr uint32_t kFlagCaseIgnorable = 1u << 10;
constexpr uint32_t kFlagPrintable = 1u << 11;
constexpr uint32_t kFlagXidStart = 1u << 12;
constexpr uint32_t kFlagXidContinue = 1u << 13;
constexpr uint32_t kFlagExtendedCase = 1u << 14;

// General category order (index = molt::rt::ucd::Category value).
const char *const kCategories[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd",
                                   "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm",
                                   "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};
constexpr unsigned kNumCategories = sizeof kCategories / sizeof kCategories[0];

using Mapping = std::vector<char32_t>;

Mapping parseMapping(const std::string &s, const std::string &where) {
  Mapping m;
  for (const auto &part : split(s, ' '))
    if (!part.empty())
      m.push_back(parseHex(part, where));
  return m;
}

// ---------------------------------------------------------------------------
// Database

struct CharData {
  bool assigned = false;
  uint8_t category = 0;
  std::string bidi;
  int decimal = -1, digit = -1;
  char32_t simpleUpper = 0, simpleLower = 0, simpleTitle = 0; // 0: none
  bool hasSpecial = false;
  Mapping specialLower, specialTitle, specialUpper;
  Mapping fold; // empty: none
  std::string numeric; // "N" or "N/D", empty: none
  bool lowercase = false, uppercase = false, cased = false, caseIgnorable = false;
  bool xidStart = false, xidContinue = false, lineBreak = false;
};

struct Database {
  std::string version;
  std::vector<CharData> chars = std::vector<CharData>(kNumCodePoints);
};

uint8_t categoryIndex(const std::string &gc, const std::string &where) {
  for (unsigned i = 0; i < kNumCategories; ++i)
    if (gc == kCategories[i])
      return uint8_t(i);
  fail("unknown general category '" + gc + "' in " + where);
}

int parseDigit(const std::string &s, const std::string &where) {
  if (s.empty())
    return -1;
  if (s.size() != 1 || s[0] < '0' || s[0] > '9')
    fail("bad digit value '" + s + "' in " + where);
  return s[0] - '0';
}

void setFromUnicodeData(CharData &d, const std::vector<std::string> &row, const std::string &where) {
  d.assigned = true;
  d.category = categoryIndex(row[2], where);
  d.bidi = row[4];
  d.decimal = parseDigit(row[6], where);
  d.digit = parseDigit(row[7], where);
  d.simpleUpper = row[12].empty() ? 0 : parseHex(row[12], where);
  d.simpleLower = row[13].empty() ? 0 : parseHex(row[13], where);
  d.simpleTitle = row[14].empty() ? 0 : parseHex(row[14], where);
}

void readUnicodeData(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "UnicodeData.txt");
  bool inRange = false;
  char32_t rangeFirst = 0;
  std::vector<std::string> rangeRow;
  char32_t prev = 0;
  bool any = false;
  for (const auto &row : f.rows) {
    if (row.size() < 15)
      fail("short line in " + f.path);
    char32_t c = parseHex(row[0], f.path);
    if (any && c <= prev)
      fail("UnicodeData.txt is not sorted at " + row[0]);
    any = true;
    prev = c;
    const std::string &name = row[1];
    if (name.size() > 8 && name.front() == '<' && name.ends_with(", First>")) {
      if (inRange)
        fail("nested range at " + row[0]);
      inRange = true;
      rangeFirst = c;
      rangeRow = row;
      continue;
    }
    if (name.front() == '<' && name.ends_with(", Last>")) {
      if (!inRange)
        fail("range end without start at " + row[0]);
      inRange = false;
      // All code points of the range share the First line's fields.
      for (char32_t k = rangeFirst; k <= c; ++k)
        setFromUnicodeData(db.chars[k], rangeRow, f.path);
      continue;
    }
    if (inRange)
      fail("unterminated range before " + row[0]);
    setFromUnicodeData(db.chars[c], row, f.path);
  }
}

void readSpecialCasing(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "SpecialCasing.txt");
  for (const auto &row : f.rows) {
    if (row.size() < 4)
      fail("bad line in " + f.path);
    // Conditional mappings (language or context) are not applied; Final_Sigma
    // is handled by the str methods (see isFinalSigma in unicode_db.h).
    if (row.size() >= 5 && !row[4].empty())
      continue;
    char32_t c = parseHex(row[0], f.path);
    CharData &d = db.chars[c];
    if (d.hasSpecial)
      fail("duplicate unconditional special casing for " + row[0]);
    d.hasSpecial = true;
    d.specialLower = parseMapping(row[1], f.path);
    d.specialTitle = parseMapping(row[2], f.path);
    d.specialUpper = parseMapping(row[3], f.path);
  }
}

void readCaseFolding(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "CaseFolding.txt");
  for (const auto &row : f.rows) {
    if (row.size() < 3)
      fail("bad line in " + f.path);
    if (row[1] != "C" && row[1] != "F")
      continue; // S (simple) and T (Turkic) foldings are not used
    char32_t c = parseHex(row[0], f.path);
    if (!db.chars[c].fold.empty())
      fail("duplicate case folding for " + row[0]);
    db.chars[c].fold = parseMapping(row[2], f.path);
  }
}

void readDerivedCoreProperties(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "DerivedCoreProperties.txt");
  size_t dash = f.firstLine.find('-'), dot = f.firstLine.rfind(".txt");
  if (dash == std::string::npos || dot == std::string::npos || dot < dash)
    fail("cannot find the Unicode version in " + f.path);
  db.version = f.firstLine.substr(dash + 1, dot - dash - 1);
  for (const auto &row : f.rows) {
    if (row.size() < 2)
      fail("bad line in " + f.path);
    bool CharData::*field = row[1] == "Lowercase"        ? &CharData::lowercase
                            : row[1] == "Uppercase"      ? &CharData::uppercase
                            : row[1] == "Cased"          ? &CharData::cased
                            : row[1] == "Case_Ignorable" ? &CharData::caseIgnorable
                            : row[1] == "XID_Start"      ? &CharData::xidStart
                            : row[1] == "XID_Continue"   ? &CharData::xidContinue
                                                         : nullptr;
    if (!field)
      continue;
    Range r = parseRange(row[0], f.path);
    for (char32_t c = r.first; c <= r.second; ++c)
      db.chars[c].*field = true;
  }
}

void readLineBreak(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "LineBreak.txt");
  for (const auto &row : f.rows) {
    if (row.size() < 2)
      fail("bad line in " + f.path);
    if (row[1] != "BK" && row[1] != "CR" && row[1] != "LF" && row[1] != "NL")
      continue;
    Range r = parseRange(row[0], f.path);
    for (char32_t c = r.first; c <= r.second; ++c)
      db.chars[c].lineBreak = true;
  }
}

// Validates "N" or "N/D" (N possibly negative) and returns it.
std::string checkRational(const std::string &s, const std::string &where) {
  size_t slash = s.find('/');
  std::string num = s.substr(0, slash);
  std::string den = slash == std::string::npos ? "1" : s.substr(slash + 1);
  auto isInt = [](const std::string &t, bool allowMinus) {
    size_t i = allowMinus && !t.empty() && t[0] == '-' ? 1 : 0;
    if (i == t.size() || t.size() - i > 18)
      return false;
    for (; i < t.size(); ++i)
      if (t[i] < '0' || t[i] > '9')
        return false;
    return true;
  };
  if (!isInt(num, true) || !isInt(den, false) || den == "0")
    fail("bad numeric value '" + s + "' in " + where);
  return s;
}

void readNumericValues(Database &db, const std::string &dir) {
  DataFile f = readDataFile(dir, "extracted/DerivedNumericValues.txt");
  for (const auto &row : f.rows) {
    if (row.size() < 4)
      fail("bad line in " + f.path);
    Range r = parseRange(row[0], f.path);
    std::string value = checkRational(row[3], f.path);
    for (char32_t c = r.first; c <= r.second; ++c)
      db.chars[c].numeric = value;
  }
}

// ---------------------------------------------------------------------------
// Records

struct Record {
  uint32_t flags = 0;
  uint8_t category = 0;
  int8_t decimal = -1, digit = -1;
  uint16_t numeric = 0xFFFF;
  int32_t upper = 0, lower = 0, title = 0, fold = 0;

  auto key() const { return std::tie(flags, category, decimal, digit, numeric, upper, lower, title, fold); }
  bool operator<(const Record &o) const { return key() < o.key(); }
  bool operator==(const Record &o) const { return key() == o.key(); }
};

struct Builder {
  std::vector<Record> records;            // distinct, in first-use order
  std::map<Record, uint32_t> recordIndex;
  std::vector<uint32_t> cpRecord = std::vector<uint32_t>(kNumCodePoints, 0);
  std::vector<char32_t> caseExt;
  std::map<Mapping, uint32_t> caseExtIndex;
  std::vector<std::string> numerics;
  std::map<std::string, uint16_t> numericIndex;

  uint32_t intern(const Record &r) {
    auto [it, inserted] = recordIndex.emplace(r, uint32_t(records.size()));
    if (inserted)
      records.push_back(r);
    return it->second;
  }

  int32_t extMapping(const Mapping &m) {
    if (m.empty() || m.size() > kMaxCaseLength)
      fail("case mapping of unsupported length");
    auto it = caseExtIndex.find(m);
    uint32_t offset;
    if (it != caseExtIndex.end()) {
      offset = it->second;
    } else {
      offset = uint32_t(caseExt.size());
      caseExt.insert(caseExt.end(), m.begin(), m.end());
      caseExtIndex.emplace(m, offset);
    }
    if (offset >= (1u << 24))
      fail("case extension table too large");
    return int32_t(uint32_t(m.size()) << 24 | offset);
  }
};

void buildRecords(const Database &db, Builder &b) {
  b.intern(Record{}); // record 0: unassigned
  for (char32_t c = 0; c <= kMaxCodePoint; ++c) {
    const CharData &d = db.chars[c];
    if (!d.assigned)
      continue;
    Record r;
    const std::string gc = kCategories[d.category];
    r.category = d.category;
    if (gc == "Lu" || gc == "Ll" || gc == "Lt" || gc == "Lm" || gc == "Lo")
      r.flags |= kFlagAlpha;
    if (gc == "Lt")
      r.flags |= kFlagTitle;
    if (gc == "Zs" || d.bidi == "WS" || d.bidi == "B" || d.bidi == "S")
      r.flags |= kFlagSpace;
    if (d.lineBreak || d.bidi == "B")
      r.flags |= kFlagLinebreak;
    if (c == ' ' || (gc[0] != 'C' && gc[0] != 'Z'))
      r.flags |= kFlagPrintable;
    if (d.lowercase)
      r.flags |= kFlagLower;
    if (d.uppercase)
      r.flags |= kFlagUpper;
    if (d.cased)
      r.flags |= kFlagCased;
    if (d.caseIgnorable)
      r.flags |= kFlagCaseIgnorable;
    if (d.xidStart)
      r.flags |= kFlagXidStart;
    if (d.xidContinue)
      r.flags |= kFlagXidContinue;
    if (d.decimal >= 0) {
      r.flags |= kFlagDecimal;
      r.decimal = int8_t(d.decimal);
    }
    if (d.digit >= 0) {
      r.flags |= kFlagDigit;
      r.digit = int8_t(d.digit);
    }
    if (!d.numeric.empty()) {
      r.flags |= kFlagNumeric;
      auto [it, inserted] = b.numericIndex.emplace(d.numeric, uint16_t(b.numerics.size()));
      if (inserted) {
        if (b.numerics.size() >= 0xFFFF)
          fail("too many numeric values");
        b.numerics.push_back(d.numeric);
      }
      r.numeric = it->second;
    }

    char32_t upper = d.simpleUpper ? d.simpleUpper : c;
    char32_t lower = d.simpleLower ? d.simpleLower : c;
    char32_t title = d.simpleTitle ? d.simpleTitle : upper;
    Mapping fullLower{lower}, fullTitle{title}, fullUpper{upper};
    if (d.hasSpecial) {
      fullLower = d.specialLower;
      fullTitle = d.specialTitle;
      fullUpper = d.specialUpper;
    }
    Mapping fold = d.fold.empty() ? Mapping{c} : d.fold;
    if (fullLower.size() == 1 && fullTitle.size() == 1 && fullUpper.size() == 1 && fold.size() == 1) {
      r.upper = int32_t(fullUpper[0]) - int32_t(c);
      r.lower = int32_t(fullLower[0]) - int32_t(c);
      r.title = int32_t(fullTitle[0]) - int32_t(c);
      r.fold = int32_t(fold[0]) - int32_t(c);
    } else {
      r.flags |= kFlagExtendedCase;
      r.upper = b.extMapping(fullUpper);
      r.lower = b.extMapping(fullLower);
      r.title = b.extMapping(fullTitle);
      r.fold = b.extMapping(fold);
    }
    b.cpRecord[c] = b.intern(r);
  }
}

// ---------------------------------------------------------------------------
// Three-level index (two splits: the code points into blocks of 2^s2 values,
// then the block numbers into blocks of 2^s1)

struct Split {
  unsigned shift = 0;
  std::vector<uint32_t> index1, index2;
  size_t bytes = 0;
};

size_t elementSize(uint32_t maxValue) { return maxValue <= 0xFF ? 1 : maxValue <= 0xFFFF ? 2 : 4; }

Split splitTable(const std::vector<uint32_t> &values, unsigned shift) {
  Split s;
  s.shift = shift;
  size_t block = size_t(1) << shift;
  std::map<std::vector<uint32_t>, uint32_t> blocks;
  for (size_t start = 0; start < values.size(); start += block) {
    std::vector<uint32_t> chunk(values.begin() + std::ptrdiff_t(start),
                                values.begin() + std::ptrdiff_t(std::min(values.size(), start + block)));
    chunk.resize(block, 0);
    auto [it, inserted] = blocks.emplace(chunk, uint32_t(s.index2.size() >> shift));
    if (inserted)
      s.index2.insert(s.index2.end(), chunk.begin(), chunk.end());
    s.index1.push_back(it->second);
  }
  uint32_t max1 = *std::max_element(s.index1.begin(), s.index1.end());
  uint32_t max2 = *std::max_element(s.index2.begin(), s.index2.end());
  s.bytes = s.index1.size() * elementSize(max1) + s.index2.size() * elementSize(max2);
  return s;
}

// ---------------------------------------------------------------------------
// Output

class Writer {
public:
  std::string text;

  void line(const std::string &s) { text += s + "\n"; }

  void array(const std::string &decl, const std::vector<uint32_t> &values, bool hex) {
    text += decl + "[] = {";
    size_t col = 1000;
    for (uint32_t v : values) {
      char buf[32];
      std::snprintf(buf, sizeof buf, hex ? "0x%X," : "%u,", unsigned(v));
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
};

const char *typeFor(uint32_t maxValue) {
  return maxValue <= 0xFF ? "uint8_t" : maxValue <= 0xFFFF ? "uint16_t" : "uint32_t";
}

std::string hexFlag(uint32_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%X", unsigned(v));
  return buf;
}

// A double constant expression equal to CPython's float(N) / float(D).
std::string numericExpr(const std::string &value) {
  size_t slash = value.find('/');
  if (slash == std::string::npos)
    return value + ".0";
  return value.substr(0, slash) + ".0 / " + value.substr(slash + 1) + ".0";
}

} // namespace

int main(int argc, char **argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_unicode_rt <unicode-data-dir> <output.inc>\n");
    return 2;
  }
  std::string dir = argv[1], outPath = argv[2];

  Database db;
  readUnicodeData(db, dir);
  readSpecialCasing(db, dir);
  readCaseFolding(db, dir);
  readDerivedCoreProperties(db, dir);
  readLineBreak(db, dir);
  readNumericValues(db, dir);

  Builder b;
  buildRecords(db, b);
  if (b.records.size() > 0xFFFF)
    fail("too many distinct records");

  // The smallest pair of splits (the outer index of the second split is the
  // first level).
  Split best2, best1;
  size_t bestBytes = 0;
  for (unsigned shift2 = 3; shift2 <= 9; ++shift2) {
    Split inner = splitTable(b.cpRecord, shift2);
    uint32_t maxInner = *std::max_element(inner.index2.begin(), inner.index2.end());
    for (unsigned shift1 = 2; shift1 <= 9; ++shift1) {
      if (shift1 + shift2 > 16)
        continue; // the first level must tile U+0000..U+10FFFF exactly
      Split outer = splitTable(inner.index1, shift1);
      size_t bytes = outer.bytes + inner.index2.size() * elementSize(maxInner);
      if (best2.index1.empty() || bytes < bestBytes) {
        best2 = inner;
        best1 = std::move(outer);
        bestBytes = bytes;
      }
    }
  }
  uint32_t max0 = *std::max_element(best1.index1.begin(), best1.index1.end());
  uint32_t max1 = *std::max_element(best1.index2.begin(), best1.index2.end());
  uint32_t max2 = *std::max_element(best2.index2.begin(), best2.index2.end());

  Writer w;
  w.line("// Generated by tools/gen-unicode/gen_unicode_rt.cpp from the Unicode " + db.version +
         " character database. Do not edit.");
  w.line("// Format documented in gen_unicode_rt.cpp; used by runtime/core/unicode_db.cpp.");
  w.line("");
  w.line("namespace molt::rt::ucd::tables {");
  w.line("");
  w.line("constexpr std::string_view kGenUnicodeVersion = \"" + db.version + "\";");
  std::string order;
  for (const char *c : kCategories)
    order += c;
  w.line("constexpr std::string_view kGenCategoryOrder = \"" + order + "\";");
  const std::pair<const char *, uint32_t> flags[] = {
      {"Alpha", kFlagAlpha},         {"Decimal", kFlagDecimal},
      {"Digit", kFlagDigit},         {"Numeric", kFlagNumeric},
      {"Space", kFlagSpace},         {"Linebreak", kFlagLinebreak},
      {"Lower", kFlagLower},         {"Upper", kFlagUpper},
      {"Title", kFlagTitle},         {"Cased", kFlagCased},
      {"CaseIgnorable", kFlagCaseIgnorable}, {"Printable", kFlagPrintable},
      {"XidStart", kFlagXidStart},   {"XidContinue", kFlagXidContinue},
      {"ExtendedCase", kFlagExtendedCase}};
  for (const auto &[name, value] : flags)
    w.line("constexpr uint32_t kGenFlag" + std::string(name) + " = " + hexFlag(value) + ";");
  w.line("constexpr unsigned kGenMaxCaseLength = " + std::to_string(kMaxCaseLength) + ";");
  w.line("");
  // The case mappings are stored once per distinct quadruple: records are 8
  // bytes instead of 28 (the records and the index are linked into every
  // module, wasm ones included).
  std::vector<std::array<int32_t, 4>> cases;
  std::map<std::array<int32_t, 4>, uint32_t> caseIndex;
  std::vector<uint32_t> recordCases;
  for (const Record &r : b.records) {
    std::array<int32_t, 4> q = {r.upper, r.lower, r.title, r.fold};
    auto [it, inserted] = caseIndex.emplace(q, uint32_t(cases.size()));
    if (inserted)
      cases.push_back(q);
    recordCases.push_back(it->second);
    if (r.flags > 0xFFFF)
      fail("property flags do not fit Record::flags (uint16_t)");
  }
  if (cases.size() > 0x100)
    fail("more than 256 distinct case mappings: widen Record::cases");
  w.line("/// " + std::to_string(b.records.size()) +
         " records: {flags, category, decimal, digit, cases, numeric}.");
  w.text += "constexpr Record kRecords[] = {\n";
  for (size_t i = 0; i < b.records.size(); ++i) {
    const Record &r = b.records[i];
    char buf[160];
    std::snprintf(buf, sizeof buf, "  {0x%X, %u, %d, %d, %u, %u},\n", unsigned(r.flags),
                  unsigned(r.category), int(r.decimal), int(r.digit), unsigned(recordCases[i]),
                  unsigned(r.numeric));
    w.text += buf;
  }
  w.text += "};\n";
  w.line("");
  w.line("/// " + std::to_string(cases.size()) + " case mappings: {upper, lower, title, fold}.");
  w.text += "constexpr CaseMapping kCases[] = {\n";
  for (const auto &q : cases) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "  {%d, %d, %d, %d},\n", int(q[0]), int(q[1]), int(q[2]),
                  int(q[3]));
    w.text += buf;
  }
  w.text += "};\n";
  w.line("");
  w.line("/// Three-level index (" + std::to_string(bestBytes) + " bytes).");
  w.line("constexpr unsigned kShift1 = " + std::to_string(best1.shift) + ";");
  w.line("constexpr unsigned kShift2 = " + std::to_string(best2.shift) + ";");
  w.line("constexpr uint32_t kMask1 = (1u << kShift1) - 1;");
  w.line("constexpr uint32_t kMask2 = (1u << kShift2) - 1;");
  w.array("constexpr " + std::string(typeFor(max0)) + " kIndex0", best1.index1, false);
  w.array("constexpr " + std::string(typeFor(max1)) + " kIndex1", best1.index2, false);
  w.array("constexpr " + std::string(typeFor(max2)) + " kIndex2", best2.index2, false);
  w.line("");
  // The printable property alone, as sorted inclusive ranges of the
  // non-printable code points from U+0080 on: repr() needs nothing else, and
  // these few kilobytes are all a program links when it uses no other
  // property (runtime/core/unicode_printable.cpp).
  std::vector<uint32_t> bmp, astral;
  for (uint32_t c = 0x80; c < 0x110000;) {
    if (b.records[b.cpRecord[c]].flags & kFlagPrintable) {
      ++c;
      continue;
    }
    uint32_t last = c;
    while (last + 1 < 0x110000 && !(b.records[b.cpRecord[last + 1]].flags & kFlagPrintable) &&
           (last + 1 != 0x10000))
      ++last;
    std::vector<uint32_t> &out = c < 0x10000 ? bmp : astral;
    out.push_back(c);
    out.push_back(last);
    c = last + 1;
  }
  w.line("/// Non-printable code points >= U+0080: inclusive ranges {first, last}, sorted");
  w.line("/// (BMP ranges end by U+FFFF; the astral ones start from U+10000).");
  w.array("constexpr uint16_t kNonPrintableBmp", bmp, true);
  w.array("constexpr uint32_t kNonPrintableAstral", astral, true);
  w.line("");
  w.line("/// Multi-character case mappings; records with kGenFlagExtendedCase hold");
  w.line("/// length << 24 | offset into this array in their mapping fields.");
  std::vector<uint32_t> ext(b.caseExt.begin(), b.caseExt.end());
  w.array("constexpr char32_t kCaseExt", ext, true);
  w.line("");
  w.line("/// Numeric values (float(N) / float(D) as CPython computes them).");
  w.text += "constexpr double kNumeric[] = {\n";
  for (const auto &v : b.numerics)
    w.text += "  " + numericExpr(v) + ",\n";
  w.text += "};\n";
  w.line("");
  w.line("} // namespace molt::rt::ucd::tables");

  writeFileAtomically(outPath, w.text);
  return 0;
}
