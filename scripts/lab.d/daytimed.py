#!/usr/bin/env python3
"""A UDP daytime server (RFC 867), as inetd's built-in one answers: ctime text and CR LF.

daytimed.py [PORT [ADDR]] [--flood SECONDS [--after SECONDS]]      (port 13 and the wildcard address by default)

Options for the race lessons of section 18.5:
  --flood SECONDS   answer each request with a stream of replies, back to back, for SECONDS
                    (to every requester at once)
  --after SECONDS   start each stream SECONDS after the request (default 0)
  --delay SECONDS   answer each request SECONDS after it came (one reply, as a slow host would)
"""
import argparse
import socket
import time


def main():
    p = argparse.ArgumentParser(usage=__doc__.split("\n\n")[1])
    p.add_argument("port", nargs="?", type=int, default=13)
    p.add_argument("addr", nargs="?", default="")
    p.add_argument("--flood", type=float, default=0.0)
    p.add_argument("--after", type=float, default=0.0)
    p.add_argument("--delay", type=float, default=0.0)
    a = p.parse_args()
    port, addr, flood, after = a.port, a.addr, a.flood, a.after
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    print("daytimed: port %d" % port, flush=True)
    flooding = {}  # peer -> (when its flood starts, when it ends)
    while True:
        if flooding:
            s.setblocking(False)
        else:
            s.setblocking(True)
        try:
            _, peer = s.recvfrom(2048)
            if a.delay > 0:
                time.sleep(a.delay)
            reply = (time.ctime() + "\r\n").encode()
            s.sendto(reply, peer)
            if flood > 0:
                start = time.monotonic() + after
                flooding[peer] = (start, start + flood)
        except BlockingIOError:
            pass
        now = time.monotonic()
        reply = (time.ctime() + "\r\n").encode()
        for peer, (start, end) in list(flooding.items()):
            if now >= end:
                del flooding[peer]
                continue
            if now < start:
                time.sleep(min(0.01, start - now))
                continue
            for _ in range(20):  # a burst to each requester in turn
                try:
                    s.sendto(reply, peer)
                except OSError:
                    pass  # ENOBUFS and the like: a flood may lose some


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
