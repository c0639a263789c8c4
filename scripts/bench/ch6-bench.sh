#!/usr/bin/env bash
# scripts/bench/ch6-bench.sh: chapter 6 echo-server benchmark (a benchmark, not a test).
#
#   scripts/bench/ch6-bench.sh [C_BUILD_DIR]      (or BENCH_C_DIR=C_BUILD_DIR)
#   BENCH_ROUNDS=1 BENCH_SECONDS=1 BENCH_TRIPS=2000 scripts/bench/ch6-bench.sh   (a smoke test)
#
# In a private network namespace (loopback only; needs root and iproute2), the same client load
# goes to each server in turn, round after round (BENCH_ROUNDS, default 3), a fresh server per
# round:
#   C       the book's tcpservpoll01, <C_BUILD_DIR>/tcpcliserv/tcpservpoll01 (only with a C build
#           directory: the C originals built by you outside this repository), its soft
#           RLIMIT_NOFILE raised to the hard limit
#   unp17   `scripts/unp tcpcliserv/tcpservpoll01` on Java 17 (java on PATH, or JAVA17_HOME),
#           started exactly as a user starts it
#   unp25   the same on Java 25 (JAVA25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64, if there)
#   nio     scripts/bench/ch6-NioEchoServer.java, one java.nio Selector thread, on Java 17 with
#           java's default options (the baseline of a JDK server)
# BENCH_SERVERS="c unp17 unp25 nio" picks and orders them.
#
# The load is scripts/bench/ch6-EchoBench.java on Java 17, one JVM per server and round:
# BENCH_TRIPS (default 20000) round trips of a 31-byte line after 2000 warm-up trips (median,
# p99), then for each line size of BENCH_LINES (default "1024 100") BENCH_SECONDS (default 5) of
# lines written as fast as the server echoes them, after a 1 s warm-up (MB/s, 10^6 bytes echoed
# per second). For each measured window the client reads the server's CPU time (utime + stime of
# /proc/PID/stat, all its threads) before and after: server CPU per round trip and per GB
# (10^9 bytes) echoed. Prints each round's figures, then per server the median over the rounds,
# and the ratio of each Java server to C (throughput: goal >= 0.9; CPU per GB: goal <= 1.1).
set -euo pipefail

bench_name=ch6-bench
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"
rounds=${BENCH_ROUNDS:-3}
seconds=${BENCH_SECONDS:-5}
trips=${BENCH_TRIPS:-20000}
read -r -a lines <<< "${BENCH_LINES:-1024 100}"
for n in "$rounds" "$seconds" "$trips" "${lines[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || bench_die "BENCH_ROUNDS, BENCH_SECONDS, BENCH_TRIPS and BENCH_LINES take positive numbers"
done
((trips <= 10000000 && seconds <= 600 && rounds <= 50)) || bench_die "BENCH_TRIPS, BENCH_SECONDS or BENCH_ROUNDS too large"
bench_c_dir "${1:-}" tcpcliserv/tcpservpoll01

# servers, in order: those asked for (or all there are) that can run here
bench_servers "c unp17 unp25 nio" nio

bench_enter_netns "$@"

# --- inside ----------------------------------------------------------------------------------
bench_inside_traps
bench_build
bench_javac "$bench_root/scripts/bench/ch6-EchoBench.java" "$bench_root/scripts/bench/ch6-NioEchoServer.java"
client_java=$(bench_java_of "$bench_java17")
clktck=$(getconf CLK_TCK 2>/dev/null || echo 100)

declare -A label=(
    [c]="C tcpservpoll01"
    [unp17]="scripts/unp tcpservpoll01, java 17"
    [unp25]="scripts/unp tcpservpoll01, java 25"
    [nio]="java.nio echo server, java 17"
)

start_server() { # name: sets bench_started
    case $1 in
        c) bench_start_c tcpcliserv/tcpservpoll01 ;;
        unp17) bench_start_unp "$bench_java17" tcpcliserv/tcpservpoll01 ;;
        unp25) bench_start_unp "$bench_java25" tcpcliserv/tcpservpoll01 ;;
        nio)
            "$client_java" -cp "$bench_out" NioEchoServer 9877 >/dev/null 2>&1 &
            bench_started=$!
            bench_pids+=("$bench_started")
            ;;
    esac
    bench_await_listening 9877 "$bench_started"
}

