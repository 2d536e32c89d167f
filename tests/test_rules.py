"""Small written-by-us cases, one per pattern a rule must read right.

Each reproduces, in invented wording, a shape found in real wire reports.
"""

from __future__ import annotations

from typing import Any

import pytest

from coopextract import Extractor
from coopextract.schema import Period


def test_caption_glued_to_dateline(extractor: Extractor) -> None:
    text = (
        "Deputy minister meets envoy\n\n"
        "At the meeting (Photo: VNA)Hanoi (VNA) – Deputy Minister of Health Le Van Tam "
        "received Thai Ambassador Somchai Wong in Hanoi on March 3./."
    )
    record = extractor.extract(text, reference_date="2024-03-04")
    assert record.source == "VNA"
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-03-03")]


def test_abbreviated_senior_ranks(extractor: Extractor) -> None:
    text = (
        "Deputy Minister of National Defence Sen. Lieut. Gen. Tran Van Nam received the "
        "guests on June 2."
    )
    record = extractor.extract(text, reference_date="2024-06-03")
    assert [(p.name, p.rank) for p in record.people] == [
        ("Tran Van Nam", "Senior Lieutenant General")
    ]


def test_plural_receptions_are_a_meeting(extractor: Extractor) -> None:
    text = "Minister Tran Van Nam hosted receptions for two ambassadors in Hanoi on May 9."
    record = extractor.extract(text, reference_date="2024-05-10")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-09")]


def test_a_year_inside_a_name_dates_nothing(extractor: Extractor) -> None:
    text = "He called on Japan to support Vietnam in its ASEAN Chairmanship Year 2020."
    assert extractor.extract(text, reference_date="2020-01-05").events == ()


def test_from_a_day_range_dates_the_act(extractor: Extractor) -> None:
    text = (
        "From September 4-5, a delegation of the province presented gifts worth 10,000 USD "
        "to flood victims in Laos."
    )
    [event] = extractor.extract(text, reference_date="2022-09-06").events
    assert (event.kind.value, event.date, event.end_date) == ("aid", "2022-09-04", "2022-09-05")


def test_consulates_and_numbered_zones_are_bodies(extractor: Extractor) -> None:
    text = (
        "The Consulate General of Vietnam in Pakse and Military Zone IV's working group "
        "handed over rice to the province on May 6."
    )
    orgs = extractor.extract(text, reference_date="2021-05-07").organizations
    # named with its seat, and known without it too
    assert [(o.name, o.aliases) for o in orgs] == [
        ("Consulate General of Vietnam in Pakse", ("Consulate General of Vietnam",)),
        ("Military Zone IV", ()),
    ]


def test_capitals_dateline_of_viet_nam_news(extractor: Extractor) -> None:
    text = (
        "Two councils sign MoU\n\n"
        "HCM CITY — Representatives of the HCM City People’s Council and Japan’s Kochi "
        "Prefectural Assembly signed a memorandum of understanding on Thursday. — VNS"
    )
    record = extractor.extract(text, reference_date="2026-02-27")
    [agreement] = record.agreements
    assert agreement.parties == ("HCM City People’s Council", "Kochi Prefectural Assembly")
    assert agreement.date == "2026-02-26"
    assert agreement.place == "HCM City"
    assert record.source == "VNS"


def test_localities_named_only_as_places_are_parties(extractor: Extractor) -> None:
    text = (
        "Representatives of the central province of Binh Dinh and the Japanese city of "
        "Kaminoyama signed an agreement on friendly ties in Quy Nhon city on October 21."
    )
    [agreement] = extractor.extract(text, reference_date="2019-10-22").agreements
    assert agreement.parties == ("Binh Dinh", "Kaminoyama")
    assert agreement.place == "Quy Nhon"


def test_laws_in_passing_are_not_a_field(extractor: Extractor) -> None:
    text = "The two localities will cooperate in tourism in line with the laws of both countries."
    areas = [a.value for a in extractor.extract(text).areas]
    assert areas == ["culture_tourism"]


def test_regions_are_not_countries(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - Chile is the first South American market for the fruit, and Latin "
        "American buyers are keen, Vietnamese officials said. Vietnam and Chile held talks."
    )
    assert "US" not in extractor.extract(text).countries


def test_receiving_workers_is_no_reception(extractor: Extractor) -> None:
    text = (
        "The two ministries renewed their MoU on sending and receiving workers in Seoul "
        "on August 13."
    )
    record = extractor.extract(text, reference_date="2024-08-14")
    assert record.events == ()
    assert [a.instrument.value for a in record.agreements] == ["memorandum_of_understanding"]


def test_a_name_after_a_body_of_a_country_is_a_person(extractor: Extractor) -> None:
    text = (
        "The Deputy Prime Minister received Vice Chairman of the Standing Committee of the "
        "National People's Congress of China Li Wenming in Hanoi on May 5."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    [person] = record.people
    assert (person.name, person.title, person.country) == ("Li Wenming", "Vice Chairman", "CN")
    assert person.affiliation == "Standing Committee of the National People's Congress"
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Standing Committee of the National People's Congress", "CN")
    ]


def test_an_announcement_is_no_pledge(extractor: Extractor) -> None:
    text = (
        "The minister will visit Laos from June 7-9, the ministry said in an announcement "
        "on June 4."
    )
    record = extractor.extract(text, reference_date="2024-06-04")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-06-07")]


def test_a_possessed_commission_and_its_head(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) – Head of the Party Central Committee's Commission for Mass Mobilisation "
        "Tran Thi Lan held talks on June 3 with Head of the Lao People's Revolutionary Party "
        "Central Committee's Commission for Mass Mobilisation Khamphet Sengdala."
    )
    record = extractor.extract(text, reference_date="2024-06-04")
    assert [(p.name, p.title, p.affiliation, p.country) for p in record.people] == [
        ("Tran Thi Lan", "Head", "Commission for Mass Mobilisation", "VN"),
        ("Khamphet Sengdala", "Head", "Commission for Mass Mobilisation", "LA"),
    ]
    assert sorted((o.name, o.country) for o in record.organizations) == [
        ("Commission for Mass Mobilisation", "LA"),
        ("Commission for Mass Mobilisation", "VN"),
        ("Lao People's Revolutionary Party Central Committee", "LA"),
        ("Party Central Committee", "VN"),
    ]


def test_a_localitys_authority_written_two_ways_is_one_body(extractor: Extractor) -> None:
    text = (
        "The People's Committee of Ben Tre province handed over ten houses to the Lao province "
        "of Attapeu on May 8. Vice Chairman of the Ben Tre provincial People's Committee "
        "Nguyen Van Hai spoke at the ceremony."
    )
    record = extractor.extract(text, reference_date="2024-05-09")
    [org] = record.organizations
    assert org.name == "People's Committee of Ben Tre province"
    assert org.aliases == ("Ben Tre provincial People's Committee",)


def test_signings_long_before_the_article_or_still_to_come_are_not_listed(
    extractor: Extractor,
) -> None:
    sentences = [
        "The two sides reviewed the memorandum of understanding on defence cooperation "
        "signed in March 2015.",
        "The agreement will lay a basis for the signing of a protocol on border patrols.",
        "The ceremony marked the 40th anniversary of the signing of the Treaty of Friendship.",
        "Many exchanges were held in 2022, along with the signing of many cooperation agreements.",
        "They praised the results achieved in accordance with signed agreements.",
    ]
    for sentence in sentences:
        record = extractor.extract(sentence, reference_date="2023-06-10")
        assert record.agreements == (), sentence


def test_a_recent_dated_signing_is_listed(extractor: Extractor) -> None:
    text = "The two ministries signed a memorandum of understanding in Hanoi on June 8."
    [agreement] = extractor.extract(text, reference_date="2023-06-10").agreements
    assert (agreement.instrument.value, agreement.date) == (
        "memorandum_of_understanding",
        "2023-06-08",
    )


def test_border_markers_are_no_months(extractor: Extractor) -> None:
    text = "The two forces conducted a joint patrol from Marker 12 to Marker 13 on Nov. 5."
    record = extractor.extract(text, reference_date="2023-11-06")
    assert [(e.kind.value, e.date) for e in record.events] == [("joint_activity", "2023-11-05")]


def test_captions_with_other_credits_repeat_no_event(extractor: Extractor) -> None:
    text = (
        "Border guards patrol together\n\n"
        "Hanoi (VNA) - Border guards of the two countries conducted a joint patrol on "
        "September 29.\n\n"
        "Officers talk during the joint patrol on September 29. (Published by VNA)\n\n"
        "Officers during the joint patrol on September 29. — VNA/VNS Photo Minh Duc\n"
    )
    record = extractor.extract(text, reference_date="2023-09-30")
    assert [(e.kind.value, e.date) for e in record.events] == [("joint_activity", "2023-09-29")]


def test_aid_handed_over_during_a_dated_visit(extractor: Extractor) -> None:
    text = (
        "A delegation of the province visited Xekong province of Laos on October 3-4. "
        "During the visit, the delegation handed over 200 million kip to flood victims. "
        "During the visit, the two sides agreed to expand cooperation."
    )
    record = extractor.extract(text, reference_date="2024-10-05")
    assert sorted((e.kind.value, e.date) for e in record.events) == [
        ("aid", "2024-10-03"),
        ("meeting", "2024-10-03"),
    ]


def test_receiving_aid_is_aid_and_a_body_named_after_a_king_is_no_person(
    extractor: Extractor,
) -> None:
    text = (
        "The Vietnam Red Cross Society on May 4 received relief goods worth 50,000 USD from "
        "the King Abdullah Humanitarian Aid Centre."
    )
    record = extractor.extract(text, reference_date="2024-05-05")
    assert [(e.kind.value, e.date) for e in record.events] == [("aid", "2024-05-04")]
    assert record.people == ()


def test_composed_and_stacked_offices_give_the_first_office(extractor: Extractor) -> None:
    cases = {
        "Deputy Defence Minister Sen. Lieut. Gen. Tran Van Nam": "Deputy Defence Minister",
        "First Deputy Foreign Minister Ivan Petrov": "First Deputy Foreign Minister",
        "Deputy Prime Minister and Foreign Minister Tran Van Nam": "Deputy Prime Minister",
        "Deputy Minister of Defence, Sen. Lt. Gen. Tran Van Nam": "Deputy Minister of Defence",
    }
    for written, title in cases.items():
        record = extractor.extract(f"{written} received the guests on May 5.")
        assert [p.title for p in record.people] == [title], written


def test_names_that_look_like_words_or_demonyms(extractor: Extractor) -> None:
    text = (
        "Chinese Ambassador to Vietnam He Wenbin met Major General Le Duc Thai, Commander of "
        "the Border Guard, in Hanoi on May 5. Thai further noted that patrols would go on."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    assert [p.name for p in record.people] == ["He Wenbin", "Le Duc Thai"]
    assert "TH" not in record.countries


def test_signings_written_in_the_passive_or_with_a_partner(extractor: Extractor) -> None:
    passive = (
        "A memorandum of understanding on cooperation between Da Nang city and Salavan "
        "province of Laos for 2024-2028 was signed on December 3."
    )
    [agreement] = extractor.extract(passive, reference_date="2023-12-10").agreements
    assert (agreement.parties, agreement.date) == (("Da Nang", "Salavan"), "2023-12-03")
    assert agreement.period is not None and (agreement.period.start, agreement.period.end) == (
        2024,
        2028,
    )
    partner = (
        "The Ministry of Industry and Trade on May 8 signed a memorandum of understanding on "
        "trade promotion with the Mongolian Ministry of Economy."
    )
    [agreement] = extractor.extract(partner, reference_date="2023-12-10").agreements
    assert agreement.parties == ("Ministry of Industry and Trade", "Ministry of Economy")
    assert agreement.count is None  # "May 8" is a day, not a number of documents


def test_the_deal_is_the_memorandum_again(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - The two provinces signed a memorandum of understanding on trade on "
        "May 8. The deal was inked by the two chairmen."
    )
    assert len(extractor.extract(text, reference_date="2023-12-10").agreements) == 1


def test_areas_from_word_pairs_not_from_crimes_or_named_ports(extractor: Extractor) -> None:
    def areas(text: str) -> list[str]:
        return [a.value for a in extractor.extract(text).areas]

    assert areas("They agreed to cooperate in ecology-environment and trade-investment.") == [
        "climate_environment",
        "trade",
        "investment",
    ]
    assert areas("The patrols curb illegal cross-border transportation of goods.") == []
    assert areas("Coast guards cooperate in maritime law enforcement.") == ["security_policing"]
    assert areas("They will upgrade cross-border trade and seaports.") == [
        "trade",
        "transport_infrastructure",
    ]


def test_a_navy_visit_naming_no_field_is_defence(extractor: Extractor) -> None:
    text = (
        "Ships of the Royal Thai Navy docked at Tien Sa port on May 7. The crew met officers "
        "of the Vietnam People's Navy."
    )
    assert [a.value for a in extractor.extract(text).areas] == ["defence"]


def test_people_after_acronyms_commas_initials_and_counterparts(extractor: Extractor) -> None:
    cases = {
        "President of the VNRC Tran Thi Lan met the guests on May 5.": ("Tran Thi Lan", None),
        "The spokeswoman of the Ministry of Foreign Affairs Le Thu Ha spoke on May 5.": (
            "Le Thu Ha",
            None,
        ),
        "Deputy Secretary of the Australian Department of Defence, Anna Brown, co-chaired "
        "the talks on May 5.": ("Anna Brown", "AU"),
        "The delegation was led by Major General A.I.Petrov on May 5.": ("A.I.Petrov", None),
        "He held talks with his Mongolian counterpart Batbayar Tsend on May 5.": (
            "Batbayar Tsend",
            "MN",
        ),
        "Mika Sato, member of the Japan House of Representatives, met him on May 5.": (
            "Mika Sato",
            None,
        ),
    }
    for text, (name, country) in cases.items():
        people = extractor.extract(text).people
        assert [p.name for p in people] == [name], text
        if country:
            assert people[0].country == country, text


def test_authorities_of_described_localities(extractor: Extractor) -> None:
    text = (
        "Officers of the Border Guard Command of the northwestern province of Dien Bien met "
        "Chairman of the People's Committee of the Mekong Delta city of Can Tho Tran Van "
        "Binh on May 5."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    assert [o.name for o in record.organizations] == [
        "Border Guard Command of Dien Bien",
        "People's Committee of Can Tho",
    ]
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Tran Van Binh", "People's Committee of Can Tho")
    ]


def test_named_state_bodies_and_acronyms_of_inner_bodies(extractor: Extractor) -> None:
    text = (
        "The Voice of Vietnam (VOV) reported that the National Assembly and the Central "
        "Military Commission welcomed a delegation of the Party School of the Communist Party "
        "of China (CPC) and thanked the Indian Ministry of Defence for the Vietnam People's "
        "Army (VPA) on May 5."
    )
    orgs = {(o.name, o.acronym) for o in extractor.extract(text).organizations}
    assert {
        ("Voice of Vietnam", "VOV"),
        ("National Assembly", None),
        ("Central Military Commission", None),
        ("Party School of the Communist Party of China", None),
        ("Communist Party of China", "CPC"),
        ("Ministry of Defence", None),
        ("Vietnam People's Army", "VPA"),
    } <= orgs


def test_talks_and_a_signing_share_their_day_and_are_not_repeated(
    extractor: Extractor,
) -> None:
    text = (
        "Hanoi (VNA) - Leaders of the two provinces held talks and signed a cooperation "
        "agreement on August 22. The talks took place in a friendly atmosphere the same day."
    )
    record = extractor.extract(text, reference_date="2023-08-23")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2023-08-22")]
    assert [a.date for a in record.agreements] == ["2023-08-22"]


def test_a_caption_dates_an_act_the_body_leaves_undated(extractor: Extractor) -> None:
    text = (
        "Defence ties grow\n\n"
        "Minister Tran Van Nam (right) receives Ambassador Kim Min-su on September 16. "
        "(Photo: VNA)\n\n"
        "Hanoi (VNA) - The minister praised the growing defence ties between the two countries."
    )
    record = extractor.extract(text, reference_date="2023-09-17")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2023-09-16")]


def test_a_signing_at_a_first_dialogue_is_news(extractor: Extractor) -> None:
    text = (
        "A memorandum of understanding between Hanoi and Vientiane was signed on December 3 "
        "as part of the capital's first friendship dialogue with the Lao city."
    )
    [agreement] = extractor.extract(text, reference_date="2022-12-04").agreements
    assert agreement.date == "2022-12-03"


def test_a_body_of_a_country_and_another_body(extractor: Extractor) -> None:
    text = "Voice of Vietnam and Yunnan Media Group have cooperated for years."
    names = [o.name for o in extractor.extract(text).organizations]
    assert names == ["Voice of Vietnam", "Yunnan Media Group"]


def test_listed_instruments_are_one_agreement_each(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - The two leaders witnessed the signing of 12 cooperation documents in "
        "Hanoi on August 19. The documents include a memorandum of understanding between the "
        "Ministry of Health and the National Health Commission of China; an agreement between "
        "the State Bank of Vietnam and the People's Bank of China; and a protocol between the "
        "Ministry of Agriculture and Rural Development and the General Administration of "
        "Customs of China."
    )
    record = extractor.extract(text, reference_date="2024-08-20")
    assert [(a.instrument.value, a.date, a.place) for a in record.agreements] == [
        ("memorandum_of_understanding", "2024-08-19", "Hanoi"),
        ("agreement", "2024-08-19", "Hanoi"),
        ("protocol", "2024-08-19", "Hanoi"),
    ]
    assert record.agreements[1].parties == ("State Bank of Vietnam", "People's Bank of China")


def test_one_memorandum_per_between_clause(extractor: Extractor) -> None:
    text = (
        "Memoranda of understanding on cooperation between the Vietnam Union of Friendship "
        "Organisations and the Lao Front for National Development; and between Hanoi and "
        "Vientiane were also inked on May 5."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    assert [a.parties for a in record.agreements] == [
        ("Vietnam Union of Friendship Organisations", "Lao Front for National Development"),
        ("Hanoi", "Vientiane"),
    ]


def test_a_country_adjective_before_an_administration(extractor: Extractor) -> None:
    text = "The ministry signed a protocol with the Chinese General Administration of Customs."
    [org] = [o for o in extractor.extract(text).organizations if "Customs" in o.name]
    assert (org.name, org.country) == ("General Administration of Customs", "CN")


def test_sides_named_once_as_parties_are_countries(extractor: Extractor) -> None:
    record = extractor.extract("Vietnam and Laos held talks in Vientiane on August 3.")
    assert set(record.countries) == {"VN", "LA"}


def test_a_currency_names_no_side(extractor: Extractor) -> None:
    text = (
        "The Red Cross Society of Japan handed over 800,000 Swiss francs to the Vietnam Red "
        "Cross Society on September 24."
    )
    assert "CH" not in extractor.extract(text, reference_date="2024-09-25").countries


def test_a_body_named_with_and_without_its_country_is_one(extractor: Extractor) -> None:
    text = (
        "The State Audit Office of Vietnam and the Lao Ministry of Finance met on June 10. "
        "The Vietnamese State Audit Office presented its report."
    )
    orgs = [(o.name, o.aliases) for o in extractor.extract(text).organizations]
    assert orgs[0][0] == "State Audit Office of Vietnam"
    assert "Vietnamese State Audit Office" in orgs[0][1]
    assert len(orgs) == 2


def test_a_summary_repeated_after_the_dateline_is_said_once(extractor: Extractor) -> None:
    text = (
        "Two provinces ink deal\n\n"
        "Quang Tri and Savannakhet signed a cooperation agreement covering eight areas after "
        "the annual meeting of their leaders.\n\n"
        "Savannakhet (VNA) – Quang Tri and Savannakhet signed acooperation agreement covering "
        "eight areasafter the annual meeting of their leaders.\n\n"
        "The meeting was held in Savannakhet on August 21."
    )
    [agreement] = extractor.extract(text, reference_date="2024-08-22").agreements
    assert (agreement.date, agreement.place) == ("2024-08-21", "Savannakhet")


def test_unnamed_signers_take_the_articles_sides(extractor: Extractor) -> None:
    text = (
        "Leaders of Ha Tinh province and Bolikhamxay province of Laos met in Vinh on May 5. "
        "The two provinces signed a cooperation agreement for 2024-2028 the same day."
    )
    [agreement] = extractor.extract(text, reference_date="2024-05-06").agreements
    assert agreement.parties == ("Ha Tinh", "Bolikhamxay")
    partner = "The province signed a joint statement with Hyogo prefecture on May 5."
    [agreement] = extractor.extract(partner, reference_date="2024-05-06").agreements
    assert "Hyogo" in agreement.parties[0]


def test_more_ways_to_report_meetings_signings_and_no_news(extractor: Extractor) -> None:
    def events(text: str) -> list[tuple[str, str | None]]:
        record = extractor.extract(text, reference_date="2024-05-06")
        return [(e.kind.value, e.date) for e in record.events]

    assert events("The delegation paid a working trip to Champasak on May 3.") == [
        ("meeting", "2024-05-03")
    ]
    assert events("The chairman received the Governor of Attapeu on May 3.") == [
        ("meeting", "2024-05-03")
    ]
    assert events("After the incident in 2016, the company pledged to clean the sea.") == []
    signed = "The two countries re-signed the labour memorandum on May 3."
    assert len(extractor.extract(signed, reference_date="2024-05-06").agreements) == 1
    adjective = "Firms benefit from incentives under signed free trade agreements."
    assert extractor.extract(adjective, reference_date="2024-05-06").agreements == ()


def test_a_possessive_ends_a_name_and_a_government_is_its_country(
    extractor: Extractor,
) -> None:
    record = extractor.extract("President Tran Van Long's visit to Laos began on May 5.")
    assert [p.name for p in record.people] == ["Tran Van Long"]
    record = extractor.extract("The Government of the Republic of Korea funded the project.")
    assert (record.organizations, record.countries) == ((), ("KR",))


def test_local_authorities_named_by_an_opening_place_or_a_description(
    extractor: Extractor,
) -> None:
    text = (
        "Chairman of the An Giang People's Committee Tran Anh Khoa and Takeo Governor Som "
        "Vanna met on May 5. Leaders of the People's Committee of northern Lao Cai province "
        "and of the People's Council of Vietnam's central province of Quang Binh attended."
    )
    names = [o.name for o in extractor.extract(text).organizations]
    assert names == [
        "An Giang People's Committee",
        "People's Committee of Lao Cai province",
        "People's Council of Quang Binh",
    ]


def test_party_work_and_youth_exchanges_are_fields(extractor: Extractor) -> None:
    text = (
        "The two sides agreed to boost cooperation between Party organisations and "
        "exchanges among youngsters."
    )
    assert [a.value for a in extractor.extract(text).areas] == ["governance", "people_to_people"]


def test_same_named_ministries_of_two_sides(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - The Ministry of Health signed an MoU with the Chilean Ministry of "
        "Health on May 5."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Ministry of Health", "VN"),
        ("Ministry of Health", "CL"),
    ]
    assert set(record.countries) == {"VN", "CL"}


def test_a_plan_reported_at_a_dated_meeting(extractor: Extractor) -> None:
    text = "About 300 firms will join the fair, officials said at a meeting on June 3."
    record = extractor.extract(text, reference_date="2024-06-04")
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2024-06-03", "happened")
    ]


def test_receiving_workers_is_no_meeting_receiving_guests_is(extractor: Extractor) -> None:
    def events(text: str) -> list[str]:
        return [e.kind.value for e in extractor.extract(text, reference_date="2024-06-04").events]

    assert events("Japan began to receive Vietnamese technical trainees in 2017.") == []
    assert events("The President received Japanese guests on June 3.") == ["meeting"]


def test_an_agency_alone_after_the_last_sentence_is_a_closing_credit(
    extractor: Extractor,
) -> None:
    text = (
        "Hanoi (VNA) - The two ministries held talks in Hanoi on May 14.\n\n"
        "The two sides signed a memorandum of understanding on customs cooperation. VNA"
    )
    record = extractor.extract(text, reference_date="2024-05-15")
    assert record.source == "VNA"
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("memorandum_of_understanding", "2024-05-14")
    ]
    # a last line that stops mid-sentence is still page furniture
    cut = "The two sides agreed to expand cooperation in the fields of trade and investment in"
    assert extractor.extract(text.replace(". VNA", ". " + cut)).agreements == ()


