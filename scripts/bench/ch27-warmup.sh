#!/usr/bin/env bash
# scripts/bench/ch27-warmup.sh: where a chapter 27 server's warm-up goes, connection by
# connection from its start (a benchmark, not a test; docs/chapter27.md, "What it says against
# the goals", uses it).
#
#   scripts/bench/ch27-warmup.sh [C_BUILD_DIR]        (or BENCH_C_DIR=C_BUILD_DIR)
#   BENCH_SERVER=serv02 BENCH_CHUNKS=4 BENCH_CHUNK=500 scripts/bench/ch27-warmup.sh
#
# In a private network namespace (loopback only; needs root and iproute2), BENCH_ROUNDS times
# (default 2) it starts BENCH_SERVER (default serv05, with BENCH_CHILDREN children, default 5), in
# C when given the C build directory (the book's originals, built by you outside this repository)
# and then in Java 17, and runs scripts/bench/ch27-Load.java against it BENCH_CHUNKS times (default
# 8), each time BENCH_CHILDREN client children x BENCH_CHUNK connections (default 1000) x 4000
# bytes, no warm-up. After each chunk it reads the CPU of the server process and of its children
# from /proc (user + sys, all threads, in clock ticks: 10 ms, so 2 us a connection at the default
# chunk of 5000) and prints the chunk's cost per connection as PARENT+CHILDREN microseconds.
# The first chunks carry the JVMs' warm-up (interpreter, JIT compiles, first-use class loading);
# the last ones are the steady state the table's "steady" column measures. For Java it adds the
# CPU its JIT compiler threads used over the chunks (threads named "C1/C2 CompilerThread").
set -euo pipefail

bench_name=ch27-warmup
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"

server=${BENCH_SERVER:-serv05}
[[ $server =~ ^(serv0[23]m?|serv04|serv05)$ ]] || bench_die "BENCH_SERVER takes a preforked server: serv02, serv02m, serv03, serv03m, serv04 or serv05 (got $server)"
for n in "${BENCH_ROUNDS:=2}" "${BENCH_CHUNKS:=8}" "${BENCH_CHUNK:=1000}" "${BENCH_CHILDREN:=5}" "${BENCH_PORT:=9999}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || bench_die "BENCH_ROUNDS, BENCH_CHUNKS, BENCH_CHUNK, BENCH_CHILDREN and BENCH_PORT take numbers of at least 1"
done
bench_c_dir "${1:-}" "server/$server"

bench_enter_netns "$@"

# --- inside ----------------------------------------------------------------------------------
bench_inside_traps
bench_build
bench_javac "$bench_root/scripts/bench/ch27-Load.java"
client_java=$(bench_java_of "$bench_java17")
tck=$(getconf CLK_TCK)
port=$BENCH_PORT
n=$((BENCH_CHILDREN * BENCH_CHUNK)) # connections per chunk

children_ticks() { # pid: the ticks of its living children, summed
    local k sum=0
    for k in $(pgrep -P "$1" || true); do sum=$((sum + $(bench_cpu_ticks "$k" || echo 0))); done
    echo "$sum"
}

jit_ticks() { # pid C1|C2 [children]: the ticks of the process's (or its children's) JIT compiler threads
    local pids=$1 p t sum=0 comm
    [[ -n ${3:-} ]] && pids=$(pgrep -P "$1" || true)
    for p in $pids; do
        for t in /proc/"$p"/task/*; do
            comm=$(< "$t/comm") || continue
            [[ $comm == "$2 CompilerThre"* ]] || continue
            sum=$((sum + $(bench_cpu_ticks "$p/task/${t##*/}" || echo 0))) # a thread's stat, same fields
        done
    done
    echo "$sum"
}
ms() { echo $(($1 * 1000 / tck)); }

# one LANG: a fresh server, the chunks, one line of PARENT+CHILDREN per chunk
one() {
    local lang=$1 pid p0 c0 p1 c1 i line res
    if [[ $lang == C ]]; then
        bench_start_c "server/$server" "$port" "$BENCH_CHILDREN"
    else
        bench_start_unp "$bench_java17" "server/$server" "$port" "$BENCH_CHILDREN"
    fi
    pid=$bench_started
    bench_await_listening "$port" "$pid"
    sleep 0.5 # the children up, as the table's idle run sees them
    p0=$(bench_cpu_ticks "$pid")
    c0=$(children_ticks "$pid")
    local j0=("$(jit_ticks "$pid" C1)" "$(jit_ticks "$pid" C2)" "$(jit_ticks "$pid" C1 children)")
    printf -v line '%-8s' "$lang"
    for ((i = 0; i < BENCH_CHUNKS; i++)); do
        bench_capture res timeout 600 "$client_java" -cp "$bench_out" Ch27Load 127.0.0.1 "$port" "$BENCH_CHILDREN" 0 "$BENCH_CHUNK" 4000 ||
            bench_die "the client failed against $lang $server: $res"
        p1=$(bench_cpu_ticks "$pid")
        c1=$(children_ticks "$pid")
        line+=$(awk -v p=$((p1 - p0)) -v c=$((c1 - c0)) -v n="$n" -v t="$tck" \
            'BEGIN { printf " %5.0f+%-4.0f", p * 1e6 / t / n, c * 1e6 / t / n }')
        p0=$p1
        c0=$c1
    done
    if [[ $lang != C ]]; then
        line+="  JIT threads (ms): parent C1 $(ms $(($(jit_ticks "$pid" C1) - j0[0]))) C2 $(ms $(($(jit_ticks "$pid" C2) - j0[1])))"
        line+=", children C1 $(ms $(($(jit_ticks "$pid" C1 children) - j0[2])))"
    fi
    echo "$line"
    bench_kill "$pid"
    bench_await_closed "$port"
}

echo "# $server, $BENCH_CHILDREN children; CPU per connection (us), server process + its children, for each chunk of $n connections from the start"
echo "# machine: $(nproc) CPUs, $(uname -sr); java 17: $(bench_java_version "$bench_java17")"
for ((r = 1; r <= BENCH_ROUNDS; r++)); do
    [[ -n $bench_c ]] && one C
    one "Java 17"
done
