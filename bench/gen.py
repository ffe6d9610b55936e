#!/usr/bin/env python3
"""gen.py: writes the synthetic benchmark corpus for `make bench`.

Every sentence comes from templates written for this project (never from the
real articles in ../shared/eval): French and English news paragraphs about
military aid to Ukraine, filled from slot tables with a seeded RNG, so the
same parameters always give the same bytes. Articles of 2-8 KB of text get
boilerplate lines mixed in and are wrapped three ways:

  txt/qN/SSS/*.txt   title line, optional " date YYYY-MM-DD " marker
  html/pN/SSS/*.html pages with nav, header, sidebar, comments, cookie
                     banner, scripts and styles around an <article>
  warc/*.warc.gz     WARC/1.0 response records (some chunked, some gzip
                     content-encoded) plus warcinfo, request, metadata,
                     redirect and image records; one gzip member per record

Each format gets a third of --mb megabytes (uncompressed). The txt and html
sets are cut in four parts, so that a quarter of the set is one folder. When
OUT/manifest.txt already records the same parameters nothing is done. The
manifest holds one "key value" line per figure (bytes, docs, files) for
bench/run.sh. Standard library only.
"""
import argparse
import base64
import gzip
import hashlib
import os
import random
import re
import shutil
import sys
import zlib
from multiprocessing import Pool

GEN_VERSION = 7          # bump when the output changes for given parameters
MB = 1000 * 1000
WARC_FILE_BYTES = 50 * MB  # uncompressed WARC bytes per .warc.gz file
SHARD_FILES = 500        # files per sub-folder
PARTS = 4                # txt and html are written in four equal parts

# --------------------------------------------------------------------------
# Slot tables. Donor states: French name with article, "de" form, capital,
# English name, English adjective, officials (name, role fr, role en).
# --------------------------------------------------------------------------
DONORS = [
    ("l'Allemagne", "de l'Allemagne", "Berlin", "Germany", "German", [
        ("Olaf Scholz", "le chancelier allemand", "German Chancellor"),
        ("Boris Pistorius", "le ministre allemand de la Défense", "German Defence Minister"),
        ("Annalena Baerbock", "la cheffe de la diplomatie allemande", "German Foreign Minister")]),
    ("la France", "de la France", "Paris", "France", "French", [
        ("Emmanuel Macron", "le président français", "French President"),
        ("Sébastien Lecornu", "le ministre des Armées", "French Armed Forces Minister"),
        ("Catherine Colonna", "la ministre des Affaires étrangères", "French Foreign Minister")]),
    ("les États-Unis", "des États-Unis", "Washington", "the United States", "US", [
        ("Joe Biden", "le président américain", "US President"),
        ("Lloyd Austin", "le secrétaire américain à la Défense", "US Defense Secretary"),
        ("Antony Blinken", "le secrétaire d'État américain", "Secretary of State"),
        ("John Kirby", "le porte-parole du Conseil de sécurité nationale", "National Security Council spokesman")]),
    ("le Royaume-Uni", "du Royaume-Uni", "Londres", "the United Kingdom", "British", [
        ("Rishi Sunak", "le Premier ministre britannique", "British Prime Minister"),
        ("Ben Wallace", "le ministre britannique de la Défense", "British Defence Secretary"),
        ("Grant Shapps", "le ministre britannique de la Défense", "Defence Secretary")]),
    ("la Pologne", "de la Pologne", "Varsovie", "Poland", "Polish", [
        ("Andrzej Duda", "le président polonais", "Polish President"),
        ("Mariusz Błaszczak", "le ministre polonais de la Défense", "Polish Defence Minister")]),
    ("le Danemark", "du Danemark", "Copenhague", "Denmark", "Danish", [
        ("Mette Frederiksen", "la Première ministre danoise", "Danish Prime Minister"),
        ("Troels Lund Poulsen", "le ministre danois de la Défense", "Danish Defence Minister")]),
    ("les Pays-Bas", "des Pays-Bas", "La Haye", "the Netherlands", "Dutch", [
        ("Mark Rutte", "le Premier ministre néerlandais", "Dutch Prime Minister"),
        ("Kajsa Ollongren", "la ministre néerlandaise de la Défense", "Dutch Defence Minister")]),
    ("la Norvège", "de la Norvège", "Oslo", "Norway", "Norwegian", [
        ("Jonas Gahr Støre", "le Premier ministre norvégien", "Norwegian Prime Minister"),
        ("Bjørn Arild Gram", "le ministre norvégien de la Défense", "Norwegian Defence Minister")]),
    ("le Canada", "du Canada", "Ottawa", "Canada", "Canadian", [
        ("Justin Trudeau", "le Premier ministre canadien", "Canadian Prime Minister"),
        ("Anita Anand", "la ministre canadienne de la Défense", "Canadian Defence Minister")]),
    ("la Suède", "de la Suède", "Stockholm", "Sweden", "Swedish", [
        ("Ulf Kristersson", "le Premier ministre suédois", "Swedish Prime Minister"),
        ("Pål Jonson", "le ministre suédois de la Défense", "Swedish Defence Minister")]),
    ("l'Espagne", "de l'Espagne", "Madrid", "Spain", "Spanish", [
        ("Pedro Sánchez", "le chef du gouvernement espagnol", "Spanish Prime Minister"),
        ("Margarita Robles", "la ministre espagnole de la Défense", "Spanish Defence Minister")]),
    ("l'Italie", "de l'Italie", "Rome", "Italy", "Italian", [
        ("Giorgia Meloni", "la présidente du Conseil italien", "Italian Prime Minister"),
        ("Guido Crosetto", "le ministre italien de la Défense", "Italian Defence Minister")]),
    ("la République tchèque", "de la République tchèque", "Prague", "the Czech Republic", "Czech", [
        ("Petr Fiala", "le Premier ministre tchèque", "Czech Prime Minister"),
        ("Jana Černochová", "la ministre tchèque de la Défense", "Czech Defence Minister")]),
    ("la Slovaquie", "de la Slovaquie", "Bratislava", "Slovakia", "Slovak", [
        ("Eduard Heger", "le Premier ministre slovaque", "Slovak Prime Minister"),
        ("Jaroslav Naď", "le ministre slovaque de la Défense", "Slovak Defence Minister")]),
    ("la Finlande", "de la Finlande", "Helsinki", "Finland", "Finnish", [
        ("Sauli Niinistö", "le président finlandais", "Finnish President"),
        ("Antti Häkkänen", "le ministre finlandais de la Défense", "Finnish Defence Minister")]),
    ("l'Estonie", "de l'Estonie", "Tallinn", "Estonia", "Estonian", [
        ("Kaja Kallas", "la Première ministre estonienne", "Estonian Prime Minister"),
        ("Hanno Pevkur", "le ministre estonien de la Défense", "Estonian Defence Minister")]),
    ("la Lituanie", "de la Lituanie", "Vilnius", "Lithuania", "Lithuanian", [
        ("Gitanas Nausėda", "le président lituanien", "Lithuanian President"),
        ("Arvydas Anušauskas", "le ministre lituanien de la Défense", "Lithuanian Defence Minister")]),
    ("la Belgique", "de la Belgique", "Bruxelles", "Belgium", "Belgian", [
        ("Alexander De Croo", "le Premier ministre belge", "Belgian Prime Minister"),
        ("Ludivine Dedonder", "la ministre belge de la Défense", "Belgian Defence Minister")]),
    ("le Portugal", "du Portugal", "Lisbonne", "Portugal", "Portuguese", [
        ("António Costa", "le Premier ministre portugais", "Portuguese Prime Minister")]),
    ("l'Australie", "de l'Australie", "Canberra", "Australia", "Australian", [
        ("Anthony Albanese", "le Premier ministre australien", "Australian Prime Minister"),
        ("Richard Marles", "le ministre australien de la Défense", "Australian Defence Minister")]),
]

