#include "CPty.h"

#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#if defined(__APPLE__)
#include <util.h>
#else
#include <pty.h>
#endif

pid_t cpty_spawn(const char *path, char *const *arguments, char *const *environment,
                 const char *directory, unsigned short rows, unsigned short columns, int *master) {
  struct winsize size;
  memset(&size, 0, sizeof size);
  size.ws_row = rows;
  size.ws_col = columns;
  int descriptor = -1;
  pid_t child = forkpty(&descriptor, NULL, NULL, &size);
  if (child < 0) return -1;
  if (child == 0) {
    // Only async-signal-safe calls between fork and exec: the test runner has other threads.
    // The runner's signal mask and ignored signals would otherwise reach the program, and a
    // blocked SIGINT is a Ctrl-C that never arrives.
    static const int reset[] = {SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGWINCH};
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    for (size_t index = 0; index < sizeof reset / sizeof reset[0]; index++) {
      sigaction(reset[index], &standard, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (chdir(directory) != 0) _exit(126);
    execve(path, arguments, environment);
    _exit(127);
  }
  int flags = fcntl(descriptor, F_GETFD);
  if (flags >= 0) fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC);
  *master = descriptor;
  return child;
}
