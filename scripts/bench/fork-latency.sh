#!/usr/bin/env bash
# scripts/bench/fork-latency.sh: how long a fork-per-client server makes a client wait for its
# first byte, with and without a warm spare child (UNP_FORK_SPARE=1, docs/chapter27.md), and the
# memory of one child JVM (a benchmark, not a test).
#
#   scripts/bench/fork-latency.sh [C_BUILD_DIR]      (or BENCH_C_DIR=C_BUILD_DIR)
#   BENCH_CONNS=5 scripts/bench/fork-latency.sh      (smoke)
#
# In a private network namespace (loopback only; root and iproute2), for each server of
# tcpcliserv/tcpserv04 (echo, port 9877) and server/serv01 (chapter 27, port 9999): BENCH_CONNS
# connections (default 30), one at a time, BENCH_GAP seconds apart (default 0.5: time for the
# next spare to warm up), each timed from just before connect to the answer's first byte
# (unp-tests/src/test/resources/io/unp/tests/ch27/first_byte.py, python3; the test uses it too); the server started through scripts/unp on Java 17
# (java on PATH, or JAVA17_HOME), cold (a JVM started per fork) and with a spare; with a C build
# directory, the C originals too (<dir>/tcpcliserv/tcpserv04, <dir>/server/serv01). Variants
# alternate, round after round (BENCH_ROUNDS, default 1). Then the resident memory of a child:
# RSS, PSS and private pages (smaps_rollup) of a serv01 child serving a client that waits.
set -euo pipefail

bench_name=fork-latency
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"
conns=${BENCH_CONNS:-30}
gap=${BENCH_GAP:-0.5}
rounds=${BENCH_ROUNDS:-1}
[[ $conns =~ ^[1-9][0-9]*$ && $rounds =~ ^[1-9][0-9]*$ && $gap =~ ^[0-9.]+$ ]] ||
    bench_die "BENCH_CONNS and BENCH_ROUNDS take positive numbers, BENCH_GAP seconds"
command -v python3 >/dev/null || bench_die "needs python3 (the client)"
bench_c_dir "${1:-}"
if [[ -n $bench_c ]]; then
    for p in tcpcliserv/tcpserv04 server/serv01; do
        [[ -x $bench_c/$p ]] || bench_die "C build directory $bench_c has no executable $p"
    done
fi

bench_enter_netns "$@"

# --- inside ----------------------------------------------------------------------------------
bench_inside_traps
bench_build
probe=$bench_root/unp-tests/src/test/resources/io/unp/tests/ch27/first_byte.py # the test uses the same probe

# start VARIANT SERVER: c | cold | spare
start() {
    local v=$1 s=$2 args=()
    [[ $s == server/serv01 ]] && args=(9999)
    case $v in
        c) bench_start_c "$s" "${args[@]}" ;;
        cold) UNP_FORK_SPARE=0 bench_start_unp "$bench_java17" "$s" "${args[@]}" ;;
        spare) UNP_FORK_SPARE=1 bench_start_unp "$bench_java17" "$s" "${args[@]}" ;;
    esac
}

variants=()
[[ -n $bench_c ]] && variants+=(c)
variants+=(cold spare)
declare -A med p90
printf '# machine: %s CPUs, %s, load average %s\n' "$(nproc)" "$(uname -srm)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '# java 17: %s\n' "$(bench_java_version "$bench_java17")"
printf '# %s connections per run, %s s apart, %s round(s)\n' "$conns" "$gap" "$rounds"
for ((r = 1; r <= rounds; r++)); do
    for s in tcpcliserv/tcpserv04 server/serv01; do
        port=9877 mode=echo
        [[ $s == server/serv01 ]] && port=9999 mode=web
        for v in "${variants[@]}"; do
            start "$v" "$s"
            pid=$bench_started
            bench_await_listening "$port" "$pid"
            sleep 1
            bench_capture out python3 "$probe" "$port" "$conns" "$gap" "$mode" || bench_die "$v $s: $out"
            printf '# round %s, %s %s: %s\n' "$r" "$v" "$s" "$out"
            read -r _ m q _ <<< "$out"
            med["$s $v"]+="${m#median_ms=} "
            p90["$s $v"]+="${q#p90_ms=} "
            bench_kill "$pid"
            bench_await_closed "$port"
        done
    done
done

echo
echo "| server | variant | first byte, median ms | p90 ms |"
echo "|---|---|---:|---:|"
for s in tcpcliserv/tcpserv04 server/serv01; do
    for v in "${variants[@]}"; do
        # shellcheck disable=SC2086
        printf '| %s | %s | %s | %s |\n' "$s" "$(case $v in c) echo "C original" ;; cold) echo "Java, a JVM per fork" ;; spare) echo "Java, warm spare" ;; esac)" \
            "$(bench_median ${med["$s $v"]})" "$(bench_median ${p90["$s $v"]})"
    done
done
printf '\n# goal: median under 5 ms with a spare\n'

# --- memory of one child ---------------------------------------------------------------------------
mem_child() { # variant: RSS PSS private-dirty (KiB) of a serv01 child in the middle of a connection
    local v=$1 pid c line
    start "$v" server/serv01
    pid=$bench_started
    bench_await_listening 9999 "$pid"
    sleep 1
    python3 - 9999 <<'EOF' &
import socket, sys, time
s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))
s.sendall(b'4000\n')
got = b''
while len(got) < 4000:
    got += s.recv(4000)
time.sleep(3)
EOF
    local py=$!
    bench_pids+=("$py")
    sleep 1.5
    line=
    for c in $(cat /proc/"$pid"/task/*/children); do
        # the child serving: it holds a TCP socket
        if ls -l /proc/"$c"/fd 2>/dev/null | grep -q socket; then
            line=$(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } /^Private_Dirty:/ { d = $2 } END { print r, p, d }' /proc/"$c"/smaps_rollup)
        fi
    done
    wait "$py" 2>/dev/null || true
    bench_forget "$py"
    bench_kill "$pid"
    bench_await_closed 9999
    echo "${line:-- - -}"
}
echo
echo "| serv01 child | RSS KiB | PSS KiB | private dirty KiB |"
echo "|---|---:|---:|---:|"
for v in "${variants[@]}"; do
    read -r rss pss dirty <<< "$(mem_child "$v")"
    printf '| %s | %s | %s | %s |\n' "$v" "$rss" "$pss" "$dirty"
done
printf '# load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
