# deps.sh - sourced by the other scripts: make sure the build's tools and
# libraries are here, installing the missing ones with apt-get when root,
# otherwise printing the exact command to run.

yieldc_missing=""
need_cmd() { command -v "$1" >/dev/null 2>&1 || yieldc_missing="$yieldc_missing $2"; }
need_file() {
    for f in $1; do [ -e "$f" ] && return 0; done
    yieldc_missing="$yieldc_missing $2"
}

need_cmd cmake cmake
need_cmd ninja ninja-build
need_cmd gcc gcc
need_cmd clang clang
need_cmd valgrind valgrind
need_cmd make make
need_cmd gdb gdb
need_cmd pkg-config pkgconf
need_cmd meson meson            # the Meson build of an outside project
need_cmd clangd clangd          # the editor test: clangd on the original sources
need_cmd dot graphviz           # --emit=dot rendered by Graphviz
need_file "/usr/include/clang-c/Index.h /usr/lib/llvm-*/include/clang-c/Index.h" libclang-dev
need_file "/usr/include/cmocka.h" libcmocka-dev
for extra in ${YIELDC_EXTRA_DEPS:-}; do
    need_cmd "${extra%%:*}" "${extra#*:}"
done

if [ -n "$yieldc_missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "== installing:$yieldc_missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq $yieldc_missing >/dev/null || {
            echo "error: apt-get install$yieldc_missing failed" >&2; exit 1; }
    else
        echo "error: missing packages:$yieldc_missing" >&2
        echo "install them with: sudo apt-get install -y$yieldc_missing" >&2
        exit 1
    fi
fi