def test_people_named_without_an_office(extractor: Extractor) -> None:
    def people(text: str) -> list[tuple[str, str | None]]:
        return [(p.name, p.affiliation) for p in extractor.extract(text).people]

    assert people("Haruki Sato from JETRO noted that demand keeps growing.") == [
        ("Haruki Sato", "JETRO")
    ]
    assert people("Pham Thu Ha, a lecturer at Hanoi University, said the course helps.") == [
        ("Pham Thu Ha", "Hanoi University")
    ]
    assert people("Le Minh Tuan said the fair drew 300 firms.") == [("Le Minh Tuan", None)]
    # a company or a place before "said" is no person; a shorter reference is no alias
    assert people("Toyota Motor said sales rose in Bac Giang.") == []
    assert people("Bac Giang Province said the plan works.") == []
    record = extractor.extract(
        "Deputy Minister Nguyen Le Minh Tuan received the guests. Le Minh Tuan said ties are "
        "strong."
    )
    assert [(p.name, p.aliases) for p in record.people] == [("Nguyen Le Minh Tuan", ())]


def test_an_instrument_described_by_its_signing_is_background(extractor: Extractor) -> None:
    def agreements(second: str) -> list[str]:
        text = "Hanoi (VNA) - The two ministers held talks in Hanoi on May 10. " + second
        record = extractor.extract(text, reference_date="2024-05-11")
        return [a.instrument.value for a in record.agreements]

    assert agreements("They reviewed the border treaty signed by the two governments.") == []
    assert agreements("They will implement the MoUs signed between the two ministries.") == []
    assert agreements("The protocol signed at the talks covers customs.") == ["protocol"]
    assert agreements("They witnessed a protocol signed by the two ministries.") == ["protocol"]
    assert agreements("A protocol was signed by the two ministries.") == ["protocol"]


def test_mayor_is_no_month_and_trade_talks_are_dated(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - Chairman Tran Van Binh and Mayor Park Min-jun signed a memorandum of "
        "understanding. The talks were held in Hanoi on February 15."
    )
    record = extractor.extract(text, reference_date="2024-02-16")
    assert [a.date for a in record.agreements] == ["2024-02-15"]
    text = "Hanoi (VNA) - The two held talks on economic and trade cooperation on February 15."
    record = extractor.extract(text, reference_date="2024-02-16")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-02-15")]


def test_a_body_then_a_second_office_and_units_joined_by_and(extractor: Extractor) -> None:
    text = (
        "General Secretary of the Communist Party of Laos Central Committee and President of "
        "Laos Somsak Vong held talks with him on May 10."
    )
    record = extractor.extract(text)
    assert [o.name for o in record.organizations] == ["Communist Party of Laos Central Committee"]
    assert [(p.name, p.title) for p in record.people] == [("Somsak Vong", "General Secretary")]
    record = extractor.extract("Naval Region 3 and Naval Brigade 162 held a joint drill.")
    assert [o.name for o in record.organizations] == ["Naval Region 3", "Naval Brigade 162"]


def test_offices_after_a_name_with_their_country_and_honorifics_after_a_body(
    extractor: Extractor,
) -> None:
    def people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        record = extractor.extract(text)
        return [(p.name, p.title, p.affiliation, p.country) for p in record.people]

    assert people("The minister received Zhang Wei, Chinese Ambassador to Vietnam, on May 3.") == [
        ("Zhang Wei", "Ambassador to Vietnam", None, "CN")
    ]
    assert people("Director of the Institute of Economics Assoc. Prof. Dr. Ha Van Son spoke.") == [
        ("Ha Van Son", "Director", "Institute of Economics", None)
    ]


def test_demonyms_and_plural_possessives_before_a_ministry(extractor: Extractor) -> None:
    def orgs(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.country) for o in extractor.extract(text).organizations]

    assert orgs("Hanoi (VNA) - Staff of the Thai Defence Ministry met on May 10.") == [
        ("Defence Ministry", "TH")
    ]
    assert orgs(
        "Hanoi (VNA) - Laos' Ministry of Public Security signed a plan with the Ministry of "
        "Public Security on May 10."
    ) == [("Ministry of Public Security", "LA"), ("Ministry of Public Security", "VN")]
    # the same body named again later, unqualified, is still the foreign one
    assert orgs(
        "Hanoi (VNA) - Cambodia's Ministry of Health received aid on May 10. The Ministry of "
        "Health thanked Japan."
    ) == [("Ministry of Health", "KH")]


def test_negotiations_gifts_offered_and_flood_victims(extractor: Extractor) -> None:
    def events(text: str) -> list[tuple[str, str | None]]:
        record = extractor.extract(text, reference_date="2024-05-20")
        return [(e.kind.value, e.date) for e in record.events]

    assert events("Vietnam and Laos held negotiations on the border in Hanoi on May 6.") == [
        ("meeting", "2024-05-06")
    ]
    assert events("The Thai Embassy offered relief packages to flood-hit families on May 10.") == [
        ("aid", "2024-05-10")
    ]
    assert events("The Lao Red Cross presented 200 gifts to storm victims on May 10.") == [
        ("aid", "2024-05-10")
    ]
    # the disaster itself still claims its own date
    assert events("Floods hit the province on May 10, and Japan sent aid on May 12.") == [
        ("aid", "2024-05-12")
    ]


def test_a_month_of_last_or_next_year(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - The two ministers met in Hanoi in May last year. They will meet again "
        "in June next year."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [(e.date, e.status.value) for e in record.events] == [
        ("2023-05", "happened"),
        ("2025-06", "planned"),
    ]
    # with no reference date and no year in the text, the year cannot be known
    assert extractor.extract(text).events == ()


def test_drugs_and_technology_named_as_crimes_are_policing(extractor: Extractor) -> None:
    def areas(text: str) -> list[str]:
        return [a.value for a in extractor.extract(text).areas]

    assert areas("They will fight trafficking of drugs and crimes using high technology.") == [
        "security_policing"
    ]
    assert areas("They will cooperate in drug prevention.") == ["security_policing"]
    assert "medical_supplies" in areas("Japan donated drugs to the hospital.")


def test_a_locality_named_as_a_place_beside_a_body_is_a_party(extractor: Extractor) -> None:
    def parties(text: str) -> tuple[str, ...]:
        [agreement] = extractor.extract(text, reference_date="2024-05-20").agreements
        return agreement.parties

    assert parties(
        "The People's Committee of Bac Ninh province and the administration of Chungcheong "
        "province signed an MoU on May 10."
    ) == ("People's Committee of Bac Ninh province", "Chungcheong")
    # where a body sits is no side of its own
    assert parties(
        "The People's Committee of Lao Cai province and the People's Government of Honghe "
        "Prefecture in China's Yunnan province signed an MoU on May 10."
    ) == ("People's Committee of Lao Cai province", "People's Government of Honghe Prefecture")


def test_bodies_named_with_their_seat(extractor: Extractor) -> None:
    def orgs(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.acronym) for o in extractor.extract(text).organizations]

    assert orgs("The Consulate General of Vietnam in Savannakhet presented gifts.") == [
        ("Consulate General of Vietnam in Savannakhet", None)
    ]
    assert orgs("The Japan Business Association in Vietnam (JBAV) met on May 10.") == [
        ("Japan Business Association in Vietnam", "JBAV")
    ]
    # a seat written only to place a body stays out of its name
    assert orgs("The Vietnamese Business Association in Champasak presented gifts.") == [
        ("Vietnamese Business Association", None)
    ]


def test_a_province_signing_with_bodies_keeps_its_side(extractor: Extractor) -> None:
    text = (
        "Dien Bien (VNA) - The northern province of Dien Bien has signed memoranda of "
        "understanding with the Korea Trade Association and the Seoul Tourism Organization."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [a.parties for a in record.agreements] == [
        ("Dien Bien", "Korea Trade Association", "Seoul Tourism Organization")
    ]
    assert "VN" in record.countries


def test_memoranda_dated_where_they_are_named_again(extractor: Extractor) -> None:
    text = (
        "Dien Bien (VNA) - The northern province of Dien Bien has signed memoranda of "
        "understanding with the Korea Trade Association. The documents, inked at a "
        "conference in Dien Bien Phu city on March 21, cover tourism and trade."
    )
    record = extractor.extract(text, reference_date="2024-03-25")
    assert [(a.date, a.place) for a in record.agreements] == [("2024-03-21", "Dien Bien Phu")]


def test_a_handover_dated_by_the_ceremony_in_the_next_sentence(extractor: Extractor) -> None:
    def events(second: str) -> list[tuple[str, str | None]]:
        text = "Hanoi (VNA) - Japan handed over 200 tonnes of rice to Laos. " + second
        record = extractor.extract(text, reference_date="2024-03-25")
        return [(e.kind.value, e.date) for e in record.events]

    assert events("Speaking at the ceremony on March 21, the envoy hailed ties.") == [
        ("aid", "2024-03-21")
    ]
    assert events("The envoy said on March 21 that ties are strong.") == []


def test_a_signing_told_only_in_a_caption(extractor: Extractor) -> None:
    text = (
        "Vietnam, Russia step up security ties\n\n"
        "Minister Tran Van Nam and Russian Minister Ivan Petrov sign the two ministries' action "
        "coordination programme for 2025-2027 in Moscow on May 5. (Photo: VNA)\n\n"
        "Moscow (VNA) - Minister Tran Van Nam held talks with Russian Minister Ivan Petrov in "
        "Moscow on May 5.\n\n"
        "The two sides will sign more documents next year."
    )
    record = extractor.extract(text, reference_date="2024-05-06")
    assert [(a.instrument.value, a.date, a.period) for a in record.agreements] == [
        ("cooperation_plan", "2024-05-05", Period(2025, 2027))
    ]
    # "next year" in a later sentence gives the talks no year
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-05")]
    # a caption repeating the body's signing adds nothing
    body = text.replace("held talks with", "signed an action programme with")
    assert len(extractor.extract(body, reference_date="2024-05-06").agreements) == 1


def test_offices_for_a_portfolio_lowercase_and_before_a_comma(extractor: Extractor) -> None:
    def people(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(p.name, p.title, p.affiliation) for p in extractor.extract(text).people]

    assert people("He met New Zealand's Minister for Trade, Mr. Tom Walker, on May 10.") == [
        ("Tom Walker", "Minister for Trade", None)
    ]
    assert people(
        "It was attended by deputy director-general at the Federal Office for Migration "
        "(BAMF) Anna Weber."
    ) == [("Anna Weber", "deputy director-general", "Federal Office for Migration")]


def test_a_body_then_an_office_in_one_capitalised_run(extractor: Extractor) -> None:
    record = extractor.extract("Japan Coast Guard Commandant Admiral Kenji Ito met him on May 10.")
    assert [o.name for o in record.organizations] == ["Japan Coast Guard"]
    assert [(p.name, p.title, p.rank, p.affiliation) for p in record.people] == [
        ("Kenji Ito", "Commandant", "Admiral", "Japan Coast Guard")
    ]


def test_a_day_inside_a_range_is_the_same_activity(extractor: Extractor) -> None:
    text = (
        "Navies hold joint patrol\n\n"
        "Ships of the two navies on the joint patrol on June 14-15. (Photo: VNA)\n\n"
        "Kien Giang (VNA) - The two navies concluded their 30th joint patrol on June 15."
    )
    record = extractor.extract(text, reference_date="2024-06-16")
    assert [(e.kind.value, e.date, e.end_date) for e in record.events] == [
        ("joint_activity", "2024-06-14", "2024-06-15")
    ]


def test_another_instrument_between_other_bodies(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - Hai Duong province signed an MoU with Gimhae city on May 10, and another "
        "MoU was signed between the Hai Duong Business Association and the Gimhae Chamber of "
        "Commerce."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [a.parties for a in record.agreements] == [
        ("Hai Duong", "Gimhae"),
        ("Hai Duong Business Association", "Gimhae Chamber of Commerce"),
    ]


def test_companies_known_by_their_brand(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Viettel signed an agreement with Hitachi on May 10, while Samsung "
        "Electronics and LG pledged more investment.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Viettel", "VN"),
        ("Hitachi", "JP"),
        ("Samsung Electronics", "KR"),
        ("LG", "KR"),
    ]
    assert [a.parties for a in record.agreements] == [("Viettel", "Hitachi")]


def test_a_counterpart_holds_the_office_of_the_one_he_meets(extractor: Extractor) -> None:
    def people(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(p.name, p.title, p.country) for p in extractor.extract(text).people]

    assert people(
        "Minister of Health Dao Hong Lan held talks with her Lao counterpart "
        "Bounfeng Phommalaysith."
    ) == [
        ("Dao Hong Lan", "Minister of Health", None),
        ("Bounfeng Phommalaysith", "Minister of Health", "LA"),
    ]
    # no office named near: none is guessed
    assert people("He met his Chinese counterpart Wang Yi.") == [("Wang Yi", None, "CN")]


def test_a_body_closed_by_its_owner_then_a_name(extractor: Extractor) -> None:
    record = extractor.extract("Speaker of the Parliament of Nepal Dev Raj Ghimire met them.")
    assert [o.name for o in record.organizations] == ["Parliament of Nepal"]
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Dev Raj Ghimire", "Parliament of Nepal")
    ]
    # a plural possessive that is no country stays inside the name
    record = extractor.extract("The Vietnam-Laos Friendship Parliamentarians' Group met.")
    assert [o.name for o in record.organizations] == [
        "Vietnam-Laos Friendship Parliamentarians' Group"
    ]


