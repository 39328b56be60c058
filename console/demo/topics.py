"""The kinds of case the demo's customers open: each :class:`Topic` is a category,
a subject and the customer's opening message, in English, German, French and
Spanish, exam trouble only for Proctored accounts. The seeder, its scripted
scenarios and the activity simulator pick from here, and the severities cases
arrive with are drawn here too.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from console.domain.plans import Category, Plan, Severity


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
