# Sends <n> datagrams "dgram <i>\n" to 127.0.0.1:9877 back to back and prints "sent <n>"; then
# waits for a line on standard input (the test continues the stopped server) and counts the
# echoes that come back within two seconds: "echoed <k>".
import socket, sys
n = int(sys.argv[1])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(n):
    s.sendto(b"dgram %d\n" % i, ("127.0.0.1", 9877))
print("sent", n, flush=True)
sys.stdin.readline()
s.settimeout(2)
got = 0
try:
    while True:
        s.recv(100)
        got += 1
except socket.timeout:
    pass
print("echoed", got, flush=True)
