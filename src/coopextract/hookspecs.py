"""The hooks of coopextract: the plugin author's reference, top to bottom.

A plugin is a module (or object) with functions named after these hooks and marked with
:data:`coopextract.hookimpl`; it is found through the entry-point group ``coopextract``::

    [project.entry-points.coopextract]
    myoutlet = "coopextract_myoutlet"

The extraction of one article runs the hooks in this order:

1. ``coopextract_register_vocabulary`` once, when an :class:`~coopextract.Extractor` is
   built: word lists and patterns are compiled then, never per article.
2. ``coopextract_segment`` marks headline, dateline, captions, credits and boilerplate.
3. ``coopextract_detect_source`` names the agency the article credits (first answer wins).
4. ``coopextract_find`` adds findings: typed spans of the text.
5. Resolution (the core, not a hook) turns findings into the record's items.
6. ``coopextract_postprocess`` may replace the finished record.

Positions handed to and taken from hooks are offsets into ``document.text``, the folded
copy of the input (diacritics dropped, quotes and dashes plain). The core maps them back to
the raw input for the evidence.

A hook that raises does not lose the article: the record is still made from the other
plugins and carries a diagnostic naming the plugin, the hook and the error, unless the
caller asked for ``strict=True``.

The built-in English rules are plugins too (``coopextract plugins`` lists them), and
use exactly these hooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from coopextract.document import Document
    from coopextract.schema import Record
    from coopextract.vocabulary import Vocabulary

__all__ = ["HOOK_ORDER", "hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("coopextract")
hookimpl = pluggy.HookimplMarker("coopextract")


@hookspec
def coopextract_register_vocabulary(
    register: Callable[[str, Iterable[str] | Mapping[str, str]], None],
) -> None:
    """Contribute word lists and patterns to the named tables.

    Call ``register(table, entries)`` once per table, where ``entries`` is a list of
    phrases for a ``terms`` table, or a dict for a ``mapping`` or ``patterns`` table::

        @hookimpl
        def coopextract_register_vocabulary(register):
            register("titles", ["Provincial Party Secretary"])
            register("ranks", {"Lt. Cdr.": "Lieutenant Commander"})
            register("event_triggers", {r"joint\\s+naval\\s+drills?": "joint_activity"})

    The tables and what they hold are listed in
    :data:`coopextract.vocabulary.TABLES` (and in ``docs/plugins.md``). Patterns use the
    ``regex`` module's syntax, are matched case-insensitively as whole words, and run under
    a time limit. An unknown table, an entry without a value or a pattern that does not
    compile raises :class:`~coopextract.errors.PluginError` naming your plugin when the
    extractor is built.
    """


@hookspec
def coopextract_segment(
    document: Document,
    vocabulary: Vocabulary,
    mark: Callable[..., None],
) -> None:
    """Mark parts of the article that are not plain body text.

    Call ``mark(kind, start, end, rule="yourplugin.rule")`` for each part, where ``kind``
    is one of :data:`coopextract.document.SEGMENT_KINDS`: ``related``, ``source_line``,
    ``credit``, ``boilerplate``, ``label``, ``headline``, ``dateline``, ``caption``.
    Whatever nobody marks is body. Where marks overlap, the kind listed first wins, so a
    plugin can safely mark a region the built-in rules also mark. ``document.text`` and
    ``document.lines()`` are available; segments are not (they are being made).

    To record a dateline's place and agency, set ``document.dateline`` to a
    :class:`~coopextract.document.Dateline`.
    """


@hookspec(firstresult=True)
def coopextract_detect_source(document: Document, vocabulary: Vocabulary) -> str | None:
    """Name the news agency the article credits itself to, or return None.

    Called after segmentation, with ``document.segments`` and ``document.dateline`` set.
    The first plugin to return a string wins; external plugins are asked before the
    built-in rule, which reads datelines, closing credits and "Source:" lines.
    """


@hookspec
def coopextract_find(
    document: Document,
    vocabulary: Vocabulary,
    add: Callable[..., None],
) -> None:
    """Add findings: typed spans of the article's text.

    Call ``add(kind, start, end, label, rule="yourplugin.rule", **data)``; the kinds, and
    what ``label`` and ``data`` hold for each, are listed in
    :data:`coopextract.findings.FINDING_KINDS`. Examples::

        add("organization", 10, 42, "org", rule="myoutlet.orgs", country="VN")
        add("trigger", 120, 128, "aid", rule="myoutlet.triggers")
        add("area", 300, 311, "defence", rule="myoutlet.areas")

    Only look at ``document.sentences`` (body and captions) unless you know better:
    headlines, related-news blocks and credits never make facts. Resolution merges your
    findings with everyone else's, so adding a span another rule also found is harmless.
    """


@hookspec
def coopextract_postprocess(record: Record, document: Document) -> Record | None:
    """Return a changed copy of the finished record, or None to leave it as it is.

    Records are frozen; build the copy with :func:`attrs.evolve`. Each plugin sees the
    record as the previous one left it. Keep evidence consistent: every evidence span must
    still equal the input text at its offsets (``record`` values are checked in tests).
    """


#: Hook names, in the order the pipeline calls them (for docs and checks).
HOOK_ORDER: tuple[str, ...] = (
    "coopextract_register_vocabulary",
    "coopextract_segment",
    "coopextract_detect_source",
    "coopextract_find",
    "coopextract_postprocess",
)
