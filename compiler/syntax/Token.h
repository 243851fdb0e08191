// Tokens of the Python 3.12 lexical grammar.
#pragma once

#include <cstdint>
#include <string_view>

namespace molt {

/// Token kinds, named as in CPython's Grammar/Tokens (keywords as KW_x).
enum class Tok : uint8_t {
#define TOKEN(Name, Spelling) Name,
#include "syntax/Token.def"
};

/// CPython's name of a token kind ("NAME", "LPAR", "KW_if" for keywords).
std::string_view tokName(Tok t);
/// The fixed spelling of an operator or keyword token, or "" for classes.
std::string_view tokSpelling(Tok t);

/// One token. Positions follow CPython: 1-based lines, 0-based byte columns,
/// end exclusive. `text` is always a slice of the (UTF-8) source buffer,
/// exactly the characters CPython's tokenizer reports for the token (e.g. an
/// FSTRING_MIDDLE of "a{{b" is "a{" then "b"; DEDENT/ENDMARKER are empty).
struct Token {
  Tok kind = Tok::ENDMARKER;
  uint32_t lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  uint32_t offset = 0; ///< byte offset of text.data() in the source buffer
  std::string_view text;
};

} // namespace molt
