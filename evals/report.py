"""Readable reports of an eval run: Markdown, a self-contained HTML page, and a console summary.

The HTML page has no external assets (inline CSS and SVG charts generated here), so it
can be attached to a CI run or mailed and still open anywhere.
"""
from __future__ import annotations

import html as _html
from typing import Callable

from evals.metrics import FOLD_KINDS, HEADLINE, K_RETRIEVE

SYSTEM_COLOURS = {"assistant": "#1f6feb", "llama_index": "#e36209", "bm25": "#6e7781"}
FALLBACK_COLOURS = ("#2da44e", "#8250df", "#bf3989")


def fmt_frac(v) -> str:
    return "—" if v is None else f"{v:.3f}"


def fmt_pct(v) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


def fmt_points(v) -> str:
    return "—" if v is None else f"{100 * v:+.1f}"


def fmt_ms(v) -> str:
    return "—" if v is None else f"{v:.0f} ms"


def fmt_int(v) -> str:
    return "—" if v is None else str(v)


# (key, label, formatter) in display order
ROWS: list[tuple[str, str, Callable]] = [
    ("answer_accuracy", "answer accuracy", fmt_pct),
    ("citation_accuracy", "citation accuracy", fmt_pct),
    ("hit@1", "retrieval hit@1", fmt_frac),
    ("hit@5", "retrieval hit@5", fmt_frac),
    ("mrr", f"retrieval MRR@{K_RETRIEVE}", fmt_frac),
    ("refusal_recall", "refusal recall (unanswerable declined)", fmt_pct),
    ("refusal_precision", "refusal precision", fmt_pct),
    ("wrongly_declined", "answerable wrongly declined", fmt_pct),
    ("diacritics_gap", "no-diacritics gap (points, with − without)", fmt_points),
    ("latency_p50_ms", "latency p50", fmt_ms),
    ("latency_p95_ms", "latency p95", fmt_ms),
    ("items", "items scored", fmt_int),
    ("errors", "errors", fmt_int),
]
KIND_COLUMNS = [("items", "n", fmt_int), ("hit@1", "hit@1", fmt_frac), ("hit@5", "hit@5", fmt_frac),
                ("mrr", "MRR", fmt_frac), ("answer_accuracy", "answer", fmt_pct),
                ("citation_accuracy", "citation", fmt_pct), ("refusal_recall", "declined", fmt_pct),
                ("latency_p50_ms", "p50", fmt_ms), ("latency_p95_ms", "p95", fmt_ms)]
CHART_METRICS = [("hit@1", "hit@1"), ("hit@5", "hit@5"), ("mrr", "MRR"), ("answer_accuracy", "answer"),
                 ("citation_accuracy", "citation"), ("refusal_recall", "declined")]
FORMATTERS = {key: f for key, _, f in ROWS}


def _fmt(key: str, value) -> str:
    return FORMATTERS.get(key, fmt_frac)(value)


def _method_notes(result: dict) -> list[str]:
    tol = result.get("tolerance_points")
    notes = [
        f"Retrieval: the top {K_RETRIEVE} passages for the question; a passage matches when its document is the "
        "gold document and its section is the gold section or a sub-item of it (C.II.12.c matches gold C.II.12). "
        "For two-document items the first gold found counts. Unanswerable items are left out of retrieval and citation figures.",
        "Answer accuracy: every `must_include` string is in the answer (NFC, whitespace collapsed, case-insensitive); "
        "for unanswerable items, the system declined (grounded = false).",
        "Citation accuracy: every gold document and section (same section rule) is among the answer's citations.",
        "Refusal recall = unanswerable items declined / unanswerable items; refusal precision = unanswerable items "
        "declined / all items declined.",
        f"No-diacritics gap: items of kinds {', '.join(FOLD_KINDS)} are also asked in their diacritic-free form "
        "(index.normalize.fold); the gap is answer accuracy with diacritics minus without, in points.",
        "Stale items (evidence no longer where the item says) are listed apart and left out of every figure.",
    ]
    if tol is not None:
        notes.append(f"Regression gate: a headline figure ({', '.join(HEADLINE)}) that falls more than {tol:g} points "
                     f"below evals/baseline.json fails the run (for MRR, {tol / 100:g}).")
    if "llama_index" in result.get("systems", {}):
        notes.append("Plain llama-index: its SentenceSplitter chunks carry no section, so for retrieval and citation a "
                     "chunk counts as the gold section when it comes from the gold document and contains the gold "
                     "evidence text (both normalised). Its answer is the top chunk's text, always claimed as grounded.")
    if len(result.get("systems", {})) > 1:
        notes.append("The baselines answer with a whole passage (a chunk or a section), so a must_include string "
                     "anywhere in it counts: their answer accuracy is an upper bound on what a reader gets from them.")
    if "bm25" in result.get("systems", {}):
        notes.append("BM25 alone: index.lexical.BM25 over the assistant's chunks (no expansion, no dense side); "
                     "the answer is the top section's text.")
    return notes


