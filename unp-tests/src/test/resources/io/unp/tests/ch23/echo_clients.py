# Opens <n> connections to 127.0.0.1:<port>, all kept open, then sends one line on each and
# reads its echo (each client waits at most <timeout> seconds for its own line). Prints
# "connected <n>", then "echoed <ok> wrong <w> none <z> of <n>" (wrong: another client's bytes;
# none: nothing, or the connection closed), then, if <hold> is "hold", waits for a line on
# standard input before closing them all and printing "closed".
import resource, selectors, socket, sys, time

n, port, timeout, hold = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4] == "hold"
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
socks = [socket.create_connection(("127.0.0.1", port), timeout=30) for i in range(n)]
print("connected", len(socks), flush=True)
for i, s in enumerate(socks):
    try:
        s.sendall(b"client %d\n" % i)
    except OSError:
        pass
sel = selectors.DefaultSelector()
got = {}
for i, s in enumerate(socks):
    s.setblocking(False)
    sel.register(s, selectors.EVENT_READ, i)
    got[i] = b""
deadline = time.time() + timeout
pending = set(range(n))
while pending and time.time() < deadline:
    for key, _ in sel.select(max(0.01, deadline - time.time())):
        i = key.data
        try:
            d = key.fileobj.recv(100)
        except OSError:
            d = b""
        if d:
            got[i] += d
        if not d or got[i].endswith(b"\n"):
            pending.discard(i)
            sel.unregister(key.fileobj)
ok = sum(1 for i in range(n) if got[i] == b"client %d\n" % i)
none = sum(1 for i in range(n) if got[i] == b"")
print("echoed", ok, "wrong", n - ok - none, "none", none, "of", n, flush=True)
if hold:
    sys.stdin.readline()
for s in socks:
    s.close()
print("closed", flush=True)
