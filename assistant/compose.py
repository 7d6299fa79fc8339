"""Answers composed from many sections: a unit's duties, a period's activities, a plan's tasks, two plans compared.

These are the questions officials ask most, and no single passage answers them. Each is
a query over the activity register (index/register.py) — every activity of every plan
with its units by role and its time — and every item of the answer is cited with its
own section. Which query a question is, is read from the question (assistant/question.py).
"""
from __future__ import annotations

import re

from assistant import language as L
from assistant.answers import Answer, Citation
from assistant.lookups import chunks_of
from index.chunking import split_sentences
from index.normalize import fold, squash
from index.genre import genre
from index.periods import Span, read_timing
from index.plan_diff import match
from index.register import LEAD_ROLES, Activity, Register
from index.zones import CLOSING, HEADER, PREAMBLE, SIGNATURE, location

MAX_ITEMS = 40  # an answer lists at most this many activities (and says how many more)
RESTATED = 0.7  # share of the shorter heading's words at which a schedule's row restates a task of the body

_ROLE_WORDS = {
    "vi": {"lead": "chủ trì", "coordinators": "phối hợp"},
    "en": {"lead": "leads", "coordinators": "coordinates"},
}


def _ref(section: str, lang: str) -> str:
    return location(section, lang)  # "mục III.3", "Phụ lục I.4": one rendering for every surface


def plan_name(engine, document: str, lang: str) -> str:
    """How running text names a plan: its type, number, issuer and year ("Kế hoạch 281/KH-SKHCN của Sở Khoa học
    và Công nghệ (2025)"); the full title is among the sources. A short name two documents share gives way to
    the title."""
    names = engine.derived("compose.plan_names", _plan_names)
    return names.get((document, lang)) or (engine.document(document) or {}).get("title") or document


def _plan_names(engine) -> dict[tuple[str, str], str]:
    from index.query import GLOSSARY

    english: dict[str, str] = {}  # a document type's English name: the shortest one-word term the glossary gives it
    for k, v in sorted(GLOSSARY.items(), key=lambda kv: (len(kv[0]), kv[0])):
        if " " not in k and k.isalpha():
            english.setdefault(fold(v), k)
    made: dict[tuple[str, str], str] = {}
    for d in engine.documents():
        number = d.get("number") or ""
        number = "" if not number or number.startswith("…") else number
        kind = d.get("doc_type") or "Văn bản"
        issuer, year = d.get("issuer") or "", d.get("year")
        vi = (f"Dự thảo {kind.lower()}" if d.get("draft") else kind) + (f" {number}" if number else "") \
            + (f" của {issuer}" if issuer else "") + (f" ({year})" if year else "")
        en_kind = english.get(fold(kind), "document")
        en = (f"draft {en_kind}" if d.get("draft") else en_kind) + (f" {number}" if number else "") \
            + (f" of {issuer}" if issuer else "") + (f" ({year})" if year else "")
        made[(d["document"], "vi")], made[(d["document"], "en")] = vi, en[:1].upper() + en[1:]
    for lang in ("vi", "en"):
        seen: dict[str, list[str]] = {}
        for (doc, lg), name in made.items():
            if lg == lang:
                seen.setdefault(name, []).append(doc)
        for name, docs in seen.items():
            if len(docs) > 1:  # ambiguous: the title says which
                for doc in docs:
                    made.pop((doc, lang))
    return made


def _clip(text: str, n: int = 150) -> str:
    text = squash(text)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def _cite(engine, a: Activity, roles: tuple[str, ...] = LEAD_ROLES) -> Citation:
    """The activity's first line and the lines that name its units (and timing) for ``roles``."""
    chunk = engine.chunk(a.document, a.section)
    lines = chunk.text.split("\n") if chunk else [a.heading]
    quote = [lines[0]]
    wanted = [n for r in roles for n in a.roles.get(r, [])[:1]] + ([a.timing] if "timing" in roles and a.timing else [])
    for value in wanted:
        line = next((l for l in lines[1:] if value in l), None)
        if line and line not in quote:
            quote.append(line)
    return Citation(a.document, a.title, a.section, " … ".join(squash(q) for q in quote if q))


