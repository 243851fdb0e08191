// Test driver for check_against_python.py (dev tool, not built by CI).
//
//   check_driver names  stdin: one name per line; stdout: code point in hex or "-"
//   check_driver nfkc   stdin: lines of hex code points; stdout: NFKC of each line
//   check_driver ids    stdout: one digit per code point U+0000..U+10FFFF,
//                       isIdStart | isIdContinue << 1
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "syntax/Unicode.h"

using namespace molt::unicode;

namespace {

/// Decodes WTF-8 (UTF-8 plus encoded surrogates) produced by nfkc.
bool decodeWtf8(const std::string &s, size_t &i, char32_t &c) {
  if (decodeUtf8(s, i, c))
    return true;
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xED) {
    c = 0xD000 | char32_t(s[i + 1] & 0x3F) << 6 | char32_t(s[i + 2] & 0x3F);
    i += 3;
    return true;
  }
  return false;
}

} // namespace

int main(int argc, char **argv) {
  std::ios::sync_with_stdio(false);
  std::string mode = argc > 1 ? argv[1] : "";
  std::string line;
  if (mode == "names") {
    while (std::getline(std::cin, line)) {
      char32_t c;
      if (lookupName(line, c)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
        std::cout << buf << '\n';
      } else {
        std::cout << "-\n";
      }
    }
  } else if (mode == "nfkc") {
    while (std::getline(std::cin, line)) {
      std::istringstream in(line);
      std::string input, hex;
      while (in >> hex)
        appendUtf8(input, char32_t(std::stoul(hex, nullptr, 16)));
      std::string out = nfkc(input);
      const char *sep = "";
      for (size_t i = 0; i < out.size();) {
        char32_t c;
        if (!decodeWtf8(out, i, c)) {
          std::cout << sep << "BAD";
          break;
        }
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
        std::cout << sep << buf;
        sep = " ";
      }
      std::cout << '\n';
    }
  } else if (mode == "ids") {
    std::string out;
    out.reserve(0x110000);
    for (char32_t c = 0; c <= 0x10FFFF; ++c)
      out += char('0' + (isIdStart(c) ? 1 : 0) + (isIdContinue(c) ? 2 : 0));
    std::cout << out << '\n';
  } else {
    std::cerr << "usage: check_driver names|nfkc|ids\n";
    return 2;
  }
  return 0;
}
