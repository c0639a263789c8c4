#!/usr/bin/env bash
# scripts/bench/ch27-table.sh: the table of chapter 27 (the book's figure 27.1), Java against C
# (a benchmark, not a test; docs/chapter27.md explains the figures).
#
#   scripts/bench/ch27-table.sh [C_BUILD_DIR]        (or BENCH_C_DIR=C_BUILD_DIR)
#   BENCH_LOADS=2x20x4000 BENCH_WARM=5 BENCH_SERVERS="serv00 serv02 serv07" scripts/bench/ch27-table.sh   (smoke)
#
# In a private network namespace (loopback only; needs root, iproute2 and cgroup v2), each load
# of BENCH_LOADS (default "5x500x4000 5x4000x4000": the book's client arguments, children x
# connections per child x bytes per request) goes to each server of BENCH_SERVERS (default all
# twelve: serv00-serv09, serv02m, serv03m), a fresh server per run; with a C build directory
# (the book's C originals, built by you outside this repository: <dir>/server/servNN) the C
# server and the Java server(s) run one after the other for each design, so a change of the
# machine's load shifts both. Java: 17 (java on PATH, or JAVA17_HOME); BENCH_JAVAS="17 25" adds
# Java 25 (JAVA25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64). The preforked servers get
# BENCH_CHILDREN children (default 5), the prethreaded ones as many threads. BENCH_ROUNDS (default
# 1) repeats everything and reports medians. BENCH_PORT (default 9999).
#
# BENCH_CLIENT chooses the load: "load" (default, scripts/bench/ch27-Load.java below), "c" (the
# book's own client from the C build directory, <dir>/server/client) or "java" (its port,
# scripts/unp server/client). The book's client is run twice per server, warm-up then measured;
# it measures no latency (those columns are "-"), and its own CPU is outside the server's cgroup.
#
# Every server runs in a cgroup of its own (v2, made under the unified hierarchy and removed
# after), so all the CPU of a server and of everything it forks, ended processes included, is
# read to the microsecond. The client is scripts/bench/ch27-Load.java (threads for the book's
# children), the same for every server: BENCH_WARM connections per child first (default 8000,
# the warm-up: each of the five preforked children then sees about 8000 connections, enough for
# the JIT's second compiler to have compiled the loop before the clock starts; with 2000, the
# preforked servers measured 1.4x C, with 8000 1.0x),
# then the load's connections, timed. serv01 starts a JVM per connection: it gets at most
# BENCH_SERV01_LOOPS (default 100) connections per child after BENCH_SERV01_WARM (default 10),
# which is plenty for a cost that is nearly all JVM start, and keeps its row to about a minute.
#
# Per server and load it reports, per connection:
#   whole    the book's count: the server's own pr_cpu_time at SIGINT (user + sys of the server and
#            of its children waited for), divided by every connection of the run (warm-up too):
#            JVM starts, JIT compilation and all
#   control  whole minus the iterative server's whole: the book's "process control" column
#   steady   the cgroup's CPU during the measured phase only, after the warm-up
#   latency  connect to the reply's first byte, median and 99th percentile, measured phase
# and, for the goals, an idle run of each Java server (started, its children up, SIGINT, no
# client): what its JVM starts cost. The markdown goes to standard output and, with
# BENCH_TABLE=FILE, to FILE too; the raw figures of each run go to standard error.
set -euo pipefail

bench_name=ch27-table
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"

read -r -a loads <<< "${BENCH_LOADS:-5x500x4000 5x4000x4000}"
warm=${BENCH_WARM:-8000}
serv01_loops=${BENCH_SERV01_LOOPS:-100}
serv01_warm=${BENCH_SERV01_WARM:-10}
nchild=${BENCH_CHILDREN:-5}
rounds=${BENCH_ROUNDS:-1}
port=${BENCH_PORT:-9999}
read -r -a designs <<< "${BENCH_SERVERS:-serv00 serv01 serv02 serv02m serv03 serv03m serv04 serv05 serv06 serv07 serv08 serv09}"
read -r -a javas <<< "${BENCH_JAVAS:-17}"
client=${BENCH_CLIENT:-load}
case $client in
    load | c | java) ;;
    *) bench_die "BENCH_CLIENT takes load, c (the book's C client) or java (its port)" ;;