UKRAINE = [
    ("Volodymyr Zelensky", "le président ukrainien", "Ukrainian President"),
    ("Oleksiy Reznikov", "le ministre ukrainien de la Défense", "Ukrainian Defence Minister"),
    ("Rustem Umerov", "le ministre ukrainien de la Défense", "Ukrainian Defence Minister"),
    ("Dmytro Kuleba", "le chef de la diplomatie ukrainienne", "Ukrainian Foreign Minister"),
    ("Andriy Yermak", "le chef de l'administration présidentielle ukrainienne", "head of the Ukrainian presidential office"),
    ("Valeri Zaloujny", "le commandant en chef des forces ukrainiennes", "Ukraine's commander-in-chief"),
]
RUSSIA = [
    ("Dmitri Peskov", "le porte-parole du Kremlin", "Kremlin spokesman"),
    ("Sergueï Lavrov", "le chef de la diplomatie russe", "Russian Foreign Minister"),
    ("Maria Zakharova", "la porte-parole de la diplomatie russe", "Russian Foreign Ministry spokeswoman"),
    ("Sergueï Choïgou", "le ministre russe de la Défense", "Russian Defence Minister"),
]
ALLIANCE = [
    ("Jens Stoltenberg", "le secrétaire général de l'Otan", "NATO Secretary General"),
    ("Josep Borrell", "le chef de la diplomatie européenne", "EU foreign policy chief"),
    ("Ursula von der Leyen", "la présidente de la Commission européenne", "European Commission President"),
]

# Materiel: French plural, English plural, quantity range.
SYSTEMS = [
    ("chars Leopard 2", "Leopard 2 tanks", 4, 120),
    ("chars Leopard 2A6", "Leopard 2A6 tanks", 4, 40),
    ("chars Leopard 1A5", "Leopard 1A5 tanks", 10, 180),
    ("chars Challenger 2", "Challenger 2 tanks", 4, 14),
    ("chars M1 Abrams", "M1 Abrams tanks", 10, 31),
    ("batteries Patriot", "Patriot batteries", 1, 3),
    ("systèmes de défense aérienne Patriot", "Patriot air defence systems", 1, 3),
    ("systèmes IRIS-T SLM", "IRIS-T SLM air defence systems", 1, 8),
    ("systèmes NASAMS", "NASAMS systems", 1, 8),
    ("lance-roquettes multiples HIMARS", "HIMARS multiple rocket launchers", 4, 38),
    ("lance-roquettes M270", "M270 rocket launchers", 3, 12),
    ("canons CAESAR", "CAESAR howitzers", 6, 49),
    ("canons automoteurs CAESAR", "CAESAR self-propelled guns", 6, 49),
    ("obusiers M777", "M777 howitzers", 18, 160),
    ("obusiers automoteurs PzH 2000", "PzH 2000 self-propelled howitzers", 5, 28),
    ("obus de 155 mm", "155 mm shells", 5000, 1000000),
    ("obus d'artillerie de 155 mm", "155mm artillery rounds", 5000, 1000000),
    ("véhicules de combat d'infanterie Bradley", "Bradley infantry fighting vehicles", 10, 109),
    ("véhicules blindés Marder", "Marder infantry fighting vehicles", 20, 80),
    ("chars légers AMX-10 RC", "AMX-10 RC armoured vehicles", 10, 40),
    ("avions de combat F-16", "F-16 fighter jets", 6, 61),
    ("avions MiG-29", "MiG-29 fighter jets", 4, 14),
    ("missiles de croisière Storm Shadow", "Storm Shadow cruise missiles", 10, 100),
    ("missiles SCALP", "SCALP missiles", 10, 50),
    ("canons antiaériens Gepard", "Gepard anti-aircraft guns", 5, 52),
    ("drones Bayraktar TB2", "Bayraktar TB2 drones", 3, 20),
    ("missiles antichars Javelin", "Javelin anti-tank missiles", 200, 8000),
    ("véhicules blindés de transport de troupes M113", "M113 armoured personnel carriers", 20, 300),
]

REGIONS_FR = ["Bakhmout", "Avdiïvka", "Zaporijjia", "Kharkiv", "Kherson", "Donetsk",
              "Louhansk", "Koupiansk", "Robotyne", "Vouhledar", "Tchassiv Iar", "Pokrovsk"]
REGIONS_EN = ["Bakhmut", "Avdiivka", "Zaporizhzhia", "Kharkiv", "Kherson", "Donetsk",
              "Luhansk", "Kupiansk", "Robotyne", "Vuhledar", "Chasiv Yar", "Pokrovsk"]
CITIES_FR = ["Bruxelles", "Ramstein", "Kiev", "Vilnius", "Washington", "Paris", "Berlin",
             "Londres", "Madrid", "Varsovie", "Munich", "Rzeszów"]
CITIES_EN = ["Brussels", "Ramstein", "Kyiv", "Vilnius", "Washington", "Paris", "Berlin",
             "London", "Madrid", "Warsaw", "Munich", "Rzeszow"]
TRAINING_FR = ["Allemagne", "Pologne", "Grande-Bretagne", "France", "Roumanie", "Danemark"]
TRAINING_EN = ["Germany", "Poland", "Britain", "France", "Romania", "Denmark"]
SOURCES_FR = ["l'agence Reuters", "l'AFP", "le quotidien Der Spiegel", "la chaîne CNN",
              "le Financial Times", "un communiqué du ministère", "des sources diplomatiques",
              "le site Politico", "l'institut Kiel"]
SOURCES_EN = ["Reuters", "the Associated Press", "Der Spiegel", "Politico",
              "the Kiel Institute", "a ministry statement", "two officials familiar with the talks",
              "the Financial Times", "Bloomberg"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SMALL_FR = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 8: "huit",
            10: "dix", 12: "douze", 14: "quatorze", 18: "dix-huit", 20: "vingt"}
SMALL_EN = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight",
            10: "ten", 12: "twelve", 14: "fourteen", 18: "eighteen", 20: "twenty"}

VERBS_FR = ["a déclaré", "a affirmé", "a assuré", "a souligné", "a indiqué", "a martelé",
            "a estimé", "a ajouté", "a insisté", "a expliqué", "a prévenu", "a lancé"]
VERBS_EN = ["said", "told reporters", "stressed", "added", "warned", "insisted",
            "said in a statement", "told a news conference", "wrote on X", "said on Tuesday"]

QUOTES_FR = [
    "Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra",
    "Chaque jour compte sur le champ de bataille",
    "Il s'agit d'un signal clair adressé au Kremlin",
    "Notre engagement ne faiblira pas, quelles que soient les menaces",
    "Ces systèmes vont sauver des vies ukrainiennes dès cet hiver",
    "Nous ne sommes pas en guerre contre la Russie, mais nous ne laisserons pas l'Ukraine seule",
    "L'Europe doit produire davantage de munitions, et plus vite",
    "Nous avons pris cette décision en étroite coordination avec nos alliés",
    "Les livraisons commenceront dans les prochaines semaines",
    "Il n'y a pas de tabou, mais il y a des contraintes industrielles",
    "Nos stocks ne sont pas infinis, il faut relancer la production",
    "Ce n'est pas une escalade, c'est une réponse à l'agression russe",
    "La défense aérienne reste la priorité absolue pour protéger les villes",
    "Nous devons donner à l'Ukraine les moyens de reprendre l'initiative",
    "Aucune option n'est exclue pour les mois qui viennent",
]
SHORT_QUOTES_FR = ["une décision historique", "un pas important", "un soutien indéfectible",
                   "une aide vitale", "un geste fort", "une étape décisive"]
