from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from coopextract import Agreement, Event, Evidence, Organization, Period, Person, Record
from coopextract.codec import json_schema, loads, unstructure
from coopextract.errors import RecordError

from .conftest import DEV, SEEDS


@pytest.mark.parametrize(
    "path",
    sorted(SEEDS.glob("*.gold.json")) + sorted(DEV.glob("*.gold.json")),
    ids=lambda p: p.stem,
)
def test_every_gold_file_reads_as_a_record_and_round_trips(path: object) -> None:
    record = loads(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert loads(record.to_json()) == record


def test_records_are_frozen() -> None:
    org = Organization("Vietnam Red Cross Society", "VNRC", "VN")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        org.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: Organization("Ministry of Health", country="Vietnam"), "ISO 3166-1"),
        (lambda: Organization("  "), "must not be empty"),
        (lambda: Event("meeting", date="2024-13-01"), "ISO date"),
        (lambda: Event("meeting", date="27 March"), "ISO date"),
        (lambda: Agreement("memorandum", parties=["A"]), "memorandum"),
        (lambda: Event("party"), "party"),
        (lambda: Period(2028, 2023), "before it starts"),
        (lambda: Evidence(5, 3, "", "r", "p"), "before its start"),
        (lambda: Record(countries=["XX"]), "XX"),
    ],
)
def test_validators_reject_values_outside_the_vocabularies(factory: object, message: str) -> None:
    with pytest.raises((ValueError, TypeError)) as info:
        factory()  # type: ignore[operator]
    assert message in str(info.value)


def test_partial_dates_keep_their_precision() -> None:
    for value in ("2023-11-22", "2023-11", "2023", "--03-27", "--04"):
        assert Event("meeting", date=value).date == value


def test_event_codes_follow_the_kind() -> None:
    assert (Event("aid").cameo, Event("aid").plover) == ("07", "AID")
    assert (Event("joint_activity").cameo, Event("joint_activity").plover) == ("06", "COOPERATE")
    assert (Agreement("treaty").cameo, Agreement("treaty").plover) == ("057", "SUPPORT")


def test_reference_date_accepts_iso_strings() -> None:
    assert Record(reference_date="2024-03-15").reference_date == dt.date(2024, 3, 15)


def test_json_keys_are_in_the_documented_order() -> None:
    data = unstructure(Record(doc_id="x", people=[Person("Bui Thi Hoa", "President")]))
    assert list(data)[:11] == [
        "schema",
        "doc_id",
        "reference_date",
        "title",
        "source",
        "countries",
        "organizations",
        "people",
        "agreements",
        "events",
        "areas",
    ]


def test_bad_json_names_the_offending_field() -> None:
    with pytest.raises(RecordError) as info:
        loads(json.dumps({"schema": "coopextract/1", "events": [{"kind": "party"}]}))
    assert "events" in info.value.path
    with pytest.raises(RecordError):
        loads("{not json")
    with pytest.raises(RecordError, match="coopextract/1"):
        loads(json.dumps({"schema": "coopextract/2"}))


def test_json_schema_describes_every_record_field() -> None:
    schema = json_schema()
    assert set(schema["properties"]) == {f.name for f in attrs.fields(Record)}
    assert set(schema["$defs"]) >= {
        "Organization",
        "Person",
        "Agreement",
        "Event",
        "Evidence",
        "Period",
    }
