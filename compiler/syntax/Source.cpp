// Loading of Python source files: BOM, PEP 263 coding declarations,
// transcoding of a few 8-bit encodings, UTF-8 validation, newline
// normalization (\r\n and lone \r become \n, as CPython's file reader does).
#include "syntax/Source.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace molt {

namespace {

// ---------------------------------------------------------------------------
// 8-bit code pages: the code points of bytes 0x80..0xFF (0 = undefined).

// cp1252 differs from latin-1 in 0x80..0x9F only.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      //
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, //
};

constexpr char16_t kKoi8r[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, // 80
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590, //
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, // 90
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, //
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, // A0
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E, //
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, // B0
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9, //
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, // C0
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, //
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, // D0
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A, //
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, // E0
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, //
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, // F0
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A, //
};

enum class Enc { Utf8, Utf8Sig, Latin1, Latin9, Cp1252, Koi8r, Ascii, Unsupported, Unknown };

/// Python's codec-name normalization: lower case, runs of other characters
/// than letters, digits and '.' become one '_'.
std::string normalizeCodecName(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (alnum || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

bool oneOf(const std::string &s, std::initializer_list<const char *> names) {
  for (const char *n : names)
    if (s == n) return true;
  return false;
}

bool startsWith(const std::string &s, const char *p) { return s.compare(0, std::strlen(p), p) == 0; }

Enc classifyNormalized(const std::string &n) {
  if (oneOf(n, {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})) return Enc::Utf8;
  if (oneOf(n, {"utf_8_sig"})) return Enc::Utf8Sig;
  if (oneOf(n, {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819",
                "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987", "iso8859"}))
    return Enc::Latin1;
  if (oneOf(n, {"iso8859_15", "iso_8859_15", "latin9", "l9"}))
    return Enc::Latin9;
  if (oneOf(n, {"cp1252", "windows_1252", "1252"})) return Enc::Cp1252;
  if (oneOf(n, {"koi8_r", "cskoi8r"})) return Enc::Koi8r;
  if (oneOf(n, {"ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"}))
    return Enc::Ascii;
  // Codecs CPython knows but Molt does not decode.
  // (UTF-16/32 are left out: CPython cannot read source in them either.)
  if (startsWith(n, "iso8859_") || startsWith(n, "iso_8859_") || startsWith(n, "windows_") ||
      startsWith(n, "mac_") || startsWith(n, "iso2022_") || startsWith(n, "koi8_") ||
      (startsWith(n, "cp") && n.size() > 2 && n[2] >= '0' && n[2] <= '9') ||
      oneOf(n, {"utf_7", "utf7", "u7", "shift_jis", "sjis", "s_jis", "shiftjis", "shift_jis_2004",
                "shift_jisx0213", "euc_jp", "eucjp", "ujis", "euc_kr", "euckr", "euc_jis_2004",
                "euc_jisx0213", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "hz", "johab",
                "ptcp154", "kz1048", "tis_620", "hp_roman8", "idna", "punycode", "raw_unicode_escape",
                "unicode_escape", "palmos", "cp_is", "ms932", "ms936", "ms949", "ms950", "mbcs",
                "dbcs", "ebcdic_cp_us", "ibm037", "ibm437", "ibm850", "ibm866", "roman8", "gb2312_1980",
                "chinese", "csbig5", "big5_tw", "euc_cn", "euccn", "korean", "ks_c_5601", "uhc",
                "hebrew", "greek", "cyrillic", "arabic", "thai", "l2", "l3", "l4", "l5", "l6", "l7",
                "l8", "l10", "charmap", "oem", "ansi"}))
    return Enc::Unsupported;
  return Enc::Unknown;
}

/// Looks the name up like Python's encodings package: the normalized name,
/// then with '.' replaced by '_'.
Enc classifyEncoding(std::string_view name) {
  std::string n = normalizeCodecName(name);
  Enc e = classifyNormalized(n);
  if (e != Enc::Unknown) return e;
  for (char &c : n)
    if (c == '.') c = '_';
  return classifyNormalized(n);
}

/// CPython's get_normal_name(): spellings of utf-8 and latin-1 it recognises
/// itself (case-insensitive, '_' as '-').
std::string cpythonNormalName(const std::string &s) {
  std::string buf;
  for (size_t i = 0; i < s.size() && i < 12; i++) {
    char c = s[i];
    buf += c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  if (buf == "utf-8" || buf.compare(0, 6, "utf-8-") == 0) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || buf.compare(0, 8, "latin-1-") == 0 ||
      buf.compare(0, 11, "iso-8859-1-") == 0 || buf.compare(0, 12, "iso-latin-1-") == 0)
    return "iso-8859-1";
  return s;
}

/// PEP 263: the coding spec of one raw line, if any (the line must be a
/// comment, and "coding" must be followed by ':' or '=').
bool codingSpec(std::string_view line, std::string &spec) {
  size_t size = line.size(), i = 0;
  for (; i + 6 < size; i++) {
    if (line[i] == '#') break;
    if (line[i] != ' ' && line[i] != '\t' && line[i] != '\f') return false;
  }
  for (; i + 6 < size; i++) {
    if (line.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do {
      t++;
    } while (t < size && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < size) {
      unsigned char c = static_cast<unsigned char>(line[t]);
      bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                c == '_' || c == '.';
      if (!ok) break;
      t++;
    }
    if (begin < t) {
      spec = cpythonNormalName(std::string(line.substr(begin, t - begin)));
      return true;
    }
  }
  return false;
}

bool blankOrComment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

void appendUtf8(std::string &out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// Validates UTF-8 as CPython's strict decoder does. On failure sets pos to
/// the offending byte and reason to CPython's wording.
bool validateUtf8(std::string_view s, size_t &pos, const char *&reason) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      pos = i;
      reason = "invalid start byte";
      return false;
    }
    for (size_t k = 1; k < len; k++) {
      if (i + k >= n) {
        pos = i;
        reason = "unexpected end of data";
        return false;
      }
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
        pos = i;
        reason = "invalid continuation byte";
        return false;
      }
    }
    i += len;
  }
  return true;
}

