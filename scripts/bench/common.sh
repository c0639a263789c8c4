# scripts/bench/common.sh: helpers shared by scripts/bench-startup and scripts/bench/*.sh.
# Sourced, never run. The caller sets bench_name (for messages and the namespace name) and
# bench_self (its own absolute path) before sourcing.
#
# Every benchmark runs inside a private network namespace that it makes itself (only `lo`, so
# all traffic stays on 127.0.0.1 of that namespace) and deletes on exit, failure or ^C; the
# processes it starts are killed by pid on the way out.

bench_root=$(readlink -f -- "${bench_self%/*}/..")
[[ -x $bench_root/scripts/unp ]] || bench_root=$(readlink -f -- "${bench_self%/*}/../..")
bench_unp=$bench_root/scripts/unp
bench_out=$bench_root/unp-examples/target/bench # compiled helpers and the plain client's archives

bench_die() {
    printf '%s: %s\n' "$bench_name" "$*" >&2
    exit 1
}

# bench_loud LINE...: a line nobody should miss (stale or dropped archive, failed variant).
bench_loud() {
    local l
    for l in "$@"; do printf '!!!!! %s\n' "$l"; done
}

# --- the namespace -----------------------------------------------------------------------------
# bench_enter_netns "$@": outside, make the namespace, run the calling script inside it with the
# same arguments, delete the namespace and exit with the script's status. Inside (BENCH_NETNS
# set) it only checks that the namespace has no interface but lo, and returns.
bench_ns=
bench_enter_netns() {
    if [[ -n ${BENCH_NETNS:-} ]]; then
        local ifs
        ifs=$(ls /sys/class/net 2>/dev/null | tr '\n' ' ')
        [[ $ifs == "lo " ]] || bench_die "not in a private namespace with only lo (interfaces: $ifs)"
        return 0
    fi
    [[ $(id -u) == 0 ]] || bench_die "needs root (for a private network namespace)"
    command -v ip >/dev/null || bench_die "needs iproute2 (ip)"
    bench_ns=unp-bench-$bench_name-$$
    ip netns add "$bench_ns" || bench_die "cannot make the network namespace $bench_ns"
    trap 'ip netns del "$bench_ns" 2>/dev/null || true' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    ip -n "$bench_ns" link set lo up
    local rc=0
    BENCH_NETNS=$bench_ns ip netns exec "$bench_ns" "$bench_self" "$@" || rc=$?
    exit "$rc"
}