def test_a_body_written_with_and_without_its_country_is_one(extractor: Extractor) -> None:
    def orgs(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
        return [(o.name, o.country, o.aliases) for o in extractor.extract(text).organizations]

    assert orgs("The Mongolian Parliament met. The Parliament of Mongolia thanked Vietnam.") == [
        ("Parliament", "MN", ("Mongolian Parliament", "Parliament of Mongolia"))
    ]
    assert orgs(
        "Doctors of Seoul National University Hospital of the Republic of Korea came. The "
        "Seoul National University Hospital team treated 300 patients."
    ) == [
        (
            "Seoul National University Hospital of the Republic of Korea",
            "KR",
            ("Seoul National University Hospital",),
        )
    ]
    assert orgs("The Vietnamese National Assembly met.") == [
        ("National Assembly", "VN", ("Vietnamese National Assembly",))
    ]


def test_more_ways_to_give_and_receive_and_words_that_are_no_field(extractor: Extractor) -> None:
    def read(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
        record = extractor.extract(text, reference_date="2024-05-20")
        return [(e.kind.value, e.date) for e in record.events], [a.value for a in record.areas]

    assert read("The club held a ceremony on May 9 to present scholarships to Lao students.")[
        0
    ] == [("aid", "2024-05-09")]
    assert read("On May 3, the fund received 5,000 USD from the Thai Red Cross.")[0] == [
        ("aid", "2024-05-03")
    ]
    assert read("He granted an interview to reporters on May 18.") == ([], [])
    assert read("The Fourth Industrial Revolution brings chances.")[1] == []
    assert read("They gave financial support to rebuild schools.")[1] != ["finance_banking"]
    assert read("They reviewed cooperation between the two Parties.")[1] == ["governance"]


def test_signings_remembered_or_wished_for_are_no_agreements(extractor: Extractor) -> None:
    def agreements(text: str) -> list[str]:
        record = extractor.extract(text, reference_date="2024-05-20")
        return [a.instrument.value for a in record.agreements]

    assert agreements("They marked 30 years of the signing of the Treaty of Friendship.") == []
    assert agreements("The meeting discussed promoting the signing of the Protocol.") == []


def test_offices_in_lowercase_or_abbreviated(extractor: Extractor) -> None:
    def people(text: str) -> list[tuple[str, str | None]]:
        return [(p.name, p.title) for p in extractor.extract(text).people]

    assert people("The delegation was led by its chairman Le Hoai Nam.") == [
        ("Le Hoai Nam", "chairman")
    ]
    assert people("Russian Deputy PM Ivan Sokolov met them.") == [("Ivan Sokolov", "Deputy PM")]


def test_offices_with_lists_commas_and_locality_bodies(extractor: Extractor) -> None:
    def people(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(p.name, p.title, p.affiliation) for p in extractor.extract(text).people]

    assert people("Lao Minister of Information, Culture, and Tourism Khamla Vong met them.") == [
        ("Khamla Vong", "Minister of Information, Culture, and Tourism", None)
    ]
    assert people("The Chairman, Prof. Dr. Tran Van Ha, welcomed the guests.") == [
        ("Tran Van Ha", "Chairman", None)
    ]
    assert people(
        "Chairman of the People's Committee of Tay Ninh province Le Van Hoa met them."
    ) == [("Le Van Hoa", "Chairman", "People's Committee of Tay Ninh province")]


def test_signings_at_a_ceremony_and_first_ever_instruments(extractor: Extractor) -> None:
    def read(text: str) -> tuple[list[str], list[str]]:
        record = extractor.extract(text, reference_date="2024-09-01")
        return [a.instrument.value for a in record.agreements], [
            e.kind.value for e in record.events
        ]

    assert read(
        "The leaders witnessed a ceremony to sign five cooperation documents on August 28."
    )[0] == ["other"]
    assert read("The two sides will hold a ceremony to sign the deal next week.")[0] == []
    assert read("The two sides also signed the first MoU on cooperation on August 28.")[0] == [
        "memorandum_of_understanding"
    ]
    assert read(
        "The leaders held talks and witnessed the signing of five documents on May 14."
    ) == (
        ["other"],
        ["meeting"],
    )


def test_friendship_bodies_name_two_countries_and_conventions_name_no_body(
    extractor: Extractor,
) -> None:
    record = extractor.extract("The Vietnam-Korea Friendship Parliamentarians' Group met in Hanoi.")
    assert set(record.countries) == {"VN", "KR"}
    record = extractor.extract("They studied the United Nations Convention on the Law of the Sea.")
    assert record.organizations == ()


def test_a_year_phrase_far_from_a_day_and_pledges_made_at_talks(extractor: Extractor) -> None:
    text = (
        "At the talks on May 10, the two sides agreed on major directions for joint work next year."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-10")]
    record = extractor.extract(
        "They will meet again in June next year.", reference_date="2024-05-20"
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-06")]


def test_programmes_begun_or_kicked_off_are_joint_activities(extractor: Extractor) -> None:
    def events(text: str) -> list[tuple[str, str | None]]:
        record = extractor.extract(text, reference_date="2024-05-20")
        return [(e.kind.value, e.date) for e in record.events]

    assert events(
        "Doctors of the two armies on May 12 began a free health check-up programme."
    ) == [("joint_activity", "2024-05-12")]
    assert events("The joint project was kicked off on March 11.") == [
        ("joint_activity", "2024-03-11")
    ]


def test_acronym_bodies_before_an_office_and_a_second_office_of_its_body(
    extractor: Extractor,
) -> None:
    def people(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(p.name, p.title, p.affiliation) for p in extractor.extract(text).people]

    assert people("JICA Chief Representative Sato Hiroshi signed the agreement.") == [
        ("Sato Hiroshi", "Chief Representative", "JICA")
    ]
    assert people(
        "Secretary General of the National Assembly (NA) and Chairman of its Office Le Van Ba "
        "met them."
    ) == [("Le Van Ba", "Secretary General", "National Assembly")]


def test_fixes_found_rereading_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract(text, reference_date="2019-07-25")

    # a year naming an occasion dates nothing; the day does
    record = read("He attended the 2019 Ha Nam trade promotion conference in Moscow on July 22.")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2019-07-22")]
    # a country's plural possessive after "of" is read as the body's owner
    record = read("Officers of the Military Command of Laos' Attapeu province met them.")
    # the owner's possessive is not part of the name (record format, Names)
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Military Command of Attapeu province", "LA")
    ]
    # a body qualified by its owner is not the same-named body of a country beside it
    record = read(
        "Talks were held between the Korean Chamber of Commerce's Hanoi branch and Busan "
        "city's Chamber of Commerce."
    )
    assert len(record.organizations) == 2
    # scholarships are aid in education, not humanitarian aid; damage is no field
    record = read("The embassy held a ceremony on July 20 to present scholarships to students.")
    assert [a.value for a in record.areas] == ["education_training"]
    assert read("The storm caused damage to houses and infrastructure.").areas == (
        read("The storm caused damage.").areas
    )


def test_a_counterparts_own_office_wins_over_the_borrowed_one(extractor: Extractor) -> None:
    text = (
        "Minister of National Defence Phan Van Tam held talks with his Indian counterpart "
        "Arjun Mehta. Indian Defence Minister Arjun Mehta thanked the host."
    )
    people = extractor.extract(text).people
    assert [(p.name, p.title) for p in people] == [
        ("Phan Van Tam", "Minister of National Defence"),
        ("Arjun Mehta", "Defence Minister"),
    ]


def test_parliaments_by_their_own_names_and_names_opening_with_initials(
    extractor: Extractor,
) -> None:
    def read(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
        record = extractor.extract(text)
        return [o.name for o in record.organizations], [
            (p.name, p.affiliation) for p in record.people
        ]

    assert read("Chairman of the State Duma Ivan Orlov met them.") == (
        ["State Duma"],
        [("Ivan Orlov", "State Duma")],
    )
    assert read("Speaker of the Parliament of Nepal K.P. Sharma Oli met them.") == (
        ["Parliament of Nepal"],
        [("K.P. Sharma Oli", "Parliament of Nepal")],
    )


def test_an_acronym_of_the_last_words_is_not_the_bodys(extractor: Extractor) -> None:
    text = "The Association of Victims of Agent Orange (AO) in Ha Tinh received aid."
    assert [(o.name, o.acronym) for o in extractor.extract(text).organizations] == [
        ("Association of Victims of Agent Orange", None)
    ]


def test_fifth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract(text, reference_date="2024-05-20")

    record = read("The ministry and Korea's Jeju province signed an MoU on labour on May 10.")
    assert [a.parties for a in record.agreements] == [("Jeju",)]
    assert [
        (e.kind.value, e.date) for e in read("They held talks on rice exports on May 5.").events
    ] == [("meeting", "2024-05-05")]
    assert read("Japan will resume the reception of Vietnamese labourers soon.").events == ()
    assert read("The plan will enhance energy security.").areas != ()
    assert "security_policing" not in [a.value for a in read("It enhances energy security.").areas]
    assert [
        a.instrument.value for a in read("Vietnam and Laos issued a joint statement.").agreements
    ] == ["joint_statement"]
    assert [
        (o.name, o.country) for o in read("Two Indian Navy ships docked in Da Nang.").organizations
    ] == [("Indian Navy", "IN")]
    record = read("The plan works well, said Anna Berg, UNDP Resident Representative in Vietnam.")
    assert [(p.name, p.affiliation) for p in record.people] == [("Anna Berg", "UNDP")]
    record = read(
        "The two ministries signed three loan agreements. At the May 5 signing ceremony, the "
        "minister hailed the bank's support."
    )
    assert [a.date for a in record.agreements] == ["2024-05-05"]


def test_sixth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract(text, reference_date="2024-05-20")

    record = read(
        "General Secretary of the Communist Party of Vietnam (CPV) Central Committee Le Van Tam "
        "received them on May 10."
    )
    assert [(p.name, p.title) for p in record.people] == [("Le Van Tam", "General Secretary")]
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-10")]
    record = read("The two provinces agreed to establish twin relations on March 10.")
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("pledge", "2024-03-10", "happened")
    ]
    record = read("They signed a memorandum of understanding (MoU) for the 2024-2028 period.")
    assert [a.period for a in record.agreements] == [Period(2024, 2028)]
    record = read("Speaking at a gala dinner in New Delhi on May 9, the ambassador hailed ties.")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-09")]


def test_the_reporting_sides_officials_go_unqualified(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - President Le Van Tam and Chilean President Pablo Soto held talks in Hanoi "
        "on May 10, after which the two sides signed an MoU. Governor Ana Ruiz also attended."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [(p.name, p.country) for p in record.people] == [
        ("Le Van Tam", "VN"),
        ("Pablo Soto", "CL"),
        ("Ana Ruiz", None),  # a locality's office says nothing of its country
    ]
    assert set(record.countries) == {"VN", "CL"}
    assert [a.parties for a in record.agreements] == [("Vietnam", "Chile")]


def test_an_office_holder_of_a_body_and_a_company_with_its_company_word(
    extractor: Extractor,
) -> None:
    record = extractor.extract("Vice Commandant Sato Kenji of the Japan Coast Guard met them.")
    assert [o.name for o in record.organizations] == ["Japan Coast Guard"]
    assert [(p.name, p.affiliation) for p in record.people] == [("Sato Kenji", "Japan Coast Guard")]
    record = extractor.extract("Viettel Group signed an MoU. Viettel will build a network.")
    assert [(o.name, o.aliases) for o in record.organizations] == [("Viettel Group", ("Viettel",))]


def test_an_ordinal_activity_of_the_year_is_the_one_told(extractor: Extractor) -> None:
    text = (
        "The two navies held a joint patrol on May 10. This is the second joint patrol this year."
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [(e.kind.value, e.date) for e in record.events] == [("joint_activity", "2024-05-10")]


def test_seventh_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2024-05-20")

    record = read("Director of the Lao Cai Department of Health Hoang Van Son met them.")
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Lao Cai Department of Health", "VN")
    ]
    record = read("Nghe An province signed an agreement with Laos' Xieng Khouang province.")
    assert [a.parties for a in record.agreements] == [("Nghe An", "Xieng Khouang")]
    assert set(record.countries) == {"VN", "LA"}
    record = read("The two sides signed an MoU in China's Nanning city on May 10.")
    assert [a.place for a in record.agreements] == ["Nanning"]
    record = read("The two sides held an online signing ceremony for an MoU on May 10.")
    assert [a.instrument.value for a in record.agreements] == ["memorandum_of_understanding"]
    # an unqualified office goes to the reporting side only with one of its family names
    record = read("Deputy Secretary Peter Moss and Deputy Minister Tran Van Hai met on May 10.")
    assert [(p.name, p.country) for p in record.people] == [
        ("Peter Moss", None),
        ("Tran Van Hai", "VN"),
    ]


def test_eighth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2024-12-10")

    record = read(
        "The ministers held the first dialogue in London on November 28. On the occasion, "
        "they signed an agreement on space cooperation."
    )
    assert [(a.date, a.place) for a in record.agreements] == [("2024-11-28", "London")]
    record = read(
        "The universities signed an MoU on May 19. The signing ceremony took place in Kazan."
    )
    assert [a.place for a in record.agreements] == ["Kazan"]
    record = read("They will run a project under an agreement signed at a ceremony on June 8.")
    assert [a.date for a in record.agreements] == ["2024-06-08"]
    record = read(
        "The Belarusian Prime Minister arrived on December 6 for a four-day official trip."
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-12-06")]
    record = read("The President received Kenya's Minister of Health Amina Odhiambo on December 2.")
    assert [(p.name, p.country) for p in record.people] == [("Amina Odhiambo", "KE")]
    assert "KE" in record.countries
    record = read("Deputy Foreign Minister Hassan al-Amin met them on December 2.")
    assert [p.name for p in record.people] == ["Hassan al-Amin"]
    record = read("The two sides held an online discussion on December 3.")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-12-03")]
    record = read(
        "The ministers held talks in Havana on December 4. On this occasion, Vietnam presented "
        "assistance worth 5 million USD to Cuba."
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2024-12-04"),
        ("aid", "2024-12-04"),
    ]
    assert [a.value for a in read("They set a legal framework for cooperation.").areas] == []


def test_a_dotted_honorific_after_a_body_after_an_office(extractor: Extractor) -> None:
    record = extractor.extract("President of Kuwait University Dr. Fahad Al-Rashed met them.")
    assert [(o.name, o.country) for o in record.organizations] == [("Kuwait University", "KW")]
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Fahad Al-Rashed", "Kuwait University")
    ]


def test_talks_inside_a_longer_visit_stay_their_own_meeting(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - The minister paid a working trip to India from May 23 to 26. The two "
        "sides signed a plan following talks in New Delhi on May 25."
    )
    record = extractor.extract(text, reference_date="2024-05-28")
    assert sorted((e.date, e.end_date) for e in record.events) == [
        ("2024-05-23", "2024-05-26"),
        ("2024-05-25", None),
    ]


def test_generic_sides_before_a_body_are_no_part_of_it(extractor: Extractor) -> None:
    record = extractor.extract(
        "They reviewed ties through Party, State and National Assembly channels."
    )
    assert [o.name for o in record.organizations] == ["National Assembly"]


def test_portfolios_of_other_governments_end_before_the_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Minister of Hydrocarbons Idris Kane met Minister of Mines and Energy Paulo Reis."
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Idris Kane", "Minister of Hydrocarbons"),
        ("Paulo Reis", "Minister of Mines and Energy"),
    ]


def test_company_forms_written_with_dots_stay_in_the_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Lam Son Textile Co. Ltd and Osaka Fibre Co., Ltd. signed a supply contract. "
        "Binh An Seafood Corp. and Delta Foods Company Limited signed another one."
    )
    assert [o.name for o in record.organizations] == [
        "Lam Son Textile Co. Ltd",
        "Osaka Fibre Co., Ltd.",
        "Binh An Seafood Corp.",
        "Delta Foods Company Limited",
    ]


def test_a_capitalised_locality_word_ends_the_office_before_the_name(
    extractor: Extractor,
) -> None:
    record = extractor.extract("Governor of Shizuoka Prefecture Kato Ren welcomed the guests.")
    assert [(p.name, p.title) for p in record.people] == [("Kato Ren", "Governor")]


def test_instruments_listed_as_items_after_a_colon(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - Vietnam and Cambodia signed four documents in Phnom Penh on May 7. "
        "The documents signed are:\n"
        "- An agreement between the Vietnamese Ministry of Transport and the Cambodian "
        "Ministry of Public Works and Transport on the Cross-Border Road Programme;\n"
        "- A memorandum of understanding on fisheries between Vietnam's Ministry of "
        "Agriculture and Rural Development, and Cambodia's Ministry of Agriculture, "
        "Forestry and Fisheries;\n"
        "- A cooperation plan to carry out the Memorandum of Understanding on the Paris "
        "Agreement.\n"
    )
    record = extractor.extract(text, reference_date="2024-05-20")
    assert [(a.instrument.value, a.parties, a.date) for a in record.agreements] == [
        (
            "agreement",
            ("Ministry of Transport", "Ministry of Public Works and Transport"),
            "2024-05-07",
        ),
        (
            "memorandum_of_understanding",
            (
                "Ministry of Agriculture and Rural Development",
                "Ministry of Agriculture, Forestry and Fisheries",
            ),
            "2024-05-07",
        ),
        ("cooperation_plan", ("Vietnam", "Cambodia"), "2024-05-07"),
    ]


def test_listing_sentences_name_their_instruments_and_full_party_lists(
    extractor: Extractor,
) -> None:
    text = (
        "Hanoi (VNA) - The two leaders witnessed the signing of cooperation documents in Hanoi "
        "on June 3. Among the signed agreements were an MoU between the Vietnamese Ministry of "
        "Health and the Hungarian Ministry of Interior on Hospital Management. The others "
        "included an agreement between the Hanoi University of Pharmacy, Hanoi and the "
        "Semmelweis University; and an MoU between Vietnam's Ministry of Labour, Invalids and "
        "Social Affairs, and Hungary's Ministry of Economic Development."
    )
    record = extractor.extract(text, reference_date="2024-06-10")
    assert [(a.instrument.value, a.parties) for a in record.agreements] == [
        ("memorandum_of_understanding", ("Ministry of Health", "Ministry of Interior")),
        ("agreement", ("Hanoi University of Pharmacy", "Semmelweis University")),
        (
            "memorandum_of_understanding",
            (
                "Ministry of Labour, Invalids and Social Affairs",
                "Ministry of Economic Development",
            ),
        ),
    ]
    assert {a.date for a in record.agreements} == {"2024-06-03"}
    assert ("Ministry of Interior", "HU") in [(o.name, o.country) for o in record.organizations]


def test_ninth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-10")

    record = read("Delegates prepared for the ASEAN Tourism Forum slated for May 22.")
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2025-05-22", "planned")
    ]
    record = read("The Vietnam-Cambodia Joint Working Group on Border Trade was held on May 6.")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-05-06")]
    assert set(record.countries) == {"VN", "KH"}
    record = read("The 31st session of the Commission on Crime Prevention opened on May 5.")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-05-05")]
    record = read("The ministers of Brunei, Laos, Myanmar, Malaysia and Vietnam met on May 4.")
    assert set(record.countries) == {"BN", "LA", "MM", "MY", "VN"}
    record = read("Chilean Prosecutor-General Diego Soto met Police Commissioner Anna Lee.")
    assert [(p.name, p.title) for p in record.people] == [
        ("Diego Soto", "Prosecutor-General"),
        ("Anna Lee", "Police Commissioner"),
    ]
    record = read(
        "Director of the Hue Institute of Biology Col. Le Van Son spoke. Head of the Da Nang "
        "Military Hospital Senior Colonel Pham Minh Duc attended."
    )
    assert [o.name for o in record.organizations] == [
        "Hue Institute of Biology",
        "Da Nang Military Hospital",
    ]
    assert [(p.name, p.rank) for p in record.people] == [
        ("Le Van Son", "Colonel"),
        ("Pham Minh Duc", "Senior Colonel"),
    ]
    record = read(
        "The talks were co-chaired by Kenji Mori, Director of the Japanese Ministry of "
        "Education, and Tran Van Hai, Director of the Hanoi Institute of Physics."
    )
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Kenji Mori", "Ministry of Education"),
        ("Tran Van Hai", "Hanoi Institute of Physics"),
    ]


