#!/usr/bin/env python3
"""Build Herald's demo news sample from the MEANTIME corpus (CC BY 4.0).

Usage (from the repository root):

    python3 scripts/build-demo-sample.py [MEANTIME_INTRA_DOC_DIR] [--out-dir DIR]

MEANTIME_INTRA_DOC_DIR defaults to
    ../shared/data/corpus/meantime/meantime_newsreader_english_oct15/intra-doc_annotation
relative to the repository root (the parent of this script's folder).

Outputs (default --out-dir: cli/src/main/resources/io/herald/cli/demo):

    meantime-sample.jsonl  one JSON object per article:
                           id, title, text, date (YYYY-MM-DD), url, source
    ATTRIBUTION.txt        titles, URLs, authors and licence of the articles

MEANTIME documents are token XML: sentence 0 is the title, sentence 1 the
dateline ("March 01, 2008"), the rest the body. The body is detokenised into
plain text; paragraphs are not recorded, so sentences are joined with single
spaces. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_IN = REPO_ROOT.parent / "shared/data/corpus/meantime/meantime_newsreader_english_oct15/intra-doc_annotation"
DEFAULT_OUT = REPO_ROOT / "cli/src/main/resources/io/herald/cli/demo"
SOURCE = "Wikinews (MEANTIME corpus, CC BY 4.0)"

# Articles chosen for governments, countries, officials, people and places.
DOC_IDS = [
    "100911",  # Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract
    "108294",  # Government Accountability Office requests rerun of US Air Force tanker bid
    "102977",  # Airbus parent EADS wins £13 billion UK RAF airtanker contract
    "11716",   # Airbus wins Qatar Airways order worth $15bn
    "128016",  # China Eastern Airlines to purchase twenty new Airbus A320 jets
    "129865",  # Airbus offers funding to search for black boxes from Air France disaster
    "87805",   # Indonesia's transport minister tells airlines not to buy European aircraft due to EU ban
    "118147",  # US automaker bailout deal fails to pass Senate
]

# --------------------------------------------------------------------------
# Detokenisation
# --------------------------------------------------------------------------

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...",
                   "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "¥"}
CURRENCY_PREFIX = re.compile(r"^(?:[A-Z]{1,3}\$|[$£€¥])$")  # US$, CA$, AU$, USD$, $, £, €, ¥
CURRENCY_COUNTRY = {"GB", "US", "AU", "CA", "NZ", "HK"}  # "GB £" -> "GB£"
NUMBER = re.compile(r"^[0-9]")
MERGED_CONTRACTIONS = {("ca", "n't"): "can't", ("wo", "n't"): "won't",
                       ("Ca", "n't"): "Can't", ("Wo", "n't"): "Won't"}

OPENQ, CLOSEQ, OPENS, DASH = "\u0001OPENQ", "\u0001CLOSEQ", "\u0001OPENS", "\u0001DASH"


def normalise_tokens(tokens: list[str]) -> list[str]:
    """Undo Penn Treebank conventions and tokenisation artefacts."""
    out: list[str] = []
    open_square = 0
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in ("``", "\u201c"):
            out.append(OPENQ)
        elif t in ("''", "\u201d"):
            out.append(CLOSEQ)
        elif t in ("`", "\u2018"):
            out.append(OPENS)
        elif t == "\u2019":
            out.append("'")
        elif t == "#" and NUMBER.match(nxt):
            out.append("£")  # PTB writes the pound sign as '#'
        elif t == "[":
            open_square += 1
            out.append(t)
        elif t == "]":
            if open_square:  # drop closing brackets whose opening half the corpus lost
                open_square -= 1
                out.append(t)
        elif t == "--":
            out.append(DASH)
        else:
            out.append(t)
    return out


def detokenize(tokens: list[str]) -> str:
    """Join tokens into natural text with English spacing around punctuation."""
    toks = normalise_tokens(tokens)
    text = ""
    glue = False        # the next token attaches without a space
    dq_open = False     # state for plain '"' tokens
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        attach, glue = glue, False
        if t == OPENQ:
            piece, glue = '"', True
        elif t == CLOSEQ:
            piece, attach = '"', True
        elif t == OPENS:
            piece, glue = "'", True
        elif t == DASH:
            if re.search(r"\d$", text) and NUMBER.match(nxt):
                piece, attach, glue = "\u2013", True, True   # 30 -- 40 -> 30–40
            else:
                piece = "\u2014"                               # was -- and is -- -> was — and is —
        elif t == '"':
            piece = '"'
            if dq_open:
                attach, dq_open = True, False
            else:
                glue, dq_open = True, True
        elif (prev, t) in MERGED_CONTRACTIONS and text.endswith(prev):
            text = text[: len(text) - len(prev)] + MERGED_CONTRACTIONS[(prev, t)]
            continue
        else:
            piece = t
            if t in NO_SPACE_BEFORE or t == "'":
                attach = True                                 # closing quote / plural possessive
            elif t == "ll" and prev.endswith("'"):
                attach = True                                 # "I' ll" -> "I'll"
            elif t == "-" and nxt in ("and", "or") and prev[-1:].isalnum():
                attach = True                                 # "medium - and" -> "medium- and"
            elif NUMBER.match(t) and CURRENCY_PREFIX.match(prev):
                attach = True                                 # "$ 40" -> "$40", "US$ 7.5" -> "US$7.5"
            elif t in ("£", "$") and prev in CURRENCY_COUNTRY:
                attach = True                                 # "GB £20.1"  -> "GB£20.1"
            if t in NO_SPACE_AFTER:
                glue = True
        text += piece if (attach or not text) else " " + piece
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}


def parse_dateline(tokens: list[str]) -> str:
    s = " ".join(tokens).replace(" ,", ",")
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", s)
    if not m or m.group(1).lower() not in MONTHS:
        raise ValueError(f"unrecognised dateline: {s!r}")
    return dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()


def load_doc(path: Path) -> dict:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[int(tok.get("sentence"))].append((int(tok.get("number")), tok.text or ""))
    order = sorted(sentences)
    toks = {k: [t for _, t in sorted(v)] for k, v in sentences.items()}
    if len(order) < 3:
        raise ValueError(f"{path.name}: fewer than 3 sentences")
    title = detokenize(toks[order[0]])
    date = parse_dateline(toks[order[1]])
    body = " ".join(detokenize(toks[k]) for k in order[2:])
    return {
        "id": f"meantime-{root.get('doc_id')}",
        "title": title,
        "text": body,
        "date": date,
        "url": root.get("url"),
        "source": SOURCE,
    }


ATTRIBUTION_HEAD = """Herald demo sample - attribution
================================

