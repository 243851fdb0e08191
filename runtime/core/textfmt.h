// printf-style formatting without libc's printf (textfmt.cpp).
#pragma once

#include <cstdarg>
#include <cstddef>
#include <string>

namespace molt::rt {

/// Extra conversions (molt_raise_fmt's %R %S %T): appends the one for conv,
/// taking its argument from *ap, and returns true; false if conv is not one.
using TextExtension = bool (*)(std::string &out, char conv, va_list *ap);
/// Appends fmt formatted with ap (conversions ext takes first, if given).
void vformatInto(std::string &out, const char *fmt, va_list ap, TextExtension ext = nullptr);
/// Formats like snprintf into a std::string.
std::string sformat(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/// Like snprintf: at most cap-1 chars and a NUL; returns the full length.
int formatBuf(char *buf, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/// Writes formatted text straight to the process's stderr (flushed), for
/// reports that bypass sys.stderr ("Exception ignored in ...").
void writeStderrf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
} // namespace molt::rt
