"""Picking and quoting the sentence that answers: scoring a section's sentences by the question's rarer words,
cutting a long one to the clauses asked about, splitting lettered items, reading the value asked out of it.

A mixin of the extractive answerer (assistant/extractive.py): it needs ``self.engine`` and the answerer's
``_decline``; everything here reads sections, never the question's text again beyond its terms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant import compose as C
from assistant import intents as I
from assistant import language as L
from assistant.answers import Answer, Citation
from index.chunking import Chunk, logical_lines, split_sentences
from index.genre import genre
from index.parser import DATAROW, FIGUREROW, ROW, is_field_line
from index.lexical import content_tokens
from index.normalize import fold, folded_tokens, squash
from index.query import detect_language, translate_terms
from index.retrieval import Hit
from index.zones import SIGNATURE, location
from index.tables import DATA_TABLE_HEAD

FOCUS_CHARS = 360  # a quoted sentence longer than this is cut to the clauses the question points at

VALUE_CHARS = 240  # the evidence quoted after a value asked: the clauses around it, about this long
ROW_NAME_WORDS = 5  # a row's name of this many content words may be named with one of each so many left out
INTRODUCED = 10  # the lines a lead-in ending in ":" brings with it into an answer, at most
ITEM_CHARS = 300  # each cut to about this long
HEADING_WEIGHT = 0.3  # a section's title is quoted only when no sentence of it says more
LISTED_CITED = 15  # the items of a list answer cited one by one, at most (the section holding them is cited too)

@dataclass
class _Evidence:
    hit: Hit
    quote: str

_UNIT_HEADING = re.compile(rf"^{L.unit_start()}")  # a heading naming the unit it tasks
_ROW_KINDS = (ROW, DATAROW, FIGUREROW)  # a table's rows, its group rows among them


def _heading_unit(heading: str, row: bool = False) -> str | None:
    """The unit a section's heading names as the one it tasks ("2. Sở Văn hóa …", "Điều 15. Trách nhiệm của Sở
    Khoa học và Công nghệ"), or None for a heading that names none. ``row``: the heading is a table's group row,
    which may write its unit in capitals ("C. GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG (06 thủ tục)": the rows under it
    are that office's) — unlike a part's heading in capitals, which names a topic ("PHẦN III. TRUNG TÂM …")."""
    name = genre().heading_unit(heading)
    words = name.split()
    probe = name[:1] + name[1:].lower() if row and len(words) > 1 and words[0].isupper() and words[1].isupper() \
        else name
    return name.rstrip(":. ") if _UNIT_HEADING.match(probe) and len(heading) <= 90 else None

_LETTER = re.compile(r"(?:^|(?<=[\s;:.]))([a-zđ])\)\s")

_LETTERS = "abcdđeghiklmn"

def _lettered(sentence: str) -> list[str]:
    """A sentence that runs lettered items together ("…: a) Tổ chức …; b) Duy trì …"): its lead-in, then each
    item on a line of its own; [] when it has no run of them (a, b, … in order)."""
    marks = list(_LETTER.finditer(sentence))
    letters = [m.group(1) for m in marks]
    if len(marks) < 2 or "".join(letters) != _LETTERS[:len(letters)]:
        return []
    head = sentence[:marks[0].start()].strip()
    items = [sentence[m.start():n.start() if n else len(sentence)].strip() for m, n in zip(marks, marks[1:] + [None])]
    return ([head] if head else []) + items

def _around(sentence: str, value: str, limit: int) -> str:
    """The run of ``sentence``'s clauses around the one holding ``value`` (at most ``limit`` characters when the
    clauses allow), marked "…" where it was cut; the sentence itself when it is short or lacks the value."""
    if len(sentence) <= limit:
        return sentence
    clauses = re.split(r"(?<=[,;])\s+", sentence)
    at = next((k for k, clause in enumerate(clauses) if value.split()[0] in clause), None)
    if at is None:
        return sentence
    i, j, length = at, at + 1, len(clauses[at])
    while True:  # grow on the side that keeps it shorter, the next clause first
        grown = False
        if j < len(clauses) and length + len(clauses[j]) + 1 <= limit:
            length, j, grown = length + len(clauses[j]) + 1, j + 1, True
        if i > 0 and length + len(clauses[i - 1]) + 1 <= limit:
            length, i, grown = length + len(clauses[i - 1]) + 1, i - 1, True
        if not grown:
            break
    text = " ".join(clauses[i:j])
    lead = "… " if i or sentence.startswith("…") else ""
    return f"{lead}{text.lstrip('… ')}{' …' if j < len(clauses) and not text.endswith('…') else ''}"


def _counts(counted: str, words: list[str]) -> bool:
    """The words after a number name what is counted: the word itself, or for "người" any noun of persons
    ("09 công chức", "07 thành viên"; assistant/language/cues.tsv person_noun)."""
    if counted in words:
        return True
    said = " ".join(words)
    return counted == "nguoi" and any(said.startswith(n) for n in L.phrases("cues", "person_noun", "vi"))


_THRESHOLD = re.compile(r"\b(?:tren|duoi|hon|qua|toi thieu|it nhat|toi da|vuot|over|under|at least|at most)\s*$")


def _figure_value(sentence: str, counted: str, shares: bool = False) -> str:
    """The figure of ``sentence`` a "bao nhiêu …" asks for: the number followed by the counted word ("69.000 hồ
    sơ"), or with "%" for a rate; "" when none is (then the sentence alone answers). ``shares``: a share of what
    is counted ("5% số người") answers too — the caller asks for counts first, shares when no sentence has one."""
    bare = re.sub(r"\b(?:19|20)\d\d\b|\d+/[A-ZĐ][\w-]*|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", " ", sentence)
    for m in re.finditer(r"\d[\d.,]*(?:\s*%)?", bare):
        after = bare[m.end():].split()[:4]
        if counted == "%":
            if "%" in m.group(0):
                return m.group(0).strip()
        elif shares and counted and "%" in m.group(0) and after and not _THRESHOLD.search(fold(bare[:m.start()])):
            # "gọi lại 5% số người đã trả lời", "85% hồ sơ": a share of what is counted answers "bao nhiêu người";
            # a threshold ("trên 30% số câu bỏ trống") is a condition, no count
            words = [w.strip(",.;:") for w in after]
            n = len(counted.split()) + (fold(words[0]) == "so")
            if " ".join(fold(w) for w in words[n - len(counted.split()):n]) == counted:
                return f"{m.group(0).strip()} {' '.join(words[:n])}"
        elif counted and "%" not in m.group(0) and not (after and after[0].startswith("(")) \
                and _counts(counted, [fold(w).strip(",.;:") for w in after[:3]]):  # "2 (Lĩnh vực: …, Hồ sơ …)" counts
            words = []  # no hồ sơ
            for w in after:
                words.append(w.strip(",.;:"))
                if w.endswith((",", ".", ";", ":")) or fold(w).strip(",.;:") == counted and len(words) > 1:
                    break
            return f"{m.group(0).strip()} {' '.join(words)}"
    # "Tổng số đại biểu dự kiến tại điểm cầu tỉnh: 160 người": the count given after a label that names it
    folded = fold(sentence)
    label = re.search(rf"\bso (?:luong )?{re.escape(counted)}\b[^:.;]{{0,60}}:\s*(?=\d)", folded) \
        if counted and counted != "%" and len(folded) == len(sentence) else None
    if label:
        value = re.match(r"\d[\d.,]*(?:\s+[^\W\d_]+)?", sentence[label.end():])
        return value.group(0).strip() if value else ""
    return ""

_UNIT_ROW = re.compile(r"^.*?\((?P<unit>[^()]{1,20})\)\s*\((?P<cells>[^()]*:[^()]*)\)$")


def _row_figure(sentence: str, counted: str, years: Sequence[str] = ()) -> str:
    """The figure of a data table's row whose name carries its unit ("Chỉ số SIPAS (%) (Ước thực hiện năm 2025:
    82,40, Mục tiêu năm 2026: ≥ 85)"): the value of the column that names the year asked, else of the first
    column with one; "" when the row counts something else."""
    m = _UNIT_ROW.match(" ".join(sentence.split()))
    if not m or not counted:
        return ""
    unit = m["unit"].strip()
    if counted not in fold(unit).split() and not (counted == "%" and unit == "%"):
        return ""
    filled = [(col, val) for col, val in _cells(m["cells"]) if re.search(r"\d", val)]
    pick = next(((col, val) for col, val in filled if any(y in col for y in years)), filled[0] if filled else None)
    if pick is None:
        return ""
    return f"{pick[1]}%" if unit == "%" else f"{pick[1]} {unit}"


def _table_row(sentence: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A data table's row as the index writes it, "Sở Y tế (Tiếp nhận (hồ sơ): 2.950, Trực tuyến (%): 71,4)":
    its name and its (column, value) cells; None for any other sentence."""
    text = " ".join(sentence.split())
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):  # the bracket that opens the last group: the cells
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            break
    name, inner = text[:i].strip(), text[i + 1:-1]
    cells = _cells(inner)
    if not name or not cells or len(cells) != inner.count(":"):
        return None
    if re.fullmatch(r"\d+[.)]?", name):  # "1 (Xã, phường: Xã Nà Lìu, Hồ sơ quá hạn: 142, …)": a numbered row is
        # named by its first cell of words
        first = next((i for i, (_, val) in enumerate(cells) if re.search(r"[^\W\d_]", val)), None)
        if first is not None:
            return cells[first][1], cells[:first] + cells[first + 1:]
    return name, cells


