# Section 6.8's attack: client A sends a line without its newline and stalls; client B then
# sends a whole line. Prints what B got while A stalls, then lets A <finish> ("complete": send
# the rest of its line; "close": disconnect) and prints what each got afterwards.
import socket, sys, time

finish, wait = sys.argv[1], float(sys.argv[2])
a = socket.create_connection(("127.0.0.1", 9877), timeout=10)
a.sendall(b"partial")
time.sleep(0.3)  # the server is now inside readline for A
b = socket.create_connection(("127.0.0.1", 9877), timeout=10)
b.sendall(b"hello from B\n")


def line(s, timeout):
    s.settimeout(timeout)
    got = b""
    try:
        while not got.endswith(b"\n"):
            data = s.recv(100)
            if not data:
                break
            got += data
    except socket.timeout:
        pass
    return got


print("B while A stalls:", line(b, wait), flush=True)
if finish == "complete":
    a.sendall(b" line from A\n")
    print("A after completing:", line(a, 10), flush=True)
else:
    a.close()
print("B after A", finish + ":", line(b, 10), flush=True)
