#!/usr/bin/env python3
"""Writes the pathological inputs of tests/patho/run.sh into a folder."""
import gzip, os, sys

d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)

w('bigquote.txt', ('Titre\n\n« ' + 'mot ' * (10 * 1024 * 1024 // 4) + '», a-t-il dit.\n').encode())
w('manyquotes.txt', ('Titre\n\n' + '« un deux trois quatre », a dit Stoltenberg. ' * 100000).encode())
# scraped text full of markup: 200,000 script elements never closed, and tags
# with no '&' anywhere (each once scanned the rest of the text)
w('manytags.txt', ('Titre\n\n' + '<script> x <b>y</b> ' * 200000).encode())
w('good.txt', 'Titre\n\nLe ministre a déclaré : « Nous livrerons des obus. »\n'.encode())
w('unclosed.txt', ('Titre\n\n' + '« ouvert ' * 100000).encode())
w('bigline.txt', b'Titre\n' + b'mot ' * (50 * 1024 * 1024 // 4))
w('longline.txt', b'Titre\n' + ('Le ministre a parl\xc3\xa9. '.encode()) * 800000)
w('repeated.txt', b'Titre\n' + b'Stoltenberg ' * 1000000)
w('invalid-utf8.txt', b'Titre\n\nCaf\xc3\xa9 \xff\xfe cr\xe8me \xc3 fin.\n')
w('binary.txt', bytes(range(256)) * 64)
w('empty.txt', b'')
w('blank.txt', b'\n \n\t\n')
w('nested.html', b'<html><body>' + b'<div>' * 200000 + b'<p>Texte</p>' + b'</div>' * 200000 + b'</body></html>')
w('quotes.html', b'<html><body><p>' + b'&laquo; ' * 100000 + b'</p></body></html>')
rec = (b'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n'
       b'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n')
http = b'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Un article.</p></body></html>'
good = rec % len(http) + http + b'\r\n\r\n'
w('truncated.warc.gz', gzip.compress(good * 3)[:-40])
w('garbage.warc', b'this is not a warc file\n' * 10)
w('badlen.warc', b'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nshort')
w('truncated.txt.gz', gzip.compress(b'Titre\n\nCorps du texte.\n' * 1000)[:-100])
w('notgzip.html.gz', b'<html>plain, not gzip</html>')
w('bad.jsonl', b'{"text": "ok line"}\n{"text": \n[1,2]\n{"text": 5}\n' + b'{"text":"' + b'a' * 100 + b'\n')
