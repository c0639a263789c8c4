#!/usr/bin/env python3
"""A minimal IPv4 multicast router for the lab's router namespace.

Usage: mrouted.py IFACE [IFACE...]

Linux forwards multicast only while a program holds the kernel's multicast routing socket
(MRT_INIT on a raw IGMP socket) and tells it which interfaces take part (virtual interfaces,
"vifs") and where each (source, group) goes (MFC entries). This program does the least of
that: one vif per interface named, and, when the kernel reports a datagram with no route yet
(an IGMPMSG_NOCACHE upcall), an entry that forwards it from the vif it came in on to every
other vif with a TTL threshold of 1. The kernel forwards a datagram only if its TTL is larger
than the threshold, so a datagram sent with TTL 1 stays on its own subnet (the book's
section 19.2) and one sent with TTL 2 or more crosses the router, its TTL decremented.
No IGMP, no pruning: every group goes everywhere, like a shared hub of subnets.
"""
import socket
import struct
import sys

MRT_INIT, MRT_ADD_VIF, MRT_ADD_MFC = 200, 202, 204
VIFF_USE_IFINDEX = 0x8
IGMPMSG_NOCACHE = 1
MAXVIFS = 32
THRESHOLD = 1


def main():
    names = sys.argv[1:]
    if not names:
        sys.exit("usage: mrouted.py IFACE [IFACE...]")
    s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_IGMP)
    s.setsockopt(socket.IPPROTO_IP, MRT_INIT, struct.pack("=i", 1))
    for vifi, name in enumerate(names):
        ifindex = socket.if_nametoindex(name)
        vifctl = struct.pack("=HBBIi4s", vifi, VIFF_USE_IFINDEX, THRESHOLD, 0, ifindex, bytes(4))
        s.setsockopt(socket.IPPROTO_IP, MRT_ADD_VIF, vifctl)
    print("mrouted: vifs %s, TTL threshold %d" % (" ".join(names), THRESHOLD), flush=True)
    while True:
        msg = s.recv(65536)
        # an upcall is a struct igmpmsg laid over the datagram's IP header: the protocol
        # byte (im_mbz) is 0 and the TTL byte holds the message type
        if len(msg) < 20 or msg[9] != 0 or msg[8] != IGMPMSG_NOCACHE:
            continue
        vif, src, grp = msg[10], msg[12:16], msg[16:20]
        ttls = bytes(THRESHOLD if v != vif and v < len(names) else 0 for v in range(MAXVIFS))
        mfcctl = struct.pack("=4s4sH32s2xIIIi", src, grp, vif, ttls, 0, 0, 0, 0)
        try:
            s.setsockopt(socket.IPPROTO_IP, MRT_ADD_MFC, mfcctl)
            print("mrouted: %s -> %s from %s forwarded" % (socket.inet_ntoa(src), socket.inet_ntoa(grp),
                                                         names[vif]), flush=True)
        except OSError as e:
            print("mrouted: MRT_ADD_MFC: %s" % e, flush=True)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