esac
for l in "${loads[@]}"; do
    [[ $l =~ ^[1-9][0-9]*x[1-9][0-9]*x[1-9][0-9]*$ ]] || bench_die "BENCH_LOADS takes CHILDRENxLOOPSxBYTES, e.g. 5x500x4000 (got $l)"
    ((${l##*x} <= 16384)) || bench_die "a request is at most 16384 bytes (web_child's MAXN)"
done
for n in "$warm" "$nchild" "$rounds" "$port" "$serv01_loops" "$serv01_warm"; do
    [[ $n =~ ^[0-9]+$ ]] || bench_die "BENCH_WARM, BENCH_CHILDREN, BENCH_ROUNDS, BENCH_PORT and BENCH_SERV01_* take numbers"
done
((nchild >= 1 && rounds >= 1 && warm >= 1 && serv01_loops >= 1 && serv01_warm >= 1)) ||
    bench_die "BENCH_CHILDREN, BENCH_ROUNDS, BENCH_WARM and BENCH_SERV01_* must be at least 1"
for d in "${designs[@]}"; do
    [[ " serv00 serv01 serv02 serv02m serv03 serv03m serv04 serv05 serv06 serv07 serv08 serv09 " == *" $d "* ]] ||
        bench_die "unknown server '$d' in BENCH_SERVERS"
done
for j in "${javas[@]}"; do
    case $j in
        17) ;;
        25) [[ -x $bench_java25/bin/java ]] || bench_die "no Java 25 at $bench_java25 (JAVA25_HOME)" ;;
        *) bench_die "BENCH_JAVAS takes 17 and/or 25" ;;
    esac
done
c_progs=()
for d in "${designs[@]}"; do c_progs+=("server/$d"); done
[[ $client == c ]] && c_progs+=(server/client)
bench_c_dir "${1:-}" "${c_progs[@]}"
[[ $client == c && -z $bench_c ]] && bench_die "BENCH_CLIENT=c runs the book's client from the C build directory: give one"
langs=()
[[ -n $bench_c ]] && langs+=(c)
for j in "${javas[@]}"; do langs+=("j$j"); done

grep -qw cgroup2 /proc/filesystems || bench_die "needs cgroup v2 (the kernel has no cgroup2 file system)"

bench_enter_netns "$@"

# --- inside ----------------------------------------------------------------------------------
bench_inside_traps
# `ip netns exec` gave this script a mount namespace of its own with a fresh /sys, without the
# cgroup file systems: mount the cgroup v2 hierarchy there (seen by this namespace only)
cgroot=/sys/fs/cgroup
if [[ ! -f $cgroot/cgroup.procs ]]; then
    mount -t cgroup2 cgroup2 "$cgroot" 2>/dev/null || bench_die "cannot mount cgroup2 on $cgroot"
fi
cgroups=()
cg_cleanup() {
    local g
    for g in "${cgroups[@]}"; do
        [[ -d $g ]] || continue
        echo 1 > "$g/cgroup.kill" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do rmdir "$g" 2>/dev/null && break; sleep 0.1; done
    done
    cgroups=()
}
trap 'cg_cleanup; bench_cleanup' EXIT

bench_build
bench_javac "$bench_root/scripts/bench/ch27-Load.java"
client_java=$(bench_java_of "$bench_java17")

