# -*- coding: utf-8 -*-
"""Second check: each item's evidence lies inside the stated section (or a descendant), using a gold section
map built from make.py's own document model (not from any project parser).

    /work/main/.venv/bin/python check_sections.py
"""
import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make

ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"


def sq(s):
    s = unicodedata.normalize("NFC", s).replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def sections_A_plan():
    out, part, rom, ara, let, zone = [], None, None, None, None, "header"
    for kind, t in make.A_PLAN:
        s = t.strip()
        if s.startswith("Căn cứ"):
            zone = "preamble"
        m = re.match(r"Phần (thứ \w+)$", s)
        if m:
            part, rom, ara, let, zone = "Phần " + m.group(1), None, None, None, None
            continue
        if s.startswith("Trên đây là"):
            zone = "closing"
        if s.startswith("Nơi nhận"):
            zone = "signature"
        if zone is None:
            m = re.match(rf"({ROMAN})\. ", s)
            if m:
                rom, ara, let = m.group(1), None, None
            else:
                m = re.match(r"(\d+)\. ", s)
                if m:
                    ara, let = m.group(1), None
                else:
                    m = re.match(r"([a-zđ])\) ", s)
                    if m:
                        let = m.group(1)
            path = ".".join(x for x in (part, rom, ara, let) if x)
        else:
            path = zone
        out.append((path, t))
    return out


def sections_A_letter():
    out, zone = [], "header"
    for kind, t in make.A_LETTER:
        s = t.strip()
        if s.startswith("Ngày 17/01/2025"):
            zone = "preamble"
        m = re.match(r"(\d)\. ", s)
        if m:
            zone = m.group(1)
        if s.startswith("Nhận được"):
            zone = "closing"
        if s.startswith("Nơi nhận"):
            zone = "signature"
        out.append((zone, t))
    return out


def sections_B():
    out = [("header", t) for t in make.B_HEAD_LEFT + make.B_HEAD_RIGHT]
    rom = ara = sub = None
    zone = "header"
    for kind, t in make.B_BODY1 + [("table1", None)] + make.B_BODY2:
        if kind == "table1":
            for r in [make.B_TABLE1_HEAD] + make.B_TABLE1:
                out.append(("I", " ".join(r)))
            continue
        s = t.strip()
        if s.startswith("Thực hiện"):
            zone = "preamble"
        m = re.match(rf"({ROMAN})\. ", s)
        if m:
            rom, ara, sub, zone = m.group(1), None, None, None
        else:
            m = re.match(r"(\d+)\.(\d+)\. ", s)
            if m:
                sub = m.group(2)
            else:
                m = re.match(r"(\d+)\. ", s)
                if m:
                    ara, sub = m.group(1), None
        if s.startswith("Trên đây là"):
            zone = "closing"
        path = zone if zone else ".".join(x for x in (rom, ara, sub) if x)
        out.append((path, t))
    out += [("signature", t) for t in make.B_SIGN_LEFT + make.B_SIGN_RIGHT]
    out.append(("Phụ lục", "Phụ lục DỰ THẢO KẾ HOẠCH NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2026"))
    grp = None
    for row in make.B_ROWS:
        if row[0] == "G":
            grp = row[1].split(".")[0]
            out.append((f"Phụ lục.{grp}", row[1]))
        else:
            out.append((f"Phụ lục.{grp}.{row[0]}", " ".join(row[1:4]) + " " + row[5]))
    return out


def sections_C():
    out, zone, rom, ara = [], "header", None, None
    in_table = False
    for line in make.C_TEXT.splitlines():
        s = line.strip()
        if s.startswith("Thực hiện Kế hoạch số 25"):
            zone = "preamble"
        m = re.match(rf"\*\*({ROMAN}) - ", s)
        if m:
            rom, ara, zone = m.group(1), None, None
        m = re.match(r"(\d)\.\S", s)
        if m and zone is None:
            ara = m.group(1)
        if s.startswith("Trên đây là"):
            zone = "closing"
        if s.startswith("| **Nơi nhận"):
            zone = "signature"
        if s.startswith("[^1]:"):
            out.append(("preamble", s))          # footnote belongs where it is called
            continue
        path = zone if zone else ".".join(x for x in (rom, ara) if x)
        out.append((path, re.sub(r"<[^>]+>", " ", s)))
    return out


MAPS = {
    make.DA + "#2": sections_A_plan(),
    make.DA: sections_A_letter(),
    make.DB: sections_B(),
    make.DC: sections_C(),
}


def text_under(doc, sec):
    pre = sec + "."
    return sq(" ".join(t for p, t in MAPS[doc] if p == sec or p.startswith(pre)))


def main():
    bad = 0
    for line in open(os.path.join(make.HERE, "qa.jsonl"), encoding="utf-8"):
        it = json.loads(line)
        if it["document"] is None:
            continue
        docs = it["document"] if isinstance(it["document"], list) else [it["document"]]
        secs = it["section"] if isinstance(it["section"], list) else [it["section"]]
        evs = it["evidence"] if isinstance(it["evidence"], list) else [it["evidence"]]
        for d, s, e in zip(docs, secs, evs):
            if sq(e) not in text_under(d, s):
                found = sorted({p for p, t in MAPS[d] if sq(e) in sq(t)})
                print(it["id"], "evidence not under", d, s, "| found in", found, "|", e[:60])
                bad += 1
    print("section problems:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