def _why(o: dict) -> str:
    if o.get("error"):
        return f"error: {o['error']}"
    reasons = []
    if not o["answerable"]:
        if o["grounded"]:
            reasons.append("answered; should have declined")
    else:
        if not o["grounded"]:
            reasons.append("declined")
        elif o.get("missing"):
            reasons.append("answer lacks " + ", ".join(f"“{m}”" for m in o["missing"]))
        if o.get("citation_ok") is False:
            reasons.append("cited " + ("; ".join(o["citations"]) or "nothing") + " — gold " + "; ".join(o["gold"]))
        reasons.append(f"gold rank {o['rank']}" if o.get("rank") else f"gold not in top {K_RETRIEVE}")
    return "; ".join(reasons)


def _short(text: str, n: int = 240) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + "…"


def failures(result: dict, system: str = "assistant") -> list[dict]:
    items = result["systems"].get(system, {}).get("items", [])
    return [o for o in items if not o["stale"] and (not o["answer_ok"] or o["citation_ok"] is False or o.get("error"))]


def diacritic_losses(result: dict, system: str = "assistant") -> list[dict]:
    items = result["systems"].get(system, {}).get("items", [])
    return [o for o in items if not o["stale"] and o.get("folded") and o["answer_ok"] and not o["folded"]["answer_ok"]]


