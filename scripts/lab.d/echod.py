#!/usr/bin/env python3
"""A UDP echo server (RFC 862), as inetd's built-in one: every datagram goes back as it came.

Usage: echod.py [PORT [ADDR]]      (port 7 and the wildcard address by default)
"""
import socket
import sys


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    addr = sys.argv[2] if len(sys.argv) > 2 else ""
    s = socket.socket(socket.AF_INET6 if ":" in addr else socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, port))
    print("echod: port %d" % port, flush=True)
    while True:
        data, peer = s.recvfrom(65536)
        s.sendto(data, peer)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
