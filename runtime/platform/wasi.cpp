// WASI (preview1) implementation of the platform layer (platform.h), used when
// the runtime is built for wasm32-wasi. It talks to the host through the raw
// WASI calls of wasi-libc's <wasi/api.h> (fd_write, fd_read, clock_time_get,
// poll_oneoff, proc_exit) rather than wasi-libc's POSIX emulation, which keeps
// hello-world modules small. posix.cpp is the host implementation; the build
// compiles exactly one of the two.
#if defined(__wasi__)

#include "platform.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <wasi/api.h>

extern "C" char __stack_low;

namespace molt::platform {

namespace {

// All-zero (no fd member) so that the buffers are .bss, not 16 KiB of the
// module's data segment.
struct OutBuf {
  bool failed;
  size_t len;
  char data[8192];
};

OutBuf gOut;
OutBuf gErr;
int gArgc = 0;
char **gArgv = nullptr;

OutBuf *bufFor(int fd) { return fd == kStderr ? &gErr : &gOut; }

__wasi_fd_t fdOf(const OutBuf *b) { return b == &gErr ? 2 : 1; }

// Pause before retrying a write the host refused with EAGAIN.
constexpr int64_t kAgainWaitNs = 1000000;

bool writeAll(OutBuf *b, const char *p, size_t n) {
  while (n > 0) {
    __wasi_ciovec_t iov{reinterpret_cast<const uint8_t *>(p), n};
    __wasi_size_t w = 0;
    __wasi_errno_t e = __wasi_fd_write(fdOf(b), &iov, 1, &w);
    if (e == __WASI_ERRNO_INTR) continue;
    if (e == __WASI_ERRNO_AGAIN) {
      // The host's end is non-blocking (Node's stdout pipe): wait for the
      // reader as a blocking stream would, instead of failing.
      platformSleepNs(kAgainWaitNs);
      continue;
    }
    if (e != 0 || w == 0) {
      b->failed = true;
      return false;
    }
    p += w;
    n -= w;
  }
  return true;
}

bool flushBuf(OutBuf *b) {
  if (b->failed) {
    b->len = 0;
    return false;
  }
  bool ok = writeAll(b, b->data, b->len);
  b->len = 0;
  return ok;
}

/// Reads a WASI clock in nanoseconds (0 if the host refuses the clock).
int64_t clockNs(__wasi_clockid_t id) {
  __wasi_timestamp_t t = 0;
  if (__wasi_clock_time_get(id, 1, &t) != 0) return 0;
  return static_cast<int64_t>(t);
}

} // namespace

int platformWrite(int fd, const char *data, size_t n) {
  OutBuf *b = bufFor(fd);
  if (b->failed) return -1;
  if (b->len + n > sizeof b->data) {
    if (!flushBuf(b)) return -1;
    if (n >= sizeof b->data) return writeAll(b, data, n) ? 0 : -1;
  }
  std::memcpy(b->data + b->len, data, n);
  b->len += n;
  // stderr is unbuffered in effect, as on the host.
  if (fd == kStderr) return flushBuf(b) ? 0 : -1;
  return 0;
}

int platformFlush(int fd) { return flushBuf(bufFor(fd)) ? 0 : -1; }

void platformFlushAll() {
  flushBuf(&gOut);
  flushBuf(&gErr);
}

bool platformStackBottom(uintptr_t, uintptr_t *bottom) {
  // The low end of the module's (linear-memory) stack, which is first in
  // memory (--stack-first, so it is 0): a symbol wasm-ld defines.
  *bottom = reinterpret_cast<uintptr_t>(&__stack_low);
  return true;
}

int platformReadLine(std::string *out) {
  static char inBuf[16384];
  static size_t inPos = 0, inLen = 0;
  out->clear();
  for (;;) {
    if (inPos == inLen) {
      __wasi_iovec_t iov{reinterpret_cast<uint8_t *>(inBuf), sizeof inBuf};
      __wasi_size_t r = 0;
      __wasi_errno_t e = __wasi_fd_read(0, &iov, 1, &r);
      if (e == __WASI_ERRNO_INTR || e == __WASI_ERRNO_AGAIN) continue;
      if (e != 0) return -1;
      if (r == 0) return out->empty() ? 0 : 1;
      inPos = 0;
      inLen = r;
    }
    const char *start = inBuf + inPos;
    const void *nl = std::memchr(start, '\n', inLen - inPos);
    size_t take =
        nl ? static_cast<size_t>(static_cast<const char *>(nl) - start) + 1 : inLen - inPos;
    out->append(start, take);
    inPos += take;
    if (nl) return 1;
  }
}

bool platformIsTty(int fd) {
  // WASI has no isatty: a character device without seek/tell rights is a
  // terminal (the rule wasi-libc's isatty uses).
  __wasi_fdstat_t st;
  if (__wasi_fd_fdstat_get(static_cast<__wasi_fd_t>(fd), &st) != 0) return false;
  return st.fs_filetype == __WASI_FILETYPE_CHARACTER_DEVICE &&
         (st.fs_rights_base & (__WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL)) == 0;
}

void platformExit(int status) {
  platformFlushAll();
  // std::exit runs the static destructors, then proc_exit.
  std::exit(status);
}

void platformExitInterrupted() {
  // No signals in WASI: the conventional status of a SIGINT death.
  platformFlushAll();
  std::exit(130);
}

int64_t platformMonotonicNs() { return clockNs(__WASI_CLOCKID_MONOTONIC); }

int64_t platformWallNs() { return clockNs(__WASI_CLOCKID_REALTIME); }

int64_t platformProcessNs() { return clockNs(__WASI_CLOCKID_PROCESS_CPUTIME_ID); }

int platformRandomBytes(void *buf, size_t n) {
  return __wasi_random_get(static_cast<uint8_t *>(buf), n) == 0 ? 0 : -1;
}

int platformSleepNs(int64_t ns) {
  if (ns <= 0) return 0;
  // poll_oneoff on one relative clock subscription is WASI's sleep.
  __wasi_subscription_t sub;
  std::memset(&sub, 0, sizeof sub);
  sub.u.tag = __WASI_EVENTTYPE_CLOCK;
  sub.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
  sub.u.u.clock.timeout = static_cast<__wasi_timestamp_t>(ns);
  __wasi_event_t ev;
  __wasi_size_t n = 0;
  // An error here means the host cannot sleep: return at once, as if woken.
  (void)!__wasi_poll_oneoff(&sub, &ev, 1, &n);
  return 0;
}

// WASI has no time zones: local time is UTC (as in wasi-libc's localtime).
bool platformLocalTime(int64_t secs, LocalTime *out) {
  auto t = static_cast<time_t>(secs);
  if (static_cast<int64_t>(t) != secs) return false;
  struct tm tm;
  if (!gmtime_r(&t, &tm)) return false;
  out->year = static_cast<int64_t>(tm.tm_year) + 1900;
  out->mon = tm.tm_mon;
  out->mday = tm.tm_mday;
  out->hour = tm.tm_hour;
  out->min = tm.tm_min;
  out->sec = tm.tm_sec;
  out->wday = tm.tm_wday;
  out->yday = tm.tm_yday;
  out->isdst = 0;
  out->gmtoff = 0;
  out->zone = "UTC";
  return true;
}

bool platformMakeTime(const LocalTime &t, int64_t *out) {
  struct tm tm = {};
  if (t.year - 1900 < INT32_MIN || t.year - 1900 > INT32_MAX) return false;
  tm.tm_year = static_cast<int>(t.year - 1900);
  tm.tm_mon = t.mon;
  tm.tm_mday = t.mday;
  tm.tm_hour = t.hour;
  tm.tm_min = t.min;
  tm.tm_sec = t.sec;
  tm.tm_wday = -1; // timegm sets it on success: tells -1 (a valid time) from an error
  time_t r = timegm(&tm);
  if (r == static_cast<time_t>(-1) && tm.tm_wday == -1) return false;
  *out = static_cast<int64_t>(r);
  return true;
}

// wasi-libc's malloc needs no settings (the heap grows through wasi_sbrk.cpp).
void platformStartup() {}

void platformSetArgs(int argc, char **argv) {
  gArgc = argc;
  gArgv = argv;
}

int platformArgc() { return gArgc; }

const char *platformArgv(int i) { return (i >= 0 && i < gArgc) ? gArgv[i] : ""; }

} // namespace molt::platform

#endif // __wasi__
