"""Connection latency of a fork-per-client server, one connection at a time.

usage: first_byte.py PORT COUNT GAP echo|web
  COUNT connections to 127.0.0.1:PORT, GAP seconds apart; each sends one request (a line to echo,
  or "4000\\n" for the chapter 27 servers), reads the whole answer, shuts down its sending side
  and waits for the server's end of file (which comes only when every copy of the connection is
  closed). Prints "n=N median_ms=M p90_ms=P max_ms=X" for the time from just before connect to the
  answer's first byte, or what went wrong (exit status 1).
"""
import socket
import sys
import time

port, n, gap, mode = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
request, want = (b'hello\n', 6) if mode == 'echo' else (b'4000\n', 4000)
lat = []
for i in range(n):
    time.sleep(gap)
    t0 = time.perf_counter()
    s = socket.create_connection(('127.0.0.1', port), timeout=30)
    s.sendall(request)
    got = s.recv(want)
    t1 = time.perf_counter()
    while len(got) < want:
        d = s.recv(want - len(got))
        if not d:
            print('short answer: %d of %d bytes' % (len(got), want))
            sys.exit(1)
        got += d
    s.shutdown(socket.SHUT_WR)
    s.settimeout(10)
    try:
        if s.recv(1):
            print('more bytes than asked for')
            sys.exit(1)
    except socket.timeout:
        print('no end of file within 10 s: another process holds the connection')
        sys.exit(1)
    s.close()
    lat.append((t1 - t0) * 1000)
lat.sort()
print('n=%d median_ms=%.2f p90_ms=%.2f max_ms=%.2f' % (n, lat[n // 2], lat[int(n * 0.9)], lat[-1]))
