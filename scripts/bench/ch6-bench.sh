#!/bin/sh
# Chapter 6 benchmark: tcpservpoll01 against a plain java.nio echo server, over loopback in a
# private network namespace (needs root and iproute2). Usage, from the repository root after
# `mvn -o -q package -DskipTests`:
#   scripts/bench/ch6-bench.sh            # both servers, latency then throughput
# Prints one line per measurement; docs/performance-ch6.md records the results.
set -eu
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-java}
T=unp-examples/target
CP="$T/unp-examples.jar:$(sed "s#[^:]*#$T/&#g" $T/classpath.txt)"
FLAGS="-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Djnr.ffi.asm.enabled=false"
NS=unp-bench-ch6-$$
ip netns add $NS
ip -n $NS link set lo up
srv=
cleanup() { set +e; [ -n "$srv" ] && kill $srv 2>/dev/null; wait 2>/dev/null; ip netns del $NS; }
trap cleanup EXIT INT TERM
for server in tcpservpoll01 nio; do
    if [ $server = nio ]; then
        ip netns exec $NS $JAVA scripts/bench/ch6-NioEchoServer.java & srv=$!
    else
        # the launcher's flags (scripts/unp), and the server's JIT left at its default tiers
        ip netns exec $NS $JAVA $FLAGS -cp "$CP" io.unp.examples.Main tcpcliserv/$server & srv=$!
    fi
    i=0; until ip netns exec $NS ss -tlnH 'sport = :9877' | grep -q 9877; do i=$((i+1)); [ $i -lt 200 ] || exit 1; sleep 0.05; done
    echo "== $server"
    ip netns exec $NS $JAVA scripts/bench/ch6-EchoBench.java latency 20000
    ip netns exec $NS $JAVA scripts/bench/ch6-EchoBench.java throughput 5 1024
    ip netns exec $NS $JAVA scripts/bench/ch6-EchoBench.java throughput 5 100
    kill $srv; wait $srv 2>/dev/null || true; srv=
done
