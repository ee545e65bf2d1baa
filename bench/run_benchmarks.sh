#!/usr/bin/env bash
# run_benchmarks.sh - the benchmark driver behind `run_benchmarks`: it
# transpiles the programs of bench/ with the yieldc just built, compiles
# each of them twice, with gcc and with clang (the C++20 coroutines with
# g++ and with clang++), runs them natively for ns per value and under
# callgrind at N and 2N values for instructions per value, times yieldc
# against `clang -fsyntax-only` on a file of 800 generators, and prints
# one table (table.awk). docs/performance.md says how to read it.
#
#   run_benchmarks.sh --yieldc PROGRAM --adapters DIR --work DIR [--rounds N] [--passes N] [--no-callgrind] [--check]
#
# --adapters names the directory of the runtime's generated header
# (yieldc_adapters.h; yieldc_adapters.c is transpiled here), which the
# programs are compiled and linked with, by each compiler. --work is a
# scratch directory; what an earlier run left there is removed first. --rounds sets the timed runs of each
# system in a program's run (its own default otherwise), --passes how
# many times every program runs (2). The callgrind profiles stay in
# WORK/callgrind for callgrind_annotate. --check only builds the programs
# and checks that every system agrees (no figures).
#
# A program whose systems disagree makes the run fail. Nothing else does:
# a slow figure is printed, never judged by the exit status.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runtime=$(cd "$bench/../runtime" && pwd)
yieldc= adapters= work= rounds= passes=2 callgrind=yes check_only=no
while (($#)); do
    case $1 in
    --yieldc) yieldc=$2; shift 2 ;;
    --adapters) adapters=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --passes) passes=$2; shift 2 ;;
    --no-callgrind) callgrind=no; shift ;;
    --check) check_only=yes; shift ;;
    *) echo "usage: run_benchmarks.sh --yieldc PROGRAM --adapters DIR --work DIR [--rounds N] [--passes N] [--no-callgrind] [--check]" >&2
       exit 2 ;;
    esac
done
[[ -x $yieldc && -d $adapters && -n $work ]] || { echo "run_benchmarks.sh: --yieldc, --adapters and --work are required" >&2; exit 2; }
yieldc=$(cd "$(dirname "$yieldc")" && pwd)/$(basename "$yieldc")
adapters=$(cd "$adapters" && pwd)
no_callgrind="not run (--no-callgrind)"
if [[ $callgrind == yes ]] && ! command -v valgrind >/dev/null; then
    callgrind=no
    no_callgrind="valgrind not found: no instruction counts"
fi

# At most two jobs at a time: the machine is shared.
jobs=2
compilers=(gcc clang)
declare -A cxx=([gcc]="g++ -fcoroutines" [clang]="clang++")
cflags=(-std=c11 -O2 -DNDEBUG -Wall -Wextra -pedantic)
cxxflags=(-std=c++20 -O2 -DNDEBUG -Wall -Wextra -pedantic)

# The programs, one a workload (frame_bytes prints sizes, it times
# nothing), and what every one of them links: the harness, the other-file
# generators and iterators, the C++ coroutines, the runtime library.
programs=(range_next range_foreach pipeline tree yield_from_depth create_drop frame_bytes)
common_c=(bench range_iter range_gen)
common_cxx=(coro_bench range_coro)

src=$work/src            # what yieldc writes
results=$work/results    # one measurement a line, read by table.awk
# only what this script makes: --work may name a directory that holds more
rm -rf "$src" "$results" "$work/callgrind" "$work/many" "$work/tree.yieldc.err" "${compilers[@]/#/$work/}"
mkdir -p "$src" "$work/callgrind" "$work/many"
for cc in "${compilers[@]}"; do mkdir -p "$work/$cc"; done
: >"$results"

# Runs the command lines read from stdin, $jobs at a time; fails if one fails.
parallel() {
    xargs -d '\n' -r -P "$jobs" -n 1 bash -c 'eval "$1"' _
}

# ---- transpile: a file that uses GENERATOR, YIELD or FOREACH goes through
# yieldc (the rule of yieldc_enable), with the flags its compile gets.
declare -A defs        # extra -D flags of a file, for yieldc and the compiler
defs[tree]=
defs[range_next]=
transpile() {
    local name=$1
    "$yieldc" "$bench/$name.c" -o "$src/$name.c" -- -std=c11 -I"$bench" -I"$src" ${defs[$name]:-}
}
source_of() {   # the file the compiler builds for bench/NAME.c
    if grep -Eq '(^|[^A-Za-z0-9_])(GENERATOR|YIELD|FOREACH)[[:space:]]*\(' "$bench/$1.c"; then
        echo "$src/$1.c"
    else
        echo "$bench/$1.c"
    fi
}

