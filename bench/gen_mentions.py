#!/usr/bin/env python3
"""gen_mentions.py DB N: fills a dossier database with N synthetic aid
mentions (and one document per ten mentions) for `make bench` (section
store): the tracker's query time on a large database. The rows are made up
from slot tables with a seeded RNG (never from real articles); the database
must exist (made by `dossier ingest`), so that its schema is dossier's own.
Every provider is marked stale: the next query recomputes the tracker.
Standard library only (python3's sqlite3 module)."""
import random
import zlib
import sqlite3
import sys

PROVIDERS = ["Germany", "France", "United States", "United Kingdom", "Poland", "Netherlands",
             "Canada", "Italy", "Spain", "Sweden", "Norway", "Denmark", "Finland", "Czech Republic",
             "Slovakia", "Estonia", "Latvia", "Lithuania", "Belgium", "Portugal", "Australia",
             "Japan", "South Korea", "Turkey", "Greece", "Romania", "Bulgaria", "Austria",
             "Switzerland", "Ireland", "NATO", "European Union"]
ITEMS = [("Leopard 2", "Leopard 2", "main battle tank"), ("Leopard 2A6", "Leopard 2", "main battle tank"),
         ("Leopard 1A5", "Leopard 1", "main battle tank"), ("Challenger 2", "Challenger 2", "main battle tank"),
         ("M1 Abrams", "M1 Abrams", "main battle tank"), ("HIMARS", "HIMARS", "multiple rocket launcher"),
         ("CAESAR", "CAESAR", "howitzer"), ("PzH 2000", "PzH 2000", "howitzer"),
         ("Patriot", "Patriot", "surface-to-air missile"), ("IRIS-T", "IRIS-T", "surface-to-air missile"),
         ("Storm Shadow", "Storm Shadow", "cruise missile"), ("Bradley", "Bradley", "infantry fighting vehicle"),
         ("Marder", "Marder", "infantry fighting vehicle"), ("F-16", "F-16", "fighter aircraft"),
         ("Javelin", "Javelin", "anti-tank weapon"), ("Bayraktar TB2", "Bayraktar TB2", "drone"),
         (None, None, "tank"), (None, None, "artillery ammunition"), (None, None, "military aid package"),
         (None, None, "air defence system")]
ACTIONS = ["pledge"] * 5 + ["deliver"] * 3 + ["consider", "request", "refuse"]


def main():
    db, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(1)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")
    ndocs = max(1, n // 10)
    docs = []
    for i in range(ndocs):
        y, m, d = 2022 + rng.randrange(3), 1 + rng.randrange(12), 1 + rng.randrange(28)
        date = "%04d-%02d-%02d" % (y, m, d)
        docs.append(("bench-%07d" % i, rng.getrandbits(63), rng.getrandbits(63), date,
                     "https://outlet%d.example/%d" % (rng.randrange(200), i), "outlet%d.example" % rng.randrange(200)))
    con.executemany("INSERT INTO document (doc, hash, text_hash, title, date, url, outlet, chars, text)"
                    " VALUES (?, ?, ?, 'synthetic', ?, ?, ?, 0, '')",
                    [(d[0], d[1], d[2], d[3], d[4], d[5]) for d in docs])
    first = con.execute("SELECT MIN(key) FROM document WHERE doc LIKE 'bench-%'").fetchone()[0]
    rows = []
    for i in range(n):
        k = rng.randrange(ndocs)
        item, family, cat = ITEMS[rng.randrange(len(ITEMS))]
        qty = rng.choice([None, None, rng.randrange(1, 100)])
        amount = rng.choice([1e8, 2.5e8, 4e8, 1e9]) if cat == "military aid package" else None
        sentence = "Synthetic sentence %d about %s." % (rng.randrange(n), item or cat)
        rows.append((first + k, rng.choice(ACTIONS), rng.choice(PROVIDERS), "Ukraine", item, family, cat,
                     qty, amount, "USD" if amount else None, docs[k][3],
                     zlib.crc32(sentence.encode()), 0, len(sentence)))
    con.executemany("INSERT INTO aid (doc, action, provider, recipient, item, family, category, quantity,"
                    " amount, currency, date, evidence_hash, span_start, span_end)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("INSERT OR IGNORE INTO stale (provider) SELECT DISTINCT provider FROM aid")
    con.commit()
    con.close()


if __name__ == "__main__":
    main()
