# python3's http.server (SimpleHTTPRequestHandler, HTTP/1.0: one request per connection)
# serving <dir> on 127.0.0.1:<port>, with two additions for the tests: every GET waits
# <delay> seconds before it answers (a slow server, so that connections overlap), and the
# server prints "sent <path> <bytes>" after each reply (header and body, as written to the
# socket) and "max <n>" at each close: the most connections it has had open at once (a
# connection counts from its accept until just before the server closes it, so a client that
# opens the next connection only after the end of the last is never counted twice).
# Prints "ready" when listening.
import functools, http.server, sys, threading, time

directory, port, delay = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
lock = threading.Lock()
active = 0
most = 0


def say(line):
    with lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class Counting:
    def __init__(self, f):
        self.f = f
        self.n = 0

    def write(self, b):
        self.n += len(b)
        return self.f.write(b)

    def __getattr__(self, name):
        return getattr(self.f, name)


class Handler(http.server.SimpleHTTPRequestHandler):
    def setup(self):
        super().setup()
        self.wfile = Counting(self.wfile)

    def do_GET(self):
        time.sleep(delay)
        super().do_GET()

    def finish(self):
        super().finish()
        say("sent %s %d" % (self.path, self.wfile.n))

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128

    def process_request_thread(self, request, client_address):
        global active, most
        with lock:
            active += 1
            most = max(most, active)
        super().process_request_thread(request, client_address)

    def shutdown_request(self, request):
        global active
        with lock:
            active -= 1
            n = most
        say("max %d" % n)
        super().shutdown_request(request)


srv = Server(("127.0.0.1", port), functools.partial(Handler, directory=directory))
say("ready")
srv.serve_forever()
