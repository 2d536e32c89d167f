"""The cooperation record: frozen attrs classes and their controlled vocabularies.

These classes are the Python face of the ``coopextract/1`` JSON format
(see ``docs/record-format.md``). They are immutable; build changed copies with
:func:`attrs.evolve`. Validators check every controlled vocabulary, so a record that
exists is a record that follows the format.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from typing import Any

import attrs
import pycountry

__all__ = [
    "CAMEO",
    "PARTIAL_DATE_RE",
    "PLOVER",
    "SCHEMA_ID",
    "Agreement",
    "Area",
    "DateQualifier",
    "Diagnostic",
    "Event",
    "EventKind",
    "Evidence",
    "Instrument",
    "Organization",
    "Period",
    "Person",
    "PluginInfo",
    "Record",
    "Status",
    "evidence_order",
    "is_country_code",
]

SCHEMA_ID = "coopextract/1"

#: ISO 8601 at the precision the text gives: ``2023-11-22``, ``2023-11``, ``2023``,
#: and year-less ``--03-27`` (month-day) or ``--04`` (month).
PARTIAL_DATE_RE = re.compile(
    r"^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
    r"|--(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)$"
)


class Instrument(str, enum.Enum):
    """The kind of formal instrument an agreement is."""

    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    AGREEMENT = "agreement"
    PROTOCOL = "protocol"
    TREATY = "treaty"
    LETTER_OF_INTENT = "letter_of_intent"
    CONTRACT = "contract"
    COOPERATION_PLAN = "cooperation_plan"
    JOINT_STATEMENT = "joint_statement"
    OTHER = "other"


class EventKind(str, enum.Enum):
    """The five kinds of cooperation event."""

    MEETING = "meeting"
    REQUEST = "request"
    PLEDGE = "pledge"
    AID = "aid"
    JOINT_ACTIVITY = "joint_activity"


class Status(str, enum.Enum):
    HAPPENED = "happened"
    PLANNED = "planned"


class DateQualifier(str, enum.Enum):
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    BEFORE = "before"
    AFTER = "after"


class Area(str, enum.Enum):
    """The areas taxonomy: the field of cooperation, never the actor."""

    HUMANITARIAN_AID = "humanitarian_aid"
    DISASTER_MANAGEMENT = "disaster_management"
    CLIMATE_ENVIRONMENT = "climate_environment"
    HEALTH = "health"
    PANDEMIC_RESPONSE = "pandemic_response"
    MEDICAL_SUPPLIES = "medical_supplies"
    EDUCATION_TRAINING = "education_training"
    YOUTH_VOLUNTEERING = "youth_volunteering"
    CULTURE_TOURISM = "culture_tourism"
    PEOPLE_TO_PEOPLE = "people_to_people"
    TRADE = "trade"
    INVESTMENT = "investment"
    FINANCE_BANKING = "finance_banking"
    INDUSTRY_ENERGY = "industry_energy"
    AGRICULTURE_FISHERIES = "agriculture_fisheries"
    TRANSPORT_INFRASTRUCTURE = "transport_infrastructure"
    SCIENCE_TECHNOLOGY = "science_technology"
    INFORMATION_MEDIA = "information_media"
    JUSTICE_LAW = "justice_law"
    DEFENCE = "defence"
    SECURITY_POLICING = "security_policing"
    LABOUR = "labour"
    GOVERNANCE = "governance"


#: CAMEO root codes of the event kinds; a signed instrument is ``057``.
CAMEO: dict[str, str] = {
    "meeting": "04",
    "request": "02",
    "pledge": "03",
    "aid": "07",
    "joint_activity": "06",
    "agreement": "057",
}
#: PLOVER event types of the event kinds; a signed instrument is ``SUPPORT``.
PLOVER: dict[str, str] = {
    "meeting": "CONSULT",
    "request": "REQUEST",
    "pledge": "AGREE",
    "aid": "AID",
    "joint_activity": "COOPERATE",
    "agreement": "SUPPORT",
}


def is_country_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (``"VN"``) or the user-assigned ``"XK"``."""
    return code == "XK" or (
        len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None
    )


# -- validators ------------------------------------------------------------------------


