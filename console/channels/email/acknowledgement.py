"""The words of the automatic acknowledgement a customer receives when their email
opens a case, in their language (English, German, French or Spanish; anything
else gets English): the case number, the subject, the plan, the severity and the
first-response due time in the customer's own time zone, or, for a paid add-on,
that the plan does not cover it. Plain text; weekday and month names come from
the tables below, never from the process's locale, so the result does not depend
on the machine that sends it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.domain.plans import Plan, Severity

ACKNOWLEDGEMENT_LANGUAGES = ("en", "de", "fr", "es")
"""The languages the acknowledgement is written in; others fall back to English."""


@dataclass(frozen=True, slots=True)
class _Texts:
    """One language's wording. Templates use ``str.format`` fields."""

    weekdays: tuple[str, str, str, str, str, str, str]  # Monday first
    months: tuple[str, ...]  # January first
    severities: dict[Severity, str]
    greeting: str  # {name}
    greeting_anonymous: str
    thanks: str  # {number}
    subject_label: str
    plan_label: str
    severity_label: str
    no_subject: str
    due: str  # {due}
    paid_add_on: str
    on_call: str
    keep_tag: str  # {tag}
    sign_off: str
    colon: str = ": "  # French typography puts a space before the colon


_EN = _Texts(
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    severities={
        Severity.URGENT: "Urgent",
        Severity.HIGH: "High",
        Severity.MEDIUM: "Medium",
        Severity.LOW: "Low",
    },
    greeting="Dear {name},",
    greeting_anonymous="Hello,",
    thanks="Thank you for contacting us. We have received your request and opened case {number} for it:",
    subject_label="Subject",
    plan_label="Support plan",
    severity_label="Severity",
    no_subject="(no subject)",
    due="You will receive a first response by {due} at the latest.",
    paid_add_on=(
        "Your request concerns a service that your support plan does not cover (a paid add-on "
        "such as customisation, training, consulting or implementation). Our team will be in "
        "touch with you about it."
    ),
    on_call=("Our 24x7 on-call Technical Account Manager has been paged and will contact you shortly."),
    keep_tag="Please keep {tag} in the subject when you write about this case.",
    sign_off="Kind regards,",
)

_DE = _Texts(
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    severities={
        Severity.URGENT: "Dringend",
        Severity.HIGH: "Hoch",
        Severity.MEDIUM: "Mittel",
        Severity.LOW: "Niedrig",
    },
    greeting="Guten Tag {name},",
    greeting_anonymous="Guten Tag,",
    thanks=(
        "vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und unter der "
        "Vorgangsnummer {number} erfasst:"
    ),
    subject_label="Betreff",
    plan_label="Support-Plan",
    severity_label="Schweregrad",
    no_subject="(kein Betreff)",
    due="Sie erhalten spätestens am {due} eine erste Antwort von uns.",
    paid_add_on=(
        "Ihre Anfrage betrifft eine Leistung, die Ihr Support-Plan nicht abdeckt (eine "
        "kostenpflichtige Zusatzleistung wie Anpassungen, Schulungen, Beratung oder "
        "Implementierung). Unser Team wird sich dazu mit Ihnen in Verbindung setzen."
    ),
    on_call=(
        "Ihr Technical Account Manager in 24x7-Rufbereitschaft wurde bereits alarmiert und "
        "meldet sich in Kürze bei Ihnen."
    ),
    keep_tag="Bitte lassen Sie {tag} im Betreff stehen, wenn Sie uns zu diesem Vorgang schreiben.",
    sign_off="Mit freundlichen Grüßen",
)

_FR = _Texts(
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    severities={
        Severity.URGENT: "Urgente",
        Severity.HIGH: "Élevée",
        Severity.MEDIUM: "Moyenne",
        Severity.LOW: "Faible",
    },
    greeting="Bonjour {name},",
    greeting_anonymous="Bonjour,",
    thanks=(
        "Nous vous remercions de nous avoir contactés. Nous avons bien reçu votre demande et "
        "l'avons enregistrée sous le numéro de dossier {number} :"
    ),
    subject_label="Objet",
    plan_label="Contrat de support",
    severity_label="Gravité",
    no_subject="(sans objet)",
    due="Vous recevrez une première réponse au plus tard le {due}.",
    paid_add_on=(
        "Votre demande porte sur une prestation que votre contrat de support ne couvre pas "
        "(une prestation complémentaire payante, comme la personnalisation, la formation, le "
        "conseil ou la mise en œuvre). Notre équipe reviendra vers vous à ce sujet."
    ),
    on_call=(
        "Votre Technical Account Manager d'astreinte 24x7 a été alerté et vous contactera très rapidement."
    ),
    keep_tag=(
        "Merci de conserver {tag} dans l'objet de vos messages lorsque vous nous écrivez au "
        "sujet de ce dossier."
    ),
    sign_off="Cordialement,",
    colon=" : ",
)

