# table.awk - prints the benchmark table from the results run_benchmarks.sh
# collected, one measurement a line:
#
#   info KEY TEXT                           the machine, compilers, yieldc
#   ns CC WORKLOAD SYSTEM NS CHECKSUM       ns per value, best of the rounds
#                                           (one line a pass; the best counts)
#   ir CC WORKLOAD SYSTEM INSTR N2 CHECKSUM instructions per value (callgrind)
#   bytes CC frame SYSTEM BYTES             bytes of a suspended range
#   na WORKLOAD SYSTEM MARK WHY             a system not built, and why
#   transpile yieldc|clang CPU-SECONDS      the 800-generator file ("failed: ..."
#                                           when yieldc rejects it)
#
# Rows are systems per compiler, columns workloads; a cell is "ns/instr"
# (ns per value, instructions per value). Then the ratios to the plain
# loop and to the hand-written iterator, and each target with its verdict.
# Only ASCII, so that widths hold in any awk.

function num(x) {
    if (x < 10)
        return sprintf("%.2f", x)
    if (x < 100)
        return sprintf("%.1f", x)
    return sprintf("%.0f", x)
}

function compiler_name(cc, s) {
    if (s == "coro")
        return cc == "gcc" ? "g++" : "clang++"
    return cc
}

# the workload whose base system a column is compared with
function base_of(w) {
    return (w in base) ? base[w] : w
}

function cell(cc, w, s,    c) {
    if ((w, s) in mark)
        return mark[w, s]
    if ((cc, w, s) in bytes)
        return bytes[cc, w, s]
    if (!((cc, w, s) in ns))
        return "-"
    c = num(ns[cc, w, s])
    if ((cc, w, s) in ir)
        c = c "/" num(ir[cc, w, s])
    return c
}

# this system's figures over those of system bs in workload bw: "time/instr"
function ratio(cc, w, s, bw, bs,    r) {
    if ((w, s) in mark)
        return mark[w, s]
    if ((cc, w, s) in bytes && (cc, bw, bs) in bytes)
        return num(bytes[cc, w, s] / bytes[cc, bw, bs])
    if (!((cc, w, s) in ns) || !((cc, bw, bs) in ns) || ns[cc, bw, bs] <= 0)
        return "-"
    r = num(ns[cc, w, s] / ns[cc, bw, bs])
    if ((cc, w, s) in ir && (cc, bw, bs) in ir && ir[cc, bw, bs] > 0)
        r = r "/" num(ir[cc, w, s] / ir[cc, bw, bs])
    return r
}

function has_row(cc, s, ws, n,    i) {
    for (i = 1; i <= n; i++)
        if ((cc, ws[i], s) in ns || (cc, ws[i], s) in bytes || (ws[i], s) in mark)
            return 1
    return 0
}

function rule(n,    line) {
    line = sprintf("%" n "s", "")
    gsub(/ /, "-", line)
    print line
}

# one table: the rows of `systems`, the columns of `ws`; kind "cell" or a base system for ratios
function table(title, ws, n, kind,    i, r, cc, s, line, w) {
    print ""
    print title
    line = sprintf("%-32s", "")
    for (i = 1; i <= n; i++)
        line = line sprintf("%11s", head1[ws[i]])
    print line
    line = sprintf("%-32s", "system")
    for (i = 1; i <= n; i++)
        line = line sprintf("%11s", head2[ws[i]])
    print line
    rule(32 + 11 * n)
    for (r = 1; r <= nrow; r++) {
        s = row[r]
        if (kind != "cell" && s == kind)
            continue
        for (c = 1; c <= 2; c++) {
            cc = compilers[c]
            if (!has_row(cc, s, ws, n))
                continue
            line = sprintf("%-24s %-7s", label[s], compiler_name(cc, s))
            for (i = 1; i <= n; i++) {
                w = ws[i]
                line = line sprintf("%11s", kind == "cell" ? cell(cc, w, s) : ratio(cc, w, s, base_of(w), kind))
            }
            print line
        }
    }
}

# a ratio and, when there is a goal, whether it meets it
function verdict(r, goal) {
    return sprintf("%6s %-4s", num(r), goal == "" ? "" : r <= goal ? "ok" : "MISS")
}

# "time r verdict  instr r verdict" of one compiler
function target_figures(cc, w, s, bw, bs, goal,    t) {
    if ((w, s) in mark)
        return sprintf("%-25s", mark[w, s])
    if (!((cc, w, s) in ns) || !((cc, bw, bs) in ns))
        return sprintf("%-25s", "-")
    t = verdict(ns[cc, w, s] / ns[cc, bw, bs], goal)
    if ((cc, w, s) in ir && (cc, bw, bs) in ir)
        t = t "  " verdict(ir[cc, w, s] / ir[cc, bw, bs], goal)
    else
        t = t sprintf("  %11s", "")
    return t
}

function target(desc, goal, w, s, bw, bs) {
    printf "%-62s %6s   %s   %s\n", desc, goal == "" ? "" : "<= " goal,
           target_figures("gcc", w, s, bw, bs, goal), target_figures("clang", w, s, bw, bs, goal)
}

