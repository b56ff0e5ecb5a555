#include "CLibEditShim.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// What the callbacks of one editor share, kept as libedit's client data.
struct ogp_editor_state {
  char *prompt;
  void *owner;
  unsigned long keys;
  int interrupted;
  int input;
  // A byte the UTF-8 decoder read past the end of a broken sequence: the next key starts with it.
  int pending;
};

// The self-pipe: the SIGINT handler writes to [1], the key reader watches [0].
static int ogp_interrupt_pipe[2] = {-1, -1};
static struct sigaction ogp_previous_interrupt_action;
static int ogp_interrupt_handler_installed = 0;

static struct ogp_editor_state *ogp_state(EditLine *editor) {
  void *state = NULL;
  el_get(editor, EL_CLIENTDATA, &state);
  return state;
}

static void ogp_on_interrupt(int signal_number) {
  (void)signal_number;
  int saved = errno;
  if (ogp_interrupt_pipe[1] >= 0) {
    // A full pipe already holds a pending Ctrl-C, so a failed write loses nothing.
    ssize_t ignored = write(ogp_interrupt_pipe[1], "", 1);
    (void)ignored;
  }
  errno = saved;
}

static int ogp_set_flags(int descriptor) {
  int status = fcntl(descriptor, F_GETFL);
  if (status < 0 || fcntl(descriptor, F_SETFL, status | O_NONBLOCK) < 0) return -1;
  int flags = fcntl(descriptor, F_GETFD);
  return flags < 0 ? -1 : fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC);
}

int ogp_interrupts_install(void) {
  if (ogp_interrupt_pipe[0] < 0) {
    int ends[2];
    if (pipe(ends) != 0) return -1;
    if (ogp_set_flags(ends[0]) != 0 || ogp_set_flags(ends[1]) != 0) {
      close(ends[0]);
      close(ends[1]);
      return -1;
    }
    ogp_interrupt_pipe[0] = ends[0];
    ogp_interrupt_pipe[1] = ends[1];
  }
  if (ogp_interrupt_handler_installed) return 0;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = ogp_on_interrupt;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: the key reader's poll() must wake up.
  action.sa_flags = 0;
  if (sigaction(SIGINT, &action, &ogp_previous_interrupt_action) != 0) return -1;
  ogp_interrupt_handler_installed = 1;
  return 0;
}

void ogp_interrupts_restore(void) {
  if (!ogp_interrupt_handler_installed) return;
  sigaction(SIGINT, &ogp_previous_interrupt_action, NULL);
  ogp_interrupt_handler_installed = 0;
}

void ogp_interrupts_discard(void) {
  if (ogp_interrupt_pipe[0] < 0) return;
  char bytes[64];
  while (read(ogp_interrupt_pipe[0], bytes, sizeof bytes) > 0) {
  }
}

enum { OGP_BYTE = 1, OGP_END = 0, OGP_ERROR = -1, OGP_INTERRUPT = 2 };

// Waits for a byte of input or a Ctrl-C, whichever comes first; a Ctrl-C wins a tie, since the
// terminal discards typed-ahead input on SIGINT anyway.
static int ogp_next_byte(struct ogp_editor_state *state, unsigned char *byte) {
  if (state->pending >= 0) {
    *byte = (unsigned char)state->pending;
    state->pending = -1;
    return OGP_BYTE;
  }
  for (;;) {
    struct pollfd watched[2] = {
        {.fd = state->input, .events = POLLIN},
        {.fd = ogp_interrupt_pipe[0], .events = POLLIN},
    };
    nfds_t count = ogp_interrupt_pipe[0] >= 0 ? 2 : 1;
    if (poll(watched, count, -1) < 0) {
      if (errno == EINTR) continue;
      return OGP_ERROR;
    }
    if (count == 2 && (watched[1].revents & POLLIN)) {
      ogp_interrupts_discard();
      return OGP_INTERRUPT;
    }
    if (watched[0].revents == 0) continue;
    ssize_t got = read(state->input, byte, 1);
    if (got == 1) return OGP_BYTE;
    if (got == 0) return OGP_END;
    if (errno != EINTR && errno != EAGAIN) return OGP_ERROR;
  }
}

// libedit's key reader (EL_GETCFN): returns one decoded code point, never a byte of one, so
// accented keys arrive whole; a Ctrl-C caught by the handler comes back as the key ^C.
// Malformed UTF-8 becomes U+FFFD rather than vanishing.
static int ogp_read_key(EditLine *editor, wchar_t *key) {
  struct ogp_editor_state *state = ogp_state(editor);
  unsigned char byte;
  int got = ogp_next_byte(state, &byte);
  if (got == OGP_INTERRUPT) {
    *key = 3;
    state->keys++;
    return 1;
  }
  if (got != OGP_BYTE) {
    *key = 0;
    return got;
  }
  unsigned int value;
  int length;
  if (byte < 0x80) {
    value = byte;
    length = 1;
  } else if (byte >= 0xC2 && byte <= 0xDF) {
    value = byte & 0x1F;
    length = 2;
  } else if (byte >= 0xE0 && byte <= 0xEF) {
    value = byte & 0x0F;
    length = 3;
  } else if (byte >= 0xF0 && byte <= 0xF4) {
    value = byte & 0x07;
    length = 4;
  } else {
    value = 0xFFFD;
    length = 1;
  }
  for (int index = 1; index < length; index++) {
    got = ogp_next_byte(state, &byte);
    if (got == OGP_INTERRUPT) {
      *key = 3;
      state->keys++;
      return 1;
    }
    if (got != OGP_BYTE) {
      *key = 0;
      return got;
    }
    if ((byte & 0xC0) != 0x80) {
      state->pending = byte;
      value = 0xFFFD;
      break;
    }
    value = (value << 6) | (byte & 0x3F);
  }
  int overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
  *key = (wchar_t)value;
  state->keys++;
  return 1;
}