RU_QUOTES_FR = [
    "Ces livraisons ne changeront rien à l'issue de l'opération militaire spéciale",
    "Ces chars brûleront comme les autres",
    "L'Occident prolonge délibérément le conflit",
    "Chaque convoi d'armes sur le territoire ukrainien sera une cible légitime",
    "C'est une implication directe dans le conflit",
]
QUOTES_EN = [
    "We will stand with Ukraine for as long as it takes",
    "Every day counts on the battlefield",
    "This sends a clear message to the Kremlin",
    "Our commitment will not waver, whatever the threats",
    "These systems will save Ukrainian lives this winter",
    "We are not at war with Russia, but we will not leave Ukraine alone",
    "Europe must produce more ammunition, and faster",
    "We took this decision in close coordination with our allies",
    "Deliveries will start in the coming weeks",
    "There is no taboo, but there are industrial constraints",
    "Our stocks are not infinite, we need to ramp up production",
    "This is not escalation, it is a response to Russian aggression",
    "Air defence remains the top priority to protect cities",
    "We must give Ukraine the means to regain the initiative",
    "No option is off the table for the months ahead",
]
SHORT_QUOTES_EN = ["a historic decision", "an important step", "unwavering support",
                   "vital help", "a strong signal", "a decisive step"]
RU_QUOTES_EN = [
    "These deliveries will not change the outcome of the special military operation",
    "These tanks will burn like the rest",
    "The West is deliberately prolonging the conflict",
    "Any weapons convoy on Ukrainian territory will be a legitimate target",
    "This is direct involvement in the conflict",
]

# --------------------------------------------------------------------------
# Sentence templates. Fields: Donor/donor (name), donor_de, capital, adj,
# official/role (of the article's donor), ua/ua_role, ru/ru_role, nato/
# nato_role, sys/sys2, qty/qty2, money, date, day, month, year, region,
# city, source, verb, quote, squote, ruquote, pct, n, weeks, training.
# --------------------------------------------------------------------------
FR_SENT = [
    "{Donor} va livrer {qty} {sys} à l'Ukraine, a annoncé {date} {role} {official}.",
    "Selon {source}, {donor} a déjà transféré {qty} {sys} depuis le début de l'année.",
    "Ce nouveau paquet d'aide, d'un montant de {money}, comprend notamment des {sys} et des munitions.",
    "« {quote} », {verb} {official}, {role}, lors d'une conférence de presse à {city}.",
    "{Capital} avait longtemps hésité avant d'accepter l'envoi de {sys}, invoquant des stocks insuffisants.",
    "Kiev réclame depuis des mois davantage de {sys} pour faire face aux bombardements russes.",
    "{Ua_role} {ua} a remercié {donor} sur les réseaux sociaux, saluant « {squote} ».",
    "Les premiers {sys} devraient arriver en Ukraine d'ici {month}, selon un responsable du ministère de la Défense.",
    "Au total, l'aide militaire {donor_de} à Kiev atteint désormais {money}, d'après les chiffres publiés {date}.",
    "Moscou a aussitôt dénoncé cette décision. « {ruquote} », {verb} {ru}, {ru_role}.",
    "Les soldats ukrainiens seront formés au maniement des {sys} en {training} pendant {weeks} semaines.",
    "{Donor} envisage également de fournir des {sys2}, mais aucune décision n'a encore été prise, a précisé une source gouvernementale.",
    "Lors de la réunion du groupe de contact de Ramstein, {n} pays se sont engagés à accélérer leurs livraisons.",
    "La production d'obus de 155 mm en Europe devrait augmenter de {pct} % d'ici {year}, selon la Commission européenne.",
    "{Official} a exclu pour l'instant l'envoi de {sys2}, estimant que cela risquait d'entraîner une escalade.",
    "L'annonce intervient alors que les forces russes intensifient leurs attaques dans la région de {region}.",
    "Cette livraison porte à {qty2} le nombre de {sys} fournis par les alliés occidentaux depuis février 2022.",
    "« Nous avons besoin de {sys}, et nous en avons besoin maintenant », a insisté {ua} {date}.",
    "{Nato_role}, {nato}, a appelé {date} les alliés à « faire davantage » pour la défense aérienne ukrainienne.",
    "D'après {source}, une partie des {sys} proviendrait des stocks de l'armée {adj_fr}, qui seront reconstitués auprès de l'industrie.",
    "Le Parlement a approuvé {date} une enveloppe supplémentaire de {money} destinée à l'achat de munitions pour Kiev.",
    "Les {sys} promis en {month} n'ont pas encore tous été livrés, reconnaît-on au ministère.",
    "{Donor} remplacera une partie de ses {sys2} cédés à l'Ukraine par du matériel neuf commandé à l'industrie.",
    "{Ua_role} {ua} a de nouveau exhorté les Occidentaux à fournir des {sys2}, jugés indispensables pour protéger les villes.",
    "Sur le front de {region}, les combats se poursuivent et l'artillerie ukrainienne manque toujours d'obus.",
    "Un diplomate européen, sous couvert d'anonymat, estime que « {squote} » reste nécessaire pour tenir l'hiver.",
    "Interrogé {date} sur le calendrier, {official} s'est refusé à donner une date précise.",
    "Les experts de l'institut Kiel évaluent l'ensemble des engagements militaires {donor_de} à {money}.",
    "{Ua} a jugé {date} que l'aide de {donor} arrivait « trop lentement » au regard de la situation sur le terrain.",
    "La livraison de {qty} {sys} avait été promise dès {month}, mais des obstacles logistiques ont retardé les transferts.",
    "Dans un communiqué, le ministère de la Défense {donor_de} précise que les {sys} seront prélevés sur les stocks existants.",
    "Le gouvernement a confirmé {date} avoir signé un contrat de {money} avec l'industriel pour produire de nouveaux {sys2}.",
    "Plusieurs pays européens, dont {donor}, ont proposé de financer l'achat d'obus hors de l'Union européenne.",
    "« {quote} », a répété {official} devant les députés, sans préciser le nombre de {sys} concernés.",
    "Cette décision a été saluée à {city} comme un tournant, même si de nombreux observateurs la jugent tardive.",
    "Kiev espère recevoir au moins {qty2} {sys2} supplémentaires avant la fin de l'année {year}.",
    "Selon l'état-major ukrainien, les {sys} déjà livrés ont permis de stabiliser une partie du front près de {region}.",
    "Le Kremlin a averti que toute livraison de {sys2} serait considérée comme « une provocation ».",
    "{Donor} rejoint ainsi la coalition de pays qui fournissent des {sys} à l'armée ukrainienne.",
    "Le coût de l'opération, estimé à {money}, sera en partie couvert par la Facilité européenne pour la paix.",
]
EN_SENT = [
    "{Donor} will send {qty} {sys} to Ukraine, {role} {official} announced {date}.",
    "According to {source}, {donor} has already transferred {qty} {sys} since the start of the year.",
    "The new aid package, worth {money}, includes {sys} and ammunition, the {adj} defence ministry said.",
    "“{quote},” {official} {verb} in {city}.",
    "{Capital} had long hesitated before agreeing to send {sys}, citing depleted stockpiles.",
    "Kyiv has for months urged its partners to supply more {sys} to counter Russian bombardments.",
    "{Ua_role} {ua} thanked {donor} on social media, calling the move “{squote}”.",
    "The first {sys} are expected to arrive in Ukraine by {month}, a defence official said.",
    "In total, {donor}'s military aid to Kyiv now stands at {money}, according to figures released {date}.",
    "Moscow quickly condemned the decision. “{ruquote},” {ru_role} {ru} {verb}.",
    "Ukrainian crews will be trained on the {sys} in {training} for {weeks} weeks.",
    "{Donor} is also considering supplying {sys2}, but no decision has been made yet, a government source said.",
    "At the Ramstein contact group meeting, {n} countries pledged to speed up their deliveries.",
    "European production of 155 mm shells is set to rise by {pct}% by {year}, the European Commission said.",
    "{Official} ruled out sending {sys2} for now, warning that it could lead to escalation.",
    "The announcement comes as Russian forces step up attacks around {region}.",
    "The delivery brings to {qty2} the number of {sys} provided by Western allies since February 2022.",
    "“We need {sys}, and we need them now,” {ua} said {date}.",
    "{Nato_role} {nato} urged allies {date} to “do more” for Ukraine's air defences.",
    "According to {source}, some of the {sys} will come from {adj} army stocks, to be replenished by industry.",
    "Lawmakers approved {date} an additional {money} to buy ammunition for Kyiv.",
    "Not all of the {sys} promised in {month} have been delivered yet, officials acknowledged.",
    "{Donor} will replace some of the {sys2} it gave to Ukraine with new equipment ordered from industry.",
    "{Ua} again pressed Western governments to provide {sys2}, calling them essential to protect cities.",
    "Fighting continues on the {region} front, where Ukrainian artillery is still short of shells.",
    "A European diplomat, speaking on condition of anonymity, said “{squote}” was needed to get through the winter.",
    "Asked {date} about the timetable, {official} declined to give a precise date.",
    "Analysts at the Kiel Institute put {donor}'s total military commitments at {money}.",
    "{Ua} said {date} that aid from {donor} was arriving “too slowly” given the situation on the ground.",
    "The delivery of {qty} {sys} had been promised as early as {month}, but logistical hurdles delayed the transfers.",
    "In a statement, the {adj} defence ministry said the {sys} would be drawn from existing stocks.",
    "The government confirmed {date} it had signed a {money} contract with industry to build new {sys2}.",
    "Several European countries, including {donor}, have offered to fund the purchase of shells from outside the EU.",
    "“{quote},” {official} told lawmakers, without specifying how many {sys} were involved.",
    "The decision was hailed in {city} as a turning point, although many observers say it came late.",
    "Kyiv hopes to receive at least {qty2} more {sys2} before the end of {year}.",
    "According to Ukraine's general staff, the {sys} already delivered have helped stabilise part of the front near {region}.",
    "The Kremlin warned that any delivery of {sys2} would be considered “a provocation”.",
    "{Donor} thus joins the coalition of countries supplying {sys} to the Ukrainian army.",
    "The cost of the operation, estimated at {money}, will be partly covered by the European Peace Facility.",
]
FR_TITLES = [
    "{Donor} promet {qty} {sys} à l'Ukraine",
    "Aide militaire : {capital} débloque {money} pour Kiev",
    "Kiev réclame davantage de {sys} à ses alliés",
    "{Sys} : {capital} franchit le pas",
    "Ukraine : {donor} annonce un nouveau paquet d'aide de {money}",
    "Livraisons d'armes : {official} sous pression",
    "Guerre en Ukraine : les {sys} arrivent au front",
    "Défense aérienne : {donor} envoie des {sys2}",
]
EN_TITLES = [
    "{Donor} pledges {qty} {sys} to Ukraine",
    "{Capital} unveils {money} military aid package for Kyiv",
    "Ukraine presses allies for more {sys}",
    "{Official} under pressure over {sys} for Kyiv",
    "First {sys} arrive in Ukraine, officials say",
    "{Donor} to send {sys2} as Russia steps up strikes",
    "Allies weigh {sys} request from Kyiv",
    "War in Ukraine: {adj} aid reaches {money}",
]
FR_LEADS = [
    "{City} ({agency}) — ",
    "",
    "",
    "{Day} {date_long}. ",
]
EN_LEADS = [
    "{CITY} ({agency}) — ",
    "",
    "",
    "{Day}, {date_long}. ",
]
OPENERS_FR = ["Par ailleurs, ", "De son côté, ", "Dans le même temps, ", "En outre, ",
              "Toutefois, ", "Pour rappel, "]
