"""Which row of a table holds the most or the least: "Lĩnh vực nào có nhiều hồ sơ quá hạn nhất?", "3 khóa học trực
tuyến, khóa nào nhiều người học nhất?", "Which commune had the lowest online filing rate?".

No plan writes the answer: it is read off a table's rows (index/tables.py writes each row as "- Cột: giá trị"
lines). The column is the one whose header the question names best; the rows are the table's, or those of the one
group row the question names ("trực tuyến" of "C. BỒI DƯỠNG TRỰC TUYẾN"); totals and group rows are no rows of it.
A column of "before/after" pairs ("20 ngày làm việc/12 ngày làm việc") asked of how much it was cut is read as
the cut. Every row is listed in order, the extreme first, so ties and runners-up are seen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant import compose as C
from assistant import language as L
from assistant.answers import Answer, Citation
from assistant.question import COMPARE
from assistant.row_sections import (TableRow, asked_words, holders, is_group, is_total, line_rows, named_group,
                                    named_rows, section_rows, table_of, table_rows_under, words_of)
from index.chunking import Chunk
from index.retrieval import Hit
from index.query import translate_terms
from index.normalize import fold, folded_tokens, squash

_NUMBER = r"\d[\d.]*(?:,\d+)?"
_PAIR = re.compile(rf"^\D*?({_NUMBER})[^/\d]*/\s*\D*?({_NUMBER})")  # "20 ngày làm việc/12 ngày làm việc"
_LISTED = 8  # rows listed after the extreme one
PLAIN_BONUS = 0.5  # a column of plain numbers over one of text holding a number, unless its name is said far less


def extreme_asked(folded: str) -> str:
    """"max" or "min" when ``folded`` asks which row is highest or lowest ("… nào nhiều … nhất", "which … lowest"),
    "more" or "less" when it asks which of the rows it names is ("tiêu chí 7.1 và 7.2, tiêu chí nào nặng điểm
    hơn"), "top" or "bottom" when it asks who ranks first or last ("đơn vị nào dẫn đầu"), else "". A "nào" must ask
    which thing ("khi nào … chậm nhất" asks a date)."""
    if not re.search(r"\b(?!khi\b|luc\b|bao\b)\w+ nao\b|\b(?:which|what|who)\b", folded):
        return ""
    for more, most, key in (("more", "most", "max"), ("less", "least", "min")):
        words = "|".join(map(re.escape, L.phrases("cues", more, "vi")))
        if re.search(rf"\b(?:{words})\b(?: \w+){{0,4}} nhat\b", folded) or L.any_phrase("cues", most).search(folded):
            return key
    for more, key in (("more", "more"), ("less", "less")):  # "tiêu chí nào nặng điểm hơn": of the rows it names
        words = "|".join(map(re.escape, L.phrases("cues", more)))
        if re.search(rf"\b(?:{words})\b(?: \w+){{0,4}} hon\b", folded) \
                or re.search(r"\b(?:which|who)\b", folded) and re.search(rf"\b(?:{words})\b", folded):
            return key
    for key in ("top", "bottom"):
        if L.any_phrase("cues", key).search(folded):
            return key
    return ""


@lru_cache(maxsize=1)
def _row_heads() -> frozenset[str]:
    """The first words of a unit's or a place's name, folded (assistant/language: units.tsv, cues.tsv)."""
    return frozenset(fold(h).lower() for h in (*L.written("units", "head"), *L.written("cues", "place_head")))


def _rows_asked(q) -> str:
    """The head of the rows a "which" asks for, folded: "so" of "Sở nào …", "xa" of "xã nào", "so" of "which
    department" (through the glossary); "" for any other ("đơn vị nào": a unit of any kind)."""
    m = re.search(r"\b(\w+(?: \w+)?) nao\b", q.folded) if q.language == "vi" else \
        re.search(r"\bwhich (\w+)", q.text.lower())
    if not m:
        return ""
    words = fold(translate_terms(m.group(1)) if q.language != "vi" else m.group(1)).lower().split()
    return next((" ".join(words[-n:]) for n in (2, 1) if len(words) >= n and " ".join(words[-n:]) in _row_heads()),
                "")


def _rows_of(valued, head: str) -> bool:
    """Most of a table's rows are named by ``head`` ("Sở Tư pháp", "Sở Y tế" of "so")."""
    named = [fold(r.name).lower() for r, _, _ in valued]
    return sum(n.startswith(f"{head} ") for n in named) * 2 > len(named)


def measure_words(text: str) -> str:
    """The words around the superlative, which name what is measured: "nhiều hồ sơ quá hạn nhất", "giảm nhiều
    nhất", "tiết kiệm chi phí nhiều nhất", "the lowest online filing rate" (up to four words before the word of more
    or less, those up to "nhất", and four after an English superlative)."""
    tokens = re.findall(r"[^\W_]+", text)
    folded = [fold(t.lower()) for t in tokens]
    more = set(L.phrases("cues", "more", "vi")) | set(L.phrases("cues", "less", "vi"))
    for i, f in enumerate(folded):
        if f in ("nhat", "hon"):
            start = next((j for j in range(i - 1, max(i - 6, -1), -1) if folded[j] in more), None)
            if start is not None:
                return " ".join(tokens[max(start - 4, 0):i])
    english = set(L.phrases("cues", "most")) | set(L.phrases("cues", "least"))
    for i, f in enumerate(folded):
        if f in english:
            return " ".join(tokens[i + 1:i + 5])
    return ""


def amount(value: str) -> float | None:
    """"1.318" → 1318, "84,0%" → 84.0, "-0,21" → -0.21 (Vietnamese digit grouping and decimal comma); None for
    no number."""
    m = re.search(rf"([-−–]?)\s*({_NUMBER})", value)
    if not m:
        return None
    number = float(m.group(2).replace(".", "").replace(",", "."))
    return -number if m.group(1) else number


class Superlatives:
    """A mixin of the extractive answerer (it has ``engine``, ``_scoped_topic``, ``_ref``)."""

    def _extreme_row(self, q) -> Answer | None:
        direction = extreme_asked(q.folded)
        if not direction:
            return None
        compared = direction in ("more", "less")  # of the rows the question names
        scope = {d for g in q.mentions for d in g} or set(q.places)
        best = other = None
        head = _rows_asked(q)
        for h in self.engine.search(q.focus, k=10, topic=self._scoped_topic(q)):
            found = self._best_table(q, [h], direction) if not scope or h.document in scope else None
            if found is not None and head and not _rows_of(found[2], head):
                other = other or found  # "sở nào …": a table of sở, not the first table of xã found
                continue
            if found is not None:
                best = found
                break  # the table of the best section found
        if best is None and other is not None:  # the other tables of the plan whose table of xã was found
            for c in holders(self.engine):
                found = self._best_table(q, [Hit(c, 0.0)], direction) if c.document == other[4].document else None
                if found is not None and _rows_of(found[2], head) and (best is None or found[0] > best[0]):
                    best = found
        best = best or other
        if best is None and scope:  # a table of the plan named that the search did not reach
            best = self._best_table(q, [Hit(c, 0.0) for c in holders(self.engine) if c.document in scope], direction)
        if best is None:
            return None
        _, column, rows, found_direction, table = best
        return self._ranked_answer(q, column, rows, found_direction, table, compared=compared)

    def _best_table(self, q, hits, direction: str, best=None):
        """Of the tables the sections are or are rows of, the one whose column the question names best:
        (score, column, [(row, value, amount)], direction, the section holding the table) — ``best`` if none is
        better."""
        under = table_rows_under(self.engine)
        asked, accented = asked_words(q)
        compared = direction in ("more", "less")
        for h in hits:
            for rows, table in self._tables_at(h, under, asked, accented, compared):
                rows = named_rows(rows, q.text) if compared else rows
                if len(rows) < 2:
                    continue
                found = self._column_of(q, asked, accented, {"more": "max", "less": "min"}.get(direction, direction),
                                        rows)
                if found and (best is None or found[0] > best[0]):
                    best = (*found, table)
        return best

    def _tables_at(self, h, under, asked: set[str], accented: bool, groups_too: bool = False
                   ) -> list[tuple[list[TableRow], Chunk]]:
        """The tables a section found is, or is a row of — (their rows, the section holding them) —: rows that
        are sections (those of the group row the question names, if it names one; no group rows, no totals —
        ``groups_too``: every row, a group row being one the question may name), or the rows written in its text."""
        out = []
        root = table_of(self.engine, h.document, h.section, under)
        if root:
            rows = under[(h.document, root)]
            groups = {r.section for r in rows if is_group(r, under)}
            named = "" if groups_too else named_group(self.engine, asked, accented, h.document, groups, under)
            rows = under[(h.document, named)] if named else rows
            out.append((section_rows([r for r in rows if groups_too or r.section not in groups]),
                        self.engine.chunk(h.document, root)))
        out += [(rows, h.chunk) for rows in line_rows(h.chunk)]
        return [([r for r in rows if not is_total(r.name)], holder) for rows, holder in out]

    def _column_of(self, q, asked: set[str], accented: bool, direction: str, rows: list[TableRow]):
        """(score, column, [(row, value, amount)], direction) of a table's rows: the column the question names
        best; None when it names no column of numbers."""
        columns = list(dict.fromkeys(c for r in rows for c in r.cells))
        idf = self.engine.lexical.idf
        rarest = max(idf.values(), default=1.0)
        weight = lambda words: sum(idf.get(fold(w), rarest) for w in words)  # noqa: E731
        window = measure_words(q.text)
        measured = words_of(translate_terms(window) if q.language == "en" else window, accented)
        scored = []
        for i, col in enumerate(columns):
            words = words_of(col, accented) - {"so", "số"}  # "Số học viên": "số" says it is a number, not of what
            numeric = [r.cells[col] for r in rows if col in r.cells and amount(r.cells[col]) is not None]
            if len(numeric) < 2 or not words or not words & asked:
                continue
            # the column whose name the words of the superlative say most of ("giảm nhiều nhất": "Tăng/giảm", not
            # "Năm 2024"), then the whole question; rare words weigh more; the first column of equals
            # … a column of numbers over one whose text holds a number ("Điểm tối đa" over "Cách chấm điểm")
            plain = sum(len(re.findall(r"[^\W\d_]", r.cells[col])) <= 6 for r in rows if col in r.cells) * 2 \
                >= len(numeric)
            scored.append((weight(words & measured) / weight(words) + PLAIN_BONUS * plain,
                           weight(words & asked) / weight(words), -i, col))
        if not scored and direction in ("top", "bottom"):  # "đơn vị nào dẫn đầu": the ranking column, if any
            scored = [(1.0, 1.0, -i, col) for i, col in enumerate(columns) if "hang" in folded_tokens(col)]
        if not scored:
            return None
        share, _, _, col = max(scored)
        # who leads is the highest value, except in a column of ranks ("Xếp hạng"), where the first is 1 and the
        # last ("ranked last", "xếp cuối") the largest number
        ranks = "hang" in folded_tokens(col)
        direction = {"top": "first" if ranks else "max", "bottom": "last" if ranks else "min"}.get(direction, direction)
        values = [(r, r.cells[col]) for r in rows if col in r.cells]
        pairs = sum(bool(_PAIR.match(v)) for _, v in values)
        # "rút ngắn … nhiều nhất" of a column of before/after pairs: the cut (a row without a pair kept its value)
        reduction = direction in ("max", "min") and L.any_phrase("cues", "reduction").search(q.folded)
        if reduction and pairs * 2 >= len(values):
            valued = [(r, v, amount(m.group(1)) - amount(m.group(2)) if (m := _PAIR.match(v)) else 0.0)
                      for r, v in values]
            direction = "cut_" + direction
        else:
            valued = [(r, v, a) for r, v in values if (a := amount(v)) is not None]
            if reduction and any(a < 0 for _, _, a in valued):
                # "giảm nhiều nhất" of signed changes: the most negative
                valued = [(r, v, -a) for r, v, a in valued]
                direction = "cut_" + direction
        if len(valued) < 2:
            return None
        return share, col, valued, direction

    def _ranked_answer(self, q, column: str, valued, direction: str, table: Chunk, compared: bool = False) -> Answer:
        """The extreme row(s) with the value, then the other rows in order, each with its section; ``compared``:
        the rows are the ones the question named, the first is "higher" rather than "highest"."""
        lang = q.language
        ordered = sorted(valued, key=lambda rv: rv[2], reverse=direction.endswith("max") or direction == "last")
        top = [rv for rv in ordered if rv[2] == ordered[0][2]]
        word = {"max": "highest", "min": "lowest", "cut_max": "cut_most", "cut_min": "cut_least",
                "first": "ranked_first", "last": "ranked_last"}[direction]
        if compared:
            word = {"highest": "higher", "lowest": "lower"}.get(word, word)
        shown = (lambda v, a: f"{v} (−{a:g})") if direction.startswith("cut") and not re.match(r"\s*[-−–+]", ordered[0][1]) \
            else (lambda v, a: v)
        # a rank says who; the row's other cells say with what ("12 — Tổng điểm: 77,58; Xếp loại: Khá")
        beside = (lambda r: "".join(f"; {c}: {x}" for c, x in r.cells.items() if c != column and x)) \
            if direction in ("first", "last") else (lambda r: "")
        head = f"{L.reply(word, lang)} ({column}): " + "; ".join(
            f"{r.name} — {shown(v, a)}{beside(r)} ({self._ref(r.chunk, lang)})" for r, v, a in top)
        rest = [f"- {r.name}: {shown(v, a)} ({self._ref(r.chunk, lang)})" for r, v, a in ordered[len(top):][:_LISTED]]
        source = L.reply("ranked_from", lang).format(ref=self._ref(table, lang),
                                                      plan=C.plan_name(self.engine, table.document, lang))
        a = Answer(question=q.text, answer="\n".join([head, *rest, f"({source})"]), grounded=True, language=lang,
                   kind=COMPARE)
        a.citations = list({(r.chunk.section, r.quote or r.name): Citation(
            r.chunk.document, r.chunk.title, r.chunk.section, squash(r.quote or f"{r.name} … {column}: {v}"))
            for r, v, _ in ordered[:max(len(top), 3)]}.values())
        return a
