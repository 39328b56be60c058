"""The demo's mailbox: a morning's mail taken in by the real ingest use case, so
that the console shows email cases (with their acknowledgements, an attachment
and an HTML-only message) and unknown senders waiting in triage. The messages
are built here with Python's own ``email`` package; their Message-IDs are fixed,
so the same seed and ``now`` give the same cases."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from console.demo.organisation import COMPANIES, Company
from console.demo.playback import Step, Story
from console.domain.cases import CaseSummary
from console.services.usecases.cases import CaseService
from console.services.usecases.mail_ingest import MailIngestService
from console.services.usecases.mail_settings import MailSettingsService

SUPPORT_ADDRESS = "support@support.example"
SUPPORT_NAME = "Support Team"


@dataclass(frozen=True, slots=True)
class DemoMail:
    minutes_ago: int
    subject: str
    body: str
    html: bool = False
    attachment: tuple[str, bytes] | None = None


_KNOWN: dict[str, tuple[DemoMail, ...]] = {
    "en": (
        DemoMail(
            95,
            "Nightly export stopped after the upgrade",
            "Hello,\n\nsince we upgraded to 7.4 last night the nightly export stops at 02:10 "
            "with 'lock timeout'. The log is attached.\n\nThanks,",
            attachment=(
                "export-2026-11.log",
                b"02:10:04 INFO export started\n02:10:09 ERROR lock timeout after 5000 ms\n",
            ),
        ),
        DemoMail(
            40,
            "Licence count looks wrong in the portal",
            "<p>Hi team,</p><p>the portal shows <b>25</b> seats but our contract says 40. "
            'See <a href="https://portal.example/licences">the licence page</a>.</p><p>Regards</p>',
            html=True,
        ),
    ),
    "de": (
        DemoMail(
            70,
            "Fehlermeldung beim Anmelden",
            "Guten Tag,\n\nseit heute früh erhalten mehrere Kolleginnen beim Anmelden die "
            "Meldung 'Sitzung abgelaufen'. Können Sie uns helfen?\n\nMit freundlichen Grüßen",
        ),
    ),
    "fr": (
        DemoMail(
            25,
            "Question sur la mise à jour 7.4",
            "Bonjour,\n\nfaut-il redémarrer le serveur après la mise à jour 7.4 ?\n\nCordialement,",
        ),
    ),
}

MAIL_CASES = sum(len(mails) for mails in _KNOWN.values())
"""The cases the demo's mail opens (the unknown senders' wait in triage)."""

_UNKNOWN = (
    (
        "Dana Whitfield <dana.whitfield@newprospect.example>",
        DemoMail(
            55,
            "Do you offer 24x7 support?",
            "Hello,\n\nwe are evaluating your product. Which plan includes round-the-clock "
            "support for urgent problems?\n\nBest regards,\nDana",
        ),
    ),
    (
        "Harbour IT Desk <it-desk@harbour-shipping.example>",
        DemoMail(
            15,
            "Printer queue errors",
            "Hi,\n\nour new colleague says the print queue fails since Monday. "
            "We are not sure who our contact is.\n\nHarbour IT",
        ),
    ),
)


def _message(sender: str, mail: DemoMail, at: datetime, message_id: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"{SUPPORT_NAME} <{SUPPORT_ADDRESS}>"
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(at)
    msg["Message-ID"] = f"<{message_id}>"
    if mail.html:
        msg.set_content(mail.body, subtype="html")
    else:
        msg.set_content(mail.body)
    if mail.attachment is not None:
        name, data = mail.attachment
        msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
    return bytes(msg)


def configure(settings: MailSettingsService, admin: str) -> None:
    """Point the demo at its support address (acknowledgements and replies need it)."""
    settings.change({"from_address": SUPPORT_ADDRESS, "from_name": SUPPORT_NAME}, actor=admin)


def known_mail_stories(
    mail: MailIngestService,
    cases: CaseService,
    contacts: dict[str, list[str]],
    rng: random.Random,
    now: datetime,
) -> list[Story]:
    """The contacts' mail as stories of one step each, played with the other
    cases (so case numbers follow the order cases were opened)."""
    stories: list[Story] = []
    for language, mails in _KNOWN.items():
        companies = [c for c in COMPANIES if c.language == language and contacts.get(c.name)]
        for index, item in enumerate(mails):
            company: Company = rng.choice(companies)
            raw = _message(
                contacts[company.name][0],
                item,
                now - timedelta(minutes=item.minutes_ago),
                f"demo-{language}-{index}@{company.domain}",
            )
            stories.append(_one_mail(mail, cases, raw, now - timedelta(minutes=item.minutes_ago)))
    return stories


def _one_mail(mail: MailIngestService, cases: CaseService, raw: bytes, at: datetime) -> Story:
    def take() -> CaseSummary:
        result = mail.ingest(raw, source="demo")
        return cases.summary(result.case_number or 0)

    yield Step(at, take)


def fill_unknown_senders(
    mail: MailIngestService, set_clock: Callable[[datetime], None], now: datetime
) -> int:
    """The mail of senders no account knows (no case, no number: it waits in triage)."""
    for index, (sender, item) in enumerate(_UNKNOWN):
        at = now - timedelta(minutes=item.minutes_ago)
        set_clock(at)
        mail.ingest(_message(sender, item, at, f"demo-unknown-{index}@mail.example"), source="demo")
    set_clock(now)
    return len(_UNKNOWN)
