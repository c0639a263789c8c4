#!/usr/bin/env python3
"""Client of scripts/bench/idle-conns.sh: opens N TCP connections to 127.0.0.1:PORT, sends one
line on each and reads its echo (so the server has accepted and served every one), holds them
idle for HOLD seconds, then closes them all.

    idle-clients.py N HOLD [PORT]

Raises its own soft RLIMIT_NOFILE as far as needed (to the hard limit at most). Bounded: gives up
after IDLE_TIMEOUT seconds (default 300) for connecting and echoing. Prints
"open conns=N connect_s=.. echo_s=.." once everything is open, then "closed", on stdout.
"""
import os
import resource
import socket
import sys
import time


def main():
    n = int(sys.argv[1])
    hold = float(sys.argv[2])
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 9877
    if n < 1 or n > 1000000 or hold < 0 or hold > 3600:
        sys.exit("idle-clients: N must be 1..1000000 and HOLD 0..3600 seconds")
    need = n + 64
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < need:
        if hard != resource.RLIM_INFINITY and hard < need:
            sys.exit(f"idle-clients: RLIMIT_NOFILE hard limit {hard} is below the {need} descriptors needed")
        resource.setrlimit(resource.RLIMIT_NOFILE, (need, hard))
    deadline = time.monotonic() + float(os.environ.get("IDLE_TIMEOUT", "300"))

    def left():
        t = deadline - time.monotonic()
        if t <= 0:
            sys.exit(f"idle-clients: timed out ({len(socks)} connections open)")
        return t

    socks = []
    t0 = time.monotonic()
    for _ in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(left())
        s.connect(("127.0.0.1", port))
        socks.append(s)
    t1 = time.monotonic()
    for s in socks:
        s.settimeout(left())
        s.sendall(b"x\n")
    for s in socks:
        got = b""
        while got != b"x\n":
            s.settimeout(left())
            d = s.recv(2 - len(got))
            if not d:
                sys.exit("idle-clients: the server closed a connection")
            got += d
    t2 = time.monotonic()
    print(f"open conns={n} connect_s={t1 - t0:.1f} echo_s={t2 - t1:.1f}", flush=True)
    time.sleep(hold)
    for s in socks:
        s.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
