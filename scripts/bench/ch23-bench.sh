#!/bin/sh
# Chapter 23 benchmark: the threaded echo server at 10,000 connections, one thread per client:
# the book's port (threads/tcpserv02: platform threads blocking in native read through unp-lib)
# against the same server on JDK sockets with platform threads and with virtual threads
# (scripts/bench/ch23-ThreadEchoServer.java). Runs over loopback in a private network
# namespace (needs root and iproute2) on Java 21 or later (JAVA, default: temurin 25).
# Usage, from the repository root after ./mvnw -o -q -DskipTests package:
#   scripts/bench/ch23-bench.sh [connections, default 10000] [seconds, default 10]
# C_TCPSERV=/path/to/a/C/threaded/echo/server (taking the port as its argument) adds it to the
# runs, for reference (the 2nd edition's threads/tcpserv01 crashes on Linux: see chapter23.md);
# SERVERS="tcpserv02 c" runs only those.
# For each server prints its resident memory and thread count idle and with every connection
# open, and the echo rate the one-thread client of ch23-ManyClients.java measured (every
# connection sends a 32-byte line, waits for all the echoes, again). docs/chapter23.md
# records the results.
set -eu
cd "$(dirname "$0")/../.."
N=${1:-10000}
SECS=${2:-10}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
T=unp-examples/target
CP="$T/unp-examples.jar:$(sed "s#[^:]*#$T/&#g" $T/classpath.txt)"
FLAGS="-XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
NS=unp-bench-ch23-$$
TMP=$(mktemp -d)
ip netns add $NS
ip -n $NS link set lo up
# four servers one after another leave up to 40,000 client ports in TIME_WAIT
ip netns exec $NS sysctl -q -w net.ipv4.ip_local_port_range="1024 65000" net.ipv4.tcp_tw_reuse=1
srv=
cli=
cleanup() {
    set +e
    [ -n "$cli" ] && kill $cli 2>/dev/null
    [ -n "$srv" ] && kill $srv 2>/dev/null
    wait 2>/dev/null
    ip netns del $NS
    rm -rf "$TMP"
}
trap cleanup EXIT INT TERM
status() { awk -v k="$2:" '$1 == k { print $2 }' /proc/$1/status; }
ulimit -n "$(ulimit -Hn)"
$JAVA -version 2>&1 | head -1
# compiled first, so that no server carries the source launcher's compiler in its memory
"$(dirname "$JAVA")/javac" -d "$TMP/classes" scripts/bench/ch23-ThreadEchoServer.java scripts/bench/ch23-ManyClients.java
for server in ${SERVERS:-tcpserv02 jdk-platform jdk-virtual ${C_TCPSERV:+c}}; do
    case $server in
        tcpserv02) ip netns exec $NS $JAVA $FLAGS -cp "$CP" io.unp.examples.Main threads/tcpserv02 9877 & srv=$! ;;
        jdk-platform) ip netns exec $NS $JAVA -cp "$TMP/classes" ThreadEchoServer platform & srv=$! ;;
        jdk-virtual) ip netns exec $NS $JAVA -cp "$TMP/classes" ThreadEchoServer virtual & srv=$! ;;
        c) ip netns exec $NS "$C_TCPSERV" 9877 & srv=$! ;;
    esac
    i=0; until ip netns exec $NS ss -tlnH 'sport = :9877' | grep -q 9877; do i=$((i+1)); [ $i -lt 400 ] || exit 1; sleep 0.05; done
    sleep 1
    echo "== $server: idle RSS $(status $srv VmRSS) kB, $(status $srv Threads) threads"
    rm -f "$TMP/in"; mkfifo "$TMP/in"
    ip netns exec $NS $JAVA -cp "$TMP/classes" ManyClients $N $SECS < "$TMP/in" > "$TMP/out" 2>&1 & cli=$!
    exec 3>"$TMP/in"
    i=0; until grep -q holding "$TMP/out"; do
        i=$((i+1)); { [ $i -lt 3000 ] && kill -0 $cli 2>/dev/null; } || { cat "$TMP/out"; exit 1; }; sleep 0.1
    done
    grep -v holding "$TMP/out"
    echo "   with $N connections: RSS $(status $srv VmRSS) kB (peak $(status $srv VmHWM) kB), $(status $srv Threads) threads"
    exec 3>&-
    wait $cli; cli=
    kill $srv; wait $srv 2>/dev/null || true; srv=
done
