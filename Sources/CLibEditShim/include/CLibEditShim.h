// What the line editor needs from libedit that Swift cannot call directly: `el_set`, `el_get` and
// `history` are variadic, a signal handler and libedit's callbacks must be C functions, and the
// key reader has to watch two descriptors at once.
#ifndef CLIBEDITSHIM_H
#define CLIBEDITSHIM_H

#include <histedit.h>

#pragma clang assume_nonnull begin

/// A libedit command bound to a key: it gets the editor and the key, and returns a `CC_*` code.
typedef unsigned char (*ogp_editor_command)(EditLine *editor, int key);

/// Opens libedit on standard input, output and error with emacs key bindings, libedit's own
/// handling of SIGTSTP, SIGCONT and SIGWINCH, a key reader that also notices Ctrl-C, and Ctrl-C
/// bound to cancelling the line. Makes the character type UTF-8 first (from the environment, or
/// C.UTF-8 when the environment names no UTF-8 locale), since libedit drops every non-ASCII key
/// otherwise. Returns NULL when libedit cannot allocate an editor.
EditLine *_Nullable ogp_editor_open(const char *program);

/// Closes an editor opened with `ogp_editor_open`.
void ogp_editor_close(EditLine *editor);

/// The object the Swift side keeps for `editor`, reached from its callbacks.
void *_Nullable ogp_editor_owner(EditLine *editor);
void ogp_editor_set_owner(EditLine *editor, void *_Nullable owner);

/// Copies `prompt`; the next `el_wgets` shows it.
void ogp_editor_set_prompt(EditLine *editor, const char *prompt);

/// Whether Ctrl-C ended the last `el_wgets`; clears the mark.
int ogp_editor_take_interrupt(EditLine *editor);

/// How many keys the key reader has returned: two Tabs are consecutive when the count moved by one.
unsigned long ogp_editor_key_count(EditLine *editor);

/// The terminal's width in columns, as libedit knows it.
int ogp_editor_columns(EditLine *editor);

/// Writes `text` to the terminal through libedit's output stream, so it stays in order with
/// what libedit draws.
void ogp_editor_write(EditLine *editor, const char *text);

/// Adds `command` as a libedit function called `name` and binds it to `key` (as `bind` spells
/// keys: "^I"). Returns 0 on success.
int ogp_editor_bind(EditLine *editor, const char *name, const char *help, const char *key,
                    ogp_editor_command command);

/// Makes `list` the history the editor's Up and Down keys walk.
void ogp_editor_use_history(EditLine *editor, History *list);

/// A history of at most `size` entries that skips an entry equal to the one before it.
History *_Nullable ogp_history_open(int size);
void ogp_history_enter(History *list, const char *entry);
void ogp_history_close(History *list);

/// Installs the SIGINT handler, which writes a byte to a pipe the key reader watches, so a Ctrl-C
/// is noticed wherever the signal lands, even while libedit redraws. Returns 0 on success.
int ogp_interrupts_install(void);

/// Puts back the SIGINT disposition there was before `ogp_interrupts_install`.
void ogp_interrupts_restore(void);

/// Forgets any Ctrl-C pressed since the key reader last looked.
void ogp_interrupts_discard(void);

#pragma clang assume_nonnull end

#endif