def _cells(inner: str) -> list[tuple[str, str]]:
    """"Tiếp nhận (hồ sơ): 2.950, Trực tuyến (%): 71,4" → [(column, value), …]: a row's cells as the index writes
    them (a comma inside a value does not cut it)."""
    return [(col.strip(), val.strip()) for col, val in
            (c.split(":", 1) for c in re.split(r",\s+(?=[^,:]*:)", inner) if ":" in c)]


def _names(name: str, question: str) -> bool:
    """``question`` names the row ``name``: word for word; or, a long name ("Trang bị Khu vực tự phục vụ tại các
    xã, phường"), by nearly all its content words ("… khu vực tự phục vụ ở xã, phường")."""
    bare = re.sub(r"\([^()]*\)", " ", name)  # "Công an tỉnh (giấy phép lái xe)" named as "Công an tỉnh"
    words, asked = folded_tokens(bare), folded_tokens(question)
    if len(words) >= 2 and f" {' '.join(words)} " in f" {' '.join(asked)} ":
        return True
    content = content_tokens(bare)
    return len(content) >= ROW_NAME_WORDS and len(set(content) - set(asked)) <= len(content) // ROW_NAME_WORDS - 1


def names_row(sentence: str, question: str) -> bool:
    """``sentence`` is a data table's row and ``question`` names it ("… của Sở Y tế …" of the row "Sở Y tế (…)")."""
    row = _table_row(sentence)
    return row is not None and _names(row[0], question)


