# An echo server (RFC 862) on 127.0.0.1:<port>, one thread per connection; prints "ready".
# With <delay> seconds, every chunk goes back that long after it came in, pipelined, like a
# long round trip (the book's figure 6.11): a batch client then has many replies in flight.
import queue, socket, sys, threading, time

port = int(sys.argv[1])
delay = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(64)
print("ready", flush=True)


def send_later(conn, q):
    try:
        while True:
            due, data = q.get()
            if data is None:
                break
            time.sleep(max(0.0, due - time.time()))
            conn.sendall(data)
    except OSError:
        pass  # a client that closes with replies unread resets the connection
    finally:
        conn.close()


def serve(conn):
    q = queue.Queue()
    sender = threading.Thread(target=send_later, args=(conn, q), daemon=True)
    sender.start()
    try:
        while True:
            data = conn.recv(65536)
            if not data:
                break
            q.put((time.time() + delay, data))
    except OSError:
        pass
    q.put((0, None))  # close once every echo has gone out


while True:
    c, _ = srv.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