OPENERS_EN = ["Meanwhile, ", "Separately, ", "However, ", "In addition, ", "At the same time, ",
              "Earlier, "]
# sentence-initial words that an opener may put in lower case (not names)
LOWER_OK = {"Le", "La", "Les", "Un", "Une", "Ce", "Cette", "Au", "Lors", "Selon", "Dans", "Sur",
            "Plusieurs", "Interrogé", "The", "A", "In", "At", "According", "Lawmakers",
            "Fighting", "Several", "Analysts", "Asked", "Not"}
AGENCIES = ["AFP", "Reuters", "AP", "dpa", "Belga", "ANSA"]

BOILER_FR = [
    "Lire aussi : {title}",
    "À lire aussi : {title}",
    "Cet article vous a-t-il été utile ?",
    "Cliquez sur une étoile pour la noter !",
    "Note moyenne {rating} / 5. Décompte des voix : {votes}",
    "Laisser un commentaire",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    "Partager sur Facebook",
    "Partager sur X (anciennement Twitter)",
    "Nous utilisons des cookies pour améliorer votre expérience. Accepter Refuser",
    "Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
    "Publicité",
    "Vous avez aimé cet article ? Soutenez notre rédaction.",
]
BOILER_EN = [
    "Read more: {title}",
    "Related: {title}",
    "Post a comment",
    "Your email address will not be published; fields marked * are required.",
    "Share this:",
    "Click to share on Facebook (Opens in new window)",
    "Rate this article: {stars} ({rating} / 5, {votes} votes)",
    "We use cookies to give you the best experience on our website. Accept",
    "Sign up for our newsletter to get the latest news.",
    "Advertisement",
    "Was this article helpful? Yes No",
]
COMMENTS_FR = [
    "Enfin une bonne nouvelle, il était temps !",
    "Toujours trop peu et trop tard, comme d'habitude.",
    "Qui paie tout cela ? Nos impôts, évidemment.",
    "Merci pour cet article très complet.",
    "Il faudrait aussi parler des livraisons de munitions.",
    "Les chiffres annoncés ne correspondent pas à ce qui arrive réellement sur le terrain.",
]
COMMENTS_EN = [
    "Finally some good news, about time!",
    "Too little, too late, as usual.",
    "Who is paying for all this? Taxpayers, of course.",
    "Thanks for the detailed report.",
    "You should also cover the ammunition shortfall.",
    "The announced numbers never match what actually reaches the front.",
]
COMMENTERS = ["Jean-Marc", "Sylvie D.", "patriote75", "Observer_22", "Mike T.", "anna_k",
              "Pierre L.", "realist", "Kateryna", "Hans W.", "Le Vigilant", "dave1980"]


# "de obusiers" -> "d'obusiers" once the slots are filled
ELISION = re.compile(r"\b([dD])e (?=[aeiouyéèêâîôûhAEIOUYÉ])")


def cap(s):
    return s[:1].upper() + s[1:]


