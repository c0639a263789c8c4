# A slow echo server on 127.0.0.1:<port>...: each connection is served by one thread that reads
# at most <chunk> bytes, waits <delay> seconds, sends them back and reads again. The server
# so moves at most <chunk> bytes per <delay> and works like a narrow, long path: a
# stop-and-wait client pays <delay> for every line, a pipelining one for every <chunk>.
# Prints "ready" when listening.
import socket, sys, threading, time

delay = float(sys.argv[1])
chunk = int(sys.argv[2])
ports = [int(p) for p in sys.argv[3:]]


def serve(conn):
    with conn:
        try:
            while True:
                data = conn.recv(chunk)
                if not data:
                    break
                time.sleep(delay)
                conn.sendall(data)
        except OSError:
            pass  # a client that resets


def listen(sock):
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


for port in ports:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(64)
    threading.Thread(target=listen, args=(s,), daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
