#!/usr/bin/env python3
"""A delaying wire: copies every Ethernet frame between two interfaces, each held D ms.

Usage: relay.py IFACE_A IFACE_B DELAY_MS

This kernel has no netem, so scripts/lab puts this relay in a namespace of its own between a
host's interface and its switch: frames from A leave on B, and frames from B leave on A, each
D ms after it arrived, in order (a fixed one-way delay, in both directions).

Packet sockets with PACKET_VNET_HDR keep the kernel's offload state: a frame whose checksum
the sender left to "hardware", or a TCP super-frame (GSO), carries a virtio_net_hdr saying
so, and the same header given back on the way out lets the kernel finish the job, so the
relay never has to compute a checksum or cut a segment.
"""
import collections
import select
import socket
import sys
import time

ETH_P_ALL = 0x0003
SOL_PACKET = 263
PACKET_VNET_HDR = 15
PACKET_OUTGOING = 4


def open_iface(name):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    s.setsockopt(SOL_PACKET, PACKET_VNET_HDR, 1)
    s.bind((name, 0))
    s.setblocking(False)
    return s


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: relay.py IFACE_A IFACE_B DELAY_MS")
    a, b = open_iface(sys.argv[1]), open_iface(sys.argv[2])
    delay = float(sys.argv[3]) / 1000.0
    peer = {a: b, b: a}
    waiting = {a: collections.deque(), b: collections.deque()}  # frames to send out of the key
    print("relay %s <-> %s, %g ms each way" % (sys.argv[1], sys.argv[2], delay * 1000), flush=True)
    while True:
        now = time.monotonic()
        due = [q[0][0] for q in waiting.values() if q]
        timeout = max(0.0, min(due) - now) if due else None
        readable, _, _ = select.select([a, b], [], [], timeout)
        now = time.monotonic()
        for s in readable:
            while True:
                try:
                    frame, addr = s.recvfrom(65536 + 16)
                except BlockingIOError:
                    break
                if addr[2] == PACKET_OUTGOING:
                    continue  # our own transmission, seen on the way out
                waiting[peer[s]].append((now + delay, frame))
        now = time.monotonic()
        for out, q in waiting.items():
            while q and q[0][0] <= now:
                try:
                    out.send(q.popleft()[1])
                except OSError:
                    pass  # a frame the link refuses is lost, as on a wire


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
