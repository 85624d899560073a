"""pii: people and places by lexicons and context rules (names.py), the default source of PERSON,
LOCATION and ORGANIZATION; spaCy stays behind the `ner` parameter."""

from __future__ import annotations

import pytest

from keel.guard.base import ScanContext, ScannerConfigError
from keel.guard.scanners.pii import PiiScanner

CTX = ScanContext("input")


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    s = PiiScanner(entities=["PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS", "PHONE_NUMBER"])
    s.warm()
    return s


def found(scanner: PiiScanner, text: str, entity: str | None = None) -> list[tuple[str, str]]:
    out = [(f.entity, text[f.start : f.end]) for f in scanner.scan(text, CTX).findings]
    return [x for x in out if entity is None or x[0] == entity]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Oluwaseun Adeyemi will lead the review.", "Oluwaseun Adeyemi"),
        ("The ticket was closed by Chukwuemeka Okonkwo yesterday.", "Chukwuemeka Okonkwo"),
        ("Please forward it to Nguyễn Thị Lan before Friday.", "Nguyễn Thị Lan"),
        ("Zhang Wei and the auditors met on Monday.", "Zhang Wei"),
        ("We hired Gurpreet Dhillon as a data engineer.", "Gurpreet Dhillon"),
        ("Her manager, Mehmet Yılmaz, approved the leave.", "Mehmet Yılmaz"),
        ("Abdulrahman Al-Rashid sent the signed copy.", "Abdulrahman Al-Rashid"),
        ("Contract for María José García Fernández attached.", "María José García Fernández"),
        ("Say hello to Kwabena Mensah for me.", "Kwabena Mensah"),
        ("Our Kyiv office is run by Oleksandr Shevchenko.", "Oleksandr Shevchenko"),
        ("Thandiwe Nkosi joined the call late.", "Thandiwe Nkosi"),
        ("The design is by Pieter van der Berg.", "Pieter van der Berg"),
        ("Min-jun Park approved the budget.", "Min-jun Park"),
    ],
)
def test_non_english_names_are_people(scanner: PiiScanner, text: str, person: str) -> None:
    assert ("PERSON", person) in found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kubernetes restarted the pod and Terraform drifted again.",
        "We moved the Config to Vault and the Salary sheet to Excel.",
        "Julia and Rust are faster than Python for this, Ruby is slower.",
        "Ask Alexa or Siri; Jenkins runs the build and Cassandra stores it.",
        "Please Review The Attached Roadmap And Confirm By Noon.",
        "Dear Hiring Committee, the Quarterly Review is attached.",
        "Monday: Standup. Tuesday: Retrospective.",
    ],
)
def test_software_products_and_capitalised_words_are_not_people(scanner: PiiScanner, text: str) -> None:
    assert found(scanner, text, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Will you review the patch?",
        "Mark the ticket as done.",
        "Grace periods apply to late payments.",
        "Salary reviews happen in March.",
        "Reading the logs took an hour.",
    ],
)
def test_a_sentence_initial_common_word_is_not_a_person(scanner: PiiScanner, text: str) -> None:
    assert found(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Dear Dr. Oyelaran, thank you for the referral.", "Oyelaran"),  # title + an unknown surname
        ("Herr Großkopf will call you back.", "Großkopf"),
        ("Please ask Sra. Etxeberria to sign.", "Etxeberria"),
        ("Meeting moved, Shri Venkataraghavan is travelling.", "Venkataraghavan"),
        ("Ibu Kusumawati approved the visa.", "Kusumawati"),
        ("Thanks Selorm, that fixed it!", "Selorm"),  # greeting
        ("Hi Amara,\nthe draft looks good.", "Amara"),
        ("Kind regards,\nTemiloluwa Bamgbose", "Temiloluwa Bamgbose"),  # sign-off
        ("Thanks,\nOghenekaro", "Oghenekaro"),
        ("Patient: Abebech Woldeyes\nDOB: 1990-02-01", "Abebech Woldeyes"),  # field label
        ("Attendees: Njambi Gathoni, Kiprotich Langat", "Kiprotich Langat"),
        ("[09:14] Ifeoluwa: is the deploy stuck?\n[09:15] Mikko: yes", "Ifeoluwa"),  # speaker
        ("My name is Harshavardhan and I need help.", "Harshavardhan"),  # introduction
        ("Takahashi-san will join remotely.", "Takahashi"),
    ],
)
def test_cues_make_a_name_of_an_unknown_word(scanner: PiiScanner, text: str, person: str) -> None:
    assert ("PERSON", person) in found(scanner, text)