// Bound to ^C: shows "^C" at the end of the line, as a shell does, and submits it marked as
// interrupted, which the Swift side reports instead of the text. Submitting through libedit's
// own newline (pushed as a key) leaves the cursor below the whole input, however many rows it
// spans.
static unsigned char ogp_cancel_line(EditLine *editor, int key) {
  (void)key;
  ogp_state(editor)->interrupted = 1;
  const LineInfoW *line = el_wline(editor);
  el_cursor(editor, (int)(line->lastchar - line->cursor));
  (void)el_insertstr(editor, "^C");
  el_push(editor, "\n");
  return CC_REFRESH;
}

static char *ogp_prompt(EditLine *editor) {
  struct ogp_editor_state *state = ogp_state(editor);
  return state->prompt != NULL ? state->prompt : "";
}

static int ogp_character_type_is_utf8(void) {
  return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

static void ogp_use_utf8(void) {
  if (setlocale(LC_CTYPE, "") != NULL && ogp_character_type_is_utf8()) return;
  // .ogp files are UTF-8 whatever the environment says; containers often set no locale at all.
  static const char *const fallbacks[] = {"C.UTF-8", "UTF-8", "en_US.UTF-8"};
  for (size_t index = 0; index < sizeof fallbacks / sizeof fallbacks[0]; index++) {
    if (setlocale(LC_CTYPE, fallbacks[index]) != NULL && ogp_character_type_is_utf8()) return;
  }
}

EditLine *ogp_editor_open(const char *program) {
  ogp_use_utf8();
  struct ogp_editor_state *state = calloc(1, sizeof *state);
  if (state == NULL) return NULL;
  state->input = fileno(stdin);
  state->pending = -1;
  EditLine *editor = el_init(program, stdin, stdout, stderr);
  if (editor == NULL) {
    free(state);
    return NULL;
  }
  el_set(editor, EL_CLIENTDATA, state);
  el_set(editor, EL_EDITOR, "emacs");
  el_set(editor, EL_SIGNAL, 1);
  el_set(editor, EL_PROMPT, ogp_prompt);
  el_set(editor, EL_GETCFN, ogp_read_key);
  el_set(editor, EL_ADDFN, "ogp-cancel-line", "Cancel the input being typed", ogp_cancel_line);
  el_set(editor, EL_BIND, "^C", "ogp-cancel-line", NULL);
  return editor;
}

void ogp_editor_close(EditLine *editor) {
  struct ogp_editor_state *state = ogp_state(editor);
  el_end(editor);
  free(state->prompt);
  free(state);
}

void *ogp_editor_owner(EditLine *editor) { return ogp_state(editor)->owner; }

void ogp_editor_set_owner(EditLine *editor, void *owner) { ogp_state(editor)->owner = owner; }

void ogp_editor_set_prompt(EditLine *editor, const char *prompt) {
  struct ogp_editor_state *state = ogp_state(editor);
  char *copy = strdup(prompt);
  if (copy == NULL) return;
  free(state->prompt);
  state->prompt = copy;
}

int ogp_editor_take_interrupt(EditLine *editor) {
  struct ogp_editor_state *state = ogp_state(editor);
  int interrupted = state->interrupted;
  state->interrupted = 0;
  return interrupted;
}

unsigned long ogp_editor_key_count(EditLine *editor) { return ogp_state(editor)->keys; }

int ogp_editor_columns(EditLine *editor) {
  int columns = 0;
  if (el_get(editor, EL_GETTC, "co", &columns, (void *)NULL) != 0 || columns <= 0) return 80;
  return columns;
}

void ogp_editor_write(EditLine *editor, const char *text) {
  FILE *output = NULL;
  if (el_get(editor, EL_GETFP, 1, &output) != 0 || output == NULL) return;
  fputs(text, output);
  fflush(output);
}

int ogp_editor_bind(EditLine *editor, const char *name, const char *help, const char *key,
                    ogp_editor_command command) {
  if (el_set(editor, EL_ADDFN, name, help, command) != 0) return -1;
  return el_set(editor, EL_BIND, key, name, NULL);
}

void ogp_editor_use_history(EditLine *editor, History *list) {
  el_set(editor, EL_HIST, history, list);
}

History *ogp_history_open(int size) {
  History *list = history_init();
  if (list == NULL) return NULL;
  HistEvent event;
  history(list, &event, H_SETSIZE, size);
  history(list, &event, H_SETUNIQUE, 1);
  return list;
}

void ogp_history_enter(History *list, const char *entry) {
  HistEvent event;
  history(list, &event, H_ENTER, entry);
}

void ogp_history_close(History *list) { history_end(list); }
