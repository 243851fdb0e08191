// printf-style formatting without libc's printf (textfmt.cpp).
#pragma once

#include <cstdarg>
#include <cstddef>
#include <string>

namespace molt::rt {

/// One conversion spec: %[flags][width][.prec][length]conv.
struct TextSpec {
  bool left = false, zero = false, plus = false, space = false, alt = false;
  int width = -1, prec = -1;
  char len = 0; // 'H' hh, 'h', 'l', 'L' ll/j, 'z', 't'
  char conv = 0;
};

/// Parses the spec after a '%' ('*' arguments come from *ap); returns the
/// position after the conversion character.
const char *parseTextSpec(const char *p, TextSpec &s, va_list *ap);
/// Appends one standard conversion (d i u x X o c s p %; no floats), its argument from *ap.
void appendTextSpec(std::string &out, const TextSpec &s, va_list *ap);
/// Appends fmt formatted with ap.
void vformatInto(std::string &out, const char *fmt, va_list ap);
/// Formats like snprintf into a std::string.
std::string sformat(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/// Like snprintf: at most cap-1 chars and a NUL; returns the full length.
int formatBuf(char *buf, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

} // namespace molt::rt

namespace molt::rt {
/// Writes formatted text straight to the process's stderr (flushed), for
/// reports that bypass sys.stderr ("Exception ignored in ...").
void writeStderrf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
} // namespace molt::rt
