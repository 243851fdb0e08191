/* molt-peakrss: runs a program and writes its peak RSS (KiB) to a file.
 *
 * Usage: molt-peakrss STATFILE PROGRAM ARGV0 [ARGS...]; the exit status (or
 * the terminating signal) is the program's.
 *
 * Why: `molt bench` is a large process, and a child it forks inherits its
 * RSS high-water mark through exec, so wait4's ru_maxrss of a small
 * benchmark would report the bench process's size. This launcher is small
 * and freshly exec'd: the program it forks starts from its size (as GNU
 * time measures). Plain C, no allocation, to stay small. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 4) {
    static const char usage[] = "usage: molt-peakrss STATFILE PROGRAM ARGV0 [ARGS...]\n";
    (void)!write(2, usage, sizeof usage - 1);
    return 2;
  }
  pid_t pid = fork();
  if (pid < 0) return 126;
  if (pid == 0) {
    execv(argv[2], argv + 3);
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  while (wait4(pid, &status, 0, &ru) < 0)
    if (errno != EINTR) return 126;
  char line[32];
  int n = snprintf(line, sizeof line, "%ld\n", (long)ru.ru_maxrss);
  int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    (void)!write(fd, line, (size_t)n);
    close(fd);
  }
  if (WIFSIGNALED(status)) {
    signal(WTERMSIG(status), SIG_DFL);
    raise(WTERMSIG(status));
    return 128 + WTERMSIG(status);
  }
  return WEXITSTATUS(status);
}