def test_a_caption_source_before_a_glued_dateline_ends_the_caption(
    extractor: Extractor,
) -> None:
    lead = "Vice Chairman of Ben Tre province Le Van Hai on May 6 received a delegation from Osaka."
    caption = "Delegates pose for a photo (Source: VNA)"
    text = f"Ben Tre seeks Japanese partners\n\n{lead}\n{caption}Ben Tre (VNA) - {lead}\n"
    record = extractor.extract(text, reference_date="2025-05-10")
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-05-06")]


def test_owners_before_a_body_and_places_a_body_is_based_in(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-10")

    record = read(
        "The Republic of Korea (RoK)'s Ministry of Land (MOL) and the Lao ministry's "
        "Department of Planning met on May 6."
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Ministry of Land", "KR"),
        ("Department of Planning", "LA"),
    ]
    record = read(
        "Trainees will work at Thai Nguyen-based firms and the Hue-based Trung Vuong Hospital."
    )
    assert "TH" not in record.countries
    assert [o.name for o in record.organizations] == ["Trung Vuong Hospital"]
    record = read("Chairman of Nam Dinh province's People's Committee Tran Van Tuan spoke.")
    assert [(p.name, p.title) for p in record.people] == [("Tran Van Tuan", "Chairman")]
    record = read(
        "Binh Minh Logistics JSC, Center for Clean Energy, Delta Technical College and "
        "Sunrise Group took part."
    )
    assert [o.name for o in record.organizations] == [
        "Binh Minh Logistics JSC",
        "Center for Clean Energy",
        "Delta Technical College",
        "Sunrise Group",
    ]


def test_notes_exchanged_minutes_and_signing_ceremonies_held(extractor: Extractor) -> None:
    def read(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-10")
        return [(a.instrument.value, a.parties, a.date) for a in record.agreements]

    assert read(
        "An exchange note on a grant for flood shelters was signed between the Vietnamese "
        "and Irish governments on April 8."
    ) == [("other", ("Vietnam", "Ireland"), "2025-04-08")]
    assert read("Ambassador Ito Ken and Minister Le Hoa exchanged the MoU on May 2.") == [
        ("memorandum_of_understanding", ("Vietnam",), "2025-05-02")
    ]
    assert read(
        "A ceremony for signing grant agreements between Vietnam and the Korea International "
        "Cooperation Agency (KOICA) was held in Hanoi on May 5."
    ) == [("agreement", ("Vietnam", "Korea International Cooperation Agency"), "2025-05-05")]
    assert read("After the patrol, both sides signed a minute on border management on May 3.") == [
        ("other", (), "2025-05-03")
    ]
    assert read("The two provinces signed a memorandum of agreement on May 4.") == [
        ("memorandum_of_understanding", (), "2025-05-04")
    ]
    assert read(
        "Lai Chau and Phongsaly on May 6 signed an MoU to implement the border agreement "
        "between the governments of Vietnam and Laos."
    ) == [("memorandum_of_understanding", ("Lai Chau", "Phongsaly"), "2025-05-06")]


def test_areas_of_drug_control_justice_labourers_and_passing_mentions(
    extractor: Extractor,
) -> None:
    def areas(text: str) -> list[str]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-10")
        return [a.value for a in record.areas]

    assert areas("They stepped up the fight against drugs along the border.") == [
        "security_policing"
    ]
    assert areas("They discussed drug production, abuse, transport and trafficking.") == [
        "security_policing"
    ]
    assert areas("The two sides signed a treaty on extradition.") == ["justice_law"]
    assert areas("They agreed on the supply of seasonal labourers.") == ["labour"]
    assert areas("The talks were held online due to COVID-19.") == []
    assert areas("They vowed to work for peace and security in the region.") == []
    assert areas("Laos has made progress in ensuring national defence and security.") == []


def test_peacekeeping_deployments_are_aid(extractor: Extractor) -> None:
    # CAMEO 074 (peacekeeping) is one of the 07 "provide aid" codes
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam deployed its second engineering unit to the UN mission in "
        "Abyei in June 2023. The ministry dispatched a rescue team to Myanmar on May 3.",
        reference_date="2025-05-10",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("aid", "2023-06"),
        ("aid", "2025-05-03"),
    ]


def test_a_country_named_as_the_other_side_of_a_body_is_a_party(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The signing ceremony of a loan agreement between Vietnam and the Asian "
        "Infrastructure Investment Bank (AIIB) took place in Hanoi on May 5.",
        reference_date="2025-05-10",
    )
    assert [a.parties for a in record.agreements] == [
        ("Vietnam", "Asian Infrastructure Investment Bank")
    ]


def test_an_office_of_a_body_by_its_acronym_ends_the_body_before_it(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Prof. Le Van Tam, Member of the Central Committee of the Party and VASS President, spoke."
    )
    assert [o.name for o in record.organizations] == ["Central Committee of the Party", "VASS"]


def test_tenth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str, ref: str = "2025-05-10") -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date=ref)

    record = read(
        "The Vietnamese and Malaysian navies held a joint drill in the South China Sea on "
        "May 4. Peace on the Korean Peninsula was also discussed."
    )
    assert set(record.countries) == {"VN", "MY"}
    record = read(
        "The Vietnam People's Navy held a joint exercise with navies of Laos, Cambodia, "
        "Thailand and Myanmar on May 4."
    )
    assert set(record.countries) == {"VN", "LA", "KH", "TH", "MM"}
    record = read(
        "The two associations signed an agreement in Hanoi on May 6, the 50th anniversary of "
        "their first deal (June 2, 1975). On the occasion, the Thai side presented 30 "
        "computers to the Vietnamese association."
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("aid", "2025-05-06")]
    record = read("The society presented 200 scholarships to students on May 7.")
    assert [a.value for a in record.areas] == ["education_training"]


def test_talks_where_something_was_agreed_were_held(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two ministries agreed to step up cooperation during talks in Hanoi "
        "on May 14. The two parties will boost exchanges, as agreed during talks in Vientiane "
        "on Tuesday. The two sides will hold talks in Hanoi on May 25.",
        reference_date="2024-05-17",
    )
    assert [(e.date, e.status.value) for e in record.events] == [
        ("2024-05-14", "happened"),
        ("2024-05-14", "happened"),
        ("2024-05-25", "planned"),
    ]


def test_a_period_with_its_end_year_written_short(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Minister Le Hoa received Ambassador Tom Reed on May 10. About "
        "orientations for the 2024-29 period, Hoa suggested more training. The two ministries "
        "signed a roadmap for cooperation for 2025-30 on May 6.",
        reference_date="2025-05-12",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2025-05-10")]
    assert [(a.date, a.period) for a in record.agreements] == [
        ("2025-05-06", Period(start=2025, end=2030))
    ]


def test_foreign_legislatures_by_their_names(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - NA Chairman Tran Van An held talks with Vice Speaker of the Japanese "
        "House of Councillors Sato Ken on May 6. The Cambodian Senate, the Russian State Duma "
        "and the Moscow House project were also discussed."
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("National Assembly", "VN"),
        ("House of Councillors", "JP"),
        ("Senate", "KH"),
        ("State Duma", "RU"),
    ]
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Tran Van An", "National Assembly"),
        ("Sato Ken", "House of Councillors"),
    ]


def test_mission_directors_assistant_ministers_and_the_middle_name_the(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Mark Stone, Mission Director of USAID, and Pham The Vinh, Chairman of "
        "VITAS, spoke. Li Wei, assistant minister of the International Department, attended. "
        "Deputy Minister Do The Long also attended."
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Mark Stone", "Mission Director"),
        ("Pham The Vinh", "Chairman"),
        ("Li Wei", "assistant minister"),
        ("Do The Long", "Deputy Minister"),
    ]


def test_signers_named_after_a_passive_signing_or_in_the_next_sentence(
    extractor: Extractor,
) -> None:
    def read(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-12")
        return [(a.instrument.value, a.parties, a.date) for a in record.agreements]

    assert read(
        "Four cooperation documents on cadet training were signed on May 10 by the Naval "
        "Academy and the Royal Thai Naval Academy."
    ) == [("other", ("Naval Academy", "Royal Thai Naval Academy"), "2025-05-10")]
    assert read(
        "Vietnam and Laos on May 6 signed a memorandum on demining. Signatories to the "
        "document were the Vietnam Demining Centre and the Lao Demining Authority."
    ) == [
        (
            "memorandum_of_understanding",
            ("Vietnam Demining Centre", "Demining Authority"),
            "2025-05-06",
        )
    ]


def test_two_pairs_of_signers_in_one_sentence_and_an_occasions_own_between(
    extractor: Extractor,
) -> None:
    def read(text: str) -> list[tuple[tuple[str, ...], str | None]]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-12")
        return [(a.parties, a.date) for a in record.agreements]

    assert read(
        "Two memoranda of understanding (MoUs) were signed on May 6 between the Vietnam "
        "Women's Union and the Thai Red Cross Society, and between the Hue People's Committee "
        "and the Chiang Mai Municipality."
    ) == [
        (("Vietnam Women's Union", "Thai Red Cross Society"), "2025-05-06"),
        (("Hue People's Committee", "Chiang Mai Municipality"), "2025-05-06"),
    ]
    assert read(
        "Vietnamese and Cambodian firms signed six MoUs at a trade conference between Can Tho "
        "and Cambodian businesses held in Phnom Penh on May 7."
    ) == [(("Vietnam", "Cambodia"), "2025-05-07")]


def test_field_activities_trainings_and_war_legacy_words(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnamese and US teams began the 160th joint field activity in Quang "
        "Tri on May 2. Lao army doctors trained 40 Vietnamese medics from May 6 to 9. They "
        "help victims of the Agent Orange disaster and search for remains of soldier and "
        "expert volunteers.",
        reference_date="2025-05-12",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("joint_activity", "2025-05-02"),
        ("joint_activity", "2025-05-06"),
    ]
    areas = [a.value for a in record.areas]
    assert "disaster_management" not in areas and "youth_volunteering" not in areas


def test_bodies_against_something_oxford_comma_portfolios_and_slashed_acronyms(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Korean Committee against Landmines (KCAL) and the Vietnam "
        "Association of Victims of Agent Orange (AO)/dioxin (VAVA) signed an MoU on May 6. "
        "The Department of Culture, Tourism, and Sports of Nara prefecture and the Z175 Factory "
        "also attended. Minister Tran Van An met Chairman of the State Duma Ivan Petrov, and "
        "Chairman of the Federation Council Anna Orlova.",
        reference_date="2025-05-12",
    )
    assert [(o.name, o.acronym) for o in record.organizations] == [
        ("Korean Committee against Landmines", "KCAL"),
        ("Vietnam Association of Victims of Agent Orange", "VAVA"),
        ("Department of Culture, Tourism, and Sports of Nara prefecture", None),
        ("Z175 Factory", None),
        ("State Duma", None),
        ("Federation Council", None),
    ]


def test_small_foreign_localities_are_sides_with_their_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Nghe An province and Kamiyama town of Japan signed a cooperation "
        "agreement on May 6. Ha Tinh province and Laos' Kasi district signed a deal on May 7. "
        "Quang Nam and the Korean city of Gimhae signed an MoU on May 8.",
        reference_date="2025-05-12",
    )
    assert [a.parties for a in record.agreements] == [
        ("Nghe An", "Kamiyama"),
        ("Ha Tinh", "Kasi"),
        ("Quang Nam", "Gimhae"),
    ]
    assert set(record.countries) == {"VN", "JP", "LA", "KR"}


def test_eleventh_reading_of_real_reports(extractor: Extractor) -> None:
    record = extractor.extract(
        "KATHMANDU — A 20-member Vietnamese medical team from the Ministry of Health arrived "
        "on May 4. The team's leader Trần Văn Bình met Nepalese officials. Việt Nam has "
        "pledged US$50,000 to Nepal.",
        reference_date="2025-05-12",
    )
    assert [(o.name, o.country) for o in record.organizations] == [("Ministry of Health", "VN")]
    assert "US" not in record.countries
    record = extractor.extract(
        "Hanoi (VNA) - Minister Le Van An received the Fijian Ambassador to Vietnam, Josefa "
        "Koroi, on May 4. The President of Vietnam's Red Cross, Tran Ngoc Tang, attended."
    )
    assert [p.name for p in record.people] == ["Le Van An", "Josefa Koroi", "Tran Ngoc Tang"]


def test_farm_goods_energy_words_and_places_holding_a_countrys_name(
    extractor: Extractor,
) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2025-05-12")

    record = read("They signed an MoU on durian, coffee and shrimp exports. Ties have borne fruit.")
    assert [a.value for a in record.areas] == ["agriculture_fisheries", "trade"]
    record = read("Food crop development cooperation has become a bright spot.")
    assert [a.value for a in record.areas] == ["agriculture_fisheries"]
    record = read("They discussed coal, steel and hydropower projects and wind farm investment.")
    assert [a.value for a in record.areas] == ["industry_energy", "investment"]
    record = read(
        "The Port Authority of New York and New Jersey and Hai Phong signed an MoU on May 6. "
        "Da Nang and Italy's Umbria region signed a deal on May 7. Hue and the US state of "
        "Oregon signed an MoU on May 8."
    )
    assert [a.parties for a in record.agreements] == [
        ("Port Authority of New York and New Jersey", "Hai Phong"),
        ("Da Nang", "Umbria"),
        ("Hue", "Oregon"),
    ]
    assert set(record.countries) == {"US", "VN", "IT"}