uint32_t lineOfOffset(std::string_view s, size_t pos, size_t &lineStart) {
  uint32_t line = 1;
  lineStart = 0;
  for (size_t i = 0; i < pos && i < s.size(); i++) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      line++;
      lineStart = i + 1;
    }
  }
  return line;
}

} // namespace

bool SourceFile::load(std::string filename, std::string bytes, SyntaxError &err) {
  filename_ = std::move(filename);
  text_.clear();
  lineStarts_.clear();
  err = SyntaxError();

  std::string_view raw(bytes);
  bool bom = false;
  if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bom = true;
    raw.remove_prefix(3);
  }
  hasBom_ = bom;

  // PEP 263: line 1, or line 2 when line 1 is blank or a comment.
  std::string spec;
  bool haveSpec = false;
  {
    size_t e1 = raw.find_first_of("\r\n");
    std::string_view l1 = raw.substr(0, e1 == std::string_view::npos ? raw.size() : e1 + 1);
    haveSpec = codingSpec(l1, spec);
    if (!haveSpec && blankOrComment(l1) && e1 != std::string_view::npos) {
      size_t s2 = e1 + 1;
      if (raw[e1] == '\r' && s2 < raw.size() && raw[s2] == '\n') s2++;
      std::string_view rest = raw.substr(s2);
      size_t e2 = rest.find_first_of("\r\n");
      std::string_view l2 = rest.substr(0, e2 == std::string_view::npos ? rest.size() : e2 + 1);
      haveSpec = codingSpec(l2, spec);
    }
  }

  std::string decoded;
  auto problem = [&](const std::string &msg) {
    err.msg = msg;
    return false;
  };

  if (!haveSpec || spec == "utf-8") {
    size_t pos;
    const char *reason;
    if (!validateUtf8(raw, pos, reason)) {
      size_t ls;
      uint32_t line = lineOfOffset(raw, pos, ls);
      char msg[256];
      unsigned byte = static_cast<unsigned char>(raw[pos]);
      if (!haveSpec) {
        std::snprintf(msg, sizeof msg, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %u, "
                      "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                      byte, filename_.c_str(), line);
        return problem(msg);
      }
      std::snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                    byte, pos - ls, reason);
      err.msg = msg;
      err.lineno = line;
      err.col = static_cast<uint32_t>(pos - ls);
      err.end_lineno = line;
      err.end_col = err.col + 1;
      // Keep the text (with U+FFFD for bad bytes) so the line can be shown.
      std::string shown;
      for (size_t i = 0; i < raw.size();) {
        size_t p;
        const char *r;
        size_t len = raw.size() - i;
        if (validateUtf8(raw.substr(i, len), p, r)) {
          shown.append(raw.substr(i));
          break;
        }
        shown.append(raw.substr(i, p));
        shown += "\xEF\xBF\xBD";
        i += p + 1;
      }
      bytes = std::move(shown);
      raw = bytes;
      decoded.assign(raw);
      text_.clear();
      for (size_t i = 0; i < decoded.size(); i++) {
        char c = decoded[i];
        if (c == '\r') {
          if (i + 1 < decoded.size() && decoded[i + 1] == '\n') i++;
          c = '\n';
        }
        text_ += c;
      }
      for (size_t i = 0; i < text_.size(); i++)
        if (i == 0 || text_[i - 1] == '\n') lineStarts_.push_back(static_cast<uint32_t>(i));
      return false;
    }
    if (raw.size() == bytes.size())
      decoded = std::move(bytes); // the common case: no copy
    else
      decoded.assign(raw);
  } else {
    if (bom) return problem("encoding problem: " + spec + " with BOM");
    Enc enc = classifyEncoding(spec);
    switch (enc) {
    case Enc::Unknown: return problem("encoding problem: " + spec);
    case Enc::Unsupported: return problem("encoding problem: " + spec + " is not supported by molt");
    case Enc::Utf8:
    case Enc::Utf8Sig: {
      if (enc == Enc::Utf8Sig && raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.remove_prefix(3);
      size_t pos;
      const char *reason;
      if (!validateUtf8(raw, pos, reason)) return problem("encoding problem: " + spec);
      decoded.assign(raw);
      break;
    }
    default:
      decoded.reserve(raw.size() + raw.size() / 4);
      for (char ch : raw) {
        unsigned char b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
          decoded += ch;
          continue;
        }
        char32_t cp = b;
        switch (enc) {
        case Enc::Ascii: return problem("encoding problem: " + spec);
        case Enc::Latin1: break;
        case Enc::Latin9:
          switch (b) {
          case 0xA4: cp = 0x20AC; break;
          case 0xA6: cp = 0x0160; break;
          case 0xA8: cp = 0x0161; break;
          case 0xB4: cp = 0x017D; break;
          case 0xB8: cp = 0x017E; break;
          case 0xBC: cp = 0x0152; break;
          case 0xBD: cp = 0x0153; break;
          case 0xBE: cp = 0x0178; break;
          default: break;
          }
          break;
        case Enc::Cp1252:
          if (b < 0xA0) {
            cp = kCp1252High[b - 0x80];
            if (!cp) return problem("encoding problem: " + spec);
          }
          break;
        case Enc::Koi8r: cp = kKoi8r[b - 0x80]; break;
        default: break;
        }
        appendUtf8(decoded, cp);
      }
      break;
    }
  }

  // Universal newlines.
  size_t nul = std::string::npos;
  if (std::memchr(decoded.data(), '\r', decoded.size()) == nullptr) {
    text_ = std::move(decoded);
  } else {
    text_.reserve(decoded.size());
    for (size_t i = 0; i < decoded.size(); i++) {
      char c = decoded[i];
      if (c == '\r') {
        if (i + 1 < decoded.size() && decoded[i + 1] == '\n') i++;
        c = '\n';
      }
      text_ += c;
    }
  }
  if (const void *z = std::memchr(text_.data(), '\0', text_.size()))
    nul = static_cast<size_t>(static_cast<const char *>(z) - text_.data());
  if (!text_.empty()) lineStarts_.push_back(0);
  for (const char *p = text_.data(), *e = p + text_.size();;) {
    const void *nl = std::memchr(p, '\n', static_cast<size_t>(e - p));
    if (!nl) break;
    p = static_cast<const char *>(nl) + 1;
    if (p == e) break;
    lineStarts_.push_back(static_cast<uint32_t>(p - text_.data()));
  }

  if (nul != std::string::npos) {
    uint32_t line = 1;
    for (size_t i = 0; i < nul; i++)
      if (text_[i] == '\n') line++;
    err.msg = "source code cannot contain null bytes";
    err.lineno = line;
    err.col = 0;
    err.noCaret = true; // CPython's offset is 0
    err.origin = ErrorOrigin::Tokenizer; // reported from the tokenizer's line
    return false;
  }
  return true;
}

