#!/usr/bin/env bash
# scripts/bench/idle-conns.sh: memory of the poll server holding many idle connections (a
# benchmark, not a test).
#
#   scripts/bench/idle-conns.sh [C_BUILD_DIR]        (or BENCH_C_DIR=C_BUILD_DIR)
#   BENCH_CONNS=1000 BENCH_HOLD=3 BENCH_AFTER=2 scripts/bench/idle-conns.sh   (a smoke test)
#
# In a private network namespace (loopback only; needs root, iproute2 and python3), for each
# server in turn (BENCH_SERVERS, default "c unp17 unp25"; c only with a C build directory):
#   C       <C_BUILD_DIR>/tcpcliserv/tcpservpoll01 (the book's C, built by you outside this
#           repository), its soft RLIMIT_NOFILE raised to the hard limit
#   unp17   `scripts/unp tcpcliserv/tcpservpoll01` on Java 17 (java on PATH, or JAVA17_HOME),
#           started as a user starts it (the server raises its own soft limit)
#   unp25   the same on Java 25 (JAVA25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64)
# it reads the server's resident set size (VmRSS of /proc/PID/status) BENCH_SETTLE seconds
# (default 2) after it listens; scripts/bench/idle-clients.py then opens BENCH_CONNS connections
# (default 10000), sends a line on each and reads its echo, and holds them idle for BENCH_HOLD
# seconds (default 10): the RSS is read 2 s into the hold, and the peak (VmHWM) at its end; the
# client closes them all, and the RSS is read again once the server has closed its descriptors
# and BENCH_AFTER seconds (default 5) have passed. Goal of issue 7: at most 64 MB with 10,000
# connections, and back near the start after they close (the C stays near 1-2 MB throughout).
set -euo pipefail

bench_name=idle-conns
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"
conns=${BENCH_CONNS:-10000}
hold=${BENCH_HOLD:-10}
settle=${BENCH_SETTLE:-2}
after=${BENCH_AFTER:-5}
rounds=${BENCH_ROUNDS:-1}
for n in "$conns" "$hold" "$settle" "$after" "$rounds"; do
    [[ $n =~ ^[0-9]+$ ]] || bench_die "BENCH_CONNS, BENCH_HOLD, BENCH_SETTLE, BENCH_AFTER and BENCH_ROUNDS take numbers"
done
((conns >= 1 && conns <= 50000 && hold >= 3 && hold <= 600 && settle <= 60 && after <= 600 && rounds >= 1 && rounds <= 10)) ||
    bench_die "out of range: 1 <= BENCH_CONNS <= 50000, 3 <= BENCH_HOLD <= 600, BENCH_SETTLE <= 60, BENCH_AFTER <= 600, 1 <= BENCH_ROUNDS <= 10"
command -v python3 >/dev/null || bench_die "needs python3 (the client)"
hard=$(ulimit -Hn)
[[ $hard == unlimited ]] || ((hard >= conns + 16)) ||
    bench_die "the hard descriptor limit (ulimit -Hn) is $hard, below the $((conns + 16)) a server needs: lower BENCH_CONNS or raise it"
bench_c_dir "${1:-}" tcpcliserv/tcpservpoll01

bench_servers "c unp17 unp25"

bench_enter_netns "$@"

# --- inside ----------------------------------------------------------------------------------
bench_inside_traps
bench_build
# This namespace's own ephemeral port range (a per-namespace sysctl): room for the connections of
# several servers in a row while the closed ones sit in TIME_WAIT.
sysctl -q -w net.ipv4.ip_local_port_range="10000 65000" 2>/dev/null || true

declare -A label=(
    [c]="C tcpservpoll01"
    [unp17]="scripts/unp tcpservpoll01, java 17"
    [unp25]="scripts/unp tcpservpoll01, java 25"
)
start_server() { # name: sets bench_started
    case $1 in
        c) bench_start_c tcpcliserv/tcpservpoll01 ;;
        unp17) bench_start_unp "$bench_java17" tcpcliserv/tcpservpoll01 ;;
        unp25) bench_start_unp "$bench_java25" tcpcliserv/tcpservpoll01 ;;
    esac
    bench_await_listening 9877 "$bench_started"
}
mib() { awk -v k="$1" 'BEGIN { if (k == "") print "-"; else printf "%.1f", k / 1024 }'; }

