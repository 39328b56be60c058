<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>Sev 1 ×{0}</source>
        <translation>Schw. 1 ×{0}</translation>
    </message>
    <message>
        <source>Sev 1</source>
        <translation>Schw. 1</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached this month</source>
        <translation>
            <numerusform>%n in diesem Monat verletzt</numerusform>
            <numerusform>%n in diesem Monat verletzt</numerusform>
        </translation>
    </message>
    <message>
        <source>exam live</source>
        <translation>Prüfung läuft</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>no open case</source>
        <translation>kein offener Fall</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>{0}: {1} open, {2}</source>
        <translation>{0}: {1} offen, {2}</translation>
    </message>
    <message>
        <source>{0} open cases, {1} of them Severity 1</source>
        <translation>{0} offene Fälle, davon {1} mit Schweregrad 1</translation>
    </message>
    <message>
        <source>Worst clock: {0}</source>
        <translation>Kritischste SLA-Uhr: {0}</translation>
    </message>
    <message>
        <source>Breaches this month: {0}</source>
        <translation>SLA-Verletzungen in diesem Monat: {0}</translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation>Proctored-Prüfungssitzung läuft gerade</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Severity 1 open</source>
        <translation>Schweregrad 1 offen</translation>
    </message>
    <message>
        <source>Breached this month</source>
        <translation>Verletzt in diesem Monat</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Prüfungssitzungen</translation>
    </message>
    <message>
        <source>No open cases — all quiet on this account.</source>
        <translation>Keine offenen Fälle — bei diesem Kunden ist alles ruhig.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>TAM: {0}</source>
        <translation>TAM: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Open cases ({0})</source>
        <translation>Offene Fälle ({0})</translation>
    </message>
    <message>
        <source>No exam session in the next 30 days.</source>
        <translation>Keine Prüfungssitzung in den nächsten 30 Tagen.</translation>
    </message>
    <message>
        <source>No proctored exam sessions: they belong to the Proctored plan.</source>
        <translation>Keine beaufsichtigten Prüfungssitzungen: Diese gehören zum Plan Proctored.</translation>
    </message>
    <message>
        <source>Exam sessions ({0})</source>
        <translation>Prüfungssitzungen ({0})</translation>
    </message>
    <message>
        <source>Contacts ({0})</source>
        <translation>Kontakte ({0})</translation>
    </message>
    <message>
        <source>{0} awaiting first response</source>
        <translation>{0} ohne Erstreaktion</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>{0} met of {1} settled in {2} · {3:.0%}</source>
        <translation>{2}: {0} von {1} abgeschlossenen eingehalten · {3:.0%}</translation>
    </message>
    <message>
        <source>nothing settled in {0} yet</source>
        <translation>{0}: noch nichts abgeschlossen</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Läuft jetzt</translation>
    </message>
    <message>
        <source>{0} · ends {1}</source>
        <translation>{0} · endet um {1}</translation>
    </message>
    <message>
        <source>none in the next 30 days</source>
        <translation>keine in den nächsten 30 Tagen</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Administration — Support Console</source>
        <translation>Administration — Support Console</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Plans &amp;&amp; targets</source>
        <translation>Pläne &amp;&amp; Ziele</translation>
    </message>
    <message>
        <source>Support calendar</source>
        <translation>Supportkalender</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Prüfungssitzungen</translation>
    </message>
    <message>
        <source>Users &amp;&amp; roles</source>
        <translation>Benutzer &amp;&amp; Rollen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Warteschlangenregeln</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>You are signed in as {0} ({1}): {2} [is|are] shown read-only.</source>
        <translation>
            <numerusform>Sie sind als {0} ({1}) angemeldet: {2} wird schreibgeschützt angezeigt.</numerusform>
            <numerusform>Sie sind als {0} ({1}) angemeldet: {2} werden schreibgeschützt angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>You change: {0}.</source>
        <translation>Sie können ändern: {0}.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Nothing is saved until it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar — Verbindung wird wiederhergestellt… Bis dahin wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>AgentLoadModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Assigned open cases still awaiting their first response</source>
        <translation>Zugewiesene offene Fälle, die noch auf ihre Erstreaktion warten</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Opening windows like 08:00-20:00, several separated by commas; empty: closed</source>
        <translation>Öffnungsfenster wie 08:00-20:00, mehrere durch Kommas getrennt; leer: geschlossen</translation>
    </message>
    <message>
        <source>of the target, or</source>
        <translation>des Ziels oder bei</translation>
    </message>
    <message>
        <source>left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>At risk at</source>
        <translation>Gefährdet ab</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>e.g. CH, DE-BY</source>
        <translation>z. B. CH, DE-BY</translation>
    </message>
    <message>
        <source>ISO country codes, optionally with a subdivision (DE-BY)</source>
        <translation>ISO-Ländercodes, optional mit Teilgebiet (DE-BY)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Extra closures</source>
        <translation>Zusätzliche Schließtage</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Kalender speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Saving… (recomputing the open cases&apos; due times)</source>
        <translation>Wird gespeichert… (Fälligkeiten der offenen Fälle werden neu berechnet)</translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation>Gespeichert. {0}</translation>
    </message>
    <message>
        <source>No regions: only weekends and extra closures close the calendar.</source>
        <translation>Keine Regionen: Geschlossen ist nur an Wochenenden und an zusätzlichen Schließtagen.</translation>
    </message>
    <message>
        <source>{0} holidays in {1}.</source>
        <translation>{0} Feiertage im Jahr {1}.</translation>
    </message>
    <message>
        <source>Closed on {0}.</source>
        <translation>Geschlossen am {0}.</translation>
    </message>
    <message>
        <source>{0} is open again.</source>
        <translation>{0} ist wieder geöffnet.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Only the moves the case may make from its status are listed</source>
        <translation>Es werden nur die Statuswechsel angeboten, die vom aktuellen Status aus zulässig sind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Case #{number}</source>
        <translation>Fall #{number}</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>eröffnet {when}</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>follows #{number}</source>
        <translation>Folgefall zu #{number}</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>no live chat</source>
        <translation>kein Live-Chat</translation>
    </message>
    <message>
        <source>priority queueing</source>
        <translation>Vorrang in der Warteschlange</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>TAM: {name}</source>
        <translation>TAM: {name}</translation>
    </message>
    <message>
        <source>account now on {plan}</source>
        <translation>Kunde jetzt im Plan {plan}</translation>
    </message>
    <message>
        <source>Early adopter products</source>
        <translation>Early-Adopter-Produkte</translation>
    </message>
    <message>
        <source>non-production trial until {date}</source>
        <translation>Testlizenz (nicht produktiv) bis {date}</translation>
    </message>
    <message>
        <source>Licences: {list}</source>
        <translation>Lizenzen: {list}</translation>
    </message>
    <message>
        <source>Unassigned — in the queue</source>
        <translation>Nicht zugewiesen — in der Warteschlange</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{category} · paid add-on · no SLA</source>
        <translation>{category} · bezahlte Zusatzleistung · kein SLA</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>fällig {when}</translation>
    </message>
    <message>
        <source>answered {when} · met (was due {due})</source>
        <translation>beantwortet {when} · eingehalten (fällig war {due})</translation>
    </message>
    <message>
        <source>answered {when} · late by {late} (operational; was due {due})</source>
        <translation>beantwortet {when} · {late} zu spät (in Betriebsstunden; fällig war {due})</translation>
    </message>
    <message>
        <source>was due {due} · {late} overdue (operational)</source>
        <translation>fällig war {due} · {late} überfällig (in Betriebsstunden)</translation>
    </message>
    <message>
        <source>due {due} · {left} left (operational)</source>
        <translation>fällig {due} · noch {left} (in Betriebsstunden)</translation>
    </message>
    <message>
        <source> · paused — resumes {when}</source>
        <translation> · pausiert — läuft weiter {when}</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Zu diesem Fall gibt es noch keine Einträge.</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Reply by email</source>
        <translation>Antwort per E-Mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>{kind}, entered by {agent}</source>
        <translation>{kind}, erfasst von {agent}</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>automatische Antwort</translation>
    </message>
    <message>
        <source>(shown as text; the original HTML is kept)</source>
        <translation>(als Text angezeigt; das ursprüngliche HTML bleibt erhalten)</translation>
    </message>
    <message>
        <source>Acknowledgement sent to the customer</source>
        <translation>Eingangsbestätigung an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Acknowledgement to the customer failed</source>
        <translation>Eingangsbestätigung an den Kunden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Acknowledgement being sent to the customer</source>
        <translation>Eingangsbestätigung wird an den Kunden gesendet</translation>
    </message>
    <message>
        <source>Acknowledgement queued for the customer</source>
        <translation>Eingangsbestätigung an den Kunden im Postausgang</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>Von: {who}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>An: {who}</translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation>Cc: {who}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Fehlgeschlagen — {why}</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Im Postausgang</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>{who} opened the case ({what})</source>
        <translation>{who} hat den Fall eröffnet ({what})</translation>
    </message>
    <message>
        <source>Case opened ({what})</source>
        <translation>Fall eröffnet ({what})</translation>
    </message>
    <message>
        <source>{who} claimed the case</source>
        <translation>{who} hat den Fall übernommen</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>{who} assigned the case to {to}</source>
        <translation>{who} hat den Fall {to} zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to {to}</source>
        <translation>Zugewiesen an {to}</translation>
    </message>
    <message>
        <source>{who} returned the case to the queue</source>
        <translation>{who} hat den Fall in die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>Status {old} → {new}</translation>
    </message>
    <message>
        <source>{who} changed {change}</source>
        <translation>{who} hat geändert: {change}</translation>
    </message>
    <message>
        <source>Customer wrote back: {change}</source>
        <translation>Kunde hat geantwortet: {change}</translation>
    </message>
    <message>
        <source>{who} changed severity {old} → {new}</source>
        <translation>{who} hat den Schweregrad geändert: {old} → {new}</translation>
    </message>
    <message>
        <source>First response now due {when}</source>
        <translation>Erstreaktion jetzt fällig {when}</translation>
    </message>
    <message>
        <source>First response by {who} — in time</source>
        <translation>Erstreaktion von {who} — rechtzeitig</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>einem Agent</translation>
    </message>
    <message>
        <source>First response by {who} — late</source>
        <translation>Erstreaktion von {who} — verspätet</translation>
    </message>
    <message>
        <source>Follows the closed case {number}</source>
        <translation>Folgefall zum geschlossenen Fall {number}</translation>
    </message>
    <message>
        <source>{who} linked mail from {sender} to {account}</source>
        <translation>{who} hat die E-Mail von {sender} dem Kunden {account} zugeordnet</translation>
    </message>
    <message>
        <source>Mail to the customer not delivered: {why}</source>
        <translation>E-Mail an den Kunden nicht zugestellt: {why}</translation>
    </message>
    <message>
        <source>{who} sent a failed message again</source>
        <translation>{who} hat eine fehlgeschlagene Nachricht erneut gesendet</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected.</source>
        <translation>Kein Fall ausgewählt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading case #{number}…</source>
        <translation>Fall #{number} wird geladen…</translation>
    </message>
    <message>
        <source>The case could not be loaded</source>
        <translation>Der Fall konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Geben Sie zuerst einen Text ein.</translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation>Nicht gesendet — die Datenbank ist nicht erreichbar; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The case is closed; only internal notes can be added</source>
        <translation>Der Fall ist geschlossen; nur interne Notizen sind möglich</translation>
    </message>
    <message>
        <source>Send to the customer ({0})</source>
        <translation>An den Kunden senden ({0})</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Nicht erneut gesendet</translation>
    </message>
    <message>
        <source>The message is queued to be sent again.</source>
        <translation>Die Nachricht liegt zum erneuten Senden im Postausgang.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Die Datei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The file was not saved: {why}</source>
        <translation>Die Datei wurde nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable.</source>
        <translation>Nicht gespeichert — die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Changed by someone else: {list}</source>
        <translation>Von jemand anderem geändert: {list}</translation>
    </message>
    <message>
        <source>Changed by someone else in the meantime.</source>
        <translation>Inzwischen von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>subject “{old}” → “{new}”</source>
        <translation>Betreff „{old}“ → „{new}“</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>Status {old} → {new}</translation>
    </message>
    <message>
        <source>severity {old} → {new}</source>
        <translation>Schweregrad {old} → {new}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>assignee {old} → {new}</source>
        <translation>Bearbeiter {old} → {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>due {old} → {new}</source>
        <translation>Fälligkeit {old} → {new}</translation>
    </message>
    <message>
        <source>version {old} → {new}</source>
        <translation>Version {old} → {new}</translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation>{doing} — die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation>{doing}: {why}</translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation>{doing}: unerwarteter Fehler ({why}).</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Kein Fall ausgewählt.</translation>
    </message>
    <message>
        <source>Message the customer…</source>
        <translation>Nachricht an den Kunden…</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter starts a new line</source>
        <translation>Enter sendet · Shift+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation>Nicht gesendet — die Datenbank ist nicht erreichbar; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The chat could not be loaded</source>
        <translation>Der Chat konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Live chat is not part of the {plan} plan.

Answer this customer with a public reply on the case.</source>
        <translation>Live-Chat ist im Plan {plan} nicht enthalten.

Antworten Sie diesem Kunden mit einer öffentlichen Antwort im Fall.</translation>
    </message>
    <message>
        <source>The case is closed; the chat is read-only.</source>
        <translation>Der Fall ist geschlossen; der Chat ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>entered by {agent}</source>
        <translation>erfasst von {agent}</translation>
    </message>
    <message>
        <source>Customer waiting {time}</source>
        <translation>Kunde wartet seit {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation>{doing} — die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation>{doing}: {why}</translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation>{doing}: unerwarteter Fehler ({why}).</translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Cockpit</name>
    <message>
        <source>no non-production trial</source>
        <translation>keine Testlizenz (nicht produktiv)</translation>
    </message>
    <message>
        <source>trial expired yesterday ({0})</source>
        <translation>Testlizenz gestern abgelaufen ({0})</translation>
    </message>
    <message>
        <source>trial expired {0} days ago ({1})</source>
        <translation>Testlizenz vor {0} Tagen abgelaufen ({1})</translation>
    </message>
    <message>
        <source>trial ends today ({0})</source>
        <translation>Testlizenz endet heute ({0})</translation>
    </message>
    <message>
        <source>trial until {0} — expires tomorrow</source>
        <translation>Testlizenz bis {0} — läuft morgen ab</translation>
    </message>
    <message>
        <source>trial until {0} — expires in {1} days</source>
        <translation>Testlizenz bis {0} — läuft in {1} Tagen ab</translation>
    </message>
    <message>
        <source>early-adopter products qualified</source>
        <translation>für Early-Adopter-Produkte qualifiziert</translation>
    </message>
    <message>
        <source>not qualified for early-adopter products</source>
        <translation>nicht für Early-Adopter-Produkte qualifiziert</translation>
    </message>
    <message>
        <source>live now — ends {0}</source>
        <translation>läuft jetzt — endet um {0}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>in {0} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>in {0} h</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>in {0} Tagen</translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation>heute {0}</translation>
    </message>
    <message>
        <source>yesterday {0}</source>
        <translation>gestern {0}</translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message>
        <source>My accounts — {0}</source>
        <translation>Meine Kunden — {0}</translation>
    </message>
    <message>
        <source>TAM cockpit — {0}</source>
        <translation>TAM-Cockpit — {0}</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation>Ihre Kunden werden geladen…</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>Cockpit</translation>
    </message>
    <message>
        <source>TAM:</source>
        <translation>TAM:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>● On call 24x7 for Severity 1 on your Premier accounts — alerts are never muted</source>
        <translation>● Rufbereitschaft 24x7 für Schweregrad 1 bei Ihren Premier-Kunden — Alarme werden nie stummgeschaltet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There are no TAMs yet: an admin adds them under Administration.</source>
        <translation>Es gibt noch keine TAMs: Ein Administrator legt sie unter Administration an.</translation>
    </message>
    <message>
        <source>Accounts of {0}</source>
        <translation>Kunden von {0}</translation>
    </message>
    <message>
        <source>No accounts are assigned to you yet. An admin makes a TAM dedicated to Premier accounts.</source>
        <translation>Ihnen sind noch keine Kunden zugewiesen. Ein Administrator ordnet Premier-Kunden einen TAM zu.</translation>
    </message>
    <message numerus="yes">
        <source> · and %n more</source>
        <translation>
            <numerusform> · und %n weiterer</numerusform>
            <numerusform> · und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts are assigned to {0} yet. An admin makes a TAM dedicated to Premier accounts.</source>
        <translation>{0} sind noch keine Kunden zugewiesen. Ein Administrator weist Premier-Kunden einen dedizierten TAM zu.</translation>
    </message>
    <message>
        <source>Could not read the accounts ({0}).</source>
        <translation>Die Kunden konnten nicht gelesen werden ({0}).</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>Live · aktualisiert {0}</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running.</source>
        <translation>Die Datenbank ist nicht erreichbar — Verbindung wird wiederhergestellt… Die Countdowns laufen weiter.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Severity 1 awaiting first response: #{0} {1} — {2} ({3})</source>
        <translation>Schweregrad 1 ohne Erstreaktion: #{0} {1} — {2} ({3})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>no SLA · paid add-on</source>
        <translation>kein SLA · bezahlte Zusatzleistung</translation>
    </message>
    <message>
        <source>met · {0} to spare</source>
        <translation>eingehalten · {0} Puffer</translation>
    </message>
    <message>
        <source>breached +{0}</source>
        <translation>verletzt +{0}</translation>
    </message>
    <message>
        <source>paused — resumes {0}</source>
        <translation>pausiert — läuft weiter {0}</translation>
    </message>
    <message>
        <source>{0} · resumes {1}</source>
        <translation>{0} · läuft weiter {1}</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Change the exam session</source>
        <translation>Prüfungssitzung ändern</translation>
    </message>
    <message>
        <source>Book an exam session</source>
        <translation>Prüfungssitzung buchen</translation>
    </message>
    <message>
        <source>Proctored exam session</source>
        <translation>Proctored-Prüfungssitzung</translation>
    </message>
    <message>
        <source>Once (on demand)</source>
        <translation>Einmalig (auf Anfrage)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Times are in {0}.</source>
        <translation>Zeitangaben in {0}.</translation>
    </message>
    <message>
        <source>{0}; {1}h {2:02d}m each.</source>
        <translation>{0}; jeweils {1}h {2:02d}m.</translation>
    </message>
</context>
<context>
    <name>ExamModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (wiederkehrend)</translation>
    </message>
    <message>
        <source>{0}
Times in {1}; the session is held in {2}</source>
        <translation>{0}
Zeiten in {1}; die Sitzung findet in der Zeitzone {2} statt</translation>
    </message>
</context>
<context>
    <name>ExamSessionModel</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>First window</source>
        <translation>Erster Termin</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in {0}, the session&apos;s own time zone, as it is booked; the cockpit shows them in your zone</source>
        <translation>Zeiten in {0}, der Zeitzone der Sitzung, wie gebucht; das Cockpit zeigt sie in Ihrer Zeitzone</translation>
    </message>
</context>
<context>
    <name>ExamsTab</name>
    <message>
        <source>A Proctored account&apos;s clock also runs during its exam sessions, at night, at weekends and on holidays. Changing a session recomputes that account&apos;s open cases.</source>
        <translation>Bei Proctored-Kunden läuft die Uhr auch während ihrer Prüfungssitzungen, nachts, an Wochenenden und an Feiertagen. Eine Änderung an einer Sitzung berechnet die offenen Fälle dieses Kunden neu.</translation>
    </message>
    <message>
        <source>No exam sessions are booked.</source>
        <translation>Es sind keine Prüfungssitzungen gebucht.</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Buchen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Cancel an occurrence…</source>
        <translation>Termin absagen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Booked for {0}.</source>
        <translation>Für {0} gebucht.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Geändert.</translation>
    </message>
    <message>
        <source>Cancelled the session of {0}.</source>
        <translation>Sitzung am {0} abgesagt.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>No account is on the Proctored plan: exam sessions are booked for those.</source>
        <translation>Kein Kunde hat den Plan Proctored: Prüfungssitzungen werden nur für solche Kunden gebucht.</translation>
    </message>
    <message>
        <source>{0} has no coming occurrence to cancel.</source>
        <translation>{0} hat keinen bevorstehenden Termin, der abgesagt werden könnte.</translation>
    </message>
    <message>
        <source>Cancel an occurrence</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Which session of {0}?</source>
        <translation>Welchen Termin von {0}?</translation>
    </message>
    <message>
        <source>Delete {0} of {1} with all its occurrences?</source>
        <translation>{0} von {1} mit allen Terminen löschen?</translation>
    </message>
    <message>
        <source>Delete the exam session</source>
        <translation>Prüfungssitzung löschen</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press any key to close</source>
        <translation>Zum Schließen eine beliebige Taste drücken</translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>{0}: closed in {1}</source>
        <translation>{0}: geschlossen in {1}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows, from its next start</source>
        <translation>Die Sprache der Konsolenfenster, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systemsprache ({0})</translation>
    </message>
    <message>
        <source>The console speaks {0} from its next start.</source>
        <translation>Die Konsole ist ab dem nächsten Start auf {0}.</translation>
    </message>
</context>
<context>
    <name>LeadCasesModel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Breached and at risk first, then unassigned</source>
        <translation>Verletzte und gefährdete zuerst, dann nicht zugewiesene</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Neu zuweisen an…</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Zurück in die Warteschlange</translation>
    </message>
    <message>
        <source>Take the case off its assignee; anyone may claim it</source>
        <translation>Den Fall dem Bearbeiter entziehen; jeder kann ihn übernehmen</translation>
    </message>
    <message>
        <source>Agents&apos; load</source>
        <translation>Auslastung der Agents</translation>
    </message>
    <message>
        <source>{0} — {1} · {2} open</source>
        <translation>{0} — {1} · {2} offen</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to account</source>
        <translation>Kunden zuordnen</translation>
    </message>
    <message>
        <source>Open a case for the mail from {0} on an account. Its clock starts when the mail arrived.</source>
        <translation>Für die E-Mail von {0} einen Fall bei einem Kunden eröffnen. Die Uhr des Falls beginnt mit dem Eingang der E-Mail.</translation>
    </message>
    <message>
        <source>Type to filter the accounts</source>
        <translation>Tippen, um die Kunden zu filtern</translation>
    </message>
    <message>
        <source>Add {0} as a contact of the account</source>
        <translation>{0} als Kontakt des Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Link and open the case</source>
        <translation>Zuordnen und Fall eröffnen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Who are you on this workstation?</source>
        <translation>Wer sind Sie an diesem Arbeitsplatz?</translation>
    </message>
    <message>
        <source>Act as someone else (demo only)</source>
        <translation>Als andere Person handeln (nur Demo)</translation>
    </message>
    <message>
        <source>Remember for this workstation</source>
        <translation>Für diesen Arbeitsplatz merken</translation>
    </message>
    <message>
        <source>A local database is for one person&apos;s workstation and for the demo: whoever can open the file can change it.</source>
        <translation>Eine lokale Datenbank ist für den Arbeitsplatz einer Person und für die Demo gedacht: Wer die Datei öffnen kann, kann sie ändern.</translation>
    </message>
    <message>
        <source>You are {name} ({role})</source>
        <translation>Sie sind {name} ({role})</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Handeln als:</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Where the mail service (support-console mail run) fetches customers&apos; mail and sends the team&apos;s replies. New mail from a contact opens a case; mail from unknown senders waits for an agent under Unknown senders.</source>
        <translation>Hier holt der Mail-Dienst (support-console mail run) die E-Mails der Kunden ab und versendet die Antworten des Teams. Neue E-Mails von einem Kontakt eröffnen einen Fall; E-Mails von unbekannten Absendern warten unter „Unbekannte Absender“ auf einen Agent.</translation>
    </message>
    <message>
        <source>(leave the mail where it is)</source>
        <translation>(E-Mail nicht verschieben)</translation>
    </message>
    <message>
        <source>Set IMAP password…</source>
        <translation>IMAP-Passwort festlegen…</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Eingang (IMAP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Move read mail to</source>
        <translation>Gelesene E-Mails verschieben nach</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(keine Anmeldung)</translation>
    </message>
    <message>
        <source>Set SMTP password…</source>
        <translation>SMTP-Passwort festlegen…</translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation>Ausgang (SMTP)</translation>
    </message>
    <message>
        <source>Example Support</source>
        <translation>Beispiel-Support</translation>
    </message>
    <message>
        <source>Acknowledge new cases to the customer</source>
        <translation>Kunden den Eingang neuer Fälle bestätigen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Größenlimit</translation>
    </message>
    <message>
        <source>Check for mail every</source>
        <translation>Auf neue E-Mails prüfen alle</translation>
    </message>
    <message>
        <source>Severity of new cases</source>
        <translation>Schweregrad neuer Fälle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Check servers</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <source>Log in to the saved IMAP and SMTP servers from this machine</source>
        <translation>Von diesem Rechner aus bei den gespeicherten IMAP- und SMTP-Servern anmelden</translation>
    </message>
    <message>
        <source>Passwords are not stored in the database: “Set IMAP password…” and “Set SMTP password…” keep them in this machine&apos;s keyring. On a server, give the mail service its passwords as systemd credentials or a password file (support-console admin mail password).</source>
        <translation>Passwörter werden nicht in der Datenbank gespeichert: „IMAP-Passwort festlegen…“ und „SMTP-Passwort festlegen…“ legen sie im Schlüsselbund dieses Rechners ab. Auf einem Server erhält der Mail-Dienst seine Passwörter als systemd-Credentials oder über eine Passwortdatei (support-console admin mail password).</translation>
    </message>
    <message>
        <source>Messages that could not be read</source>
        <translation>Nachrichten, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>None: every message was read.</source>
        <translation>Keine: Alle Nachrichten wurden gelesen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round</source>
        <translation>Der Mail-Dienst liest die Nachricht bei seinem nächsten Durchlauf erneut</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Give up on the message; it stays stored</source>
        <translation>Nachricht aufgeben; sie bleibt gespeichert</translation>
    </message>
    <message>
        <source>Save message…</source>
        <translation>Nachricht speichern…</translation>
    </message>
    <message>
        <source>Save the message as it arrived (.eml) to look at it</source>
        <translation>Nachricht im Originalzustand (.eml) speichern, um sie anzusehen</translation>
    </message>
    <message>
        <source>Last changed {0}{1}.</source>
        <translation>Zuletzt geändert {0}{1}.</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> von {0}</translation>
    </message>
    <message>
        <source>Never changed: these are the defaults.</source>
        <translation>Nie geändert: Dies sind die Standardwerte.</translation>
    </message>
    <message>
        <source>Someone else changed the mail settings. Your unsaved edits are kept; save or reload.</source>
        <translation>Jemand anderes hat die E-Mail-Einstellungen geändert. Ihre ungespeicherten Änderungen bleiben erhalten; bitte speichern oder neu laden.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nichts zu speichern: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The mail service uses them from its next round.</source>
        <translation>
            <numerusform>%n Änderung gespeichert. Der Mail-Dienst übernimmt sie ab seinem nächsten Durchlauf.</numerusform>
            <numerusform>%n Änderungen gespeichert. Der Mail-Dienst übernimmt sie ab seinem nächsten Durchlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the {0} server and user first: the password belongs to them.</source>
        <translation>Speichern Sie zuerst den {0}-Server und den Benutzer: Das Passwort gehört zu diesen.</translation>
    </message>
    <message>
        <source>Save the changed {0} server or user first: the password belongs to them.</source>
        <translation>Speichern Sie zuerst den geänderten {0}-Server bzw. Benutzer: Das Passwort gehört zu diesen.</translation>
    </message>
    <message>
        <source>Set {0} password</source>
        <translation>{0}-Passwort festlegen</translation>
    </message>
    <message>
        <source>Password for {0} on {1} (kept in this machine&apos;s keyring):</source>
        <translation>Passwort für {0} auf {1} (wird im Schlüsselbund dieses Rechners abgelegt):</translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>Kein Passwort eingegeben; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The {0} password for {1} is kept in this machine&apos;s keyring.</source>
        <translation>Das {0}-Passwort für {1} liegt im Schlüsselbund dieses Rechners.</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Server werden geprüft…</translation>
    </message>
    <message>
        <source>Checking the saved settings (your unsaved edits are not used)…</source>
        <translation>Die gespeicherten Einstellungen werden geprüft (Ihre ungespeicherten Änderungen werden nicht verwendet)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{0} of {1} servers failed the check.</source>
        <translation>{0} von {1} Servern haben die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>Both servers answered.</source>
        <translation>Beide Server haben geantwortet.</translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round.</source>
        <translation>Der Mail-Dienst liest die Nachricht bei seinem nächsten Durchlauf erneut.</translation>
    </message>
    <message>
        <source>The message was discarded; it stays stored.</source>
        <translation>Die Nachricht wurde verworfen; sie bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Mail messages (*.eml);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the message ({0} bytes) to {1}.</source>
        <translation>Nachricht ({0} Bytes) unter {1} gespeichert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Support Console — {0}</source>
        <translation>Support Console — {0}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the case and give the queue the whole width</source>
        <translation>Fallansicht schließen; die Warteschlange erhält die volle Breite</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Claim next</source>
        <translation>Nächsten übernehmen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Unbekannte Absender</translation>
    </message>
    <message>
        <source>Mail from addresses no account knows, waiting to be linked or closed (Ctrl+U)</source>
        <translation>E-Mails von Adressen, die keinem Kunden bekannt sind; sie warten auf Zuordnung oder Schließen (Ctrl+U)</translation>
    </message>
    <message>
        <source>Mute alerts 30 min</source>
        <translation>Alarme 30 min stumm</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find in queue</source>
        <translation>In Warteschlange suchen</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Zum Antwortfeld</translation>
    </message>
    <message>
        <source>Go to the chat composer</source>
        <translation>Zum Chat-Eingabefeld</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Zur Warteschlange</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Add the text as an internal note</source>
        <translation>Text als interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>In chat: send / new line</source>
        <translation>Im Chat: senden / neue Zeile</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen…</translation>
    </message>
    <message>
        <source>{0} of {1} open cases</source>
        <translation>{0} von {1} offenen Fällen</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>Live · aktualisiert {0}</translation>
    </message>
    <message>
        <source>Chat · {0} unread</source>
        <translation>Chat · {0} ungelesen</translation>
    </message>
    <message>
        <source>Nothing to claim: the queue has no case for you.</source>
        <translation>Nichts zu übernehmen: Die Warteschlange hat keinen Fall für Sie.</translation>
    </message>
    <message>
        <source>Could not claim: the database is unreachable.</source>
        <translation>Übernehmen nicht möglich: Die Datenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>You claimed #{0}</source>
        <translation>Sie haben #{0} übernommen</translation>
    </message>
    <message>
        <source>Unknown senders ({0})</source>
        <translation>Unbekannte Absender ({0})</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running and your text is kept.</source>
        <translation>Die Datenbank ist nicht erreichbar — Verbindung wird wiederhergestellt… Die Countdowns laufen weiter und Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Alarme sind eingeschaltet.</translation>
    </message>
    <message>
        <source>Alerts muted for 30 minutes.</source>
        <translation>Alarme für 30 Minuten stummgeschaltet.</translation>
    </message>
</context>
<context>
    <name>NextToBreachModel</name>
    <message>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Your note — double-click to edit</source>
        <translation>Ihre Notiz — zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Written by {0}</source>
        <translation>Verfasst von {0}</translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation>bearbeitet {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes on this account yet.</source>
        <translation>Noch keine Notizen zu diesem Kunden.</translation>
    </message>
    <message>
        <source>Write a note on this account… (Ctrl+Enter saves)</source>
        <translation>Notiz zu diesem Kunden schreiben… (Ctrl+Enter speichert)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The note you were editing was deleted; your text is kept.</source>
        <translation>Die Notiz, die Sie bearbeitet haben, wurde gelöscht; Ihr Text bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the note was changed in the meantime (reloaded above). Your text is kept; save again to replace it.</source>
        <translation>Nicht gespeichert: Die Notiz wurde inzwischen geändert (oben neu geladen). Ihr Text bleibt erhalten; speichern Sie erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable. Your text is kept.</source>
        <translation>Nicht gespeichert — die Datenbank ist nicht erreichbar. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Not saved: unexpected error ({0}).</source>
        <translation>Nicht gespeichert: unerwarteter Fehler ({0}).</translation>
    </message>
    <message>
        <source>Only the account&apos;s TAM writes notes here.</source>
        <translation>Notizen schreibt hier nur der TAM des Kunden.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Editing your note</source>
        <translation>Sie bearbeiten Ihre Notiz</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password for {0}</source>
        <translation>Einmalpasswort für {0}</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Give this to {0} in person or by phone; they choose their own password at first sign-in. It is not shown again.</source>
        <translation>Teilen Sie es {0} persönlich oder telefonisch mit; bei der ersten Anmeldung wählt die Person ein eigenes Passwort. Es wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose your password — Support Console</source>
        <translation>Passwort wählen — Support Console</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wählen Sie Ihr Passwort</translation>
    </message>
    <message>
        <source>You signed in as {login} with a one-time password. Choose your own now: at least {minimum} characters, not containing your user name.</source>
        <translation>Sie haben sich als {login} mit einem Einmalpasswort angemeldet. Wählen Sie jetzt ein eigenes: mindestens {minimum} Zeichen, ohne Ihren Benutzernamen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Speichern und anmelden</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Saving your password…</source>
        <translation>Ihr Passwort wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Full name, e.g. Aisha Rahman</source>
        <translation>Vollständiger Name, z. B. Aisha Rahman</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>wird aus dem Namen gebildet</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>z. B. en, de</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>They sign in with the login and a one-time password shown to you next; they choose their own password at first sign-in.</source>
        <translation>Die Person meldet sich mit dem Anmeldenamen und einem Einmalpasswort an, das Ihnen als Nächstes angezeigt wird; bei der ersten Anmeldung wählt sie ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation>Eine lokale Datenbank hat keine Passwörter: Wer die Datei öffnen kann, kann sie verwenden.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>{0} is already a person here.</source>
        <translation>{0} ist hier bereits als Person angelegt.</translation>
    </message>
    <message>
        <source>The login {0} is taken.</source>
        <translation>Der Anmeldename {0} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Name at least one language, e.g. en.</source>
        <translation>Geben Sie mindestens eine Sprache an, z. B. en.</translation>
    </message>
    <message>
        <source>{0} is not an email address.</source>
        <translation>{0} ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Verbindung zu</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>There is no database file at {0} yet; it is created at the first sign-in.</source>
        <translation>Unter {0} gibt es noch keine Datenbankdatei; sie wird bei der ersten Anmeldung angelegt.</translation>
    </message>
    <message>
        <source>The databases this workstation signs in to. Passwords are kept in the operating system&apos;s keyring, never in a file.</source>
        <translation>Die Datenbanken, bei denen sich dieser Arbeitsplatz anmeldet. Passwörter liegen im Schlüsselbund des Betriebssystems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Profile {0}</source>
        <translation>Profil {0}</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Saved the profile {0}.</source>
        <translation>Profil {0} gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Verbindung zu {0} wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Verbindung nicht möglich: {0}</translation>
    </message>
    <message>
        <source>{0} is now the default at sign-in.</source>
        <translation>{0} ist jetzt der Standard bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Deleted the profile {0}.</source>
        <translation>Profil {0} gelöscht.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation>1 Dringend</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Hoch</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation>3 Mittel</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Niedrig</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premier</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Proctored</source>
        <translation>Proctored</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartet auf Kunde</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Operational time left until the first response is due</source>
        <translation>Verbleibende Betriebszeit bis zur Fälligkeit der Erstreaktion</translation>
    </message>
    <message>
        <source>Channel: how the customer reached us (email or the console)</source>
        <translation>Kanal: wie uns der Kunde erreicht hat (E-Mail oder Konsole)</translation>
    </message>
    <message>
        <source>Why here: {0}</source>
        <translation>Warum hier: {0}</translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation>Proctored-Prüfungssitzung läuft gerade</translation>
    </message>
    <message>
        <source>No SLA clock: paid add-on</source>
        <translation>Keine SLA-Uhr: bezahlte Zusatzleistung</translation>
    </message>
    <message>
        <source>First response due {0} · {1}</source>
        <translation>Erstreaktion fällig {0} · {1}</translation>
    </message>
    <message>
        <source>1 unread chat message</source>
        <translation>1 ungelesene Chatnachricht</translation>
    </message>
    <message>
        <source>{0} unread chat messages</source>
        <translation>{0} ungelesene Chatnachrichten</translation>
    </message>
</context>
<context>
    <name>QueuePreviewModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Warum hier</translation>
    </message>
    <message>
        <source> · exam live</source>
        <translation> · Prüfung läuft</translation>
    </message>
    <message>
        <source>paid add-on</source>
        <translation>bezahlte Zusatzleistung</translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation>wartet auf Antwort</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
</context>
<context>
    <name>QueueRuleModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>switched off — it orders nothing</source>
        <translation>ausgeschaltet — ohne Wirkung auf die Reihenfolge</translation>
    </message>
</context>
<context>
    <name>QueueRulesTab</name>
    <message>
        <source>The queue is ordered by these rules, first rule first; the case number settles ties. Team leads and admins may reorder them and switch them off. Paid add-ons never get a lift from the live-exam, priority-plan and first-response rules.</source>
        <translation>Die Warteschlange wird nach diesen Regeln geordnet, die erste Regel zuerst; bei Gleichstand entscheidet die Fallnummer. Teamleitung und Administratoren können die Regeln umordnen und ausschalten. Bezahlte Zusatzleistungen erhalten nie Vorrang durch die Regeln für laufende Prüfungen, Prioritätspläne und Erstreaktion.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Reset to published</source>
        <translation>Veröffentlichte Reihenfolge</translation>
    </message>
    <message>
        <source>Every rule on, in the order the SPEC publishes</source>
        <translation>Alle Regeln an, in der Reihenfolge, die die SPEC veröffentlicht</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>the published chain</source>
        <translation>die veröffentlichte Kette</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Chain: {0}{1}</source>
        <translation>Kette: {0}{1}</translation>
    </message>
    <message>
        <source>Preview — the first {0} of {1} open cases under these rules</source>
        <translation>Vorschau — die ersten {0} von {1} offenen Fällen nach diesen Regeln</translation>
    </message>
    <message>
        <source>Preview — the queue is empty</source>
        <translation>Vorschau — die Warteschlange ist leer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. Every console orders its queue by these rules now.</source>
        <translation>Gespeichert. Jede Konsole ordnet ihre Warteschlange jetzt nach diesen Regeln.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>My cases</source>
        <translation>Meine Fälle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premier</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Proctored</source>
        <translation>Proctored</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation>1 Dringend</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Hoch</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation>3 Mittel</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Niedrig</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Search number, subject, account</source>
        <translation>Nummer, Betreff, Kunde suchen</translation>
    </message>
    <message>
        <source>{0} (no room)</source>
        <translation>{0} (kein Platz)</translation>
    </message>
    <message>
        <source>Default column widths</source>
        <translation>Standard-Spaltenbreiten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Write a reply to the customer, or an internal note…</source>
        <translation>Antwort an den Kunden oder interne Notiz schreiben…</translation>
    </message>
    <message>
        <source>{0} sends · {1} adds a note</source>
        <translation>{0} sendet · {1} fügt eine Notiz hinzu</translation>
    </message>
    <message>
        <source>Only agents see internal notes ({0})</source>
        <translation>Interne Notizen sehen nur Agents ({0})</translation>
    </message>
    <message>
        <source>Send to the customer ({0})</source>
        <translation>An den Kunden senden ({0})</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Reply goes by email to {address}</source>
        <translation>Die Antwort geht per E-Mail an {address}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Erfüllungsquote</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Reaktion (Median)</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Pläne</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No clock settled in this period</source>
        <translation>In diesem Zeitraum wurde keine SLA-Uhr abgeschlossen</translation>
    </message>
    <message>
        <source>{0} met of {1} settled</source>
        <translation>{0} von {1} abgeschlossenen eingehalten</translation>
    </message>
    <message>
        <source>Clocks still running at the end of the period (or now)</source>
        <translation>SLA-Uhren, die am Ende des Zeitraums (oder jetzt) noch laufen</translation>
    </message>
    <message>
        <source>Operational time from opening to the first response, over {0} responses</source>
        <translation>Betriebszeit von der Eröffnung bis zur Erstreaktion, über {0} Reaktionen</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>SLA reports — Support Console</source>
        <translation>SLA-Berichte — Support Console</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA-Erfüllungsquote</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Met and breached: clocks settled in the period. Open: still running at its end. Response times: operational time to the first response.</source>
        <translation>Eingehalten und verletzt: im Zeitraum abgeschlossene SLA-Uhren. Offen: an seinem Ende noch laufend. Reaktionszeiten: Betriebszeit bis zur Erstreaktion.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Bericht wird geladen…</translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation>Kein Bericht für diesen Zeitraum</translation>
    </message>
    <message>
        <source>The database is unreachable — retrying…</source>
        <translation>Die Datenbank ist nicht erreichbar — neuer Versuch…</translation>
    </message>
    <message>
        <source>The report failed: {0}</source>
        <translation>Der Bericht ist fehlgeschlagen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clock(s)</source>
        <translation>
            <numerusform>%Ln SLA-Uhr</numerusform>
            <numerusform>%Ln SLA-Uhren</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated {0}</source>
        <translation>Erstellt um {0}</translation>
    </message>
    <message>
        <source>period {0}</source>
        <translation>Zeitraum {0}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Export the SLA report</source>
        <translation>SLA-Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Export fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Saved the report to {0}</source>
        <translation>Bericht unter {0} gespeichert</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>e.g. Team</source>
        <translation>z. B. Team</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>z. B. db.example.com</translation>
    </message>
    <message>
        <source>e.g. support</source>
        <translation>z. B. support</translation>
    </message>
    <message>
        <source>New PostgreSQL server</source>
        <translation>Neuer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>e.g. aisha.rahman</source>
        <translation>z. B. aisha.rahman</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <source>Sign in with your own user name. The first time, use the one-time password an admin gave you.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Benutzernamen an. Verwenden Sie beim ersten Mal das Einmalpasswort, das Sie von einem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No OS keyring is available on this machine, so no password can be remembered.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund des Betriebssystems verfügbar; daher kann kein Passwort gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Someone else changed the set-up. Your unsaved edits are kept; save or reload.</source>
        <translation>Jemand anderes hat die Einrichtung geändert. Ihre ungespeicherten Änderungen bleiben erhalten; bitte speichern oder neu laden.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Support Console</source>
        <translation>Anmelden — Support Console</translation>
    </message>
    <message>
        <source>Support Console</source>
        <translation>Support Console</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Server hinzufügen…</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>Server speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Opening the local database (demo data is prepared on first start)…</source>
        <translation>Lokale Datenbank wird geöffnet (beim ersten Start werden Demodaten angelegt)…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not open the database: {0}</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>No one works here yet: add a person with `support-console user add`.</source>
        <translation>Hier arbeitet noch niemand: Legen Sie mit `support-console user add` eine Person an.</translation>
    </message>
    <message>
        <source>Demo data was created.</source>
        <translation>Demodaten wurden angelegt.</translation>
    </message>
    <message>
        <source>Signing in as {0}…</source>
        <translation>Anmeldung als {0}…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Verbindung nicht möglich: {0}</translation>
    </message>
    <message>
        <source>{0} is not a person on this database: sign in with your own user name.</source>
        <translation>{0} ist in dieser Datenbank nicht als Person angelegt: Melden Sie sich mit Ihrem eigenen Benutzernamen an.</translation>
    </message>
    <message>
        <source>Your one-time password expired on {0}: ask an admin for a new one.</source>
        <translation>Ihr Einmalpasswort ist am {0} abgelaufen: Bitten Sie einen Administrator um ein neues.</translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation>Wählen Sie ein eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are not signed in: choose your own password to continue.</source>
        <translation>Sie sind nicht angemeldet: Wählen Sie ein eigenes Passwort, um fortzufahren.</translation>
    </message>
    <message>
        <source>{name} has the {role} role and the {window} is for: {roles}.</source>
        <translation>{name} hat die Rolle {role}; das Fenster „{window}“ ist für: {roles}.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Changed by someone else — reloaded. Check the values and save again.</source>
        <translation>Von jemand anderem geändert — neu geladen. Prüfen Sie die Werte und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The database is unreachable; nothing was saved. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar; es wurde nichts gespeichert. Versuchen Sie es erneut, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Ein Fehler ist aufgetreten: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) got a new due time.</source>
        <translation>
            <numerusform>%Ln offener Fall hat eine neue Fälligkeit erhalten.</numerusform>
            <numerusform>%Ln offene Fälle haben eine neue Fälligkeit erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TamOnCall</name>
    <message>
        <source>Premier 24x7 on-call · click to open the case</source>
        <translation>Premier-Rufbereitschaft 24x7 · zum Öffnen des Falls klicken</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ({0}h)</source>
        <translation>
            <numerusform>%n Tag ({0} Std.)</numerusform>
            <numerusform>%n Tage ({0} Std.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}  ·  {1} min</source>
        <translation>{0}  ·  {1} min</translation>
    </message>
    <message>
        <source>  ·  24x7</source>
        <translation>  ·  24x7</translation>
    </message>
    <message>
        <source>{0}, severity {1}: {2} operational minutes, counted on {3}.</source>
        <translation>{0}, Schweregrad {1}: {2} Betriebsminuten, gezählt nach {3}.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>First-response targets in operational minutes (a day is 12 operational hours = 720 minutes). Saving recomputes the due times of open cases still awaiting their first response.</source>
        <translation>Ziele für die Erstreaktion in Betriebsminuten (ein Tag hat 12 Betriebsstunden = 720 Minuten). Beim Speichern werden die Fälligkeiten offener Fälle, die noch auf ihre Erstreaktion warten, neu berechnet.</translation>
    </message>
    <message>
        <source>Standard and Premier count on the support calendar&apos;s hours; Premier Severity 1 on the 24x7 on-call clock; Proctored on the hours plus the account&apos;s exam sessions.</source>
        <translation>Standard und Premier zählen nach den Zeiten des Supportkalenders; Premier mit Schweregrad 1 nach der 24x7-Rufbereitschaftsuhr; Proctored nach diesen Zeiten plus den Prüfungssitzungen des Kunden.</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>Ziele speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation>Gespeichert. {0}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Wallboard-Schwellenwerte</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Kachel</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>Gelb ab</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>Rot ab</translation>
    </message>
    <message>
        <source>more is worse</source>
        <translation>mehr ist schlechter</translation>
    </message>
    <message>
        <source>less is worse</source>
        <translation>weniger ist schlechter</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>A tile turns amber, then red, when its figure reaches these limits (at or above where more is worse, at or below where less is worse).</source>
        <translation>Eine Kachel wird gelb und dann rot, wenn ihr Wert diese Grenzen erreicht (bei „mehr ist schlechter“ ab dem Grenzwert aufwärts, bei „weniger ist schlechter“ ab dem Grenzwert abwärts).</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>Times in {0} (your zone)</source>
        <translation>Zeiten in {0} (Ihre Zeitzone)</translation>
    </message>
    <message>
        <source>due times also in the support calendar&apos;s {0}</source>
        <translation>Fälligkeiten auch in der Zeitzone des Supportkalenders ({0})</translation>
    </message>
    <message>
        <source>support calendar {0}</source>
        <translation>Supportkalender {0}</translation>
    </message>
    <message>
        <source>under 1m</source>
        <translation>unter 1m</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{0} limit {1:g} %</source>
        <translation>Schwelle {0}: {1:g} %</translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>UnknownSendersWindow</name>
    <message>
        <source>Unknown senders — Support Console</source>
        <translation>Unbekannte Absender — Support Console</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Unbekannte Absender</translation>
    </message>
    <message>
        <source>Mail from addresses no account knows. It waits here without a clock until someone links it to an account — the case&apos;s clock then starts when the mail arrived — or closes it.</source>
        <translation>E-Mails von Adressen, die keinem Kunden bekannt sind. Sie warten hier ohne laufende Uhr, bis jemand sie einem Kunden zuordnet — die Uhr des Falls beginnt dann mit dem Eingang der E-Mail — oder sie schließt.</translation>
    </message>
    <message>
        <source>No mail from unknown senders is waiting.</source>
        <translation>Keine E-Mails von unbekannten Absendern vorhanden.</translation>
    </message>
    <message>
        <source>Link to account…</source>
        <translation>Kunden zuordnen…</translation>
    </message>
    <message>
        <source>Open a case on an account for this mail (Ctrl+K)</source>
        <translation>Für diese E-Mail einen Fall bei einem Kunden eröffnen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Close without a case…</source>
        <translation>Ohne Fall schließen…</translation>
    </message>
    <message>
        <source>Spam or a wrong address: no case, no answer; the mail stays stored</source>
        <translation>Spam oder falsche Adresse: kein Fall, keine Antwort; die E-Mail bleibt gespeichert</translation>
    </message>
    <message>
        <source>Link to account</source>
        <translation>Kunden zuordnen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>No mail selected.</source>
        <translation>Keine E-Mail ausgewählt.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Message {0} of {1}</source>
        <translation>Nachricht {0} von {1}</translation>
    </message>
    <message>
        <source>Linking the mail to {0}…</source>
        <translation>E-Mail wird {0} zugeordnet…</translation>
    </message>
    <message>
        <source>Case #{0} opened on {1}; its clock started when the mail arrived.</source>
        <translation>Fall #{0} für {1} eröffnet; seine Uhr läuft ab dem Eingang der E-Mail.</translation>
    </message>
    <message>
        <source>Close without a case</source>
        <translation>Ohne Fall schließen</translation>
    </message>
    <message>
        <source>Close the mail from {0} (“{1}”) without opening a case? Nobody is answered; the mail stays stored.</source>
        <translation>E-Mail von {0} („{1}“) schließen, ohne einen Fall zu eröffnen? Niemand erhält eine Antwort; die E-Mail bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Close the mail</source>
        <translation>E-Mail schließen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Closed the mail from {0} without a case.</source>
        <translation>E-Mail von {0} ohne Fall geschlossen.</translation>
    </message>
</context>
<context>
    <name>UnreadableModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Retry asked for</source>
        <translation>Wiederholung angefordert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set by them</source>
        <translation>Selbst gewählt</translation>
    </message>
    <message>
        <source>One-time, until {0}</source>
        <translation>Einmalig, bis {0}</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Noch kein Passwort</translation>
    </message>
    <message>
        <source>{0} chose their own password.</source>
        <translation>{0} hat ein eigenes Passwort gewählt.</translation>
    </message>
    <message>
        <source>The one-time password ran out: give {0} a new one.</source>
        <translation>Das Einmalpasswort ist abgelaufen: Geben Sie {0} ein neues.</translation>
    </message>
    <message>
        <source>{0} chooses their own password at first sign-in.</source>
        <translation>{0} wählt bei der ersten Anmeldung ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>{0} cannot sign in until you give them a one-time password.</source>
        <translation>{0} kann sich erst anmelden, wenn Sie ein Einmalpasswort vergeben.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Double-click a role, team or languages cell to change it; tick Active to let the person sign in.</source>
        <translation>Doppelklicken Sie auf eine Zelle für Rolle, Team oder Sprachen, um sie zu ändern; setzen Sie ein Häkchen bei „Aktiv“, damit sich die Person anmelden kann.</translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation>Eine lokale Datenbank hat keine Passwörter: Wer die Datei öffnen kann, kann sie verwenden.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Give one-time password…</source>
        <translation>Einmalpasswort vergeben…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Gespeichert: {0}.</translation>
    </message>
    <message>
        <source>{0} can no longer sign in; their open sessions were ended.</source>
        <translation>Keine Anmeldung mehr möglich für {0}; offene Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>Added {0} ({1}), who signs in as {2}.</source>
        <translation>{0} ({1}) hinzugefügt; Anmeldung als {2}.</translation>
    </message>
    <message>
        <source>Give {0} a new one-time password?</source>
        <translation>{0} ein neues Einmalpasswort geben?</translation>
    </message>
    <message>
        <source>{0}&apos;s current password stops working.</source>
        <translation>Das aktuelle Passwort von {0} wird ungültig.</translation>
    </message>
    <message>
        <source>Give a one-time password</source>
        <translation>Einmalpasswort vergeben</translation>
    </message>
    <message>
        <source>{0} has a new one-time password.</source>
        <translation>{0} hat ein neues Einmalpasswort.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <source>{0} is deactivated: activate them first.</source>
        <translation>{0} ist deaktiviert: Aktivieren Sie die Person zuerst.</translation>
    </message>
    <message>
        <source>A new one-time password for {0}, shown to you once.</source>
        <translation>Ein neues Einmalpasswort für {0}; es wird Ihnen nur einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>my accounts</source>
        <translation>Meine Kunden</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>WallboardHeader</name>
    <message>
        <source>Team: agent figures and loads count the team&apos;s members; case figures count the cases assigned to them plus the unassigned cases (the shared pool every team draws from).</source>
        <translation>Team: Agent-Kennzahlen und Auslastung zählen die Mitglieder des Teams; Fallkennzahlen zählen die ihnen zugewiesenen Fälle plus die nicht zugewiesenen Fälle (den gemeinsamen Pool, aus dem jedes Team schöpft).</translation>
    </message>
    <message>
        <source>Support wallboard</source>
        <translation>Support-Wallboard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Show the cases of the {0} plan</source>
        <translation>Fälle des Plans {0} anzeigen</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Schwellenwerte…</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Open cases to reassign and the agents&apos; load</source>
        <translation>Offene Fälle zum Neuzuweisen und Auslastung der Agents</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>Support Console — Wallboard</source>
        <translation>Support Console — Wallboard</translation>
    </message>
    <message>
        <source>Next to breach</source>
        <translation>Demnächst verletzt</translation>
    </message>
    <message>
        <source>No case is waiting for a first response against a running clock.</source>
        <translation>Kein Fall wartet bei laufender Uhr auf eine Erstreaktion.</translation>
    </message>
    <message>
        <source>SLA attainment per day — last 30 days</source>
        <translation>SLA-Erfüllungsquote pro Tag — letzte 30 Tage</translation>
    </message>
    <message>
        <source>30-day trend hidden: window too small</source>
        <translation>30-Tage-Trend ausgeblendet: Fenster zu klein</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Database unreachable — retrying</source>
        <translation>Datenbank nicht erreichbar — neuer Versuch</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>Live · aktualisiert {0}</translation>
    </message>
    <message>
        <source>no running clock awaits a first response</source>
        <translation>keine laufende Uhr wartet auf eine Erstreaktion</translation>
    </message>
    <message>
        <source>next: #{0} in {1}</source>
        <translation>nächster: #{0} in {1}</translation>
    </message>
    <message>
        <source>Case #{0} was changed by someone else — reloaded; try again.</source>
        <translation>Fall #{0} wurde von jemand anderem geändert — neu geladen; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>die Warteschlange</translation>
    </message>
    <message>
        <source>Case #{0} now goes to {1}.</source>
        <translation>Fall #{0} geht jetzt an {1}.</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Wartende Fälle</translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation>Ohne Erstreaktion</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>Heute verletzt</translation>
    </message>
    <message>
        <source>Oldest unassigned</source>
        <translation>Ältester ohne Bearbeiter</translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation>SLA-Erfüllungsquote heute</translation>
    </message>
    <message>
        <source>SLA attainment 7 days</source>
        <translation>SLA-Erfüllungsquote 7 Tage</translation>
    </message>
    <message>
        <source>Avg first response</source>
        <translation>Ø Erstreaktion</translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation>Wartende Chats</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>Agents online</translation>
    </message>
    <message>
        <source>of {0} open · {1} unassigned</source>
        <translation>von {0} offenen · {1} nicht zugewiesen</translation>
    </message>
    <message>
        <source>of {0} clocks settled today</source>
        <translation>von {0} heute abgeschlossenen SLA-Uhren</translation>
    </message>
    <message>
        <source>none — every open case has an owner</source>
        <translation>keiner — jeder offene Fall hat einen Bearbeiter</translation>
    </message>
    <message>
        <source>today, over {0} first responses (operational time)</source>
        <translation>heute, über {0} Erstreaktionen (Betriebszeit)</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>niemand wartet</translation>
    </message>
    <message>
        <source>longest wait {0}</source>
        <translation>längste Wartezeit {0}</translation>
    </message>
    <message>
        <source>{0} away · {1} offline</source>
        <translation>{0} abwesend · {1} offline</translation>
    </message>
    <message>
        <source>{0}: {1}. Amber at {2:g}{4}, red at {3:g}{4}.</source>
        <translation>{0}: {1}. Gelb ab {2:g}{4}, Rot ab {3:g}{4}.</translation>
    </message>
    <message>
        <source> Longest wait: amber at {0:g} min, red at {1:g} min.</source>
        <translation> Längste Wartezeit: Gelb ab {0:g} min, Rot ab {1:g} min.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>proctored exam session live now</source>
        <translation>Proctored-Prüfungssitzung läuft gerade</translation>
    </message>
    <message>
        <source>plan with priority queueing</source>
        <translation>Plan mit Vorrang in der Warteschlange</translation>
    </message>
    <message>
        <source>awaiting first response</source>
        <translation>ohne Erstreaktion</translation>
    </message>
    <message>
        <source>due earlier</source>
        <translation>früher fällig</translation>
    </message>
    <message>
        <source>higher severity</source>
        <translation>höherer Schweregrad</translation>
    </message>
    <message>
        <source>opened earlier</source>
        <translation>früher eröffnet</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>Wartet auf Kunde</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>keine SLA-Uhr</translation>
    </message>
    <message>
        <source>last in the queue</source>
        <translation>an letzter Stelle der Warteschlange</translation>
    </message>
    <message>
        <source>above #{number}: {reason}</source>
        <translation>vor #{number}: {reason}</translation>
    </message>
    <message>
        <source>lower case number</source>
        <translation>niedrigere Fallnummer</translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now</source>
        <translation>die Proctored-Prüfungssitzung seines Kunden läuft gerade</translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now; #{below} is a paid add-on, which that does not lift</source>
        <translation>die Proctored-Prüfungssitzung seines Kunden läuft gerade; #{below} ist eine bezahlte Zusatzleistung, die dadurch keinen Vorrang erhält</translation>
    </message>
    <message>
        <source>{plan} has priority queueing, {other} does not</source>
        <translation>{plan} hat Vorrang in der Warteschlange, {other} nicht</translation>
    </message>
    <message>
        <source>{plan} has priority queueing; #{below} is a paid add-on, which no plan covers</source>
        <translation>{plan} hat Vorrang in der Warteschlange; #{below} ist eine bezahlte Zusatzleistung, die kein Plan abdeckt</translation>
    </message>
    <message>
        <source>awaiting its first response</source>
        <translation>wartet auf seine Erstreaktion</translation>
    </message>
    <message>
        <source>awaiting its first response; #{below} is a paid add-on, which has no first-response clock</source>
        <translation>wartet auf seine Erstreaktion; #{below} ist eine bezahlte Zusatzleistung ohne SLA-Uhr für die Erstreaktion</translation>
    </message>
    <message>
        <source>first response due earlier ({due} vs {other})</source>
        <translation>Erstreaktion früher fällig ({due} gegenüber {other})</translation>
    </message>
    <message>
        <source>customer waiting longer (since {since})</source>
        <translation>Kunde wartet länger (seit {since})</translation>
    </message>
    <message>
        <source>severity {severity} before {other}</source>
        <translation>Schweregrad {severity} vor {other}</translation>
    </message>
    <message>
        <source>opened earlier ({opened})</source>
        <translation>früher eröffnet ({opened})</translation>
    </message>
    <message>
        <source>At risk — #{number}, {minutes} min left</source>
        <translation>Gefährdet — #{number}, noch {minutes} min</translation>
    </message>
    <message>
        <source>Severity 1 on {account} — #{number}</source>
        <translation>Schweregrad 1 bei {account} — #{number}</translation>
    </message>
    <message>
        <source>New Severity 1 — #{number}</source>
        <translation>Neuer Fall mit Schweregrad 1 — #{number}</translation>
    </message>
    <message>
        <source>{account}: {subject}</source>
        <translation>{account}: {subject}</translation>
    </message>
    <message>
        <source>{subject} ({plan}; you are on call)</source>
        <translation>{subject} ({plan}; Sie haben Rufbereitschaft)</translation>
    </message>
    <message>
        <source>{account} ({plan}): {subject}</source>
        <translation>{account} ({plan}): {subject}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Wartende Fälle</translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation>Ohne Erstreaktion</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>Heute verletzt</translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation>SLA-Erfüllungsquote heute</translation>
    </message>
    <message>
        <source>SLA attainment, 7 days</source>
        <translation>SLA-Erfüllungsquote, 7 Tage</translation>
    </message>
    <message>
        <source>Oldest unassigned case</source>
        <translation>Ältester Fall ohne Bearbeiter</translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation>Wartende Chats</translation>
    </message>
    <message>
        <source>Longest chat wait</source>
        <translation>Längste Chat-Wartezeit</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>Agents online</translation>
    </message>
    <message>
        <source>Average first response today</source>
        <translation>Durchschnittliche Erstreaktion heute</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
