// File-system helpers of the driver (POSIX).
#include "driver/Files.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace molt::driver {

bool readFile(const std::string &path, std::string &out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.clear();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buf, size_t(n));
  }
  ::close(fd);
  return true;
}

namespace {

/// A unique temporary name next to path.
std::string tempNameFor(const std::string &path) {
  static unsigned counter = 0;
  char suffix[64];
  std::snprintf(suffix, sizeof suffix, ".tmp.%ld.%u", long(::getpid()), counter++);
  return path + suffix;
}

bool writeAll(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= size_t(w);
  }
  return true;
}

} // namespace

bool writeFileAtomic(const std::string &path, const std::string &data, std::string &err,
                     unsigned mode) {
  std::string tmp = tempNameFor(path);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) {
    err = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool ok = writeAll(fd, data.data(), data.size());
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok) ::chmod(tmp.c_str(), mode);
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(tmp.c_str());
    err = "cannot write '" + path + "': " + std::strerror(saved);
  }
  return ok;
}

bool copyFileAtomic(const std::string &src, const std::string &dst, std::string &err,
                    unsigned mode) {
  std::string data;
  if (!readFile(src, data)) {
    err = "cannot read '" + src + "': " + std::strerror(errno);
    return false;
  }
  return writeFileAtomic(dst, data, err, mode);
}

bool makeDirs(const std::string &path, std::string &err) {
  if (path.empty()) return true;
  std::string cur;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    cur = path.substr(0, j);
    i = j + 1;
    if (cur.empty() || cur == "." || cur == "..") continue;
    if (::mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST) {
      err = "cannot create directory '" + cur + "': " + std::strerror(errno);
      return false;
    }
  }
  if (!isDirectory(path)) {
    err = "cannot create directory '" + path + "': not a directory";
    return false;
  }
  return true;
}

void removeTree(const std::string &path) {
  ::nftw(
      path.c_str(),
      [](const char *p, const struct stat *, int, struct FTW *) {
        (void)::remove(p);
        return 0;
      },
      16, FTW_DEPTH | FTW_PHYS);
}

bool isFile(const std::string &path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isDirectory(const std::string &path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string dirName(const std::string &path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string baseName(const std::string &path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string joinPath(const std::string &a, const std::string &b) {
  if (a.empty() || (!b.empty() && b[0] == '/')) return b;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

std::string absolutePath(const std::string &path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return path;
  std::string p = path;
  while (p.size() >= 2 && p[0] == '.' && p[1] == '/')
    p = p.substr(2);
  if (p == ".") p.clear();
  return p.empty() ? std::string(buf) : joinPath(buf, p);
}

std::string cacheDir() {
  const char *d = std::getenv("MOLT_CACHE_DIR");
  if (d && *d) return absolutePath(d);
  const char *x = std::getenv("XDG_CACHE_HOME");
  if (x && *x) return joinPath(absolutePath(x), "molt");
  const char *h = std::getenv("HOME");
  if (h && *h) return joinPath(joinPath(h, ".cache"), "molt");
  return joinPath("/tmp", "molt-cache-" + std::to_string(::getuid()));
}

void pinCacheEnvironment() {
  for (const char *name : {"MOLT_CACHE_DIR", "XDG_CACHE_HOME"}) {
    const char *d = std::getenv(name);
    if (d && *d && d[0] != '/') ::setenv(name, absolutePath(d).c_str(), 1);
  }
}

uint64_t cacheLimitBytes() {
  const char *m = std::getenv("MOLT_CACHE_LIMIT_MB");
  uint64_t mb = 2048;
  if (m && *m) {
    char *end = nullptr;
    unsigned long long v = std::strtoull(m, &end, 10);
    if (end && *end == '\0' && v > 0) mb = v;
  }
  return mb << 20;
}

void touchFile(const std::string &path) { ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0); }

void trimDirectory(const std::string &dir, uint64_t limitBytes, const std::string &keep) {
  struct Entry {
    std::string path;
    struct timespec mtime;
    uint64_t size;
  };
  DIR *d = ::opendir(dir.c_str());
  if (!d) return;
  std::vector<Entry> entries;
  uint64_t total = 0;
  while (struct dirent *e = ::readdir(d)) {
    if (e->d_name[0] == '.' || std::strstr(e->d_name, ".tmp.")) continue;
    std::string path = joinPath(dir, e->d_name);
    struct stat st;
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    entries.push_back({path, st.st_mtim, uint64_t(st.st_size)});
    total += uint64_t(st.st_size);
  }
  ::closedir(d);
  if (total <= limitBytes) return;
  // Oldest first; the name breaks ties so that the order is deterministic.
  std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
    if (a.mtime.tv_sec != b.mtime.tv_sec) return a.mtime.tv_sec < b.mtime.tv_sec;
    if (a.mtime.tv_nsec != b.mtime.tv_nsec) return a.mtime.tv_nsec < b.mtime.tv_nsec;
    return a.path < b.path;
  });
  uint64_t target = limitBytes / 4 * 3;
  for (const Entry &e : entries) {
    if (total <= target) break;
    if (e.path == keep) continue;
    // Another process may have removed it already; its size is gone either way.
    ::unlink(e.path.c_str());
    total -= e.size;
  }
}

std::string selfExePath() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  return std::string(buf, size_t(n));
}

} // namespace molt::driver
