#!/usr/bin/env python3
"""A session announcer: sends SAP announcements (RFC 2974) of an SDP session description.

Usage: sapannounce.py [--group ADDR] [--port N] [--ttl N] [--count N] [--interval S] [NAME]

Each packet is SAP version 1, IPv4 origin, no authentication, no payload type (so the SDP text
follows the 8-byte header directly, as the book's mysdr expects): the header word, the
originating source address, then the SDP text of a session called NAME.
"""
import argparse
import socket
import time


def sdp(name, origin):
    lines = [
        "v=0",
        "o=- %d 1 IN IP4 %s" % (int(time.time()), origin),
        "s=%s" % name,
        "i=announced on the unp-java lab network",
        "c=IN IP4 239.255.42.42/15",
        "t=0 0",
        "m=audio 49170 RTP/AVP 0",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--group", default="224.2.127.254")
    p.add_argument("--port", type=int, default=9875)
    p.add_argument("--ttl", type=int, default=15)
    p.add_argument("--count", type=int, default=0, help="0: forever")
    p.add_argument("--interval", type=float, default=1.0)
    p.add_argument("name", nargs="?", default="unp lab session")
    a = p.parse_args()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, a.ttl)
    s.connect((a.group, a.port))
    origin = s.getsockname()[0]
    msg_id = 0x4242
    header = bytes([0x20, 0, msg_id >> 8, msg_id & 0xFF]) + socket.inet_aton(origin)
    sent = 0
    while a.count == 0 or sent < a.count:
        s.send(header + sdp(a.name, origin))
        sent += 1
        print("sapannounce: sent %d to %s.%d" % (sent, a.group, a.port), flush=True)
        if a.count == 0 or sent < a.count:
            time.sleep(a.interval)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