def test_a_target_year_dates_no_pledge(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two ministers held talks in Hanoi on May 8. They agreed to raise "
        "bilateral trade to 3 billion USD in 2025, and Laos asked Vietnam to buy more power in "
        "2026.",
        reference_date="2024-05-10",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-08")]


def test_more_ways_to_sign(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Two firms co-signed a memorandum of understanding on May 6. They penned "
        "a contract on May 7 and struck a deal on May 8. Hue entered into an agreement with "
        "Kyoto on May 9. They signed a joint notice on May 10. They signed a declaration of "
        "intent on May 11.",
        reference_date="2024-05-12",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("memorandum_of_understanding", "2024-05-06"),
        ("contract", "2024-05-07"),
        ("agreement", "2024-05-08"),
        ("agreement", "2024-05-09"),
        ("other", "2024-05-10"),
        ("letter_of_intent", "2024-05-11"),
    ]


def test_a_capitals_dateline_and_a_bracketed_lead_credit(extractor: Extractor) -> None:
    record = extractor.extract(
        "HCM CITY — The Ministry of Science and Technology and the World Bank signed an MoU."
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Ministry of Science and Technology", "VN"),
        ("World Bank", None),
    ]
    record = extractor.extract("(VOVWORLD) - Vietnam and Laos signed an agreement on trade.")
    assert record.source == "VOV"


def test_counted_bodies_domestic_campaigns_and_since_clauses(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Since a fundraising campaign was launched on September 7, the society "
        "has received 16 billion VND. The Ministry of Health launched a nationwide vaccination "
        "campaign on April 20. The two armies launched a joint training programme on May 3. "
        "They praised ties between the two Red Cross Societies.",
        reference_date="2024-10-01",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("joint_activity", "2024-05-03")]
    assert [o.name for o in record.organizations] == ["Ministry of Health"]


def test_rescue_teams_arriving_or_leaving_and_aid_presented_on_the_day(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "KATHMANDU — A Vietnamese rescue delegation arrived in Nepal on May 4. A team of 30 "
        "rescuers left Hanoi for Nepal on May 5. From May 6, the Vietnamese forces will "
        "commence search and rescue operations. Scholarships of the Vietnamese Government "
        "were presented to 50 Lao students on May 3.",
        reference_date="2025-05-06",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("aid", "2025-05-04", "happened"),
        ("aid", "2025-05-05", "happened"),
        ("aid", "2025-05-06", "planned"),
        ("aid", "2025-05-03", "happened"),
    ]
    assert "education_training" in [a.value for a in record.areas]


def test_every_locality_of_a_counted_set_signs(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Leaders of Lai Chau, Son La, Phongsaly and Luang Prabang provinces met "
        "on May 6. The four provinces signed a cooperation agreement on border trade.",
        reference_date="2025-05-12",
    )
    assert [a.parties for a in record.agreements] == [
        ("Lai Chau", "Son La", "Phongsaly", "Luang Prabang")
    ]


def test_brand_bodies_before_names_and_names_with_and_the(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - General Director of PetroVietnam Le Manh Hung met officials of the "
        "National Commission for Culture and the Arts of Chile and the Ministry of Culture on "
        "May 6.Previously, PetroVietnam signed an MoU with Chile in 2019.",
        reference_date="2025-05-12",
    )
    assert [o.name for o in record.organizations] == [
        "PetroVietnam",
        "National Commission for Culture and the Arts of Chile",
        "Ministry of Culture",
    ]
    assert [(p.name, p.affiliation) for p in record.people] == [("Le Manh Hung", "PetroVietnam")]
    assert record.agreements == ()


def test_acts_only_proposed_at_talks_are_no_events(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The ministers held talks in Havana on March 5. Minister Hoa proposed "
        "that Cuba host a joint training camp in 2027, and suggested a joint drill, which the "
        "two armies will hold in June.",
        reference_date="2025-03-10",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2025-03-05", "happened"),
        ("joint_activity", "2025-06", "planned"),
    ]


def test_a_possessed_body_named_by_its_head_alone(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The CPV Central Committee's Organisation Commission hosted a Lao "
        "delegation. After the COVID-19 pandemic, tourism recovered."
    )
    assert [o.name for o in record.organizations] == [
        "CPV Central Committee",
        "Organisation Commission",
    ]
    assert "pandemic_response" not in [a.value for a in record.areas]


def test_police_officers_as_actors_name_no_field(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam sent a rescue team of 40 police officers to Nepal on May 3. "
        "The public security team is headed by a colonel.",
        reference_date="2024-05-10",
    )
    assert "security_policing" not in [a.value for a in record.areas]


def test_congresses_gatherings_phone_talks_and_credentials(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Vietnam-Chile Friendship Association held its third national "
        "congress in Hanoi on May 8. The Vietnamese Embassy in Mozambique held a pre-Tet "
        "gathering on May 9. The two ministers discussed trade over the phone on May 10. "
        "President Tran Van An received letters of credentials from the new ambassadors of "
        "Chile and Peru on May 11.",
        reference_date="2024-05-12",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2024-05-08"),
        ("meeting", "2024-05-09"),
        ("meeting", "2024-05-10"),
        ("meeting", "2024-05-11"),
    ]
    assert {"CL", "PE"} <= set(record.countries)


def test_plural_nouns_are_no_names_and_parties_keep_their_country(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - He received the Secretary-General of the Association of Southeast Asian "
        "Nations. President of the Federation of Peruvian Coffee Growers attended. He met "
        "General Secretary of the Communist Party of Peru Rosa Diaz."
    )
    assert [o.name for o in record.organizations] == [
        "Association of Southeast Asian Nations",
        "Federation of Peruvian Coffee Growers",
        "Communist Party of Peru",
    ]
    assert [p.name for p in record.people] == ["Rosa Diaz"]


def test_courtesies_and_idioms_name_no_field(extractor: Extractor) -> None:
    def areas(text: str) -> list[str]:
        return [a.value for a in extractor.extract("Hanoi (VNA) - " + text).areas]

    assert areas(
        "He wished the ambassador good health and thanked her for her energy and dedication. "
        "They pledged to press ahead with the ties, explore the culture and customs of Laos "
        "and improve the bloc's self-resilience as members of the UN Security Council."
    ) == ["culture_tourism"]
    assert areas("They discussed energy, customs procedures, health care and press work.") == [
        "industry_energy",
        "trade",
        "health",
        "information_media",
    ]
    assert areas("A delegation of the Communist Party of Vietnam visited Chile.") == ["governance"]


def test_a_will_reported_from_talks_leaves_the_talks_held(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The ministers agreed that the two sides will expand trade during their "
        "talks in Hanoi on May 8. They will hold talks in Hanoi on May 20.",
        reference_date="2019-05-10",
    )
    assert [(e.date, e.status.value) for e in record.events] == [
        ("2019-05-08", "happened"),
        ("2019-05-20", "planned"),
    ]


def test_background_signings_and_honours_handed_over(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Many activities took place on May 8, such as exhibitions and the signing "
        "of agreements between ministries. The two countries have signed many agreements. The "
        "ambassador handed over the Friendship Order to him on May 9. Vietnam handed over gifts "
        "in order to help flood victims on May 10.",
        reference_date="2024-05-12",
    )
    assert record.agreements == ()
    assert [(e.kind.value, e.date) for e in record.events] == [("aid", "2024-05-10")]


def test_a_summits_host_is_no_side_and_what_one_proposed_no_request(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two presidents met on the sidelines of the G20 Summit in India on "
        "September 9. The council on May 8 approved a resolution proposed by Vietnam.",
        reference_date="2024-05-12",
    )
    assert "IN" not in record.countries
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2023-09-09")]


def test_a_list_item_telling_an_older_signing_is_still_an_item(extractor: Extractor) -> None:
    text = (
        "Hanoi (VNA) - Vietnam and Singapore signed three documents in Hanoi on May 7. "
        "The documents were signed during talks between the two prime ministers. "
        "The documents signed are:\n"
        "- An agreement between the Vietnamese Ministry of Health and the Singaporean Ministry "
        "of Health on nursing training;\n"
        "- A diplomatic note amending the framework agreement signed by the two Governments in "
        "2005;\n"
    )
    record = extractor.extract(text, reference_date="2024-05-10")
    assert [(a.instrument.value, a.date, a.place) for a in record.agreements] == [
        ("agreement", "2024-05-07", "Hanoi"),
        ("other", "2024-05-07", "Hanoi"),
    ]


def test_a_planned_meeting_told_twice_is_one(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The officials met online on May 8 to prepare for the Senior Officials' "
        "Meeting slated for May 20. The ministers will meet in June, and the talks were to "
        "prepare for the Senior Officials' Meeting on May 20.",
        reference_date="2024-05-10",
    )
    assert [(e.date, e.status.value) for e in record.events] == [
        ("2024-05-08", "happened"),
        ("2024-05-20", "planned"),
        ("2024-06", "planned"),
    ]


def test_receiving_a_countrys_ambassador_named_between_commas(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - He received Fiji's ambassador, Josefa Koroi, on May 6.",
        reference_date="2024-05-10",
    )
    assert [p.name for p in record.people] == ["Josefa Koroi"]
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-06")]


def test_press_conferences_exchanges_declarations_and_provinces_of_a_country(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Ambassador Kari Lahti told a press conference in Hanoi on June 3 that "
        "aid would grow. The two armies held a young officers exchange on June 5. Vietnam and "
        "Angola issued a Joint Declaration on June 6. The Border Guard Command of Vietnam's "
        "Tay Ninh province met the Military Command of Cambodia's Svay Rieng province.",
        reference_date="2024-06-10",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-06-05")]
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("joint_statement", "2024-06-06")
    ]
    assert "information_media" not in [a.value for a in record.areas]
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Border Guard Command of Tay Ninh province", "VN"),
        ("Military Command of Svay Rieng province", "KH"),
    ]


def test_a_unit_under_a_foreign_ministry_is_of_its_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The General Department of Logistics under the Lao Ministry of National "
        "Defence and the Department of Foreign Affairs under the Cambodian Ministry of National "
        "Defence attended."
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("General Department of Logistics", "LA"),
        ("Ministry of National Defence", "LA"),
        ("Department of Foreign Affairs", "KH"),
        ("Ministry of National Defence", "KH"),
    ]


def test_a_statement_made_while_receiving_a_guest_dates_the_meeting(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - NA Chairman Tran Van Long said on September 9 that Vietnam treasured "
        "its friendship with Hungary, while receiving visiting Hungarian Foreign Minister Gabor "
        "Szabo in Hanoi.",
        reference_date="2014-09-10",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2014-09-09")]


def test_a_clause_before_a_signing_is_not_its_background(extractor: Extractor) -> None:
    def read(text: str) -> list[tuple[str, str | None]]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2015-05-10")
        return [(a.instrument.value, a.date) for a in record.agreements]

    assert read(
        "A tourism project was carried out in Hue in 2009 with Nara's support, and a "
        "memorandum of understanding was signed on May 4 between the Hue City People's "
        "Committee and the Nara Prefectural Government."
    ) == [("memorandum_of_understanding", "2015-05-04")]
    assert read(
        "The two cities set up friendship ties 20 years ago, and on May 4 the Hue City "
        "People's Committee and the Nara Prefectural Government signed a memorandum."
    ) == [("memorandum_of_understanding", "2015-05-04")]
    assert read(
        "A clinic was built ten years ago with KOICA support, and a memorandum of "
        "understanding was signed recently between KOICA and Quang Tri province."
    ) == [("memorandum_of_understanding", None)]


def test_a_news_agency_credited_with_a_report_is_no_side(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam and Chile on Tuesday agreed to raise trade, the Vietnam News "
        "Agency reported."
    )
    assert record.organizations == ()
    assert "information_media" not in [a.value for a in record.areas]


def test_the_provincial_body_is_the_localitys_body_told_before(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Border Guard Command of the central province of Quang Binh received "
        "a Lao delegation on May 6. Chief of the provincial Border Guard Command Col. Le Van "
        "Lam welcomed the guests.",
        reference_date="2024-05-10",
    )
    assert len(record.organizations) == 1
    assert [p.affiliation for p in record.people] == [record.organizations[0].name]


def test_an_embassy_named_with_and_without_its_seat_is_one(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Korean Embassy in Vietnam on April 9 handed over equipment to Hue. "
        "The Korean Embassy also approved a new project.",
        reference_date="2015-04-10",
    )
    assert [(o.name, o.country) for o in record.organizations] == [("Embassy in Vietnam", "KR")]


def test_a_visit_of_known_length_ended_on_the_date_told(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The President left Santiago on November 20, concluding a three-day state "
        "visit to Chile.",
        reference_date="2016-11-21",
    )
    assert [(e.date, e.end_date) for e in record.events] == [("2016-11-18", "2016-11-20")]


def test_a_dated_statement_that_a_country_will_give_aid_is_a_pledge(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - In a statement released on May 14, the Canadian Embassy said Canada will "
        "provide 40 million CAD in aid to Vietnam.",
        reference_date="2011-05-16",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("pledge", "2011-05-14", "happened")
    ]


def test_twelfth_reading_of_real_reports(extractor: Extractor) -> None:
    def read(text: str) -> Any:
        return extractor.extract("Hanoi (VNA) - " + text, reference_date="2024-05-10")

    record = read(
        "An official welcome ceremony for Indonesian President Budi Santoso was held in Hanoi "
        "on May 3. Over the past year, dialogues between the two countries have expanded. They "
        "reaffirmed the commitment to boost trade this year and beyond."
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-03")]
    record = read("They signed an agreement on the transfer of convicted criminals.")
    assert [a.value for a in record.areas] == ["justice_law"]
    record = read(
        "Delegates attended the 7th National Congress of the Hanoi Union of Friendship "
        "Organizations."
    )
    assert [o.name for o in record.organizations] == ["Hanoi Union of Friendship Organizations"]


def test_days_told_beside_during_the_trip_date_the_meeting(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - During the trip, from March 4-6, Deputy Minister Khai met with Wang Hao, "
        "Vice Minister of Commerce of China.",
        reference_date="2024-03-08",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-03-04")]


def test_a_brands_home_the_text_never_names_is_no_side(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Heineken, Aeon and Intel Vietnam pledged to invest in Binh Duong "
        "province on May 6.",
        reference_date="2024-05-10",
    )
    assert record.countries == ("VN",)
    assert ("Intel Vietnam", "VN") in [(o.name, o.country) for o in record.organizations]


def test_a_signing_at_the_first_dialogue_and_the_dialogue_itself(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam and Peru on Tuesday signed a Fisheries Cooperation Arrangement at "
        "the first Agricultural Dialogue.",
        reference_date="2024-03-08",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("agreement", "2024-03-05")
    ]
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-03-05")]


def test_words_said_on_a_day_then_at_a_reception_date_the_reception(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The city wants closer ties with Korean localities, said Vice Chairman "
        "Pham Van Tung on Friday. At a reception for visiting Chairman of the Gangwon "
        "Provincial Council Lee Min-ho, Tung praised the ties.",
        reference_date="2024-03-08",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-03-08")]


def test_a_country_studied_is_no_owner(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Centre for Vietnamese Studies of Sydney University and the China "
        "Research Institute of Vietnam National University met in Hanoi on May 3.",
        reference_date="2023-05-05",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Centre for Vietnamese Studies of Sydney University", "AU"),
        ("China Research Institute of Vietnam National University", "VN"),
    ]


def test_chief_executives_friendship_alliances_and_sanghas(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Chief Executive of the Irish Ministry for Primary Industries, Sean Ryan, "
        "met Minister Le Hoa on May 6. Chairman of the Japan – Vietnam Parliamentary Friendship "
        "Alliance Sato Ken attended. Venerable Thich Minh Tam, head of the Executive Board of "
        "the Vietnam Buddhist Sangha in Laos, spoke.",
        reference_date="2024-05-10",
    )
    assert [p.name for p in record.people] == [
        "Sean Ryan",
        "Le Hoa",
        "Sato Ken",
        "Thich Minh Tam",
    ]


def test_this_years_summit_after_its_days_is_the_same_summit(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The ASEAN Summit took place in Singapore on April 27-28. This year's "
        "summit focused on resilience. The two prime ministers held two phone talks during 2018.",
        reference_date="2018-04-30",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2018-04-27"),
        ("meeting", "2018"),
    ]


def test_among_those_signed_include_names_the_plural_one_by_one(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Chile and Vietnam on Tuesday signed agreements on rice trade and "
        "culture. Among those signed include the Memorandum of Understanding on Rice Trade, "
        "and a Cultural Cooperation Program between the two culture ministries.",
        reference_date="2024-01-31",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("memorandum_of_understanding", "2024-01-30"),
        ("cooperation_plan", "2024-01-30"),
    ]


def test_a_body_whose_run_goes_on_to_name_a_period(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - They signed a Cultural Cooperation Program between the National "
        "Commission for Culture and the Arts of Peru and the Ministry of Culture of Viet Nam "
        "for the Period of 2024-2028."
    )
    assert [o.name for o in record.organizations] == [
        "National Commission for Culture and the Arts of Peru",
        "Ministry of Culture",
    ]


def test_a_partys_central_committee_is_no_body_of_its_own(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Communist Party of Peru's Central Committee hosted them."
    )
    assert [o.name for o in record.organizations] == ["Communist Party of Peru"]


def test_a_trade_target_year_dates_no_visit(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The PM's visit to Laos is aimed to triple the bilateral trade in 2025. "
        "The two PMs held talks in Vientiane on May 6.",
        reference_date="2024-05-10",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-06")]


def test_a_month_told_dates_a_signing_during_a_visit(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Minister Dien met Lao officials on January 2. In February 2019, the two "
        "ministries signed an agreement on power projects during the visit to Laos by "
        "President Trong.",
        reference_date="2021-01-04",
    )
    assert record.agreements == ()  # signed in 2019: background, not news


def test_a_signing_during_a_visit_abroad_is_not_placed_at_the_dateline(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - As part of the Prime Minister's visit to Poland, the two foreign "
        "ministries signed a memorandum of understanding on May 6.",
        reference_date="2024-05-10",
    )
    assert [(a.date, a.place) for a in record.agreements] == [("2024-05-06", None)]


def test_it_follows_their_talks_on_a_weekday_dates_and_places_the_signing(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam and Peru have signed an action plan for 2024-2026. It follows "
        "their talks in Lima on Tuesday.",
        reference_date="2023-05-12",
    )
    assert [(a.date, a.place) for a in record.agreements] == [("2023-05-09", "Lima")]


def test_a_caption_line_between_a_signing_and_its_occasion(extractor: Extractor) -> None:
    record = extractor.extract(
        "(VOVWORLD) - Prime Minister Tran Van An and his Peruvian counterpart Luis Ortiz have "
        "signed a joint statement on a strategic partnership.\n"
        "Prime Minister Tran Van An and Peruvian Prime Minister Luis Ortiz |\n"
        "It follows their talks in Lima on Thursday as part of the official visit.\n",
        reference_date="2018-03-16",
    )
    assert [(a.instrument.value, a.date, a.place) for a in record.agreements] == [
        ("joint_statement", "2018-03-15", "Lima")
    ]


def test_a_companys_member_board_is_its_organ_not_a_body(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - On August 9, Chairman of Saigon Power's Member Board Le Van Tam and "
        "Laotian enterprises co-signed memorandums of understanding.",
        reference_date="2019-08-10",
    )
    assert "Member Board" not in [o.name for o in record.organizations]
    assert all("Member Board" not in a.parties for a in record.agreements)


def test_a_ministry_of_a_country_is_named_without_the_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "Manila (VNA) - The Ministry of Tourism and Heritage of the Republic of Chile and "
        "the Department of Foreign Affairs of Binh Dinh province met on May 14.",
        reference_date="2024-05-20",
    )
    assert sorted((o.name, o.country) for o in record.organizations) == [
        ("Department of Foreign Affairs of Binh Dinh province", "VN"),
        ("Ministry of Tourism and Heritage", "CL"),
    ]


def test_a_body_with_its_complement_before_an_office(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Institute of Maritime Studies Director Pham Quoc Bao and Ministry of "
        "the Interior Director Tran Thi Lan received a Lao delegation on May 14.",
        reference_date="2024-05-20",
    )
    assert sorted(o.name for o in record.organizations) == [
        "Institute of Maritime Studies",
        "Ministry of the Interior",
    ]
    assert sorted((p.name, p.title, p.affiliation) for p in record.people) == [
        ("Pham Quoc Bao", "Director", "Institute of Maritime Studies"),
        ("Tran Thi Lan", "Director", "Ministry of the Interior"),
    ]


def test_names_after_bodies_with_a_possessive_a_topic_or_a_city(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Chairwoman of the Senate's Committee on Forestry Elena Vargas met Vice "
        "Chairman of the People's Committee of Ho Chi Minh City Le Quang Vinh on May 14. Head "
        "of the Communist Party of Vietnam (CPV) Central Committee's Commission for Mass "
        "Mobilisation Dinh Van Son also attended.",
        reference_date="2024-05-20",
    )
    people = {p.name: p.affiliation for p in record.people}
    assert people == {
        "Elena Vargas": "Committee on Forestry",
        "Le Quang Vinh": "People's Committee of Ho Chi Minh City",
        "Dinh Van Son": "Commission for Mass Mobilisation",
    }
    assert not [o.name for o in record.organizations if "Vargas" in o.name or "Son" in o.name]


def test_a_bodys_acronym_after_its_words_is_no_persons_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Le Van Tam, head of the board of the National Committee on Clearing "
        "Wartime Landmines (NCWL), met US guests on May 14.",
        reference_date="2024-05-20",
    )
    assert [p.name for p in record.people] == ["Le Van Tam"]


def test_state_agencies_known_by_their_acronym_alone(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Ministry of Finance and JICA on May 14 signed a loan agreement for a "
        "metro line. A memorandum was signed last week between KOICA and Quang Tri and Lao Cai "
        "provinces. KOTRA Director Park Ji-hoon attended.",
        reference_date="2024-05-20",
    )
    assert sorted((o.name, o.country) for o in record.organizations) == [
        ("JICA", "JP"),
        ("KOICA", "KR"),
        ("KOTRA", "KR"),
        ("Ministry of Finance", "VN"),
    ]
    assert [a.parties for a in record.agreements] == [
        ("Ministry of Finance", "JICA"),
        ("KOICA", "Quang Tri", "Lao Cai"),
    ]


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        (
            "Police chiefs met on May 14 to discuss fighting crimes, drugs and human trafficking "
            "and financial, banking and hi-tech crime.",
            ["security_policing"],
        ),
        ("The delegations laid wreaths at the Route 12 National Martyrs Cemetery on May 14.", []),
        (
            "Corvette 015 of the Vietnamese navy docked at the port of Jakarta on May 14.",
            ["defence"],
        ),
        ("Despite effects of the COVID-19 pandemic, trade rose 9 percent in 2023.", ["trade"]),
        (
            "Three grassroots human security projects received 40,000 USD on May 14 to build "
            "classrooms and buy an ultrasound machine.",
            ["education_training", "humanitarian_aid", "medical_supplies"],
        ),
        ("The loan comes from the Export-Import Bank of Korea. (Source: news.abc.vn)", []),
        (
            "The cities will cooperate in urban management, solid waste treatment and smart city "
            "building.",
            ["climate_environment", "governance", "science_technology"],
        ),
    ],
)
def test_areas_of_crime_lists_port_calls_and_passing_words(
    extractor: Extractor, sentence: str, areas: list[str]
) -> None:
    record = extractor.extract("Hanoi (VNA) - " + sentence, reference_date="2024-05-20")
    assert sorted(a.value for a in record.areas) == areas


def test_a_partner_after_signed_with_and_a_guests_locality_are_parties(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The State Bank of Vietnam on May 14 signed with the World Bank an "
        "agreement on a loan for rural bridges. Vice Chairman of the Da Nang People's Committee "
        "Tran Van Long hosted a reception on May 15 for Anna Weiss, Deputy Mayor of Italy's "
        "Turin, during which they signed a cooperation agreement.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [
        ("State Bank of Vietnam", "World Bank"),
        ("Da Nang People's Committee", "Turin"),
    ]


def test_the_inked_deal_is_background_and_an_owner_is_no_signing_party(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Border Guard Command of Kien Giang and Cambodia's Kampot police held "
        "talks on May 14. They agreed to go on working together under the inked deal. The "
        "Vietnamese Ministry of National Defence's Border Guard High Command and the Army "
        "Command of the Royal Thai Armed Forces signed an agreement on border patrols on May 15.",
        reference_date="2024-05-20",
    )
    assert [(a.parties, a.date) for a in record.agreements] == [
        (("Border Guard High Command", "Army Command of the Royal Thai Armed Forces"), "2024-05-15")
    ]


def test_a_signing_then_is_dated_by_the_day_told_not_by_the_visits_span(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Minister Le Van Tam hosted a welcome ceremony on May 14 for Lao guests "
        "whose visit runs from May 13-16. The two then signed a memorandum of understanding.",
        reference_date="2024-05-20",
    )
    assert [a.date for a in record.agreements] == ["2024-05-14"]


def test_bodies_written_two_ways_short_country_forms_and_un_missions(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Provincial Police of Ha Nam and the US Senate met on May 14. "
        "Colonel Tran Van Son, Director of the Ha Nam Provincial Police, met staff of the RoK "
        "Supreme Prosecutors' Office and the United Nations Mission in South Sudan (UNMISS) "
        "at the 30th Annual Meeting of the Asia-Pacific Parliamentary Forum (APPF-30).",
        reference_date="2024-05-20",
    )
    assert sorted((o.name, o.acronym, o.country) for o in record.organizations) == [
        ("Asia-Pacific Parliamentary Forum", None, None),
        ("Provincial Police of Ha Nam", None, "VN"),
        ("Senate", None, "US"),
        ("Supreme Prosecutors' Office", None, "KR"),
        ("United Nations Mission in South Sudan", "UNMISS", None),
    ]


def test_a_meeting_named_for_office_holders_and_a_review_for_the_rest_of_a_year(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The 7th ASEAN Air Force Chiefs' Conference will be held in Hanoi in late "
        "August. This was announced at a meeting to review external defence work for the rest "
        "of 2024, held in Hanoi on May 14.",
        reference_date="2024-05-20",
    )
    assert [o.name for o in record.organizations] == ["ASEAN"]
    assert sorted((e.date, e.status.value) for e in record.events) == [
        ("2024-05-14", "happened"),
        ("2024-08", "planned"),
    ]


def test_a_signing_as_part_of_a_first_dialogue_is_news_and_the_dialogue_a_meeting(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - A memorandum of understanding between Hue and Attapeu was signed on May "
        "14 as part of the former's first friendship dialogue. A cooperation agreement between "
        "Vinh Long and Sekong was signed on May 15 at the first joint conference of the two sides.",
        reference_date="2024-05-20",
    )
    assert [a.date for a in record.agreements] == ["2024-05-14", "2024-05-15"]
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2024-05-14"),
        ("meeting", "2024-05-15"),
    ]


