"""The demo's support organisation and its customers: the eighteen people of the
support team (an admin, two leads, three TAMs, twelve agents, with their languages,
teams and presence), the thirty customer accounts on the three plans (with their
TAMs, trials and early adopters), the contacts each account gets, what the TAMs
noted about their accounts, and the three accounts the scripted scenarios play on.
Only data and the rules that derive names from it; the seeder writes it.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from console.domain.cases import Presence, Role
from console.domain.plans import Plan

SUPPORT_ZONE = ZoneInfo("Europe/Berlin")
"""Where the support team works: its office hours and weekdays are counted here."""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the support team, as they sign in and show up in the console."""

    name: str
    role: Role
    languages: tuple[str, ...]
    team: str
    presence: Presence


PEOPLE = (
    Person("Margit Albrecht", Role.ADMIN, ("en", "de"), "Operations", Presence.ONLINE),
    Person("Sofia Lindqvist", Role.LEAD, ("en", "de"), "EMEA", Presence.ONLINE),
    Person("Daniel Okafor", Role.LEAD, ("en",), "Platform", Presence.ONLINE),
    Person("Claire Dubois", Role.TAM, ("en", "fr"), "Customer Success", Presence.ONLINE),
    Person("Jonas Weber", Role.TAM, ("en", "de"), "Customer Success", Presence.AWAY),
    Person("Priya Raman", Role.TAM, ("en",), "Customer Success", Presence.OFFLINE),
    Person("Lukas Meier", Role.AGENT, ("en", "de"), "EMEA", Presence.ONLINE),
    Person("Aisha Rahman", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    Person("Mateo García", Role.AGENT, ("en", "es"), "EMEA", Presence.ONLINE),
    Person("Hannah Schulz", Role.AGENT, ("en", "de"), "EMEA", Presence.ONLINE),
    Person("Kenji Watanabe", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    Person("Olivia Bennett", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    Person("Emre Yılmaz", Role.AGENT, ("en", "de"), "EMEA", Presence.AWAY),
    Person("Camille Laurent", Role.AGENT, ("en", "fr"), "EMEA", Presence.ONLINE),
    Person("Noah Fischer", Role.AGENT, ("en", "de"), "Platform", Presence.OFFLINE),
    Person("Zanele Dlamini", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    Person("Marta Kowalska", Role.AGENT, ("en", "de"), "EMEA", Presence.AWAY),
    Person("Ravi Patel", Role.AGENT, ("en",), "Platform", Presence.OFFLINE),
)


@dataclass(frozen=True, slots=True)
class Company:
    """A customer account: its plan, language, region and mail domain, its TAM, and
    whether it is an early adopter or on a trial of ``trial_days`` from ``now``."""

    name: str
    plan: Plan
    language: str
    region: str
    domain: str
    tam: str | None = None
    early_adopter: bool = False
    trial_days: int | None = None


COMPANIES = (
    Company("Northwind Logistics", Plan.STANDARD, "en", "GB", "northwind-logistics.example"),
    Company("Brightwater Analytics", Plan.STANDARD, "en", "US", "brightwater.example"),
    Company("Kestrel Freight GmbH", Plan.STANDARD, "de", "DE", "kestrel-freight.example"),
    Company("Alder & Finch Publishing", Plan.STANDARD, "en", "GB", "alderfinch.example"),
    Company("Cobalt Ridge Energy", Plan.STANDARD, "en", "CA", "cobaltridge.example"),
    Company("Lumen Dental Group", Plan.STANDARD, "en", "AU", "lumendental.example"),
    Company("Maple Street Credit Union", Plan.STANDARD, "en", "US", "maplestreetcu.example"),
    Company("Quayside Hotels", Plan.STANDARD, "en", "IE", "quaysidehotels.example"),
    Company("Rheintal Maschinenbau GmbH", Plan.STANDARD, "de", "CH", "rheintal-mb.example"),
    Company("Sierra Verde Foods", Plan.STANDARD, "es", "ES", "sierraverde.example"),
    Company("Tidewater Marine Services", Plan.STANDARD, "en", "US", "tidewater-marine.example"),
    Company("Oakhurst Property Management", Plan.STANDARD, "en", "GB", "oakhurst-pm.example"),
    Company("Meridian Bank Europe", Plan.PREMIER, "en", "GB", "meridianbank.example", "Priya Raman"),
    Company("Polaris Aerospace", Plan.PREMIER, "en", "GB", "polaris-aero.example", "Priya Raman", True),
    Company("Aurora Health Systems", Plan.PREMIER, "en", "US", "aurorahealth.example", "Priya Raman"),
    Company("Cascade Software Ltd", Plan.PREMIER, "en", "IE", "cascadesoft.example", "Priya Raman", True, 45),
    Company("Bergmann Automotive AG", Plan.PREMIER, "de", "DE", "bergmann-auto.example", "Jonas Weber", True),
    Company(
        "Stadtwerke Nordhafen", Plan.PREMIER, "de", "DE", "sw-nordhafen.example", "Jonas Weber", False, 60
    ),
    Company("Hansa Versicherung AG", Plan.PREMIER, "de", "DE", "hansa-vers.example", "Jonas Weber"),
    Company("Alpenblick Kliniken AG", Plan.PREMIER, "de", "CH", "alpenblick.example", "Jonas Weber"),
    Company("Lumière Médias SA", Plan.PREMIER, "fr", "FR", "lumiere-medias.example", "Claire Dubois"),
    Company("Fjordline Telecom AS", Plan.PREMIER, "en", "NO", "fjordline.example", "Claire Dubois"),
    Company("Vantage Pharma", Plan.PREMIER, "en", "US", "vantagepharma.example", "Claire Dubois", False, 21),
    Company("Orion Payments", Plan.PREMIER, "en", "NL", "orionpayments.example", "Claire Dubois", True),
    Company("Helvetia Exams AG", Plan.PROCTORED, "de", "CH", "helvetia-exams.example"),
    Company("Global Certification Institute", Plan.PROCTORED, "en", "US", "gci-certify.example"),
    Company("Pan-European Nursing Board", Plan.PROCTORED, "en", "BE", "penb.example"),
    Company("Institut Supérieur de Certification", Plan.PROCTORED, "fr", "FR", "isc-cert.example"),
    Company("Academia Técnica de Valencia", Plan.PROCTORED, "es", "ES", "atv-examenes.example"),
    Company("Open Skills Assessment Trust", Plan.PROCTORED, "en", "GB", "openskills.example"),
)

_DIALLING_CODES = {
    "AU": 61, "BE": 32, "CA": 1, "CH": 41, "DE": 49, "ES": 34, "FR": 33, "GB": 44, "IE": 353,
    "NL": 31, "NO": 47, "US": 1,
}  # fmt: skip

# What the TAMs wrote about their accounts: (days before now, account, note).
TAM_NOTES = (
    (26, "Meridian Bank Europe", "Quarterly service review held. Main worry: failover testing in Q1; "
     "they want a named engineer on the Severity 1 bridge."),
    (9, "Meridian Bank Europe", "Change freeze from 15 Dec to 6 Jan. Anything risky before then, "
     "call Ruth in their CAB first."),
    (18, "Polaris Aerospace", "Exec sponsor changed: now Dr. M. Hale (CTO). Intro call booked."),
    (4, "Polaris Aerospace", "Flight-planning integration is business-critical for them; "
     "escalate any outage to me directly, day or night."),
    (12, "Cascade Software Ltd", "Non-production trial running for the 8.2 upgrade rehearsal; "
     "they may ask to extend it."),
    (20, "Bergmann Automotive AG", "Early-adopter programme: qualified for the new telemetry module. "
     "Feedback session planned for January."),
    (6, "Stadtwerke Nordhafen", "Trial licence for the staging grid model. Decision on the full "
     "licence expected before the trial ends."),
    (15, "Hansa Versicherung AG", "Renewal talks started; support experience is their main criterion."),
    (3, "Lumière Médias SA", "Prefers French for all calls; Claire covers, Camille as backup."),
    (11, "Orion Payments", "PSD3 deadline next year: they will open several Severity 2 cases "
     "during certification; brief the EMEA team."),
    (2, "Vantage Pharma", "Trial ends soon; validation team needs an answer on GxP documentation."),
)  # fmt: skip

# The accounts the scripted scenarios play on (see console.demo.scenarios).
LIVE_EXAM_ACCOUNT = "Helvetia Exams AG"
BREACH_ACCOUNT = "Polaris Aerospace"
URGENT_ACCOUNT = "Meridian Bank Europe"

_FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("James", "Emily", "Oliver", "Grace", "Samuel", "Chloe", "Ethan", "Rachel", "Liam", "Megan"),
    "de": ("Thomas", "Julia", "Stefan", "Katrin", "Matthias", "Sabine", "Florian", "Anja", "Tobias"),
    "fr": ("Julien", "Camille", "Nicolas", "Élodie", "Antoine", "Manon"),
    "es": ("Javier", "Lucía", "Alejandro", "Carmen", "Pablo", "Elena"),
}
_LAST_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Carter", "Hughes", "Murphy", "Patel", "Reid", "Walsh", "Brooks", "Hayes", "Foster", "Nguyen"),
    "de": ("Hoffmann", "Becker", "Schröder", "Wagner", "Krüger", "Zimmermann", "Braun", "Keller"),
    "fr": ("Lefèvre", "Moreau", "Girard", "Fontaine", "Mercier", "Rousseau"),
    "es": ("Martínez", "López", "Fernández", "Ruiz", "Navarro", "Romero"),
}


@dataclass(frozen=True, slots=True)
class DemoContact:
    """A person at a customer account, as the seeder adds them."""

    name: str
    email: str
    phone: str


def company_named(name: str) -> Company:
    """The demo company called ``name``."""
    return next(c for c in COMPANIES if c.name == name)


def staff_email(person: Person) -> str:
    """The support address of someone on the team (first.last@support.example)."""
    return f"{_ascii(person.name).replace(' ', '.')}@support.example"


def contacts_for(company: Company, rng: random.Random) -> list[DemoContact]:
    """One to three contacts for ``company``: names in its language, addresses at
    its domain, telephone numbers in its region."""
    firsts = _FIRST_NAMES[company.language]
    lasts = _LAST_NAMES[company.language]
    pairs = list(zip(rng.sample(firsts, 3), rng.sample(lasts, 3), strict=True))
    contacts = []
    for first, last in pairs[: rng.randint(1, 3)]:
        email = f"{_ascii(first)}.{_ascii(last)}@{company.domain}"
        area, line = rng.randint(20, 89), rng.randint(1_000_000, 9_999_999)
        phone = f"+{_DIALLING_CODES[company.region]} {area} {line}"
        contacts.append(DemoContact(f"{first} {last}", email, phone))
    return contacts


_ASCII = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "ł": "l", "ı": "i", "đ": "d"})


def _ascii(text: str) -> str:
    """A name as it appears in an e-mail address: lower case, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " .-"))
