"""What the demo's people write once a case is open: customers' follow-ups and chat
lines, agents' first, later and solving replies, their chat answers and internal
notes, each in the languages the accounts write in (English when a language has
none). :func:`say` picks a line; the chat pickers add exam talk on Proctored
accounts. The seeder's case stories and the activity simulator both write from
here.
"""

from __future__ import annotations

import random

from console.domain.plans import Plan

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

FIRST_REPLIES: dict[str, tuple[str, ...]] = {
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

LATER_REPLIES: dict[str, tuple[str, ...]] = {
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

SOLVING_REPLIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Glad this is working again. I am marking the case as solved; just reply if it comes back.",
        "The fix is confirmed on your side, so I will solve this case. Thank you for your patience.",
    ),
    "de": ("Schön, dass es wieder funktioniert. Ich schließe den Fall als gelöst ab.",),
    "fr": ("Ravi que cela fonctionne de nouveau. Je passe le dossier en résolu.",),
    "es": ("Me alegro de que vuelva a funcionar. Marco el caso como resuelto.",),
}

AGENT_CHATS: dict[str, tuple[str, ...]] = {
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

EXAM_AGENT_CHATS: dict[str, tuple[str, ...]] = {
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

NOTES = (  # internal notes: what an agent found out or did
    "Checked the logs: token validation fails with clock skew of 7 minutes on their IdP.",
    "Same symptom as case from last week; linking PLAT-4821.",
    "Customer is on 8.1.4, hotfix needs 8.2. Asked TAM about upgrade window.",
    "Escalated to engineering via the on-call channel.",
    "Reproduced in lab with 250 simulated candidates.",
    "Waiting for the customer's firewall team.",
)

LONG_RUNNING_NOTE = "On hold until the customer's maintenance window; agreed with their IT lead."


def say(rng: random.Random, texts: dict[str, tuple[str, ...]], language: str) -> str:
    """A random line from ``texts`` in ``language`` (English when there is none)."""
    return rng.choice(texts.get(language) or texts["en"])


def customer_chat(rng: random.Random, plan: Plan, language: str) -> str:
    """A customer's chat line; exam trouble only from Proctored accounts."""
    lines = CUSTOMER_CHATS.get(language) or CUSTOMER_CHATS["en"]
    if plan is Plan.PROCTORED:
        lines = lines + (EXAM_CHATS.get(language) or EXAM_CHATS["en"])
    return rng.choice(lines)


def agent_chat(rng: random.Random, plan: Plan, language: str) -> str:
    """An agent's chat answer; exam talk only on Proctored accounts."""
    lines = AGENT_CHATS.get(language) or AGENT_CHATS["en"]
    if plan is Plan.PROCTORED:
        lines = lines + (EXAM_AGENT_CHATS.get(language) or EXAM_AGENT_CHATS["en"])
    return rng.choice(lines)
