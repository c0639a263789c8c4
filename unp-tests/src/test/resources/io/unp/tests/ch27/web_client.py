"""The chapter 27 protocol from an independent client: each line asks for a number of bytes.

usage: web_client.py HOST PORT CHILDREN LOOPS SIZES
  CHILDREN threads make LOOPS connections each; on each connection the client asks, in turn,
  for each size of SIZES (comma-separated), reads exactly that many bytes, then shuts down its
  sending side and expects end of file with no byte more. Prints
  "ok connections=N requests=R bytes=B" and exits 0, or prints what went wrong and exits 1.
"""
import socket
import sys
import threading

host, port = sys.argv[1], int(sys.argv[2])
children, loops = int(sys.argv[3]), int(sys.argv[4])
sizes = [int(s) for s in sys.argv[5].split(',')]
lock = threading.Lock()
totals = {'connections': 0, 'requests': 0, 'bytes': 0}
errors = []


def read_exactly(s, n):
    got = bytearray()
    while len(got) < n:
        d = s.recv(n - len(got))
        if not d:
            raise RuntimeError('server returned %d of %d bytes' % (len(got), n))
        got += d
    return bytes(got)


def child():
    try:
        for _ in range(loops):
            with socket.create_connection((host, port), timeout=60) as s:
                n = 0
                for size in sizes:
                    s.sendall(b'%d\n' % size)
                    n += len(read_exactly(s, size))
                s.shutdown(socket.SHUT_WR)
                extra = s.recv(65536)
                if extra:
                    raise RuntimeError('%d bytes more than asked for' % len(extra))
            with lock:
                totals['connections'] += 1
                totals['requests'] += len(sizes)
                totals['bytes'] += n
    except Exception as e:  # report, let the others finish
        with lock:
            errors.append(repr(e))


threads = [threading.Thread(target=child) for _ in range(children)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if errors:
    print('errors:', errors[:5])
    sys.exit(1)
print('ok connections=%(connections)d requests=%(requests)d bytes=%(bytes)d' % totals)