def _by_plan(engine, activities: list[Activity], lang: str) -> list[tuple[str, list[Activity]]]:
    groups: dict[str, list[Activity]] = {}
    for a in activities:
        groups.setdefault(plan_name(engine, a.document, lang), []).append(a)
    return list(groups.items())


def _item_lines(engine, activities: list[Activity], lang: str, show_time: bool = True,
                show_lead: bool = False) -> list[str]:
    """One line per activity, grouped by plan: its section, heading, time and (``show_lead``) its lead unit."""
    lines: list[str] = []
    groups = _by_plan(engine, activities, lang)
    for title, acts in groups:
        if len(groups) > 1:
            lines.append(f"{title}:")
        for a in acts:
            when = f" ({a.timing})" if show_time and a.timing else ""
            who = _lead(a) if show_lead else ""
            lines.append(f"- {_ref(a.section, lang)}: {_clip(a.heading)}{when}" + (f" — {who}" if who else ""))
    return lines


def _lead(a: Activity) -> str:
    return "; ".join(n for r in LEAD_ROLES for n in a.roles.get(r, []))


def _answer(base: Answer, lines: list[str], citations: list[Citation]) -> Answer:
    base.answer = "\n".join(lines)
    base.grounded = True
    base.citations = citations
    return base


# -- a unit's duties ------------------------------------------------------------------------
def unit_duties(engine, register: Register, units, roles: tuple[str, ...], documents: set[str] | None,
                period: Span | None, base: Answer) -> Answer | None:
    """What each named unit leads (or coordinates), optionally within plans or a period."""
    lang = base.language
    lines: list[str] = []
    cites: list[Citation] = []
    any_found = False
    for unit in units:
        acts = register.of_unit(unit.key, roles, documents)
        if period is not None:
            acts = [a for a in acts if in_period(a, period)]
        role = "coordinators" if roles == ("coordinators",) else "lead"
        verb = _ROLE_WORDS[lang][role]
        duties = [d for d in register.duties.get(unit.key, []) if documents is None or d.document in documents] \
            if role == "lead" and period is None else []
        for d in duties:  # "3. Sở Nội vụ: …" in the plan's implementation part
            any_found = True
            lines_of = [l for l in d.text.split("\n")[1:] if l.strip()] or d.text.split("\n")  # not its heading
            text = "\n".join(_clip(l, 300) for l in lines_of[:8])  # its lettered items one per line
            name = plan_name(engine, d.document, lang)
            lines.append(f"Nhiệm vụ của {unit.name} ({_ref(d.section, lang)}, {name}):\n{text}" if lang == "vi"
                         else f"Duties of {unit.name} ({_ref(d.section, lang)} of {name}):\n{text}")
            cites.append(Citation(d.document, d.title, d.section, _clip(d.text, 300)))
        # the named plan's other sentences that task it ("Sở KH&CN … chậm nhất ngày 15/4/2026", "phối hợp Sở X"):
        # a plan that gives a unit no section of its own still asks things of it
        # no plan named: the plans that name the unit, when they are few ("… trong cả ba văn bản")
        scope = documents or _naming(engine, unit)
        said = _unit_sentences(engine, unit, scope, duties, acts) \
            if role == "lead" and period is None and scope and len(scope) <= 3 else []
        several = len({c.document for c, _ in said} | {a.document for a in acts}) > 1  # say whose section it is
        said_lines = [L.reply("unit_also" if duties or acts else "unit_said", lang).format(unit=unit.name)] + [
            f"- {_ref(c.section, lang)}{f' ({plan_name(engine, c.document, lang)})' if several else ''}: "
            f"{_clip(sentence, max(240, 720 // len(said)))}" for c, sentence in said] if said else []  # few: whole
        said_cites = [Citation(c.document, c.title, c.section, squash(sentence)) for c, sentence in said]
        if not acts and (duties or said):
            any_found = True
            lines += said_lines
            cites += said_cites
            continue
        if not acts:
            lines.append(f"{unit.name}: không có hoạt động nào do đơn vị này {verb} trong phạm vi được hỏi."
                         if lang == "vi" else f"{unit.name}: no activity it {verb} in the plans asked about.")
            continue
        any_found = True
        acts, restated = _without_restatements(engine, acts)
        head = (f"{unit.name} {verb} {len(acts)} hoạt động:" if lang == "vi"
                else f"{unit.name} {verb} {len(acts)} activit{'y' if len(acts) == 1 else 'ies'}:")
        lines.append(head)
        lines.extend(_item_lines(engine, acts[:MAX_ITEMS], lang))
        if len(acts) > MAX_ITEMS:
            lines.append(f"… và {len(acts) - MAX_ITEMS} hoạt động khác." if lang == "vi"
                         else f"… and {len(acts) - MAX_ITEMS} more.")
        cites.extend(_cite(engine, a, roles) for a in acts[:MAX_ITEMS])
        if restated:
            refs = ", ".join(_ref(a.section, lang) for a in restated)
            lines.append(f"(Lịch triển khai ghi lại các việc trên tại {refs}.)" if lang == "vi"
                         else f"(The schedule restates them at {refs}.)")
            cites.extend(_cite(engine, a, roles) for a in restated)
        if role == "lead":  # say how much more it is asked to support
            helps = register.of_unit(unit.key, ("coordinators",), documents)
            if period is not None:
                helps = [a for a in helps if in_period(a, period)]
            if helps:
                refs = ", ".join(_ref(a.section, lang) for a in helps[:12])
                more = "…" if len(helps) > 12 else ""
                lines.append(f"Ngoài ra, {unit.name} phối hợp thực hiện {len(helps)} hoạt động ({refs}{more})."
                             if lang == "vi" else
                             f"{unit.name} also coordinates on {len(helps)} activities ({refs}{more}).")
        lines += said_lines
        cites += said_cites
        if len(units) > 1:
            lines.append("")
    if not any_found:  # the units are known, but not in this role (or period, or plan): say so, cite nothing
        base.answer, base.grounded, base.citations = "\n".join(l for l in lines if l), False, []
        return base
    return _answer(base, [l for l in lines if l is not None], _unique(cites))