printf '# machine: %s CPUs, %s, load average %s\n' "$(nproc)" "$(uname -srm)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${bench_javas[@]}"; do
    printf '# java %s: %s\n' "${j%%=*}" "$(bench_java_version "${j#*=}")"
done
[[ -n $bench_c ]] && printf '# C originals: %s\n' "$bench_c"
printf '# %s idle connections per server, held %s s; RSS read %s s after start, 2 s into the hold, %s s after the close\n' \
    "$conns" "$hold" "$settle" "$after"

declare -A vals
for ((r = 1; r <= rounds; r++)); do
    for s in "${servers[@]}"; do
        start_server "$s"
        pid=$bench_started
        sleep "$settle"
        rss0=$(bench_rss_kib "$pid")
        fds0=$(bench_fd_count "$pid")

        log=$(mktemp "${TMPDIR:-/tmp}/unp-bench.XXXXXX")
        bench_tmps+=("$log")
        (
            ulimit -n "$hard" 2>/dev/null || true
            exec timeout $((hold + 360)) python3 "$bench_root/scripts/bench/idle-clients.py" "$conns" "$hold" 9877
        ) > "$log" 2>&1 &
        cli=$!
        bench_pids+=("$cli")
        for ((i = 0; i < 3600; i++)); do # the client gives up after 300 s itself
            grep -q '^open ' "$log" && break
            kill -0 "$cli" 2>/dev/null || bench_die "the client failed against ${label[$s]}: $(cat "$log")"
            kill -0 "$pid" 2>/dev/null || bench_die "${label[$s]} died while the client connected: $(cat "$log")"
            sleep 0.1
        done
        grep -q '^open ' "$log" || bench_die "the client did not open its connections to ${label[$s]} in time"
        sleep 2
        rss1=$(bench_rss_kib "$pid")
        fds1=$(bench_fd_count "$pid")
        rc=0
        wait "$cli" || rc=$?
        bench_forget "$cli"
        ((rc == 0)) || bench_die "the client failed against ${label[$s]}: $(cat "$log")"
        hwm=$(bench_rss_kib "$pid" VmHWM)
        grep -q '^closed' "$log" || bench_die "the client did not close its connections: $(cat "$log")"
        for ((i = 0; i < 600; i++)); do # the server notices the closes and closes its ends
            (($(bench_fd_count "$pid") <= fds0)) && break
            sleep 0.1
        done
        fds2=$(bench_fd_count "$pid")
        sleep "$after"
        kill -0 "$pid" 2>/dev/null || bench_die "${label[$s]} died after the close"
        rss2=$(bench_rss_kib "$pid")
        timing=$(sed -n 's/^open conns=[0-9]* //p' "$log")
        printf '# round %s, %s: RSS %s KiB at start (%s fds), %s KiB with %s connections (%s fds), peak %s KiB, %s KiB %s s after the close (%s fds); %s\n' \
            "$r" "$s" "$rss0" "$fds0" "$rss1" "$conns" "$fds1" "$hwm" "$rss2" "$after" "$fds2" "$timing"
        vals["$s start"]+="$rss0 "
        vals["$s open"]+="$rss1 "
        vals["$s peak"]+="$hwm "
        vals["$s after"]+="$rss2 "
        rm -f "$log"
        bench_kill "$pid"
        bench_await_closed 9877
    done
done

med() {
    local v=${vals["$1 $2"]:-}
    # shellcheck disable=SC2086 # a list of numbers
    [[ -n $v ]] && bench_median $v
}
echo
printf '%-36s %12s %12s %12s %12s %12s\n' "RSS in MiB (median of $rounds)" "start" "$conns open" "peak" "after close" "open/C"
for s in "${servers[@]}"; do
    ratio=-
    [[ -n $bench_c && $s != c && " ${servers[*]} " == *" c "* ]] && ratio=$(bench_ratio "$(med "$s" open)" "$(med c open)")
    printf '%-36s %12s %12s %12s %12s %12s\n' "${label[$s]}" "$(mib "$(med "$s" start)")" "$(mib "$(med "$s" open)")" \
        "$(mib "$(med "$s" peak)")" "$(mib "$(med "$s" after)")" "$ratio"
done
printf '# goal (issue 7): at most 64 MB with 10,000 connections open, and back near the start after they close\n'
printf '# load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