def test_counted_instruments_told_one_by_one_are_one_agreement_each(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Ministry of Finance on May 14 signed with the World Bank two "
        "agreements worth 300 million USD. The first is a loan for irrigation in Nghe An. The "
        "other agreement covers a loan for a coastal road.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.parties, a.count) for a in record.agreements] == [
        ("agreement", ("Ministry of Finance", "World Bank"), None),
        ("agreement", ("Ministry of Finance", "World Bank"), None),
    ]
    assert [[x.value for x in a.areas] for a in record.agreements] == [
        ["agriculture_fisheries"],
        ["transport_infrastructure"],
    ]


def test_a_special_advisor_named_before_the_office(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Quang Nam leaders on May 7 received Tanaka Hiro, Special Adviser to the "
        "Japanese Prime Minister.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [("Tanaka Hiro", "Special Adviser")]


def test_signed_notes_are_an_instrument(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Japan and Vietnam on May 14 signed notes on a grant for a school.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.parties) for a in record.agreements] == [
        ("other", ("Japan", "Vietnam"))
    ]


def test_a_meeting_listed_with_an_anniversary_ceremony_to_be_held(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The 4th Border Defence Friendship Exchange, the 2nd Border Guard "
        "Dialogue, and the ceremony to mark the 30th anniversary of the border treaty will be "
        "held in Lang Son in late October. The two provinces agreed to become friendship "
        "provinces.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2024-10", "planned")
    ]
    assert "people_to_people" in [a.value for a in record.areas]


def test_a_department_under_its_ministry_before_the_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Director of the Department of Debt Management under the Ministry of "
        "Finance Tran Quoc Huy and KOICA Country Director Lee Min-ho signed the agreement on "
        "May 9.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.affiliation) for p in record.people] == [
        ("Tran Quoc Huy", "Department of Debt Management"),
        ("Lee Min-ho", "KOICA"),
    ]
    assert "Ministry of Finance" in [o.name for o in record.organizations]
    assert [a.parties for a in record.agreements] == [("Department of Debt Management", "KOICA")]


def test_people_listed_with_their_countries_led_by_or_after_a_field_and_office(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The President received the new ambassadors - Ana del Carmen Rojas of "
        "Chile, Jonas Berg of Sweden and Kofi Mensah of Ghana - on May 14. The Thai delegation "
        "was headed by Somsak Chaiyo at talks in Hanoi on May 15. Officials met Ito Kenta, "
        "Tourism Ambassador of Hue in Nagoya, and Deputy Minister of Trade, Amir Hamzah and "
        "other officials.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.country) for p in record.people][:4] == [
        ("Ana del Carmen Rojas", "CL"),
        ("Jonas Berg", "SE"),
        ("Kofi Mensah", "GH"),
        ("Somsak Chaiyo", None),
    ]
    assert {p.name: p.title for p in record.people[4:]} == {
        "Ito Kenta": "Tourism Ambassador in Nagoya",
        "Amir Hamzah": "Deputy Minister of Trade",
    }
    assert "Socialist Republic" not in [
        p.name
        for p in extractor.extract(
            "Hanoi (VNA) - The MoU between MOST of Socialist Republic of Vietnam and Laos was "
            "signed on May 14."
        ).people
    ]


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        (
            "Hue on May 3 handed over 200 million kip to flood victims in Sekong, where floods "
            "destroyed crops and livestock.",
            ["disaster_management", "humanitarian_aid"],
        ),
        ("The two sides on May 3 signed an MoU on jobs in the manufacturing sector.", []),
        ("Interns on May 3 paid only fees for visas and medical examinations.", []),
        (
            "The gift of rice seeds on May 3 deepens ties between the two Parties, the armed "
            "forces and the peoples.",
            ["agriculture_fisheries"],
        ),
        ("Officials on May 3 discussed the humanitarian treatment of detained fishermen.", []),
        (
            "Officials met on May 3 on border demarcation and marker planting.",
            ["security_policing"],
        ),
        ("The PM on May 3 offered condolences over the lives lost in the typhoon.", []),
        (
            "The two ministries on May 3 agreed to co-finance research projects.",
            ["science_technology"],
        ),
        (
            "The envoy on May 3 said mutual visits by senior officials helped, and hoped to open "
            "direct flights and boost people exchanges.",
            ["people_to_people", "transport_infrastructure"],
        ),
        ("The plant, with a total investment of 20 billion VND, opened on May 3.", []),
        ("The visit on May 3 ended a hiatus caused by the COVID-19 pandemic.", []),
    ],
)
def test_areas_of_damage_costs_stock_phrases_and_passing_words(
    extractor: Extractor, sentence: str, areas: list[str]
) -> None:
    record = extractor.extract("Hanoi (VNA) - " + sentence, reference_date="2024-05-20")
    assert sorted(a.value for a in record.areas) == areas


def test_signings_told_with_other_verbs_bodies_named_after_and_topics_between(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam and Peru on April 10 extended a memorandum of understanding on "
        "seasonal workers. Vietnam and Chile on May 2 signed an MoU on interns. The MoU was "
        "inked by representatives of the Vietnamese Ministry of Home Affairs and the Chilean "
        "Labour Agency. On May 3, the Hue Tourism Agency and the Association of Vietnamese "
        "Enterprises in Osaka signed an agreement on boosting tour activities between Hue and "
        "the Kansai region. Officials said the signing of the agreement marks the start of a "
        "tourism cooperation programme. Kien Giang and Kampot on May 4 signed documents to "
        "twin their border villages.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.parties, a.date) for a in record.agreements] == [
        ("memorandum_of_understanding", ("Vietnam", "Peru"), "2024-04-10"),
        (
            "memorandum_of_understanding",
            ("Ministry of Home Affairs", "Labour Agency"),
            "2024-05-02",
        ),
        (
            "agreement",
            ("Hue Tourism Agency", "Association of Vietnamese Enterprises"),
            "2024-05-03",
        ),
        ("other", ("Kien Giang", "Kampot"), "2024-05-04"),
    ]


def test_meetings_agreed_ahead_aid_given_as_money_or_due_to_arrive_and_a_remark_at_a_reception(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two sides reached an agreement to organise a meeting in Hue in mid "
        "July. In 2021, Quang Nam gave 2 billion VND to Sekong province. The relief goods are "
        "scheduled to arrive at Da Nang airport on May 23. Chairman of the Hue People's Committee "
        "Le Van Tam said on May 14 that the city values its ties with Lao localities. He made the "
        "remark while hosting a reception for Vice Governor of Sekong province Bounmy Keo.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2024-07", "planned"),
        ("aid", "2021", "happened"),
        ("aid", "2024-05-23", "planned"),
        ("meeting", "2024-05-14", "happened"),
    ]


def test_bodies_after_a_second_office_international_charities_and_treaties_named_for_the_un(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Vietnamese side was led by Le Van Tam, Deputy Foreign Minister and "
        "Chairman of the National Border Committee, at talks on May 3. Shiga Governor Mori Ken "
        "and Chairman of the Shiga Prefectural Assembly Ito Jun also attended. Donors such as "
        "Save the Children and the Laos-Vietnam Cooperation Sub-committee acted in line with the "
        "UN Convention on the Law of the Sea.",
        reference_date="2024-05-20",
    )
    assert sorted(o.name for o in record.organizations) == [
        "Laos-Vietnam Cooperation Sub-committee",
        "National Border Committee",
        "Save the Children",
        "Shiga Prefectural Assembly",
    ]
    assert record.people[0].title == "Deputy Foreign Minister"


def test_a_body_named_again_by_its_country_and_kind_is_a_party(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Officials of Tra Vinh worked with Japan's Nagoya University on May 14. "
        "At the event, the Tra Vinh College and the Japanese university signed an MoU.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [("Tra Vinh College", "Nagoya University")]


def test_a_field_after_an_office_then_a_japanese_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Hoshi University's Director for Overseas Students Kimura Aoi said on "
        "May 14 that the school would waive fees. Tran Van Tam is a member of President Le "
        "Van Hai's entourage.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title, p.affiliation) for p in record.people] == [
        ("Kimura Aoi", "Director for Overseas Students", "Hoshi University"),
        ("Le Van Hai", "President", None),
    ]


def test_slashed_capitals_inside_a_name_and_a_command_translated_two_ways(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - US officials visited the Joint POW/MIA Accounting Command Office on May "
        "14. The 905 Company under Military Region 9 handed over rice to Laos on May 15. The Lao "
        "governor thanked Military Zone 9 for its help.",
        reference_date="2024-05-20",
    )
    orgs = {o.name: o.aliases for o in record.organizations}
    assert "Joint POW/MIA Accounting Command Office" in orgs
    assert orgs["Military Region 9"] == ("Military Zone 9",)


