#!/usr/bin/env bash
# scripts/bench/ch20-rtt-loss.sh: the RTT library of section 20.5 under loss (a benchmark, not a
# test): how many requests complete, how many retransmissions and how long it takes, for each
# loss rate.
#
#   scripts/bench/ch20-rtt-loss.sh
#   BENCH_REQUESTS=10 BENCH_LOSSES="0 30" BENCH_DELAY=50 scripts/bench/ch20-rtt-loss.sh
#
# On a lab network of its own (scripts/lab, LAB_PREFIX=rttbench<pid>, taken down on exit): a
# python3 echo server on bsdi (scripts/lab.d/echod.py, port 7) whose link holds every frame
# BENCH_DELAY ms each way (default 100, so an RTT of about 0.2 s), and, for each loss rate of
# BENCH_LOSSES (percent, default "0 10 20 30 40 50"), nftables on bsdi dropping that share of
# the requests at random (BENCH_BOTH_WAYS=1: also of the replies, on aix). The client, on aix, is
# scripts/bench/ch20-RttBench.java: BENCH_REQUESTS (default 20) requests through unp-lib's
# dg_send_recv, going on to the next request after a give-up. Prints a Markdown table: requests
# completed, given up, retransmissions, total time, mean and max time per request, largest RTO.
# Needs root, iproute2, nftables, python3 and a JDK; builds the project if needed.
set -euo pipefail

bench_name=ch20-rtt-loss
bench_self=$(readlink -f -- "${BASH_SOURCE[0]}")
# shellcheck source=common.sh
source "${bench_self%/*}/common.sh"
requests=${BENCH_REQUESTS:-20}
delay=${BENCH_DELAY:-100}
read -r -a losses <<< "${BENCH_LOSSES:-0 10 20 30 40 50}"
for n in "$requests" "$delay" "${losses[@]}"; do
    [[ $n =~ ^[0-9]+$ ]] || bench_die "BENCH_REQUESTS, BENCH_DELAY and BENCH_LOSSES take whole numbers"
done
[[ $(id -u) == 0 ]] || bench_die "needs root (network namespaces)"
command -v nft >/dev/null || bench_die "needs nftables (apt-get install nftables)"

lab=$bench_root/scripts/lab
export LAB_PREFIX=rttbench$$
trap '"$lab" down >/dev/null 2>&1 || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$bench_unp" list >/dev/null || bench_die "the build failed (scripts/unp list)"
target=$bench_root/unp-examples/target
cp=$target/unp-examples.jar
IFS=: read -r -a entries < "$target/classpath.txt" || true
for e in "${entries[@]}"; do cp+=:$target/$e; done
bench_javac_cp() {
    local javac
    javac=$(dirname "$(readlink -f "$(bench_java_of "$bench_java17")")")/javac
    mkdir -p "$bench_out"
    "$javac" --release 17 -nowarn -cp "$cp" -d "$bench_out" "$bench_root/scripts/bench/ch20-RttBench.java" ||
        bench_die "javac failed"
}
bench_javac_cp
java=$(bench_java_of "$bench_java17")

"$lab" up >/dev/null
"$lab" run bsdi python3 "$bench_root/scripts/lab.d/echod.py" >/dev/null 2>&1 &
"$lab" delay bsdi "$delay" >/dev/null
sleep 0.5

work=$(mktemp -d)
trap '"$lab" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
printf '# %s requests per row to an echo server %s ms away each way (RTT about %s s); java %s\n' \
    "$requests" "$delay" "$(awk -v d="$delay" 'BEGIN { printf "%.1f", 2 * d / 1000 }')" "$(bench_java_version "$bench_java17")"
printf '# loss: requests dropped at random by nftables on the server%s\n\n' "${BENCH_BOTH_WAYS:+, and replies on the client}"
printf '| loss | completed | gave up | retransmissions | total time (s) | mean per request (s) | max per request (s) | largest RTO (s) |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for loss in "${losses[@]}"; do
    "$lab" loss bsdi "$loss" --udp 7 >/dev/null
    if [[ -n ${BENCH_BOTH_WAYS:-} ]]; then "$lab" loss aix "$loss" >/dev/null; fi
    start=$(date +%s.%N)
    "$lab" run aix "$java" -XX:+IgnoreUnrecognizedVMOptions --enable-native-access=ALL-UNNAMED \
        --sun-misc-unsafe-memory-access=allow -Djnr.ffi.asm.enabled=false -XX:TieredStopAtLevel=1 \
        -cp "$bench_out:$cp" RttBench "$("$lab" addr bsdi)" "$requests" >"$work/out" 2>"$work/err" ||
        bench_die "the client failed: $(tail -3 "$work/err")"
    end=$(date +%s.%N)
    completed=$(grep -c ' ok ' "$work/out" || true)
    gaveup=$(grep -c ' gave-up ' "$work/out" || true)
    rexmt=$(grep -c 'timeout, retransmitting' "$work/err" || true)
    mean=$(awk '{ s += $3 } END { if (NR) printf "%.2f", s / NR / 1000 }' "$work/out")
    max=$(awk '$3 > m { m = $3 } END { printf "%.2f", m / 1000 }' "$work/out")
    rto=$(grep -o 'rto = [0-9.]*' "$work/err" | awk '$3 > m { m = $3 } END { printf "%.3f", m }')
    printf '| %s%% | %s | %s | %s | %.1f | %s | %s | %s |\n' "$loss" "$completed" "$gaveup" "$rexmt" \
        "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$mean" "$max" "$rto"
done
