"""Scoring records against gold records, as the "Scoring" section of the format says.

Six figures, each micro-averaged over a corpus (true positives, extracted and gold counts
summed over documents before dividing): countries, organizations, people, agreements,
events, areas; their mean is the overall F1. Over matched agreements, the slots
(instrument, date, place, period accuracy; parties F1); over matched people, the title
accuracy.

Works on plain JSON data (dicts), so it scores any tool's output, not only ours.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from coopextract.text import norm_key

__all__ = ["FIGURES", "Score", "Tally", "score_corpus", "score_pair"]

FIGURES = ("countries", "organizations", "people", "agreements", "events", "areas")
Doc = Mapping[str, Any]


@attrs.define
class Tally:
    tp: int = 0
    extracted: int = 0
    gold: int = 0

    def add(self, tp: int, extracted: int, gold: int) -> None:
        self.tp += tp
        self.extracted += extracted
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1; an empty side counts as perfect when the other is empty too."""
        precision = self.tp / self.extracted if self.extracted else float(not self.gold)
        recall = self.tp / self.gold if self.gold else float(not self.extracted)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@attrs.define
class Score:
    tallies: dict[str, Tally] = attrs.Factory(lambda: {k: Tally() for k in FIGURES})
    slots: Counter[str] = attrs.Factory(Counter)
    missing: list[str] = attrs.Factory(list)
    per_doc: list[tuple[str, dict[str, float]]] = attrs.Factory(list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in FIGURES:
            p, r, f = self.tallies[name].prf()
            out[name] = {"p": round(p, 3), "r": round(r, 3), "f": round(f, 3)}
        out["overall_f1"] = round(sum(out[k]["f"] for k in FIGURES) / len(FIGURES), 3)
        s = self.slots
        matched = s["agreement_n"]
        denominator = matched or 1
        party_sum = s["parties_pred"] + s["parties_gold"]
        out["agreement_slots"] = {
            "instrument": round(s["instrument_ok"] / denominator, 3),
            "date": round(s["date_ok"] / denominator, 3),
            "place": round(s["place_ok"] / denominator, 3),
            "period": round(s["period_ok"] / denominator, 3),
            "parties_f1": round(2 * s["parties_tp"] / party_sum, 3) if party_sum else 0.0,
            "matched": matched,
        }
        out["person_title_acc"] = round(s["person_title_ok"] / (s["person_title_n"] or 1), 3)
        out["missing"] = list(self.missing)
        if self.per_doc:
            out["per_doc"] = [[stem, row] for stem, row in self.per_doc]
        return out


# -- matching helpers ---------------------------------------------------------------------


def _org_keys(org: Doc) -> set[str]:
    keys = {norm_key(org.get("name")), norm_key(org.get("acronym"))}
    keys.update(norm_key(a) for a in org.get("aliases") or [])
    keys.discard("")
    return keys


def _person_keys(person: Doc) -> set[str]:
    keys = {norm_key(person.get("name"))} | {norm_key(a) for a in person.get("aliases") or []}
    keys.discard("")
    return keys


def _conflict(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and str(a).upper() != str(b).upper()


def _alias_map(doc: Doc) -> dict[str, str]:
    """Every key of every organization -> that organization's canonical key."""
    out: dict[str, str] = {}
    for org in doc.get("organizations") or []:
        canonical = norm_key(org.get("name")) or norm_key(org.get("acronym"))
        for key in _org_keys(org):
            out.setdefault(key, canonical)
    return out


def _parties(values: Iterable[Any], *maps: dict[str, str]) -> set[str]:
    out: set[str] = set()
    for value in values or []:
        key = norm_key(value.get("name") if isinstance(value, Mapping) else value)
        if not key:
            continue
        for mapping in maps:
            key = mapping.get(key, key)
        out.add(key)
    return out


def _same_party(a: str, b: str) -> bool:
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _overlap(extracted: set[str], gold: set[str]) -> int:
    return sum(1 for e in extracted if any(_same_party(e, g) for g in gold))


def _dates_contradict(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.strip(), b.strip()
    if a.startswith("--") or b.startswith("--"):
        tail_a = a[2:] if a.startswith("--") else a[5:]
        tail_b = b[2:] if b.startswith("--") else b[5:]
        n = min(len(tail_a), len(tail_b))
        return tail_a[:n] != tail_b[:n]
    n = min(len(a), len(b))
    return a[:n] != b[:n]


def _titles_agree(a: str, b: str) -> bool:
    return a == b or bool(a and b and (a in b or b in a))


# -- one pair of documents --------------------------------------------------------------


def score_pair(gold: Doc, pred: Doc, tallies: dict[str, Tally], slots: Counter[str]) -> None:
    """Add the comparison of one extracted record with its gold record to the tallies."""
    gold_c = {str(c).upper() for c in gold.get("countries") or []}
    pred_c = {c.upper() for c in pred.get("countries") or [] if isinstance(c, str)}
    tallies["countries"].add(len(gold_c & pred_c), len(pred_c), len(gold_c))

    gold_orgs, pred_orgs = (
        list(gold.get("organizations") or []),
        list(pred.get("organizations") or []),
    )
    used: set[int] = set()
    for org in pred_orgs:
        keys = _org_keys(org)
        for i, g in enumerate(gold_orgs):
            if (
                i not in used
                and keys & _org_keys(g)
                and not _conflict(org.get("country"), g.get("country"))
            ):
                used.add(i)
                break
    tallies["organizations"].add(len(used), len(pred_orgs), len(gold_orgs))

    gold_people, pred_people = list(gold.get("people") or []), list(pred.get("people") or [])
    used = set()
    for person in pred_people:
        keys = _person_keys(person)
        hit = next(
            (i for i, g in enumerate(gold_people) if i not in used and keys & _person_keys(g)), None
        )
        if hit is None:
            continue
        used.add(hit)
        slots["person_title_n"] += 1
        slots["person_title_ok"] += _titles_agree(
            norm_key(person.get("title")), norm_key(gold_people[hit].get("title"))
        )
    tallies["people"].add(len(used), len(pred_people), len(gold_people))

    gold_map, pred_map = _alias_map(gold), _alias_map(pred)
    gold_agreements = list(gold.get("agreements") or [])
    pred_agreements = list(pred.get("agreements") or [])
    used = set()
    for agreement in pred_agreements:
        mine = _parties(agreement.get("parties"), pred_map, gold_map)
        best: int | None = None
        best_overlap = 0
        for i, g in enumerate(gold_agreements):
            if i in used or _dates_contradict(agreement.get("date"), g.get("date")):
                continue
            theirs = _parties(g.get("parties"), gold_map, gold_map)
            overlap = _overlap(mine, theirs)
            lone_empty = best is None and not mine and not theirs and len(gold_agreements) == 1
            if overlap > best_overlap or (overlap == 0 and lone_empty):
                best, best_overlap = i, overlap
        if best is None:
            continue
        used.add(best)
        g = gold_agreements[best]
        theirs = _parties(g.get("parties"), gold_map, gold_map)
        slots["agreement_n"] += 1
        slots["instrument_ok"] += (agreement.get("instrument") or "") == (g.get("instrument") or "")
        slots["date_ok"] += (agreement.get("date") or "") == (g.get("date") or "")
        slots["place_ok"] += norm_key(agreement.get("place")) == norm_key(g.get("place"))
        slots["period_ok"] += (agreement.get("period") or None) == (g.get("period") or None)
        slots["parties_tp"] += min(_overlap(mine, theirs), len(theirs))
        slots["parties_pred"] += len(mine)
        slots["parties_gold"] += len(theirs)
    tallies["agreements"].add(len(used), len(pred_agreements), len(gold_agreements))

    def dated(doc: Doc) -> Counter[tuple[Any, Any]]:
        return Counter(
            (e.get("kind"), e.get("date")) for e in doc.get("events") or [] if e.get("date")
        )

    gold_e, pred_e = dated(gold), dated(pred)
    tallies["events"].add(
        sum((gold_e & pred_e).values()), sum(pred_e.values()), sum(gold_e.values())
    )

    gold_a, pred_a = set(gold.get("areas") or []), set(pred.get("areas") or [])
    tallies["areas"].add(len(gold_a & pred_a), len(pred_a), len(gold_a))


def score_corpus(pairs: Iterable[tuple[str, Doc, Doc | None]], *, per_doc: bool = False) -> Score:
    """Score ``(stem, gold, extracted-or-None)`` triples; a missing extraction scores empty."""
    score = Score()
    for stem, gold, pred in pairs:
        if pred is None:
            score.missing.append(stem)
            pred = {}
        if per_doc:
            mine = {k: Tally() for k in FIGURES}
            score_pair(gold, pred, mine, Counter())
            score.per_doc.append((stem, {k: round(mine[k].prf()[2], 2) for k in FIGURES}))
        score_pair(gold, pred, score.tallies, score.slots)
    return score


def gold_files(directory: Path) -> list[tuple[str, Path, Path]]:
    """``(stem, text path, gold path)`` for every NAME.gold.json with a NAME.txt beside it."""
    out = []
    for gold in sorted(directory.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        out.append((stem, directory / f"{stem}.txt", gold))
    return out


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def format_table(result: Mapping[str, Any]) -> str:
    """The human-readable report of :meth:`Score.as_dict`."""
    lines = [f"{'figure':14s} {'P':>6s} {'R':>6s} {'F1':>6s}"]
    for name in FIGURES:
        row = result[name]
        lines.append(f"{name:14s} {row['p']:6.3f} {row['r']:6.3f} {row['f']:6.3f}")
    slots = result["agreement_slots"]
    lines.append(
        "agreement slots "
        + " ".join(
            f"{k}={slots[k]:.3f}" for k in ("instrument", "date", "place", "period", "parties_f1")
        )
        + f" (matched {slots['matched']})"
    )
    lines.append(f"person title accuracy {result['person_title_acc']:.3f}")
    for stem, row in result.get("per_doc", []):
        lines.append(f"  {stem:24s} " + " ".join(f"{k[:5]}={v:.2f}" for k, v in row.items()))
    if result["missing"]:
        lines.append("missing: " + " ".join(result["missing"]))
    lines.append(f"overall F1 {result['overall_f1']:.3f}")
    return "\n".join(lines)
