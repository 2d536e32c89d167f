"""What each field and each controlled value of the record means, for the generated tables.

The names and types come from the schema classes; the meanings are kept here, and
:func:`check` fails the build (and ``tests/test_docs.py``) when a field or a value has no
meaning or a meaning names a field that no longer exists, so the page cannot drift.
"""

from __future__ import annotations

import enum

import attrs

FIELDS: dict[str, dict[str, str]] = {
    "Record": {
        "doc_id": "the caller's id for the article (the file name without `.txt` on the "
        "command line)",
        "reference_date": "the date that year-less dates are resolved against, usually the "
        "publication date; given by the caller, never guessed",
        "title": "the headline, or the `title` of `NAME.meta.json`",
        "source": 'the news agency the article credits itself to ("VNA", "PNA")',
        "countries": "ISO 3166-1 alpha-2 codes of the countries whose sides cooperate in the "
        "body (not those mentioned in passing)",
        "organizations": "every named organization of the body and the photo captions",
        "people": "every named person of the body and the photo captions",
        "agreements": "the formal instruments the article reports as newly signed",
        "events": "the other cooperation acts the text dates",
        "areas": "the union of the areas of cooperation the body covers",
        "plugins": "the plugins that made the record, with their versions",
        "diagnostics": "what went wrong or was skipped while the record was made (a plugin "
        "hook that raised, say)",
        "schema": "always `coopextract/1`",
    },
    "Organization": {
        "name": 'the fullest proper name in the text, without a leading "the" and without a '
        "country adjective that is not part of the name",
        "acronym": "the short form the text defines or uses, e.g. `VNRC`",
        "country": "the organization's country; null for international bodies and when the "
        "text does not make it clear",
        "aliases": "other forms of the name in the same text",
        "evidence": "where the name and acronym occur",
    },
    "Person": {
        "name": "the person's name as written, without honorifics",
        "title": "the (first) office held, without the organization or a country adjective",
        "rank": 'a military or police rank, written out ("Senior Lieutenant General")',
        "affiliation": "the `name` of an organization of the record, or null",
        "country": "the person's country when the text makes it clear",
        "aliases": "other spellings of the name in the same text",
        "evidence": "where the name occurs",
    },
    "Agreement": {
        "instrument": "the kind of instrument",
        "parties": "the signatories, as organization names of the record, or country names "
        "when only countries are named",
        "date": "the signing date, at the precision the text gives",
        "place": "the city where it was signed (a dateline counts), else null",
        "period": "the years the instrument covers, else null",
        "areas": "the areas this instrument covers",
        "count": 'for an aggregate without a breakdown ("signed 13 documents"), how many',
        "cameo": "the CAMEO code of a signed instrument, always `057`",
        "plover": "the PLOVER event type of a signed instrument, always `SUPPORT`",
        "evidence": "the signing verb, the instrument noun, the parties, date, place, period",
    },
    "Event": {
        "kind": "the kind of event",
        "date": "the date of the act (the first day of a range)",
        "date_qualifier": '"early", "mid", "late" part of the date, or "before"/"after" it',
        "status": "whether the act happened or is planned",
        "parties": "the sides taking part, as organization or country names",
        "place": "where it took place, when the sentence says so",
        "end_date": 'the last day of a range ("September 13-14")',
        "count": 'for a total ("three batches of aid"), how many',
        "cameo": "the CAMEO root code of the kind",
        "plover": "the PLOVER event type of the kind",
        "evidence": "the trigger word, the date, the place and the parties",
    },
    "Period": {
        "start": "the first year covered; null when the text cannot give it",
        "end": "the last year covered",
    },
    "Evidence": {
        "start": "offset of the first character in the input exactly as given (a Python "
        "string index)",
        "end": "offset just after the last character",
        "text": "`input[start:end]`, always",
        "rule": 'the rule that found the span ("dates.expression")',
        "plugin": "the plugin the rule belongs to",
        "field": 'which value of the item the span supports ("name", "date", "parties"...)',
    },
    "Diagnostic": {
        "message": "what happened",
        "plugin": "the plugin concerned",
        "hook": "the hook concerned",
        "level": "`info`, `warning` or `error`",
    },
    "PluginInfo": {
        "name": "the plugin's name (its entry-point name, or a built-in rule module)",
        "version": "its distribution's version, when known",
    },
}

