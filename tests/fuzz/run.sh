#!/usr/bin/env bash
# run.sh - the differential fuzz test: for each seed, progen writes a program,
# which is built as the reference (plain GNU C, coroutines, yieldc_reference.h)
# and through yieldc (then by gcc and by clang, each under ASan and UBSan);
# every build must run and print the same as the reference.
#
#   tests/fuzz/run.sh [--seeds 1-2000] [--jobs 2] [--keep DIR] [--features "--enable=..."]
#
# options:
#   --build DIR       yieldc's build directory (default: build/ at the top of the
#                     repository): yieldc, and yieldc_runtime/ for yieldc_adapters.h
#   --yieldc PATH     the yieldc to test (default: DIR/yieldc)
#   --progen PATH     the program writer (default: progen.c built into the work directory)
#   --seeds LIST      seeds: 1-2000, 5,9,12, or a mix (default: 1-100)
#   --features ARGS   progen's options for every seed, e.g. "--enable=yield-cond" or "--all"
#   --jobs N          seeds run in parallel (default: 2)
#   --keep DIR        keep each failing program in DIR/CLASS/, reduced, with how it fails
#   --no-reduce       keep failing programs unreduced
#   --expect FILE     seeds that fail today ("SEED CLASS" lines, # comments):
#                     they do not fail the run, but a seed that passes now is reported
#   --timeout S       seconds for each run of yieldc or a program (default: 10)
#   --work DIR        scratch directory (default: a new one in /tmp, removed at the end)
#
# Each failure gets a class: yieldc-crash, yieldc-reject, uncompilable, sanitizer,
# program-crash, wrong-output, timeout, warning (in the code yieldc wrote, of a kind
# progen's own expressions do not cause); and "reference" when the reference itself
# fails, which is a bug of progen or of the reference. Exit status 0 when every
# seed passes or fails as expected.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

build="$root/build" yieldc="" progen="" seeds="1-100" features="" jobs=2 keep="" reduce=1
expect="" timeout_s=10 work="" one=""

while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift ;;
    --yieldc) yieldc=$2; shift ;;
    --progen) progen=$2; shift ;;
    --seeds) seeds=$2; shift ;;
    --features) features=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --keep) keep=$2; shift ;;
    --no-reduce) reduce=0 ;;
    --expect) expect=$2; shift ;;
    --timeout) timeout_s=$2; shift ;;
    --work) work=$2; shift ;;
    --one) one=$2; shift ;;          # internal: check one seed (run in parallel by xargs)
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

yieldc=${yieldc:-$build/yieldc}

# ---- one build and run ---------------------------------------------------------

# Compiles the program through yieldc's output with `cc` and runs it; prints
# "CLASS DETAIL" and returns 1 when it fails, 0 when its output is the reference's.
run_compiler() {     # dir, cc
    local d=$1 cc=$2 rc
    local flags=(-std=c11 -Wall -Wextra -pedantic -g -fno-omit-frame-pointer
                 -fsanitize=address,undefined -fno-sanitize-recover=all
                 -I"$root/runtime" -I"$build/yieldc_runtime")
    [ "$cc" = gcc ] && flags+=(-O1) || flags+=(-O0)
    if ! "$cc" "${flags[@]}" "$d/prog.y.c" -o "$d/prog.$cc" >"$d/$cc.log" 2>&1; then
        echo "uncompilable $cc: $(grep -m1 'error:' "$d/$cc.log" | sed 's/^[^ ]*: error: //')"
        return 1
    fi
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
        timeout "$timeout_s" "$d/prog.$cc" >"$d/$cc.out" 2>"$d/$cc.err"
    rc=$?
    if [ $rc -eq 124 ]; then
        echo "timeout $cc: the program ran over ${timeout_s}s"; return 1
    fi
    if grep -q -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$d/$cc.err"; then
        local what
        what=$(grep -m1 -o -E 'ERROR: AddressSanitizer: [a-z-]+|ERROR: LeakSanitizer: [a-z ]+|runtime error: .*' "$d/$cc.err")
        echo "sanitizer $cc: $what"; return 1
    fi
    if [ $rc -ne 0 ]; then
        echo "program-crash $cc: exit $rc $(grep -m1 -i -E 'assert|abort' "$d/$cc.err" | sed 's/^.*: //')"
        return 1
    fi
    if ! cmp -s "$d/ref.out" "$d/$cc.out"; then
        echo "wrong-output $cc: line $(cmp "$d/ref.out" "$d/$cc.out" 2>/dev/null | sed -n 's/.*line \([0-9]*\).*/\1/p')"
        return 1
    fi
    return 0
}