_ES = _Texts(
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    severities={
        Severity.URGENT: "Urgente",
        Severity.HIGH: "Alta",
        Severity.MEDIUM: "Media",
        Severity.LOW: "Baja",
    },
    greeting="Hola, {name}:",
    greeting_anonymous="Hola:",
    thanks=(
        "Gracias por ponerse en contacto con nosotros. Hemos recibido su solicitud y la hemos "
        "registrado con el número de caso {number}:"
    ),
    subject_label="Asunto",
    plan_label="Plan de soporte",
    severity_label="Severidad",
    no_subject="(sin asunto)",
    due="Recibirá una primera respuesta a más tardar el {due}.",
    paid_add_on=(
        "Su solicitud se refiere a un servicio que su plan de soporte no cubre (un servicio "
        "adicional de pago, como personalización, formación, consultoría o implementación). "
        "Nuestro equipo se pondrá en contacto con usted al respecto."
    ),
    on_call=(
        "Ya hemos avisado a su Technical Account Manager de guardia 24x7, que se pondrá en "
        "contacto con usted en breve."
    ),
    keep_tag="Por favor, mantenga {tag} en el asunto cuando nos escriba sobre este caso.",
    sign_off="Atentamente,",
)

_TEXTS = {"en": _EN, "de": _DE, "fr": _FR, "es": _ES}


def acknowledgement_language(language: str) -> str:
    """The language the acknowledgement is written in for a customer who speaks
    ``language`` (a tag such as ``de``, ``de-CH`` or ``fr_BE``): its primary
    subtag when that is one of :data:`ACKNOWLEDGEMENT_LANGUAGES`, else ``en``."""
    primary = language.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in _TEXTS else "en"


def _zone_name(local: datetime) -> str:
    """The zone's abbreviation as zoneinfo gives it (``CET``, ``EDT``); zones
    without one give an offset (``+03``), shown as ``UTC+03``."""
    name = local.tzname() or ""
    if not name or name[0] in "+-":
        return f"UTC{name}" if name else "UTC"
    return name


def format_due(due_at: datetime, time_zone: str, language: str) -> str:
    """``due_at`` as a reader of ``language`` writes a date and time, in
    ``time_zone`` and with its abbreviation: ``Friday 27 November 2026, 14:30
    CET``, ``Freitag, 27. November 2026, 14:30 Uhr CET``, ``vendredi 27 novembre
    2026 à 14 h 30 CET``, ``viernes 27 de noviembre de 2026, a las 14:30 CET``."""
    if due_at.tzinfo is None or due_at.utcoffset() is None:
        raise ValueError("due_at must carry its time zone (an aware datetime)")
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {time_zone!r} (expected an IANA name such as Europe/Berlin)"
        ) from None
    local = due_at.astimezone(zone)
    lang = acknowledgement_language(language)
    texts = _TEXTS[lang]
    weekday = texts.weekdays[local.weekday()]
    month = texts.months[local.month - 1]
    abbreviation = _zone_name(local)
    clock = f"{local.hour:02d}:{local.minute:02d}"
    if lang == "de":
        return f"{weekday}, {local.day}. {month} {local.year}, {clock} Uhr {abbreviation}"
    if lang == "fr":
        day = "1er" if local.day == 1 else str(local.day)
        french_clock = f"{local.hour} h {local.minute:02d}" if local.minute else f"{local.hour} h"
        return f"{weekday} {day} {month} {local.year} à {french_clock} {abbreviation}"
    if lang == "es":
        article = "a la" if local.hour == 1 else "a las"
        spanish_clock = f"{local.hour}:{local.minute:02d}"
        return f"{weekday} {local.day} de {month} de {local.year}, {article} {spanish_clock} {abbreviation}"
    return f"{weekday} {local.day} {month} {local.year}, {clock} {abbreviation}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def acknowledgement_text(
    *,
    language: str,
    case_number: int,
    subject: str,
    plan: Plan,
    severity: Severity,
    due_at: datetime | None,
    time_zone: str,
    customer_name: str,
    on_call: bool,
    organisation: str,
) -> str:
    """The acknowledgement's body in the customer's ``language``.

    ``due_at`` is the first-response due time, shown in ``time_zone``; None means
    the case carries no SLA clock (a paid add-on), which the text then explains.
    ``on_call`` (Premier, Severity 1) adds that the on-call Technical Account
    Manager has been paged. Plan names are product names and stay as they are.
    """
    texts = _TEXTS[acknowledgement_language(language)]
    name = _one_line(customer_name)
    greeting = texts.greeting.format(name=name) if name else texts.greeting_anonymous
    tag = f"[#{case_number}]"
    colon = texts.colon
    details = "\n".join(
        (
            f"  {texts.subject_label}{colon}{_one_line(subject) or texts.no_subject}",
            f"  {texts.plan_label}{colon}{plan.label}",
            f"  {texts.severity_label}{colon}{int(severity)} ({texts.severities[severity]})",
        )
    )
    paragraphs = [greeting, texts.thanks.format(number=f"#{case_number}") + "\n\n" + details]
    if due_at is None:
        paragraphs.append(texts.paid_add_on)
    else:
        paragraphs.append(texts.due.format(due=format_due(due_at, time_zone, language)))
    if on_call:
        paragraphs.append(texts.on_call)
    paragraphs.append(texts.keep_tag.format(tag=tag))
    sign_off = texts.sign_off
    org = _one_line(organisation)
    paragraphs.append(f"{sign_off}\n{org}" if org else sign_off)
    return "\n\n".join(paragraphs) + "\n"