needs_n() { [[ $1 =~ ^serv0[2-57-9]m?$ ]]; } # preforked and prethreaded servers take <#children>
label() {
    case $1 in
        serv00) echo "iterative (baseline)" ;;
        serv01) echo "fork per client" ;;
        serv02) echo "prefork, no locking" ;;
        serv02m) echo "prefork, no locking, metered" ;;
        serv03) echo "prefork, fcntl lock" ;;
        serv03m) echo "prefork, fcntl lock, metered" ;;
        serv04) echo "prefork, pthread mutex lock" ;;
        serv05) echo "prefork, descriptor passing" ;;
        serv06) echo "thread per client" ;;
        serv07) echo "prethreaded, mutex around accept" ;;
        serv08) echo "prethreaded, main thread accepts" ;;
        serv09) echo "prethreaded, no locking" ;;
    esac
}
langname() { case $1 in c) echo C ;; j*) echo "Java ${1#j}" ;; esac; }

# start LANG DESIGN CGROUP OUTFILE: the server in its own cgroup; sets bench_started
start() {
    local lang=$1 d=$2 g=$3 out=$4 args=("$port")
    needs_n "$d" && args+=("$nchild")
    case $lang in
        c)
            bash -c 'echo $$ > "$1/cgroup.procs"; shift 2; exec "$@"' _ "$g" - "$bench_c/server/$d" "${args[@]}" > "$out" 2>&1 &
            ;;
        j*)
            local home=$bench_java17
            [[ $lang == j25 ]] && home=$bench_java25
            (
                if [[ -n $home ]]; then export JAVA_HOME=$home; else unset JAVA_HOME; fi
                exec bash -c 'echo $$ > "$1/cgroup.procs"; shift 2; exec "$@"' _ "$g" - "$bench_unp" "server/$d" "${args[@]}"
            ) > "$out" 2>&1 &
            ;;
    esac
    bench_started=$!
    bench_pids+=("$bench_started")
}

# stop PID: SIGINT (the book's way to end a server: pr_cpu_time) and wait up to 60 s
stop() {
    local i
    kill -INT "$1" 2>/dev/null || true
    for ((i = 0; i < 600; i++)); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$1" 2>/dev/null && bench_die "the server (pid $1) did not end within 60 s of SIGINT"
    wait "$1" 2>/dev/null || true
    bench_forget "$1"
}

# pr_cpu_time OUTFILE: user + sys seconds of the "user time = U, sys time = S" line, or ""
pr_cpu_time() {
    awk -F'[=,]' '/^user time = / { printf "%.6f", $2 + $4; found = 1 } END { if (!found) print "" }' "$1"
}

new_cgroup() {
    local g=$cgroot/unp-$bench_name-$$-$1
    mkdir "$g" || bench_die "cannot make the cgroup $g"
    cgroups+=("$g")
    echo "$g"
}
drop_cgroup() {
    echo 1 > "$1/cgroup.kill" 2>/dev/null || true
    local i
    for ((i = 0; i < 50; i++)); do rmdir "$1" 2>/dev/null && break; sleep 0.1; done
    local keep=() x
    for x in "${cgroups[@]}"; do [[ $x == "$1" ]] || keep+=("$x"); done
    cgroups=("${keep[@]}")
}

declare -A vals # ["load|design|lang|metric"] = "value value ..." (one per round)
seq=0

# loops_of DESIGN LOADLOOPS / warm_of DESIGN: serv01's are capped (a JVM per connection)
loops_of() { if [[ $1 == serv01 ]] && (($2 > serv01_loops)); then echo "$serv01_loops"; else echo "$2"; fi; }
warm_of() { if [[ $1 == serv01 ]] && ((warm > serv01_warm)); then echo "$serv01_warm"; else echo "$warm"; fi; }

# book_client VAR CHILDREN LOOPS BYTES: one run of the book's client (C or its Java port), its
# output in VAR; fails unless every child printed "child N done" (a child that got a short reply
# says "server returned N bytes" and exits 1, but the parent still exits 0)
book_client() {
    local -n book_out=$1
    local args=(127.0.0.1 "$port" "$2" "$3" "$4")
    if [[ $client == c ]]; then
        bench_capture book_out timeout 3600 "$bench_c/server/client" "${args[@]}" || return 1
    else
        bench_capture book_out timeout 3600 "$bench_unp" server/client "${args[@]}" || return 1
    fi
    (($(grep -c '^child [0-9]* done$' <<< "$book_out") == $2))
}