# Checks one program (progen arguments after the directory); prints "pass" or
# "CLASS DETAIL". `compilers` limits the builds (the reducer runs only the failing one).
check_program() {    # dir, compilers, progen args...
    local d=$1 compilers=$2 rc
    shift 2
    mkdir -p "$d"
    if ! "$progen" "$@" >"$d/prog.c" 2>"$d/progen.log"; then
        echo "reference progen failed: $(head -1 "$d/progen.log")"; return
    fi
    # -O1: gcc 12 at -O0 can stop with an internal error (expand_builtin_eh_common)
    # on the reference's nested functions and cleanups
    if ! gcc -std=gnu11 -O1 -fexceptions -w -DYIELDC_REFERENCE -I"$here" "$d/prog.c" -o "$d/prog.ref" \
            >"$d/ref.log" 2>&1; then
        echo "reference does not compile: $(grep -m1 'error:' "$d/ref.log" | sed 's/^[^ ]*: error: //')"; return
    fi
    timeout "$timeout_s" "$d/prog.ref" >"$d/ref.out" 2>"$d/ref.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "reference exit $rc: $(head -1 "$d/ref.err")"; return
    fi
    timeout "$timeout_s" "$yieldc" "$d/prog.c" -o "$d/prog.y.c" -- -I"$root/runtime" >"$d/yieldc.log" 2>&1
    rc=$?
    case $rc in
    0) ;;
    1) echo "yieldc-reject $(grep -m1 'error:' "$d/yieldc.log" | sed 's/^[^ ]*: error: //')"; return ;;
    124) echo "timeout yieldc: over ${timeout_s}s"; return ;;
    *) echo "yieldc-crash exit $rc: $(grep -m1 -E 'error|ERROR|Assert|assert' "$d/yieldc.log" | sed 's/^[^ ]*: //')"; return ;;
    esac
    local cc
    for cc in $compilers; do
        run_compiler "$d" "$cc" || return
    done
    # progen's random expressions, which yieldc may move into lines of its own or take out of
    # a macro it expands in place (where the compiler no longer excuses them), warn in these
    # ways; any other warning there is yieldc's own doing
    local expression_warnings='-W(bool-compare|bool-operation|type-limits|tautological-[a-z-]+|xor-used-as-pow)'
    local other
    other=$(generated_warnings "$d" | grep -v -x -E -e "$expression_warnings" | head -1)
    if [ -n "$other" ]; then
        echo "warning $other: $(grep -h -m1 -o -e "prog\.y\.c:.*\[$other\]" "$d"/*.log | head -1)"
        return
    fi
    # code yieldc writes under a #line of the program's own (a lowered loop, say) warns at
    # prog.c's lines: a kind of warning that the program read as plain C (yieldc.h's view
    # for editors) does not have is yieldc's; so is, without #line, one naming yieldc's names
    if [ -n "$compilers" ]; then
        local added
        # (-Wunused-function: a compiler that met an error in the plain reading, as in the
        # editor's view of a frame variable, does not get to the end where it says so)
        added=$(comm -23 <(mapped_warnings "$d") <(plain_warnings "$d") \
                | grep -v -x -E -e "$expression_warnings" -e '-Wunused-function' | head -1)
        if [ -n "$added" ]; then
            echo "warning $added: $(grep -h -m1 -o -e "prog\.c:.*\[$added\]" "$d"/gcc.log "$d"/clang.log | head -1)"
            return
        fi
        local named
        named=$(unmapped_warnings "$d" | grep -m1 -E "warning: .*yieldc_")
        if [ -n "$named" ]; then
            echo "warning $(sed 's/.*\[\(-W[a-z0-9-]*\)\].*/\1/' <<<"$named"): $named"
            return
        fi
    fi
    echo pass
}

# The warnings of gcc and clang on the output without #line (every warning is then at a
# line of prog.nl.c), one a line.
unmapped_warnings() {  # dir
    local d=$1 cc
    timeout "$timeout_s" "$yieldc" --no-line "$d/prog.c" -o "$d/prog.nl.c" -- -I"$root/runtime" >/dev/null 2>&1 || return
    for cc in gcc clang; do
        LC_ALL=C "$cc" -std=c11 -Wall -Wextra -pedantic -O1 -fsyntax-only -I"$root/runtime" -I"$build/yieldc_runtime" \
            "$d/prog.nl.c" 2>&1 | grep -E '^[^ ]*prog\.nl\.c:[0-9]+:[0-9]+: warning:'
    done
}