"$yieldc" --emit=header "$bench/range_gen.c" -o "$src/range_gen.yieldc.h" -- -std=c11 -I"$bench"
# The typed next range_next(frame, &value): built and reported once the
# generated header declares it.
if grep -Eq '(^|[^A-Za-z0-9_])range_next[[:space:]]*\(' "$src/range_gen.yieldc.h"; then
    defs[range_next]=-DBENCH_TYPED_NEXT
else
    echo "na range_next yieldc_typed n/a the generated header declares no typed next range_next() yet" >>"$results"
fi
# Recursion through FOREACH: a row of its own while yieldc accepts it.
if ! transpile tree 2>"$work/tree.yieldc.err"; then
    reason=$(grep -m1 'error:' "$work/tree.yieldc.err" | sed 's/^[^ ]*: error: //')
    echo "na tree yieldc_foreach skipped yieldc rejects it: ${reason:-see $work/tree.yieldc.err}" >>"$results"
    defs[tree]=-DBENCH_NO_FOREACH_RECURSION
fi
for name in "${programs[@]}" "${common_c[@]}"; do
    if [[ $(source_of "$name") == "$src/$name.c" && ! -e $src/$name.c ]]; then
        transpile "$name"
    fi
done

# the runtime's adapters, transpiled as its build does (through yieldc-cc, whose output it does not keep)
"$yieldc" "$runtime/yieldc_adapters.c" -o "$src/yieldc_adapters.c" -- -std=c11 -I"$runtime" -I"$adapters"

# ---- compile and link, with each compiler
include=(-I"$bench" -I"$src" -I"$runtime" -I"$adapters")
{
    for cc in "${compilers[@]}"; do
        for name in "${programs[@]}" "${common_c[@]}"; do
            printf '%q ' "$cc" "${cflags[@]}" "${include[@]}" ${defs[$name]:-} -c "$(source_of "$name")" -o "$work/$cc/$name.o"
            echo
        done
        printf '%q ' "$cc" "${cflags[@]}" "${include[@]}" -c "$src/yieldc_adapters.c" -o "$work/$cc/yieldc_adapters.o"
        echo
        for name in "${common_cxx[@]}"; do
            printf '%s ' "${cxx[$cc]}"
            printf '%q ' "${cxxflags[@]}" -I"$bench" -c "$bench/$name.cpp" -o "$work/$cc/$name.o"
            echo
        done
    done
} | parallel
for cc in "${compilers[@]}"; do
    objs=("${common_c[@]/#/$work/$cc/}" "${common_cxx[@]/#/$work/$cc/}")
    ar rcs "$work/$cc/common.a" "${objs[@]/%/.o}" "$work/$cc/yieldc_adapters.o"
    for name in "${programs[@]}"; do
        printf '%s ' "${cxx[$cc]}"
        printf '%q ' -o "$work/$cc/$name" "$work/$cc/$name.o" "$work/$cc/common.a"
        echo
    done
done | parallel

timed=()
for name in "${programs[@]}"; do
    [[ $name == frame_bytes ]] || timed+=("$name")
done
if [[ $check_only == yes ]]; then
    failed=0
    for cc in "${compilers[@]}"; do
        for name in "${timed[@]}"; do
            printf '%-6s %-17s ' "$cc" "$name"
            "$work/$cc/$name" check || failed=1
        done
    done
    exit "$failed"
fi

# ---- the machine, for the table's header
{
    echo "info date $(date '+%Y-%m-%d %H:%M')"
    echo "info cpu $(grep -m1 'model name' /proc/cpuinfo | sed 's/^[^:]*: *//'), $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
    echo "info gcc $(gcc --version | head -1); $(g++ --version | head -1)"
    echo "info clang $(clang --version | head -1); $(clang++ --version | head -1)"
    root=$(cd "$bench/.." && pwd)
    if rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null); then
        git -C "$root" diff --quiet HEAD -- tool runtime cmake bench 2>/dev/null || rev="$rev + uncommitted changes"
        echo "info yieldc $("$yieldc" --version | head -1), source $rev"
    else
        echo "info yieldc $("$yieldc" --version | head -1)"
    fi
    echo "info flags C: ${cflags[*]}; C++: ${cxxflags[*]} (g++: -fcoroutines)"
    echo "info timing the thread's CPU time, best of ${rounds:-5 or 7} rounds in each of $passes passes"
} >>"$results"