def test_labels_and_signoffs_are_not_names(scanner: PiiScanner) -> None:
    text = "Subject: invoice\nReason: Overtime review\nBest regards,\nSupport Team"
    assert found(scanner, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She lives in Lagos now.", "Lagos"),
        ("The team in Kumasi ships on Fridays.", "Kumasi"),
        ("We are moving the warehouse to Bydgoszcz.", "Bydgoszcz"),
        ("Flights from Nairobi are delayed.", "Nairobi"),
        ("Vietnam and Indonesia are our biggest markets.", "Vietnam"),
        ("Prices differ in Bavaria and Catalonia.", "Catalonia"),
        ("He was born in Eldoret, Kenya.", "Eldoret"),
        ("Revenue in South Korea doubled.", "South Korea"),
        ("Our Addis Ababa office opened.", "Addis Ababa"),
    ],
)
def test_cities_countries_and_regions_are_places(scanner: PiiScanner, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(scanner, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Send it to 221B Baker Street, London NW1 6XE please.", "221B Baker Street, London NW1 6XE"),
        ("Rechnung an Lindenstraße 12, 04109 Leipzig.", "Lindenstraße 12, 04109 Leipzig"),
        ("Livraison: 14 rue des Carmes, 44000 Nantes", "14 rue des Carmes, 44000 Nantes"),
        ("Dirección: Calle de Alcalá 48, 28014 Madrid", "Calle de Alcalá 48, 28014 Madrid"),
        ("Ship to 4127 Maple Avenue, Tucson, AZ 85719 by Friday.", "4127 Maple Avenue, Tucson, AZ 85719"),
        ("Adres: ul. Długa 3/1, 31-001 Kraków", "ul. Długa 3/1, 31-001 Kraków"),
        ("Office: Oudegracht 158, 3511 AZ Utrecht", "Oudegracht 158, 3511 AZ Utrecht"),
        (
            "Deliver to 14 Adeola Odeku Street, Victoria Island, Lagos.",
            "14 Adeola Odeku Street, Victoria Island, Lagos",
        ),
    ],
)
def test_street_addresses_are_one_place(scanner: PiiScanner, text: str, address: str) -> None:
    assert ("LOCATION", address) in found(scanner, text)


def test_an_address_stops_before_a_phone_number(scanner: PiiScanner) -> None:
    text = "Lindenstraße 12, 04109 Leipzig, +49 151 2345 6789"
    out = found(scanner, text)
    assert ("PHONE_NUMBER", "+49 151 2345 6789") in out
    assert ("LOCATION", "Lindenstraße 12, 04109 Leipzig") in out


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Florence Nightingale trained nurses.", "PERSON", "Florence Nightingale"),
        ("We flew to Florence for the summit.", "LOCATION", "Florence"),
        ("Jordan Ellison met the board.", "PERSON", "Jordan Ellison"),
        ("Morgan Stanley and Goldman Sachs reported earnings.", "ORGANIZATION", "Morgan Stanley"),
        ("She works for Blue Harbor Logistics in Rotterdam.", "ORGANIZATION", "Blue Harbor Logistics"),
    ],
)
def test_names_of_places_and_firms_go_by_context(scanner: PiiScanner, text: str, entity: str, value: str) -> None:
    out = found(scanner, text)
    assert (entity, value) in out
    assert not any(e == "PERSON" and v in value for e, v in out if entity != "PERSON")


def test_allow_list_and_threshold_apply_to_names() -> None:
    text = "Oluwaseun Adeyemi lives in Lagos."
    allowed = PiiScanner(entities=["PERSON", "LOCATION"], allow_list=["Lagos"])
    assert found(allowed, text) == [("PERSON", "Oluwaseun Adeyemi")]
    sure = PiiScanner(entities=["PERSON"], threshold=0.9)
    assert found(sure, text) == []


def test_names_need_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """With ner="rules", people, places and firms never build the spaCy analyzer (its cost is
    measured in bench/guard_eval.py, not here)."""
    from keel.guard.scanners import pii

    asked: list[bool] = []
    real = pii.analyzer

    def recording(language: str = "en", ner: bool = True):
        asked.append(ner)
        return real(language, ner)

    monkeypatch.setattr(pii, "analyzer", recording)
    scanner = PiiScanner(entities=["PERSON", "LOCATION", "ORGANIZATION", "EMAIL_ADDRESS"])
    text = "Hi Amara, Priya Sharma from Lagos sent the Kubernetes config to priya@example.com."
    assert ("PERSON", "Priya Sharma") in found(scanner, text)
    assert asked and not any(asked)


def test_the_spacy_switch() -> None:
    with pytest.raises(ScannerConfigError, match="ner must be one of"):
        PiiScanner(entities=["PERSON"], ner="nope")
    assert PiiScanner(entities=["PERSON"], ner="spacy")._rules == []
    spacy = PiiScanner(entities=["PERSON", "LOCATION"], ner="spacy")
    assert ("PERSON", "Jane Doe") in found(spacy, "Contact Jane Doe in Berlin.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请把合同寄给上海的王伟先生，谢谢。", [("LOCATION", "上海"), ("PERSON", "王伟")]),
        ("尊敬的王伟先生：您的订单已从北京发出。", [("PERSON", "王伟"), ("LOCATION", "北京")]),
        ("联系人：欧阳娜娜，电话见附件", [("PERSON", "欧阳娜娜")]),
        ("陈志强老师和刘女士在深圳开会", [("PERSON", "陈志强"), ("PERSON", "刘"), ("LOCATION", "深圳")]),
        ("于是王先生来了", [("PERSON", "王")]),  # 于 is a family name too, 是 ends it
        ("田中さん、明日東京で会いましょう。", [("PERSON", "田中"), ("LOCATION", "東京")]),
        ("担当者：山田太郎", [("PERSON", "山田太郎")]),
        ("김민수 씨는 서울에 삽니다.", [("PERSON", "김민수"), ("LOCATION", "서울")]),
        ("제 이름은 박지성입니다.", [("PERSON", "박지성")]),
    ],
)
def test_chinese_japanese_and_korean_people_and_places(scanner: PiiScanner, text: str, expected) -> None:
    assert found(scanner, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公司的高级经理很忙",  # 高级 (senior) before 经理 (manager) is no family name
        "我是高中生，正在准备考试。",  # no cue, no name
        "お客様、皆さん、こんにちは",  # customer, everyone
        "고객님, 선생님께 연락하세요",  # customer, teacher
    ],
)
def test_cjk_words_before_titles_are_not_names(scanner: PiiScanner, text: str) -> None:
    assert found(scanner, text, "PERSON") == []
