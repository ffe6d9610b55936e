#!/usr/bin/env python3
"""tests/web/check_html.py FILE...: checks that pages of dossier serve hold
no markup that came from an article: every file must be UTF-8; its tags
must be ones the server writes; no attribute may be an event handler or
a style; every link must be relative or http(s); the one script must be
/static/app.js. Prints one line per problem; exit 1 when there is one.
Standard library only (html.parser)."""
import sys
from html.parser import HTMLParser

TAGS = set("""html head meta title link script body header a nav form input button main
h1 h2 p section svg line text g rect ul li span details summary table thead tbody tr th
td dl dt dd code article div mark ol blockquote strong br label select option footer""".split())
URL_ATTRS = {"href", "src", "action"}


class Check(HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name, self.problems, self.scripts = name, [], 0

    def bad(self, what):
        self.problems.append("%s: %s" % (self.name, what))

    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            self.bad("unexpected element <%s>" % tag)
        for k, v in attrs:
            v = v or ""
            if k.startswith("on") or k in ("style", "srcdoc", "formaction"):
                self.bad("attribute %s=%r on <%s>" % (k, v, tag))
            if k in URL_ATTRS:
                low = v.strip().lower()
                if not (low.startswith("/") or low.startswith("#") or low.startswith("http://")
                        or low.startswith("https://")) or low.startswith("//"):
                    self.bad("%s=%r on <%s>" % (k, v, tag))
        if tag == "script":
            self.scripts += 1
            if dict(attrs).get("src") != "/static/app.js":
                self.bad("a script that is not /static/app.js: %r" % (attrs,))

    def handle_data(self, data):
        if self.lasttag == "script" and data.strip():
            self.bad("inline script %r" % data[:60])


def main():
    problems = []
    for name in sys.argv[1:]:
        raw = open(name, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append("%s: not UTF-8 (%s)" % (name, e))
            continue
        c = Check(name)
        c.feed(text)
        c.close()
        if c.scripts > 1:
            c.bad("%d script elements" % c.scripts)
        problems += c.problems
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
