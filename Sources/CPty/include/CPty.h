// Starting a program on a new pseudo-terminal, for the tests that drive `ogp repl` as a user would.
#ifndef CPTY_H
#define CPTY_H

#include <sys/types.h>

#pragma clang assume_nonnull begin

/// Starts `path` with `arguments` and `environment` (both NULL-terminated) in `directory`, as the
/// leader of a new session whose controlling terminal is a new pseudo-terminal of `rows` by
/// `columns`. Returns the child's process id and stores the terminal's master side in `master`
/// (close-on-exec), or returns -1 with errno set. The child starts with default signal handling
/// and nothing blocked, whatever the calling thread had.
pid_t cpty_spawn(const char *path, char *_Nullable const *_Nonnull arguments,
                 char *_Nullable const *_Nonnull environment, const char *directory,
                 unsigned short rows, unsigned short columns, int *master);

#pragma clang assume_nonnull end

#endif