# book_client_run VAR CGROUP CHILDREN WARM LOOPS BYTES: the warm-up, then the measured run with
# the cgroup's CPU read around it; VAR gets the key=value line Ch27Load prints (no latency)
book_client_run() {
    local -n run_out=$1
    local g=$2 kids=$3 w=$4 loops=$5 bytes=$6 out c0 c1 t0 t1
    book_client out "$kids" "$w" "$bytes" || { run_out=$out; return 1; }
    c0=$(awk '$1 == "usage_usec" { print $2 }' "$g/cpu.stat")
    t0=$(date +%s%N)
    book_client out "$kids" "$loops" "$bytes" || { run_out=$out; return 1; }
    t1=$(date +%s%N)
    c1=$(awk '$1 == "usage_usec" { print $2 }' "$g/cpu.stat")
    run_out="conns=$((kids * loops)) warm=$((kids * w)) wall_ms=$(((t1 - t0) / 1000000)) cpu_usec=$((c1 - c0))"
}

# one_run LANG DESIGN LOAD ROUND
one_run() {
    local lang=$1 d=$2 load=$3 r=$4 kids loops bytes g out res w
    IFS=x read -r kids loops bytes <<< "$load"
    loops=$(loops_of "$d" "$loops")
    w=$(warm_of "$d")
    seq=$((seq + 1))
    g=$(new_cgroup "$seq")
    out=$(mktemp "${TMPDIR:-/tmp}/unp-bench.XXXXXX")
    bench_tmps+=("$out")
    start "$lang" "$d" "$g" "$out"
    local pid=$bench_started
    bench_await_listening "$port" "$pid"
    if [[ $client == load ]]; then
        bench_capture res timeout 3600 "$client_java" -cp "$bench_out" Ch27Load 127.0.0.1 "$port" "$kids" "$w" "$loops" "$bytes" "$g" ||
            bench_die "the client failed against $(langname "$lang") $d ($load): $res"
    else
        book_client_run res "$g" "$kids" "$w" "$loops" "$bytes" ||
            bench_die "the book's client failed against $(langname "$lang") $d ($load): $res"
    fi
    sleep 0.5 # let the last children end and be reaped
    stop "$pid"
    local whole cg_total
    whole=$(pr_cpu_time "$out")
    cg_total=$(awk '$1 == "usage_usec" { print $2 }' "$g/cpu.stat")
    [[ -n $whole ]] || bench_die "$(langname "$lang") $d printed no CPU time at SIGINT: $(head -c 500 "$out")"
    drop_cgroup "$g"
    rm -f "$out"
    printf '# round %s, %s, %s %s: %s whole_s=%s cgroup_total_usec=%s\n' "$r" "$load" "$(langname "$lang")" "$d" "$res" "$whole" "$cg_total" >&2
    local conns total kv
    total=$((kids * (w + loops)))
    vals["$load|$d|$lang|whole"]+="$(awk -v w="$whole" -v n="$total" 'BEGIN { printf "%.1f", w * 1e6 / n }') "
    for kv in $res; do
        case ${kv%%=*} in
            conns) conns=${kv#*=} ;;
            cpu_usec) vals["$load|$d|$lang|steady"]+="$(awk -v c="${kv#*=}" -v n="$conns" 'BEGIN { printf "%.1f", c / n }') " ;;
            lat_med_us) vals["$load|$d|$lang|med"]+="$(awk -v v="${kv#*=}" 'BEGIN { printf "%.3f", v / 1000 }') " ;;
            lat_p99_us) vals["$load|$d|$lang|p99"]+="$(awk -v v="${kv#*=}" 'BEGIN { printf "%.3f", v / 1000 }') " ;;
        esac
    done
    vals["$load|$d|$lang|wholetotal"]+="$whole "
}

