#!/usr/bin/env python3
"""rusage.py: the /usr/bin/time stand-in of bench/run.sh.

Usage: rusage.py RESULT CMD [ARG...]. Runs CMD with its standard streams
inherited and writes "elapsed user sys maxrss_kb" to RESULT, as
/usr/bin/time -f '%e %U %S %M' would, from getrusage(RUSAGE_CHILDREN).
Exits with CMD's status. Standard library only.
"""
import resource
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        print("usage: rusage.py RESULT CMD [ARG...]", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    rc = subprocess.call(sys.argv[2:])
    elapsed = time.monotonic() - t0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(sys.argv[1], "w") as f:
        f.write("%.2f %.2f %.2f %d\n" % (elapsed, ru.ru_utime, ru.ru_stime, ru.ru_maxrss))
    return rc if rc >= 0 else 128 - rc


if __name__ == "__main__":
    sys.exit(main())
