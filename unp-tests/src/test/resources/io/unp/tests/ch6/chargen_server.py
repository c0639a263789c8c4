# A chargen server (RFC 864) on 127.0.0.1:19 for one client. It sends until a send has
# waited <stall> seconds (the peer's window is closed), then prints how many bytes went out
# and exits.
import socket, sys

stall = float(sys.argv[1])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 19))
srv.listen(1)
print("ready", flush=True)
conn, _ = srv.accept()
conn.settimeout(stall)
line = bytes(range(33, 33 + 72)) + b"\r\n"
sent = 0
try:
    while True:
        sent += conn.send(line * 100)
except socket.timeout:
    print("stalled after", sent, flush=True)
except OSError as e:
    print("error", e.errno, "after", sent, flush=True)
