"""The extraction pipeline: text in, :class:`~coopextract.schema.Record` out.

An :class:`Extractor` loads the plugins and compiles their vocabulary once; its
:meth:`~Extractor.extract` then runs, for each article: segmentation, source detection,
findings, resolution and post-processing (see :mod:`coopextract.hookspecs`).

A hook that raises is isolated: the record is made from the other plugins and carries a
:class:`~coopextract.schema.Diagnostic` naming the plugin, the hook and the error. With
``strict=True`` the error is raised as :class:`~coopextract.errors.PluginError` instead.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import pluggy

from coopextract.document import Document, Segment
from coopextract.errors import InputError, InputTypeError, PluginError
from coopextract.findings import FindingSet
from coopextract.plugins import ENV_VAR, describe_plugins, make_plugin_manager, plugin_version
from coopextract.resolve.actors import Actors
from coopextract.resolve.agreements import resolve_agreements
from coopextract.resolve.areas import resolve_areas
from coopextract.resolve.context import Context
from coopextract.resolve.events import resolve_events
from coopextract.resolve.people import People
from coopextract.resolve.timeline import Timeline
from coopextract.schema import Agreement, Diagnostic, Event, Evidence, PluginInfo, Record
from coopextract.vocabulary import Vocabulary, VocabularyBuilder

__all__ = ["Analysis", "Extractor", "coerce_reference_date", "extract"]


def coerce_reference_date(value: object, *, source: str = "<text>") -> _dt.date | None:
    """A ``datetime.date``, an ISO string or None; anything else is an :class:`InputError`."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(
                f"{source}: reference_date {value!r} is not an ISO date; write it as YYYY-MM-DD",
                source=source,
            ) from None
    raise InputTypeError(
        f"{source}: reference_date must be a datetime.date or an ISO string, "
        f"not {type(value).__name__}",
        source=source,
    )


@attrs.frozen
class Analysis:
    """A record with the document and the findings it was resolved from."""

    record: Record
    document: Document
    findings: FindingSet


#: the longest text taken as one article (about 200 times a long news story)
MAX_CHARS = 10_000_000


def _party_countries(
    actors: Actors, findings: FindingSet, agreements: list[Agreement], events: list[Event]
) -> list[str]:
    """Countries named as the sides of a signing or of a dated event."""
    # localities the text places in a country ("Kamiyama town of Japan")
    located = {
        str(f.label): str(f.data["country"])
        for f in findings.of("place")
        if f.data.get("country") and f.rule == "geography.locality"
    }
    out: list[str] = []
    sides: list[tuple[str, ...]] = [a.parties for a in agreements] + [e.parties for e in events]
    for parties in sides:
        for party in parties:
            place = actors.places.get(party)  # a locality as a side: its country's side
            code = (
                actors.countries_map.get(party)
                or (place.split(" ")[0] if place else None)
                or located.get(party)
            )
            if code:
                out.append(code)
    return out