# idle_run LANG DESIGN: the Java server started (children or threads up), then SIGINT
idle_run() {
    local lang=$1 d=$2 g out i
    seq=$((seq + 1))
    g=$(new_cgroup "$seq")
    out=$(mktemp "${TMPDIR:-/tmp}/unp-bench.XXXXXX")
    bench_tmps+=("$out")
    start "$lang" "$d" "$g" "$out"
    local pid=$bench_started
    bench_await_listening "$port" "$pid"
    if needs_n "$d"; then
        for ((i = 0; i < 600; i++)); do
            (($(grep -c ' starting$' "$out" || true) >= nchild)) && break
            sleep 0.1
        done
    fi
    sleep 0.5
    stop "$pid"
    local whole
    whole=$(pr_cpu_time "$out")
    [[ -n $whole ]] || bench_die "$(langname "$lang") $d printed no CPU time at SIGINT (idle run)"
    drop_cgroup "$g"
    rm -f "$out"
    printf '# idle, %s %s: whole_s=%s\n' "$(langname "$lang")" "$d" "$whole" >&2
    vals["idle|$d|$lang|whole"]+="$whole "
}

med() { # key: median over the rounds, "" if none
    local v=${vals["$1"]:-}
    [[ -n $v ]] || return 0
    # shellcheck disable=SC2086
    bench_median $v
}
fmt() { [[ -n $1 ]] && printf '%s' "$1" || printf -- '-'; }

header() {
    printf '# machine: %s CPUs, %s, load average %s\n' "$(nproc)" "$(uname -srm)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    local j
    for j in "${javas[@]}"; do
        local h=$bench_java17
        [[ $j == 25 ]] && h=$bench_java25
        printf '# java %s: %s\n' "$j" "$(bench_java_version "$h")"
    done
    [[ -n $bench_c ]] && printf '# C originals: %s\n' "$bench_c"
    printf '# %s round(s); %s children/threads for the preforked and prethreaded servers; %s warm-up connections per client child\n' \
        "$rounds" "$nchild" "$warm"
    case $client in
        load) printf '# client: scripts/bench/ch27-Load.java\n' ;;
        c) printf "# client: the book's, C (%s/server/client; no latency measured)\n" "$bench_c" ;;
        java) printf "# client: the book's, its Java port (scripts/unp server/client; no latency measured)\n" ;;
    esac
}
header >&2

for ((r = 1; r <= rounds; r++)); do
    for lang in "${langs[@]}"; do
        [[ $lang == c ]] && continue
        for d in "${designs[@]}"; do idle_run "$lang" "$d"; done
    done
    for load in "${loads[@]}"; do
        for d in "${designs[@]}"; do
            for lang in "${langs[@]}"; do one_run "$lang" "$d" "$load" "$r"; done
        done
    done
done

