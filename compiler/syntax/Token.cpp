// Token names and spellings, derived from Token.def.
#include "syntax/Token.h"

namespace molt {

namespace {
constexpr std::string_view kNames[] = {
#define TOKEN(Name, Spelling) #Name,
#include "syntax/Token.def"
};
constexpr std::string_view kSpellings[] = {
#define TOKEN(Name, Spelling) Spelling,
#include "syntax/Token.def"
};
constexpr size_t kCount = sizeof(kNames) / sizeof(kNames[0]);
} // namespace

std::string_view tokName(Tok t) {
  size_t i = static_cast<size_t>(t);
  return i < kCount ? kNames[i] : std::string_view("?");
}

std::string_view tokSpelling(Tok t) {
  size_t i = static_cast<size_t>(t);
  return i < kCount ? kSpellings[i] : std::string_view();
}

} // namespace molt
