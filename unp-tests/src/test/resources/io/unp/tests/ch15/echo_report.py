# An echo server on 127.0.0.1:<port> that prints how each connection ended: "eof" (the client
# sent a FIN) or "reset" (it sent a RST). Prints "ready" when listening.
import socket, sys, threading

port = int(sys.argv[1])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(64)
print("ready", flush=True)


def serve(conn):
    with conn:
        try:
            while True:
                data = conn.recv(65536)
                if not data:
                    print("eof", flush=True)
                    return
                conn.sendall(data)
        except ConnectionResetError:
            print("reset", flush=True)


while True:
    c, _ = srv.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
