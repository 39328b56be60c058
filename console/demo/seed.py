"""Demo data: a believable support organisation, so that every screen has something
true to show. :func:`seed_demo` creates the people, about thirty customer accounts
with contacts, the Proctored accounts' exam sessions (exactly one of them live at
``now``) and 250 cases opened over the last three weeks, each played through its
life — replies, notes, chats, severity changes, reassignments, solving, closing —
by the real use cases under a clock that is moved through time. Every due time,
audit event and change-log row is therefore what the services themselves wrote.
The same ``seed`` and ``now`` always give the same organisation; a database that
already holds accounts or cases is refused, so seeding twice never duplicates.
The text catalogues here (subjects, customer messages) are shared with the
activity simulator.
"""

from __future__ import annotations

import heapq
import math
import random
import unicodedata
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from functools import partial
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Table, bindparam, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from console.demo.loadgen import HistoryStory, fill_closed_history
from console.domain.cases import OPEN_STATUS_CODES, CaseSummary, Presence, Role
from console.domain.plans import Category, Plan, Severity
from console.services.errors import Conflict, InvalidInput
from console.services.infrastructure.database import Database, to_second, utc_now
from console.services.infrastructure.feed import CHANNEL
from console.services.infrastructure.programme import Programme, ProgrammeLoader
from console.services.readmodels.cockpit import CockpitService
from console.services.usecases.accounts import AccountService
from console.services.usecases.cases import CaseService
from console.services.usecases.conversation import ConversationService
from console.services.usecases.exams import ExamService
from console.sla.calendar import from_epoch, to_epoch
from console.sla.exams import ExamSchedule, ExamSession
from console.storage.engine import session_factory, writer
from console.storage.models import Account, Case, User

CASE_COUNT = 250
HISTORY_DAYS = 21
CLOSED_HISTORY = 1000
"""Closed cases of the 30 days before, bulk-written: the SLA trend and the reports
have a month of history (played case by case it would take a minute)."""
CLOSED_HISTORY_DAYS = 30
SUPPORT_ZONE = ZoneInfo("Europe/Berlin")

# -- the catalogue ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Topic:
    """A kind of case a customer opens: its category, subject and opening message."""

    category: Category
    subject: str
    body: str
    exam: bool = False  # only Proctored accounts run exams


def _t(category: str, subject: str, body: str, exam: bool = False) -> Topic:
    return Topic(Category(category), subject, body, exam)


