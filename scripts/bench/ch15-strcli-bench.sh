#!/bin/sh
# Chapter 15 benchmark: the book's comparison of str_cli versions at the end of section 15.2
# (stop-and-wait, select with blocking I/O, nonblocking, fork), here with 2000 lines through a
# slow echo server (python3: at most 4096 bytes per DELAY seconds) in a private network
# namespace whose TCP buffers are 8 KiB (needs root, iproute2, python3). Usage, from the
# repository root after `./mvnw -o -q package -DskipTests`:
#   scripts/bench/ch15-strcli-bench.sh
# DELAY=0.005, RUNS=5 (median printed); C_DIR=/path/to/a/built/unpv12e adds the C originals
# (nonblock/tcpcli02 and tcpcli01, select/tcpcli02, tcpcliserv/tcpcli01).
# One line per client: median wall ms of the whole program (JVM start included), over the
# runs that finished; a run still going after LIMIT=30 seconds is killed and counted as stalled
# (a blocking client and this synchronous echo server can deadlock, each stuck in a write to
# the other: docs/chapter15.md), and a run whose output differs from its input is counted as
# lost (the second edition's C tcpcli02 sends its FIN too early and dies of SIGPIPE).
# docs/chapter15.md records the results.
set -eu
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
DELAY=${DELAY:-0.005}
SERVER=unp-tests/src/test/resources/io/unp/tests/ch15/slow_echo.py
NS=unp-bench-ch15s-$$
TMP=$(mktemp -d)
ip netns add $NS
ip -n $NS link set lo up
ip netns exec $NS sysctl -q -w net.ipv4.tcp_wmem="4096 8192 8192" net.ipv4.tcp_rmem="4096 8192 8192"
srv=
cleanup() { set +e; [ -n "$srv" ] && kill $srv 2>/dev/null; wait 2>/dev/null; ip netns del $NS; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

python3 -c '
for i in range(1, 2001):
    print("line %04d: the quick brown fox jumps over the lazy dog" % i)' > "$TMP/2000.lines"
: > "$TMP/srv.out"
ip netns exec $NS python3 "$SERVER" "$DELAY" 4096 7 9877 > "$TMP/srv.out" & srv=$!
i=0; until grep -q ready "$TMP/srv.out"; do i=$((i+1)); [ $i -lt 200 ] || exit 1; sleep 0.05; done

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# run_case LABEL COMMAND...: RUNS runs; times of the runs whose output equals the input
run_case() {
    label=$1; shift
    times=
    stalled=0
    lost=0
    for r in $(seq "$RUNS"); do
        t0=$(ms)
        st=0
        ip netns exec $NS timeout -s KILL "${LIMIT:-30}" "$@" 127.0.0.1 < "$TMP/2000.lines" > "$TMP/out" 2> /dev/null || st=$?
        if [ $st -eq 137 ]; then stalled=$((stalled+1)); continue; fi
        t=$(( $(ms) - t0 ))
        if cmp -s "$TMP/out" "$TMP/2000.lines"; then times="$times $t"; else lost=$((lost+1)); fi
    done
    printf '%-40s median %6s ms   stalled %s/%s   lost %s/%s   (runs:%s)\n' "$label" \
        "$(echo ${times:-0} | tr ' ' '\n' | median)" "$stalled" "$RUNS" "$lost" "$RUNS" "$times"
}

J="env UNP_NO_BUILD=1 scripts/unp"
run_case "java nonblock/tcpcli02 (nonblocking)" $J nonblock/tcpcli02
run_case "java nonblock/tcpcli01 (fork)" $J nonblock/tcpcli01
run_case "java select/tcpcli02 (select+blocking)" $J select/tcpcli02
[ "$RUNS" -gt 1 ] && R=$RUNS && RUNS=1
run_case "java tcpcliserv/tcpcli01 (stop-and-wait)" $J tcpcliserv/tcpcli01
RUNS=${R:-$RUNS}
if [ -n "${C_DIR:-}" ]; then
    run_case "C nonblock/tcpcli02 (nonblocking)" "$C_DIR/nonblock/tcpcli02"
    run_case "C nonblock/tcpcli01 (fork)" "$C_DIR/nonblock/tcpcli01"
    run_case "C select/tcpcli02 (select+blocking)" "$C_DIR/select/tcpcli02"
    RUNS=1
    run_case "C tcpcliserv/tcpcli01 (stop-and-wait)" "$C_DIR/tcpcliserv/tcpcli01"
fi