meantime-sample.jsonl contains {n} news articles from the English section of
the NewsReader MEANTIME corpus (version oct15), converted by
scripts/build-demo-sample.py: the token annotation was turned back into plain
text (detokenised; paragraph breaks are not recorded in the corpus, so
sentences are joined with single spaces), Penn Treebank conventions were
undone (`` '' quotes, '#' for the pound sign, '--' dashes), closing brackets
whose opening half the corpus lost were dropped, and the dateline was
normalised to an ISO date. No other changes were made.

Articles: Wikinews (https://en.wikinews.org), written by Wikinews contributors.
Corpus:   NewsReader MEANTIME corpus, (c) 2015 Fondazione Bruno Kessler,
          VU University Amsterdam, Universidad del Pais Vasco
          (NewsReader project, http://www.newsreader-project.eu/).
          Minard, A.-L., Speranza, M., Urizar, R., Altuna, B., van Erp, M.,
          Schoen, A., van Son, C. (2016). MEANTIME, the NewsReader Multilingual
          Event and Time Corpus. Proceedings of LREC 2016.
License:  Creative Commons Attribution 4.0 International (CC BY 4.0),
          https://creativecommons.org/licenses/by/4.0/

Articles included (title, publication date, URL):
"""


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("meantime_dir", nargs="?", type=Path, default=DEFAULT_IN)
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    docs = []
    for doc_id in DOC_IDS:
        matches = sorted(args.meantime_dir.glob(f"*/{doc_id}_*.xml"))
        if not matches:
            raise SystemExit(f"MEANTIME document {doc_id} not found under {args.meantime_dir}")
        docs.append(load_doc(matches[0]))

    args.out_dir.mkdir(parents=True, exist_ok=True)
    with (args.out_dir / "meantime-sample.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with (args.out_dir / "ATTRIBUTION.txt").open("w", encoding="utf-8", newline="\n") as f:
        f.write(ATTRIBUTION_HEAD.format(n=len(docs)))
        for d in docs:
            f.write(f"\n- {d['title']} ({d['date']})\n  {d['url']}\n")
    for d in docs:
        print(f"{d['id']}: {d['date']} {len(d['text'])} chars  {d['title']}")
    print(f"wrote {len(docs)} articles to {args.out_dir / 'meantime-sample.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
