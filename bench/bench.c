/*
 * bench.c - the harness of every benchmark program (see bench.h for its
 * command line). It lives in a file of its own so that a case's run
 * function is reached through a pointer the compiler cannot see through:
 * the case's code is compiled for any n, not for the harness's constants.
 */
#define _POSIX_C_SOURCE 199309L  /* clock_gettime, CLOCK_THREAD_CPUTIME_ID */
#include "bench.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * The CPU time of this thread, not the wall clock: on a shared machine the
 * time other processes hold the CPU would otherwise count, and no number
 * of rounds can be sure to find one they left alone. On an idle machine
 * the two are the same.
 */
static double seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int usage(const char *prog)
{
    fprintf(stderr, "usage: %s [time [ROUNDS]] | count WORKLOAD SYSTEM K | check | list\n", prog);
    return 2;
}

/* Compares every case's checksum with the first case's; reports each that differs. */
static int checksums_agree(const struct bench_program *p, const unsigned long *sums, long n)
{
    int ok = 1;

    for (size_t i = 1; i < p->ncases; i++) {
        if (sums[i] != sums[0]) {
            fprintf(stderr, "mismatch over %ld values: %s %s gives %lu, %s %s gives %lu\n", n,
                    p->cases[i].workload, p->cases[i].system, sums[i],
                    p->cases[0].workload, p->cases[0].system, sums[0]);
            ok = 0;
        }
    }
    return ok;
}

/* Every case over time_n values, rounds interleaved so that a slow spell of the machine hits all alike. */
static int time_cases(const struct bench_program *p, int rounds)
{
    double *best = malloc(p->ncases * sizeof *best);
    unsigned long *sums = malloc(p->ncases * sizeof *sums);
    int ok = 1;

    if (!best || !sums)
        abort();
    for (int round = 0; round < rounds; round++) {
        for (size_t i = 0; i < p->ncases; i++) {
            double t0 = seconds();
            unsigned long sum = p->cases[i].run(p->time_n);
            double t = seconds() - t0;

            if (round == 0 || t < best[i])
                best[i] = t;
            if (round > 0 && sum != sums[i]) {
                fprintf(stderr, "%s %s gives %lu, then %lu\n", p->cases[i].workload, p->cases[i].system,
                        sums[i], sum);
                ok = 0;
            }
            sums[i] = sum;
        }
    }
    ok = checksums_agree(p, sums, p->time_n) && ok;
    for (size_t i = 0; i < p->ncases; i++)
        printf("ns %s %s %.4f %lu\n", p->cases[i].workload, p->cases[i].system,
               best[i] * 1e9 / (double)p->time_n, sums[i]);
    free(best);
    free(sums);
    return ok ? 0 : 1;
}

static int check_cases(const struct bench_program *p)
{
    unsigned long *sums = malloc(p->ncases * sizeof *sums);
    int ok;

    if (!sums)
        abort();
    for (size_t i = 0; i < p->ncases; i++)
        sums[i] = p->cases[i].run(p->count_n);
    ok = checksums_agree(p, sums, p->count_n);
    printf("%zu cases agree over %ld values: %s\n", p->ncases, p->count_n, ok ? "yes" : "no");
    free(sums);
    return ok ? 0 : 1;
}

static int count_case(const struct bench_program *p, char **argv)
{
    const char *workload = argv[2], *system = argv[3];
    char *end;
    long mult = strtol(argv[4], &end, 10);

    if (*end || mult < 1)
        return usage(argv[0]);
    for (size_t i = 0; i < p->ncases; i++) {
        if (strcmp(p->cases[i].workload, workload) == 0 && strcmp(p->cases[i].system, system) == 0) {
            long n = p->count_n * mult;
            printf("values %ld checksum %lu\n", n, p->cases[i].run(n));
            return 0;
        }
    }
    fprintf(stderr, "no case %s %s\n", workload, system);
    return 2;
}

int bench_main(int argc, char **argv, const struct bench_program *p)
{
    if (argc == 1)
        return time_cases(p, p->rounds);
    if (strcmp(argv[1], "time") == 0 && argc <= 3) {
        int rounds = argc == 3 ? atoi(argv[2]) : p->rounds;
        return rounds > 0 ? time_cases(p, rounds) : usage(argv[0]);
    }
    if (strcmp(argv[1], "count") == 0 && argc == 5)
        return count_case(p, argv);
    if (strcmp(argv[1], "check") == 0 && argc == 2)
        return check_cases(p);
    if (strcmp(argv[1], "list") == 0 && argc == 2) {
        for (size_t i = 0; i < p->ncases; i++)
            printf("case %s %s\n", p->cases[i].workload, p->cases[i].system);
        return 0;
    }
    return usage(argv[0]);
}
