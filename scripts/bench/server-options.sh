#!/usr/bin/env bash
# scripts/bench/server-options.sh: what the JVM options of scripts/unp do to a long-running
# server (a benchmark, not a test). docs/launcher.md records the results.
#
# tcpcliserv/tcpservpoll01, started by scripts/unp inside a private network namespace (root,
# iproute2, python3), once per variant, the variants taking turns round after round:
#   server   scripts/unp as it is: the server options of unp-lib's jvm-options table
#   client   the same with the client's JIT options added (C1 only, 1 compiler thread), what
#            every program ran with before servers had options of their own
#   C        the C original, if C_BUILD names a built unpv12e tree (never part of this
#            repository: build it elsewhere; its tcpservpoll01 needs -DOPEN_MAX=...)
# 0. start-up, both kinds of options on a client and on a forked child, BENCH_RUNS (default 20)
#    alternating runs each, median and minimum wall time and median CPU time (user + sys of the
#    client; it hides less under a neighbour's load than wall time) in ms: intro/daytimetcpcli 127.0.0.1
#    against intro/daytimetcpsrv, run as scripts/unp runs it (client options) and with the
#    server options (the command scripts/unp --java-command gives for tcpservpoll01); and
#    tcpcliserv/tcpcli01 echoing one line through tcpcliserv/tcpserv01 (a new child JVM per
#    client, with its parent's options) started as scripts/unp starts it (server options) and
#    with the client options, each in a namespace of its own, the clients taking turns (their
#    CPU is the client's own; the difference in wall time is the child's).
# 1. throughput: scripts/bench/ch6-EchoBench.java echoes 1024-byte and 100-byte lines for
#    BENCH_SECONDS (default 5) after 1 s of warm-up; MB/s of echoed data, and the server's CPU
#    seconds (utime + stime, /proc/PID/stat) per GB echoed over the whole run.
# 2. idle connections: the server's RSS (VmRSS) after start, with IDLE_CONNS (default 10000)
#    idle connections from python3, and IDLE_WAIT seconds (default 10) after they all closed.
#
#   scripts/bench/server-options.sh                    all parts; 3 rounds of parts 1 and 2
#   BENCH_ROUNDS=5 C_BUILD=/tmp/unpv12e scripts/bench/server-options.sh
#   BENCH_PARTS=idle scripts/bench/server-options.sh   only part 2 (or: startup, throughput)
#   EXTRA_VARIANT="-XX:+UseG1GC" scripts/bench/server-options.sh   a third variant: server + these
#   BENCH_VARIANTS="server extra" ...                  only these variants
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
root=${self%/*/*/*}
unp=$root/scripts/unp
rounds=${BENCH_ROUNDS:-3}
seconds=${BENCH_SECONDS:-5}
conns=${IDLE_CONNS:-10000}
idle_wait=${IDLE_WAIT:-10}
parts=${BENCH_PARTS:-startup throughput idle}
runs=${BENCH_RUNS:-20}

die() {
    printf 'server-options: %s\n' "$*" >&2
    exit 1
}

if [[ -z ${BENCH_NETNS:-} ]]; then
    [[ $(id -u) == 0 ]] || die "needs root (for a private network namespace)"
    command -v ip >/dev/null || die "needs iproute2 (ip)"
    ns=unp-bench-srv-$$
    ip netns add "$ns"
    trap 'ip netns del "$ns" 2>/dev/null || true' EXIT
    ip -n "$ns" link set lo up
    BENCH_NETNS=$ns ip netns exec "$ns" "$self" "$@"
    exit
fi

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
classes=$root/unp-examples/target/bench
if [[ ! -f $classes/EchoBench.class || $root/scripts/bench/ch6-EchoBench.java -nt $classes/EchoBench.class ]]; then
    mkdir -p "$classes/src"
    cp "$root/scripts/bench/ch6-EchoBench.java" "$classes/src/EchoBench.java" # javac wants the class's name
    "$(dirname "$(readlink -f "$(command -v "$java")")")/javac" --release 17 -d "$classes" "$classes/src/EchoBench.java"
fi
"$unp" list >/dev/null || die "scripts/unp list failed" # build and archive: not timed

variants=(server client)
[[ -n ${EXTRA_VARIANT:-} ]] && variants+=(extra)
if [[ -n ${C_BUILD:-} ]]; then
    [[ -x $C_BUILD/tcpcliserv/tcpservpoll01 ]] || die "no $C_BUILD/tcpcliserv/tcpservpoll01"
    variants+=(C)
