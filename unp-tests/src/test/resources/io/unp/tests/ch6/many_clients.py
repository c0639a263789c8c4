# Opens <n> connections to 127.0.0.1:9877 and keeps them all open, then sends one line on
# every <step>-th of them and reads the echoes. Prints "connected <n>", then
# "echoed <ok> closed <refused> of <tried>". Raises its own descriptor limit to the hard limit.
import resource, socket, sys, time

n, step, deadline = int(sys.argv[1]), int(sys.argv[2]), time.time() + float(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
socks = []
t0 = time.time()
for i in range(n):
    socks.append(socket.create_connection(("127.0.0.1", 9877), timeout=max(1, deadline - time.time())))
print("connected", len(socks), "in %.1fs" % (time.time() - t0), flush=True)
chosen = list(range(0, n, step))
for i in chosen:
    try:
        socks[i].sendall(b"client %d\n" % i)
    except OSError:
        pass  # refused: the server closed it already
ok = closed = 0
for i in chosen:
    want, got = b"client %d\n" % i, b""
    socks[i].settimeout(max(0.1, deadline - time.time()))
    try:
        while not got.endswith(b"\n"):
            data = socks[i].recv(100)
            if not data:
                break
            got += data
    except ConnectionResetError:
        pass
    if got == want:
        ok += 1
    elif got == b"":
        closed += 1
    else:
        print("client", i, "got", got, flush=True)
print("echoed", ok, "closed", closed, "of", len(chosen), flush=True)
