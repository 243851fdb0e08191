// POSIX implementation of the platform layer (platform.h).
#include "platform.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <malloc.h>
#include <pthread.h>
#include <sys/random.h>
#include <unistd.h>

namespace molt::platform {

namespace {

struct OutBuf {
  int fd;
  bool failed;
  size_t len;
  char data[8192];
};

OutBuf gOut{1, false, 0, {}};
OutBuf gErr{2, false, 0, {}};
int gArgc = 0;
char **gArgv = nullptr;

OutBuf *bufFor(int fd) { return fd == kStderr ? &gErr : &gOut; }

bool writeAll(OutBuf *b, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(b->fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      b->failed = true;
      return false;
    }
    p += w;
    n -= static_cast<size_t>(w);
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

struct SigpipeIgnorer {
  // A closed stdout pipe must produce an error, not kill the process.
  SigpipeIgnorer() { std::signal(SIGPIPE, SIG_IGN); }
};
SigpipeIgnorer gSigpipe;

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
  // stderr is unbuffered in effect: flush at every write, as CPython does per line.
  if (fd == kStderr) return flushBuf(b) ? 0 : -1;
  return 0;
}

int platformFlush(int fd) { return flushBuf(bufFor(fd)) ? 0 : -1; }

void platformFlushAll() {
  flushBuf(&gOut);
  flushBuf(&gErr);
}

bool platformStackBottom(uintptr_t frame, uintptr_t *bottom) {
  // glibc describes the main thread's stack from /proc/self/maps and
  // RLIMIT_STACK (the size it may grow to).
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return false;
  void *addr = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  uintptr_t low = reinterpret_cast<uintptr_t>(addr);
  if (rc != 0 || frame < low || frame - low > size) return false;
  *bottom = low;
  return true;
}

int platformReadLine(std::string *out) {
  static char inBuf[65536];
  static size_t inPos = 0, inLen = 0;
  out->clear();
  for (;;) {
    if (inPos == inLen) {
      ssize_t r = ::read(0, inBuf, sizeof inBuf);
      if (r < 0) {
        if (errno == EINTR) continue;
        return -1;
      }
      if (r == 0) return out->empty() ? 0 : 1;
      inPos = 0;
      inLen = static_cast<size_t>(r);
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

bool platformIsTty(int fd) { return ::isatty(fd) != 0; }

void platformExit(int status) {
  platformFlushAll();
  std::exit(status);
}

void platformExitInterrupted() {
  platformFlushAll();
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  std::exit(130);
}

int64_t platformMonotonicNs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t platformWallNs() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t platformProcessNs() {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int platformRandomBytes(void *buf, size_t n) {
  // getentropy serves at most 256 bytes per call.
  auto *p = static_cast<unsigned char *>(buf);
  while (n > 0) {
    size_t k = n < 256 ? n : 256;
    if (getentropy(p, k) != 0) return -1;
    p += k;
    n -= k;
  }
  return 0;
}

int platformSleepNs(int64_t ns) {
  if (ns <= 0) return 0;
  struct timespec req;
  req.tv_sec = static_cast<time_t>(ns / 1000000000);
  req.tv_nsec = static_cast<long>(ns % 1000000000);
  struct timespec rem;
  while (nanosleep(&req, &rem) != 0)
    req = rem; // EINTR: sleep the rest
  return 0;
}

bool platformLocalTime(int64_t secs, LocalTime *out) {
  auto t = static_cast<time_t>(secs);
  if (static_cast<int64_t>(t) != secs) return false;
  struct tm tm;
  if (!localtime_r(&t, &tm)) return false;
  out->year = static_cast<int64_t>(tm.tm_year) + 1900;
  out->mon = tm.tm_mon;
  out->mday = tm.tm_mday;
  out->hour = tm.tm_hour;
  out->min = tm.tm_min;
  out->sec = tm.tm_sec;
  out->wday = tm.tm_wday;
  out->yday = tm.tm_yday;
  out->isdst = tm.tm_isdst;
  out->gmtoff = tm.tm_gmtoff;
  out->zone = tm.tm_zone ? tm.tm_zone : "";
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
  tm.tm_isdst = t.isdst;
  tm.tm_wday = -1; // mktime sets it on success: tells -1 (a valid time) from an error
  time_t r = mktime(&tm);
  if (r == static_cast<time_t>(-1) && tm.tm_wday == -1) return false;
  *out = static_cast<int64_t>(r);
  return true;
}

void platformStartup() {
  // glibc's malloc, for the blocks beyond the object allocator (list and
  // dict storage, long strs): with its defaults, blocks from 128 KiB up are
  // mmap'ed and unmapped on free, and the heap is trimmed, so a program that
  // grows a big list again and again touches fresh pages each time (a page
  // fault costs about 10 us on the VMs Molt is measured on). Heap blocks up
  // to 32 MiB (glibc's maximum for this setting), no trimming, the heap grown
  // 32 MiB at a time: deque_bfs 2,500 page faults instead of 3,900, 0.21 s
  // instead of 0.26; peak RSS within 1 MB. (Node gets the same settings for
  // wasm runs: compiler/cli/Pipeline.cpp, nodeEnvironment.)
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_TOP_PAD, 32 << 20);
}

void platformSetArgs(int argc, char **argv) {
  gArgc = argc;
  gArgv = argv;
}

int platformArgc() { return gArgc; }

const char *platformArgv(int i) { return (i >= 0 && i < gArgc) ? gArgv[i] : ""; }

} // namespace molt::platform