_NOT_TASKS = (HEADER, PREAMBLE, CLOSING, SIGNATURE)  # a letterhead, "căn cứ", "nơi nhận": no task of anyone
_UNIT_SAID = 8  # sentences listed beside a unit's own sections
_TASKED = "|".join(re.escape(fold(p)) for p in genre().prose.get("tasked_word", ()))  # "giao", "phối hợp với"
# "… chịu trách nhiệm thi hành Quyết định này": who carries a decision out, no task of its own
_EXECUTES = re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in genre().prose.get("execution_clause", ())) + r")\b")


def _naming(engine, unit) -> set[str]:
    """The documents whose text names ``unit``."""
    names = [" ".join(n.split()) for n in {fold(v) for v in unit.variants} | {fold(unit.name)} if n]
    texts = engine.derived("compose.document_texts", lambda e: {  # each document's words, folded, once
        d["document"]: f" {' '.join(' '.join(fold(c.text) for c in chunks_of(e, d['document'])).split())} "
        for d in e.documents()})
    return {d for d, text in texts.items() if any(f" {n} " in text for n in names)}


def _unit_sentences(engine, unit, documents: set[str], duties, acts) -> list:
    """(section, sentence) of ``documents`` naming ``unit`` outside its own duty sections and activities."""
    names = "|".join(re.escape(n) for n in sorted({fold(v) for v in unit.variants} | {fold(unit.name)}, key=len,
                                                      reverse=True))
    # the unit acting: the sentence's subject ("Sở X cập nhật …"), or the one a task is given to or shared with
    # ("giao Sở X …", "phối hợp với Sở X"); not "yêu cầu của Sở X", nor the body a list is sent to
    named = re.compile(rf"^(?:[-+•*]\s*|\d+(?:\.\d+)*\.?\s+|[a-zđ]\)\s*)?(?:{names})\b"
                       rf"|\b(?:{_TASKED})\s+(?:{names})\b")
    own = [(d.document, d.section) for d in duties] + [(a.document, a.section) for a in acts]
    out, seen = [], set()
    for c in (c for d in sorted(documents) for c in chunks_of(engine, d)):
        if c.part or c.section in _NOT_TASKS or any(
                c.document == doc and (c.section == sec or c.section.startswith(f"{sec}.")) for doc, sec in own):
            continue
        for sentence in split_sentences(c.text):
            f = fold(sentence)
            if named.search(f) and f not in seen and not _EXECUTES.search(f):
                seen.add(f)
                out.append((c, sentence.lstrip("-+•* ").strip()))
                if len(out) >= _UNIT_SAID:
                    return out
    return out