def test_a_team_coming_home_dates_no_aid(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The 60-member rescue team of the Vietnam People's Army safely arrived in "
        "Hanoi from Nepal on May 13, completing its mission. The rescue team left for Nepal on "
        "May 2.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("aid", "2024-05-02")]


def test_instruments_told_first_second_last_and_signers_on_behalf_of_governments(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - On May 9, Vietnam Electricity and Lao firms co-signed memorandums of "
        "understanding. The first memorandum of understanding on power purchase was signed "
        "between EVN and the Lao Power Company. The last one is a cooperation agreement on "
        "grid links between EVN and Sekong Group. On behalf of the Governments of Vietnam and "
        "Germany, Director General Tran Van Tam and Anna Weber signed a loan agreement on May "
        "10.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.parties) for a in record.agreements] == [
        ("memorandum_of_understanding", ("EVN", "Lao Power Company")),
        ("agreement", ("EVN", "Sekong Group")),
        ("agreement", ("Vietnam", "Germany")),
    ]


def test_a_caption_of_leaders_signing_shows_the_signing(extractor: Extractor) -> None:
    record = extractor.extract(
        "Border guards of two countries hold talks\nPANO - The Border Guard and Laos' Immigration "
        "Department held talks in Kon Tum on July 11.\nLeaders of the two sides signing the "
        "agreement for collaboration. (Photo: PANO)\n",
        reference_date="2017-07-12",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("agreement", "2017-07-11")
    ]


def test_exchanged_and_handed_over_instruments_listed_without_a_count(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two leaders witnessed the handover of documents following their "
        "talks in Seoul on May 15. The signed documents include an MoU on science between the "
        "Vietnamese Ministry of Science and Technology and the RoK Ministry of Science and ICT; "
        "an MoU on forestry between the Vietnamese Ministry of Agriculture and the RoK Forest "
        "Service; and another on solar energy between the Vietnamese Ministry of Industry and "
        "Trade and the RoK Ministry of Energy. The two sides agreed to promote the signing of a "
        "tax agreement.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.parties, a.date) for a in record.agreements] == [
        (
            "memorandum_of_understanding",
            ("Ministry of Science and Technology", "Ministry of Science and ICT"),
            "2024-05-15",
        ),
        (
            "memorandum_of_understanding",
            ("Ministry of Agriculture", "RoK Forest Service"),
            "2024-05-15",
        ),
        (
            "memorandum_of_understanding",
            ("Ministry of Industry and Trade", "Ministry of Energy"),
            "2024-05-15",
        ),
    ]


def test_an_instrument_told_in_a_summary_and_again_with_its_signers_is_one(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Ministers sign defence pact\nThe two ministers signed a memorandum of understanding on "
        "defence cooperation.\nOttawa (VNA) - Vietnamese Defence Minister Le Van Tam and his "
        "Canadian counterpart John Smith on May 6 signed a memorandum of understanding (MoU) on "
        "defence cooperation between the Vietnamese Ministry of National Defence and the "
        "Canadian Department of National Defence. Earlier, they exchanged an MoU on trade "
        "between the two governments.",
        reference_date="2024-05-20",
    )
    assert [(a.parties, a.date) for a in record.agreements] == [
        (("Ministry of National Defence", "Department of National Defence"), "2024-05-06"),
        (("Vietnam", "Canada"), "2024-05-06"),
    ]


def test_signings_dated_by_talks_told_around_them_and_sides_named_in_an_instruments_name(
    extractor: Extractor,
) -> None:
    def agreements(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2024-05-20")
        return [(a.instrument.value, a.parties, a.date) for a in record.agreements]

    assert agreements(
        "Vietnam and Peru have signed a joint statement on a strategic partnership. The upgrade "
        "was reached during the talks between Prime Minister Le Van Tam and his Peruvian "
        "counterpart Luis Ortiz in Lima on May 15."
    ) == [("joint_statement", ("Vietnam", "Peru"), "2024-05-15")]
    assert agreements(
        "Prime Minister Le Van Tam and Chilean President Mario Soto held talks in Santiago on "
        "Thursday. The two leaders also witnessed the signing of an agreement on mining."
    ) == [("agreement", ("Vietnam", "Chile"), "2024-05-16")]
    assert agreements(
        "The EU – Vietnam Customs Agreement was signed on May 18. Based on their memorandum of "
        "understanding on fisheries signed in 2019, the two sides will share data."
    ) == [("agreement", ("EU", "Vietnam"), "2024-05-18")]


def test_a_name_before_a_possessive_state_visit_and_a_counterpart_from_a_country(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Danish Prime Minister Lars Holm's State visit on May 15 is a milestone. "
        "President Le Van Tam and his counterpart from the Republic of Korea (RoK) Kim Jae Won "
        "held talks on May 16.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.country) for p in record.people] == [
        ("Lars Holm", "DK"),
        ("Le Van Tam", "VN"),
        ("Kim Jae Won", "KR"),
    ]


def test_same_named_commissions_a_portfolio_before_its_country_and_an_office_between_commas(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vice Secretary of the Central Military Commission and Defence Minister of "
        "Vietnam Gen. Tran Van Son had talks with Vice Chairman of China's Central Military "
        "Commission Liu Wei on May 9. Minister of Internal Affairs of Belarus Pavel Orlov and "
        "Wang Li, a State Councillor, also attended. Ships from Naval Region 4 of Vietnam "
        "docked at their home port on May 10.",
        reference_date="2024-05-20",
    )
    assert sorted((o.name, o.country) for o in record.organizations) == [
        ("Central Military Commission", "CN"),
        ("Central Military Commission", "VN"),
        ("Naval Region 4", "VN"),
    ]
    assert {p.name: p.country for p in record.people} == {
        "Tran Van Son": "VN",
        "Liu Wei": "CN",
        "Pavel Orlov": "BY",
        "Wang Li": None,
    }
    assert "transport_infrastructure" not in [a.value for a in record.areas]


def test_talks_after_which_a_statement_was_signed_and_remarks_to_the_media(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Prime Minister Le Van Tam and his Danish counterpart Lars Holm on May 15 "
        "signed a joint statement on the establishment of the Vietnam-Denmark Green Strategic "
        "Partnership following their talks in Copenhagen. Talking to the media after the "
        "talks, they said they would boost trade.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-15")]
    assert "information_media" not in [a.value for a in record.areas]


def test_counterparts_from_a_province_are_the_other_side(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Ha Nam Police and their counterparts from Laos' Oudomxay province "
        "signed a memorandum of understanding on May 8.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [("Ha Nam Police", "Oudomxay")]
    assert sorted(record.countries) == ["LA", "VN"]


def test_a_signing_told_in_the_perfect_borrows_no_weekday(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two ministers held talks in Hanoi on Thursday. Under a 2020 plan, "
        "the two ministries have also signed a memorandum of understanding on data.",
        reference_date="2024-05-20",
    )
    assert [a.date for a in record.agreements] == [None]


def test_places_read_as_names_companies_of_a_country_and_signatories_were(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Secretary of the Party Committee of southern Long An province Le Van Tam "
        "held talks with Lao guests on May 12. In Ben Tre, Chairman of the Takeo provincial "
        "Council Sok Dara extended greetings on May 13. A memorandum on a Korea Desk was signed "
        "on May 14. Signatories were the Bac Ninh People's Committee and the Hanwa Group of the "
        "Republic of Korea. The province has signed multiple agreements with Lao localities. "
        "Officials discussed the local investment climate.",
        reference_date="2024-05-20",
    )
    assert [p.name for p in record.people] == ["Le Van Tam", "Sok Dara"]
    assert [(a.parties, a.date) for a in record.agreements] == [
        (("Bac Ninh People's Committee", "Hanwa Group"), "2024-05-14")
    ]
    assert "climate_environment" not in [a.value for a in record.areas]


def test_meeting_needs_pledges_announced_and_owners_after_an_acronym(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The fund will work with ministries to meet the needs of farmers today, "
        "its director said. Japan will provide 200 tonnes of rice to flood victims, the embassy "
        "announced on May 3. The Wind Energy Institute (WEI) under the Vietnamese Ministry of "
        "Industry and Trade and the University of Bergen signed an MoU on May 4. The WHO "
        "handed over masks on May 5 as part of its support to the Government for COVID-19 "
        "response.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("pledge", "2024-05-03", "happened"),
        ("aid", "2024-05-05", "happened"),
    ]
    assert [a.parties for a in record.agreements] == [
        ("Wind Energy Institute", "University of Bergen")
    ]
    assert "Government for COVID-19" not in [o.name for o in record.organizations]


@pytest.mark.parametrize(
    ("sentence", "areas"),
    [
        ("The FAO on May 3 discussed farming amid trade protectionism.", ["agriculture_fisheries"]),
        (
            "Australia on May 3 funded fridges to store and transport vaccine doses.",
            ["medical_supplies"],
        ),
        (
            "The project on May 3 began using information and communication technology.",
            ["science_technology"],
        ),
    ],
)
def test_areas_of_protectionism_cold_chains_and_ict(
    extractor: Extractor, sentence: str, areas: list[str]
) -> None:
    record = extractor.extract("Hanoi (VNA) - " + sentence, reference_date="2024-05-20")
    assert sorted(a.value for a in record.areas) == areas


def test_coalitions_leagues_directorates_of_an_international_body_and_a_place_told_again(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Coalition for Green Ports (CGP) and the Asian Relief League (ARL) "
        "met on May 2. Mark Dean, Director-General of the European Commission's Directorate "
        "General for Fisheries (DG FISH), attended. The Ministry of Tourism signed a "
        "memorandum of understanding with the ARL on May 3. The MoU was inked at talks between "
        "the two sides in Da Nang on May 3.",
        reference_date="2024-05-20",
    )
    orgs = {o.name: o.country for o in record.organizations}
    assert orgs["Coalition for Green Ports"] is None
    assert orgs["Asian Relief League"] is None
    assert orgs["Directorate General for Fisheries"] is None
    assert [(a.date, a.place) for a in record.agreements] == [("2024-05-03", "Da Nang")]


def test_a_counterpart_body_a_city_spelled_two_ways_and_periods_of_listed_instruments(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vietnam's Ministry of Health and its Chilean counterpart signed an "
        "agreement on May 2. Vice Chairman of Ha Noi People's Committee Tran Van Hai received "
        "guests on May 3; the Hanoi People Committee will help. On May 4, Lai Chau and Loiret "
        "signed a framework agreement on cooperation for 2024-2029 and an agreement on water "
        "supply. The Ministry of Energy and the EU signed a financing agreement on May 5. The "
        "programme will be implemented within three years (2025-2027).",
        reference_date="2024-05-20",
    )
    assert record.agreements[0].parties == ("Ministry of Health", "Chile")
    assert [o.name for o in record.organizations].count("Ha Noi People's Committee") == 1
    assert "Hanoi People Committee" not in [o.name for o in record.organizations]
    assert [
        (a.period.start, a.period.end) if a.period else None for a in record.agreements[1:]
    ] == [
        (2024, 2029),
        None,
        (2025, 2027),
    ]


def test_separate_meetings_with_several_hosts_are_one_each(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Deputy Prime Minister Le Van Tam on May 14 received Thai Ambassador "
        "Somchai Boon and Indian Ambassador Ravi Kumar in separate meetings.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-14")] * 2


def test_offices_once_held_signatures_put_to_instruments_and_tourist_counts(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Ninh Binh leaders hosted a reception for Park Jae Won, former Minister of "
        "Trade, on May 3. Vietnam and Peru inked two agreements on May 4. Signatures were put "
        "to a rice cooperation programme and an energy cooperation agreement. In 2023, 500,000 "
        "Peruvian tourists visited Vietnam. During its stay in Peru from May 18-25, the "
        "delegation will hold talks with Peruvian ministries.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [("Park Jae Won", "Minister of Trade")]
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("cooperation_plan", "2024-05-04"),
        ("agreement", "2024-05-04"),
    ]
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2024-05-03", "happened"),
        ("meeting", "2024-05-18", "planned"),
    ]
    assert "agriculture_fisheries" in [a.value for a in record.areas]


def test_a_body_named_international_known_by_its_short_form(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Le Van Nam met a delegation of Korea Radio International (KRI) on May 14.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.acronym) for o in record.organizations] == [
        ("Korea Radio International", "KRI")
    ]


def test_a_weekdays_occasion_dates_it(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - At Tuesday's meeting in Hanoi, the two sides agreed to boost trade.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-14")]


def test_a_mission_named_with_its_seat_in_an_office_and_a_weekdays_working_session(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Counsellor at the Vietnamese Embassy in Peru Le Thi Mai attended the "
        "event. Ambassador Tran Van Son announced the assistance at Monday's working session "
        "on food security.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [("Embassy in Peru", "VN")]
    assert record.people[0].affiliation == "Embassy in Peru"
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-20")]


def test_an_office_in_charge_of_a_remit_then_the_name(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Gabonese Deputy Foreign Minister in charge of Asia Paul Obame held talks "
        "with Vietnamese officials on March 3.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title, p.country) for p in record.people] == [
        ("Paul Obame", "Deputy Foreign Minister in charge of Asia", "GA")
    ]


def test_a_name_set_off_by_dashes_an_invitation_behind_a_visit_and_photo_positions(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Defence Minister Tran Van Son received Liu Hai – member of the Political "
        "Bureau – on May 10. General Le Van Tam paid a visit to Belarus at the invitation of "
        "Defence Minister Ivan Petrov from May 12 to 15. Head of the Commission for "
        "Information (L) and Kim Song (R) met on May 16.",
        reference_date="2024-05-20",
    )
    assert "Liu Hai" in [p.name for p in record.people]
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2024-05-10"),
        ("meeting", "2024-05-12"),
        ("meeting", "2024-05-16"),
    ]
    assert all(o.acronym != "L" for o in record.organizations)


def test_the_agreement_named_again_relief_landing_and_money_provided_in_aid(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Bac Giang People's Committee signed an MoU with Jeju province on May "
        "14. Chairman Le Van Nam said the signing of the agreement will benefit farmers. A "
        "plane carrying 20 tonnes of relief goods from Thailand landed at Noi Bai airport on "
        "May 12. Japan provided 1 million USD in aid to Vietnam on May 10.",
        reference_date="2024-05-20",
    )
    assert len(record.agreements) == 1
    assert sorted((e.kind.value, e.date) for e in record.events) == [
        ("aid", "2024-05-10"),
        ("aid", "2024-05-12"),
    ]


def test_the_owner_of_a_foreign_body_is_of_its_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Tin Htut, head of the Myanmar Relief Department under the Ministry of "
        "Social Welfare, received the aid on May 14.",
        reference_date="2024-05-20",
    )
    assert {o.name: o.country for o in record.organizations} == {
        "Relief Department": "MM",
        "Ministry of Social Welfare": "MM",
    }


def test_co_chairs_campuses_and_a_charity_named_by_its_founders_words(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Co-Chairwoman of the Japan-Vietnam Trade Committee Ito Yumi met guests on "
        "May 14. Kobe Digital Campus (KDC) and Samaritan's Purse attended.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [("Ito Yumi", "Co-Chairwoman")]
    assert sorted(o.name for o in record.organizations) == [
        "Japan-Vietnam Trade Committee",
        "Kobe Digital Campus",
        "Samaritan's Purse",
    ]


def test_royals_go_by_one_name_and_a_doctorate_ends_no_sentence(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Ambassador Le Minh presented his credentials to King Harald V on May 14, "
        "witnessed by Princess Astrid. The seminar was opened by VASS President Prof. PhD. "
        "Tran Van Duc on May 15.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Le Minh", "Ambassador"),
        ("Harald V", "King"),
        ("Astrid", "Princess"),
        ("Tran Van Duc", "President"),
    ]


def test_plural_bodies_name_one_of_each_country_or_none(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Ministries of National Defence of Vietnam, Cambodia and Laos signed a "
        "joint statement on May 14. The two countries' Defence Ministries will meet again.",
        reference_date="2024-05-20",
    )
    # the first names a ministry of each country (clarification 18); the second names none
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Ministry of National Defence", "VN"),
        ("Ministry of National Defence", "KH"),
        ("Ministry of National Defence", "LA"),
    ]
    assert sorted(record.countries) == ["KH", "LA", "VN"]
    assert len(record.agreements[0].parties) == 3


def test_a_mission_told_with_and_without_its_country_and_a_meeting_named_by_its_day(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Embassy of Vietnam in Laos held a ceremony on May 14. Counsellor at "
        "the Vietnamese Embassy in Laos Nguyen Van Tam spoke. A working group met online on "
        "May 18. Today's meeting was to prepare for the senior officials' meeting on May 19.",
        reference_date="2024-05-18",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Embassy of Vietnam in Laos", "VN")
    ]
    assert [(e.kind.value, e.date) for e in record.events].count(("meeting", "2024-05-18")) == 1


def test_two_bodies_each_with_its_own_head_and_complement(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Lao leader presented certificates of merit to the Office of Hue "
        "People's Committee and Department of External Affairs of Hue on May 10.",
        reference_date="2024-05-20",
    )
    assert sorted(o.name for o in record.organizations) == [
        "Department of External Affairs of Hue",
        "Office of Hue People's Committee",
    ]


def test_a_venues_country_and_an_envoys_postings_are_no_sides(extractor: Extractor) -> None:
    def countries(text: str) -> list[str]:
        record = extractor.extract("Hanoi (VNA) - " + text, reference_date="2024-05-20")
        return sorted(record.countries)

    assert countries(
        "Deputy Foreign Minister Le Hoai met the Brazilian foreign minister in Bonn, Germany, "
        "on May 10."
    ) == ["BR", "VN"]
    assert countries(
        "Vietnamese Ambassador to Germany and Austria Le Van Hoa presented his credentials to "
        "Austrian President Karl Weber on May 11."
    ) == ["AT", "VN"]


def test_welcomed_guests_pairs_of_border_places_and_establishing_ties(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Party official Nguyen Van Ha welcomed the Lao delegation on May 3. Trade "
        "via the Lao Cai-Hekou border gates rose as Chinese firms met on May 4. The two "
        "countries have cooperated since establishing diplomatic relations in 1998. The remains "
        "of Vietnamese voluntary soldiers were repatriated on May 5.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events][:2] == [
        ("meeting", "2024-05-03"),
        ("meeting", "2024-05-04"),
    ]
    assert "1998" not in [e.date for e in record.events]
    assert "youth_volunteering" not in [a.value for a in record.areas]


def test_an_agreement_reached_during_talks_dates_the_talks(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The agreement was reached on May 14 during the talks between the two "
        "ministers. Two-way trade reached 5 billion USD in 2023.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-14")]


def test_a_listed_instrument_between_two_pairs_is_two(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The documents signed on May 15 include cooperation agreements between "
        "the Ministry of Culture of Vietnam and the Lao Youth Union, and between Vietnam's Nghe "
        "An province and Laos' Bolikhamxay province.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [
        ("Ministry of Culture", "Lao Youth Union"),
        ("Nghe An", "Bolikhamxay"),
    ]


def test_bodies_named_for_friendship_with_others_and_their_heads(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Vice Chairwoman of the Andean People's Association for Friendship with "
        "Foreign Countries Wang Meiling met Vice Chairman of the Andean Council for the "
        "Promotion of International Trade Li Jianguo on May 3.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Wang Meiling", "Vice Chairwoman"),
        ("Li Jianguo", "Vice Chairman"),
    ]
    assert [o.name for o in record.organizations] == [
        "Andean People's Association for Friendship with Foreign Countries",
        "Andean Council for the Promotion of International Trade",
    ]


def test_a_province_named_after_a_country_or_a_countrys_province(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Secretary of the Party Committee of the northern province of Lao Cai "
        "Dang Van Phuc met Governor of the Lao southern province of Champasak Sengphet "
        "Vongsa on May 3.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.country) for p in record.people] == [
        ("Dang Van Phuc", "VN"),
        ("Sengphet Vongsa", "LA"),
    ]