BEGIN {
    ncol = split("range_next range_foreach pipeline tree yf0 yf1 yf8 yf64 create_drop frame", col, " ")
    split("range next|range FOREACH|pipeline|tree walk|delegate d=0|delegate d=1|delegate d=8|delegate d=64|create|range frame", h, "|")
    for (i = 1; i <= ncol; i++) {
        split(h[i], words, " ")
        head1[col[i]] = words[1]
        head2[col[i]] = words[2]
    }
    head2["create_drop"] = "+1st+drop"
    head2["frame"] = "bytes"
    base["yf1"] = base["yf8"] = base["yf64"] = "yf0"

    nrow = split("loop iter callback coro yieldc yieldc_typed yieldc_foreach", row, " ")
    label["loop"] = "plain loop"
    label["iter"] = "hand-written iterator"
    label["callback"] = "callback"
    label["coro"] = "C++20 coroutine"
    label["yieldc"] = "yieldc"
    label["yieldc_typed"] = "yieldc typed next"
    label["yieldc_foreach"] = "yieldc FOREACH recursion"
    compilers[1] = "gcc"
    compilers[2] = "clang"
}

$1 == "info" { key = $2; $1 = $2 = ""; sub(/^ +/, ""); info[key] = $0 }
$1 == "ns" { if (!(($2, $3, $4) in ns) || $5 + 0 < ns[$2, $3, $4]) ns[$2, $3, $4] = $5 + 0 }
$1 == "ir" { ir[$2, $3, $4] = $5 }
$1 == "bytes" { bytes[$2, $3, $4] = $5 }
$1 == "na" { w = $2; s = $3; mark[w, s] = $4; $1 = $2 = $3 = $4 = ""; sub(/^ +/, ""); why[w, s] = $0 }
$1 == "transpile" { who = $2; $1 = $2 = ""; sub(/^ +/, ""); cpu[who] = $0 }

END {
    print "yieldc benchmarks, " info["date"]
    print "machine:  " info["cpu"]
    print "gcc:      " info["gcc"]
    print "clang:    " info["clang"]
    print "yieldc:   " info["yieldc"]
    print "flags:    " info["flags"]
    print "timing:   " info["timing"]
    print "callgrind: " info["valgrind"]

    table("ns per value / instructions per value; range frame: bytes", col, ncol, "cell")
    for (k in why) {
        split(k, ws, SUBSEP)
        print "  " mark[k] ": " label[ws[2]] ": " why[k]
    }

    nloop = split("range_next range_foreach pipeline", loop_cols, " ")
    table("x plain loop, same compiler: time/instructions", loop_cols, nloop, "loop")
    table("x hand-written iterator, same compiler: time/instructions (delegation: x the iterator at depth 0)", col, ncol, "iter")

    print ""
    printf "%-62s %6s   %-25s   %-25s\n", "targets: ratio of time, then of instructions", "goal", "gcc (time, instr)", "clang (time, instr)"
    rule(62 + 9 + 3 + 25 + 3 + 25)
    target("range FOREACH, same file: yieldc / plain loop", 1.1, "range_foreach", "yieldc", "range_foreach", "loop")
    target("range next, other file: yieldc typed next / hand-written iter.", 1.1, "range_next", "yieldc_typed", "range_next", "iter")
    target("  (through yieldc_next, for reference)", "", "range_next", "yieldc", "range_next", "iter")
    target("pipeline: yieldc / hand-written iterators", 1.5, "pipeline", "yieldc", "pipeline", "iter")
    target("tree walk: yieldc YIELD_FROM / explicit-stack iterator", 4, "tree", "yieldc", "tree", "iter")
    target("tree walk: yieldc FOREACH recursion / explicit-stack iterator", 4, "tree", "yieldc_foreach", "tree", "iter")
    target("delegation: yieldc at depth 64 / at depth 1", 1.5, "yf64", "yieldc", "yf1", "yieldc")
    target("create + first value + drop: yieldc / hand-written iterator", 1.2, "create_drop", "yieldc", "create_drop", "iter")
    line = ""
    for (c = 1; c <= 2; c++) {
        cc = compilers[c]
        extra = bytes[cc, "frame", "yieldc"] - bytes[cc, "frame", "iter"]
        line = line sprintf("   %-25s", sprintf("%+d bytes (%d vs %d) %s", extra, bytes[cc, "frame", "yieldc"],
                                                  bytes[cc, "frame", "iter"], extra <= 8 ? "ok" : "MISS"))
    }
    printf "%-62s %6s%s\n", "range frame: yieldc - hand-written struct, bytes", "<= +8", line
    if (cpu["yieldc"] ~ /^failed/)
        printf "%-62s %6s   yieldc %s\n", "transpile 800 generators: yieldc / clang -fsyntax-only, CPU", "<= 1.5",
               cpu["yieldc"]
    else if (("yieldc" in cpu) && ("clang" in cpu) && cpu["clang"] > 0)
        printf "%-62s %6s   %s (%.2f s vs %.2f s CPU)\n", "transpile 800 generators: yieldc / clang -fsyntax-only, CPU",
               "<= 1.5", verdict(cpu["yieldc"] / cpu["clang"], 1.5), cpu["yieldc"], cpu["clang"]
}