# --------------------------------------------------------------------------- Markdown
def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(_md_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return out


def _systems(result: dict) -> list[tuple[str, dict]]:
    return list(result["systems"].items())


def systems_table(result: dict) -> tuple[list[str], list[list[str]]]:
    systems = _systems(result)
    header = ["figure"] + [s["label"] for _, s in systems]
    rows = [[label] + [f(s["figures"]["overall"].get(key)) for _, s in systems] for key, label, f in ROWS]
    return header, rows


def kind_table(figures: dict) -> tuple[list[str], list[list[str]]]:
    header = ["kind"] + [label for _, label, _ in KIND_COLUMNS]
    rows = [[kind] + [f(fig.get(key)) for key, _, f in KIND_COLUMNS] for kind, fig in figures["per_kind"].items()]
    return header, rows


def gate_rows(gate: dict) -> list[list[str]]:
    rows = []
    for c in gate.get("checks", []):
        verdict = {True: "ok", False: "REGRESSION", None: "not compared"}[c["passed"]]
        rows.append([c["figure"], _fmt(c["figure"], c["baseline"]), _fmt(c["figure"], c["today"]),
                     "—" if c["drop_points"] is None else f"{-c['drop_points']:+.1f}", verdict])
    return rows


def target_rows(targets: dict) -> list[list[str]]:
    rows = []
    for name, t in targets.items():
        threshold = f"{t['direction']} {fmt_points(t['threshold']).lstrip('+')} points" if name == "diacritics_gap" \
            else f"{t['direction']} {_fmt(name, t['threshold'])}"
        met = {True: "met", False: "MISSED", None: "not measured"}[t["met"]]
        rows.append([name, threshold, _fmt(name, t["value"]), met])
    return rows


def markdown(result: dict) -> str:
    gate = result.get("gate") or {}
    lines = [f"# Evaluation report — {result['created']}", ""]
    lines += _md_changes_first(result)
    lines.append(f"Set: `{result['set']['file']}` ({result['set']['items']} items, sha256 {result['set']['sha256'][:12]}); "
                 f"answerer: **{result['answerer']}**; corpus: {len(result['corpus'])} documents.")
    lines.append("")
    lines.append(f"**Gate: {run_verdict(result)}**")
    lines += [f"- {r}" for r in (result.get("verdict") or {}).get("reasons", []) if r != "--no-gate"]
    lines.append("")
    lines += _md_items_gate(result)
    lines += ["## The three systems" if len(result["systems"]) == 3 else "## Figures", ""]
    lines += _md_table(*systems_table(result))
    lines += ["", "## Targets (assistant)", ""]
    lines += _md_table(["target", "threshold", "today", "status"], target_rows(result["targets"]))
    d = result["systems"]["assistant"]["figures"]["diacritics"]
    lines += ["", f"No diacritics ({d['items']} items of kinds {', '.join(FOLD_KINDS)}): answer accuracy "
              f"{fmt_pct(d['answer_accuracy_with'])} with, {fmt_pct(d['answer_accuracy_without'])} without "
              f"(gap {fmt_points(d['diacritics_gap'])} points); hit@5 {fmt_frac(d['hit@5_with'])} with, "
              f"{fmt_frac(d['hit@5_without'])} without."]
    lines += ["", "## Regression gate", ""]
    if gate.get("skipped"):
        lines.append(f"Skipped: {gate['skipped']}. (When it runs, a headline figure that drops more than "
                     f"{result.get('tolerance_points', 2.0):g} points below the baseline fails the run.)")
    if gate.get("checks"):
        lines.append(f"Tolerance: a drop of more than {gate['tolerance_points']:g} points fails "
                     f"(baseline {gate.get('baseline_created', '?')}, file `{gate.get('baseline_file', '')}`).")
        lines.append("")
        lines += _md_table(["figure", "baseline", "today", "change (points)", "verdict"], gate_rows(gate))
    for note in gate.get("notes", []):
        lines += ["", f"- {note}"]
    for name, system in _systems(result):
        lines += ["", f"## Per kind — {system['label']}", ""]
        lines += _md_table(*kind_table(system["figures"]))
    lines += ["", f"## Stale items ({len(result['stale'])})", ""]
    if result["stale"]:
        lines.append("Their evidence is no longer where the item says; they count in no figure and the gate fails "
                     "until each is accepted (`assistant eval --accept ID`: evidence and expected answer taken from "
                     "the new text) or dropped (`--drop ID --reason \"…\"`).")
        lines.append("")
        lines += _md_table(["id", "document § section", "reason", "old quote", "section's new text",
                            "most alike line now", "today's answer"], [_stale_row(p) for p in result["stale"]])
    else:
        lines.append("None.")
    fails = failures(result)
    lines += ["", f"## Assistant failures ({len(fails)})", ""]
    if fails:
        lines += _md_table(["id", "kind", "question", "answer", "why"],
                           [[o["id"], o["kind"], o["question"], _short(o["answer"]), _why(o)] for o in fails])
    else:
        lines.append("None.")
    losses = diacritic_losses(result)
    if losses:
        lines += ["", f"## Right with diacritics, wrong without ({len(losses)})", ""]
        lines += _md_table(["id", "question without diacritics", "answer"],
                           [[o["id"], o["folded"]["question"], _short(o["folded"]["answer"])] for o in losses])
    lines += ["", "## How it is scored", ""] + [f"- {n}" for n in _method_notes(result)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- item by item, stale, what changed
CHANGE_LISTS = (("newly_failing", "Newly failing"), ("newly_passing", "Newly passing"),
                ("answer_changed", "Answer changed, still passing"), ("citation_moved", "Citation moved"))


def run_verdict(result: dict) -> str:
    """The whole run's verdict (figures, items, stale items, pending facts); the aggregate gate's in older results."""
    v = result.get("verdict")
    if not v:
        return gate_verdict(result.get("gate") or {})
    if v.get("passed") is None:
        return "skipped (--no-gate)"
    return "passed" if v["passed"] else "FAILED"


def _side_text(side: dict) -> str:
    state = "pass" if side.get("passed") else "FAIL"
    cited = "; ".join(side.get("citations") or []) or "nothing"
    return f"{state}: {_short(side.get('answer', ''), 160)} [cites {cited}]"


def _change_rows(entries: list[dict]) -> list[list[str]]:
    return [[e["id"] + (f" (acknowledged: {e['acknowledged']})" if e.get("acknowledged") else ""), e.get("kind") or "",
             e.get("question") or "", _side_text(e["before"]), _side_text(e["after"])] for e in entries]


def _md_items_gate(result: dict) -> list[str]:
    g = result.get("items_gate")
    if not g:
        return []
    if g.get("reference") is None:
        return ["Item by item: no earlier accepted run of this split to compare with (first run).", ""]
    lines = [f"## Item by item (against run {g['reference']})", ""]
    for key, title in CHANGE_LISTS:
        entries = g.get(key) or []
        lines.append(f"### {title} ({len(entries)})")
        lines.append("")
        if entries:
            lines += _md_table(["id", "kind", "question", "before", "after"], _change_rows(entries))
            lines.append("")
    return lines


def _fact_rows(result: dict) -> list[list[str]]:
    rows = []
    for u in (result.get("generated") or {}).get("pending") or []:
        for c in u["changes"]:
            b, a = c.get("before") or {}, c.get("after") or {}
            rows.append([u.get("document") or u["file"], c["change"], c["field"],
                         f"{b.get('section', '')} {_short(a.get('heading') or b.get('heading') or '', 70)}".strip(),
                         b.get("value", "—") if b else "—", a.get("value", "—") if a else "—",
                         (a or b).get("id", "")])
    return rows


FACT_HEADER = ["document", "change", "field", "activity", "before", "after", "item to --accept"]


def _md_changes_first(result: dict) -> list[str]:
    """What an update changed heads the report: the generated facts that moved, then the last plan diff."""
    lines = []
    rows = _fact_rows(result)
    if rows:
        lines += [f"## Facts this update changed ({len(rows)}) — waiting to be accepted", ""]
        lines += _md_table(FACT_HEADER, rows) + [""]
    update = result.get("plan_update")
    if update and update.get("diffs"):
        lines += [f"## Last plan update ({update.get('created', '')})", ""]
        for d in update["diffs"]:
            lines += ["```", _diff_text(d), "```", ""]
    return lines


def _diff_text(d: dict, limit: int = 40) -> str:
    out = [f"{d['old']['document']} → {d['new']['document']}" + (f" ({d['reason']})" if d.get("reason") else ""),
           f"  {d.get('summary', '')}"]
    out += [f"  {m['field']}: {m['before'] or '—'} → {m['after'] or '—'}" for m in d.get("meta", [])]
    for c in d.get("changed", []):
        out.append(f"  ~ {c['old_section']} → {c['new_section']} {_short(c['heading'], 90)}")
        out += [f"      {f['field']}: {f['before'] or '—'} → {f['after'] or '—'}" for f in c["changes"]]
    out += [f"  + {a['section']} {_short(a['heading'], 90)}" for a in d.get("added", [])]
    out += [f"  - {a['section']} {_short(a['heading'], 90)}" for a in d.get("removed", [])]
    return "\n".join(out[:limit] + ([f"  … {len(out) - limit} more"] if len(out) > limit else []))


def _stale_row(p: dict) -> list[str]:
    similar = p.get("similar") or {}
    alike = f"{similar['section']}: {similar['line']} ({similar['similarity']:.2f})" if similar else "—"
    return [p["id"], f"{p['document']} § {p['section']}", p["reason"], p.get("old_quote") or "",
            _short(p.get("section_text") or "— (no such section now)", 300), alike, _short(p.get("answer", ""), 200)]


def _found(p: dict) -> str:
    where = p.get("found_in")
    return ", ".join(where) if isinstance(where, list) else (where or "nowhere")


def gate_verdict(gate: dict) -> str:
    if gate.get("skipped"):
        return f"skipped ({gate['skipped']})"
    return "passed" if gate.get("passed") else "FAILED"


# --------------------------------------------------------------------------- console
def console(result: dict) -> str:
    header, rows = systems_table(result)
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = []
    facts = _fact_rows(result)
    if facts:  # what an update changed comes first
        out += [f"facts this update changed ({len(facts)}), to accept with assistant eval --accept ITEM:"]
        out += [f"  {r[0]} {r[1]} {r[2]} [{r[3]}]: {r[4]} → {r[5]}  ({r[6]})" for r in facts] + [""]
    out += [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    kh, kr = kind_table(result["systems"]["assistant"]["figures"])
    kw = [max(len(r[i]) for r in [kh] + kr) for i in range(len(kh))]
    out += ["", "  ".join(c.ljust(w) for c, w in zip(kh, kw)).rstrip()]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, kw)).rstrip() for r in kr]
    g = result.get("items_gate") or {}
    for key, title in CHANGE_LISTS:
        entries = g.get(key) or []
        if entries:
            out += ["", f"{title.lower()} ({len(entries)}) against run {g['reference']}:"]
            for e in entries[:30]:
                ack = f" (acknowledged: {e['acknowledged']})" if e.get("acknowledged") else ""
                out += [f"  {e['id']}{ack}: {e.get('question', '')}",
                        f"    before: {_side_text(e['before'])}", f"    after:  {_side_text(e['after'])}"]
    if result["stale"]:
        out += ["", f"stale items ({len(result['stale'])}, not scored; accept with assistant eval --accept ID, or "
                    f"--drop ID --reason \"…\"):"]
        for p in result["stale"]:
            out.append(f"  {p['id']} [{p['document']} § {p['section']}] {p['reason']}")
            if "old_quote" in p:
                similar = p.get("similar") or {}
                now = f"{similar.get('section', '')}: {similar.get('line', '')}" if similar else "—"
                if p.get("replaced_by"):
                    now += f" (in {p['replaced_by']})"
                out += [f"    old quote: {p.get('old_quote')}",
                        f"    now:       {now}",
                        f"    answer:    {_short(p.get('answer', ''), 200)}"]
    gate = result.get("gate") or {}
    out += ["", f"gate: {run_verdict(result)}"]
    out += [f"  {r}" for r in (result.get("verdict") or {}).get("reasons", []) if r != "--no-gate"]
    out += [f"  {c['figure']}: {_fmt(c['figure'], c['baseline'])} → {_fmt(c['figure'], c['today'])} REGRESSION"
            for c in gate.get("checks", []) if c["passed"] is False]
    out += [f"  {n}" for n in gate.get("notes", [])]
    return "\n".join(out)