class Extractor:
    """A reusable extractor: plugins loaded and patterns compiled once.

    ``plugins`` selects installed plugins by entry-point name (None: all installed, unless
    ``COOPEXTRACT_LOAD_PLUGINS`` says otherwise); ``extra_plugins`` registers plugin
    objects or modules directly; ``strict`` turns a failing hook into an exception;
    ``max_chars`` bounds the size of one article (a larger text is an :class:`InputError`).
    """

    def __init__(
        self,
        *,
        plugins: Iterable[str] | None = None,
        extra_plugins: Iterable[object] = (),
        strict: bool = False,
        max_chars: int = MAX_CHARS,
    ) -> None:
        self.strict = strict
        self.max_chars = max_chars
        self.plugin_manager: pluggy.PluginManager = make_plugin_manager(
            plugins, extra=extra_plugins
        )
        self._setup_diagnostics: list[Diagnostic] = []
        self.vocabulary: Vocabulary = self._build_vocabulary()
        self.plugins: tuple[PluginInfo, ...] = tuple(
            PluginInfo(name, plugin_version(self.plugin_manager, name))
            for name, _ in self.plugin_manager.list_name_plugin()
        )
        self._abbreviations = _abbreviations(self.vocabulary)
        self._warm()

    # -- hook plumbing -----------------------------------------------------------------

    def _impls(self, hook: str) -> list[Any]:
        caller = getattr(self.plugin_manager.hook, hook)
        return list(reversed(caller.get_hookimpls()))

    def _failed(
        self, plugin: str, hook: str, exc: BaseException, diagnostics: list[Diagnostic]
    ) -> None:
        message = f"{type(exc).__name__}: {exc}"
        if self.strict:
            raise PluginError(
                f"plugin {plugin!r} failed in {hook}: {message}", plugin=plugin, hook=hook
            ) from exc
        diagnostics.append(Diagnostic(message=message, plugin=plugin, hook=hook, level="error"))

    def _build_vocabulary(self) -> Vocabulary:
        builder = VocabularyBuilder()
        for impl in self._impls("coopextract_register_vocabulary"):

            def register(table: str, entries: Any, _plugin: str = impl.plugin_name) -> None:
                builder.register(table, entries, plugin=_plugin)

            try:
                impl.function(register=register)
            except PluginError:
                raise
            except Exception as exc:
                self._failed(
                    impl.plugin_name,
                    "coopextract_register_vocabulary",
                    exc,
                    self._setup_diagnostics,
                )
        return builder.build()

    def _warm(self) -> None:
        """Compile every table now, not on the first article."""
        vocab = self.vocabulary
        for table in (
            "boilerplate_lines",
            "instruments",
            "signing_verbs",
            "background_cues",
            "event_triggers",
            "event_blockers",
            "planned_cues",
            "area_keywords",
        ):
            vocab.pattern_table(table)
        for table in ("countries", "demonyms", "places"):
            vocab.phrase_matcher(table)

    # -- the pipeline ------------------------------------------------------------------

    def extract(
        self,
        text: str,
        *,
        reference_date: _dt.date | str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
    ) -> Record:
        """Extract the record of one article (``text`` exactly as published)."""
        return self.analyse(text, reference_date=reference_date, doc_id=doc_id, title=title).record

    def analyse(
        self,
        text: str,
        *,
        reference_date: _dt.date | str | None = None,
        doc_id: str | None = None,
        title: str | None = None,
    ) -> Analysis:
        """Extract, and keep what the record was made from: the document and its findings.

        Used by the workbench (``coopextract show``) and by rule authors who want to see
        every span a rule found, not only those that made it into the record.
        """
        source = doc_id or "<text>"
        if isinstance(text, (bytes, bytearray)):
            raise InputTypeError(
                f"{source}: got bytes; decode them first, e.g. data.decode('utf-8')",
                source=source,
            )
        if not isinstance(text, str):
            raise InputTypeError(
                f"{source}: text must be a str, not {type(text).__name__}", source=source
            )
        if len(text) > self.max_chars:
            raise InputError(
                f"{source}: {len(text):,} characters is more than one article "
                f"(the limit is {self.max_chars:,}); split the file into articles, or build "
                "the Extractor with a larger max_chars",
                source=source,
            )
        ref = coerce_reference_date(reference_date, source=source)
        diagnostics = list(self._setup_diagnostics)
        document = Document.from_text(text, doc_id=doc_id, reference_date=ref, title=title)
        document.abbreviations = self._abbreviations
        self._segment(document, diagnostics)
        document.source = self._detect_source(document, diagnostics)
        findings = self._find(document, diagnostics)
        record = self._resolve(document, findings, diagnostics)
        record = self._postprocess(record, document, diagnostics)
        if diagnostics != list(record.diagnostics):
            record = attrs.evolve(record, diagnostics=tuple(diagnostics) + record.diagnostics)
        return Analysis(record, document, findings)

    def extract_many(self, documents: Iterable[dict[str, Any]]) -> Iterator[Record]:
        """One record per ``{"text", "doc_id", "reference_date"/"published", "title"}``."""
        for item in documents:
            yield self.extract(
                item["text"],
                reference_date=item.get("reference_date", item.get("published")),
                doc_id=item.get("doc_id"),
                title=item.get("title"),
            )

    def _segment(self, document: Document, diagnostics: list[Diagnostic]) -> None:
        marks: list[Segment] = []
        n = len(document.text)
        for impl in self._impls("coopextract_segment"):
            plugin = impl.plugin_name

            def mark(
                kind: str, start: int, end: int, *, rule: str = "segment", _plugin: str = plugin
            ) -> None:
                if not 0 <= start <= end <= n:
                    raise PluginError(
                        f"plugin {_plugin!r} marked [{start}, {end}) outside the text (length {n})",
                        plugin=_plugin,
                        hook="coopextract_segment",
                    )
                marks.append(Segment(kind, start, end, rule, _plugin))

            try:
                impl.function(document=document, vocabulary=self.vocabulary, mark=mark)
            except Exception as exc:
                self._failed(plugin, "coopextract_segment", exc, diagnostics)
        document.finish_segments(marks)

    def _detect_source(self, document: Document, diagnostics: list[Diagnostic]) -> str | None:
        for impl in self._impls("coopextract_detect_source"):
            try:
                result = impl.function(document=document, vocabulary=self.vocabulary)
            except Exception as exc:
                self._failed(impl.plugin_name, "coopextract_detect_source", exc, diagnostics)
                continue
            if result is not None:
                return str(result)
        return None

    def _find(self, document: Document, diagnostics: list[Diagnostic]) -> FindingSet:
        findings = FindingSet()
        n = len(document.text)
        for impl in self._impls("coopextract_find"):
            add = findings.adder(impl.plugin_name, n)
            try:
                impl.function(document=document, vocabulary=self.vocabulary, add=add)
            except Exception as exc:
                self._failed(impl.plugin_name, "coopextract_find", exc, diagnostics)
        return findings

    def _evidence_factory(
        self, document: Document
    ) -> Callable[[int, int, str, str, str], Evidence]:
        raw = document.raw

        def evidence(start: int, end: int, rule: str, plugin: str, field: str) -> Evidence:
            rs, re_ = document.raw_span(start, end)
            return Evidence(rs, re_, raw[rs:re_], rule, plugin, field)

        return evidence

    def _resolve(
        self, document: Document, findings: FindingSet, diagnostics: list[Diagnostic]
    ) -> Record:
        evidence = self._evidence_factory(document)
        actors = Actors(document, findings, self.vocabulary, evidence)
        people = People(document, findings.of("person"), actors, evidence)
        timeline = Timeline(findings.of("date"), document.reference_date, document.text)
        ctx = Context(document, findings, actors, people, timeline, evidence)
        agreements = resolve_agreements(ctx)
        events = resolve_events(ctx)
        areas = resolve_areas(ctx, events)
        return Record(
            doc_id=document.doc_id,
            reference_date=document.reference_date,
            title=document.title,
            source=document.source,
            # a person's stated nationality ("the Hungarian Ambassador") and an envoy's
            # posting ("Ambassador to Vietnam") name sides too
            countries=actors.document_countries(
                [
                    *people.side_countries(),
                    *_party_countries(actors, findings, agreements, events),
                ]
            ),
            organizations=actors.schema_orgs(),
            people=people.schema_people(),
            agreements=agreements,
            events=events,
            areas=areas,
            plugins=self.plugins,
        )

    def _postprocess(
        self, record: Record, document: Document, diagnostics: list[Diagnostic]
    ) -> Record:
        for impl in self._impls("coopextract_postprocess"):
            try:
                result = impl.function(record=record, document=document)
            except Exception as exc:
                self._failed(impl.plugin_name, "coopextract_postprocess", exc, diagnostics)
                continue
            if result is not None:
                if not isinstance(result, Record):
                    self._failed(
                        impl.plugin_name,
                        "coopextract_postprocess",
                        TypeError(f"returned {type(result).__name__}, not a Record or None"),
                        diagnostics,
                    )
                    continue
                record = result
        return record

    def describe_plugins(self) -> list[dict[str, Any]]:
        return describe_plugins(self.plugin_manager)


