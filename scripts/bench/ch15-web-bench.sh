#!/bin/sh
# Chapter 15 benchmark (beyond the book): nonblock/web fetching 100 files from python3's
# http.server, one connection at a time against several at once, in a private network
# namespace (needs root, iproute2 and python3). Usage, from the repository root after
# `./mvnw -o -q package -DskipTests`:
#   scripts/bench/ch15-web-bench.sh [delay...]     # default delays: 0 0.02 0.1 (seconds per GET)
# RUNS=5 runs per case (median printed); CONNS="1 2 5 10 20"; C_WEB=/path/to/the/C/web adds the
# C original (its MAXFILES is 20, so it gets the first 20 files only, and so does its Java line).
# One line per case: delay, #conns, median wall ms of the whole program (JVM start included),
# the most connections the server had open at once. docs/chapter15.md records the results.
set -eu
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
CONNS=${CONNS:-"1 2 5 10 20"}
DELAYS=${*:-"0 0.02 0.1"}
SERVER=unp-tests/src/test/resources/io/unp/tests/ch15/http_server.py
NS=unp-bench-ch15-$$
WWW=$(mktemp -d)
ip netns add $NS
ip -n $NS link set lo up
srv=
cleanup() { set +e; [ -n "$srv" ] && kill $srv 2>/dev/null; wait 2>/dev/null; ip netns del $NS; rm -rf "$WWW"; }
trap cleanup EXIT INT TERM

python3 - "$WWW" <<'PY'
import sys
d = sys.argv[1]
open(d + "/index.html", "w").write("<html>home</html>\n" * 100)
for i in range(1, 101):
    open("%s/f%03d" % (d, i), "wb").write(bytes([97 + i % 26]) * (2000 * i))  # 2 KB .. 200 KB, 10 MB in all
PY
FILES=$(i=1; while [ $i -le 100 ]; do printf '/f%03d ' $i; i=$((i+1)); done)
FILES20=$(i=1; while [ $i -le 20 ]; do printf '/f%03d ' $i; i=$((i+1)); done)

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# run_case LABEL DELAY CONNS COMMAND...: RUNS runs, each against a fresh server
run_case() {
    label=$1 delay=$2 conns=$3; shift 3
    out=$(mktemp)
    times=
    most=0
    for r in $(seq "$RUNS"); do
        : > "$out"
        ip netns exec $NS python3 "$SERVER" "$WWW" 80 "$delay" > "$out" & srv=$!
        i=0; until grep -q ready "$out"; do i=$((i+1)); [ $i -lt 200 ] || exit 1; sleep 0.05; done
        t0=$(ms)
        ip netns exec $NS "$@" > /dev/null
        times="$times $(( $(ms) - t0 ))"
        sleep 0.2; kill $srv; wait $srv 2>/dev/null || true; srv=
        m=$(sed -n 's/^max //p' "$out" | sort -n | tail -1)
        [ "${m:-0}" -gt "$most" ] && most=$m
    done
    printf '%-10s delay %-5s conns %-3s median %6s ms   server max %s   (runs:%s)\n' \
        "$label" "$delay" "$conns" "$(echo $times | tr ' ' '\n' | median)" "$most" "$times"
    rm -f "$out"
}

for d in $DELAYS; do
    for c in $CONNS; do
        run_case java-100 "$d" "$c" env UNP_NO_BUILD=1 UNP_WEB_MAXFILES=100 scripts/unp nonblock/web "$c" 127.0.0.1 /index.html $FILES
    done
    if [ -n "${C_WEB:-}" ]; then
        for c in $CONNS; do
            run_case java-20 "$d" "$c" env UNP_NO_BUILD=1 scripts/unp nonblock/web "$c" 127.0.0.1 /index.html $FILES20
            run_case c-20 "$d" "$c" "$C_WEB" "$c" 127.0.0.1 /index.html $FILES20
        done
    fi
done