fi
if [[ -n ${BENCH_VARIANTS:-} ]]; then
    read -r -a variants <<< "$BENCH_VARIANTS"
fi

srv=
cleanup() {
    if [[ -n $srv ]]; then
        kill -KILL "$srv" 2>/dev/null || true
        wait "$srv" 2>/dev/null || true
    fi
    srv=
}
trap cleanup EXIT

listening() {
    grep -q '^ *[0-9]*: [0-9A-F]*:2695 [0-9A-F]*:0000 0A' /proc/net/tcp
}

start() { # variant
    case $1 in
        server) UNP_JAVA_OPTS= "$unp" tcpcliserv/tcpservpoll01 & ;;
        client) UNP_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1" "$unp" tcpcliserv/tcpservpoll01 & ;;
        extra) UNP_JAVA_OPTS=$EXTRA_VARIANT "$unp" tcpcliserv/tcpservpoll01 & ;;
        C) "$C_BUILD/tcpcliserv/tcpservpoll01" & ;;
    esac
    srv=$!
    local i
    for ((i = 0; i < 400; i++)); do
        listening && return 0
        kill -0 "$srv" 2>/dev/null || die "$1 server died"
        sleep 0.05
    done
    die "$1 server does not listen"
}

stop() {
    cleanup
    while listening; do sleep 0.05; done
}

cpu_ticks() { # pid: utime + stime in clock ticks
    local f
    read -r -a f < "/proc/$1/stat"
    echo $((f[13] + f[14]))
}

rss_kb() { # pid
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

declare -A results
hz=$(getconf CLK_TCK)

printf '# machine: %s CPUs, %s, load average %s\n' "$(nproc)" "$(uname -srm)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '# java: %s\n' "$("$java" -version 2>&1 | sed -n 2p)"
printf '# server options: %s\n' "$(env UNP_NO_BUILD=1 "$unp" --java-command tcpcliserv/tcpservpoll01 | tr '\0' ' ' |
    sed 's/ -cp .*//; s/^[^ ]* //')"

