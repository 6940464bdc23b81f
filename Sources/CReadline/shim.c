#include "CReadline.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <termios.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

static knobs_completer completer;
static void *completer_context;
static char **candidates;   // the current completion candidates, NULL-terminated
static int candidate_index;

static char *pending_line;
static int line_done;

// readline's generator protocol: called with state 0 first, then 1, 2, …; returns a malloc'd string or NULL.
static char *next_candidate(const char *text, int state) {
    (void)text;
    if (state == 0) candidate_index = 0;
    if (candidates == NULL || candidates[candidate_index] == NULL) return NULL;
    return strdup(candidates[candidate_index++]);
}

static void free_candidates(void) {
    if (candidates == NULL) return;
    for (char **c = candidates; *c != NULL; c++) free(*c);
    free(candidates);
    candidates = NULL;
}

static char **attempt_completion(const char *text, int start, int end) {
    rl_attempted_completion_over = 1;  // never fall back to file names
    free_candidates();
    if (completer == NULL) return NULL;
    candidates = completer(completer_context, text, rl_line_buffer, start, end);
    char **matches = rl_completion_matches(text, next_candidate);
    free_candidates();
    return matches;
}

void knobs_readline_setup(knobs_completer given, void *context, const char *word_breaks) {
    completer = given;
    completer_context = context;
    rl_readline_name = "knobs";
    rl_catch_signals = 0;
    rl_attempted_completion_function = attempt_completion;
    // readline keeps the pointer; the caller's string (a temporary, from Swift) does not last.
    static char *breaks;
    free(breaks);
    breaks = strdup(word_breaks);
    rl_basic_word_break_characters = breaks;
    rl_completer_word_break_characters = breaks;
}

static void on_line(char *line) {
    pending_line = line;
    line_done = 1;
    rl_callback_handler_remove();
}

// Reads one line with readline's callback interface, watching `interrupt_fd` for Ctrl-C.
static int read_line(const char *prompt, int input, int interrupt_fd, char **line) {
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set ready;
        FD_ZERO(&ready);
        FD_SET(input, &ready);
        FD_SET(interrupt_fd, &ready);
        int highest = input > interrupt_fd ? input : interrupt_fd;
        if (select(highest + 1, &ready, NULL, NULL, NULL) < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            return 0;
        }
        if (FD_ISSET(interrupt_fd, &ready)) {
            char drained[64];
            (void)read(interrupt_fd, drained, sizeof drained);
            tcflush(input, TCIFLUSH);  // what was typed before the Ctrl-C goes with the line
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_replace_line("", 0);
            rl_callback_handler_remove();
            fputs("\n", rl_outstream != NULL ? rl_outstream : stdout);
            fflush(rl_outstream != NULL ? rl_outstream : stdout);
            return -1;
        }
        if (FD_ISSET(input, &ready)) rl_callback_read_char();
    }
    if (pending_line == NULL) return 0;
    *line = pending_line;
    return 1;
}

// While a line is read, Ctrl-C must not flush the terminal's input queue (NOFLSH); read_line
// flushes it itself when it sees the Ctrl-C. Left to the terminal, a Ctrl-C that came right after
// typed text could empty the queue between select() saying "input ready" and readline's read(),
// which then blocked for input that was gone: the Ctrl-C sat in the interrupt pipe unseen until
// the next key (one quiz session in 30 on a pseudo-terminal).
static int keep_input_on_interrupt(int input, struct termios *saved) {
    if (tcgetattr(input, saved) != 0) return 0;
    struct termios changed = *saved;
    changed.c_lflag |= NOFLSH;
    return tcsetattr(input, TCSANOW, &changed) == 0;
}

int knobs_readline(const char *prompt, int interrupt_fd, char **line) {
    pending_line = NULL;
    line_done = 0;
    *line = NULL;
    int input = fileno(rl_instream != NULL ? rl_instream : stdin);
    struct termios saved;
    int restore = keep_input_on_interrupt(input, &saved);
    int result = read_line(prompt, input, interrupt_fd, line);
    if (restore) tcsetattr(input, TCSANOW, &saved);
    return result;
}

void knobs_history_add(const char *line) {
    add_history(line);
}

int knobs_history_read(const char *path) {
    return read_history(path);
}

int knobs_history_write(const char *path, int limit) {
    int status = write_history(path);
    if (status == 0) history_truncate_file(path, limit);
    return status;
}
