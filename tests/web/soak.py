#!/usr/bin/env python3
"""tests/web/soak.py PORT PID TIMEOUT: a bounded soak test of dossier serve
on 127.0.0.1 (never any other address): oversized requests, slow clients
(slowloris), a few hundred connections at once, malformed query strings,
and a burst of distinct pages that churns the page cache. Between the
parts, other clients must still be answered; at the end the server must
be up and its memory (VmRSS of PID) bounded. Prints PASS/FAIL lines.
Standard library only; every loop is bounded in count and time."""
import random
import socket
import sys
import threading
import time

HOST = "127.0.0.1"
PORT, PID, TIMEOUT = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
RSS_GROWTH_MB = float(sys.argv[4]) if len(sys.argv) > 4 else 48
failed = 0


def ok(name):
    print("PASS web soak %s" % name)


def ko(name, why=""):
    global failed
    failed += 1
    print("FAIL web soak %s" % name)
    if why:
        print("  %s" % why)


def check(name, cond, why=""):
    ok(name) if cond else ko(name, why)


def rss_mb():
    """The server's anonymous resident memory (the database's pages,
    mapped from the file, are not its own)."""
    with open("/proc/%d/status" % PID) as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024.0
    return -1.0


def request(raw, timeout=10.0):
    """Sends raw bytes, returns (status or None, body bytes)."""
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    try:
        s.sendall(raw)
        data = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            data += chunk
            if len(data) > 8 << 20:
                break
    except (BrokenPipeError, ConnectionResetError):
        data = b""
    finally:
        s.close()
    if not data.startswith(b"HTTP/1."):
        return None, data
    return int(data.split(b" ", 2)[1]), data


def get(path, timeout=10.0):
    return request(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    % path).encode(), timeout)


def alive(name):
    t0 = time.time()
    st, _ = get("/tracker?provider=Germany", 5)
    check("%s: others still answered (%.0f ms)" % (name, (time.time() - t0) * 1000),
          st == 200, "status %s" % st)


# warm the pages, then the memory figure to compare with
for p in ["/", "/tracker", "/speakers", "/documents", "/api/overview"]:
    get(p)
rss0 = rss_mb()

# --- oversized requests ---------------------------------------------------------
st, _ = get("/tracker?provider=" + "A" * 100000)
check("a 100 KB URL is refused (%s)" % st, st in (None, 400, 413, 414, 431))
st, _ = request(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 70000 + b"\r\n\r\n")
check("a 70 KB header is refused (%s)" % st, st in (None, 400, 413, 431))
hdrs = b"".join(b"X-H%d: v\r\n" % i for i in range(5000))
st, _ = request(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + hdrs + b"\r\n")
check("5000 headers are refused (%s)" % st, st in (None, 400, 413, 431))
st, _ = request(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n"
                + b"x" * 200000, timeout=TIMEOUT + 5)
check("a GET with a 2 MB body is refused (%s)" % st, st in (None, 400, 413))
st, _ = request(b"POST /tracker HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")
check("POST answered 405 (%s)" % st, st == 405)
st, _ = request(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) * 4)
check("TLS or binary garbage gets no 200 (%s)" % st, st != 200)
alive("after oversized requests")

# --- slow clients ---------------------------------------------------------------
slow = []
for i in range(6):
    s = socket.create_connection((HOST, PORT), timeout=2)
    s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    slow.append(s)
answered = 0
t_end = time.time() + TIMEOUT + 4
closed = set()
k = 0
while time.time() < t_end and len(closed) < len(slow):
    for i, s in enumerate(slow):
        if i in closed:
            continue
        try:
            s.sendall(b"X-Slow-%d: %d\r\n" % (k, k))  # one header line a second
            s.settimeout(0.01)
            if s.recv(1024) == b"":
                closed.add(i)
        except socket.timeout:
            pass
        except OSError:
            closed.add(i)
    st, _ = get("/speakers", 3)
    answered += st == 200
    k += 1
    time.sleep(1)
check("others answered while %d slow clients trickle headers (%d times)" % (len(slow), answered),
      answered >= 3)