def _country(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not is_country_code(value):
        raise ValueError(
            f"{attribute.name}={value!r} is not an ISO 3166-1 alpha-2 country code "
            "(write 'VN', 'CU', 'KR'...)"
        )


def _countries(_: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for code in value:
        if not is_country_code(code):
            raise ValueError(f"{attribute.name} holds {code!r}, not an ISO 3166-1 alpha-2 code")


def _partial_date(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not PARTIAL_DATE_RE.match(value):
        raise ValueError(
            f"{attribute.name}={value!r} is not an ISO date at the text's precision "
            "(2023-11-22, 2023-11, 2023, --03-27 or --04)"
        )


def _nonempty(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be empty")


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


def _areas(value: Any) -> tuple[Area, ...]:
    return tuple(Area(v) for v in (value or ()))


def _qualifier(value: Any) -> DateQualifier | None:
    return None if value is None else DateQualifier(value)


def _reference_date(value: Any) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value if not isinstance(value, _dt.datetime) else value.date()
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    raise TypeError(f"reference_date must be a datetime.date or an ISO string, not {value!r}")


# -- the classes -----------------------------------------------------------------------


@attrs.frozen
class Evidence:
    """Where a value came from: ``text == input[start:end]``, and who found it."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    text: str = attrs.field()
    rule: str = attrs.field()
    plugin: str = attrs.field()
    #: which value of the item this span supports ("name", "date", "trigger"...), if known
    field: str | None = None

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"evidence end {value} is before its start {self.start}")


def evidence_order(evidence: Evidence) -> tuple[int, int, str, str, str]:
    """The order an item's evidence is listed in: by place in the text, then by field, so
    the same input always gives the same record."""
    return (evidence.start, evidence.end, evidence.field or "", evidence.rule, evidence.plugin)


@attrs.frozen
class Organization:
    name: str = attrs.field(validator=_nonempty)
    acronym: str | None = None
    country: str | None = attrs.field(default=None, validator=_country)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Person:
    name: str = attrs.field(validator=_nonempty)
    title: str | None = None
    rank: str | None = None
    affiliation: str | None = None
    country: str | None = attrs.field(default=None, validator=_country)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Period:
    """The years an instrument covers; ``start`` is None when the text cannot give it."""

    start: int | None = None
    end: int | None = attrs.field(default=None)

    @end.validator
    def _check(self, attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if self.start is not None and value is not None and value < self.start:
            raise ValueError(f"period ends ({value}) before it starts ({self.start})")


@attrs.frozen
class Agreement:
    """A formal instrument reported as newly signed, inked, concluded, adopted or renewed."""

    instrument: Instrument = attrs.field(converter=Instrument)
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    date: str | None = attrs.field(default=None, validator=_partial_date)
    place: str | None = None
    period: Period | None = None
    areas: tuple[Area, ...] = attrs.field(default=(), converter=_areas)
    count: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(1))
    )
    cameo: str = CAMEO["agreement"]
    plover: str = PLOVER["agreement"]
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)


def _event_code(table: dict[str, str]) -> Any:
    return attrs.Factory(lambda self: table[self.kind.value], takes_self=True)


@attrs.frozen
class Event:
    """A dated cooperation act other than a signing."""

    kind: EventKind = attrs.field(converter=EventKind)
    date: str | None = attrs.field(default=None, validator=_partial_date)
    date_qualifier: DateQualifier | None = attrs.field(default=None, converter=_qualifier)
    status: Status = attrs.field(default=Status.HAPPENED, converter=Status)
    parties: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    place: str | None = None
    end_date: str | None = attrs.field(default=None, validator=_partial_date)
    count: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(1))
    )
    cameo: str = attrs.field(default=_event_code(CAMEO))
    plover: str = attrs.field(default=_event_code(PLOVER))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Diagnostic:
    """Something that went wrong or was skipped while a record was made."""

    message: str
    plugin: str | None = None
    hook: str | None = None
    level: str = attrs.field(
        default="warning", validator=attrs.validators.in_(("info", "warning", "error"))
    )


@attrs.frozen
class PluginInfo:
    name: str
    version: str | None = None


@attrs.frozen
class Record:
    """Everything extracted from one article."""

    doc_id: str | None = None
    reference_date: _dt.date | None = attrs.field(default=None, converter=_reference_date)
    title: str | None = None
    source: str | None = None
    countries: tuple[str, ...] = attrs.field(default=(), converter=_tuple, validator=_countries)
    organizations: tuple[Organization, ...] = attrs.field(default=(), converter=_tuple)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_tuple)
    agreements: tuple[Agreement, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    areas: tuple[Area, ...] = attrs.field(default=(), converter=_areas)
    plugins: tuple[PluginInfo, ...] = attrs.field(default=(), converter=_tuple)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_tuple)
    schema: str = attrs.field(default=SCHEMA_ID, validator=attrs.validators.in_((SCHEMA_ID,)))

    def to_json(self, **kwargs: Any) -> str:
        """This record as coopextract/1 JSON (keyword arguments go to :func:`json.dumps`)."""
        from coopextract.codec import dumps

        return dumps(self, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        """This record as plain JSON-ready Python data."""
        from coopextract.codec import unstructure

        return unstructure(self)

    @classmethod
    def from_json(cls, text: str | bytes) -> Record:
        """Read a coopextract/1 JSON document (a gold file or an earlier output)."""
        from coopextract.codec import loads

        return loads(text)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        from coopextract.codec import structure

        return structure(data)