TOPICS: dict[str, tuple[Topic, ...]] = {
    "en": (
        _t(
            "incident",
            "SSO login loop after IdP certificate rotation",
            "Since we rotated the signing certificate on our identity provider this morning, users are "
            "sent back to the login page in a loop. The SAML response looks valid in the browser trace.",
        ),
        _t(
            "incident",
            "SAML assertion rejected: audience mismatch",
            "After moving to the new tenant URL every login fails with 'audience mismatch'. We updated "
            "the entity ID on our side; is there a setting we missed?",
        ),
        _t(
            "question",
            "Users from a new Azure AD group cannot sign in",
            "We added the group 'Finance-EU' to the application in Entra ID, but its members get "
            "'access denied'. Do groups need to be synchronised separately?",
        ),
        _t(
            "bug",
            "MFA prompt shown twice for every login",
            "Since patch 8.1.4 users are asked for their second factor twice in a row. It happens in "
            "Chrome and Edge, not in Firefox.",
        ),
        _t(
            "licensing",
            "Licence key rejected after upgrade to 8.2",
            "We upgraded the production server to 8.2 last night and the licence key is now rejected "
            "with 'signature invalid'. The same key worked on 8.1.",
        ),
        _t(
            "licensing",
            "Seat count shows 0 available after renewal",
            "Our renewal went through on Monday but the admin console shows 0 of 250 seats available "
            "and new users cannot be activated.",
        ),
        _t(
            "licensing",
            "Licence server unreachable from DMZ hosts",
            "The application servers in our DMZ cannot reach the licence server since the firewall "
            "change. Which ports and host names need to be open?",
        ),
        _t(
            "bug",
            "Monthly SLA report shows the wrong time zone",
            "The monthly report lists all times in UTC although the tenant is set to Europe/London, so "
            "every case opened after 23:00 lands on the wrong day.",
        ),
        _t(
            "bug",
            "CSV export truncates names with accented characters",
            "Exporting the user list to CSV cuts names at the first accented character (e.g. 'Jos' "
            "instead of 'José').",
        ),
        _t(
            "incident",
            "Dashboard widgets empty after browser update",
            "Since the latest Chrome update all dashboard widgets stay empty for our team leads. The "
            "browser console shows a CORS error on /api/widgets.",
        ),
        _t(
            "incident",
            "REST API returns 429 although we are below the rate limit",
            "Our integration sends about 20 requests per minute, but since yesterday half of them are "
            "answered with HTTP 429 Too Many Requests.",
        ),
        _t(
            "incident",
            "Webhook deliveries delayed by up to an hour",
            "Webhooks for status changes arrive 40 to 60 minutes late since Tuesday. Our receiving "
            "endpoint answers within 200 ms.",
        ),
        _t(
            "bug",
            "SCIM provisioning creates duplicate users",
            "Every night the SCIM sync creates a second account for users whose e-mail address "
            "contains upper-case letters.",
        ),
        _t(
            "incident",
            "Upgrade to 8.2 fails at the database migration step",
            "The upgrade stops at step 14/22 with 'relation audit_tmp already exists'. The server is "
            "back on 8.1 from the snapshot; how do we proceed?",
        ),
        _t(
            "incident",
            "Installer hangs on Windows Server 2022",
            "The 8.2 installer hangs at 'Configuring services' on Windows Server 2022. No error in the "
            "installer log after that line.",
        ),
        _t(
            "question",
            "Supported PostgreSQL versions for 8.x",
            "We plan to move our database to PostgreSQL 16. Is it supported by 8.1 and 8.2, or only by "
            "the next release?",
        ),
        _t(
            "incident",
            "Search takes over 30 seconds on large projects",
            "Full-text search in projects with more than 50,000 items takes 30-40 seconds. It used to "
            "take two or three seconds before the weekend.",
        ),
        _t(
            "incident",
            "High memory use on the application server after patch 8.1.4",
            "Since patch 8.1.4 the application server grows to 14 GB within a day and has to be "
            "restarted every morning.",
        ),
        _t(
            "question",
            "How to rotate the API signing key without downtime",
            "Our security policy requires rotating the API signing key every 90 days. Can the old and "
            "new key be valid at the same time?",
        ),
        _t(
            "bug",
            "Scheduled reports sent twice after daylight-saving change",
            "Since the clocks changed, every scheduled report is e-mailed twice, one hour apart.",
        ),
        _t(
            "exam_session",
            "Exam proctor cannot see candidate webcam",
            "During today's session the proctor dashboard shows a black tile for three candidates. The "
            "candidates see their own camera preview.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Candidate disconnected mid-exam, session cannot be resumed",
            "A candidate lost the connection 40 minutes into the exam. When she reconnects she gets "
            "'session already finished'. She still has 50 minutes left.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Lockdown browser blocks screen reader for accessibility candidates",
            "Candidates with approved accommodations cannot use their screen reader inside the "
            "lockdown browser. We have six such candidates at the next sitting.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Proctor dashboard freezes with more than 200 candidates",
            "With more than 200 candidates in one session the proctor dashboard stops refreshing and "
            "has to be reloaded every few minutes.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Exam results not released after the session closed",
            "The session closed two hours ago but candidates still see 'results pending'. Normally "
            "results are released 15 minutes after closing.",
            exam=True,
        ),
        _t(
            "customisation",
            "Custom branding for the candidate portal",
            "We would like the candidate portal in our corporate colours with our logo, and a custom "
            "domain. Could you send us an offer?",
        ),
        _t(
            "training",
            "Administrator training for our new team",
            "Three new administrators join us next month. We would like a two-day training, remote or "
            "on site.",
        ),
        _t(
            "consulting",
            "Architecture review for multi-region rollout",
            "We plan to run the platform in two regions (EU and US). We would like a review of our "
            "architecture by your consultants.",
        ),
        _t(
            "implementation",
            "Implementation support for data-centre migration",
            "We move to a new data centre in the next quarter and would like your team to plan and "
            "carry out the migration with us.",
        ),
    ),
    "de": (
        _t(
            "incident",
            "SSO-Anmeldung schlägt nach Zertifikatswechsel fehl",
            "Seit wir heute früh das Signaturzertifikat unseres Identity Providers getauscht haben, "
            "landen alle Benutzer in einer Anmeldeschleife.",
        ),
        _t(
            "licensing",
            "Lizenzschlüssel nach Update auf 8.2 ungültig",
            "Nach dem Update auf 8.2 wird unser Lizenzschlüssel mit 'Signatur ungültig' abgelehnt. "
            "Unter 8.1 hat er funktioniert.",
        ),
        _t(
            "bug",
            "Export nach Excel bricht bei Umlauten ab",
            "Beim Export der Benutzerliste werden Namen mit Umlauten abgeschnitten, z. B. 'M' statt "
            "'Müller'.",
        ),
        _t(
            "question",
            "Frage zu unterstützten PostgreSQL-Versionen",
            "Wir möchten unsere Datenbank auf PostgreSQL 16 umstellen. Wird das von Version 8.2 unterstützt?",
        ),
        _t(
            "incident",
            "Suche in großen Projekten sehr langsam",
            "Die Volltextsuche braucht in Projekten mit über 50.000 Einträgen mehr als 30 Sekunden.",
        ),
        _t(
            "incident",
            "Webhook-Zustellung um bis zu eine Stunde verzögert",
            "Webhooks für Statusänderungen kommen seit Dienstag 40 bis 60 Minuten zu spät an.",
        ),
        _t(
            "incident",
            "Update auf 8.2 bricht bei der Datenbankmigration ab",
            "Das Update stoppt bei Schritt 14/22 mit 'relation audit_tmp already exists'.",
        ),
        _t(
            "bug",
            "Monatsbericht zeigt falsche Zeitzone",
            "Der Monatsbericht zeigt alle Zeiten in UTC, obwohl der Mandant auf Europe/Berlin steht.",
        ),
        _t(
            "exam_session",
            "Prüfungsaufsicht sieht die Webcam der Kandidaten nicht",
            "In der laufenden Prüfung zeigt das Aufsichts-Dashboard bei drei Kandidaten nur ein "
            "schwarzes Bild.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Kandidat nach Verbindungsabbruch ausgesperrt",
            "Ein Kandidat hat nach 40 Minuten die Verbindung verloren und erhält nun 'Sitzung bereits "
            "beendet'.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Prüfungsergebnisse werden nicht freigegeben",
            "Die Sitzung ist seit zwei Stunden beendet, die Kandidaten sehen aber noch 'Ergebnis "
            "ausstehend'.",
            exam=True,
        ),
        _t(
            "training",
            "Schulung für neue Administratoren",
            "Drei neue Administratoren beginnen nächsten Monat. Wir hätten gern eine zweitägige "
            "Schulung vor Ort.",
        ),
        _t(
            "customisation",
            "Anpassung des Kandidatenportals an unser Corporate Design",
            "Wir möchten das Kandidatenportal in unseren Firmenfarben und mit eigener Domain. Bitte "
            "senden Sie uns ein Angebot.",
        ),
    ),
    "fr": (
        _t(
            "incident",
            "Boucle de connexion SSO après rotation du certificat",
            "Depuis la rotation du certificat de signature de notre fournisseur d'identité, les "
            "utilisateurs reviennent sans cesse à la page de connexion.",
        ),
        _t(
            "licensing",
            "Clé de licence refusée après la mise à jour 8.2",
            "Depuis la mise à jour en 8.2, notre clé de licence est refusée avec « signature invalide ».",
        ),
        _t(
            "bug",
            "Export CSV : caractères accentués corrompus",
            "L'export CSV coupe les noms au premier caractère accentué (« Hél » au lieu de « Hélène »).",
        ),
        _t(
            "question",
            "Versions de PostgreSQL prises en charge",
            "Nous souhaitons passer à PostgreSQL 16. Est-ce pris en charge par la version 8.2 ?",
        ),
        _t(
            "exam_session",
            "Le surveillant ne voit pas la webcam du candidat",
            "Pendant la session en cours, le tableau de bord du surveillant affiche une image noire "
            "pour trois candidats.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Candidat déconnecté, impossible de reprendre l'examen",
            "Un candidat a perdu la connexion au bout de 40 minutes et reçoit « session déjà terminée ».",
            exam=True,
        ),
        _t(
            "consulting",
            "Accompagnement pour le déploiement multi-sites",
            "Nous souhaitons un audit de notre architecture avant le déploiement sur trois sites.",
        ),
    ),
    "es": (
        _t(
            "incident",
            "Bucle de inicio de sesión SSO tras rotar el certificado",
            "Desde que rotamos el certificado de firma del proveedor de identidad, los usuarios "
            "vuelven una y otra vez a la página de inicio de sesión.",
        ),
        _t(
            "licensing",
            "Clave de licencia rechazada tras actualizar a 8.2",
            "Tras actualizar a la versión 8.2, la clave de licencia se rechaza con 'firma no válida'.",
        ),
        _t(
            "incident",
            "La búsqueda tarda más de 30 segundos",
            "La búsqueda de texto completo tarda más de 30 segundos en proyectos grandes.",
        ),
        _t(
            "question",
            "Versiones de PostgreSQL compatibles",
            "Queremos migrar la base de datos a PostgreSQL 16. ¿Es compatible con la versión 8.2?",
        ),
        _t(
            "exam_session",
            "El supervisor no ve la cámara del candidato",
            "Durante la sesión de hoy, el panel del supervisor muestra una imagen negra para tres "
            "candidatos.",
            exam=True,
        ),
        _t(
            "exam_session",
            "Candidato desconectado a mitad del examen",
            "Un candidato perdió la conexión a los 40 minutos y ahora recibe 'sesión ya finalizada'.",
            exam=True,
        ),
        _t(
            "training",
            "Formación para nuevos administradores",
            "Tres administradores nuevos empiezan el mes que viene. Nos gustaría una formación de dos días.",
        ),
    ),
}

