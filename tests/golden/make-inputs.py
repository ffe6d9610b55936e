#!/usr/bin/env python3
"""Writes the golden inputs of tests/golden/in/ that are not plain text
(HTML in a legacy charset, gzip, WARC). The texts are the project's own.
Run it only to change those inputs; the outputs are committed."""
import gzip, os, zlib

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'in')

PAGE = '''<!DOCTYPE html>
<html lang="fr"><head><meta charset="{charset}">
<title>Berlin livre des Gepard - Le Quotidien d'exemple</title>
<meta property="article:published_time" content="2023-02-14T09:30:00+01:00">
<link rel="canonical" href="https://quotidien.example/monde/2023/02/14/gepard">
<style>body {{ color: #222 }}</style><script>var tracker = 1;</script>
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/eco">Économie</a></nav>
<div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
<article>
<h1>Berlin commande des munitions pour les Gepard livrés à l'Ukraine</h1>
<p class="byline">Par la rédaction, publié le 14 février 2023</p>
<p>L'Allemagne a commandé de nouvelles munitions pour les chars antiaériens Gepard qu'elle a livrés à l'Ukraine, a annoncé mardi le ministre de la Défense, Boris Pistorius.</p>
<p>« Les contrats sont signés et la production commence », a-t-il déclaré à Bruxelles, en marge d'une réunion des alliés.</p>
<p>Kiev a reçu une trentaine de Gepard depuis l'été, mais les obus de 35 mm se font rares.</p>
<div class="share">Partager : <a>Facebook</a> <a>Twitter</a></div>
</article>
<aside class="related"><h3>Sur le même sujet</h3><ul><li><a>La Suisse bloque la réexportation d'obus</a></li><li><a>Les Leopard arrivent en Pologne</a></li></ul></aside>
<section id="comments"><h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée.</p></section>
<footer>© 2023 Le Quotidien d'exemple. Tous droits réservés.</footer>
</body></html>
'''

EN_PAGE = '''<html><head><title>Norway sends NASAMS launchers</title>
<meta name="date" content="2023-03-10"></head><body>
<header><a href="/">Home</a></header>
<div id="main"><div class="article-body">
<p>OSLO (Wire) - Norway will donate two more NASAMS air defence launchers to Ukraine, Defence Minister Bj\u00f8rn Arild Gram said on Friday.</p>
<p>"Air defence is Ukraine's most urgent need," Gram told reporters, adding that the systems would be delivered within weeks.</p>
</div></div>
<div class="newsletter">Sign up for our newsletter</div>
</body></html>
'''


def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data)


def chunked(body, size=97):
    out = b''
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b'%x\r\n' % len(part) + part + b'\r\n'
    return out + b'0\r\n\r\n'


def warc_record(kind, uri, payload, ctype):
    head = ('WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n'
            'WARC-Date: 2023-03-11T08:00:00Z\r\nContent-Type: %s\r\n'
            'Content-Length: %d\r\n\r\n' % (kind, uri, ctype, len(payload))).encode()
    return head + payload + b'\r\n\r\n'


def main():
    write('page-latin1.html', PAGE.format(charset='windows-1252').encode('cp1252'))
    write('page-utf8.html.gz', gzip.compress(PAGE.format(charset='utf-8').encode(), mtime=0))
    en = EN_PAGE.encode()
    recs = [
        warc_record('warcinfo', 'urn:x', b'software: dossier tests\r\n', 'application/warc-fields'),
        warc_record('request', 'https://news.example/nasams', b'GET /nasams HTTP/1.1\r\n\r\n',
                    'application/http; msgtype=request'),
        warc_record('response', 'https://news.example/nasams',
                    b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                    b'Transfer-Encoding: chunked\r\n\r\n' + chunked(en),
                    'application/http; msgtype=response'),
        warc_record('response', 'https://news.example/missing',
                    b'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>',
                    'application/http; msgtype=response'),
        warc_record('response', 'https://quotidien.example/gepard',
                    b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                    b'Content-Encoding: gzip\r\n\r\n' +
                    gzip.compress(PAGE.format(charset='utf-8').encode(), mtime=0),
                    'application/http; msgtype=response'),
        warc_record('response', 'https://news.example/logo.png',
                    b'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG',
                    'application/http; msgtype=response'),
    ]
    write('crawl.warc.gz', b''.join(gzip.compress(r, mtime=0) for r in recs))


if __name__ == '__main__':
    main()
