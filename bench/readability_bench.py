#!/usr/bin/env python3
"""readability_bench.py: the baseline of bench/run.sh, python3-readability
(readability-lxml) on the benchmark's HTML pages.

Usage: readability_bench.py HTML_DIR MB. Reads the .html files under
HTML_DIR in name order until MB megabytes (10^6 bytes), then, for each page,
times readability.Document(html).summary() followed by text extraction with
lxml. Prints one line: "bytes docs cpu_seconds version". CPU time is this
process's user + sys time spent in that work only (reading files excluded).
"""
import os
import sys
import time

import lxml.html
import readability


def pages(root, limit):
    total = 0
    for d, subdirs, files in os.walk(root):
        subdirs.sort()
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            with open(os.path.join(d, name), "rb") as f:
                data = f.read()
            yield data
            total += len(data)
            if total >= limit:
                return


def version():
    try:
        from importlib.metadata import version as v
        return v("readability-lxml")
    except Exception:
        return "?"


def main():
    if len(sys.argv) != 3:
        print("usage: readability_bench.py HTML_DIR MB", file=sys.stderr)
        return 2
    limit = float(sys.argv[2]) * 1000 * 1000
    docs = nbytes = 0
    cpu = 0.0
    chars = 0
    for html in pages(sys.argv[1], limit):
        t0 = time.process_time()
        summary = readability.Document(html.decode("utf-8", "replace")).summary()
        text = lxml.html.fromstring(summary).text_content()
        cpu += time.process_time() - t0
        chars += len(text)
        docs += 1
        nbytes += len(html)
    print(nbytes, docs, "%.3f" % cpu, version())
    return 0 if docs else 1


if __name__ == "__main__":
    sys.exit(main())