CUSTOMER_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Here are the logs you asked for; the error starts at 09:42.",
        "We tried the workaround, but the problem is still there.",
        "Any news on this? Our users keep asking.",
        "The build number is 8.2.1.5830, on RHEL 9.",
        "It happened again this morning, about ten minutes ago.",
        "Thanks, that fixed it for most users. Three of them still see the error.",
        "Screenshot attached. This is what our admins see.",
    ),
    "de": (
        "Anbei die gewünschten Protokolle; der Fehler beginnt um 09:42.",
        "Wir haben den Workaround getestet, das Problem besteht weiterhin.",
        "Gibt es schon Neuigkeiten? Unsere Benutzer fragen ständig nach.",
        "Die Build-Nummer ist 8.2.1.5830 unter Windows Server 2022.",
    ),
    "fr": (
        "Voici les journaux demandés ; l'erreur commence à 09h42.",
        "Nous avons essayé le contournement, sans succès.",
        "Avez-vous du nouveau ? Nos utilisateurs s'impatientent.",
    ),
    "es": (
        "Adjunto los registros que pidieron; el error empieza a las 09:42.",
        "Hemos probado la solución temporal, pero el problema continúa.",
        "¿Hay novedades? Los usuarios siguen preguntando.",
    ),
}

CUSTOMER_CHATS: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, are you still there?",
        "We restarted the service as you suggested.",
        "Still seeing the same error on two machines.",
        "OK, trying that now.",
        "That worked, thank you!",
        "Can someone join a call with our IT team?",
    ),
    "de": (
        "Hallo, sind Sie noch da?",
        "Wir haben den Dienst wie vorgeschlagen neu gestartet.",
        "Auf zwei Rechnern tritt der Fehler weiterhin auf.",
        "Das hat funktioniert, vielen Dank!",
    ),
    "fr": (
        "Bonjour, vous êtes toujours là ?",
        "Nous avons redémarré le service comme conseillé.",
        "Ça marche, merci beaucoup !",
    ),
    "es": (
        "Hola, ¿siguen ahí?",
        "Hemos reiniciado el servicio como sugirieron.",
        "¡Funcionó, muchas gracias!",
    ),
}

EXAM_CHATS: dict[str, tuple[str, ...]] = {
    "en": (
        "The candidates are waiting, can you hurry please?",
        "The proctor says the webcam tile is still black.",
        "Two more candidates just dropped out of the session.",
    ),
    "de": (
        "Die Kandidaten warten, geht es bitte schneller?",
        "Die Aufsicht sieht bei einem Kandidaten immer noch ein schwarzes Bild.",
    ),
    "fr": ("Les candidats attendent, pouvez-vous faire vite ?",),
    "es": ("Los candidatos están esperando, ¿pueden darse prisa?",),
}

_FIRST_REPLIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thank you for reporting this. I am looking into it now and will update you within the hour.",
        "Thanks for the details. Could you send us the application log from the time of the failure "
        "(Admin > Diagnostics > Download logs)?",
        "I have reproduced the behaviour in our lab and am checking with engineering.",
        "Thanks — this looks like a known issue fixed in 8.2.3. Could you confirm which build you run?",
    ),
    "de": (
        "Vielen Dank für Ihre Meldung. Ich sehe mir das sofort an und melde mich innerhalb der "
        "nächsten Stunde.",
        "Danke für die Details. Könnten Sie uns bitte das Anwendungsprotokoll vom Zeitpunkt des "
        "Fehlers schicken?",
        "Ich konnte das Verhalten in unserem Labor nachstellen und kläre es mit der Entwicklung.",
    ),
    "fr": (
        "Merci pour votre signalement. J'analyse le problème et reviens vers vous dans l'heure.",
        "Merci pour ces détails. Pourriez-vous nous envoyer le journal de l'application ?",
    ),
    "es": (
        "Gracias por avisarnos. Lo estoy revisando y le responderé en menos de una hora.",
        "Gracias por los detalles. ¿Podría enviarnos el registro de la aplicación?",
    ),
}

_LATER_REPLIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Thanks for the logs. Engineering confirmed the cause; a hotfix is being prepared.",
        "Could you try clearing the token cache (Admin > Security > Reset sessions) and test again?",
        "We have raised this as defect PLAT-4821 and will keep you posted.",
        "Please apply hotfix 8.2.1-HF3 from the downloads page; it addresses exactly this.",
    ),
    "de": (
        "Danke für die Protokolle. Die Entwicklung hat die Ursache bestätigt; ein Hotfix ist in Arbeit.",
        "Bitte installieren Sie Hotfix 8.2.1-HF3 aus dem Download-Bereich.",
    ),
    "fr": ("Merci pour les journaux. Un correctif est en préparation.",),
    "es": ("Gracias por los registros. Estamos preparando una corrección.",),
}

_SOLVING_REPLIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Glad this is working again. I am marking the case as solved; just reply if it comes back.",
        "The fix is confirmed on your side, so I will solve this case. Thank you for your patience.",
    ),
    "de": ("Schön, dass es wieder funktioniert. Ich schließe den Fall als gelöst ab.",),
    "fr": ("Ravi que cela fonctionne de nouveau. Je passe le dossier en résolu.",),
    "es": ("Me alegro de que vuelva a funcionar. Marco el caso como resuelto.",),
}

_AGENT_CHATS: dict[str, tuple[str, ...]] = {
    "en": (
        "Yes, I am here. Could you restart the service on the affected server?",
        "I can see it in our monitoring; give me two minutes.",
        "Please clear the browser cache and sign in again.",
        "Great, thanks for confirming.",
    ),
    "de": (
        "Ja, ich bin da. Bitte starten Sie den Dienst auf dem betroffenen Server neu.",
        "Ich sehe es in unserem Monitoring; geben Sie mir zwei Minuten.",
        "Danke für die Bestätigung!",
    ),
    "fr": ("Oui, je suis là. Pouvez-vous redémarrer le service sur le serveur concerné ?",),
    "es": ("Sí, aquí estoy. ¿Pueden reiniciar el servicio en el servidor afectado?",),
}

_EXAM_AGENT_CHATS: dict[str, tuple[str, ...]] = {
    "en": (
        "Please ask the candidate to reload the lockdown browser.",
        "I can see the session on our side; the proctoring relay is restarting.",
    ),
    "de": (
        "Bitte lassen Sie den Kandidaten den Prüfungsbrowser neu laden.",
        "Ich sehe die Sitzung bei uns; der Aufsichts-Relay startet gerade neu.",
    ),
    "fr": ("Demandez au candidat de recharger le navigateur sécurisé.",),
    "es": ("Pida al candidato que recargue el navegador seguro.",),
}