# --------------------------------------------------------------------------- HTML + SVG
def _colour(name: str, i: int) -> str:
    return SYSTEM_COLOURS.get(name) or FALLBACK_COLOURS[i % len(FALLBACK_COLOURS)]


def bar_chart_svg(title: str, series: list[tuple[str, str, dict]], metrics=CHART_METRICS) -> str:
    """Grouped bars, one group per metric (values in 0..1), one bar per system.

    ``series``: (system name, label, figures) triples. Metrics no system has are left out.
    """
    shown = [(k, lab) for k, lab in metrics if any(f.get(k) is not None for _, _, f in series)]
    e = _html.escape
    if not shown:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40" role="img"><title>{e(title)}</title>' \
               f'<text x="4" y="24" font-size="13">{e(title)}: nothing to chart</text></svg>'
    bar, gap, left, top, plot_h = 22, 26, 40, 46, 160
    group_w = bar * len(series) + gap
    legend_w = sum(24 + 7 * len(label) for _, label, _ in series)
    width = max(left + group_w * len(shown) + 10, left + legend_w)
    height = top + plot_h + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{e(title)}" font-family="sans-serif">', f"<title>{e(title)}</title>",
             f'<text x="{left}" y="16" font-size="14" font-weight="bold">{e(title)}</text>']
    x = left
    for i, (name, label, _) in enumerate(series):  # legend
        parts.append(f'<rect x="{x}" y="24" width="10" height="10" fill="{_colour(name, i)}"/>')
        parts.append(f'<text x="{x + 14}" y="33" font-size="11">{e(label)}</text>')
        x += 24 + 7 * len(label)
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + plot_h * (1 - tick)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de" stroke-width="1"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{tick:g}</text>')
    for g, (key, lab) in enumerate(shown):
        gx = left + gap / 2 + g * group_w
        for i, (name, label, figs) in enumerate(series):
            v = figs.get(key)
            bx = gx + i * bar
            if v is None:
                parts.append(f'<text x="{bx + bar / 2:.1f}" y="{top + plot_h - 3}" font-size="9" text-anchor="middle">n/a</text>')
                continue
            h = max(0.0, min(1.0, v)) * plot_h
            parts.append(f'<rect x="{bx:.1f}" y="{top + plot_h - h:.1f}" width="{bar - 2}" height="{h:.1f}" '
                         f'fill="{_colour(name, i)}"><title>{e(label)} — {e(lab)}: {v:.3f}</title></rect>')
            parts.append(f'<text x="{bx + (bar - 2) / 2:.1f}" y="{top + plot_h - h - 3:.1f}" font-size="9" '
                         f'text-anchor="middle">{round(100 * v)}</text>')
        parts.append(f'<text x="{gx + bar * len(series) / 2:.1f}" y="{top + plot_h + 16}" font-size="11" '
                     f'text-anchor="middle">{e(lab)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_table(header: list[str], rows: list[list[str]], cls: str = "") -> str:
    e = _html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


_CSS = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}
table{border-collapse:collapse;margin:.6em 0 1.4em}th,td{border:1px solid #d0d7de;padding:.3em .6em;
text-align:left;vertical-align:top;font-size:14px;overflow-wrap:anywhere}th{background:#f6f8fa}
.charts{display:flex;flex-wrap:wrap;gap:1.2em}svg{max-width:100%;height:auto}.scroll{overflow-x:auto}
.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:bold}li{margin:.3em 0}td.q{max-width:28em}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;padding:.6em;font-size:13px}
.filters input{position:absolute;opacity:0}.filters label{display:inline-block;margin:.2em .3em .2em 0;
padding:.35em .7em;border:1px solid #d0d7de;border-radius:1em;cursor:pointer;font-size:14px}
.filters input:checked+label{background:#1f6feb;color:#fff;border-color:#1f6feb}
.filters input:focus-visible+label{outline:2px solid #1f6feb}
#f-newfail:checked~.items tr.it:not(.newfail),#f-changed:checked~.items tr.it:not(.changed),
#f-stale:checked~.items tr.it:not(.stale),#f-generated:checked~.items tr.it:not(.generated),
#f-failing:checked~.items tr.it:not(.failing){display:none}
tr.newfail td:first-child,tr.failing td:first-child{border-left:4px solid #cf222e}
tr.stale td:first-child{border-left:4px solid #bf8700}
@media (max-width:600px){body{margin:.6em auto;padding:0 .5em}h1{font-size:1.3em}th,td{font-size:13px}
.items table,.items tbody,.items tr,.items td{display:block;width:auto}.items thead{display:none}
.items tr{border:1px solid #d0d7de;margin:.5em 0;padding:.2em}.items td{border:none;padding:.15em .3em}
.items td::before{content:attr(data-label) ": ";font-weight:bold;color:#57606a}}
"""


ITEM_FILTERS = (("all", "all"), ("newfail", "newly failing"), ("changed", "changed"), ("stale", "stale"),
                ("generated", "generated"), ("failing", "failing"))


def _item_classes(o: dict, result: dict, changed: set[str], newfail: set[str]) -> list[str]:
    classes = []
    if o["id"] in newfail:
        classes.append("newfail")
    if o["id"] in changed:
        classes.append("changed")
    if o.get("stale"):
        classes.append("stale")
    if result.get("split") == "generated" or str(o["id"]).startswith("gen-"):
        classes.append("generated")
    if not o.get("stale") and (not o.get("answer_ok") or o.get("citation_ok") is False or o.get("error")):
        classes.append("failing")
    return classes


def items_html(result: dict) -> str:
    """Every item of the assistant in one table, with filters (CSS only, no script): newly failing, changed
    (newly passing, answer changed, citation moved), stale, generated, failing. On a phone each row is a card."""
    e = _html.escape
    items = result["systems"].get("assistant", {}).get("items", [])
    g = result.get("items_gate") or {}
    newfail = {x["id"] for x in g.get("newly_failing") or []}
    changed = {x["id"] for k in ("newly_passing", "answer_changed", "citation_moved") for x in g.get(k) or []}
    before = {x["id"]: x["before"] for k, _ in CHANGE_LISTS for x in g.get(k) or []}
    rows, counts = [], dict.fromkeys((k for k, _ in ITEM_FILTERS), 0)
    header = ["id", "kind", "question", "answer", "result", "before"]
    for o in items:
        classes = _item_classes(o, result, changed, newfail)
        counts["all"] += 1
        for c in classes:
            counts[c] += 1
        state = "stale" if o.get("stale") else ("FAIL: " + _why(o) if "failing" in classes else "pass")
        cells = [o["id"], o["kind"], o["question"], _short(o.get("answer", ""), 300), state,
                 _side_text(before[o["id"]]) if o["id"] in before else ""]
        rows.append(f'<tr class="it {" ".join(classes)}">' + "".join(
            f'<td data-label="{e(h)}">{e(str(c))}</td>' for h, c in zip(header, cells)) + "</tr>")
    radios = "".join(f'<input type="radio" name="itemfilter" id="f-{k}"{" checked" if k == "all" else ""}>'
                     f'<label for="f-{k}">{e(label)} ({counts[k]})</label>' for k, label in ITEM_FILTERS)
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    return (f'<div class="filters">{radios}<div class="items"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></div>')


def html(result: dict) -> str:
    e = _html.escape
    gate = result.get("gate") or {}
    series = [(name, s["label"], s["figures"]["overall"]) for name, s in _systems(result)]
    kinds = list(result["systems"]["assistant"]["figures"]["per_kind"])
    charts = [bar_chart_svg("all items", series)]
    for kind in kinds:
        charts.append(bar_chart_svg(kind, [(name, s["label"], s["figures"]["per_kind"].get(kind, {}))
                                           for name, s in _systems(result)]))
    verdict = run_verdict(result)
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Eval {e(result['created'])}</title>"
             f"<style>{_CSS}</style></head><body>",
             f"<h1>Evaluation report — {e(result['created'])}</h1>"]
    parts += _html_changes_first(result)
    parts += [
             f"<p>Set <code>{e(result['set']['file'])}</code> ({result['set']['items']} items); answerer "
             f"<b>{e(result['answerer'])}</b>; {len(result['corpus'])} documents.</p>",
             f"<p>Gate: <span class=\"{'bad' if verdict == 'FAILED' else 'ok'}\">{e(verdict)}</span></p>",
             "<ul>" + "".join(f"<li>{e(r)}</li>" for r in (result.get("verdict") or {}).get("reasons", [])
                              if r != "--no-gate") + "</ul>",
             "<h2>Figures</h2>", _wide(_html_table(*systems_table(result))),
             "<h2>Per kind</h2><div class=\"charts\">" + "".join(charts) + "</div>",
             "<h2>Targets (assistant)</h2>",
             _html_table(["target", "threshold", "today", "status"], target_rows(result["targets"]))]
    if gate.get("checks"):
        parts += [f"<h2>Regression gate</h2><p>A drop of more than {gate['tolerance_points']:g} points below the "
                  f"baseline ({e(str(gate.get('baseline_created', '?')))}) fails.</p>",
                  _html_table(["figure", "baseline", "today", "change (points)", "verdict"], gate_rows(gate))]
    if gate.get("notes"):
        parts.append("<ul>" + "".join(f"<li>{e(n)}</li>" for n in gate["notes"]) + "</ul>")
    for name, system in _systems(result):
        parts += [f"<h3>Per kind — {e(system['label'])}</h3>", _html_table(*kind_table(system["figures"]))]
    parts.append(f"<h2>Stale items ({len(result['stale'])})</h2>")
    if result["stale"]:
        parts.append("<p>Accept the new text (<code>assistant eval --accept ID</code>) or drop the item "
                     "(<code>--drop ID --reason \"…\"</code>); until then the gate fails.</p>")
        parts.append(_wide(_html_table(["id", "document § section", "reason", "old quote", "section's new text",
                                        "most alike line now", "today's answer"],
                                       [_stale_row(p) for p in result["stale"]])))
    g = result.get("items_gate")
    if g:
        ref = g.get("reference")
        parts.append(f"<h2>Items ({len(result['systems'].get('assistant', {}).get('items', []))})</h2>")
        parts.append(f"<p>Compared with run <code>{e(ref)}</code>, the last accepted run of this split.</p>" if ref
                     else "<p>No earlier accepted run of this split to compare with (first run).</p>")
        parts.append(items_html(result))
    fails = failures(result)
    parts.append(f"<h2>Assistant failures ({len(fails)})</h2>")
    if fails:
        parts.append(_html_table(["id", "kind", "question", "answer", "why"],
                                 [[o["id"], o["kind"], o["question"], _short(o["answer"], 400), _why(o)] for o in fails]))
    parts.append("<h2>How it is scored</h2><ul>" + "".join(f"<li>{e(n)}</li>" for n in _method_notes(result)) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)



def _wide(table: str) -> str:
    return f'<div class="scroll">{table}</div>'


def _html_changes_first(result: dict) -> list[str]:
    parts = []
    rows = _fact_rows(result)
    if rows:
        parts += [f"<h2>Facts this update changed ({len(rows)}) — waiting to be accepted</h2>",
                  _wide(_html_table(FACT_HEADER, rows))]
    update = result.get("plan_update")
    if update and update.get("diffs"):
        parts.append(f"<h2>Last plan update ({_html.escape(str(update.get('created', '')))})</h2>")
        parts += [f"<pre>{_html.escape(_diff_text(d))}</pre>" for d in update["diffs"]]
    return parts


def split_gap(figures: dict[str, dict]) -> str:
    """The two splits side by side, and how far the new plans fall behind the five (points)."""
    a, b = figures["five_plans"], figures["new_plans"]
    rows = [("answer accuracy", "answer_accuracy"), ("citation accuracy", "citation_accuracy"),
            ("retrieval hit@5", "hit@5"), ("unanswerable declined", "refusal_recall"),
            ("answerable wrongly declined", "wrongly_declined")]
    out = ["", "=== splits ===", f"{'figure':30} {'five plans':>11} {'new plans':>11} {'gap (pts)':>10}"]
    for label, key in rows:
        x, y = a.get(key), b.get(key)
        if x is None or y is None:
            continue
        out.append(f"{label:30} {100 * x:10.1f}% {100 * y:10.1f}% {100 * (x - y):+10.1f}")
    return "\n".join(out)