# -- a period's activities --------------------------------------------------------------------
def in_period(a: Activity, period: Span) -> bool:
    if a.recurring or not a.spans:
        return False
    if period.deadline:  # "trước 30/11": what must be done by then
        return any(s.end <= period.end for s in a.spans)
    # a window overlaps the period; a deadline ("trước ngày 30/9") falls in the period its date is in
    return any(period.start <= s.end <= period.end if s.deadline else s.overlaps(period) for s in a.spans)


def period_activities(engine, register: Register, period: Span, documents: set[str] | None,
                      base: Answer, exact_deadline: bool = False, only: bool = False,
                      about: tuple[str, ...] = ()) -> Answer | None:
    """Activities whose time falls in ``period``; ``exact_deadline``: those whose deadline is that date's month;
    ``only``: those whose whole time is inside it ("chỉ làm trong quý I": not one marked in quý I and quý II);
    ``about``: those whose heading names what is asked about ("… về chuyển đổi số") — None when none does."""
    lang = base.language
    pool = register.activities if documents is None else register.of_documents(documents)
    if exact_deadline:
        acts = [a for a in pool if any(s.deadline and s.end == period.end for s in a.spans)]
    else:
        acts = [a for a in pool if in_period(a, period)]
    if only:
        acts = [a for a in acts if all(period.start <= s.start and s.end <= period.end for s in a.spans)]
    recurring = [a for a in pool if a.recurring]
    if about:  # what the heading or the headings above it name ("I. TRUYỀN THÔNG VỀ CHUYỂN ĐỔI SỐ" › "c) …")
        def named(a: Activity) -> bool:
            chunk = engine.chunk(a.document, a.section)
            return _topic_hit(set(about), f"{chunk.breadcrumb if chunk else ''} {a.heading}")
        acts, recurring = [a for a in acts if named(a)], [a for a in recurring if named(a)]
    when = period_words(period, lang)
    # what the named plan dates in the period outside its activities ("gửi danh sách … trước ngày 05/3/2026" of
    # a body no register knows, a target "trước ngày 30/11/2026")
    dated = dated_sentences(engine, documents, period, acts, pool, about) if documents and len(documents) <= 3 else []
    if not acts and dated:
        lines = [L.reply("dated_in_period", lang).format(when=when)]
        lines += [f"- {_ref(c.section, lang)}: {_clip(sentence, 200)}" for c, sentence in dated]
        return _answer(base, lines, _unique([Citation(c.document, c.title, c.section, squash(sentence))
                                             for c, sentence in dated]))
    if not acts and about and recurring:  # none timed in the period, but some about it run all year
        lines = [f"Không có hoạt động nào có thời gian riêng {when}; {len(recurring)} hoạt động thực hiện thường "
                 f"xuyên hoặc cả năm:" if lang == "vi" else
                 f"No activity is scheduled {when} alone; {len(recurring)} run all year or regularly:"]
        lines.extend(_item_lines(engine, recurring[:MAX_ITEMS], lang, show_lead=True))
        return _answer(base, lines, _unique([_cite(engine, a, ("timing",) + LEAD_ROLES) for a in recurring[:MAX_ITEMS]]))
    if not acts:
        return None
    lines = [f"Có {len(acts)} hoạt động có thời gian thực hiện {when}:" if lang == "vi"
             else f"{len(acts)} activities are scheduled {when}:"]
    lines.extend(_item_lines(engine, acts[:MAX_ITEMS], lang, show_lead=True))
    if dated:
        lines.append(L.reply("dated_also", lang).format(when=when))
        lines += [f"- {_ref(c.section, lang)}: {_clip(sentence, 200)}" for c, sentence in dated]
    if recurring:
        lines.append(f"Ngoài ra, {len(recurring)} hoạt động thực hiện thường xuyên hoặc cả năm." if lang == "vi"
                     else f"Besides, {len(recurring)} activities run all year or regularly.")
    return _answer(base, lines, _unique([_cite(engine, a, ("timing",) + LEAD_ROLES) for a in acts[:MAX_ITEMS]]
                                        + [Citation(c.document, c.title, c.section, squash(sentence))
                                           for c, sentence in dated]))