def _abbreviations(vocabulary: Vocabulary) -> frozenset[str]:
    """Words whose dot ends no sentence: the table, and the dotted words of ranks,
    honorifics and titles ("Sr.", "Adm.", "Prof.")."""
    words = set(vocabulary.terms("abbreviations"))
    for table in ("ranks", "honorifics", "titles"):
        for phrase in vocabulary.terms(table):
            words.update(w for w in phrase.replace(".", ". ").split() if w.endswith("."))
    return frozenset(words)


_DEFAULT: dict[str | None, Extractor] = {}


def default_extractor() -> Extractor:
    """The shared extractor of :func:`extract` (rebuilt if ``COOPEXTRACT_LOAD_PLUGINS`` changes)."""
    key = os.environ.get(ENV_VAR)
    if key not in _DEFAULT:
        _DEFAULT.clear()
        _DEFAULT[key] = Extractor()
    return _DEFAULT[key]


def extract(
    text: str,
    *,
    reference_date: _dt.date | str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
) -> Record:
    """Extract the record of one article with the default extractor.

    >>> record = extract("Hanoi (VNA) - The Vietnam Red Cross Society (VNRC) and the Lao "
    ...                  "Red Cross (LRC) signed a cooperation agreement in Hanoi on March 14.",
    ...                  reference_date="2024-03-15")
    >>> record.agreements[0].date
    '2024-03-14'
    """
    return default_extractor().extract(
        text, reference_date=reference_date, doc_id=doc_id, title=title
    )