# --- processes started by the benchmark --------------------------------------------------------
bench_pids=()
bench_forget() { # pid...: no longer ours to kill (reaped: the number may be reused)
    local keep=() x p
    for x in "${bench_pids[@]}"; do
        for p in "$@"; do [[ $x == "$p" ]] && continue 2; done
        keep+=("$x")
    done
    bench_pids=("${keep[@]}")
}
bench_kill() { # pid...: the process and its direct children (a forking server's), then reap
    local p
    for p in "$@"; do
        [[ -n $p ]] || continue
        pkill -KILL -P "$p" 2>/dev/null || true
        kill -KILL "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    bench_forget "$@"
}
bench_tmps=()
bench_cleanup() {
    bench_kill "${bench_pids[@]}"
    bench_pids=()
    ((${#bench_tmps[@]} == 0)) || rm -f "${bench_tmps[@]}"
    bench_tmps=()
}

# bench_capture VAR CMD...: runs CMD with stdout and stderr into VAR and returns its status. CMD
# runs in the background and the script waits for it, so ^C or TERM end the benchmark at once
# (a foreground command would delay the traps until it ends).
bench_capture() {
    local -n bench_capture_out=$1
    shift
    local tmp p rc=0
    tmp=$(mktemp "${TMPDIR:-/tmp}/unp-bench.XXXXXX")
    bench_tmps+=("$tmp")
    "$@" > "$tmp" 2>&1 &
    p=$!
    bench_pids+=("$p")
    wait "$p" || rc=$?
    bench_capture_out=$(< "$tmp")
    rm -f "$tmp"
    bench_forget "$p"
    local keep=() x
    for x in "${bench_tmps[@]}"; do [[ $x == "$tmp" ]] || keep+=("$x"); done
    bench_tmps=("${keep[@]}")
    return "$rc"
}
bench_inside_traps() {
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# --- ports, CPU, memory ------------------------------------------------------------------------
bench_listening() { # port: true when a TCP socket (IPv4 or IPv6) of this namespace listens on it
    local hex
    printf -v hex '%04X' "$1"
    awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

bench_await_listening() { # port pid: waits up to 20 s
    local i
    for ((i = 0; i < 400; i++)); do
        bench_listening "$1" && return 0
        kill -0 "$2" 2>/dev/null || bench_die "the server for port $1 (pid $2) died"
        sleep 0.05
    done
    bench_die "nothing listens on port $1 after 20 s"
}

bench_await_closed() { # port: waits up to 20 s until nothing listens on it
    local i
    for ((i = 0; i < 400; i++)); do
        bench_listening "$1" || return 0
        sleep 0.05
    done
    bench_die "port $1 still listening after 20 s"
}

bench_cpu_ticks() { # pid: utime+stime of the whole process (all its threads, living and ended)
    local stat rest
    stat=$(< "/proc/$1/stat") || return 1
    rest=${stat##*) } # fields from 3 (state) on; the command name may hold spaces
    read -r -a f <<< "$rest"
    echo $((f[11] + f[12]))
}

bench_rss_kib() { # pid [field]: VmRSS (or VmHWM, ...) in KiB
    awk -v k="${2:-VmRSS}:" '$1 == k { print $2 }' "/proc/$1/status"
}

bench_fd_count() { # pid
    local fds=(/proc/"$1"/fd/*)
    echo "${#fds[@]}"
}

# --- Javas and the C build directory -----------------------------------------------------------
# bench_javas: "17=<JAVA_HOME or empty for java on PATH>" and, if installed, "25=<home>".
bench_java17=${JAVA17_HOME:-}
bench_java25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
bench_javas=("17=$bench_java17")
if [[ -x $bench_java25/bin/java ]]; then
    bench_javas+=("25=$bench_java25")
elif [[ -z ${BENCH_NETNS:-} ]]; then
    printf '%s: no Java 25 at %s (set JAVA25_HOME), measuring Java 17 only\n' "$bench_name" "$bench_java25" >&2
fi

bench_java_of() { # home: its java binary ("" = java on PATH)
    if [[ -n $1 ]]; then printf '%s/bin/java' "$1"; else command -v java; fi
}

bench_java_version() { # home: the second line of java -version (the runtime's name and build)
    "$(bench_java_of "$1")" -version 2>&1 | sed -n 2p
}

# bench_build: build the project and make each Java's class-data archive (nothing of it timed).
bench_build() {
    local j
    for j in "${bench_javas[@]}"; do
        (
            if [[ -n ${j#*=} ]]; then export JAVA_HOME=${j#*=}; else unset JAVA_HOME; fi
            # without UNP_JAVA_OPTS: they are for the servers measured, and a server's option can
            # stop this client-kind JVM from starting (-XX:TieredStopAtLevel=4 next to the
            # client rows' -XX:CICompilerCount=1)
            unset UNP_JAVA_OPTS
            "$bench_unp" list >/dev/null
        ) || bench_die "scripts/unp list failed on java ${j%%=*}"
    done
    # built once, here: a source edited while the benchmark runs must not make scripts/unp
    # rebuild inside a measured server's cgroup
    export UNP_NO_BUILD=1
}

# bench_c_dir [arg]: sets bench_c to the absolute C build directory given as the argument or in
# BENCH_C_DIR (the book's C originals, built by the user outside this repository), or to "" if
# none was given. Each program named after it (dir/program) must be an executable there.
bench_c=
bench_c_dir() { # [dir] programs...
    local d=${1:-${BENCH_C_DIR:-}} p
    shift || true
    bench_c=
    [[ -n $d ]] || return 0
    [[ -d $d ]] || bench_die "C build directory $d: not a directory"
    bench_c=$(readlink -f -- "$d")
    for p in "$@"; do
        [[ -x $bench_c/$p ]] || bench_die "C build directory $bench_c has no executable $p (build it there first)"
    done
}

# bench_servers DEFAULT [NAME...]: sets servers=() from BENCH_SERVERS (or DEFAULT), in that order:
# c (only with a C build directory, after bench_c_dir), unp17, unp25 (only where Java 25 is), and
# the NAMEs the calling script knows besides; dies on any other name, or when none is left.
bench_servers() {
    local default=$1 s e known names="c, unp17, unp25"
    shift
    for e in "$@"; do names+=", $e"; done
    servers=()
    for s in ${BENCH_SERVERS:-$default}; do
        case $s in
            c) [[ -n $bench_c ]] && servers+=(c) ;;
            unp17) servers+=(unp17) ;;
            unp25) [[ ${#bench_javas[@]} -gt 1 ]] && servers+=(unp25) ;;
            *)
                known=
                for e in "$@"; do [[ $s == "$e" ]] && known=1; done
                [[ -n $known ]] || bench_die "unknown server '$s' in BENCH_SERVERS ($names)"
                servers+=("$s")
                ;;
        esac
    done
    ((${#servers[@]} > 0)) || bench_die "no server to measure"
}

# bench_start_c PROGRAM [args]: starts a C server with its soft descriptor limit raised to the
# hard one (the Java servers raise their own, as sysconf(_SC_OPEN_MAX) lets the C size itself);
# sets bench_started to its pid.
bench_start_c() {
    (
        ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
        exec "$bench_c/$1" "${@:2}"
    ) >/dev/null 2>&1 &
    bench_started=$!
    bench_pids+=("$bench_started")
}

# bench_start_unp JAVA_HOME dir/program [args]: starts a program exactly as a user would, through
# scripts/unp (which execs the JVM, so the pid is the JVM's); sets bench_started.
bench_start_unp() {
    (
        if [[ -n $1 ]]; then export JAVA_HOME=$1; else unset JAVA_HOME; fi
        exec "$bench_unp" "${@:2}"
    ) >/dev/null 2>&1 &
    bench_started=$!
    bench_pids+=("$bench_started")
}

# bench_javac SOURCE...: compiles the helpers once into $bench_out (Java 17 bytecode), again only
# when a source is newer than its class.
bench_javac() {
    local s need=0 javac
    for s in "$@"; do
        local base=${s##*/}
        [[ -f $bench_out/.${base%.java}.stamp && ! $s -nt $bench_out/.${base%.java}.stamp ]] || need=1
    done
    ((need)) || return 0
    javac=$(dirname "$(readlink -f "$(bench_java_of "$bench_java17")")")/javac
    [[ -x $javac ]] || bench_die "no javac next to java (install a JDK)"
    mkdir -p "$bench_out"
    "$javac" --release 17 -nowarn -d "$bench_out" "$@" || bench_die "javac failed"
    for s in "$@"; do
        local base=${s##*/}
        touch "$bench_out/.${base%.java}.stamp"
    done
}

# bench_median / bench_min: of the numbers given
bench_median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR) print a[int(NR / 2) + 1] }'; }
bench_min() { printf '%s\n' "$@" | sort -g | head -1; }
bench_max() { printf '%s\n' "$@" | sort -g | tail -1; }
bench_ratio() { # a b: a/b to 2 places, "-" when either is missing or b is 0
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'
}