_NOTES = (
    "Checked the logs: token validation fails with clock skew of 7 minutes on their IdP.",
    "Same symptom as case from last week; linking PLAT-4821.",
    "Customer is on 8.1.4, hotfix needs 8.2. Asked TAM about upgrade window.",
    "Escalated to engineering via the on-call channel.",
    "Reproduced in lab with 250 simulated candidates.",
    "Waiting for the customer's firewall team.",
)

_LONG_RUNNING_NOTE = "On hold until the customer's maintenance window; agreed with their IT lead."


def topics_for(plan: Plan, language: str) -> tuple[Topic, ...]:
    """The topics a customer of ``plan`` writing in ``language`` may open."""
    pool = TOPICS.get(language, TOPICS["en"])
    return tuple(t for t in pool if plan is Plan.PROCTORED or not t.exam)


def pick_topic(rng: random.Random, plan: Plan, language: str, add_on_chance: float = 0.04) -> Topic:
    """A random topic: a paid add-on with ``add_on_chance``, exam trouble often on Proctored."""
    topics = topics_for(plan, language)
    add_ons = [t for t in topics if t.category.is_paid_add_on]
    if add_ons and rng.random() < add_on_chance:
        return rng.choice(add_ons)
    covered = [t for t in topics if not t.category.is_paid_add_on]
    exams = [t for t in covered if t.exam]
    if exams and rng.random() < 0.5:
        return rng.choice(exams)
    return rng.choice([t for t in covered if not t.exam])


def pick_severity(rng: random.Random) -> Severity:
    """Severities as they arrive: few urgent, most medium."""
    return rng.choices(list(Severity), weights=[4, 18, 48, 30])[0]


def say(rng: random.Random, texts: dict[str, tuple[str, ...]], language: str) -> str:
    """A random line from ``texts`` in ``language`` (English when there is none)."""
    return rng.choice(texts.get(language) or texts["en"])


def customer_chat(rng: random.Random, plan: Plan, language: str) -> str:
    """A customer's chat line; exam trouble only from Proctored accounts."""
    lines = CUSTOMER_CHATS.get(language) or CUSTOMER_CHATS["en"]
    if plan is Plan.PROCTORED:
        lines = lines + (EXAM_CHATS.get(language) or EXAM_CHATS["en"])
    return rng.choice(lines)


def _agent_chat(rng: random.Random, plan: Plan, language: str) -> str:
    lines = _AGENT_CHATS.get(language) or _AGENT_CHATS["en"]
    if plan is Plan.PROCTORED:
        lines = lines + (_EXAM_AGENT_CHATS.get(language) or _EXAM_AGENT_CHATS["en"])
    return rng.choice(lines)


# -- the organisation ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    role: Role
    languages: tuple[str, ...]
    team: str
    presence: Presence