# a quarter or months of a year named ("quý II/2026", "tháng 5, 6 năm 2026"), accent-folded
_TIMED = re.compile(r"\b(?:quy|thang)\s+[\divx]+(?:\s*(?:,|va|-|den)\s*(?:quy |thang )?[\divx]+)*\s*(?:/|nam)\s*20\d\d\b")
# a date written whole ("05/3/2026") or a month of a year ("tháng 6/2026"), accent-folded
_DATED = re.compile(r"\b(?:(\d{1,2})\s*/\s*)?(\d{1,2})\s*/\s*(20\d\d)\b")


def dated_sentences(engine, documents: set[str], period: Span, listed: list[Activity], pool: list[Activity],
                    about: tuple[str, ...] = ()) -> list:
    """(section, sentence) of ``documents`` writing a date in ``period`` (by then, for a deadline period), other
    than the ``listed`` activities' own and the table rows of ``pool`` (judged by their own time): each sentence
    once, in the documents' order."""
    rows = {(a.document, a.section) for a in pool}
    said = {fold(a.heading)[:50] for a in listed}
    out, seen = [], set()
    for c in (c for d in sorted(documents) for c in chunks_of(engine, d)):
        if c.part or c.kind == "zone":
            continue
        if (c.document, c.section) in rows and c.kind in ("row", "datarow", "figurerow"):
            continue  # a table row that is an activity: judged by its own time
        year = (engine.document(c.document) or {}).get("year")
        for sentence in split_sentences(c.text):
            f = fold(sentence)
            months = [int(y) * 12 + int(m) - 1 for _, m, y in _DATED.findall(f) if 1 <= int(m) <= 12]
            hit = any(m <= period.end if period.deadline else period.start <= m <= period.end for m in months)
            if not hit and _TIMED.search(f):  # "trong Quý II/2026", "tháng 5 và 6/2026": the spans it names
                spans, recurring = read_timing(sentence, year)
                hit = not recurring and any(
                    sp.end <= period.end if period.deadline else sp.overlaps(period) for sp in spans)
            if not hit or any(f.lstrip("-+• ").startswith(h) for h in said if h) or f in seen:
                continue
            if about and not any(w in f.split() for w in about):
                continue
            seen.add(f)
            out.append((c, sentence.lstrip("-+• ").strip()))
            if len(out) >= MAX_ITEMS:
                return out
    return out