def fr_int(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return "\u202f".join(parts) if n >= 10000 else " ".join(parts)


def en_int(n):
    return f"{n:,}"


class Ctx:
    """The facts one article is about, and the slot values of one sentence.

    Sentence fields are drawn lazily (format_map asks only for the fields a
    template uses) and kept for the sentence, so a field named twice in one
    template gets one value."""

    def __init__(self, rng, lang, date):
        self.rng = rng
        self.fr = lang == "fr"
        self.donor = rng.choice(DONORS)
        self.off = rng.choice(self.donor[5])
        self.sys = rng.choice(SYSTEMS)
        self.date = date  # (y, m, d)
        self.vals = {}

    def new_sentence(self):
        self.vals = {}

    def __getitem__(self, key):
        v = self.vals.get(key)
        if v is None:
            v = self.draw(key)
            self.vals[key] = v
        return v

    def qty(self, sysinfo):
        lo, hi = sysinfo[2], sysinfo[3]
        n = self.rng.randint(lo, hi)
        if hi > 10000:
            n = n // 1000 * 1000
        table = SMALL_FR if self.fr else SMALL_EN
        if n in table and self.rng.random() < 0.5:
            return table[n]
        return fr_int(n) if self.fr else en_int(n)

    def money(self):
        r = self.rng
        if r.random() < 0.5:
            x = r.randint(1, 9)
            y = r.randint(0, 9)
            if self.fr:
                return f"{x},{y} milliards " + r.choice(["d'euros", "de dollars", "de livres"])
            return r.choice(["$", "€", "£"]) + f"{x}.{y} billion"
        m = r.choice([50, 100, 150, 200, 250, 300, 400, 500, 600, 750, 800])
        if self.fr:
            return f"{m} millions " + r.choice(["d'euros", "de dollars", "de couronnes"])
        return r.choice(["$", "€", "£"]) + f"{m} million"

    def when(self):
        r = self.rng
        y, m, d = self.date
        k = r.random()
        if self.fr:
            if k < 0.4:
                return r.choice(DAYS_FR)
            if k < 0.8:
                return f"le {d} {MONTHS_FR[m - 1]} {y}" if d > 1 else f"le 1er {MONTHS_FR[m - 1]} {y}"
            return "ce " + r.choice(DAYS_FR)
        if k < 0.4:
            return "on " + r.choice(DAYS_EN)
        if k < 0.8:
            return f"on {MONTHS_EN[m - 1]} {d}, {y}"
        return f"on {d} {MONTHS_EN[m - 1]} {y}"

    def draw(self, key):
        r, fr = self.rng, self.fr
        if key == "CITY":
            return r.choice(CITIES_EN).upper()
        low = key[:1].lower() + key[1:]
        if low != key:
            return cap(self[low])
        if key == "donor":
            return self.donor[0] if fr else self.donor[3]
        if key == "donor_de":
            return self.donor[1]
        if key == "capital":
            return self.donor[2] if fr else {"Londres": "London", "Varsovie": "Warsaw",
                                             "Copenhague": "Copenhagen", "La Haye": "The Hague",
                                             "Bruxelles": "Brussels", "Lisbonne": "Lisbon"}.get(
                                                 self.donor[2], self.donor[2])
        if key == "adj":
            return self.donor[4]
        if key == "adj_fr":
            return r.choice(["nationale", "de terre", "régulière"])
        if key == "official":
            return self.off[0]
        if key == "role":
            return self.off[1] if fr else self.off[2]
        if key in ("ua", "ua_role"):
            p = r.choice(UKRAINE)
            self.vals["ua"] = p[0]
            self.vals["ua_role"] = p[1] if fr else p[2]
            return self.vals[key]
        if key in ("ru", "ru_role"):
            p = r.choice(RUSSIA)
            self.vals["ru"] = p[0]
            self.vals["ru_role"] = p[1] if fr else p[2]
            return self.vals[key]
        if key in ("nato", "nato_role"):
            p = r.choice(ALLIANCE)
            self.vals["nato"] = p[0]
            self.vals["nato_role"] = p[1] if fr else p[2]
            return self.vals[key]
        if key == "sys":
            s = self.sys if r.random() < 0.7 else r.choice(SYSTEMS)
            self.vals["_sys"] = s
            return s[0] if fr else s[1]
        if key == "sys2":
            s = r.choice(SYSTEMS)
            return s[0] if fr else s[1]
        if key == "qty":
            self["sys"]
            return self.qty(self.vals["_sys"])
        if key == "qty2":
            self["sys"]
            s = self.vals["_sys"]
            n = r.randint(s[3], s[3] * 4)
            return fr_int(n) if fr else en_int(n)
        if key == "money":
            return self.money()
        if key == "date":
            return self.when()
        if key == "date_long":
            y, m, d = self.date
            return f"{d} {MONTHS_FR[m - 1]} {y}" if fr else f"{MONTHS_EN[m - 1]} {d}, {y}"
        if key == "day":
            return r.choice(DAYS_FR if fr else DAYS_EN)
        if key == "month":
            return r.choice(MONTHS_FR if fr else MONTHS_EN)
        if key == "year":
            return str(self.date[0] + r.randint(1, 3))
        if key == "region":
            return r.choice(REGIONS_FR if fr else REGIONS_EN)
        if key == "city":
            return r.choice(CITIES_FR if fr else CITIES_EN)
        if key == "training":
            return r.choice(TRAINING_FR if fr else TRAINING_EN)
        if key == "source":
            return r.choice(SOURCES_FR if fr else SOURCES_EN)
        if key == "agency":
            return r.choice(AGENCIES)
        if key == "verb":
            return r.choice(VERBS_FR if fr else VERBS_EN)
        if key == "quote":
            return r.choice(QUOTES_FR if fr else QUOTES_EN)
        if key == "squote":
            return r.choice(SHORT_QUOTES_FR if fr else SHORT_QUOTES_EN)
        if key == "ruquote":
            return r.choice(RU_QUOTES_FR if fr else RU_QUOTES_EN)
        if key == "pct":
            return str(r.choice([20, 30, 40, 50, 60, 75, 100]))
        if key == "n":
            return str(r.randint(11, 54))
        if key == "weeks":
            return str(r.randint(3, 12))
        if key == "title":
            return self.title()
        if key == "rating":
            return f"{r.randint(1, 4)}.{r.randint(0, 9)}"
        if key == "votes":
            return str(r.randint(0, 400))
        if key == "stars":
            k = r.randint(1, 5)
            return "★" * k + "☆" * (5 - k)
        raise KeyError(key)

    def fill(self, template):
        self.new_sentence()
        s = template.format_map(self)
        return ELISION.sub(r"\1'", s) if self.fr else s

    def title(self):
        saved = self.vals
        t = self.fill(self.rng.choice(FR_TITLES if self.fr else EN_TITLES))
        self.vals = saved
        return t


def rand_date(rng):
    """A day between 2022-02-24 and 2024-12-31 as (y, m, d)."""
    y = rng.choice([2022, 2023, 2023, 2024, 2024])
    m = rng.randint(3 if y == 2022 else 1, 12)
    d = rng.randint(1, 28)
    return (y, m, d)


class Article:
    __slots__ = ("lang", "date", "title", "paras", "boiler", "source")


def make_article(rng, recent):
    """One article: title, paragraphs (list of str) and boilerplate lines,
    2-8 KB of text. Now and then a near-copy of a recent article (the same
    story republished by another outlet), to give deduplication work."""
    if recent and rng.random() < 0.05:
        base = rng.choice(recent)
        a = Article()
        a.lang, a.date, a.title, a.source = base.lang, base.date, base.title, base.source
        a.paras = list(base.paras)
        if len(a.paras) > 3:
            del a.paras[rng.randrange(1, len(a.paras))]
        a.boiler = list(base.boiler)
        return a
    lang = "fr" if rng.random() < 0.55 else "en"
    fr = lang == "fr"
    date = rand_date(rng)
    ctx = Ctx(rng, lang, date)
    a = Article()
    a.lang, a.date = lang, date
    a.title = ctx.title()
    sents = FR_SENT if fr else EN_SENT
    target = rng.randint(2048, 8192)
    size = len(a.title)
    paras = []
    lead = ctx.fill(rng.choice(FR_LEADS if fr else EN_LEADS))
    openers = OPENERS_FR if fr else OPENERS_EN
    deck = []

    def sentence():
        # templates are dealt from a shuffled deck: no repeats until all used
        if not deck:
            deck.extend(sents)
            rng.shuffle(deck)
        t = ctx.fill(deck.pop())
        if rng.random() < 0.15:
            first = t.split(" ", 1)[0]
            if first in LOWER_OK:
                t = rng.choice(openers) + t[:1].lower() + t[1:]
            elif first[:1].isupper():
                t = rng.choice(openers) + t
        return t

    while size < target:
        k = rng.randint(1, 4)
        p = " ".join(sentence() for _ in range(k))
        if not paras:
            p = lead + p
        paras.append(p)
        size += len(p.encode()) + 2
    if fr and rng.random() < 0.3:
        paras = [p.replace("'", "’") for p in paras]
    a.paras = paras
    bl = BOILER_FR if fr else BOILER_EN
    a.boiler = [ctx.fill(rng.choice(bl)) for _ in range(rng.randint(0, 5))]
    a.source = None
    if rng.random() < 0.1:
        a.source = rng.choice(["La source: www.rt.com", "Source : AFP", "Source: Reuters",
                               "La source : www.ukrinform.fr", "Source: www.kyivindependent.com"])
    return a


def iso(d):
    return "%04d-%02d-%02d" % d


def slug(rng, a):
    words = "".join(c if c.isalnum() else "-" for c in a.title.lower().encode(
        "ascii", "ignore").decode())
    words = "-".join(w for w in words.split("-") if w)[:60]
    return f"{words}-{rng.randrange(16 ** 6):06x}"


# --------------------------------------------------------------------------
# txt
# --------------------------------------------------------------------------
def render_txt(rng, a):
    lines = []
    r = rng.random()
    if r < 0.45:
        lines.append(f" date {iso(a.date)} {a.title}")
    elif r < 0.6:
        lines.append(f" date {iso(a.date)} ")
        lines.append(a.title)
    else:
        lines.append(a.title)
    lines.append("")
    body = list(a.paras)
    for b in a.boiler:
        body.insert(rng.randint(1, len(body)), b)
    if a.source:
        body.append(a.source)
    lines.append("\n\n".join(body))
    return ("\n".join(lines) + "\n").encode()


# --------------------------------------------------------------------------
# html
# --------------------------------------------------------------------------
SITES = [
    ("fr", "La Vigie Défense", "www.lavigie-defense.fr", "vg"),
    ("fr", "Le Journal du Front Est", "www.journal-front-est.fr", "jfe"),
    ("fr", "Courrier Stratégique", "courrier-strategique.eu", "cs"),
    ("en", "The Eastern Ledger", "www.easternledger.com", "el"),
    ("en", "Defence Wire Daily", "defencewiredaily.co.uk", "dw"),
    ("en", "Atlantic Security Review", "www.atlsecreview.org", "asr"),
]
NAV_FR = ["Accueil", "International", "Europe", "Défense", "Ukraine", "Économie", "Opinions",
          "Vidéos", "Podcasts", "Newsletters", "Archives", "Contact"]
NAV_EN = ["Home", "World", "Europe", "Defence", "Ukraine", "Business", "Opinion", "Video",
          "Podcasts", "Newsletters", "Archive", "Contact"]
CSS_RULES = [
    "body{margin:0;font-family:Georgia,serif;color:#1a1a1a;background:#fff}",
    ".{p}-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #e5e5e5}",
    ".{p}-nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}",
    ".{p}-nav a{color:#222;text-decoration:none;font:600 14px/1.2 Helvetica,Arial,sans-serif}",
    ".{p}-article{max-width:720px;margin:0 auto;padding:24px}",
    ".{p}-article p{font-size:19px;line-height:1.6;margin:0 0 1.1em}",
    ".{p}-sidebar{width:300px;float:right;padding:16px;background:#f7f7f7}",
    ".{p}-related li{margin-bottom:10px;font-size:15px}",
    ".{p}-comments{border-top:3px solid #111;margin-top:40px;padding-top:16px}",
    ".{p}-cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px;z-index:9999}",
    ".{p}-share a{display:inline-block;width:32px;height:32px;margin-right:6px;border-radius:50%}",
    ".{p}-footer{background:#111;color:#bbb;padding:40px 24px;font-size:13px}",
    "@media (max-width:768px){.{p}-sidebar{float:none;width:auto}.{p}-nav ul{overflow-x:auto}}",
    ".{p}-ad{min-height:250px;background:repeating-linear-gradient(45deg,#fafafa,#fafafa 10px,#f0f0f0 10px,#f0f0f0 20px)}",
    ".{p}-byline{color:#666;font:14px Helvetica,Arial,sans-serif}",
]
SVG_ICON = ('<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M{a} 2h-3a5 5 0 '
            '0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3z"/></svg>')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_attr(s):
    return esc(s).replace('"', "&quot;")


def config_blob(rng, n):
    keys = ["adUnit", "section", "tags", "abTest", "consentVersion", "paywall", "cdn",
            "experiments", "gtmId", "lazyLoad", "videoPlayer", "prebidTimeout"]
    items = []
    for i in range(n):
        k = rng.choice(keys) + str(i)
        v = rng.choice(['"%08x"' % rng.getrandbits(32), str(rng.randint(0, 99999)),
                        "true", "false", '["ukraine","defense","europe"]'])
        items.append(f'"{k}":{v}')
    return "{" + ",".join(items) + "}"


def html_para(rng, p, fr):
    s = esc(p)
    if fr and rng.random() < 0.3:
        s = s.replace("« ", "«&nbsp;").replace(" »", "&nbsp;»").replace(" :", "&nbsp;:")
    if rng.random() < 0.15:
        s = s.replace("’", "&rsquo;")
    r = rng.random()
    if r < 0.18:
        words = s.split(" ")
        if len(words) > 8:
            i = rng.randrange(0, len(words) - 3)
            if r < 0.1:
                words[i] = '<a href="/tag/ukraine" class="inline-link">' + words[i]
                words[i + 2] = words[i + 2] + "</a>"
            else:
                words[i] = "<strong>" + words[i]
                words[i + 2] = words[i + 2] + "</strong>"
            s = " ".join(words)
    return s


def render_html(rng, a, site, related):
    lang, name, host, p = site
    fr = lang == "fr"
    url = f"https://{host}/{iso(a.date)[:7].replace('-', '/')}/{slug(rng, a)}"
    out = []
    w = out.append
    w("<!DOCTYPE html>\n")
    w(f'<html lang="{lang}" class="no-js">\n<head>\n<meta charset="utf-8">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w(f"<title>{esc(a.title)} | {esc(name)}</title>\n")
    w(f'<meta name="description" content="{esc_attr(a.paras[0][:150])}">\n')
    w(f'<meta property="og:title" content="{esc_attr(a.title)}">\n')
    w('<meta property="og:type" content="article">\n')
    w(f'<meta property="og:url" content="{url}">\n')
    w(f'<meta property="og:site_name" content="{esc_attr(name)}">\n')
    if rng.random() < 0.8:
        hh, mm = rng.randint(5, 22), rng.randint(0, 59)
        w(f'<meta property="article:published_time" content="{iso(a.date)}T{hh:02d}:{mm:02d}:00+01:00">\n')
    w(f'<link rel="canonical" href="{url}">\n')
    w(f'<link rel="stylesheet" href="https://{host}/assets/css/main.{rng.getrandbits(32):08x}.css">\n')
    w("<style>\n" + "\n".join(r.replace("{p}", p) for r in CSS_RULES) + "\n</style>\n")
    w('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
      f'"headline":"{esc_attr(a.title)}","datePublished":"{iso(a.date)}",'
      f'"publisher":{{"@type":"Organization","name":"{esc_attr(name)}"}}}}</script>\n')
    w(f"<script>window.__CONFIG__ = {config_blob(rng, rng.randint(40, 200))};</script>\n")
    w("<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
      "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
      "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);"
      f"}})(window,document,'script','dataLayer','GTM-{rng.getrandbits(24):06X}');</script>\n")
    w("</head>\n<body>\n")
    w(f'<div class="{p}-cookie" id="cookie-banner" role="dialog"><p>')
    w("Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. "
      "En poursuivant votre navigation, vous acceptez leur utilisation." if fr else
      "We use cookies to give you the best experience on our website. By continuing to browse "
      "you agree to our use of cookies.")
    w('</p><button class="accept">' + ("Accepter" if fr else "Accept") + '</button><button class="refuse">'
      + ("Refuser" if fr else "Reject") + '</button> <a href="/privacy">'
      + ("Politique de confidentialité" if fr else "Privacy policy") + "</a></div>\n")
    w(f'<header class="{p}-header"><a class="logo" href="/">{esc(name)}</a>\n')
    w(f'<nav class="{p}-nav" aria-label="main"><ul>')
    for item in (NAV_FR if fr else NAV_EN):
        w(f'<li><a href="/{item.lower()}">{esc(item)}</a></li>')
    w('</ul></nav>\n<form class="search" action="/search"><input type="search" name="q" placeholder="'
      + ("Rechercher" if fr else "Search") + '"></form></header>\n')
    w(f'<div class="{p}-ad" id="ad-top" data-slot="leaderboard"></div>\n')
    w('<main id="content">\n')
    w(f'<aside class="{p}-sidebar"><h3>' + ("Les plus lus" if fr else "Most read") + "</h3>\n")
    w(f'<ol class="{p}-related">')
    for t in related:
        w(f'<li><a href="https://{host}/{slug(rng, a)}">{esc(t)}</a></li>')
    w(f'</ol>\n<div class="{p}-ad" data-slot="mpu"></div>\n')
    w("<h3>Newsletter</h3><p>" + ("Recevez chaque matin l'essentiel de l'actualité." if fr
                                  else "Get the essential news every morning.") + "</p></aside>\n")
    cls = rng.choice(["article-body", "entry-content", "story__body", "post-content"])
    w(f'<article class="{p}-article">\n<h1 class="headline">{esc(a.title)}</h1>\n')
    y, m, d = a.date
    shown = (f"{d} {MONTHS_FR[m - 1]} {y}" if fr else f"{MONTHS_EN[m - 1]} {d}, {y}")
    w(f'<p class="{p}-byline">' + ("Par " if fr else "By ") + rng.choice(COMMENTERS[:2] + ["la rédaction", "Staff"])
      + f' · <time datetime="{iso(a.date)}">{shown}</time></p>\n')
    w(f'<div class="{p}-share">' + "".join(
        f'<a href="#" class="share-{n}" title="{("Partager sur " if fr else "Share on ") + n}">'
        + SVG_ICON.format(a=rng.randint(10, 20)) + "</a>"
        for n in ("Facebook", "X", "LinkedIn", "WhatsApp")) + "</div>\n")
    w(f'<figure><img src="https://{host}/img/{rng.getrandbits(48):012x}.jpg" alt="" loading="lazy">'
      "<figcaption>" + ("Photo d'illustration." if fr else "File photo.") + "</figcaption></figure>\n")
    w(f'<div class="{cls}">\n')
    boiler_at = {rng.randint(1, len(a.paras)): b for b in a.boiler}
    for i, para in enumerate(a.paras):
        if i in boiler_at:
            b = boiler_at[i]
            w(f'<p class="related-inline"><strong>{esc(b)}</strong></p>\n')
        w(f"<p>{html_para(rng, para, fr)}</p>\n")
        if i == 2 and rng.random() < 0.5:
            w(f'<div class="{p}-ad" data-slot="inread"><script>window.ads&&ads.push("inread")</script></div>\n')
    if a.source:
        w(f"<p><em>{esc(a.source)}</em></p>\n")
    w("</div>\n")
    w('<div class="tags">' + "".join(f'<a rel="tag" href="/tag/{t}">{t}</a> '
                                     for t in ("ukraine", "defense", "otan" if fr else "nato")) + "</div>\n")
    w('<div class="rating">' + ("Cliquez sur une étoile pour la noter !" if fr else "Rate this post")
      + f' <span class="stars" data-score="{rng.randint(0, 5)}">★★★★★</span></div>\n')
    w("</article>\n")
    w(f'<section class="{p}-comments" id="comments"><h2>'
      + (f"{rng.randint(0, 40)} commentaires" if fr else f"{rng.randint(0, 40)} comments") + "</h2>\n")
    for _ in range(rng.randint(0, 6)):
        who = rng.choice(COMMENTERS)
        w(f'<div class="comment"><p class="comment-author">{esc(who)}</p><p class="comment-date">'
          f'{iso(a.date)}</p><p>{esc(rng.choice(COMMENTS_FR if fr else COMMENTS_EN))}</p>'
          '<a class="reply" href="#respond">' + ("Répondre" if fr else "Reply") + "</a></div>\n")
    w('<div id="respond"><h3>' + ("Laisser un commentaire" if fr else "Leave a Reply") + "</h3><p>"
      + ("Votre adresse e-mail ne sera pas publiée." if fr else "Your email address will not be published.")
      + '</p><form><textarea name="comment"></textarea><input name="author"><button>'
      + ("Publier" if fr else "Post Comment") + "</button></form></div>\n</section>\n")
    w("</main>\n")
    w(f'<footer class="{p}-footer"><ul>')
    for item in (["Mentions légales", "Qui sommes-nous", "Publicité", "Plan du site", "Emplois"] if fr
                 else ["Terms", "About us", "Advertise", "Sitemap", "Careers"]):
        w(f'<li><a href="/{item.lower().replace(" ", "-")}">{esc(item)}</a></li>')
    w(f"</ul><p>© {y} {esc(name)}. " + ("Tous droits réservés." if fr else "All rights reserved.")
      + "</p></footer>\n")
    w(f'<script src="https://{host}/assets/js/app.{rng.getrandbits(32):08x}.js" defer></script>\n')
    w("<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');"
      "document.querySelector('#cookie-banner .accept').addEventListener('click',function(){"
      "document.cookie='consent=1;max-age=31536000;path=/';this.parentNode.remove();});</script>\n")
    w("</body>\n</html>\n")
    return "".join(out).encode(), url


def pick_site(rng, a):
    return rng.choice([s for s in SITES if s[0] == a.lang])


def related_titles(rng, a, n):
    ctx = Ctx(rng, a.lang, a.date)
    return [ctx.title() for _ in range(n)]


# --------------------------------------------------------------------------
# WARC
# --------------------------------------------------------------------------
def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return f"<urn:uuid:{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}>"


def warc_date(rng, a):
    y, m, d = a.date
    return f"{y:04d}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def sha1_b32(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


def warc_record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + \
        f"Content-Length: {len(block)}\r\n\r\n"
    return head.encode() + block + b"\r\n\r\n"


def gz_member(b):
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    return c.compress(b) + c.flush()


def chunked(rng, body):
    out = []
    i = 0
    while i < len(body):
        n = rng.randint(1024, 16384)
        part = body[i:i + n]
        out.append(b"%x\r\n" % len(part) + part + b"\r\n")
        i += n
    out.append(b"0\r\n\r\n")
    return b"".join(out)


def http_response(rng, status, headers, body):
    reason = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}[status]
    h = f"HTTP/1.1 {status} {reason}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return h.encode() + body


def write_warc(path, rng, budget, stats):
    """Writes one .warc.gz of about `budget` uncompressed bytes; counts
    the bytes (uncompressed), records and HTML documents into stats."""
    recent = []
    raw = 0
    docs = 0
    nrec = 0
    with open(path + ".tmp", "wb") as f:
        info = ("software: dossier bench/gen.py\r\nformat: WARC File Format 1.0\r\n"
                "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                "description: synthetic news crawl for benchmarking\r\n").encode()
        rec = warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", "2024-06-01T00:00:00Z"),
                           ("WARC-Filename", os.path.basename(path)),
                           ("WARC-Record-ID", uuid(rng)), ("Content-Type", "application/warc-fields")], info)
        f.write(gz_member(rec))
        raw += len(rec)
        nrec += 1
        while raw < budget:
            a = make_article(rng, recent)
            recent.append(a)
            if len(recent) > 50:
                recent.pop(0)
            html, url = render_html(rng, a, pick_site(rng, a), related_titles(rng, a, rng.randint(5, 10)))
            date = warc_date(rng, a)
            req_id = uuid(rng)
            host = url.split("/")[2]
            req = (f"GET /{url.split('/', 3)[3]} HTTP/1.1\r\nHost: {host}\r\n"
                   "User-Agent: Mozilla/5.0 (compatible; dossier-bench/1.0)\r\n"
                   "Accept: text/html,application/xhtml+xml\r\nAccept-Encoding: gzip\r\n\r\n").encode()
            recs = [warc_record([("WARC-Type", "request"), ("WARC-Target-URI", url),
                                 ("WARC-Date", date), ("WARC-Record-ID", req_id),
                                 ("Content-Type", "application/http; msgtype=request")], req)]
            k = rng.random()
            if k < 0.03:  # a redirect: not an article
                msg = http_response(rng, 301, [("Location", url + "/"), ("Content-Length", "0")], b"")
            elif k < 0.05:  # an image
                img = bytes(rng.getrandbits(8) for _ in range(rng.randint(2000, 6000)))
                msg = http_response(rng, 200, [("Content-Type", "image/jpeg"),
                                               ("Content-Length", str(len(img)))], img)
            else:
                hdr = [("Date", "Sat, 01 Jun 2024 10:00:00 GMT"), ("Server", rng.choice(["nginx", "Apache", "cloudflare"])),
                       ("Content-Type", rng.choice(["text/html; charset=UTF-8", "text/html; charset=utf-8", "text/html"])),
                       ("Cache-Control", "max-age=300, public"), ("Vary", "Accept-Encoding"),
                       ("Set-Cookie", f"sid={rng.getrandbits(64):016x}; Path=/; HttpOnly")]
                body = html
                j = rng.random()
                if j < 0.08:
                    body = gzip.compress(html, 6, mtime=0)
                    hdr.append(("Content-Encoding", "gzip"))
                if j < 0.04 or 0.08 <= j < 0.25:
                    hdr.append(("Transfer-Encoding", "chunked"))
                    body = chunked(rng, body)
                else:
                    hdr.append(("Content-Length", str(len(body))))
                msg = http_response(rng, 200, hdr, body)
                docs += 1
            recs.append(warc_record([("WARC-Type", "response"), ("WARC-Target-URI", url),
                                     ("WARC-Date", date), ("WARC-Record-ID", uuid(rng)),
                                     ("WARC-Concurrent-To", req_id), ("WARC-IP-Address", "192.0.2.%d" % rng.randint(1, 254)),
                                     ("WARC-Payload-Digest", sha1_b32(msg)),
                                     ("Content-Type", "application/http; msgtype=response")], msg))
            if rng.random() < 0.1:
                meta = f"via: https://{host}/\r\nhopsFromSeed: L\r\nfetchTimeMs: {rng.randint(50, 900)}\r\n".encode()
                recs.append(warc_record([("WARC-Type", "metadata"), ("WARC-Target-URI", url),
                                         ("WARC-Date", date), ("WARC-Record-ID", uuid(rng)),
                                         ("Content-Type", "application/warc-fields")], meta))
            for rec in recs:
                f.write(gz_member(rec))
                raw += len(rec)
                nrec += 1
    os.replace(path + ".tmp", path)
    stats.update(bytes=raw, docs=docs, files=1, records=nrec, gz_bytes=os.path.getsize(path))