# The kinds of warning at the program's own lines (#line maps them to prog.c), one flag a line.
# An unused local that yieldc splits into `T x; x = v;` (no jump then skips an initializer)
# is "set but not used": the same warning as the program's own "unused variable".
mapped_warnings() {  # dir
    grep -h -o 'prog\.c:[0-9]*:[0-9]*: warning: .*\[-W[a-z0-9-]*\]' "$1"/gcc.log "$1"/clang.log 2>/dev/null \
        | sed 's/.*\[\(-W[a-z0-9-]*\)\]/\1/; s/-Wunused-but-set-variable/-Wunused-variable/' | sort -u
}

# The kinds of warning of the program itself: prog.c compiled as it is, where yieldc.h gives
# the pseudo-keywords the plain C meaning an editor sees, with both compilers.
plain_warnings() {  # dir
    local d=$1 cc
    for cc in gcc clang; do
        LC_ALL=C "$cc" -std=c11 -Wall -Wextra -pedantic -O1 -fsyntax-only -I"$root/runtime" -I"$build/yieldc_runtime" \
            "$d/prog.c" 2>&1 | grep -o 'warning: .*\[-W[a-z0-9-]*\]'
    done | sed 's/.*\[\(-W[a-z0-9-]*\)\]/\1/' | sort -u
}

# The warnings in the code yieldc wrote, one flag a line (those in the program's own lines,
# which #line maps to prog.c, are progen's).
generated_warnings() {  # dir
    grep -h -o 'prog\.y\.c:[0-9]*:[0-9]*: warning: .*\[-W[a-z0-9-]*\]' "$1"/gcc.log "$1"/clang.log 2>/dev/null \
        | sed 's/.*\[\(-W[a-z0-9-]*\)\]/\1/' | sort -u
}

# The failure without its details that a reduction may change (line numbers).
signature() {
    sed -E 's/line [0-9]+/line N/; s/[0-9]+ byte\(s\)//; s/offset [0-9]+/offset N/' <<<"$1"
}

# ---- reduction: drop statement nodes of progen's model while the failure stays ----