check("slow clients cut off after about %d s (%d of %d)" % (TIMEOUT, len(closed), len(slow)),
      len(closed) == len(slow))
for s in slow:
    s.close()

# --- many connections at once ------------------------------------------------------
N = 300
results = []
lock = threading.Lock()
barrier = threading.Barrier(N)


def one(i):
    st = None
    try:
        s = socket.create_connection((HOST, PORT), timeout=15)
        barrier.wait(timeout=15)
        s.sendall(b"GET /tracker?page=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            c = s.recv(65536)
            if not c:
                break
            data += c
        s.close()
        if data.startswith(b"HTTP/1."):
            st = int(data.split(b" ", 2)[1])
    except (OSError, threading.BrokenBarrierError):
        pass
    with lock:
        results.append(st)


threads = [threading.Thread(target=one, args=(i,)) for i in range(N)]
t0 = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join(30)
n200 = sum(1 for r in results if r == 200)
other = [r for r in results if r not in (200, None)]
check("%d connections at once: %d answered 200, %d turned away, in %.1f s"
      % (N, n200, results.count(None), time.time() - t0), n200 >= 100 and not other,
      "statuses %s" % sorted(set(map(str, results))))
alive("after %d connections" % N)

# --- malformed query strings -------------------------------------------------------
rng = random.Random(7)
bad = ["%", "%zz", "%C3", "%00", "%0A", "%ff%fe", "a%2", "provider=%E2%82", "=x", "&&=&",
       "provider=a&provider=b", "nope=1", "provider=" + "x" * 600, "page=0", "page=-1",
       "page=abc", "since=2023-13", "until=yesterday", "status=maybe", "category=widgets",
       "PROVIDER=x", "provider[]=x", "provider=%u0041"]
bad += ["&".join("k%d=v" % i for i in range(40))]
for i in range(150):
    n = rng.randrange(1, 20)
    bad.append("provider=" + "".join(rng.choice("%zZ09aF\x7f") for _ in range(n)))
statuses = {}
for q in bad:
    path = "/tracker?" + "".join(c if 32 < ord(c) < 127 else "%%%02X" % ord(c) for c in q)
    if "\x7f" in q:
        path = path.replace("\x7f", "%7F")
    st, _ = get(path, 5)
    statuses[st] = statuses.get(st, 0) + 1
bad_5xx = sum(v for k, v in statuses.items() if k is None or k >= 500)
check("%d malformed query strings: no 5xx, no crash (%s)"
      % (len(bad), ", ".join("%s x%d" % (k, v) for k, v in sorted(statuses.items(), key=str))),
      bad_5xx == 0 and statuses.get(400, 0) >= len(bad) - statuses.get(200, 0))
for q in ["%", "%zz", "%C3", "%00", "provider=a&provider=b", "nope=1", "page=0"]:
    st, _ = get("/api/tracker?" + q)
    if st != 400:
        ko("400 for /api/tracker?%s" % q, "status %s" % st)
        break
else:
    ok("the API answers 400 to malformed queries")
alive("after malformed queries")

# --- a burst of distinct pages (the page cache churns) ---------------------------------
t0 = time.time()
n_ok = 0
sock = None
for i in range(1500):
    q = rng.choice(["/search?q=tank%d" % i, "/tracker?since=2023-01-%02d&page=%d" % (1 + i % 28, 1 + i % 3),
                    "/api/tracker?provider=P%d" % i, "/speakers/Nobody%d" % i, "/"])
    st, _ = get(q, 5)
    n_ok += st in (200, 404)
check("1500 distinct requests answered (%d) in %.1f s" % (n_ok, time.time() - t0), n_ok == 1500)

# --- memory and life -------------------------------------------------------------------
time.sleep(0.5)
rss1 = rss_mb()
check("memory bounded: anonymous RSS %.1f MB -> %.1f MB (at most +%.0f MB)" % (rss0, rss1, RSS_GROWTH_MB),
      rss1 - rss0 < RSS_GROWTH_MB)
alive("at the end")
sys.exit(1 if failed else 0)
