// Argument helpers shared by the builtin functions (builtins_internal.h).
#include <cstring>
#include <string>

#include "builtins_internal.h"

namespace molt::rt {

MoltValue internStr(const char *s) { return molt_const_str(s, std::strlen(s)); }

int64_t utf8Length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

int bindKeywords(const char *fname, MoltValue kwnames, const MoltValue *kwvalues,
                 const char *const *names, size_t nnames, MoltValue *out) {
  size_t nkw = kwCount(kwnames);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kwnames, static_cast<int64_t>(i)));
    size_t j = 0;
    for (; j < nnames; j++)
      if (k == names[j]) break;
    if (j == nnames) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' is an invalid keyword argument for %s()",
                     std::string(k).c_str(), fname);
      return -1;
    }
    out[j] = kwvalues[i];
  }
  return 0;
}

} // namespace molt::rt