reduce_seed() {     # seed, failure, dir; prints the drop list
    local seed=$1 failure=$2 d=$3 sig compilers="gcc clang"
    sig=$(signature "$failure")
    case "$failure" in
    *" gcc:"*) compilers=gcc ;;
    *" clang:"*) compilers=clang ;;
    yieldc-*|"timeout yieldc"*) compilers="" ;;
    esac
    declare -A parent depth dropped=()
    local id dep par maxdepth=0
    while read -r id dep par; do
        parent[$id]=$par depth[$id]=$dep
        [ "$dep" -gt "$maxdepth" ] && maxdepth=$dep
    done < <("$progen" "$seed" $features --list)

    alive() {   # not dropped, nor under a dropped node
        local n=$1
        while [ "$n" != 0 ]; do
            [ -n "${dropped[$n]:-}" ] && return 1
            n=${parent[$n]}
        done
    }
    drops() { local IFS=,; echo "${!dropped[*]}"; }
    still_fails() {   # the failure stays with these extra drops
        local k got
        for k in "$@"; do dropped[$k]=1; done
        got=$(check_program "$d/try" "$compilers" "$seed" $features --drop="$(drops)")
        if [ "$(signature "$got")" = "$sig" ]; then
            return 0
        fi
        for k in "$@"; do unset "dropped[$k]"; done
        return 1
    }

    local round level changed=1
    for round in 1 2; do
        [ $changed -eq 1 ] || break
        changed=0
        for ((level = 0; level <= maxdepth; level++)); do
            local nodes=()
            for id in "${!depth[@]}"; do
                [ "${depth[$id]}" -eq $level ] && alive "$id" && nodes+=("$id")
            done
            # ddmin: chunks from half the nodes down to single ones
            local size=$(( (${#nodes[@]} + 1) / 2 ))
            while [ ${#nodes[@]} -gt 0 ] && [ $size -ge 1 ]; do
                local kept=() i
                for ((i = 0; i < ${#nodes[@]}; i += size)); do
                    local chunk=("${nodes[@]:i:size}")
                    if still_fails "${chunk[@]}"; then
                        changed=1
                    else
                        kept+=("${chunk[@]}")
                    fi
                done
                nodes=("${kept[@]+"${kept[@]}"}")
                [ $size -eq 1 ] && break
                size=$(( (size + 1) / 2 ))
            done
        done
    done
    drops
}

# ---- one seed -------------------------------------------------------------------------

if [ -n "$one" ]; then
    d="$work/$one"
    failure=$(check_program "$d" "gcc clang" "$one" $features)
    generated_warnings "$d" >"$d.warnings"      # for the summary
    if [ "$failure" = pass ]; then
        echo "$one pass" >"$d.result"
        rm -rf "$d"
        exit 0
    fi
    class=${failure%% *}
    echo "$one $class $failure" >"$d.result"
    if [ -n "$keep" ] && ! grep -q -E "^$one( |$)" "${expect:-/dev/null}" 2>/dev/null; then
        drop=""
        if [ $reduce -eq 1 ] && [ "$class" != reference ]; then
            drop=$(reduce_seed "$one" "$failure" "$d")
        fi
        mkdir -p "$keep/$class"
        "$progen" "$one" $features ${drop:+--drop=$drop} >"$keep/$class/seed-$one.c"
        reduced=$(check_program "$d/final" "gcc clang" "$one" $features ${drop:+--drop=$drop})
        {
            echo "failure: $failure"
            [ -n "$drop" ] && echo "reduced: $reduced"
            echo "program: progen $one $features${drop:+ --drop=$drop}"
            echo "reproduce: tests/fuzz/run.sh --seeds $one${features:+ --features \"$features\"}"
        } >"$keep/$class/seed-$one.txt"
        for f in "$d/final"/*.log "$d/final"/*.out "$d/final"/*.err "$d/final/prog.y.c"; do
            [ -s "$f" ] && cp "$f" "$keep/$class/seed-$one.$(basename "$f")"
        done
    fi
    rm -rf "$d"
    exit 0
fi

# ---- the whole run --------------------------------------------------------------------

cleanup_work=0
if [ -z "$work" ]; then
    work=$(mktemp -d /tmp/yieldc-fuzz.XXXXXX)
    cleanup_work=1
fi
mkdir -p "$work"
[ -n "$keep" ] && keep=$(mkdir -p "$keep" && cd "$keep" && pwd)
[ -n "$expect" ] && expect=$(cd "$(dirname "$expect")" && pwd)/$(basename "$expect")

if [ ! -x "$yieldc" ]; then
    echo "run.sh: no yieldc at $yieldc (build it, or give --build or --yieldc)" >&2
    exit 2
fi
# a copy of its own: a reduction must see the same program writer from start to end
if [ -z "$progen" ]; then
    cc -std=c11 -O2 -o "$work/progen" "$here/progen.c" || exit 2
else
    cp "$progen" "$work/progen" || exit 2
fi
progen="$work/progen"
for tool in gcc clang timeout; do
    command -v $tool >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 2; }
done

# 1-5,9 -> one seed a line
expand_seeds() {
    local part
    for part in ${1//,/ }; do
        if [[ $part == *-* ]]; then seq "${part%-*}" "${part#*-}"; else echo "$part"; fi
    done
}

export build yieldc progen features keep reduce expect timeout_s work
start=$(date +%s)
expand_seeds "$seeds" | xargs -P "$jobs" -I{} "$0" --one {} --build "$build" --yieldc "$yieldc" \
    --progen "$progen" --features "$features" --timeout "$timeout_s" --work "$work" \
    ${keep:+--keep "$keep"} ${expect:+--expect "$expect"} $([ $reduce -eq 0 ] && echo --no-reduce)

# ---- summary ----------------------------------------------------------------------------

total=0 passed=0 unexpected=0 expected=0 fixed=0
declare -A count
while read -r seed class rest; do
    total=$((total + 1))
    if [ "$class" = pass ]; then
        passed=$((passed + 1))
        if [ -n "$expect" ] && grep -q -E "^$seed( |$)" "$expect"; then
            echo "seed $seed passes now: remove it from $(basename "$expect")"
            fixed=$((fixed + 1))
        fi
        continue
    fi
    count[$class]=$(( ${count[$class]:-0} + 1 ))
    if [ -n "$expect" ] && grep -q -E "^$seed $class( |$)" "$expect"; then
        expected=$((expected + 1))
    else
        unexpected=$((unexpected + 1))
        echo "seed $seed: $rest"
    fi
done < <(cat "$work"/*.result 2>/dev/null | sort -n)

echo "fuzz: $total seeds in $(( $(date +%s) - start ))s${features:+ with $features}: $passed passed"
for class in "${!count[@]}"; do
    printf '  %-14s %d\n' "$class" "${count[$class]}"
done
warned=$(cat "$work"/*.warnings 2>/dev/null | wc -l)
if [ "$warned" -gt 0 ]; then
    echo "  warnings in the code yieldc wrote (seeds per flag):"
    cat "$work"/*.warnings | sort | uniq -c | sort -rn | sed 's/^/    /'
fi
[ $expected -gt 0 ] && echo "  $expected failed as expected"
[ -n "$keep" ] && [ $((total - passed)) -gt 0 ] && echo "  failing programs kept in $keep"
[ $cleanup_work -eq 1 ] && rm -rf "$work"
[ $unexpected -eq 0 ]