median() {
    tr ' ' '\n' <<< "$1" | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

if [[ " $parts " == *" startup "* ]]; then
    mapfile -d '' server_cmd < <(UNP_NO_BUILD=1 "$unp" --java-command tcpcliserv/tcpservpoll01)
    mapfile -d '' client_cmd < <(UNP_NO_BUILD=1 "$unp" --java-command intro/daytimetcpcli)
    declare -A ms
    timed() { # key cmd...: appends the wall time and the CPU time (user + sys) in ms
        local key=$1 out real user sys
        shift
        out=$({ TIMEFORMAT='%R %U %S'; time "$@" <<< "hello" >/dev/null 2>&1; } 2>&1) || true
        read -r real user sys <<< "$out"
        ms[$key]+="$(awk -v r="$real" 'BEGIN { print r * 1000 }') "
        ms[$key/cpu]+="$(awk -v u="$user" -v s="$sys" 'BEGIN { print (u + s) * 1000 }') "
    }
    stat_ms() { # key: median and minimum of the wall times, median of the CPU times
        local m lo c
        m=$(median "${ms[$1]}")
        lo=$(tr ' ' '\n' <<< "${ms[$1]}" | grep . | sort -g | head -1)
        c=$(median "${ms[$1/cpu]}")
        awk -v m="$m" -v lo="$lo" -v c="$c" 'BEGIN { printf "wall median %6.1f ms, min %6.1f ms; CPU median %6.1f ms", m, lo, c }'
    }
    "$unp" intro/daytimetcpsrv >/dev/null 2>&1 &
    srv=$!
    for ((i = 0; i < 200; i++)); do
        grep -q '^ *[0-9]*: [0-9A-F]*:000D [0-9A-F]*:0000 0A' /proc/net/tcp && break
        sleep 0.05
    done
    for ((r = 0; r < runs + 2; r++)); do
        timed cli/client "$unp" intro/daytimetcpcli 127.0.0.1
        timed cli/server "${server_cmd[@]}" intro/daytimetcpcli 127.0.0.1
    done
    stop
    # The two tcpserv01 (server options, client options) in two more namespaces, so that their
    # clients can take turns like the rest (both listen on the book's port 9877).
    fork_ns=(unp-bench-fork-$$-server unp-bench-fork-$$-client)
    fork_pids=()
    for v in server client; do
        n=unp-bench-fork-$$-$v
        ip netns add "$n"
        ip -n "$n" link set lo up
        if [[ $v == server ]]; then
            ip netns exec "$n" "$unp" tcpcliserv/tcpserv01 >/dev/null 2>&1 &
        else
            ip netns exec "$n" "${client_cmd[@]}" tcpcliserv/tcpserv01 >/dev/null 2>&1 &
        fi
        fork_pids+=($!)
        for ((i = 0; i < 200; i++)); do
            ip netns exec "$n" grep -q '^ *[0-9]*: [0-9A-F]*:2695 [0-9A-F]*:0000 0A' /proc/net/tcp && break
            sleep 0.05
        done
    done
    for ((r = 0; r < runs + 2; r++)); do
        for v in server client; do
            timed fork/$v ip netns exec "unp-bench-fork-$$-$v" "$unp" tcpcliserv/tcpcli01 127.0.0.1
        done
    done
    for n in "${fork_ns[@]}"; do
        ip netns pids "$n" | xargs -r kill -KILL 2>/dev/null || true
    done
    { wait "${fork_pids[@]}"; } 2>/dev/null || true
    for n in "${fork_ns[@]}"; do
        ip netns del "$n" 2>/dev/null || true
    done
    printf '%-56s %s\n' "intro/daytimetcpcli, client options (scripts/unp)" "$(stat_ms cli/client)" \
        "intro/daytimetcpcli, server options" "$(stat_ms cli/server)" \
        "tcpcli01 via tcpserv01, server options (scripts/unp)" "$(stat_ms fork/server)" \
        "tcpcli01 via tcpserv01, client options" "$(stat_ms fork/client)"
fi

if [[ " $parts " == *" throughput "* ]]; then
    for ((r = 0; r < rounds; r++)); do
        for v in "${variants[@]}"; do
            for bytes in 1024 100; do
                start "$v"
                c0=$(cpu_ticks "$srv")
                out=$("$java" -cp "$classes" EchoBench throughput "$seconds" "$bytes")
                c1=$(cpu_ticks "$srv")
                mbs=$(sed -n 's/.*: \([0-9.]*\) MB\/s.*/\1/p' <<< "$out")
                # CPU per GB over the whole run (1 s warm-up + the window; the rate then was about the same)
                cpu=$(awk -v t=$((c1 - c0)) -v hz="$hz" -v m="$mbs" -v s="$seconds" \
                    'BEGIN { printf "%.2f", (t / hz) / (m * (s + 1) / 1000) }')
                results[$v/$bytes]+="$mbs "
                results[$v/$bytes/cpu]+="$cpu "
                printf '%-7s %5s-byte lines: %7s MB/s, %s CPU s/GB\n' "$v" "$bytes" "$mbs" "$cpu"
                stop
            done
        done
    done
fi

if [[ " $parts " == *" idle "* ]]; then
    holder='
import socket, sys, time
n = int(sys.argv[1])
socks = []
for i in range(n):
    s = socket.socket()
    s.connect(("127.0.0.1", 9877))
    socks.append(s)
print("open", flush=True)
sys.stdin.readline()
for s in socks:
    s.close()
'
    ulimit -n $((conns + 100)) 2>/dev/null || ulimit -n "$(ulimit -Hn)"
    for ((r = 0; r < rounds; r++)); do
        for v in "${variants[@]}"; do
            start "$v"
            sleep 1
            a=$(rss_kb "$srv")
            coproc HOLD { python3 -c "$holder" "$conns"; }
            read -r line <&"${HOLD[0]}"
            [[ $line == open ]] || die "python3 could not open $conns connections"
            sleep 2
            b=$(rss_kb "$srv")
            echo >&"${HOLD[1]}"
            wait "$HOLD_PID" 2>/dev/null || true
            sleep "$idle_wait"
            c=$(rss_kb "$srv")
            results[$v/idle]+="$a/$b/$c "
            printf '%-7s RSS: %6d KB at start, %6d KB with %d idle connections, %6d KB %d s after they closed\n' \
                "$v" "$a" "$b" "$conns" "$c" "$idle_wait"
            stop
        done
    done
fi

[[ " $parts " == *" throughput "* ]] && printf '\n# medians of %d rounds\n' "$rounds"
for v in "${variants[@]}"; do
    if [[ " $parts " == *" throughput "* ]]; then
        printf '%-7s 1024-byte lines %7s MB/s %6s CPU s/GB | 100-byte lines %7s MB/s %6s CPU s/GB\n' "$v" \
            "$(median "${results[$v/1024]}")" "$(median "${results[$v/1024/cpu]}")" \
            "$(median "${results[$v/100]}")" "$(median "${results[$v/100/cpu]}")"
    fi
done
printf '# load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