printf '# machine: %s CPUs, %s, load average %s\n' "$(nproc)" "$(uname -srm)" "$(cut -d' ' -f1-3 /proc/loadavg)"
for j in "${bench_javas[@]}"; do
    printf '# java %s: %s\n' "${j%%=*}" "$(bench_java_version "${j#*=}")"
done
[[ -n $bench_c ]] && printf '# C originals: %s\n' "$bench_c"
printf '# %s rounds; per server and round: %s round trips, then %s s per line size (%s bytes); client on java 17\n' \
    "$rounds" "$trips" "$seconds" "${lines[*]}"

# vals["server metric"] = "value value ..." (one per round)
declare -A vals
limit=$((120 + trips / 1000 + ${#lines[@]} * (seconds + 30)))
for ((r = 1; r <= rounds; r++)); do
    for s in "${servers[@]}"; do
        start_server "$s"
        pid=$bench_started
        bench_capture out timeout "$limit" "$client_java" "-Dbench.clktck=$clktck" -cp "$bench_out" EchoBench suite \
            "$pid" "$trips" "$seconds" "${lines[@]}" || bench_die "the client failed against ${label[$s]} (round $r): $out"
        kill -0 "$pid" 2>/dev/null || bench_die "${label[$s]} died during round $r"
        printf '# round %s, %s: %s\n' "$r" "$s" "$(tr '\n' ';' <<< "$out" | sed 's/;$//; s/;/; /g')"
        while read -r kind rest; do
            prefix=$kind
            read -r -a kv <<< "$rest"
            if [[ $kind == throughput ]]; then
                for p in "${kv[@]}"; do [[ $p == line=* ]] && prefix="t${p#line=}"; done
            elif [[ $kind != latency ]]; then
                continue
            fi
            for p in "${kv[@]}"; do
                vals["$s $prefix.${p%%=*}"]+="${p#*=} "
            done
        done <<< "$out"
        bench_kill "$pid"
        bench_await_closed 9877
    done
done

med() { # server metric: median over the rounds, "-" if none
    local v=${vals["$1 $2"]:-}
    if [[ -z $v ]]; then
        echo -
    else
        # shellcheck disable=SC2086 # a list of numbers
        bench_median $v
    fi
}

columns=("latency.median_us" "latency.p99_us" "latency.cpu_us_per_trip")
heads=("rtt med us" "rtt p99 us" "cpu us/rtt")
for l in "${lines[@]}"; do
    columns+=("t$l.mbps" "t$l.cpu_s_per_gb" "t$l.cpu_pct")
    heads+=("MB/s $l" "cpu s/GB $l" "cpu% $l")
done
echo
printf '%-36s' "median of $rounds round(s)"
printf ' %12s' "${heads[@]}"
printf '\n'
for s in "${servers[@]}"; do
    printf '%-36s' "${label[$s]}"
    for c in "${columns[@]}"; do printf ' %12s' "$(med "$s" "$c")"; done
    printf '\n'
    if [[ -n $bench_c && $s != c && " ${servers[*]} " == *" c "* ]]; then
        printf '%-36s' "  ratio to C"
        for c in "${columns[@]}"; do printf ' %12s' "$(bench_ratio "$(med "$s" "$c")" "$(med c "$c")")"; done
        printf '\n'
    fi
done
if [[ -n $bench_c && " ${servers[*]} " == *" c "* ]]; then
    echo
    for s in unp17 unp25; do
        [[ " ${servers[*]} " == *" $s "* ]] || continue
        for l in "${lines[@]}"; do
            printf '# %s / C, %s-byte lines: throughput %s (goal >= 0.9), server CPU per GB %s (goal <= 1.1)\n' \
                "${label[$s]}" "$l" \
                "$(bench_ratio "$(med "$s" "t$l.mbps")" "$(med c "t$l.mbps")")" \
                "$(bench_ratio "$(med "$s" "t$l.cpu_s_per_gb")" "$(med c "t$l.cpu_s_per_gb")")"
        done
    done
fi
printf '# load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