_PEOPLE = (
    _Person("Margit Albrecht", Role.ADMIN, ("en", "de"), "Operations", Presence.ONLINE),
    _Person("Sofia Lindqvist", Role.LEAD, ("en", "de"), "EMEA", Presence.ONLINE),
    _Person("Daniel Okafor", Role.LEAD, ("en",), "Platform", Presence.ONLINE),
    _Person("Claire Dubois", Role.TAM, ("en", "fr"), "Customer Success", Presence.ONLINE),
    _Person("Jonas Weber", Role.TAM, ("en", "de"), "Customer Success", Presence.AWAY),
    _Person("Priya Raman", Role.TAM, ("en",), "Customer Success", Presence.OFFLINE),
    _Person("Lukas Meier", Role.AGENT, ("en", "de"), "EMEA", Presence.ONLINE),
    _Person("Aisha Rahman", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    _Person("Mateo García", Role.AGENT, ("en", "es"), "EMEA", Presence.ONLINE),
    _Person("Hannah Schulz", Role.AGENT, ("en", "de"), "EMEA", Presence.ONLINE),
    _Person("Kenji Watanabe", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    _Person("Olivia Bennett", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    _Person("Emre Yılmaz", Role.AGENT, ("en", "de"), "EMEA", Presence.AWAY),
    _Person("Camille Laurent", Role.AGENT, ("en", "fr"), "EMEA", Presence.ONLINE),
    _Person("Noah Fischer", Role.AGENT, ("en", "de"), "Platform", Presence.OFFLINE),
    _Person("Zanele Dlamini", Role.AGENT, ("en",), "Platform", Presence.ONLINE),
    _Person("Marta Kowalska", Role.AGENT, ("en", "de"), "EMEA", Presence.AWAY),
    _Person("Ravi Patel", Role.AGENT, ("en",), "Platform", Presence.OFFLINE),
)


@dataclass(frozen=True, slots=True)
class _Company:
    name: str
    plan: Plan
    language: str
    region: str
    domain: str
    tam: str | None = None
    early_adopter: bool = False
    trial_days: int | None = None


_COMPANIES = (
    _Company("Northwind Logistics", Plan.STANDARD, "en", "GB", "northwind-logistics.example"),
    _Company("Brightwater Analytics", Plan.STANDARD, "en", "US", "brightwater.example"),
    _Company("Kestrel Freight GmbH", Plan.STANDARD, "de", "DE", "kestrel-freight.example"),
    _Company("Alder & Finch Publishing", Plan.STANDARD, "en", "GB", "alderfinch.example"),
    _Company("Cobalt Ridge Energy", Plan.STANDARD, "en", "CA", "cobaltridge.example"),
    _Company("Lumen Dental Group", Plan.STANDARD, "en", "AU", "lumendental.example"),
    _Company("Maple Street Credit Union", Plan.STANDARD, "en", "US", "maplestreetcu.example"),
    _Company("Quayside Hotels", Plan.STANDARD, "en", "IE", "quaysidehotels.example"),
    _Company("Rheintal Maschinenbau GmbH", Plan.STANDARD, "de", "CH", "rheintal-mb.example"),
    _Company("Sierra Verde Foods", Plan.STANDARD, "es", "ES", "sierraverde.example"),
    _Company("Tidewater Marine Services", Plan.STANDARD, "en", "US", "tidewater-marine.example"),
    _Company("Oakhurst Property Management", Plan.STANDARD, "en", "GB", "oakhurst-pm.example"),
    _Company("Meridian Bank Europe", Plan.PREMIER, "en", "GB", "meridianbank.example", "Priya Raman"),
    _Company("Polaris Aerospace", Plan.PREMIER, "en", "GB", "polaris-aero.example", "Priya Raman", True),
    _Company("Aurora Health Systems", Plan.PREMIER, "en", "US", "aurorahealth.example", "Priya Raman"),
    _Company(
        "Cascade Software Ltd", Plan.PREMIER, "en", "IE", "cascadesoft.example", "Priya Raman", True, 45
    ),
    _Company(
        "Bergmann Automotive AG", Plan.PREMIER, "de", "DE", "bergmann-auto.example", "Jonas Weber", True
    ),
    _Company(
        "Stadtwerke Nordhafen", Plan.PREMIER, "de", "DE", "sw-nordhafen.example", "Jonas Weber", False, 60
    ),
    _Company("Hansa Versicherung AG", Plan.PREMIER, "de", "DE", "hansa-vers.example", "Jonas Weber"),
    _Company("Alpenblick Kliniken AG", Plan.PREMIER, "de", "CH", "alpenblick.example", "Jonas Weber"),
    _Company("Lumière Médias SA", Plan.PREMIER, "fr", "FR", "lumiere-medias.example", "Claire Dubois"),
    _Company("Fjordline Telecom AS", Plan.PREMIER, "en", "NO", "fjordline.example", "Claire Dubois"),
    _Company("Vantage Pharma", Plan.PREMIER, "en", "US", "vantagepharma.example", "Claire Dubois", False, 21),
    _Company("Orion Payments", Plan.PREMIER, "en", "NL", "orionpayments.example", "Claire Dubois", True),
    _Company("Helvetia Exams AG", Plan.PROCTORED, "de", "CH", "helvetia-exams.example"),
    _Company("Global Certification Institute", Plan.PROCTORED, "en", "US", "gci-certify.example"),
    _Company("Pan-European Nursing Board", Plan.PROCTORED, "en", "BE", "penb.example"),
    _Company("Institut Supérieur de Certification", Plan.PROCTORED, "fr", "FR", "isc-cert.example"),
    _Company("Academia Técnica de Valencia", Plan.PROCTORED, "es", "ES", "atv-examenes.example"),
    _Company("Open Skills Assessment Trust", Plan.PROCTORED, "en", "GB", "openskills.example"),
)


@dataclass(frozen=True, slots=True)
class _Booking:
    """One exam session to book: a window, recurring by ``rule`` when it is set."""

    zone: ZoneInfo
    start: datetime
    end: datetime
    rule: str | None
    title: str
    cancel_next: bool = False  # cancel the next occurrence after now
    live: bool = False  # the one session running at now


_DIALLING_CODES = {
    "AU": 61, "BE": 32, "CA": 1, "CH": 41, "DE": 49, "ES": 34, "FR": 33, "GB": 44, "IE": 353,
    "NL": 31, "NO": 47, "US": 1,
}  # fmt: skip

_TAM_NOTES = (
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

_LIVE_EXAM_ACCOUNT = "Helvetia Exams AG"
_BREACH_ACCOUNT = "Polaris Aerospace"
_URGENT_ACCOUNT = "Meridian Bank Europe"

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


# -- seeding -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`seed_demo` created."""

    users: int
    accounts: int
    cases: int
    open_cases: int
    exam_sessions: int
    live_exam_account: str


class _Clock:
    """The clock the services read while the demo is played through time."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True, slots=True)
class _Step:
    """One use case a case's story performs at ``at``."""

    at: datetime
    run: Callable[[], CaseSummary]


_Story = Generator[_Step, CaseSummary, None]


def seed_demo(db: Database, now: datetime | None = None, seed: int = 2026) -> DemoSummary:
    """Fill an empty database with the demo organisation as it stands at ``now``.

    All of it is written in one transaction: it is stored whole or not at all.
    Raises :class:`InvalidInput` when the database already holds accounts or cases
    (or a user with one of the demo names).
    """
    moment = utc_now() if now is None else to_second(now)
    batch = _OneTransaction(db.engine)
    with batch.transaction():
        with batch.read() as session:
            accounts = session.scalar(select(func.count()).select_from(Account)) or 0
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            if accounts or cases:
                raise InvalidInput(
                    f"the database already holds {accounts} accounts and {cases} cases; demo data is only "
                    "seeded into an empty database (create a new one, e.g. with --db demo.sqlite3)"
                )
            names = [p.name.lower() for p in _PEOPLE]
            taken = session.scalars(select(User.name).where(func.lower(User.name).in_(names))).all()
            if taken:
                raise InvalidInput(
                    f"the database already has users named like the demo staff: {', '.join(taken)}"
                )
        return _Seeder(batch, moment, seed).run()


class _OneTransaction(Database):
    """The database as the seeder hands it to the services: every use case's read and
    write joins one transaction, committed at the end of :meth:`transaction`. The
    services run their normal code paths (so the rows are exactly theirs); the demo
    is stored all or nothing, and without a commit per step it takes seconds."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self._factory = session_factory(writer(engine))
        self._session: Session | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        session = self._factory()
        try:
            with session.begin():
                self._session = session
                yield
                if self.is_postgres:  # wake the other consoles once, for all of it
                    session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})
        except StaleDataError:
            raise Conflict(
                "the database changed while the demo was being seeded; nothing was stored"
            ) from None
        except IntegrityError as error:
            raise InvalidInput(f"the demo data could not be stored, nothing was: {error.orig}") from None
        finally:
            self._session = None
            session.close()

    def _joined(self) -> Session:
        if self._session is None:
            raise RuntimeError("the demo's use cases run inside transaction()")
        return self._session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._joined()

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._joined()
        yield session
        session.flush()
        session.expunge_all()  # the services hand out snapshots; keep the identity map small


class _Seeder:
    def __init__(self, db: Database, now: datetime, seed: int) -> None:
        self.db = db
        self.now = now
        self.rng = random.Random(seed)
        self.clock = _Clock(now - timedelta(days=180))
        self.loader = loader = ProgrammeLoader()
        self.accounts = AccountService(db, loader, self.clock)
        self.exams = ExamService(db, loader, self.clock)
        self.cases = CaseService(db, loader, self.clock)
        self.talk = ConversationService(db, loader, self.clock)
        self.cockpit = CockpitService(db, loader, self.clock)
        self.programme: Programme | None = None
        self.admin = _PEOPLE[0].name
        self.leads = [p.name for p in _PEOPLE if p.role is Role.LEAD]
        self.agents = [p for p in _PEOPLE if p.role is Role.AGENT]
        self.contacts: dict[str, list[str]] = {}
        self.exam_sessions = 0

    def run(self) -> DemoSummary:
        self._people()
        self._companies()
        self.clock.now = self.now - timedelta(days=60)
        self._exams()
        self._play()
        self._history()
        self._tam_notes()
        self.clock.now = self.now
        for person in _PEOPLE:
            self.accounts.set_presence(person.name, person.presence)
        with self.db.read() as session:
            total = session.scalar(select(func.count()).select_from(Case)) or 0
            still_open = (
                session.scalar(
                    select(func.count()).select_from(Case).where(Case.status.in_(OPEN_STATUS_CODES))
                )
                or 0
            )
        return DemoSummary(
            users=len(_PEOPLE),
            accounts=len(_COMPANIES),
            cases=int(total),
            open_cases=int(still_open),
            exam_sessions=self.exam_sessions,
            live_exam_account=_LIVE_EXAM_ACCOUNT,
        )

    # -- people and accounts ------------------------------------------------------------

    def _people(self) -> None:
        for person in _PEOPLE:
            self.accounts.add_user(
                person.name,
                person.role,
                languages=person.languages,
                team=person.team,
                email=f"{_ascii(person.name).replace(' ', '.')}@support.example",
                actor=None if person.role is Role.ADMIN else self.admin,
            )

    def _companies(self) -> None:
        for company in _COMPANIES:
            self.accounts.add_account(
                company.name,
                company.plan,
                tam=company.tam,
                language=company.language,
                region=company.region,
                early_adopter=company.early_adopter,
                trial_until=None
                if company.trial_days is None
                else self.now.date() + timedelta(days=company.trial_days),
                actor=self.admin,
            )
            self.contacts[company.name] = []
            firsts = _FIRST_NAMES[company.language]
            lasts = _LAST_NAMES[company.language]
            pairs = list(zip(self.rng.sample(firsts, 3), self.rng.sample(lasts, 3), strict=True))
            for first, last in pairs[: self.rng.randint(1, 3)]:
                email = f"{_ascii(first)}.{_ascii(last)}@{company.domain}"
                area, line = self.rng.randint(20, 89), self.rng.randint(1_000_000, 9_999_999)
                phone = f"+{_DIALLING_CODES[company.region]} {area} {line}"
                self.accounts.add_contact(company.name, f"{first} {last}", email, phone=phone)
                self.contacts[company.name].append(email)

    # -- a month of closed cases --------------------------------------------------------------

    def _history(self) -> None:
        """The closed cases of the last month, then every case numbered in the order
        it was opened (as if they had come in one by one)."""
        with self.db.read() as session:
            accounts = dict(session.execute(select(Account.id, Account.name)).tuples().all())
            staff = dict(session.execute(select(User.name, User.id)).tuples().all())
        companies = {account_id: self._company(name) for account_id, name in accounts.items()}

        def story(account_id: int, plan: Plan, rng: random.Random) -> HistoryStory:
            company = companies[account_id]
            topic = pick_topic(rng, plan, company.language, add_on_chance=0.0)
            return HistoryStory(
                topic.subject,
                company.language,
                topic.body,
                say(rng, _FIRST_REPLIES, company.language),
            )

        agents = [staff[a.name] for a in self.agents]
        fill_closed_history(
            self.db,
            CLOSED_HISTORY,
            self.now,
            days=CLOSED_HISTORY_DAYS,
            seed=self.rng.randrange(1 << 30),
            met_share=0.93,
            assignee_ids=self.rng.sample(agents, len(agents)),
            story=story,
        )
        with self.db.write() as session:
            rows = session.execute(select(Case.id, Case.number).order_by(Case.opened_at, Case.id)).all()
            first = min(number for _, number in rows)
            cases = cast(Table, Case.__table__)
            renumber = (
                update(cases).where(cases.c.id == bindparam("case_id")).values(number=bindparam("new_number"))
            )
            # Through negative numbers: the unique index holds at every step.
            session.execute(renumber, [{"case_id": case_id, "new_number": -n} for case_id, n in rows])
            session.execute(
                renumber,
                [{"case_id": case_id, "new_number": first + i} for i, (case_id, _) in enumerate(rows)],
            )

    # -- TAM notes -------------------------------------------------------------------------

    def _tam_notes(self) -> None:
        """What the TAMs wrote down about their accounts over the last weeks."""
        for days_ago, account, note in _TAM_NOTES:
            company = self._company(account)
            assert company.tam is not None
            self.clock.now = _second(self.now - timedelta(days=days_ago, hours=self.rng.randint(1, 6)))
            self.cockpit.add_note(company.name, note, actor=company.tam)

    # -- exam sessions --------------------------------------------------------------------

    def _exams(self) -> None:
        now = self.now
        for company in _COMPANIES:
            if company.plan is not Plan.PROCTORED:
                continue
            for booking in self._bookings(company):
                start, end = booking.start, booking.end
                if not booking.live:
                    start, end = _not_live(start, end, booking.rule, now)
                cancelled: list[datetime] = []
                if booking.cancel_next and booking.rule is not None:
                    upcoming = ExamSession(start, end, booking.rule).occurrences(
                        now, now + timedelta(days=120)
                    )
                    cancelled = [s for s, _ in upcoming[:1] if s > now]
                self.exams.add_exam(
                    company.name,
                    start,
                    end,
                    rrule=booking.rule,
                    title=booking.title,
                    time_zone=booking.zone.key,
                    cancelled=cancelled,
                    actor=self.leads[0],
                )
                self.exam_sessions += 1

    def _bookings(self, company: _Company) -> list[_Booking]:
        """The exam sessions ``company`` has booked, relative to ``now``."""
        now = self.now

        def at(zone: str, days: int, hours: tuple[int, int], rule: str | None, title: str) -> _Booking:
            """From ``hours[0]`` to ``hours[1]`` o'clock local time (the next day when earlier)."""
            tz = ZoneInfo(zone)
            day = now.astimezone(tz).date() + timedelta(days=days)
            start = datetime.combine(day, time(hours[0]), tzinfo=tz)
            end_day = day + timedelta(days=1 if hours[1] <= hours[0] else 0)
            return _Booking(tz, start, datetime.combine(end_day, time(hours[1]), tzinfo=tz), rule, title)

        weekday = now.astimezone(SUPPORT_ZONE).weekday()
        next_saturday = (5 - weekday) % 7 or 7
        last_saturday = -((weekday - 5) % 7 or 7)
        if company.name == _LIVE_EXAM_ACCOUNT:
            live = _Booking(
                ZoneInfo("Europe/Zurich"), now - timedelta(minutes=90), now + timedelta(hours=3), None,
                "Cantonal certification exam (live sitting)", live=True,
            )  # fmt: skip
            monthly = at(
                "Europe/Zurich", -240, (8, 12), "FREQ=MONTHLY;BYDAY=1SA", "Monthly certification exam"
            )
            return [live, replace(monthly, cancel_next=True)]
        if company.name == "Global Certification Institute":
            return [
                at(
                    "America/New_York",
                    -200,
                    (18, 23),
                    "FREQ=MONTHLY;BYDAY=-1SA",
                    "Evening sitting (US Eastern)",
                ),
                at("America/New_York", 9, (9, 13), None, "On-demand retake session"),
            ]
        if company.name == "Pan-European Nursing Board":
            return [
                at("Europe/Brussels", -330, (9, 17), "FREQ=YEARLY", "Annual registration exam"),
                at("Europe/Brussels", last_saturday, (8, 12), None, "Weekend resit"),
            ]
        if company.name == "Institut Supérieur de Certification":
            return [at("Europe/Paris", -150, (14, 18), "FREQ=MONTHLY;BYMONTHDAY=15", "Session mensuelle")]
        if company.name == "Academia Técnica de Valencia":
            return [
                at("Europe/Madrid", next_saturday, (9, 14), None, "Convocatoria extraordinaria"),
                at("Europe/Madrid", -10, (21, 23), None, "Sesión nocturna"),
            ]
        return [
            at(
                "Europe/London",
                -120,
                (22, 3),
                "FREQ=MONTHLY;BYDAY=2SU",
                "Overnight sitting (APAC candidates)",
            ),
            at("Europe/London", -300, (10, 16), "FREQ=YEARLY", "Annual assessment day"),
        ]

    # -- cases ---------------------------------------------------------------------------

    def _play(self) -> None:
        """Run every case's story, step by step in time order, up to ``now``."""
        stories = [*self._scenarios(), *self._organic(CASE_COUNT - 4)]
        heap: list[tuple[datetime, int, _Story, _Step]] = []
        order = 0
        for story in stories:
            first = next(story)
            heapq.heappush(heap, (first.at, order, story, first))
            order += 1
        while heap:
            at, _, story, step = heapq.heappop(heap)
            self.clock.now = at
            result = step.run()
            try:
                following = story.send(result)
            except StopIteration:
                continue
            when = max(_second(following.at), at)
            if when > self.now:
                story.close()
                continue
            heapq.heappush(heap, (when, order, story, _Step(when, following.run)))
            order += 1

    def _organic(self, count: int) -> list[_Story]:
        rng = self.rng
        weights = [
            {Plan.STANDARD: 0.7, Plan.PREMIER: 1.4, Plan.PROCTORED: 1.1}[c.plan] * rng.uniform(0.5, 1.5)
            for c in _COMPANIES
        ]
        openings: list[tuple[datetime, _Company]] = []
        while len(openings) < count:
            company = rng.choices(_COMPANIES, weights=weights)[0]
            age = HISTORY_DAYS * 86400 * (1 - math.sqrt(1 - rng.random()))  # more recent, more cases
            opened = _second(self.now - timedelta(seconds=max(age, 120)))
            local = opened.astimezone(SUPPORT_ZONE)
            office = local.weekday() < 5 and 7 <= local.hour < 19
            if office or rng.random() < (0.3 if company.plan is Plan.PROCTORED else 0.07):
                openings.append((opened, company))
        openings.sort(key=lambda item: item[0])
        return [self._story(opened, company) for opened, company in openings]

    def _open(self, company: _Company, severity: Severity, topic: Topic, at: datetime) -> _Step:
        contact = self.rng.choice(self.contacts[company.name])
        return _Step(
            at,
            lambda: self.cases.open_case(
                company.name,
                severity,
                topic.subject,
                category=topic.category,
                language=company.language,
                opened_at=at,
                body=topic.body,
                contact_email=contact,
            ),
        )

    def _agent_for(self, company: _Company, language: str, but: str | None = None) -> str:
        """Someone fluent in ``language`` (now and then the account's TAM), not ``but``."""
        fluent = [a.name for a in self.agents if language in a.languages and a.name != but]
        if company.tam is not None and company.tam != but and self.rng.random() < 0.15:
            return company.tam
        return self.rng.choice(fluent or [a.name for a in self.agents if a.name != but])

    def _on_duty(self, t: datetime, case: CaseSummary) -> datetime:
        """``t``, or a little after the case's calendar next opens when it is closed
        then: support works a case when its clock runs (office hours; around the clock
        for Premier Severity 1; exam windows too for Proctored)."""
        if self.programme is None:  # loaded once, after the exam sessions are booked
            with self.db.read() as session:
                self.programme = self.loader.load(session)
        calendar = self.programme.calendar_for(case.plan, case.severity, case.account_id)
        if calendar.is_open(t):
            return t
        opens = from_epoch(calendar.next_open_epoch(to_epoch(t)))
        return _second(opens + timedelta(minutes=self.rng.uniform(2, 25)))

    def _story(self, opened: datetime, company: _Company) -> _Story:
        """A case's life from the opening customer message to closing."""
        rng, plan, lang = self.rng, company.plan, company.language
        chat = plan is not Plan.STANDARD
        topic = pick_topic(rng, plan, lang)
        severity = pick_severity(rng)
        if topic.exam and severity > Severity.HIGH and rng.random() < 0.5:
            severity = Severity.HIGH
        case = yield self._open(company, severity, topic, opened)
        number = case.number
        t = opened

        if case.due_at is not None and rng.random() < 0.08:  # triage corrects the severity
            t = self._on_duty(t + timedelta(minutes=rng.uniform(3, 25)), case)
            new = Severity(max(1, min(4, int(severity) + rng.choice((-1, 1)))))
            lead = rng.choice(self.leads)
            case = yield _Step(t, partial(self.cases.change_severity, number, new, actor=lead))

        # the first response: most in time, some late
        due = case.due_at
        if due is None:
            respond = self._on_duty(opened + timedelta(hours=rng.uniform(1, 20)), case)
        elif rng.random() < 0.11:
            budget = (due - opened).total_seconds()
            late = due + timedelta(seconds=rng.uniform(300, max(1800.0, min(6 * 3600, budget * 0.5))))
            respond = self._on_duty(late, case)
        else:
            intended = _second(opened + (due - opened) * rng.uniform(0.1, 0.85))
            respond = min(self._on_duty(intended, case), max(intended, due - timedelta(minutes=1)))
        respond = max(respond, t + timedelta(minutes=2))
        agent = self._agent_for(company, lang)
        t = max(t, respond - timedelta(minutes=rng.uniform(1, 12)))
        yield _Step(t, partial(self.cases.assign, number, agent, actor=agent))
        if rng.random() < 0.3:
            t = max(t, respond - timedelta(minutes=1))
            note = rng.choice(_NOTES)
            yield _Step(t, partial(self.talk.note, number, note, agent))
        first = say(rng, _FIRST_REPLIES, lang)
        if chat and rng.random() < 0.25:
            yield _Step(respond, partial(self.talk.agent_chat, number, first, agent))
        else:
            yield _Step(respond, partial(self.talk.reply, number, first, agent))
            if rng.random() < 0.3:  # asked for logs: waits for the customer
                yield _Step(
                    respond, partial(self.cases.change_status, number, "pending_customer", actor=agent)
                )
        t = respond

        # how long it takes to solve (wall time), and whether it waits on hold
        median_hours = {1: 4, 2: 10, 3: 22, 4: 36}[int(case.severity)]
        if topic.category.is_paid_add_on:
            median_hours = 96
        solve_at = opened + timedelta(hours=median_hours * math.exp(rng.gauss(0, 0.8)))
        on_hold = rng.random() < 0.05
        if on_hold:
            solve_at += timedelta(days=rng.uniform(10, 25))
        solve_at = max(solve_at, t + timedelta(minutes=20))

        rounds = rng.choice((0, 1, 1, 2, 2, 3))
        gap = (solve_at - t) / (rounds + 1)
        for index in range(rounds):
            t = max(t, respond + gap * (index + rng.uniform(0.6, 1.2)))
            if on_hold and index == 0:
                t = self._on_duty(t, case)
                yield _Step(t, partial(self.talk.note, number, _LONG_RUNNING_NOTE, agent))
                yield _Step(t, partial(self.cases.change_status, number, "on_hold", actor=agent))
                continue
            if chat and rng.random() < 0.5:
                for _ in range(rng.randint(1, 3)):
                    line = customer_chat(rng, plan, lang)
                    yield _Step(t, partial(self.talk.customer_message, number, line, chat=True))
                    t = self._on_duty(t + timedelta(minutes=rng.uniform(1, 6)), case)
                    answer = _agent_chat(rng, plan, lang)
                    yield _Step(t, partial(self.talk.agent_chat, number, answer, agent))
                    t += timedelta(minutes=rng.uniform(1, 4))
            else:
                follow_up = say(rng, CUSTOMER_FOLLOW_UPS, lang)
                yield _Step(t, partial(self.talk.customer_message, number, follow_up))
                t = self._on_duty(t + timedelta(minutes=rng.uniform(20, 240)), case)
                if rng.random() < 0.25:
                    note = rng.choice(_NOTES)
                    yield _Step(t, partial(self.talk.note, number, note, agent))
                    t += timedelta(minutes=rng.uniform(5, 30))
                later = say(rng, _LATER_REPLIES, lang)
                yield _Step(t, partial(self.talk.reply, number, later, agent))
                if rng.random() < 0.3:
                    yield _Step(t, partial(self.cases.change_status, number, "pending_customer", actor=agent))
            if rng.random() < 0.08:  # a lead moves the case to a colleague
                t = self._on_duty(t + timedelta(minutes=rng.uniform(10, 90)), case)
                lead, other = rng.choice(self.leads), self._agent_for(company, lang, but=agent)
                yield _Step(t, partial(self.cases.assign, number, other, actor=lead))
                agent = other
            if rng.random() < 0.04:
                t = self._on_duty(t + timedelta(minutes=rng.uniform(5, 60)), case)
                new = Severity(max(1, int(case.severity) - 1))
                case = yield _Step(t, partial(self.cases.change_severity, number, new, actor=agent))

        t = self._on_duty(max(t + timedelta(minutes=10), solve_at), case)
        closing = say(rng, _SOLVING_REPLIES, lang)
        yield _Step(t, partial(self.talk.reply, number, closing, agent))
        t += timedelta(minutes=rng.uniform(1, 5))
        yield _Step(t, partial(self.cases.change_status, number, "solved", actor=agent))
        t += timedelta(days=rng.uniform(2, 5))
        yield _Step(t, partial(self.cases.change_status, number, "closed"))

    # -- the moment the demo is opened ----------------------------------------------------

    def _scenarios(self) -> list[_Story]:
        """Cases that make ``now`` interesting on every weekday and at every hour: they
        run on 24x7 clocks or inside the live exam window, so their states hold."""
        return [
            self._urgent_unanswered(),
            self._urgent_answered_late(),
            self._exam_at_risk(),
            self._exam_in_progress(),
        ]

    def _company(self, name: str) -> _Company:
        return next(c for c in _COMPANIES if c.name == name)

    def _urgent_unanswered(self) -> _Story:
        """Premier Severity 1 (15 minutes, 24x7), opened 9 minutes ago: at risk."""
        company = self._company(_URGENT_ACCOUNT)
        topic = _t(
            "incident",
            "Production outage: all users get HTTP 503 after failover",
            "Our primary site failed over at the top of the hour and since then every user gets HTTP "
            "503 from the application. Trading desks cannot work. Please call us immediately.",
        )
        yield self._open(company, Severity.URGENT, topic, self.now - timedelta(minutes=9))

    def _urgent_answered_late(self) -> _Story:
        """Premier Severity 1 answered after its due time (breached), still being worked."""
        company = self._company(_BREACH_ACCOUNT)
        topic = _t(
            "incident",
            "Flight-planning integration down: API returns 500 for all requests",
            "Since the certificate renewal on our side all calls to /api/v2/plans fail with HTTP 500. "
            "Our dispatch team has switched to the manual fallback.",
        )
        opened = self.now - timedelta(hours=2, minutes=10)
        case = yield self._open(company, Severity.URGENT, topic, opened)
        number, tam = case.number, company.tam or self.agents[0].name
        t = opened + timedelta(minutes=30)
        yield _Step(t, partial(self.talk.reply, number, say(self.rng, _FIRST_REPLIES, "en"), tam))
        t += timedelta(minutes=8)
        lead, agent = self.leads[1], "Kenji Watanabe"
        yield _Step(t, partial(self.cases.assign, number, agent, actor=lead))
        t += timedelta(minutes=5)
        yield _Step(t, partial(self.talk.note, number, "TAM on-call handed over; engineering paged.", agent))
        t += timedelta(minutes=25)
        yield _Step(
            t, partial(self.talk.customer_message, number, "Any update? Dispatch is still manual.", chat=True)
        )
        t += timedelta(minutes=2)
        yield _Step(
            t, partial(self.talk.agent_chat, number, "Engineering found the cause; rolling out a fix.", agent)
        )
        t = self.now - timedelta(minutes=4)
        yield _Step(
            t, partial(self.talk.customer_message, number, "Half of the requests work again.", chat=True)
        )

    def _exam_at_risk(self) -> _Story:
        """The live exam's account, Severity 2 (45 minutes), opened 32 minutes into the window."""
        company = self._company(_LIVE_EXAM_ACCOUNT)
        topic = next(t for t in TOPICS["de"] if t.subject.startswith("Kandidat nach"))
        yield self._open(company, Severity.HIGH, topic, self.now - timedelta(minutes=32))

    def _exam_in_progress(self) -> _Story:
        """The live exam's account, Severity 1, answered in time, chatting now."""
        company = self._company(_LIVE_EXAM_ACCOUNT)
        topic = next(t for t in TOPICS["de"] if t.subject.startswith("Prüfungsaufsicht"))
        opened = self.now - timedelta(minutes=75)
        case = yield self._open(company, Severity.URGENT, topic, opened)
        number, agent = case.number, "Lukas Meier"
        t = opened + timedelta(minutes=4)
        yield _Step(t, partial(self.cases.assign, number, agent, actor=agent))
        t += timedelta(minutes=3)
        script = (
            (7, "agent", "Guten Morgen, ich bin dran. Welche Kandidaten-IDs sind betroffen?"),
            (10, "customer", "K-1043, K-1057 und K-1102, alle im Raum B."),
            (13, "agent", "Danke. Bitte lassen Sie die drei den Prüfungsbrowser neu laden."),
            (20, "customer", "Zwei sind wieder da, K-1102 zeigt weiterhin ein schwarzes Bild."),
            (24, "agent", "Ich starte den Aufsichts-Relay für Raum B neu; das dauert etwa fünf Minuten."),
            (73, "customer", "K-1102 ist wieder schwarz, und jetzt auch K-1120. Die Kandidaten warten."),
        )
        for minutes, who, line in script:
            t = opened + timedelta(minutes=minutes)
            if who == "agent":
                yield _Step(t, partial(self.talk.agent_chat, number, line, agent))
            else:
                yield _Step(t, partial(self.talk.customer_message, number, line, chat=True))


def _not_live(start: datetime, end: datetime, rule: str | None, now: datetime) -> tuple[datetime, datetime]:
    """Move a session by whole hours until none of its occurrences is running at ``now``."""
    for _ in range(12):
        if not ExamSchedule.of([ExamSession(start, end, rule)]).live_at(now):
            return start, end
        start, end = start + timedelta(hours=7), end + timedelta(hours=7)
    raise AssertionError("could not place an exam session outside the live window")


def _second(value: datetime) -> datetime:
    return value.replace(microsecond=0)


_ASCII = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "ł": "l", "ı": "i", "đ": "d"})


def _ascii(text: str) -> str:
    """A name as it appears in an e-mail address: lower case, accents dropped."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_ASCII))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " .-"))
