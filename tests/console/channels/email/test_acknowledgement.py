"""The acknowledgement's words in each language, with due times in the customer's
time zone in winter and in summer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from console.channels.email.acknowledgement import (
    ACKNOWLEDGEMENT_LANGUAGES,
    acknowledgement_language,
    acknowledgement_text,
    format_due,
)
from console.domain.plans import Plan, Severity

WINTER = datetime(2026, 11, 27, 13, 30, tzinfo=UTC)
SUMMER = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
NY_WINTER = datetime(2026, 1, 15, 18, 5, tzinfo=UTC)
NY_SUMMER_NIGHT = datetime(2026, 8, 3, 5, 30, tzinfo=UTC)


def text(**overrides: Any) -> str:
    arguments: dict[str, Any] = {
        "language": "en",
        "case_number": 11251,
        "subject": "Printer offline",
        "plan": Plan.STANDARD,
        "severity": Severity.HIGH,
        "due_at": WINTER,
        "time_zone": "Europe/Berlin",
        "customer_name": "Ana Lima",
        "on_call": False,
        "organisation": "Example Corp Support",
    }
    arguments.update(overrides)
    return acknowledgement_text(**arguments)


@pytest.mark.parametrize(
    ("language", "due_at", "time_zone", "expected"),
    [
        ("en", WINTER, "Europe/Berlin", "Friday 27 November 2026, 14:30 CET"),
        ("de", WINTER, "Europe/Berlin", "Freitag, 27. November 2026, 14:30 Uhr CET"),
        ("fr", WINTER, "Europe/Berlin", "vendredi 27 novembre 2026 à 14 h 30 CET"),
        ("es", WINTER, "Europe/Berlin", "viernes 27 de noviembre de 2026, a las 14:30 CET"),
        ("en", SUMMER, "Europe/Berlin", "Wednesday 1 July 2026, 08:00 CEST"),
        ("de", SUMMER, "Europe/Berlin", "Mittwoch, 1. Juli 2026, 08:00 Uhr CEST"),
        ("fr", SUMMER, "Europe/Berlin", "mercredi 1er juillet 2026 à 8 h CEST"),
        ("es", SUMMER, "Europe/Berlin", "miércoles 1 de julio de 2026, a las 8:00 CEST"),
        ("en", NY_WINTER, "America/New_York", "Thursday 15 January 2026, 13:05 EST"),
        ("de", NY_WINTER, "America/New_York", "Donnerstag, 15. Januar 2026, 13:05 Uhr EST"),
        ("fr", NY_WINTER, "America/New_York", "jeudi 15 janvier 2026 à 13 h 05 EST"),
        ("es", NY_WINTER, "America/New_York", "jueves 15 de enero de 2026, a las 13:05 EST"),
        ("en", NY_SUMMER_NIGHT, "America/New_York", "Monday 3 August 2026, 01:30 EDT"),
        ("de", NY_SUMMER_NIGHT, "America/New_York", "Montag, 3. August 2026, 01:30 Uhr EDT"),
        ("fr", NY_SUMMER_NIGHT, "America/New_York", "lundi 3 août 2026 à 1 h 30 EDT"),
        ("es", NY_SUMMER_NIGHT, "America/New_York", "lunes 3 de agosto de 2026, a la 1:30 EDT"),
        ("en", NY_SUMMER_NIGHT, "Asia/Dubai", "Monday 3 August 2026, 09:30 UTC+04"),
    ],
)
def test_format_due(language: str, due_at: datetime, time_zone: str, expected: str) -> None:
    assert format_due(due_at, time_zone, language) == expected


def test_format_due_refuses_naive_times_and_unknown_zones() -> None:
    with pytest.raises(ValueError, match="time zone"):
        format_due(datetime(2026, 11, 27, 14, 30), "Europe/Berlin", "en")
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        format_due(WINTER, "Mars/Olympus", "en")
    with pytest.raises(ValueError, match="unknown time zone"):
        format_due(WINTER, "../etc/passwd", "en")


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("en", "en"),
        ("de", "de"),
        ("de-CH", "de"),
        ("DE_at", "de"),
        ("fr-BE", "fr"),
        ("es-419", "es"),
        ("it", "en"),
        ("", "en"),
        ("english", "en"),
    ],
)
def test_acknowledgement_language(tag: str, language: str) -> None:
    assert acknowledgement_language(tag) == language


def test_english_text_in_full() -> None:
    assert text() == (
        "Dear Ana Lima,\n"
        "\n"
        "Thank you for contacting us. We have received your request and opened case #11251 for it:\n"
        "\n"
        "  Subject: Printer offline\n"
        "  Support plan: Standard\n"
        "  Severity: 2 (High)\n"
        "\n"
        "You will receive a first response by Friday 27 November 2026, 14:30 CET at the latest.\n"
        "\n"
        "Please keep [#11251] in the subject when you write about this case.\n"
        "\n"
        "Kind regards,\n"
        "Example Corp Support\n"
    )


EXPECTED = {
    "en": {
        "thanks": "Thank you for contacting us.",
        "greeting": "Dear Ana Lima,",
        "subject": "Subject: Printer offline",
        "plan": "Support plan: Premier",
        "severity": "Severity: 1 (Urgent)",
        "due": "by Wednesday 1 July 2026, 08:00 CEST at the latest.",
        "on_call": "24x7 on-call Technical Account Manager has been paged",
        "keep": "Please keep [#11251] in the subject when you write about this case.",
        "sign_off": "Kind regards,\nExample Corp Support\n",
    },
    "de": {
        "thanks": "vielen Dank für Ihre Nachricht.",
        "greeting": "Guten Tag Ana Lima,",
        "subject": "Betreff: Printer offline",
        "plan": "Support-Plan: Premier",
        "severity": "Schweregrad: 1 (Dringend)",
        "due": "spätestens am Mittwoch, 1. Juli 2026, 08:00 Uhr CEST eine erste Antwort",
        "on_call": "24x7-Rufbereitschaft wurde bereits alarmiert",
        "keep": "Bitte lassen Sie [#11251] im Betreff stehen",
        "sign_off": "Mit freundlichen Grüßen\nExample Corp Support\n",
    },
    "fr": {
        "thanks": "Nous vous remercions de nous avoir contactés.",
        "greeting": "Bonjour Ana Lima,",
        "subject": "Objet : Printer offline",
        "plan": "Contrat de support : Premier",
        "severity": "Gravité : 1 (Urgente)",
        "due": "au plus tard le mercredi 1er juillet 2026 à 8 h CEST.",
        "on_call": "Technical Account Manager d'astreinte 24x7 a été alerté",
        "keep": "Merci de conserver [#11251] dans l'objet",
        "sign_off": "Cordialement,\nExample Corp Support\n",
    },
    "es": {
        "thanks": "Gracias por ponerse en contacto con nosotros.",
        "greeting": "Hola, Ana Lima:",
        "subject": "Asunto: Printer offline",
        "plan": "Plan de soporte: Premier",
        "severity": "Severidad: 1 (Urgente)",
        "due": "a más tardar el miércoles 1 de julio de 2026, a las 8:00 CEST.",
        "on_call": "Technical Account Manager de guardia 24x7",
        "keep": "Por favor, mantenga [#11251] en el asunto",
        "sign_off": "Atentamente,\nExample Corp Support\n",
    },
}


@pytest.mark.parametrize("language", ACKNOWLEDGEMENT_LANGUAGES)
def test_each_language_says_everything(language: str) -> None:
    body = text(language=language, plan=Plan.PREMIER, severity=Severity.URGENT, due_at=SUMMER, on_call=True)
    for part in EXPECTED[language].values():
        assert part in body
    assert body.startswith(EXPECTED[language]["greeting"] + "\n\n")
    assert "#11251" in body
    assert body.endswith(EXPECTED[language]["sign_off"])
    assert "<" not in body and "*" not in body


@pytest.mark.parametrize("language", ACKNOWLEDGEMENT_LANGUAGES)
def test_without_on_call_there_is_no_paging_sentence(language: str) -> None:
    body = text(language=language, plan=Plan.PREMIER, severity=Severity.URGENT, due_at=SUMMER)
    assert EXPECTED[language]["on_call"] not in body


@pytest.mark.parametrize(
    ("language", "paid_add_on", "due_sentence"),
    [
        (
            "en",
            "a paid add-on such as customisation, training, consulting or implementation",
            "You will receive a first response",
        ),
        ("de", "kostenpflichtige Zusatzleistung", "eine erste Antwort"),
        ("fr", "prestation complémentaire payante", "Vous recevrez une première réponse"),
        ("es", "servicio adicional de pago", "Recibirá una primera respuesta"),
    ],
)
def test_paid_add_on_has_no_due_time(language: str, paid_add_on: str, due_sentence: str) -> None:
    body = text(language=language, due_at=None)
    assert paid_add_on in body
    assert due_sentence not in body
    assert due_sentence in text(language=language)
    assert "2026" not in body
    assert EXPECTED[language]["keep"] in body


@pytest.mark.parametrize(
    ("severity", "names"),
    [
        (Severity.URGENT, ("Urgent", "Dringend", "Urgente", "Urgente")),
        (Severity.HIGH, ("High", "Hoch", "Élevée", "Alta")),
        (Severity.MEDIUM, ("Medium", "Mittel", "Moyenne", "Media")),
        (Severity.LOW, ("Low", "Niedrig", "Faible", "Baja")),
    ],
)
def test_severities_are_translated(severity: Severity, names: tuple[str, ...]) -> None:
    for language, name in zip(ACKNOWLEDGEMENT_LANGUAGES, names, strict=True):
        assert f"{int(severity)} ({name})" in text(language=language, severity=severity)


def test_plan_names_are_the_products_names() -> None:
    assert "Support plan: Proctored exam 24x7" in text(plan=Plan.PROCTORED)
    assert "Support-Plan: Proctored exam 24x7" in text(language="de", plan=Plan.PROCTORED)


@pytest.mark.parametrize("language", ["it", "pt-BR", "", "xx"])
def test_unknown_languages_fall_back_to_english(language: str) -> None:
    assert text(language=language) == text(language="en")


def test_regional_variants_use_their_language() -> None:
    assert text(language="de-CH") == text(language="de")
    assert text(language="fr_CA") == text(language="fr")


@pytest.mark.parametrize(
    ("language", "greeting"), [("en", "Hello,"), ("de", "Guten Tag,"), ("fr", "Bonjour,"), ("es", "Hola:")]
)
def test_without_a_name_the_greeting_is_general(language: str, greeting: str) -> None:
    assert text(language=language, customer_name="  ").startswith(greeting + "\n\n")


@pytest.mark.parametrize(
    ("language", "placeholder"),
    [("en", "(no subject)"), ("de", "(kein Betreff)"), ("fr", "(sans objet)"), ("es", "(sin asunto)")],
)
def test_an_empty_subject_is_named(language: str, placeholder: str) -> None:
    assert placeholder in text(language=language, subject="")


def test_subject_and_name_stay_on_one_line() -> None:
    body = text(subject="Printer\r\n  offline", customer_name="Ana\nLima")
    assert "  Subject: Printer offline\n" in body
    assert body.startswith("Dear Ana Lima,\n")


def test_the_due_time_is_shown_in_the_customers_zone() -> None:
    assert "13:05 EST" in text(due_at=NY_WINTER, time_zone="America/New_York")
    assert "19:05 CET" in text(due_at=NY_WINTER, time_zone="Europe/Berlin")
