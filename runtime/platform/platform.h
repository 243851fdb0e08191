// The platform layer: the runtime's only access to the operating system
// (DESIGN.md sections 3 and 6). posix.cpp implements it for hosts; a WASI
// implementation will follow. Everything here is single-threaded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace molt::platform {

/// Called first thing at start-up: process-wide settings (the host's malloc).
void platformStartup();

/// Standard stream numbers.
inline constexpr int kStdin = 0;
inline constexpr int kStdout = 1;
inline constexpr int kStderr = 2;

/// Buffered write of n bytes to stdout (fd 1) or stderr (fd 2); returns 0, or
/// -1 once the stream has failed (e.g. a closed pipe; later writes are dropped).
int platformWrite(int fd, const char *data, size_t n);
/// Flushes the buffer of fd (1 or 2); 0 or -1 if the write failed.
int platformFlush(int fd);
/// Flushes stdout and stderr.
void platformFlushAll();
/// The lowest address the stack of the calling (main) thread may reach, for
/// a frame at `frame` near its top, in *bottom; false if unknown.
bool platformStackBottom(uintptr_t frame, uintptr_t *bottom);
/// Reads one line from stdin into *out including the '\n' if present;
/// returns 1 for a line, 0 at end of file (out empty), -1 on a read error.
int platformReadLine(std::string *out);
/// True if fd refers to an interactive terminal.
bool platformIsTty(int fd);
/// Flushes and terminates the process with the status.
[[noreturn]] void platformExit(int status);
/// Flushes and ends the process as killed by SIGINT (an uncaught
/// KeyboardInterrupt), or with status 130 where signals do not exist.
[[noreturn]] void platformExitInterrupted();
/// Monotonic clock in nanoseconds (always allowed).
int64_t platformMonotonicNs();
/// (stdlib) Wall-clock time in nanoseconds since the Unix epoch.
int64_t platformWallNs();
/// (stdlib) CPU time of the process (user + system) in nanoseconds.
int64_t platformProcessNs();
/// (stdlib) Sleeps for ns nanoseconds (resuming after signals); 0, or -1
/// when interrupted by SIGINT (a pending KeyboardInterrupt).
int platformSleepNs(int64_t ns);
/// (stdlib) Fills buf with n bytes from the OS random source (getentropy,
/// WASI random_get); 0, or -1 if none is available.
int platformRandomBytes(void *buf, size_t n);
/// (stdlib) Broken-down local time (struct tm fields as C has them: mon
/// 0-11, wday 0 = Sunday, yday 0-365) with the UTC offset and zone name.
struct LocalTime {
  int64_t year;
  int mon, mday, hour, min, sec, wday, yday, isdst;
  int64_t gmtoff;
  std::string zone;
};
/// (stdlib) The local time of Unix time secs; false if out of range.
bool platformLocalTime(int64_t secs, LocalTime *out);
/// (stdlib) mktime(): Unix time of local broken-down time t (isdst -1 =
/// unknown); false if not representable.
bool platformMakeTime(const LocalTime &t, int64_t *out);

/// Stores the program's argv (called once by molt_main).
void platformSetArgs(int argc, char **argv);
/// The stored argument count.
int platformArgc();
/// The stored argument i (0 <= i < platformArgc()).
const char *platformArgv(int i);

} // namespace molt::platform