# --------------------------------------------------------------------------
# parts: each is written by one worker from its own seed
# --------------------------------------------------------------------------
def write_files_part(kind, folder, rng, budget, stats):
    recent = []
    total = 0
    n = 0
    while total < budget:
        a = make_article(rng, recent)
        recent.append(a)
        if len(recent) > 50:
            recent.pop(0)
        if kind == "txt":
            data = render_txt(rng, a)
            ext = "txt"
        else:
            data, _ = render_html(rng, a, pick_site(rng, a), related_titles(rng, a, rng.randint(5, 10)))
            ext = "html"
        shard = os.path.join(folder, "%03d" % (n // SHARD_FILES))
        if n % SHARD_FILES == 0:
            os.makedirs(shard, exist_ok=True)
        name = "%s-%s-%05d.%s" % (iso(a.date), a.lang, n, ext)
        with open(os.path.join(shard, name), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    stats.update(bytes=total, docs=n, files=n)


def run_part(job):
    kind, path, seed, budget = job
    rng = random.Random(seed)
    stats = {}
    if kind == "warc":
        write_warc(path, rng, budget, stats)
    else:
        os.makedirs(path, exist_ok=True)
        write_files_part(kind, path, rng, budget, stats)
    return kind, path, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="corpus folder")
    ap.add_argument("--mb", type=float, default=300, help="total size in MB (uncompressed)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    params = f"version={GEN_VERSION} mb={args.mb:g} seed={args.seed}"
    manifest = os.path.join(args.out, "manifest.txt")
    try:
        with open(manifest) as f:
            if f.readline().strip() == "params " + params:
                print(f"gen: corpus {args.out} is up to date ({params})", file=sys.stderr)
                return 0
    except OSError:
        pass
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)

    per_format = args.mb * MB / 3
    jobs = []
    for k, kind in enumerate(("txt", "html")):
        for part in range(PARTS):
            folder = os.path.join(args.out, kind, ("q%d" if kind == "txt" else "p%d") % (part + 1))
            jobs.append((kind, folder, args.seed * 1000003 + k * 100 + part, per_format / PARTS))
    nwarc = max(1, round(per_format / WARC_FILE_BYTES))
    for i in range(nwarc):
        path = os.path.join(args.out, "warc", "crawl-%03d.warc.gz" % i)
        jobs.append(("warc", path, args.seed * 1000003 + 500 + i, per_format / nwarc))
    os.makedirs(os.path.join(args.out, "warc"))
    # biggest jobs first, so that two workers end together
    jobs.sort(key=lambda j: (j[0] != "warc", -j[3]))
    print(f"gen: writing {args.mb:g} MB into {args.out} ({len(jobs)} parts, {args.jobs} jobs)",
          file=sys.stderr)
    with Pool(max(1, args.jobs)) as pool:
        results = pool.map(run_part, jobs, chunksize=1)

    totals = {}
    lines = []
    for kind, path, st in sorted(results, key=lambda r: r[1]):
        t = totals.setdefault(kind, {})
        for key, v in st.items():
            t[key] = t.get(key, 0) + v
        if kind == "txt" and path.endswith("q1"):
            lines += [f"txt_q1.{key} {v}" for key, v in st.items()]
        if kind == "html" and path.endswith("p1"):
            lines += [f"html_p1.{key} {v}" for key, v in st.items()]
        if kind == "warc" and path.endswith("-000.warc.gz"):
            lines += [f"warc_0.{key} {v}" for key, v in st.items()]
    for kind in ("txt", "html", "warc"):
        lines += [f"{kind}.{key} {v}" for key, v in sorted(totals[kind].items())]
    with open(manifest + ".tmp", "w") as f:
        f.write("params " + params + "\n" + "\n".join(lines) + "\n")
    os.replace(manifest + ".tmp", manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