# --- the table ---------------------------------------------------------------------------------
table() {
    header | sed 's/^# /> /'
    local load lang d
    jl=()
    for lang in "${langs[@]}"; do [[ $lang == c ]] || jl+=("$lang"); done
    for load in "${loads[@]}"; do
        local kids loops bytes
        IFS=x read -r kids loops bytes <<< "$load"
        printf '\n### client 127.0.0.1 %s %s %s %s (%s connections measured, after %s warm-up)\n\n' "$port" "$kids" "$loops" "$bytes" \
            "$((kids * loops))" "$((kids * warm))"
        if [[ $client == load ]]; then
            printf 'CPU in microseconds per connection (server + children); latency in ms, connect to first byte.\n\n'
        else
            printf "CPU in microseconds per connection (server + children); the book's client measures no latency.\n\n"
        fi
        local h="| server | design"
        local s="|---|---"
        local m
        for m in "whole" "control" "steady"; do
            for lang in "${langs[@]}"; do h+=" | $m $(langname "$lang")"; s+="|---:"; done
            if [[ -n $bench_c ]]; then for lang in "${jl[@]}"; do h+=" | $m $(langname "$lang") / C"; s+="|---:"; done; fi
        done
        for lang in "${langs[@]}"; do h+=" | latency med / p99 $(langname "$lang")"; s+="|---:"; done
        printf '%s |\n%s|\n' "$h" "$s"
        for d in "${designs[@]}"; do
            local row="| $d | $(label "$d")"
            [[ $d == serv01 && $(loops_of serv01 "$loops") != "$loops" ]] &&
                row+=" ($((kids * $(loops_of serv01 "$loops"))) connections, after $((kids * $(warm_of serv01))))"
            for m in whole control steady; do
                for lang in "${langs[@]}"; do row+=" | $(fmt "$(metric "$load" "$d" "$lang" "$m")")"; done
                if [[ -n $bench_c ]]; then
                    for lang in "${jl[@]}"; do
                        row+=" | $(bench_ratio "$(metric "$load" "$d" "$lang" "$m")" "$(metric "$load" "$d" c "$m")")"
                    done
                fi
            done
            for lang in "${langs[@]}"; do
                row+=" | $(fmt "$(med "$load|$d|$lang|med")") / $(fmt "$(med "$load|$d|$lang|p99")")"
            done
            printf '%s |\n' "$row"
        done
        goals "$load"
    done
    printf '\n> load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

metric() { # load design lang whole|control|steady
    case $4 in
        control)
            local a b
            a=$(med "$1|$2|$3|whole")
            b=$(med "$1|serv00|$3|whole")
            [[ -n $a && -n $b ]] && awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", a - b }'
            ;;
        *) med "$1|$2|$3|$4" ;;
    esac
}

goals() { # load
    [[ -n $bench_c ]] || return 0
    local load=$1 kids loops bytes lang d
    IFS=x read -r kids loops bytes <<< "$load"
    printf '\nGoals (each Java against C):\n\n'
    for lang in "${jl[@]}"; do
        local name
        name=$(langname "$lang")
        for d in "${designs[@]}"; do
            local cs js cw jw idle line
            cs=$(med "$load|$d|c|steady")
            js=$(med "$load|$d|$lang|steady")
            cw=$(med "$load|$d|c|wholetotal")
            jw=$(med "$load|$d|$lang|wholetotal")
            idle=$(med "idle|$d|$lang|whole")
            if [[ $d == serv01 ]]; then
                local start0 startn child
                start0=$(med "idle|serv00|$lang|whole")
                startn=$(med "idle|serv02|$lang|whole")
                if [[ -n $start0 && -n $startn ]]; then
                    child=$(awk -v a="$startn" -v b="$start0" -v n="$nchild" 'BEGIN { printf "%.1f", (a - b) * 1e6 / n }')
                    line=$(awk -v j="$js" -v c="$cs" -v s="$child" 'BEGIN {
                        printf "steady %.1f us/conn <= one child JVM start (%.1f) + C (%.1f) = %.1f: %s", j, s, c, s + c, (j <= s + c ? "met" : "MISSED") }')
                else
                    line="needs the idle runs of serv00 and serv02 (BENCH_SERVERS) for a child JVM's start"
                fi
                printf -- '- %s %s (a JVM per client): %s\n' "$name" "$d" "$line"
                continue
            fi
            line=$(awk -v j="$js" -v c="$cs" 'BEGIN { if (c == "" || j == "") print "-"; else printf "steady %.2fx C (goal <= 1.2): %s", j / c, (j <= 1.2 * c ? "met" : "MISSED") }')
            if [[ -n $idle && -n $jw && -n $cw ]]; then
                line+=$(awk -v j="$jw" -v c="$cw" -v i="$idle" 'BEGIN {
                    printf "; whole run %.3f s <= JVM starts (idle run: %.3f s) + 1.2 x C (%.3f s) = %.3f s: %s", j, i, c, i + 1.2 * c, (j <= i + 1.2 * c ? "met" : "MISSED") }')
            fi
            printf -- '- %s %s: %s\n' "$name" "$d" "$line"
        done
    done
}

if [[ -n ${BENCH_TABLE:-} ]]; then
    table | tee "$BENCH_TABLE"
else
    table
fi
