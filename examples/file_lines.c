/* A generator that owns a resource: it opens a file, yields its lines, and
 * closes the file with DEFER, whether it reads to the end or its consumer
 * stops early. Mirrors the Python
 *
 *     def file_lines(path):
 *         f = open(path)
 *         print("  opened the file")
 *         try:
 *             for line in f:
 *                 yield line.rstrip("\n")
 *         finally:
 *             f.close()
 *             print("  closed the file")
 *
 *     for n, line in enumerate(file_lines(path), 1):
 *         print(line)
 *         if n == 2:
 *             break                    # closes the generator: finally runs
 *     print("lines in the file:", sum(1 for _ in file_lines(path)))
 *
 * The file is a small one this program writes to a fresh temporary name.
 */
#define _POSIX_C_SOURCE 200809L    /* mkstemp, fdopen */
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each line without its newline; the string is valid until the next resume. */
GENERATOR(const char *) file_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    char line[256];

    if (!f) {
        perror(path);
        return;
    }
    printf("  opened the file\n");
    DEFER(printf("  closed the file\n"));
    DEFER(fclose(f));           /* DEFERs run last first: fclose, then the message */
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = '\0';
        YIELD(line);
    }
}

/* Writes the example's data to a new temporary file; 0 on failure. */
static int write_data(char *path)
{
    static const char text[] =
        "Generators produce their values lazily.\n"
        "Each next resumes right after the last yield.\n"
        "Closing a generator runs its cleanups.\n"
        "Nobody reads this line.\n";
    int fd = mkstemp(path);
    FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;

    if (!out) {
        perror(path);
        return 0;
    }
    fputs(text, out);
    return fclose(out) == 0;
}

int main(void)
{
    char path[] = "/tmp/yieldc_file_lines_XXXXXX";
    int n = 0, count = 0;

    if (!write_data(path))
        return 1;

    FOREACH (const char *line, file_lines(path)) {
        printf("%s\n", line);
        if (++n == 2)
            break;              /* closes the generator: its DEFERs run here */
    }

    FOREACH (const char *line, file_lines(path)) {
        (void)line;
        count++;
    }
    printf("lines in the file: %d\n", count);
    remove(path);
    return 0;
}