def period_words(p: Span, lang: str) -> str:
    y1, m1 = divmod(p.start, 12)
    y2, m2 = divmod(p.end, 12)
    m1, m2 = m1 + 1, m2 + 1
    if p.deadline:
        return f"đến hết tháng {m2}/{y2}" if lang == "vi" else f"by the end of {m2}/{y2}"
    if m1 == m2 and y1 == y2:
        return f"trong tháng {m1}/{y1}" if lang == "vi" else f"in {m1}/{y1}"
    if (m1, m2) == (1, 12) and y1 == y2:
        return f"trong năm {y1}" if lang == "vi" else f"in {y1}"
    if (m1 - 1) % 3 == 0 and m2 - m1 == 2:
        q = "I II III IV".split()[(m1 - 1) // 3]
        return f"trong quý {q}/{y1}" if lang == "vi" else f"in quarter {q} of {y1}"
    return f"từ tháng {m1}/{y1} đến tháng {m2}/{y2}" if lang == "vi" else f"between {m1}/{y1} and {m2}/{y2}"


# -- a plan's tasks -----------------------------------------------------------------------------
def plan_tasks(engine, register: Register, documents: list[str], base: Answer, appendix: bool = False,
               groups: bool = False, about: tuple[str, ...] = (), under: tuple[str, ...] = ()) -> Answer | None:
    """Every task of a plan with its unit (``appendix``: only the tasks of its appendices; ``groups``: the
    sections the tasks are grouped in, each with its number of tasks; ``about``: only the tasks whose heading
    names what is asked about — None when none does, so another reading answers)."""
    lang = base.language
    lines: list[str] = []
    cites: list[Citation] = []
    for name in documents:
        acts = register.of_documents({name})
        if appendix:
            acts = [a for a in acts if a.section.startswith("Phụ lục")]
        if under:  # ``under``: "doc::path" of the sections whose tasks are asked ("có những sự kiện nào")
            acts = [a for a in acts if any(f"{name}::{a.section}".startswith(f"{u}.") for u in under)]
        elif about:
            acts = [a for a in acts if _topic_hit(set(about), a.heading)]
        if not acts:
            continue
        title = plan_name(engine, name, lang)
        if groups and _task_groups(engine, name, acts, lang, lines, cites):
            continue
        lines.append(f"{title} giao {len(acts)} nhiệm vụ có đơn vị thực hiện:" if lang == "vi"
                     else f"{title} assigns {len(acts)} tasks with a responsible unit:")
        for a in acts[:MAX_ITEMS]:
            who = _lead(a)
            lines.append(f"- {_ref(a.section, lang)}: {_clip(a.heading, 120)}" + (f" — {who}" if who else ""))
        cites.extend(_cite(engine, a) for a in acts[:MAX_ITEMS])
    if not lines:
        return None
    return _answer(base, lines, _unique(cites))


def _task_groups(engine, document: str, acts: list[Activity], lang: str, lines: list[str],
                 cites: list[Citation]) -> bool:
    """The sections one level above a plan's tasks ("III.1 Cải cách thể chế"), in order; False if they are flat."""
    counts: dict[str, int] = {}
    for a in acts:
        if "." in a.section:
            parent = a.section.rsplit(".", 1)[0]
            counts[parent] = counts.get(parent, 0) + 1
    chunks = [engine.chunk(document, p) for p in counts]
    chunks = [c for c in chunks if c is not None and c.heading]
    if len(chunks) < 2:
        return False
    title = plan_name(engine, document, lang)
    total = sum(counts[c.section] for c in chunks)  # "bao nhiêu nhiệm vụ, chia thành mấy nhóm": both counts
    lines.append(f"{title} gồm {total} nhiệm vụ, chia thành {len(chunks)} nhóm:" if lang == "vi"
                 else f"{title} has {total} tasks, grouped under {len(chunks)} headings:")
    for c in chunks:
        n = counts[c.section]
        lines.append(f"- {_ref(c.section, lang)}: {_clip(c.heading, 120)} "
                     + (f"({n} nhiệm vụ)" if lang == "vi" else f"({n} tasks)"))
        cites.append(Citation(document, acts[0].title, c.section, squash(c.text.split("\n")[0])))
    return True


# -- two plans side by side ------------------------------------------------------------------------
def compare_plans(engine, register: Register, old: list[str], new: list[str], base: Answer,
                  only: set[str] | None = None, show: str = "all") -> Answer | None:
    """Tasks of two plans matched by their wording: lead, coordinators or timing changed; added; dropped.

    ``only`` keeps the matched tasks whose heading shares the question's topic words.
    """
    lang = base.language
    old_doc, new_doc = best_pair(register, old, new)
    if old_doc is None:
        return None
    a_old = register.of_documents({old_doc})
    a_new = register.of_documents({new_doc})
    pairs = _matched(a_old, a_new)
    used = {id(b) for b, _ in pairs}
    added = [a for a in a_new if all(a is not n for _, n in pairs)]
    dropped = [b for b in a_old if id(b) not in used]
    if only:
        pairs = [(b, a) for b, a in pairs if _topic_hit(only, a.heading) or _topic_hit(only, b.heading)]
        added = [a for a in added if _topic_hit(only, a.heading)]
        dropped = [b for b in dropped if _topic_hit(only, b.heading)]
    if show != "all":  # "nhiệm vụ nào mới?" / "… không còn?": just that list
        pairs, added, dropped = [], added if show == "added" else [], dropped if show == "dropped" else []
    t_old, t_new = plan_name(engine, old_doc, lang), plan_name(engine, new_doc, lang)
    lines = [f"So sánh {t_new} với {t_old}:" if lang == "vi" else f"{t_new} compared with {t_old}:"]
    cites: list[Citation] = []
    for b, a in pairs:
        diffs = []
        for role, label in (("lead", "chủ trì" if lang == "vi" else "lead"),
                            ("coordinators", "phối hợp" if lang == "vi" else "coordinators")):
            old_u = "; ".join(n for r in ((role,) if role != "lead" else LEAD_ROLES) for n in b.roles.get(r, []))
            new_u = "; ".join(n for r in ((role,) if role != "lead" else LEAD_ROLES) for n in a.roles.get(r, []))
            if set(_keys(b, role)) != set(_keys(a, role)):
                diffs.append(f"{label}: {old_u or '—'} → {new_u or '—'}")
        if squash(b.timing).lower() != squash(a.timing).lower() and (a.timing or b.timing):
            diffs.append(f"{'thời gian' if lang == 'vi' else 'timing'}: {b.timing or '—'} → {a.timing or '—'}")
        if diffs or only is not None:
            same = "không đổi" if lang == "vi" else "unchanged"
            lines.append(f"- {_clip(a.heading, 110)} ({_ref(b.section, lang)} → {_ref(a.section, lang)}): "
                         + ("; ".join(diffs) if diffs else same))
            cites += [_cite(engine, b, ("timing",) + LEAD_ROLES + ("coordinators",)),
                      _cite(engine, a, ("timing",) + LEAD_ROLES + ("coordinators",))]
    if added:
        lines.append(f"Nhiệm vụ mới ({len(added)}):" if lang == "vi" else f"New tasks ({len(added)}):")
        lines.extend(_item_lines(engine, added[:MAX_ITEMS], lang, show_lead=True))
        cites += [_cite(engine, a) for a in added[:MAX_ITEMS]]
    if dropped:
        lines.append(f"Không còn trong kế hoạch mới ({len(dropped)}):" if lang == "vi"
                     else f"No longer in the newer plan ({len(dropped)}):")
        lines.extend(_item_lines(engine, dropped[:MAX_ITEMS], lang, show_lead=True))
        cites += [_cite(engine, b) for b in dropped[:MAX_ITEMS]]
    if len(lines) == 1:
        if not pairs:
            return None
        lines.append("Các nhiệm vụ tương ứng không thay đổi đơn vị chủ trì, phối hợp và thời gian." if lang == "vi"
                     else "The matching tasks keep their lead, coordinators and timing.")
    return _answer(base, lines, _unique(cites))


def best_pair(register: Register, old: list[str], new: list[str]) -> tuple[str | None, str | None]:
    """Of the plans each side names, the two that share the most tasks: the same plan series in two years."""
    best, best_n = (None, None), -1
    for o in old:
        a_old = register.of_documents({o})
        for n in new:
            a_new = register.of_documents({n})
            if not a_old or not a_new or o == n:
                continue
            shared = len(_matched(a_old, a_new))
            if shared > best_n:
                best, best_n = (o, n), shared
    return best


def _without_restatements(engine, acts: list[Activity]) -> tuple[list[Activity], list[Activity]]:
    """(the activities, each once; the table rows of a schedule that restate one of the body's, "Khảo sát sự hài
    lòng đợt 1" of the month table beside "3.3.1. Tự khảo sát sự hài lòng …"): counted once, cited both."""
    def row(a: Activity) -> bool:
        chunk = engine.chunk(a.document, a.section)
        return chunk is not None and chunk.kind == "row"

    body = [a for a in acts if not row(a)]
    kept, restated = [], []
    for a in acts:
        words = _words(a.heading)
        twin = row(a) and any(b.document == a.document and words and _words(b.heading)
                              and len(words & _words(b.heading)) >= RESTATED * min(len(words), len(_words(b.heading)))
                              for b in body)
        (restated if twin else kept).append(a)
    return kept, restated


def _keys(a: Activity, role: str) -> list[str]:
    roles = LEAD_ROLES if role == "lead" else (role,)
    return [k for r in roles for k in a.units.get(r, [])]


def _words(text: str) -> set[str]:
    from index.lexical import content_tokens

    return set(content_tokens(text))


def _matched(a_old: list[Activity], a_new: list[Activity]) -> list[tuple[Activity, Activity]]:
    """(old, new) pairs of the same task, most alike first, each task in at most one pair (index/plan_diff.py)."""
    return match(a_old, a_new)


def _topic_hit(topic: set[str], heading: str) -> bool:
    words = _words(heading)
    return len(topic & words) >= max(1, (len(topic) + 1) // 2)


def _unique(cites: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in cites:
        if (c.document, c.section) not in seen:
            seen.add((c.document, c.section))
            out.append(c)
    return out