VALUES: dict[str, dict[str, str]] = {
    "Instrument": {
        "memorandum_of_understanding": "a memorandum of understanding (MoU)",
        "agreement": "an agreement or accord",
        "protocol": "a protocol",
        "treaty": "a treaty or convention",
        "letter_of_intent": "a letter of intent",
        "contract": "a contract",
        "cooperation_plan": "a plan, programme or roadmap of cooperation",
        "joint_statement": "a joint statement or declaration",
        "other": "certificates, diplomatic notes, minutes and the like",
    },
    "EventKind": {
        "meeting": "talks, meetings, receptions, visits, conferences, workshops",
        "request": "proposals, requests, appeals, invitations",
        "pledge": "agreeing to a proposal, committing or offering to help",
        "aid": "aid, donations, supplies or experts handed over",
        "joint_activity": "exercises, patrols, training courses, research done together",
    },
    "Status": {
        "happened": "the act took place",
        "planned": 'the act is scheduled or intended ("will hold", "agreed to hold")',
    },
    "DateQualifier": {
        "early": '"early May": the first part of the date',
        "mid": '"mid-May"',
        "late": '"late May"',
        "before": '"before the talks": earlier than the date',
        "after": '"after the talks": later than the date',
    },
    "Area": {
        "humanitarian_aid": "relief, donations, emergency assistance",
        "disaster_management": "disaster prevention, preparedness, response, search and rescue",
        "climate_environment": "climate change, environment, forests, water resources",
        "health": "health care, hospitals, medicine as a field, first aid",
        "pandemic_response": "COVID-19 and other epidemics",
        "medical_supplies": "vaccines, medicines, test kits, medical equipment",
        "education_training": "education, training courses, scholarships",
        "youth_volunteering": "youth activities and volunteering",
        "culture_tourism": "culture, arts, heritage, tourism, sport",
        "people_to_people": "friendship exchanges, twinned localities",
        "trade": "trade, customs, market access, supply chains",
        "investment": "investment and its promotion",
        "finance_banking": "finance, banking, monetary cooperation",
        "industry_energy": "industry, energy, mining, manufacturing",
        "agriculture_fisheries": "agriculture, fisheries, food safety, quarantine",
        "transport_infrastructure": "transport, ports, aviation, infrastructure, logistics",
        "science_technology": "science, technology, research, digital transformation",
        "information_media": "press, media, communication",
        "justice_law": "justice, law, courts, legal assistance",
        "defence": "defence, armed forces, defence industry, military medicine",
        "security_policing": "public security, police, crime, border control, cybersecurity",
        "labour": "labour, employment, workforce, migrant workers",
        "governance": "party-to-party relations, public administration",
    },
}


def check(classes: list[type], enums: list[type[enum.Enum]]) -> None:
    """Raise when a field or value of the schema lacks a meaning here, or the reverse."""
    problems = []
    for cls in classes:
        have = {f.name for f in attrs.fields(cls)}
        documented = set(FIELDS.get(cls.__name__, {}))
        problems += [f"{cls.__name__}.{n}: no meaning" for n in sorted(have - documented)]
        problems += [f"{cls.__name__}.{n}: no such field" for n in sorted(documented - have)]
    for enum_cls in enums:
        have = {m.value for m in enum_cls}
        documented = set(VALUES.get(enum_cls.__name__, {}))
        problems += [f"{enum_cls.__name__} {v!r}: no meaning" for v in sorted(have - documented)]
        problems += [f"{enum_cls.__name__} {v!r}: no such value" for v in sorted(documented - have)]
    if problems:
        raise ValueError("docs/hooks/gen_meanings.py is out of date: " + "; ".join(problems))
