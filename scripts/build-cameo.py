#!/usr/bin/env python3
"""Build Herald's CAMEO reference tables.

Usage (from the repository root):

    python3 scripts/build-cameo.py [CAMEO_CSV [CAMEO2PLOVER_TXT]] [--out-dir DIR]

Defaults for the inputs are resolved relative to the repository root (the
parent of this script's folder):

    ../shared/data/reference/cameo-codes_andybega-icews.csv
    ../shared/data/events/plover-gsr/CAMEO2PLOVER-2021.txt

Outputs (default --out-dir: model/src/main/resources/io/herald/model):

    cameo.tsv         code, name, goldstein, quadClass, root, description
    cameo-plover.tsv  cameo, ploverType, ploverMode, ploverContext

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from pathlib import Path

SCRIPT_NAME = "scripts/build-cameo.py"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CAMEO = REPO_ROOT.parent / "shared/data/reference/cameo-codes_andybega-icews.csv"
DEFAULT_PLOVER = REPO_ROOT.parent / "shared/data/events/plover-gsr/CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = REPO_ROOT / "model/src/main/resources/io/herald/model"

CODE_RE = re.compile(r"^\d{2,4}$")

# PLOVER drops CAMEO roots 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL). Their codes
# get this placeholder type so that every CAMEO code has an upper-case type.
DROPPED_TYPE = "DROPPED"

# Typographic characters normalised to ASCII after mojibake repair.
ASCII_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}


# --------------------------------------------------------------------------
# Input decoding and text cleaning
# --------------------------------------------------------------------------

def _repair_run(run: bytes) -> str:
    """Repair one run of non-ASCII bytes.

    The andybega/icews CSV stores UTF-8 text that was once decoded as Mac Roman
    and re-encoded as Windows-1252 (e.g. U+2019 became the bytes 82 C4 F4).
    Undo that; fall back to dropping the bytes when the run does not round-trip.
    """
    try:
        return run.decode("cp1252").encode("mac_roman").decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        pass
    try:
        return run.decode("utf-8")
    except UnicodeDecodeError:
        return ""


def read_text_repairing(path: Path, stats: dict) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    out = []
    pos = 0
    for m in re.finditer(rb"[\x80-\xff]+", raw):
        out.append(raw[pos:m.start()].decode("ascii"))
        fixed = _repair_run(m.group())
        stats["mojibake_runs"] = stats.get("mojibake_runs", 0) + 1
        if not fixed:
            stats["mojibake_dropped"] = stats.get("mojibake_dropped", 0) + 1
        out.append(fixed)
        pos = m.end()
    out.append(raw[pos:].decode("ascii"))
    return "".join(out)


def clean(value: str | None) -> str:
    """Clean one text field: NA -> empty, no mojibake, single spaces."""
    if value is None:
        return ""
    v = unicodedata.normalize("NFC", value)
    v = v.replace("\ufffd", "")  # replacement characters left by lossy decoders
    for k, rep in ASCII_PUNCT.items():
        v = v.replace(k, rep)
    v = re.sub(r"[\x00-\x1f\x7f]", " ", v)  # tabs, newlines, control chars
    v = re.sub(r"\s+", " ", v).strip()
    if v.upper() in ("NA", "N/A"):
        return ""
    return v


def quad_class(root: str) -> int:
    """GDELT QuadClass from the two-digit CAMEO root."""
    r = int(root)
    if 1 <= r <= 4:
        return 1  # verbal cooperation
    if 5 <= r <= 8:
        return 2  # material cooperation
    if 9 <= r <= 13:
        return 3  # verbal conflict
    if 14 <= r <= 20:
        return 4  # material conflict
    raise ValueError(f"CAMEO root out of range: {root}")


def format_goldstein(value: str, code: str) -> str:
    v = clean(value)
    if v == "":
        return ""
    try:
        f = float(v)
    except ValueError:
        raise SystemExit(f"cameo: non-numeric goldstein {value!r} for code {code}")
    return ("%g" % f) if f != int(f) else str(int(f))


# --------------------------------------------------------------------------
# CAMEO table
# --------------------------------------------------------------------------

def load_cameo(path: Path) -> list[dict]:
    stats: dict = {}
    text = read_text_repairing(path, stats)
    if stats:
        print(f"cameo: repaired {stats.get('mojibake_runs', 0)} mojibake byte runs "
              f"({stats.get('mojibake_dropped', 0)} unrecoverable, dropped)")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    out = []
    seen: dict[str, int] = {}
    duplicates = []
    for i, r in enumerate(rows, start=2):
        code = clean(r.get("code"))
        if not CODE_RE.match(code):
            raise SystemExit(f"cameo: line {i}: bad code {r.get('code')!r}")
        root = clean(r.get("root_code")) or code[:2]
        if root != code[:2]:
            print(f"cameo: warning: code {code} has root_code {root}; using {code[:2]}")
            root = code[:2]
        if code in seen:
            duplicates.append(code)
            continue
        seen[code] = i
        out.append({
            "code": code,
            "name": clean(r.get("name")),
            "goldstein": format_goldstein(r.get("goldstein", ""), code),
            "quadClass": str(quad_class(root)),
            "root": root,
            "description": clean(r.get("description")),
        })
    if duplicates:
        print(f"cameo: DUPLICATE codes (first occurrence kept): {', '.join(duplicates)}")
    else:
        print("cameo: no duplicate codes")
    # every 3/4-digit code must have its parent in the table
    codes = {r["code"] for r in out}
    orphans = [c for c in codes if len(c) > 2 and c[:-1] not in codes and c[:2] not in codes]
    if orphans:
        print(f"cameo: warning: codes without an ancestor: {sorted(orphans)}")
    out.sort(key=lambda r: (r["code"][:2], r["code"]))
    return out


# --------------------------------------------------------------------------
# CAMEO -> PLOVER table
# --------------------------------------------------------------------------

PLOVER_LINE = re.compile(r"^(\d{2,4})\s*:\s*(.*)$")


def load_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    """Parse CAMEO2PLOVER-2021.txt.

    Format, one mapping per line:  CODE: TYPE, MODE, CONTEXT # comment
    The field order follows PLOVER's "category-mode-context" scheme
    (PLOVER_README.md). Two-digit lines ("03: AGREE") are section headers that
    also give the root's type. Several contexts are separated by ';' in the
    source and joined with '|' here. Reading stops at the '~~~~~' end marker.
    """
    mapping: dict[str, tuple[str, str, str]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        s = line.strip()
        if s.startswith("~~~"):
            break
        if not s or s.startswith("#"):
            continue
        m = PLOVER_LINE.match(s)
        if not m:
            print(f"plover: line {lineno}: skipped unparseable line {s!r}")
            continue
        code, rest = m.group(1), m.group(2)
        rest = rest.split("#", 1)[0]
        fields = [f.strip() for f in rest.split(",")]
        if len(fields) > 3:
            print(f"plover: line {lineno}: more than 3 fields, extra ignored: {s!r}")
        fields = (fields + ["", "", ""])[:3]
        ptype = fields[0].upper()
        mode = re.sub(r"\s+", "", fields[1]).lower()
        context = "|".join(c.strip().lower() for c in fields[2].split(";") if c.strip())
        if not ptype:
            print(f"plover: line {lineno}: no type, skipped: {s!r}")
            continue
        entry = (ptype, mode, context)
        if code in mapping:
            if mapping[code] == entry:
                print(f"plover: line {lineno}: duplicate identical entry for {code} (ignored)")
            else:
                print(f"plover: line {lineno}: CONFLICTING entry for {code}: "
                      f"{'/'.join(entry)} vs kept {'/'.join(mapping[code])}")
            continue
        mapping[code] = entry
    return mapping


# The 2021 conversion table predates PLOVER's current category names, which the PLOVER README's
# CAMEO table and the PLOVER gold records use: 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE and
# 19 FIGHT (18 and 20 stay ASSAULT). Renamed by CAMEO root.
CURRENT_NAMES = {
    "09": ("ACCUSE", "INVESTIGATE"),
    "10": ("REQUEST", "DEMAND"),
    "11": ("ACCUSE", "DISAPPROVE"),
    "19": ("ASSAULT", "FIGHT"),
}


def current_name(code: str, entry: tuple) -> tuple:
    old, new = CURRENT_NAMES.get(code[:2], ("", ""))
    return (new, *entry[1:]) if entry[0] == old else entry


def build_plover_rows(cameo: list[dict], plover: dict) -> tuple[list[tuple], list[str], list[str]]:
    rows, inherited, unmapped = _build_plover_rows(cameo, plover)
    return [(r[0], *current_name(r[0], r[1:])) for r in rows], inherited, unmapped


def _build_plover_rows(cameo: list[dict], plover: dict) -> tuple[list[tuple], list[str], list[str]]:
    rows = []
    inherited = []
    unmapped = []
    for r in cameo:
        code = r["code"]
        if code in plover:
            rows.append((code, *plover[code]))
            continue
        ancestors = [code[:3], code[:2]] if len(code) == 4 else ([code[:2]] if len(code) == 3 else [])
        parent = next((a for a in ancestors if a in plover), None)
        if parent is None:
            unmapped.append(code)
            rows.append((code, DROPPED_TYPE, "", ""))
        else:
            inherited.append(f"{code}<-{parent}")
            rows.append((code, *plover[parent]))
    return rows, inherited, unmapped


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------

def check_field(v: str) -> str:
    if "\t" in v or "\n" in v or "\r" in v:
        raise SystemExit(f"field contains tab/newline: {v!r}")
    return v


def write_tsv(path: Path, comments: list[str], header: list[str], rows: list) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(check_field(str(v)) for v in row) + "\n")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cameo_csv", nargs="?", type=Path, default=DEFAULT_CAMEO)
    ap.add_argument("plover_txt", nargs="?", type=Path, default=DEFAULT_PLOVER)
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    cameo = load_cameo(args.cameo_csv)
    by_len = {n: sum(1 for r in cameo if len(r["code"]) == n) for n in (2, 3, 4)}
    print(f"cameo: {len(cameo)} codes ({by_len[2]} roots, {by_len[3]} three-digit, {by_len[4]} four-digit)")

    write_tsv(
        args.out_dir / "cameo.tsv",
        [f"herald cameo v1 - generated by {SCRIPT_NAME} from andybega/icews cameo-codes "
         f"(cameo-codes_andybega-icews.csv, MIT License, Copyright (c) 2022 Andreas Beger); "
         f"quadClass derived from the root as GDELT does: 01-04=1 verbal cooperation, "
         f"05-08=2 material cooperation, 09-13=3 verbal conflict, 14-20=4 material conflict"],
        ["code", "name", "goldstein", "quadClass", "root", "description"],
        [(r["code"], r["name"], r["goldstein"], r["quadClass"], r["root"], r["description"]) for r in cameo],
    )

    plover = load_plover(args.plover_txt)
    cameo_codes = {r["code"] for r in cameo}
    absent = sorted(c for c in plover if c not in cameo_codes)
    rows, inherited, unmapped = build_plover_rows(cameo, plover)
    print(f"plover: {len(plover)} codes in the conversion table")
    print(f"plover: {len(inherited)} CAMEO codes inherit their PLOVER mapping from an ancestor"
          + (f": {' '.join(inherited)}" if inherited else ""))
    print(f"plover: {len(absent)} codes in the PLOVER table are absent from cameo.tsv"
          + (f": {' '.join(absent)}" if absent else ""))
    print(f"plover: {len(unmapped)} CAMEO codes have no PLOVER mapping (PLOVER drops CAMEO roots 01 "
          f"and 02) and get ploverType {DROPPED_TYPE}" + (f": {' '.join(unmapped)}" if unmapped else ""))

    write_tsv(
        args.out_dir / "cameo-plover.tsv",
        [f"herald cameo-plover v1 - generated by {SCRIPT_NAME} from openeventdata/PLOVER "
         f"CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 17-September-2021; CC BY-SA 4.0)",
         "codes missing from the conversion table inherit type, mode and context from their nearest "
         "ancestor (4-digit -> 3-digit -> root); several contexts are joined with '|'",
         "types renamed to PLOVER's current names by CAMEO root: "
         + ", ".join(f"{k} {a}->{b}" for k, (a, b) in CURRENT_NAMES.items()),
         "CAMEO roots 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL) are dropped by PLOVER: "
         f"their codes have the placeholder ploverType {DROPPED_TYPE} (not a PLOVER category)"],
        ["cameo", "ploverType", "ploverMode", "ploverContext"],
        rows,
    )
    print(f"wrote {args.out_dir / 'cameo.tsv'} ({len(cameo)} rows)")
    print(f"wrote {args.out_dir / 'cameo-plover.tsv'} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