def test_a_reception_dated_between_its_verb_and_its_guests(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Deputy Minister Hoang Van Son received in Hanoi on May 14 a delegation "
        "from the Chilean Army.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-14")]


def test_a_count_before_a_partial_list_gives_the_listed_ones(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Chile and Vietnam signed five agreements in Hanoi on May 3, including an "
        "extradition treaty, an MoU on fisheries and an agreement on visas.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.count) for a in record.agreements] == [
        ("treaty", None),
        ("memorandum_of_understanding", None),
        ("agreement", None),
    ]


def test_a_closing_report_of_an_announcement_is_no_pledge(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - A unit of 30 Vietnamese medics reached Bangui on May 14, the ministry "
        "announced on May 15. Chile will grant 1 million USD for schools, the embassy "
        "announced on May 16.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("pledge", "2024-05-16")]


def test_possessives_of_known_bodies_and_inked_participles(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The ministers backed ASEAN's central role and JICA's projects in "
        "sci-tech. Both sides will carry out the agreement inked by the two ministries. The "
        "premiers met the press on May 4.",
        reference_date="2024-05-20",
    )
    assert [o.name for o in record.organizations] == ["ASEAN", "JICA"]
    assert record.agreements == ()
    assert [a.value for a in record.areas] == ["science_technology"]


def test_a_topic_between_two_bodies_names_the_instruments_sides(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two sides also signed an MoU on the exchange of data on fraud "
        "between the State Bank of Vietnam (SBV) and the Central Bank of Chile (CBC) on May 3. "
        "To date, 12 agreements have been signed among universities of the two countries.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [
        ("State Bank of Vietnam", "Central Bank of Chile")
    ]


def test_courtesy_calls_on_an_office_are_meetings(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The delegation called on the Chilean Ambassador on May 3. The minister "
        "called on the Chilean leaders to back the project on May 4.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [
        ("meeting", "2024-05-03"),
        ("request", "2024-05-04"),
    ]


def test_known_bodies_by_acronym_and_confederations(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - VCCI and the Confederation of Andean Traders (CAT) met on May 3.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("VCCI", "VN"),
        ("Confederation of Andean Traders", None),
    ]


def test_names_after_a_dash_in_a_list_and_hyphenated_offices(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The delegation led by Vice Chairman of the Provincial People's Committee "
        "- Tran Quoc Hung visited Chile on May 3. It included Ngo Van An, Secretary of provincial "
        "Party Committee and Pham Van Binh, Vice-Chairman of provincial People's Committee.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Tran Quoc Hung", "Vice Chairman"),
        ("Ngo Van An", "Secretary"),
        ("Pham Van Binh", "Vice-Chairman"),
    ]


def test_hosts_sheikhs_emirs_and_names_after_honorifics(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Prime Minister Tran Van Binh and his Chilean host Ana Rojas held talks on "
        "May 3. He later met Bangladeshi Prime Minister Sheikh Amina and Emir of Qatar Tamim bin "
        "Khalid Al Sani. Prof. Dr. Somsak Ruangchai signed an MoU with the university. Luc "
        "Marchand from the French Ministry of Culture presented the plan.",
        reference_date="2024-05-20",
    )
    assert [(p.name, p.title) for p in record.people] == [
        ("Tran Van Binh", "Prime Minister"),
        ("Ana Rojas", None),
        ("Sheikh Amina", "Prime Minister"),
        ("Tamim bin Khalid Al Sani", "Emir"),
        ("Somsak Ruangchai", None),
        ("Luc Marchand", None),
    ]


def test_acronyms_before_their_long_forms_and_owners_inside_names(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - ABCO Director Le Van Hai met the People's Committee of Cambodia's Kampot "
        "province on May 3. The Andean Business Council (ABCO) was founded in 1990. The Indian "
        "Consulate General in Ho Chi Minh City and students of the New Colombo Plan attended.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.acronym, o.country) for o in record.organizations] == [
        ("Andean Business Council", "ABCO", None),
        ("People's Committee of Kampot province", None, "KH"),
        ("Consulate General in Ho Chi Minh City", None, "IN"),
    ]


def test_a_missions_seat_is_not_its_country(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Japanese Consulate General in Da Nang hosted the event on May 3. The "
        "Consulate General in Da Nang also sent gifts.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Consulate General in Da Nang", "JP")
    ]


def test_instruments_still_to_draft_ranks_before_names_and_second_signings(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Chilean Army College and the Vietnam Naval Academy signed a letter of "
        "intent on May 14 and tasked their staff to draft a memorandum of understanding. Chilean "
        "Defence Minister Army General Pedro Soto and his Vietnamese counterpart signed an "
        "agreement on May 15. The leaders witnessed the signing of an MoU between Hanoi "
        "University and the Lima Institute, and observed the signing of an agreement on trade "
        "on May 16.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("letter_of_intent", "2024-05-14"),
        ("agreement", "2024-05-15"),
        ("memorandum_of_understanding", "2024-05-16"),
        ("agreement", "2024-05-16"),
    ]
    assert record.agreements[1].parties == ("Chile", "Vietnam")
    assert [(p.name, p.rank) for p in record.people] == [("Pedro Soto", "Army General")]


def test_goals_briefings_and_a_visits_last_day_date_no_more_events(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two sides agreed to organise the next meeting of the trade "
        "sub-committee to reach the target of 1 billion USD in two-way trade in 2027. At a "
        "regular press conference on May 16, the spokeswoman said the visit will boost ties. "
        "Speaker Ana Rojas wrapped up her official visit to Vietnam on May 18. During the visit "
        "from May 14-18, she held talks with her counterpart on May 15.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.end_date) for e in record.events] == [
        ("meeting", "2024-05-14", "2024-05-18"),
        ("meeting", "2024-05-15", None),
    ]


def test_a_government_portal_lead_is_the_source(extractor: Extractor) -> None:
    record = extractor.extract(
        "VGP - Chile and Vietnam signed a letter of intent on trade on May 3.",
        reference_date="2024-05-20",
    )
    assert record.source == "VGP"
    assert [(a.parties, a.place) for a in record.agreements] == [(("Chile", "Vietnam"), None)]


def test_countries_named_as_the_two_sides_of_ties(extractor: Extractor) -> None:
    record = extractor.extract(
        "Consul General of Chile Ana Rojas met officials in Da Nang on March 3. Both hailed "
        "ties between Vietnam and Chile. Chile and Peru are close partners.",
        reference_date="2024-05-20",
    )
    assert sorted(record.countries) == ["CL", "VN"]


def test_renewals_workplans_semicolon_lists_and_photo_credited_captions(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Chile and Vietnam signed six documents on May 3. Among them, the two "
        "defence ministries renewed the Defence Cooperation Agreement, first inked in 2010. The "
        "Ministry of Health signed an MoU on nursing with the Chilean Ministry of Health; an MoU "
        "on drugs with the Chilean Pharmacy Authority on May 4. Both sides also signed a "
        "workplan on customs on May 5. The universities are set to deepen ties with the signing "
        "of a student exchange agreement.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("agreement", "2024-05-03"),
        ("memorandum_of_understanding", "2024-05-04"),
        ("memorandum_of_understanding", "2024-05-04"),
        ("cooperation_plan", "2024-05-05"),
    ]


def test_a_caption_closed_by_an_agency_photo_credit(extractor: Extractor) -> None:
    record = extractor.extract(
        "Chile, Vietnam boost defence ties\n\n"
        "The two officers sign a memorandum of understanding on military law. VNA/VNS Photo\n\n"
        "HCM CITY — The defence ministries of Vietnam and Chile held their first dialogue in "
        "HCM City on May 8.",
        reference_date="2024-05-20",
    )
    assert [a.instrument.value for a in record.agreements] == ["memorandum_of_understanding"]


def test_regions_dates_counted_from_and_bodies_on_two_regions(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The 175 Military Hospital and the 101 Military Hospital of the Lao "
        "People's Army signed a co-operation programme in Hanoi on May 12. The parties will "
        "develop ties in Southeast Asia and Latin America. It was the first visit at that level "
        "since the establishment of diplomatic relations in 1975. Tom Baker, Chairman of the "
        "Subcommittee on Africa and the Middle East, met Minister of Defence and Veterans Ana "
        "Costa. The presidents met with the press and witnessed the signing of the two "
        "countries' agreements on May 13. Both stressed implementing signed agreements.",
        reference_date="2024-05-20",
    )
    assert "US" not in record.countries
    assert [e.date for e in record.events] == []
    assert [(a.instrument.value, a.count, a.date) for a in record.agreements] == [
        ("cooperation_plan", None, "2024-05-12"),
        ("agreement", None, "2024-05-13"),
    ]
    assert "Subcommittee on Africa and the Middle East" in [o.name for o in record.organizations]
    assert [p.name for p in record.people] == ["Tom Baker", "Ana Costa"]
    assert "information_media" not in [a.value for a in record.areas]


def test_a_dated_cooperation_document_is_an_agreement(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Hoa Binh province and Chile's Maule region signed a cooperation document "
        "at their talks on June 3.",
        reference_date="2024-06-20",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [("other", "2024-06-03")]


def test_a_provinces_party_committee_and_a_countrys_region(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Secretary of the Party Committee of Hoa Binh province Dinh Van Loc met a "
        "delegation from the People's Government of China's Guangxi Zhuang Autonomous Region "
        "on May 10.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Party Committee of Hoa Binh province", "VN"),
        ("People's Government of Guangxi Zhuang Autonomous Region", "CN"),
    ]
    assert [(p.name, p.title) for p in record.people] == [("Dinh Van Loc", "Secretary")]


def test_both_signers_of_a_coordinated_subject_are_sides(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Colonel Hoang Minh Duc, head of the Vietnamese team, and Brigadier "
        "General Pablo Soto, head of the Chilean team, signed the minutes of the meeting in Da "
        "Nang on May 14. On May 15, Minister of Health Le Van Tam and Chilean Ambassador Rosa "
        "Diaz signed an agreement on nursing.",
        reference_date="2024-05-20",
    )
    assert [a.parties for a in record.agreements] == [
        ("Vietnam", "Chile"),
        ("Vietnam", "Chile"),
    ]


def test_meetings_on_a_joint_activity_and_commented_signings(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The 12th conference on joint search activities between the two border "
        "guard commands convened in Kampot on May 2. The signing of a legal aid agreement is a "
        "milestone, the minister said on May 3. USAID/Vietnam Mission Director Laura Hale spoke.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("meeting", "2024-05-02")]
    assert record.agreements == ()
    assert [o.name for o in record.organizations] == ["USAID"]


def test_one_body_or_person_spelt_two_ways(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Vietnam Union of Friendship Organisations hosted Chilean envoy Mr. "
        "Pablo Morales on May 3. The VUFO will work with Mr. Pablo Moralez on culture. "
        "Representatives of Vietnam's Hospital 175 and Lao Hospital 105 attended.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.acronym, o.country) for o in record.organizations][:1] == [
        ("Vietnam Union of Friendship Organisations", "VUFO", "VN")
    ]
    assert ("Lao Hospital 105", "LA") in [(o.name, o.country) for o in record.organizations]
    assert [(p.name, p.aliases) for p in record.people] == [("Pablo Morales", ("Pablo Moralez",))]


def test_a_defence_ministry_and_a_body_named_by_acronym_after_a_person(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Rector Tran Duc Minh of VMU signed an MoU with Busan Ocean College on "
        "May 3. Officials of the Defence Ministry's Foreign Relations Department attended. The "
        "Chairman's Statement of AMMD8 was adopted.",
        reference_date="2024-05-20",
    )
    assert [o.name for o in record.organizations] == [
        "VMU",
        "Busan Ocean College",
        "Defence Ministry",
        "Foreign Relations Department",
    ]
    assert record.agreements[0].parties == ("VMU", "Busan Ocean College")


def test_un_bodies_written_with_the_uns_acronym_and_lists_of_offices(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Government will donate 200,000 USD through the United Nations (UN) "
        "Relief and Works Agency for Palestine Refugees in the Near East (UNRWA), the "
        "ambassador said on May 14. The ceremony was attended by Thich Minh Tam, member of the "
        "Executive Council of the VBS, and Vietnamese Ambassador to Peru Tran Van Binh.",
        reference_date="2024-05-20",
    )
    assert (
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        "UNRWA",
    ) in [(o.name, o.acronym) for o in record.organizations]
    assert ("Tran Van Binh", "Ambassador to Peru") in [(p.name, p.title) for p in record.people]


def test_what_will_be_done_reported_from_a_dated_meeting(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The two sides will step up trade ties, the ministers agreed at their "
        "talks on May 10. The 9th session of the Chile-Vietnam committee was held in Lima on "
        "May 12.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.status.value) for e in record.events] == [
        ("meeting", "2024-05-10", "happened"),
        ("meeting", "2024-05-12", "happened"),
    ]


def test_the_national_assembly_by_its_acronym(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - NA Chairwoman Hoang Thi Lan held talks with the visiting President of "
        "the Lao NA on May 14. The NA Office will host the seminar.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.acronym, o.country) for o in record.organizations] == [
        ("National Assembly", "NA", "VN"),
        ("National Assembly", "NA", "LA"),
        ("NA Office", None, None),
    ]


def test_clocks_initials_administrators_and_field_words_that_name_no_field(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Prime Minister Tran Van Khoa met his Cambodian counterpart Sok Vannak "
        "in Washington on May 14 afternoon (US time). Administrator of the Andean Aid Agency "
        "Laura Stone and Senate Speaker Natalya Kochanova attended; N. Kochanova praised the "
        "ties. The sides will research the possibility of direct flights and discussed "
        "education infrastructure. Vietnam donated 500 respirators to Cambodia on May 15.",
        reference_date="2024-05-20",
    )
    assert "US" not in record.countries
    assert [p.name for p in record.people] == [
        "Tran Van Khoa",
        "Sok Vannak",
        "Laura Stone",
        "Natalya Kochanova",
    ]
    areas = [a.value for a in record.areas]
    assert "science_technology" not in areas and "medical_supplies" in areas


def test_an_old_closing_credit_after_the_last_sentence(extractor: Extractor) -> None:
    record = extractor.extract(
        "Chile, Vietnam hold dialogue\n\nThe third dialogue took place in Hanoi on May 10.\n\n"
        "The two sides agreed to boost trade./.VNA\n",
        reference_date="2024-05-20",
    )
    assert record.source == "VNA"


def test_the_two_ministries_a_talks_city_and_a_company_named_of_its_country(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - The Ministry of Public Security of Vietnam and the Ministry of Interior "
        "of Chile will boost ties. Minister Le Van Tien held talks with Chilean Minister Pablo "
        "Soto in Santiago on May 10. The two sides will step up joint work. Following the "
        "talks, the two ministries signed a cooperation plan. The Electricity of Vietnam Group "
        "also signed a contract with a Chilean firm on May 11.",
        reference_date="2024-05-20",
    )
    plan = record.agreements[0]
    assert (plan.parties, plan.place) == (
        ("Ministry of Public Security", "Ministry of Interior"),
        "Santiago",
    )
    assert "Electricity of Vietnam Group" in [o.name for o in record.organizations]


def test_rescue_teams_forums_in_general_and_chairmanships(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - A search-and-rescue team of the army worked in Chile from May 5 to 14 "
        "to search for earthquake victims. The team returned to Ha Noi on May 15. The sides "
        "will support each other at multilateral forums, especially in 2025 when Chile holds "
        "the chair of the Pacific Forum.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date, e.end_date) for e in record.events] == [
        ("aid", "2024-05-05", "2024-05-14")
    ]


def test_acting_offices_for_a_body_and_a_locality_named_before_the_other_body(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Mirela Novak, Acting Country Director for the Danube Development Bank, "
        "spoke in Hanoi on May 14. Governor of Chile's Maule region Pablo Soto and Chairman of "
        "Quang Ninh provincial People's Committee Cao Van Huy signed an agreement on May 15.",
        reference_date="2024-05-20",
    )
    assert "Danube Development Bank" in [o.name for o in record.organizations]
    assert record.agreements[0].parties == ("Maule", "Quang Ninh provincial People's Committee")


def test_a_plural_ministry_of_several_countries_is_one_of_each(extractor: Extractor) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Defence Ministries of Vietnam and Chile signed a cooperation plan for "
        "2025 in Hanoi on May 10.",
        reference_date="2024-05-20",
    )
    assert [(o.name, o.country) for o in record.organizations] == [
        ("Defence Ministry", "VN"),
        ("Defence Ministry", "CL"),
    ]
    assert record.agreements[0].parties == ("Defence Ministry", "Defence Ministry")


def test_handing_back_nationals_money_in_us_dollars_and_patrol_records(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - On May 12, Chilean police handed over 45 Vietnamese nationals who had "
        "crossed the border illegally. On May 13, the Border Guard Command of Dak Lak presented "
        "US$30,000 to the Chilean forces. The commanders signed a bilateral patrol record on "
        "May 14 to fight smuggling and trade fraud.",
        reference_date="2024-05-20",
    )
    assert [(e.kind.value, e.date) for e in record.events] == [("aid", "2024-05-13")]
    assert [(a.instrument.value, a.date) for a in record.agreements] == [("other", "2024-05-14")]
    assert "trade" not in [a.value for a in record.areas]


def test_plans_to_implement_sports_awards_horizons_and_spellings_of_who(
    extractor: Extractor,
) -> None:
    record = extractor.extract(
        "Hanoi (VNA) - Previously, on May 12, the two ministers signed a Plan to implement the "
        "MoU on health cooperation. The football federations will hold friendly matches. The "
        "court received the first-class Labour Order. Joint research will serve the plan to "
        "2030 with a vision to 2050. Delegates from the World Health Organisation attended; "
        "WHO representative Maria Lopez spoke.",
        reference_date="2024-05-20",
    )
    assert [(a.instrument.value, a.date) for a in record.agreements] == [
        ("cooperation_plan", "2024-05-12")
    ]
    assert record.events == ()
    areas = [a.value for a in record.areas]
    assert "culture_tourism" in areas and "labour" not in areas
    assert [(o.name, o.acronym) for o in record.organizations] == [
        ("World Health Organisation", "WHO")
    ]
