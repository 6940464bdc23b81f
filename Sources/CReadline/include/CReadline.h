// GNU readline for knobs's REPL, behind a few C functions.
//
// readline keeps its state in C globals, and its callbacks are C function
// pointers; Swift 6 cannot touch those globals safely, so this shim owns
// them. knobs reads lines with readline's callback interface, watching a
// second file descriptor on which the REPL signals Ctrl-C, so that Ctrl-C at
// the prompt clears the line instead of killing the process.
#ifndef KNOBS_CREADLINE_H
#define KNOBS_CREADLINE_H

/// Returns the completions of `text` (the word before the cursor, from byte
/// `start` to `end` of `line`) as a malloc'd, NULL-terminated array of
/// malloc'd strings, or NULL for none.
typedef char *_Nullable *_Nullable (*knobs_completer)(void *_Nullable context, const char *_Nonnull text, const char *_Nonnull line, int start, int end);

/// Sets readline up: no signal handlers of its own, completion through
/// `completer` (called with `context`), and `word_breaks` (copied) as the characters
/// that end a word for completion.
void knobs_readline_setup(knobs_completer _Nullable completer, void *_Nullable context, const char *_Nonnull word_breaks);

/// Reads one line with `prompt`. Returns 1 and sets `*line` (malloc'd; the
/// caller frees it) for a line, 0 at the end of input (Ctrl-D on an empty
/// line), and -1 when a byte arrived on `interrupt_fd` (Ctrl-C): the line
/// being typed is dropped and the cursor is on a fresh line.
int knobs_readline(const char *_Nonnull prompt, int interrupt_fd, char *_Nullable *_Nonnull line);

/// Adds a line to the in-memory history (Up arrow, Ctrl-R).
void knobs_history_add(const char *_Nonnull line);

/// Reads the history file at `path`; 0 on success, an errno value otherwise.
int knobs_history_read(const char *_Nonnull path);

/// Writes the history to `path`, keeping at most `limit` lines; 0 on success, an errno value otherwise.
int knobs_history_write(const char *_Nonnull path, int limit);

#endif