namespace detail {

// See Diagnostic.cpp: 0 = no PEP 263 declaration, 1 = a UTF-8 one, 2 = a
// single-byte encoding. Applies load()'s rules to the decoded text (the
// declaration is ASCII, so decoding does not change what is found).
int pep263Declaration(std::string_view text) {
  constexpr size_t npos = std::string_view::npos;
  size_t e1 = text.find('\n');
  std::string_view l1 = text.substr(0, e1 == npos ? text.size() : e1 + 1);
  std::string spec;
  bool have = codingSpec(l1, spec);
  if (!have && blankOrComment(l1) && e1 != npos) {
    std::string_view rest = text.substr(e1 + 1);
    size_t e2 = rest.find('\n');
    have = codingSpec(rest.substr(0, e2 == npos ? rest.size() : e2 + 1), spec);
  }
  if (!have) return 0;
  if (spec == "utf-8") return 1;
  Enc enc = classifyEncoding(spec);
  return (enc == Enc::Utf8 || enc == Enc::Utf8Sig) ? 1 : 2;
}

} // namespace detail

std::string_view SourceFile::line(uint32_t n) const {
  if (n == 0 || n > lineStarts_.size()) return {};
  size_t start = lineStarts_[n - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(start, end - start);
}

} // namespace molt