def named_row_value(sentence: str, question: str, counted: str = "") -> str:
    """The value a question asks of a table row it names by name ("Tỷ lệ hồ sơ trực tuyến của Sở Y tế …" of the
    row "Sở Y tế (…, Trực tuyến (%): 71,4, …)"): the column whose header shares most words with the question;
    "" when the question does not name the row."""
    found = named_row_cell(sentence, question, counted)
    return found[1] if found else ""


# a column of the row's total ("Thành tiền", "Tổng", "Cộng") and of one item's ("Mức thưởng mỗi giải", "Đơn giá"),
# read as the columns write them (folded, "cộng" would be "công" and "mức" "mục"); a total asked, in a question
# typed with or without diacritics
_TOTAL_COLUMN = re.compile(r"\b(?:thành tiền|tổng|cộng|cả năm|tất cả|total)\b", re.IGNORECASE)
_EACH_COLUMN = re.compile(r"\b(?:mỗi|đơn giá|mức|per|each)\b", re.IGNORECASE)
_TOTAL_ASKED = re.compile(r"\b(?:thanh tien|tong|tong cong|ca nam|tat ca|total)\b")


def named_row_cell(sentence: str, question: str, counted: str = "") -> tuple[str, str] | None:
    """(column, value) of ``named_row_value``; None when the question names no row or no column of it."""
    row = _table_row(sentence)
    if row is None or not _names(row[0], question):
        return None
    name, cells = row
    asked = set(folded_tokens(question)) - set(folded_tokens(name))
    filled = [(col, val) for col, val in cells if re.search(r"\d", val)]
    if counted == "%":
        filled = [(col, val) for col, val in filled if "%" in col or "%" in val] or filled
    shared = lambda cv: len(set(folded_tokens(cv[0])) & asked)  # noqa: E731
    if not filled or not any(shared(cv) for cv in filled):
        return None  # no column is what is asked ("kinh phí" of a row of rates)
    col, val = max(filled, key=shared)  # the first of the best
    if _TOTAL_COLUMN.search(col) and not _TOTAL_ASKED.search(fold(question)):
        # "giải Nhất được bao nhiêu tiền": what one gets ("Mức thưởng mỗi giải"), not the row's total ("Thành tiền")
        unit_of = lambda c: (re.search(r"\(([^()]{1,20})\)\s*$", c) or [None, ""])[1]  # noqa: E731
        each = [(c, v) for c, v in filled if _EACH_COLUMN.search(c) and unit_of(c) == unit_of(col)]
        if len(each) == 1:
            col, val = each[0]
    unit = re.search(r"\(([^()]{1,20})\)\s*$", col) or re.search(r"\(([^()]{1,20})\)\s*$", name)
    unit = unit.group(1).strip() if unit else ""
    if unit == "%" and "%" not in val:
        return col, f"{val}%"
    return col, f"{val} {unit}" if unit and unit != "%" and not re.search(r"[^\W\d_]", val) else val


