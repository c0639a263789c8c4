# An echo client on 127.0.0.1:<port> driven by standard input: prints "connected", then for
# each line it reads, sends the line and prints "echo <line>" when the line has come back.
import socket, sys

port = int(sys.argv[1])
s = socket.create_connection(("127.0.0.1", port))
print("connected", flush=True)
f = s.makefile("rb")
for line in sys.stdin:
    s.sendall(line.encode())
    back = f.readline()
    if not back:
        print("server closed", flush=True)
        break
    print("echo " + back.decode().rstrip("\n"), flush=True)
