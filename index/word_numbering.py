"""Word's automatic list numbering, rendered as the reader of the document sees it.

A heading typed "1.2. Nội dung" and one numbered by Word ("Nội dung" in a paragraph whose
list level renders "%1.%2.") look the same on screen; python-docx gives only the typed text.
This module counts the numbered paragraphs as Word does — one counter per list and level, a
level's counter restarting below a higher one — and writes each label from its level's
``lvlText`` and ``numFmt`` (decimal, Roman, letters; bullets as "-"), so the parser reads
both kinds of plan alike.
"""
from __future__ import annotations

from docx.oxml.ns import qn

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        r = _roman(n)
        return r if fmt == "upperRoman" else r.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        r = _letter(n)
        return r.upper() if fmt == "upperLetter" else r
    if fmt == "none":
        return ""
    return str(n)  # decimal and the many decimal-like formats


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val")) if child is not None else default


class WordNumbering:
    """The labels of one document's numbered paragraphs, in reading order (``label`` is called once each)."""

    def __init__(self, document):
        # numId → ilvl → (start, format, label text, restart: None after any higher level, 0 never, n after level n)
        self._levels: dict[str, dict[int, tuple[int, str, str, int | None]]] = {}
        self._styles: dict[str, tuple[str, int]] = {}  # a paragraph style with numbering → (numId, ilvl)
        self._counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(qn("w:abstractNumId")): a for a in numbering.findall(qn("w:abstractNum"))}
            for num in numbering.findall(qn("w:num")):
                levels = {}
                for lvl in abstract.get(_val(num, "w:abstractNumId"), num).findall(qn("w:lvl")):
                    restart = _val(lvl, "w:lvlRestart")
                    levels[int(lvl.get(qn("w:ilvl")))] = (int(_val(lvl, "w:start", "1")), _val(lvl, "w:numFmt", "decimal"),
                                                           _val(lvl, "w:lvlText", "") or "",
                                                           None if restart is None else int(restart))
                for override in num.findall(qn("w:lvlOverride")):
                    ilvl, start = int(override.get(qn("w:ilvl"))), _val(override, "w:startOverride")
                    if start is not None and ilvl in levels:
                        levels[ilvl] = (int(start), *levels[ilvl][1:])
                self._levels[num.get(qn("w:numId"))] = levels
        for style in document.styles:
            ppr = style.element.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is not None and _val(num_pr, "w:numId"):
                self._styles[style.style_id] = (_val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl", "0")))

    def label(self, p_element) -> str:
        """The label Word shows before this paragraph ("1.2.", "a)", "-"), or "" when it is not numbered."""
        ppr = p_element.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id, ilvl = None, 0
        if num_pr is not None:
            num_id, ilvl = _val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl", "0"))
        elif ppr is not None and _val(ppr, "w:pStyle") in self._styles:
            num_id, ilvl = self._styles[_val(ppr, "w:pStyle")]
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        start, fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return "-"
        counts = self._counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:  # a higher level's next item restarts the ones below it,
            restart = levels.get(deeper, (0, "", "", None))[3]  # unless they number on ("Điều" through chapters)
            if restart is None or ilvl < restart:
                del counts[deeper]
        for k in range(ilvl + 1):
            level = levels.get(k)
            if level is None:
                continue
            value = counts.get(k, level[0])
            text = text.replace(f"%{k + 1}", _format(value, level[1]))
        return text
