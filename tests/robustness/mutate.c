/*
 * mutate.c - feeds yieldc truncated and mutated generator files.
 *
 *   mutate YIELDC RUNTIME_DIR WORK_DIR VARIANTS seed.c...
 *
 * For each seed it writes VARIANTS damaged copies (cut short, a span
 * deleted, a line doubled, a character replaced by punctuation) and runs
 * yieldc on each. Every run must end in one of two ways: exit 0 with an
 * output file, or exit 1 with an `error:` diagnostic and no output file.
 * A crash, a hang (20 s), a sanitizer report or any other status fails,
 * and the input that caused it is kept in WORK_DIR.
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static unsigned long long rng = 0x9e3779b97f4a7c15ull;

static unsigned next_random(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return n ? (unsigned)(rng % n) : 0;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
        free(data);
        data = NULL;
    }
    fclose(f);
    if (data) {
        data[n] = '\0';
        *len = (size_t)n;
    }
    return data;
}

/* Write a damaged copy of `text` of kind `kind` to `path`. */
static void write_variant(const char *path, const char *text, size_t len, int kind)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t a = next_random((unsigned)len + 1), b = a + next_random(40);
    static const char punct[] = "(){};,*&=\"'#/\\";
    if (b > len)
        b = len;
    switch (kind % 4) {
    case 0:         /* cut short */
        fwrite(text, 1, a, f);
        break;
    case 1:         /* a span deleted */
        fwrite(text, 1, a, f);
        fwrite(text + b, 1, len - b, f);
        break;
    case 2: {       /* the line at a doubled */
        size_t s = a, e = a;
        while (s > 0 && text[s - 1] != '\n')
            s--;
        while (e < len && text[e] != '\n')
            e++;
        fwrite(text, 1, e, f);
        fputc('\n', f);
        fwrite(text + s, 1, len - s, f);
        break;
    }
    default:        /* a character replaced */
        fwrite(text, 1, a, f);
        if (a < len) {
            fputc(punct[next_random(sizeof punct - 1)], f);
            fwrite(text + a + 1, 1, len - a - 1, f);
        }
        break;
    }
    fclose(f);
}

static int run_yieldc(const char *yieldc, const char *include, const char *input, const char *output,
                      const char *errors)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(2);
    }
    if (pid == 0) {
        if (!freopen(errors, "w", stderr) || !freopen("/dev/null", "w", stdout))
            _exit(3);
        alarm(20);
        setenv("ASAN_OPTIONS", "exitcode=86", 1);
        setenv("UBSAN_OPTIONS", "exitcode=87", 1);
        execl(yieldc, yieldc, input, "-o", output, "--", include, (char *)NULL);
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        ;
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: mutate YIELDC RUNTIME_DIR WORK_DIR VARIANTS seed.c...\n");
        return 2;
    }
    const char *yieldc = argv[1], *work = argv[3];
    int variants = atoi(argv[4]);
    char include[4096], input[4096], output[4096], errors[4096];
    snprintf(include, sizeof include, "-I%s", argv[2]);
    snprintf(input, sizeof input, "%s", work);   /* the work directory and its parents */
    for (char *slash = input + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
        *slash = '\0';
        mkdir(input, 0777);
        *slash = '/';
    }
    mkdir(work, 0777);
    snprintf(input, sizeof input, "%s/input.c", work);
    snprintf(output, sizeof output, "%s/output.c", work);
    snprintf(errors, sizeof errors, "%s/errors.txt", work);

    int runs = 0, failures = 0, accepted = 0;
    for (int s = 5; s < argc; s++) {
        size_t len;
        char *text = read_all(argv[s], &len);
        if (!text) {
            fprintf(stderr, "mutate: cannot read %s\n", argv[s]);
            return 2;
        }
        for (int v = 0; v < variants; v++) {
            write_variant(input, text, len, v);
            remove(output);
            int status = run_yieldc(yieldc, include, input, output, errors);
            size_t elen = 0;
            char *err = read_all(errors, &elen);
            struct stat st;
            int has_output = stat(output, &st) == 0;
            int ok = WIFEXITED(status)
                     && ((WEXITSTATUS(status) == 0 && has_output)
                         || (WEXITSTATUS(status) == 1 && !has_output && err && strstr(err, "error:")))
                     && !(err && (strstr(err, "Sanitizer") || strstr(err, "runtime error")));
            runs++;
            accepted += WIFEXITED(status) && WEXITSTATUS(status) == 0;
            if (!ok) {
                char kept[4096];
                snprintf(kept, sizeof kept, "%s/failure-%d.c", work, ++failures);
                rename(input, kept);
                fprintf(stderr, "FAIL: variant %d of %s (%s): %s %d\n%s\n", v, argv[s], kept,
                        WIFSIGNALED(status) ? "signal" : "exit",
                        WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status), err ? err : "");
            }
            free(err);
        }
        free(text);
    }
    printf("%d runs on %d seeds: %d transpiled, %d rejected with a diagnostic, %d failures\n", runs,
           argc - 5, accepted, runs - accepted - failures, failures);
    return failures ? 1 : 0;
}