# ---- ns per value: each program times all its systems, best of its rounds,
# one program at a time, nothing else of ours running. The two compilers'
# builds of a program run one after the other, and the whole goes round
# $passes times (table.awk keeps each cell's best), so that a busy spell
# of the machine does not fall on one compiler's figures only.
failed=0
for ((pass = 1; pass <= passes; pass++)); do
    for name in "${timed[@]}"; do
        for cc in "${compilers[@]}"; do
            if ! "$work/$cc/$name" time $rounds >"$work/$cc/$name.time"; then
                echo "run_benchmarks: $cc $name: the systems disagree (see above)" >&2
                failed=1
            fi
            sed "s/^ns /ns $cc /" "$work/$cc/$name.time" >>"$results"
        done
    done
done
for cc in "${compilers[@]}"; do
    "$work/$cc/frame_bytes" | sed "s/^bytes /bytes $cc /" >>"$results"
done

# ---- instructions per value: callgrind at N and 2N values; the difference
# over N leaves out start-up and set-up (building the tree, ...)
if [[ $callgrind == yes ]]; then
    echo "info valgrind $(valgrind --version): callgrind, instructions = (total at 2N - total at N) / N" >>"$results"
    for cc in "${compilers[@]}"; do
        for name in "${timed[@]}"; do
            "$work/$cc/$name" list | while read -r _ workload system; do
                for k in 1 2; do
                    out=$work/callgrind/$cc.$workload.$system.$k
                    printf '%q ' valgrind --tool=callgrind --callgrind-out-file="$out.out" \
                        "$work/$cc/$name" count "$workload" "$system" "$k"
                    printf '>%q 2>%q\n' "$out.txt" "$out.log"
                done
            done
        done
    done | parallel
    for cc in "${compilers[@]}"; do
        for name in "${timed[@]}"; do
            "$work/$cc/$name" list | while read -r _ workload system; do
                out=$work/callgrind/$cc.$workload.$system
                read -r _ n _ sum1 <"$out.1.txt"
                read -r _ n2 _ sum2 <"$out.2.txt"
                t1=$(awk '/^totals:/ { print $2 }' "$out.1.out")
                t2=$(awk '/^totals:/ { print $2 }' "$out.2.out")
                echo "ir $cc $workload $system $(awk -v a="$t1" -v b="$t2" -v n="$n" 'BEGIN { printf "%.2f", (b - a) / n }') $n2 $sum2"
            done
        done
    done >>"$results"
else
    echo "info valgrind $no_callgrind" >>"$results"
fi

# Each program compared its systems' checksums; compare them across the
# compilers too, and those of the callgrind runs (at 2N) with each other.
if ! awk '$1 == "ns" || $1 == "ir" {
              key = $1 " " $3; sum = $1 == "ns" ? $6 : $7; who = $2 " " $4
              if (!(key in first)) { first[key] = sum; whom[key] = who }
              else if (first[key] != sum) {
                  print "run_benchmarks: " $3 ": " who " gives " sum ", " whom[key] " gives " first[key] > "/dev/stderr"
                  bad = 1
              }
          }
          END { exit bad }' "$results"; then
    failed=1
fi

# ---- transpiling 800 generators against parsing them, in CPU seconds: each
# run takes a fraction of a second, so the two alternate, best of 7 each
cpu_seconds() {
    local TIMEFORMAT='%3U %3S' t
    t=$({ time "$@" >/dev/null 2>&1; } 2>&1) || return 1
    awk '{ print $1 + $2 }' <<<"$t"
}
min() {
    awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'
}
many=$work/many/generators.c
"$bench/many_generators.sh" 800 >"$many"
# a first run, untimed, to see that yieldc takes the file (and to read it into the page cache)
if "$yieldc" "$many" -o "$work/many/out.c" 2>"$work/many/yieldc.err"; then
    best_yieldc= best_clang=
    for _ in 1 2 3 4 5 6 7; do
        best_yieldc=$(min "$best_yieldc" "$(cpu_seconds "$yieldc" "$many" -o "$work/many/out.c")")
        best_clang=$(min "$best_clang" "$(cpu_seconds clang -fsyntax-only -Wno-return-type -DYIELDC_TRANSPILING=1 -I"$runtime" "$many")")
    done
    echo "transpile yieldc $best_yieldc" >>"$results"
    echo "transpile clang $best_clang" >>"$results"
else
    echo "transpile yieldc failed: $(grep -m1 'error:' "$work/many/yieldc.err")" >>"$results"
fi

awk -f "$bench/table.awk" "$results"
exit "$failed"
