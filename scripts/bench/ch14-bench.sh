#!/bin/sh
# Chapter 14 benchmark: echo latency and throughput over TCP loopback, a Unix-domain stream
# socket and a Unix-domain SOCK_SEQPACKET socket, with one echo server and client written on
# unp-lib (scripts/bench/ch14-UnixEchoBench.java); then the book's own echo programs
# (unixstrserv01/unixstrcli01 against tcpserv01/tcpcli01) moving the same file of lines.
# Everything runs in a private network namespace and a private /tmp (needs root, iproute2,
# util-linux). Usage, from the repository root after `./mvnw -o -q package -DskipTests`:
#   scripts/bench/ch14-bench.sh [seconds per throughput run, default 5]
# docs/chapter14.md records the results.
set -eu
cd "$(dirname "$0")/../.."
SECS=${1:-5}
JAVA=${JAVA:-java}
T=unp-examples/target
CP="$PWD/$T/unp-examples.jar:$(sed "s#[^:]*#$PWD/$T/&#g" $T/classpath.txt)"
FLAGS="-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Djnr.ffi.asm.enabled=false"
NS=unp-bench-ch14-$$
ip netns add $NS
ip -n $NS link set lo up
cleanup() { ip netns del $NS; }
trap cleanup EXIT INT TERM

# The rest runs inside the namespace with its own /tmp.
ip netns exec $NS unshare -m --propagation private env JAVA="$JAVA" CP="$CP" FLAGS="$FLAGS" SECS="$SECS" \
    ROOT="$PWD" sh -eu -c '
mount -t tmpfs unp-bench /tmp
B="$JAVA $FLAGS -cp $CP $ROOT/scripts/bench/ch14-UnixEchoBench.java"
srv=
stop() { [ -n "$srv" ] && kill $srv 2>/dev/null; wait $srv 2>/dev/null || true; srv=; }
trap stop EXIT
for t in tcp stream seqpacket; do
    if [ $t = tcp ]; then a=9900; else a=/tmp/bench.$t; fi
    $B server $t $a & srv=$!
    $B latency $t $a 20000
    $B throughput $t $a $SECS 1024
    $B throughput $t $a $SECS 16384
    stop
done

# the book programs: 20000 lines of 100 bytes through str_cli (one line, then its echo)
awk "BEGIN { for (i = 0; i < 20000; i++) printf \"%099d\n\", i }" > /tmp/lines
U="$JAVA $FLAGS -XX:TieredStopAtLevel=1 -cp $CP io.unp.examples.Main"
for pair in "tcpcliserv/tcpserv01 tcpcliserv/tcpcli01 127.0.0.1" "unixdomain/unixstrserv01 unixdomain/unixstrcli01"; do
    set -- $pair
    $U $1 >/dev/null & srv=$!
    i=0
    until { ss -tlnH; ss -xlnH; } 2>/dev/null | grep -q -e ":9877 " -e "/tmp/unix.str "; do i=$((i+1)); [ $i -lt 200 ] || exit 1; sleep 0.05; done
    start=$(date +%s.%N)
    $U $2 ${3:-} < /tmp/lines > /tmp/echoed
    end=$(date +%s.%N)
    cmp -s /tmp/lines /tmp/echoed || { echo "$2: echoed lines differ" >&2; exit 1; }
    echo "$2 <-> $1: 20000 lines of 100 bytes in $(awk "BEGIN { printf \"%.2f\", $end - $start }") s"
    stop
done
'