def column_says(column: str, sentence: str, question: str) -> bool:
    """The column's header shares a word with the question beyond the row's name, not only a number ("Tổng điểm"
    of "Sở Y tế, điểm CCHC 2025", not "Hồ sơ đã giải quyết năm 2025" by its year or by "sơ" of "Sở")."""
    row = _table_row(sentence)
    asked = set(folded_tokens(question)) - set(folded_tokens(row[0] if row else ""))
    return any(not w.isdigit() for w in set(folded_tokens(column)) & asked)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]

def _overlap(a: str, b: str) -> float:
    ta, tb = set(content_tokens(a)), set(content_tokens(b))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))

def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


class SentencePicking:
    """Sentence selection and quoting over ``self.engine``'s sections."""

    # -- sentences --------------------------------------------------------------------------------
    def _sentences(self, hits: Sequence[Hit]) -> list[tuple[Hit, str, str]]:
        """(hit, sentence, context): context is a bullet line's lead-in ("+ Trên kênh truyền hình:")."""
        out = []
        for h in hits:
            text, pos = h.chunk.text, 0
            for sentence in (_signing_lines(text) if h.chunk.section == SIGNATURE else split_sentences(text)):
                start = text.find(sentence[:30], pos)
                pos = start if start >= 0 else pos
                line = text[text.rfind("\n", 0, pos) + 1:]  # the line the sentence starts in
                lead_in = line.split(":", 1)[0] if line[:1] in "-+" and ":" in line[:60] else ""
                if sentence.startswith(DATA_TABLE_HEAD):  # a table's header cells say nothing of their own
                    continue
                if len(re.findall(r"[^\W\d_]", sentence)) >= 2:  # "2." alone is a list number, no sentence
                    out.append((h, sentence, lead_in))
        return out

    def _score_sentence(self, question_terms: set[str], sentence: str, context: str, hit: Hit) -> float:
        idf = self.engine.lexical.idf
        toks = folded_tokens(f"{context} {sentence}")
        have = set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}
        return sum(idf.get(t, 0.0) for t in question_terms if t in have) + 0.001 * hit.score

    def _question_terms(self, question: str) -> set[str]:
        # abbreviations are not expanded here: "PCI" must match "Bản tin PCI", not every "chỉ số"
        text = f"{question} {translate_terms(question)}" if detect_language(question) == "en" else question
        toks = content_tokens(text)
        return set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}

    def _best_sentence(self, question: str, hits: Sequence[Hit], accept=None) -> _Evidence | None:
        terms = self._question_terms(question)
        best, best_score = None, 0.0
        rank_weight = {id(h): 1.0 if i == 0 else 0.7 for i, h in enumerate(hits)}  # the best section first
        # "Trên đây là Kế hoạch …": the document's ending says nothing asked of it — but whom it is sent to
        closers = () if I.CUES["sent"].search(fold(question)) else genre().closers
        for h, sentence, ctx in self._sentences(hits):
            if accept is not None and not accept(sentence):
                continue
            if closers and sentence.lstrip("-–• ").startswith(closers):
                continue
            score = self._score_sentence(terms, sentence, ctx, h) * rank_weight[id(h)]
            if self._is_title(h.chunk, sentence):
                score *= HEADING_WEIGHT  # "V. KINH PHÍ THỰC HIỆN" names what its body says
            if score > best_score:
                best, best_score = _Evidence(h, sentence), score
        return best

    def _best_line(self, question: str, hits: Sequence[Hit]) -> _Evidence | None:
        terms = self._question_terms(question)
        best, best_score = None, 0.0
        for h in hits:
            for line in logical_lines(h.chunk.text):
                if line.startswith(DATA_TABLE_HEAD):
                    continue
                score = self._score_sentence(terms, line, "", h)
                if score > best_score:
                    best, best_score = _Evidence(h, line), score
        return best

    def _focus(self, question: str, sentence: str) -> str:
        """Of a sentence too long to read in a chat, the run of clauses that holds most of what is asked.

        Report prose packs a whole paragraph into one sentence ("…, góp phần đưa tỉnh … (Tháng 11/2023 đứng
        vị trí thứ 01/63 …)."); the answer is the clauses the question's words point at, not its first lines.
        """
        if len(sentence) <= FOCUS_CHARS:
            return sentence
        clauses = re.split(r"(?<=[,;:])\s+", sentence)  # a parenthesis stays with what it explains
        terms, idf = self._question_terms(question), self.engine.lexical.idf
        weights = []
        for clause in clauses:
            toks = folded_tokens(clause)
            have = set(toks) | {f"{a}_{b}" for a, b in zip(toks, toks[1:])}
            weights.append(sum(idf.get(t, 0.0) for t in terms if t in have))
        best, best_score = (0, 1), -1.0
        for i in range(len(clauses)):
            length, score = 0, 0.0
            for j in range(i, len(clauses)):
                length += len(clauses[j]) + 1
                if length > FOCUS_CHARS and j > i:
                    break
                score += weights[j]
                if score > best_score:
                    best, best_score = (i, j + 1), score
        i, j = best
        text = " ".join(clauses[i:j])
        return f"{'… ' if i else ''}{text}{' …' if j < len(clauses) else ''}"

    @staticmethod
    def _is_title(chunk: Chunk, sentence: str) -> bool:
        """Is ``sentence`` the section's heading, and a title ("KINH PHÍ THỰC HIỆN") rather than a task
        written out ("d) Duy trì hoạt động chuyên trang … và đặt banner trên …")?"""
        heading = chunk.heading
        return bool(heading) and sentence.endswith(heading) and len(sentence) <= len(heading) + 6 \
            and (heading.isupper() or len(heading.split()) <= 6)

    def _share(self, question: str, heading: str) -> float:
        """The share of the question's words (idf-weighted) a heading holds: "HÌNH THỨC TUYÊN TRUYỀN" holds
        less of "lồng ghép nội dung CCHC trong nội bộ … qua những hình thức nào" than the task that says it."""
        idf, have = self.engine.lexical.idf, set(content_tokens(heading))
        words = set(content_tokens(question))
        total = sum(idf.get(w, 0.0) for w in words)
        return sum(idf.get(w, 0.0) for w in words & have) / total if total else 0.0

    @staticmethod
    def _items_of_kind_asked(question: str, chunk: Chunk) -> list[str]:
        """The bullet lines of ``chunk`` that begin with a two-word noun of the question ("- Kế hoạch số 23…"
        for "những kế hoạch nào"), when there are at least two: the items of the kind asked for."""
        toks = content_tokens(question)
        pairs = {f"{a} {b}" for a, b in zip(toks, toks[1:])}
        items = []
        for line in logical_lines(chunk.text):
            words = folded_tokens(line)
            if line[:1] in "-+" and len(words) >= 2 and f"{words[0]} {words[1]}" in pairs:
                items.append(line)
        return items if len(items) >= 2 else []

    def _inline_items(self, question: str, hit: Hit) -> _Evidence | None:
        """The best sentence of ``hit`` when it names the kind asked for ("những huyện nào") and runs a list of
        them after it (two commas or more): the items are written inside the sentence, not as sub-sections."""
        m = re.search(r"\b(?:nhung|cac) ((?:\w+ ){0,7}?\w+) nao\b", fold(question))
        if not m:
            return None
        named = m.group(1).split()  # "các kiểu đa phương tiện nào": the kind is its longest tail a sentence names

        def runs_list(s: str, kind: re.Pattern) -> bool:  # names the kind, then two commas or more
            found = kind.search(fold(s))
            return bool(found) and fold(s)[found.end():].count(",") >= 2

        for n in range(len(named), min(len(named), 2) - 1, -1):
            kind = re.compile(rf"\b{' '.join(named[-n:])}\b")
            ev = self._best_sentence(question, [hit], lambda s, k=kind: runs_list(s, k))
            if ev is not None:
                return ev
        return None

    def _from_sentence(self, base: Answer, ev: _Evidence, value: str = "") -> Answer:
        """The sentence that answers, cited: after ``value`` (the value asked, when one was read out of it); a
        run of lettered items ("a) … b) …") one per line."""
        lang, c = base.language, ev.hit.chunk
        sentence = re.sub(r"^(?:[IVX]+|\d+|[a-zđ])[.)]\s+", "", ev.quote.lstrip("-+ ").strip())  # the ref says it
        if base.kind in (I.GENERAL, I.FACT, I.DEFINITION):  # not where the answer is a unit or the whole list
            sentence = self._focus(base.question, sentence)
        if value:  # the value said first: its evidence is the clauses around it
            sentence = _around(sentence, value, VALUE_CHARS)
        ref = self._ref(c, lang)
        unit = self._unit_above(c)
        if unit is None and base.kind == I.LEAD and _heading_unit(c.heading):
            unit = c  # "1. Phòng Báo chí …" over "Là đầu mối theo dõi …": the section's own heading says who
        if unit is not None and base.kind == I.LEAD and not value:  # "who": the unit whose duties these are, first
            value = _heading_unit(unit.heading, row=unit.kind in _ROW_KINDS) or unit.heading.rstrip(":. ")
        elif unit is not None and len(unit.heading) <= 90:  # a heading, not a paragraph's first sentence
            ref = f"{ref} – {unit.heading}"
        name = C.plan_name(self.engine, c.document, lang)
        source = f"theo {ref} của {name}" if lang == "vi" else f"according to {ref} of {name}"
        items = _lettered(sentence)
        introduced = [] if value or items else self._introduced(c, ev.quote)
        quoted = "\n".join(items) if items else f"“{sentence}”"
        if introduced:  # "…, gồm:" or the section's title: the lines it introduces, one per line
            quoted += "\n" + "\n".join(f"- {_clip(line.lstrip('-+•*– '), ITEM_CHARS)}" for line in introduced)
        sep = "\n" if items else " "
        base.answer = f"{value} — {source}:{sep}{quoted}" if value else f"{_upper_first(source)}:{sep}{quoted}"
        base.grounded, base.citations = True, [self._cite(c, [ev.quote, *introduced[:2]])]
        return base

    def _introduced(self, chunk: Chunk, quote: str) -> list[str]:
        """The lines ``quote`` introduces in its section: after a lead-in ending in ":" ("Sở cung cấp 06 bài …,
        gồm:") or after the section's title line, the lines that follow it (the section's items, up to
        INTRODUCED); [] after any other sentence. A quote alone would say only that there is a list."""
        text = chunk.text
        at = text.find(quote)
        title_line = at >= 0 and "\n" not in text[:at] and text.find("\n", at) > at and bool(chunk.heading) \
            and quote.rstrip(" :.").endswith(chunk.heading.rstrip(" :."))
        if at < 0 or not (quote.rstrip().endswith(":") or title_line):
            return []
        rest = text[at + len(quote):]
        return [ln.strip() for ln in rest.split("\n") if len(re.findall(r"[^\W\d_]", ln)) >= 2
                and (chunk.kind == "row" or not is_field_line(ln))][:INTRODUCED]  # a table row: every cell

    def _sentence_answer(self, question: str, hits: list[Hit], base: Answer, accept=None) -> Answer:
        """The best sentence of the first sections; with ``accept`` (the kind of value asked: a unit for "who",
        a figure or date for "when"), only one that holds it — none is a decline, not another sentence."""
        top = hits[:2]
        if accept is not None:
            ev = self._best_sentence(question, top, accept)
        else:
            ev = self._best_sentence(question, top, lambda s: len(s) > 12) or self._best_sentence(question, top)
        if ev is None:
            return self._decline(base, I.Intent(base.kind, None, False), hits)
        return self._from_sentence(base, ev)

    @staticmethod
    def _cite(chunk: Chunk, quote_lines: list[str]) -> Citation:
        quote = " … ".join(squash(q) for q in quote_lines if q and q.strip())
        return Citation(chunk.document, chunk.title, chunk.section, quote or squash(chunk.text)[:300])

    # -- references -----------------------------------------------------------------------------------
    def _ref(self, chunk: Chunk, lang: str) -> str:
        return self._ref_path(chunk.section, lang)

    @staticmethod
    def _ref_path(section: str, lang: str) -> str:
        return location(section, lang)

    def _unit_above(self, chunk: Chunk) -> Chunk | None:
        """The section, or its nearest ancestor, whose heading is a unit ("2. Sở Văn hóa, Thể thao và Du lịch",
        its duties in the lines below it)."""
        register = self.engine.register
        if register is not None and (chunk.document, chunk.section) in register.duty_sections:
            return chunk
        path, parent = chunk.section, None
        while True:
            if parent and _heading_unit(parent.heading, row=parent.kind in _ROW_KINDS):
                return parent
            if "." not in path:
                return None
            path = path.rsplit(".", 1)[0]
            parent = self.engine.chunk(chunk.document, path)


def _signing_lines(text: str) -> list[str]:
    """A signature block's lines, a name read with the titles written above it ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH /
    Lương Văn Thịnh" is one line): the name is the deputy's, which only the titles say."""
    out, titles = [], []
    for line in (l.strip() for l in text.split("\n")):
        if not line:
            continue
        if line.upper() == line and re.search(r"[^\W\d_]", line):
            titles.append(line)
            continue
        out.append(" ".join([*titles, line]) if titles else line)
        titles = []
    return out + titles
