// Child processes (POSIX fork + exec, poll, wait4).
#include "driver/Process.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace molt::driver {

std::string ProcessResult::describe() const {
  if (!started) return "could not start: " + error;
  if (timedOut) return "timed out";
  if (termSignal) {
    const char *name = strsignal(termSignal);
    return "killed by signal " + std::to_string(termSignal) +
           (name ? std::string(" (") + name + ")" : "");
  }
  return "exit status " + std::to_string(exitCode);
}

std::string findInPath(const std::string &name) {
  if (name.find('/') != std::string::npos) return name;
  const char *path = std::getenv("PATH");
  std::string p = path ? path : "/usr/local/bin:/usr/bin:/bin";
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find(':', i);
    if (j == std::string::npos) j = p.size();
    std::string dir = j > i ? p.substr(i, j - i) : std::string(1, '.');
    i = j + 1;
    std::string cand = dir + "/" + name;
    struct stat st;
    if (::stat(cand.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(cand.c_str(), X_OK) == 0)
      return cand;
  }
  return "";
}

namespace {

void closeFd(int &fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

} // namespace

ProcessResult runProcess(const ProcessSpec &spec) {
  ProcessResult r;
  if (spec.argv.empty()) {
    r.error = "empty command";
    return r;
  }
  std::string program = spec.program.empty() ? spec.argv[0] : spec.program;
  std::string resolved = findInPath(program);
  if (resolved.empty()) {
    r.error = "'" + program + "' not found in PATH";
    return r;
  }

  // Everything the child needs is prepared before fork (no allocation after it).
  std::vector<char *> argv;
  for (const std::string &a : spec.argv)
    argv.push_back(const_cast<char *>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> envStore;
  for (char **e = environ; e && *e; ++e) {
    std::string kv = *e;
    size_t eq = kv.find('=');
    std::string name = kv.substr(0, eq);
    bool overridden = false;
    for (const auto &[n, v] : spec.setEnv)
      overridden |= n == name;
    if (!overridden) envStore.push_back(std::move(kv));
  }
  for (const auto &[n, v] : spec.setEnv)
    envStore.push_back(n + "=" + v);
  std::vector<char *> envp;
  for (std::string &s : envStore)
    envp.push_back(s.data());
  envp.push_back(nullptr);

  int outPipe[2] = {-1, -1}, errPipe[2] = {-1, -1}, statusPipe[2] = {-1, -1};
  auto fail = [&](const char *what) {
    r.error = std::string(what) + ": " + std::strerror(errno);
    closeFd(outPipe[0]), closeFd(outPipe[1]), closeFd(errPipe[0]), closeFd(errPipe[1]);
    closeFd(statusPipe[0]), closeFd(statusPipe[1]);
    return r;
  };
  if ((spec.captureStdout && ::pipe2(outPipe, O_CLOEXEC) != 0) ||
      (spec.captureStderr && ::pipe2(errPipe, O_CLOEXEC) != 0) ||
      ::pipe2(statusPipe, O_CLOEXEC) != 0)
    return fail("pipe");
  int inFd = -1;
  if (!spec.stdinPath.empty()) {
    inFd = ::open(spec.stdinPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (inFd < 0) return fail(("cannot open " + spec.stdinPath).c_str());
  }
  bool ownGroup = !spec.stdinPath.empty();
  const char *cwd = spec.cwd.empty() ? nullptr : spec.cwd.c_str();

  std::fflush(stdout);
  std::fflush(stderr);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid < 0) {
    if (inFd >= 0) ::close(inFd);
    return fail("fork");
  }
  if (pid == 0) {
    // Child: only async-signal-safe calls from here on.
    if (ownGroup) ::setpgid(0, 0);
    if (inFd >= 0) ::dup2(inFd, 0);
    if (outPipe[1] >= 0) ::dup2(outPipe[1], 1);
    if (errPipe[1] >= 0) ::dup2(errPipe[1], 2);
    ::signal(SIGPIPE, SIG_DFL);
    if (spec.stackLimitBytes) setStackLimit(spec.stackLimitBytes);
    int e = 0;
    if (cwd && ::chdir(cwd) != 0) e = errno;
    if (!e) {
      ::execve(resolved.c_str(), argv.data(), envp.data());
      e = errno;
    }
    ssize_t ignored = ::write(statusPipe[1], &e, sizeof e);
    (void)ignored;
    ::_exit(127);
  }
  if (ownGroup) ::setpgid(pid, pid); // avoid the race with the child's own call
  if (inFd >= 0) ::close(inFd);
  closeFd(outPipe[1]);
  closeFd(errPipe[1]);
  closeFd(statusPipe[1]);
  int childErr = 0;
  ssize_t got;
  do
    got = ::read(statusPipe[0], &childErr, sizeof childErr);
  while (got < 0 && errno == EINTR);
  closeFd(statusPipe[0]);
  bool execFailed = got == sizeof childErr;

  auto deadline = start + std::chrono::duration<double>(spec.timeoutSeconds);
  char buf[65536];
  while (outPipe[0] >= 0 || errPipe[0] >= 0) {
    struct pollfd fds[2];
    int n = 0;
    if (outPipe[0] >= 0) fds[n++] = {outPipe[0], POLLIN, 0};
    if (errPipe[0] >= 0) fds[n++] = {errPipe[0], POLLIN, 0};
    int waitMs = -1;
    if (spec.timeoutSeconds > 0 && !r.timedOut) {
      auto left = deadline - std::chrono::steady_clock::now();
      long ms = long(std::chrono::duration_cast<std::chrono::milliseconds>(left).count());
      waitMs = ms < 0 ? 0 : int(ms > 1000000 ? 1000000 : ms);
    }
    int pr = ::poll(fds, nfds_t(n), waitMs);
    if (pr < 0 && errno != EINTR) break;
    if (pr == 0 && spec.timeoutSeconds > 0 && !r.timedOut &&
        std::chrono::steady_clock::now() >= deadline) {
      r.timedOut = true;
      ::kill(ownGroup ? -pid : pid, SIGKILL);
      continue;
    }
    for (int i = 0; i < n; ++i) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t k = ::read(fds[i].fd, buf, sizeof buf);
      if (k < 0 && errno == EINTR) continue;
      bool isOut = fds[i].fd == outPipe[0];
      if (k <= 0) {
        closeFd(isOut ? outPipe[0] : errPipe[0]);
        continue;
      }
      (isOut ? r.out : r.err).append(buf, size_t(k));
    }
  }
  closeFd(outPipe[0]);
  closeFd(errPipe[0]);

  int status = 0;
  struct rusage ru;
  std::memset(&ru, 0, sizeof ru);
  for (;;) {
    if (spec.timeoutSeconds > 0 && !r.timedOut) {
      // The pipes are closed (or never existed); poll for the exit until the deadline.
      pid_t w = ::wait4(pid, &status, WNOHANG, &ru);
      if (w == pid) break;
      if (w < 0 && errno != EINTR) break;
      if (std::chrono::steady_clock::now() >= deadline) {
        r.timedOut = true;
        ::kill(ownGroup ? -pid : pid, SIGKILL);
        continue;
      }
      ::usleep(1000);
      continue;
    }
    pid_t w = ::wait4(pid, &status, 0, &ru);
    if (w == pid || (w < 0 && errno != EINTR)) break;
  }
  r.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (ownGroup && r.timedOut) ::kill(-pid, SIGKILL);
  r.maxRssKB = ru.ru_maxrss;
  r.cpuSeconds = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                 double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  if (execFailed) {
    r.error = "cannot run '" + program + "': " + std::strerror(childErr);
    return r;
  }
  r.started = true;
  if (WIFEXITED(status))
    r.exitCode = WEXITSTATUS(status);
  else if (WIFSIGNALED(status))
    r.termSignal = WTERMSIG(status);
  return r;
}

void setStackLimit(uint64_t bytes) {
  struct rlimit rl;
  if (::getrlimit(RLIMIT_STACK, &rl) != 0) return;
  rlim_t want = static_cast<rlim_t>(bytes);
  rl.rlim_cur = rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want ? rl.rlim_max : want;
  ::setrlimit(RLIMIT_STACK, &rl);
}

void execReplace(const std::string &program, const std::vector<std::string> &argv, std::string &err,
                 uint64_t stackLimitBytes) {
  if (stackLimitBytes) setStackLimit(stackLimitBytes);
  std::vector<char *> args;
  for (const std::string &a : argv)
    args.push_back(const_cast<char *>(a.c_str()));
  args.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  ::execv(program.c_str(), args.data());
  err = "cannot run '" + program + "': " + std::strerror(errno);
}

} // namespace molt::driver
