"""Built-in plugin: the words that report a cooperation act, and what makes it planned.

Triggers carry the event kind ("held talks" -> meeting, "handed over" -> aid); blockers
are dated happenings that are not cooperation (an earthquake "struck"), so their date dates
no event; planned cues ("will", "is scheduled to") make the next act planned.
"""

from __future__ import annotations

from collections.abc import Callable

from coopextract.document import Document
from coopextract.hookspecs import hookimpl
from coopextract.rules.patterns import scan_table
from coopextract.vocabulary import Vocabulary


@hookimpl
def coopextract_find(document: Document, vocabulary: Vocabulary, add: Callable[..., None]) -> None:
    scan_table(document, vocabulary, "event_triggers", "trigger", add, rule="events.trigger")
    scan_table(document, vocabulary, "event_blockers", "blocker", add, rule="events.blocker")
    scan_table(document, vocabulary, "planned_cues", "planned", add, rule="events.planned_cue")
