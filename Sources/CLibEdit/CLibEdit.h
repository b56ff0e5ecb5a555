// libedit's native API: the editor (el_*) and its history (history_*).
#include <histedit.h>
