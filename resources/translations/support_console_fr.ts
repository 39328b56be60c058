<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>Sev 1 ×{0}</source>
        <translation>Grav. 1 ×{0}</translation>
    </message>
    <message>
        <source>Sev 1</source>
        <translation>Grav. 1</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached this month</source>
        <translation>
            <numerusform>%n dépassé ce mois-ci</numerusform>
            <numerusform>%n dépassés ce mois-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>exam live</source>
        <translation>examen en cours</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>no open case</source>
        <translation>aucun dossier ouvert</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>{0}: {1} open, {2}</source>
        <translation>{0} : {1} ouvert(s), {2}</translation>
    </message>
    <message>
        <source>{0} open cases, {1} of them Severity 1</source>
        <translation>{0} dossiers ouverts, dont {1} de gravité 1</translation>
    </message>
    <message>
        <source>Worst clock: {0}</source>
        <translation>Délai le plus critique : {0}</translation>
    </message>
    <message>
        <source>Breaches this month: {0}</source>
        <translation>Dépassements ce mois-ci : {0}</translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation>Session d&apos;examen Proctored en cours</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Severity 1 open</source>
        <translation>Gravité 1 ouverts</translation>
    </message>
    <message>
        <source>Breached this month</source>
        <translation>Dépassés ce mois-ci</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Sessions d&apos;examen</translation>
    </message>
    <message>
        <source>No open cases — all quiet on this account.</source>
        <translation>Aucun dossier ouvert — tout est calme pour ce client.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>TAM: {0}</source>
        <translation>TAM : {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Open cases ({0})</source>
        <translation>Dossiers ouverts ({0})</translation>
    </message>
    <message>
        <source>No exam session in the next 30 days.</source>
        <translation>Aucune session d&apos;examen dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>No proctored exam sessions: they belong to the Proctored plan.</source>
        <translation>Aucune session d&apos;examen surveillé : elles relèvent de la formule Proctored.</translation>
    </message>
    <message>
        <source>Exam sessions ({0})</source>
        <translation>Sessions d&apos;examen ({0})</translation>
    </message>
    <message>
        <source>Contacts ({0})</source>
        <translation>Contacts ({0})</translation>
    </message>
    <message>
        <source>{0} awaiting first response</source>
        <translation>{0} en attente de première réponse</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>{0} met of {1} settled in {2} · {3:.0%}</source>
        <translation>{0} respectés sur {1} clos en {2} · {3:.0%}</translation>
    </message>
    <message>
        <source>nothing settled in {0} yet</source>
        <translation>rien de clos en {0} pour l&apos;instant</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>{0} · ends {1}</source>
        <translation>{0} · fin à {1}</translation>
    </message>
    <message>
        <source>none in the next 30 days</source>
        <translation>aucune dans les 30 prochains jours</translation>
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
        <translation>Formules &amp;&amp; objectifs</translation>
    </message>
    <message>
        <source>Support calendar</source>
        <translation>Calendrier du support</translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation>Sessions d&apos;examen</translation>
    </message>
    <message>
        <source>Users &amp;&amp; roles</source>
        <translation>Utilisateurs &amp;&amp; rôles</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Règles de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>You are signed in as {0} ({1}): {2} [is|are] shown read-only.</source>
        <translation>
            <numerusform>Vous êtes connecté en tant que {0} ({1}) : l&apos;onglet {2} est affiché en lecture seule.</numerusform>
            <numerusform>Vous êtes connecté en tant que {0} ({1}) : les onglets {2} sont affichés en lecture seule.</numerusform>
        </translation>
    </message>
    <message>
        <source>You change: {0}.</source>
        <translation>Vous pouvez modifier : {0}.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Nothing is saved until it is back.</source>
        <translation>La base de données est injoignable — reconnexion… Rien n&apos;est enregistré avant son retour.</translation>
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
        <translation>Présence</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Assigned open cases still awaiting their first response</source>
        <translation>Dossiers ouverts attribués encore en attente de leur première réponse</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sans équipe</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Opening windows like 08:00-20:00, several separated by commas; empty: closed</source>
        <translation>Plages d&apos;ouverture comme 08:00-20:00, plusieurs séparées par des virgules ; vide : fermé</translation>
    </message>
    <message>
        <source>of the target, or</source>
        <translation>de l&apos;objectif, ou</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <source>At risk at</source>
        <translation>À risque dès</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>e.g. CH, DE-BY</source>
        <translation>p. ex. CH, DE-BY</translation>
    </message>
    <message>
        <source>ISO country codes, optionally with a subdivision (DE-BY)</source>
        <translation>Codes pays ISO, éventuellement avec une subdivision (DE-BY)</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Extra closures</source>
        <translation>Fermetures supplémentaires</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Saving… (recomputing the open cases&apos; due times)</source>
        <translation>Enregistrement… (recalcul des échéances des dossiers ouverts)</translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation>Enregistré. {0}</translation>
    </message>
    <message>
        <source>No regions: only weekends and extra closures close the calendar.</source>
        <translation>Aucune région : seuls les week-ends et les fermetures supplémentaires ferment le calendrier.</translation>
    </message>
    <message>
        <source>{0} holidays in {1}.</source>
        <translation>{0} jours fériés en {1}.</translation>
    </message>
    <message>
        <source>Closed on {0}.</source>
        <translation>Fermé le {0}.</translation>
    </message>
    <message>
        <source>{0} is open again.</source>
        <translation>Le {0} est de nouveau ouvert.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Only the moves the case may make from its status are listed</source>
        <translation>Seules les transitions autorisées depuis le statut actuel du dossier sont proposées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Case #{number}</source>
        <translation>Dossier #{number}</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>ouvert {when}</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>follows #{number}</source>
        <translation>suite du #{number}</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>chat en direct</translation>
    </message>
    <message>
        <source>no live chat</source>
        <translation>pas de chat en direct</translation>
    </message>
    <message>
        <source>priority queueing</source>
        <translation>file d&apos;attente prioritaire</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>TAM: {name}</source>
        <translation>TAM : {name}</translation>
    </message>
    <message>
        <source>account now on {plan}</source>
        <translation>client désormais en formule {plan}</translation>
    </message>
    <message>
        <source>Early adopter products</source>
        <translation>Produits en accès anticipé</translation>
    </message>
    <message>
        <source>non-production trial until {date}</source>
        <translation>essai hors production jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Licences: {list}</source>
        <translation>Licences : {list}</translation>
    </message>
    <message>
        <source>Unassigned — in the queue</source>
        <translation>Non attribué — dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>{category} · paid add-on · no SLA</source>
        <translation>{category} · option payante · sans SLA</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>échéance {when}</translation>
    </message>
    <message>
        <source>answered {when} · met (was due {due})</source>
        <translation>répondu {when} · respecté (échéance {due})</translation>
    </message>
    <message>
        <source>answered {when} · late by {late} (operational; was due {due})</source>
        <translation>répondu {when} · en retard de {late} (heures ouvrées ; échéance {due})</translation>
    </message>
    <message>
        <source>was due {due} · {late} overdue (operational)</source>
        <translation>échéance {due} · dépassée de {late} (heures ouvrées)</translation>
    </message>
    <message>
        <source>due {due} · {left} left (operational)</source>
        <translation>échéance {due} · reste {left} (heures ouvrées)</translation>
    </message>
    <message>
        <source> · paused — resumes {when}</source>
        <translation> · en pause — reprise {when}</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Rien ne s&apos;est encore passé sur ce dossier.</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>Reply by email</source>
        <translation>Réponse par e-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>{kind}, entered by {agent}</source>
        <translation>{kind}, saisi par {agent}</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>réponse automatique</translation>
    </message>
    <message>
        <source>(shown as text; the original HTML is kept)</source>
        <translation>(affiché en texte ; le HTML d&apos;origine est conservé)</translation>
    </message>
    <message>
        <source>Acknowledgement sent to the customer</source>
        <translation>Accusé de réception envoyé au client</translation>
    </message>
    <message>
        <source>Acknowledgement to the customer failed</source>
        <translation>Échec de l&apos;accusé de réception au client</translation>
    </message>
    <message>
        <source>Acknowledgement being sent to the customer</source>
        <translation>Accusé de réception en cours d&apos;envoi au client</translation>
    </message>
    <message>
        <source>Acknowledgement queued for the customer</source>
        <translation>Accusé de réception en attente d&apos;envoi au client</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De : {who}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>À : {who}</translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation>Cc : {who}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation>Échec — {why}</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>{who} opened the case ({what})</source>
        <translation>{who} a ouvert le dossier ({what})</translation>
    </message>
    <message>
        <source>Case opened ({what})</source>
        <translation>Dossier ouvert ({what})</translation>
    </message>
    <message>
        <source>{who} claimed the case</source>
        <translation>{who} a pris en charge le dossier</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>{who} assigned the case to {to}</source>
        <translation>{who} a attribué le dossier à {to}</translation>
    </message>
    <message>
        <source>Assigned to {to}</source>
        <translation>Attribué à {to}</translation>
    </message>
    <message>
        <source>{who} returned the case to the queue</source>
        <translation>{who} a remis le dossier dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>statut {old} → {new}</translation>
    </message>
    <message>
        <source>{who} changed {change}</source>
        <translation>{who} a modifié : {change}</translation>
    </message>
    <message>
        <source>Customer wrote back: {change}</source>
        <translation>Le client a répondu : {change}</translation>
    </message>
    <message>
        <source>{who} changed severity {old} → {new}</source>
        <translation>{who} a modifié la gravité {old} → {new}</translation>
    </message>
    <message>
        <source>First response now due {when}</source>
        <translation>Première réponse désormais due {when}</translation>
    </message>
    <message>
        <source>First response by {who} — in time</source>
        <translation>Première réponse par {who} — dans les délais</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <source>First response by {who} — late</source>
        <translation>Première réponse par {who} — en retard</translation>
    </message>
    <message>
        <source>Follows the closed case {number}</source>
        <translation>Fait suite au dossier fermé {number}</translation>
    </message>
    <message>
        <source>{who} linked mail from {sender} to {account}</source>
        <translation>{who} a lié le courrier de {sender} à {account}</translation>
    </message>
    <message>
        <source>Mail to the customer not delivered: {why}</source>
        <translation>Courrier au client non remis : {why}</translation>
    </message>
    <message>
        <source>{who} sent a failed message again</source>
        <translation>{who} a renvoyé un message en échec</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected.</source>
        <translation>Aucun dossier sélectionné.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Loading case #{number}…</source>
        <translation>Chargement du dossier #{number}…</translation>
    </message>
    <message>
        <source>The case could not be loaded</source>
        <translation>Le dossier n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation>Non envoyé — la base de données est injoignable ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The case is closed; only internal notes can be added</source>
        <translation>Le dossier est fermé ; seules des notes internes peuvent être ajoutées</translation>
    </message>
    <message>
        <source>Send to the customer ({0})</source>
        <translation>Envoyer au client ({0})</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>Non renvoyé</translation>
    </message>
    <message>
        <source>The message is queued to be sent again.</source>
        <translation>Le message est en attente d&apos;un nouvel envoi.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Le fichier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The file was not saved: {why}</source>
        <translation>Le fichier n&apos;a pas été enregistré : {why}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable.</source>
        <translation>Non enregistré — la base de données est injoignable.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Changed by someone else: {list}</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre : {list}</translation>
    </message>
    <message>
        <source>Changed by someone else in the meantime.</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>subject “{old}” → “{new}”</source>
        <translation>objet « {old} » → « {new} »</translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation>statut {old} → {new}</translation>
    </message>
    <message>
        <source>severity {old} → {new}</source>
        <translation>gravité {old} → {new}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>assignee {old} → {new}</source>
        <translation>responsable {old} → {new}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>due {old} → {new}</source>
        <translation>échéance {old} → {new}</translation>
    </message>
    <message>
        <source>version {old} → {new}</source>
        <translation>version {old} → {new}</translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation>{doing} — la base de données est injoignable.</translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation>{doing} : {why}</translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation>{doing} : erreur inattendue ({why}).</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation>Aucun dossier sélectionné.</translation>
    </message>
    <message>
        <source>Message the customer…</source>
        <translation>Message au client…</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter starts a new line</source>
        <translation>Enter envoie · Shift+Enter insère une nouvelle ligne</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation>Non envoyé — la base de données est injoignable ; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>The chat could not be loaded</source>
        <translation>Le chat n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Live chat is not part of the {plan} plan.

Answer this customer with a public reply on the case.</source>
        <translation>Le chat en direct ne fait pas partie de la formule {plan}.

Répondez à ce client par une réponse publique sur le dossier.</translation>
    </message>
    <message>
        <source>The case is closed; the chat is read-only.</source>
        <translation>Le dossier est fermé ; le chat est en lecture seule.</translation>
    </message>
    <message>
        <source>entered by {agent}</source>
        <translation>saisi par {agent}</translation>
    </message>
    <message>
        <source>Customer waiting {time}</source>
        <translation>Client en attente depuis {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation>{doing} — la base de données est injoignable.</translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation>{doing} : {why}</translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation>{doing} : erreur inattendue ({why}).</translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Cockpit</name>
    <message>
        <source>no non-production trial</source>
        <translation>pas d&apos;essai hors production</translation>
    </message>
    <message>
        <source>trial expired yesterday ({0})</source>
        <translation>essai expiré hier ({0})</translation>
    </message>
    <message>
        <source>trial expired {0} days ago ({1})</source>
        <translation>essai expiré il y a {0} jours ({1})</translation>
    </message>
    <message>
        <source>trial ends today ({0})</source>
        <translation>fin de l&apos;essai aujourd&apos;hui ({0})</translation>
    </message>
    <message>
        <source>trial until {0} — expires tomorrow</source>
        <translation>essai jusqu&apos;au {0} — expire demain</translation>
    </message>
    <message>
        <source>trial until {0} — expires in {1} days</source>
        <translation>essai jusqu&apos;au {0} — expire dans {1} jours</translation>
    </message>
    <message>
        <source>early-adopter products qualified</source>
        <translation>éligible aux produits en accès anticipé</translation>
    </message>
    <message>
        <source>not qualified for early-adopter products</source>
        <translation>non éligible aux produits en accès anticipé</translation>
    </message>
    <message>
        <source>live now — ends {0}</source>
        <translation>en cours — se termine à {0}</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>dans {0} min</translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation>dans {0} h</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>dans {0} jours</translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation>aujourd&apos;hui {0}</translation>
    </message>
    <message>
        <source>yesterday {0}</source>
        <translation>hier {0}</translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message>
        <source>My accounts — {0}</source>
        <translation>Mes clients — {0}</translation>
    </message>
    <message>
        <source>TAM cockpit — {0}</source>
        <translation>Cockpit TAM — {0}</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Mes clients</translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation>Chargement de vos clients…</translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation>Cockpit</translation>
    </message>
    <message>
        <source>TAM:</source>
        <translation>TAM :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>● On call 24x7 for Severity 1 on your Premier accounts — alerts are never muted</source>
        <translation>● Astreinte 24x7 pour la gravité 1 sur vos clients Premier — les alertes ne sont jamais coupées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>There are no TAMs yet: an admin adds them under Administration.</source>
        <translation>Aucun TAM pour l&apos;instant : un administrateur les ajoute dans Administration.</translation>
    </message>
    <message>
        <source>Accounts of {0}</source>
        <translation>Clients de {0}</translation>
    </message>
    <message>
        <source>No accounts are assigned to you yet. An admin makes a TAM dedicated to Premier accounts.</source>
        <translation>Aucun client ne vous est encore attribué. Un administrateur attribue un TAM aux clients Premier.</translation>
    </message>
    <message numerus="yes">
        <source> · and %n more</source>
        <translation>
            <numerusform> · et %n autre</numerusform>
            <numerusform> · et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts are assigned to {0} yet. An admin makes a TAM dedicated to Premier accounts.</source>
        <translation>Aucun client n&apos;est encore attribué à {0}. Un administrateur désigne un TAM dédié aux clients Premier.</translation>
    </message>
    <message>
        <source>Could not read the accounts ({0}).</source>
        <translation>Impossible de lire les clients ({0}).</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>En direct · mis à jour {0}</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running.</source>
        <translation>La base de données est injoignable — reconnexion… Les comptes à rebours continuent.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Severity 1 awaiting first response: #{0} {1} — {2} ({3})</source>
        <translation>Gravité 1 en attente de première réponse : #{0} {1} — {2} ({3})</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>no SLA · paid add-on</source>
        <translation>sans SLA · option payante</translation>
    </message>
    <message>
        <source>met · {0} to spare</source>
        <translation>respecté · {0} d&apos;avance</translation>
    </message>
    <message>
        <source>breached +{0}</source>
        <translation>dépassé +{0}</translation>
    </message>
    <message>
        <source>paused — resumes {0}</source>
        <translation>en pause — reprise {0}</translation>
    </message>
    <message>
        <source>{0} · resumes {1}</source>
        <translation>{0} · reprise {1}</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Change the exam session</source>
        <translation>Modifier la session d&apos;examen</translation>
    </message>
    <message>
        <source>Book an exam session</source>
        <translation>Réserver une session d&apos;examen</translation>
    </message>
    <message>
        <source>Proctored exam session</source>
        <translation>Session d&apos;examen surveillé</translation>
    </message>
    <message>
        <source>Once (on demand)</source>
        <translation>Une fois (à la demande)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Règle personnalisée</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Times are in {0}.</source>
        <translation>Les heures sont en {0}.</translation>
    </message>
    <message>
        <source>{0}; {1}h {2:02d}m each.</source>
        <translation>{0} ; {1} h {2:02d} min chacune.</translation>
    </message>
</context>
<context>
    <name>ExamModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (récurrente)</translation>
    </message>
    <message>
        <source>{0}
Times in {1}; the session is held in {2}</source>
        <translation>{0}
Heures en {1} ; la session se tient en {2}</translation>
    </message>
</context>
<context>
    <name>ExamSessionModel</name>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>First window</source>
        <translation>Première plage</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulations</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in {0}, the session&apos;s own time zone, as it is booked; the cockpit shows them in your zone</source>
        <translation>Heures en {0}, le fuseau propre à la session, telles que réservées ; le cockpit les affiche dans votre fuseau</translation>
    </message>
</context>
<context>
    <name>ExamsTab</name>
    <message>
        <source>A Proctored account&apos;s clock also runs during its exam sessions, at night, at weekends and on holidays. Changing a session recomputes that account&apos;s open cases.</source>
        <translation>L&apos;horloge d&apos;un client Proctored tourne aussi pendant ses sessions d&apos;examen, la nuit, le week-end et les jours fériés. Modifier une session recalcule les dossiers ouverts de ce client.</translation>
    </message>
    <message>
        <source>No exam sessions are booked.</source>
        <translation>Aucune session d&apos;examen n&apos;est réservée.</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel an occurrence…</source>
        <translation>Annuler une occurrence…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Booked for {0}.</source>
        <translation>Réservée pour {0}.</translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation>Modifiée.</translation>
    </message>
    <message>
        <source>Cancelled the session of {0}.</source>
        <translation>Session de {0} annulée.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <source>No account is on the Proctored plan: exam sessions are booked for those.</source>
        <translation>Aucun client n&apos;a la formule Proctored : les sessions d&apos;examen sont réservées pour ceux-ci.</translation>
    </message>
    <message>
        <source>{0} has no coming occurrence to cancel.</source>
        <translation>{0} n&apos;a aucune occurrence à venir à annuler.</translation>
    </message>
    <message>
        <source>Cancel an occurrence</source>
        <translation>Annuler une occurrence</translation>
    </message>
    <message>
        <source>Which session of {0}?</source>
        <translation>Quelle session de {0} ?</translation>
    </message>
    <message>
        <source>Delete {0} of {1} with all its occurrences?</source>
        <translation>Supprimer {0} de {1} avec toutes ses occurrences ?</translation>
    </message>
    <message>
        <source>Delete the exam session</source>
        <translation>Supprimer la session d&apos;examen</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Press any key to close</source>
        <translation>Appuyez sur une touche pour fermer</translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>{0}: closed in {1}</source>
        <translation>{0} : fermé pour {1}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows, from its next start</source>
        <translation>La langue des fenêtres de la console, à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>The console speaks {0} from its next start.</source>
        <translation>Langue de la console à partir du prochain démarrage : {0}.</translation>
    </message>
</context>
<context>
    <name>LeadCasesModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
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
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Breached and at risk first, then unassigned</source>
        <translation>Dépassés et à risque d&apos;abord, puis non attribués</translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation>Réattribuer à…</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Remettre dans la file</translation>
    </message>
    <message>
        <source>Take the case off its assignee; anyone may claim it</source>
        <translation>Retirer le dossier à son responsable ; tout le monde peut le prendre en charge</translation>
    </message>
    <message>
        <source>Agents&apos; load</source>
        <translation>Charge des agents</translation>
    </message>
    <message>
        <source>{0} — {1} · {2} open</source>
        <translation>{0} — {1} · {2} ouvert(s)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to account</source>
        <translation>Lier à un client</translation>
    </message>
    <message>
        <source>Open a case for the mail from {0} on an account. Its clock starts when the mail arrived.</source>
        <translation>Ouvrir un dossier sur un client pour le courrier de {0}. Son délai démarre à l&apos;arrivée du courrier.</translation>
    </message>
    <message>
        <source>Type to filter the accounts</source>
        <translation>Saisissez du texte pour filtrer les clients</translation>
    </message>
    <message>
        <source>Add {0} as a contact of the account</source>
        <translation>Ajouter {0} comme contact du client</translation>
    </message>
    <message>
        <source>Link and open the case</source>
        <translation>Lier et ouvrir le dossier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Who are you on this workstation?</source>
        <translation>Qui êtes-vous sur ce poste de travail ?</translation>
    </message>
    <message>
        <source>Act as someone else (demo only)</source>
        <translation>Agir en tant qu&apos;une autre personne (démo uniquement)</translation>
    </message>
    <message>
        <source>Remember for this workstation</source>
        <translation>Mémoriser pour ce poste de travail</translation>
    </message>
    <message>
        <source>A local database is for one person&apos;s workstation and for the demo: whoever can open the file can change it.</source>
        <translation>Une base de données locale est destinée au poste de travail d&apos;une seule personne et à la démo : quiconque peut ouvrir le fichier peut la modifier.</translation>
    </message>
    <message>
        <source>You are {name} ({role})</source>
        <translation>Vous êtes {name} ({role})</translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation>Agir en tant que :</translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (sans chiffrement)</translation>
    </message>
    <message>
        <source>Where the mail service (support-console mail run) fetches customers&apos; mail and sends the team&apos;s replies. New mail from a contact opens a case; mail from unknown senders waits for an agent under Unknown senders.</source>
        <translation>Où le service de messagerie (support-console mail run) récupère le courrier des clients et envoie les réponses de l&apos;équipe. Un nouveau courrier d&apos;un contact ouvre un dossier ; le courrier d&apos;expéditeurs inconnus attend un agent sous Expéditeurs inconnus.</translation>
    </message>
    <message>
        <source>(leave the mail where it is)</source>
        <translation>(laisser le courrier où il est)</translation>
    </message>
    <message>
        <source>Set IMAP password…</source>
        <translation>Définir le mot de passe IMAP…</translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation>Entrant (IMAP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Move read mail to</source>
        <translation>Déplacer le courrier lu vers</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>Set SMTP password…</source>
        <translation>Définir le mot de passe SMTP…</translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation>Sortant (SMTP)</translation>
    </message>
    <message>
        <source>Example Support</source>
        <translation>Support Exemple</translation>
    </message>
    <message>
        <source>Acknowledge new cases to the customer</source>
        <translation>Accuser réception des nouveaux dossiers au client</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Taille maximale</translation>
    </message>
    <message>
        <source>Check for mail every</source>
        <translation>Relever le courrier toutes les</translation>
    </message>
    <message>
        <source>Severity of new cases</source>
        <translation>Gravité des nouveaux dossiers</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Check servers</source>
        <translation>Tester les serveurs</translation>
    </message>
    <message>
        <source>Log in to the saved IMAP and SMTP servers from this machine</source>
        <translation>Se connecter aux serveurs IMAP et SMTP enregistrés depuis cette machine</translation>
    </message>
    <message>
        <source>Passwords are not stored in the database: “Set IMAP password…” and “Set SMTP password…” keep them in this machine&apos;s keyring. On a server, give the mail service its passwords as systemd credentials or a password file (support-console admin mail password).</source>
        <translation>Les mots de passe ne sont pas stockés dans la base de données : « Définir le mot de passe IMAP… » et « Définir le mot de passe SMTP… » les conservent dans le trousseau de cette machine. Sur un serveur, fournissez ses mots de passe au service de messagerie sous forme d&apos;identifiants systemd ou d&apos;un fichier de mots de passe (support-console admin mail password).</translation>
    </message>
    <message>
        <source>Messages that could not be read</source>
        <translation>Messages illisibles</translation>
    </message>
    <message>
        <source>None: every message was read.</source>
        <translation>Aucun : tous les messages ont été lus.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round</source>
        <translation>Le service de messagerie relit le message lors de son prochain passage</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Give up on the message; it stays stored</source>
        <translation>Abandonner le message ; il reste stocké</translation>
    </message>
    <message>
        <source>Save message…</source>
        <translation>Enregistrer le message…</translation>
    </message>
    <message>
        <source>Save the message as it arrived (.eml) to look at it</source>
        <translation>Enregistrer le message tel qu&apos;il est arrivé (.eml) pour l&apos;examiner</translation>
    </message>
    <message>
        <source>Last changed {0}{1}.</source>
        <translation>Dernière modification le {0}{1}.</translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation> par {0}</translation>
    </message>
    <message>
        <source>Never changed: these are the defaults.</source>
        <translation>Jamais modifié : ce sont les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Someone else changed the mail settings. Your unsaved edits are kept; save or reload.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié les paramètres de messagerie. Vos modifications non enregistrées sont conservées ; enregistrez ou rechargez.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Rien à enregistrer : aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The mail service uses them from its next round.</source>
        <translation>
            <numerusform>%n modification enregistrée. Le service de messagerie l&apos;applique dès son prochain passage.</numerusform>
            <numerusform>%n modifications enregistrées. Le service de messagerie les applique dès son prochain passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the {0} server and user first: the password belongs to them.</source>
        <translation>Enregistrez d&apos;abord le serveur et l&apos;utilisateur {0} : le mot de passe leur est associé.</translation>
    </message>
    <message>
        <source>Save the changed {0} server or user first: the password belongs to them.</source>
        <translation>Enregistrez d&apos;abord le serveur ou l&apos;utilisateur {0} modifié : le mot de passe leur est associé.</translation>
    </message>
    <message>
        <source>Set {0} password</source>
        <translation>Définir le mot de passe {0}</translation>
    </message>
    <message>
        <source>Password for {0} on {1} (kept in this machine&apos;s keyring):</source>
        <translation>Mot de passe de {0} sur {1} (conservé dans le trousseau de cette machine) :</translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>Aucun mot de passe saisi ; rien n&apos;a été stocké.</translation>
    </message>
    <message>
        <source>The {0} password for {1} is kept in this machine&apos;s keyring.</source>
        <translation>Le mot de passe {0} de {1} est conservé dans le trousseau de cette machine.</translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation>Test des serveurs…</translation>
    </message>
    <message>
        <source>Checking the saved settings (your unsaved edits are not used)…</source>
        <translation>Test des paramètres enregistrés (vos modifications non enregistrées ne sont pas utilisées)…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>{0} of {1} servers failed the check.</source>
        <translation>{0} serveur(s) sur {1} en échec.</translation>
    </message>
    <message>
        <source>Both servers answered.</source>
        <translation>Les deux serveurs ont répondu.</translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round.</source>
        <translation>Le service de messagerie relit le message lors de son prochain passage.</translation>
    </message>
    <message>
        <source>The message was discarded; it stays stored.</source>
        <translation>Le message a été abandonné ; il reste stocké.</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Mail messages (*.eml);;All files (*)</source>
        <translation>Messages électroniques (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the message ({0} bytes) to {1}.</source>
        <translation>Message enregistré ({0} octets) dans {1}.</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the case and give the queue the whole width</source>
        <translation>Fermer le dossier et laisser toute la largeur à la file d&apos;attente</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Claim next</source>
        <translation>Prendre le suivant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Expéditeurs inconnus</translation>
    </message>
    <message>
        <source>Mail from addresses no account knows, waiting to be linked or closed (Ctrl+U)</source>
        <translation>Courrier d&apos;adresses inconnues de tous les clients, en attente d&apos;être lié ou fermé (Ctrl+U)</translation>
    </message>
    <message>
        <source>Mute alerts 30 min</source>
        <translation>Couper les alertes 30 min</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Find in queue</source>
        <translation>Rechercher dans la file</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Aller à la zone de réponse</translation>
    </message>
    <message>
        <source>Go to the chat composer</source>
        <translation>Aller à la saisie du chat</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Aller à la file d&apos;attente</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Add the text as an internal note</source>
        <translation>Ajouter le texte comme note interne</translation>
    </message>
    <message>
        <source>In chat: send / new line</source>
        <translation>Dans le chat : envoyer / nouvelle ligne</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Chargement de la file d&apos;attente…</translation>
    </message>
    <message>
        <source>{0} of {1} open cases</source>
        <translation>{0} dossiers ouverts sur {1}</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>En direct · mis à jour {0}</translation>
    </message>
    <message>
        <source>Chat · {0} unread</source>
        <translation>Chat · {0} non lu(s)</translation>
    </message>
    <message>
        <source>Nothing to claim: the queue has no case for you.</source>
        <translation>Rien à prendre en charge : la file d&apos;attente n&apos;a aucun dossier pour vous.</translation>
    </message>
    <message>
        <source>Could not claim: the database is unreachable.</source>
        <translation>Prise en charge impossible : la base de données est injoignable.</translation>
    </message>
    <message>
        <source>You claimed #{0}</source>
        <translation>Vous avez pris en charge le #{0}</translation>
    </message>
    <message>
        <source>Unknown senders ({0})</source>
        <translation>Expéditeurs inconnus ({0})</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running and your text is kept.</source>
        <translation>La base de données est injoignable — reconnexion… Les comptes à rebours continuent et votre texte est conservé.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation>Les alertes sont activées.</translation>
    </message>
    <message>
        <source>Alerts muted for 30 minutes.</source>
        <translation>Alertes coupées pendant 30 minutes.</translation>
    </message>
</context>
<context>
    <name>NextToBreachModel</name>
    <message>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Your note — double-click to edit</source>
        <translation>Votre note — double-cliquez pour la modifier</translation>
    </message>
    <message>
        <source>Written by {0}</source>
        <translation>Rédigée par {0}</translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation>modifiée {0}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes on this account yet.</source>
        <translation>Aucune note sur ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Write a note on this account… (Ctrl+Enter saves)</source>
        <translation>Rédigez une note sur ce client… (Ctrl+Enter pour enregistrer)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The note you were editing was deleted; your text is kept.</source>
        <translation>La note que vous modifiiez a été supprimée ; votre texte est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the note was changed in the meantime (reloaded above). Your text is kept; save again to replace it.</source>
        <translation>Non enregistré : la note a été modifiée entre-temps (rechargée ci-dessus). Votre texte est conservé ; enregistrez à nouveau pour la remplacer.</translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable. Your text is kept.</source>
        <translation>Non enregistré — la base de données est injoignable. Votre texte est conservé.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Not saved: unexpected error ({0}).</source>
        <translation>Non enregistré : erreur inattendue ({0}).</translation>
    </message>
    <message>
        <source>Only the account&apos;s TAM writes notes here.</source>
        <translation>Seul le TAM du client rédige des notes ici.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Editing your note</source>
        <translation>Modification de votre note</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password for {0}</source>
        <translation>Mot de passe à usage unique pour {0}</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Give this to {0} in person or by phone; they choose their own password at first sign-in. It is not shown again.</source>
        <translation>Transmettez-le à {0} en personne ou par téléphone ; la personne choisit son propre mot de passe à la première connexion. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose your password — Support Console</source>
        <translation>Choisissez votre mot de passe — Support Console</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>You signed in as {login} with a one-time password. Choose your own now: at least {minimum} characters, not containing your user name.</source>
        <translation>Vous vous êtes connecté en tant que {login} avec un mot de passe à usage unique. Choisissez maintenant le vôtre : au moins {minimum} caractères, sans contenir votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Saving your password…</source>
        <translation>Enregistrement de votre mot de passe…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Full name, e.g. Aisha Rahman</source>
        <translation>Nom complet, p. ex. Aisha Rahman</translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation>dérivé du nom</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation>p. ex. en, de</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>They sign in with the login and a one-time password shown to you next; they choose their own password at first sign-in.</source>
        <translation>La personne se connecte avec l&apos;identifiant et un mot de passe à usage unique qui vous sera affiché ensuite ; elle choisit son propre mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation>Une base de données locale n&apos;a pas de mots de passe : quiconque peut ouvrir le fichier peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>{0} is already a person here.</source>
        <translation>{0} existe déjà ici.</translation>
    </message>
    <message>
        <source>The login {0} is taken.</source>
        <translation>L&apos;identifiant {0} est déjà pris.</translation>
    </message>
    <message>
        <source>Name at least one language, e.g. en.</source>
        <translation>Indiquez au moins une langue, p. ex. en.</translation>
    </message>
    <message>
        <source>{0} is not an email address.</source>
        <translation>{0} n&apos;est pas une adresse e-mail.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se connecte à</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>There is no database file at {0} yet; it is created at the first sign-in.</source>
        <translation>Aucun fichier de base de données à {0} pour l&apos;instant ; il sera créé à la première connexion.</translation>
    </message>
    <message>
        <source>The databases this workstation signs in to. Passwords are kept in the operating system&apos;s keyring, never in a file.</source>
        <translation>Les bases de données auxquelles ce poste de travail se connecte. Les mots de passe sont conservés dans le trousseau du système d&apos;exploitation, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile {0}</source>
        <translation>Profil {0}</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation>conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Saved the profile {0}.</source>
        <translation>Profil {0} enregistré.</translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation>Connexion à {0}…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Connexion impossible : {0}</translation>
    </message>
    <message>
        <source>{0} is now the default at sign-in.</source>
        <translation>{0} est désormais le profil par défaut à la connexion.</translation>
    </message>
    <message>
        <source>Deleted the profile {0}.</source>
        <translation>Profil {0} supprimé.</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation>1 Urgente</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Haute</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation>3 Moyenne</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Basse</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Operational time left until the first response is due</source>
        <translation>Temps ouvré restant avant l&apos;échéance de la première réponse</translation>
    </message>
    <message>
        <source>Channel: how the customer reached us (email or the console)</source>
        <translation>Canal : comment le client nous a contactés (e-mail ou console)</translation>
    </message>
    <message>
        <source>Why here: {0}</source>
        <translation>Pourquoi ici : {0}</translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation>Session d&apos;examen Proctored en cours</translation>
    </message>
    <message>
        <source>No SLA clock: paid add-on</source>
        <translation>Pas de délai SLA : option payante</translation>
    </message>
    <message>
        <source>First response due {0} · {1}</source>
        <translation>Première réponse due {0} · {1}</translation>
    </message>
    <message>
        <source>1 unread chat message</source>
        <translation>1 message de chat non lu</translation>
    </message>
    <message>
        <source>{0} unread chat messages</source>
        <translation>{0} messages de chat non lus</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sev</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Pourquoi ici</translation>
    </message>
    <message>
        <source> · exam live</source>
        <translation> · examen en cours</translation>
    </message>
    <message>
        <source>paid add-on</source>
        <translation>option payante</translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}) : {2}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>active</translation>
    </message>
    <message>
        <source>switched off — it orders nothing</source>
        <translation>désactivée — elle n&apos;ordonne rien</translation>
    </message>
</context>
<context>
    <name>QueueRulesTab</name>
    <message>
        <source>The queue is ordered by these rules, first rule first; the case number settles ties. Team leads and admins may reorder them and switch them off. Paid add-ons never get a lift from the live-exam, priority-plan and first-response rules.</source>
        <translation>La file d&apos;attente est ordonnée par ces règles, la première règle d&apos;abord ; le numéro de dossier départage les ex æquo. Les chefs d&apos;équipe et les administrateurs peuvent les réordonner et les désactiver. Les options payantes ne sont jamais remontées par les règles d&apos;examen en cours, de formule prioritaire et de première réponse.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Reset to published</source>
        <translation>Rétablir l&apos;ordre publié</translation>
    </message>
    <message>
        <source>Every rule on, in the order the SPEC publishes</source>
        <translation>Toutes les règles actives, dans l&apos;ordre publié par la SPEC</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>the published chain</source>
        <translation>la chaîne publiée</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>Chain: {0}{1}</source>
        <translation>Chaîne : {0}{1}</translation>
    </message>
    <message>
        <source>Preview — the first {0} of {1} open cases under these rules</source>
        <translation>Aperçu — les {0} premiers des {1} dossiers ouverts selon ces règles</translation>
    </message>
    <message>
        <source>Preview — the queue is empty</source>
        <translation>Aperçu — la file d&apos;attente est vide</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. Every console orders its queue by these rules now.</source>
        <translation>Enregistré. Toutes les consoles ordonnent désormais leur file d&apos;attente selon ces règles.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous ouverts</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation>1 Urgente</translation>
    </message>
    <message>
        <source>2 High</source>
        <translation>2 Haute</translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation>3 Moyenne</translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation>4 Basse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Search number, subject, account</source>
        <translation>Rechercher numéro, objet, client</translation>
    </message>
    <message>
        <source>{0} (no room)</source>
        <translation>{0} (pas de place)</translation>
    </message>
    <message>
        <source>Default column widths</source>
        <translation>Largeurs de colonnes par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Write a reply to the customer, or an internal note…</source>
        <translation>Rédigez une réponse au client ou une note interne…</translation>
    </message>
    <message>
        <source>{0} sends · {1} adds a note</source>
        <translation>{0} envoie · {1} ajoute une note</translation>
    </message>
    <message>
        <source>Only agents see internal notes ({0})</source>
        <translation>Seuls les agents voient les notes internes ({0})</translation>
    </message>
    <message>
        <source>Send to the customer ({0})</source>
        <translation>Envoyer au client ({0})</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Ajouter une note interne</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Reply goes by email to {address}</source>
        <translation>La réponse part par e-mail à {address}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectés</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux de respect</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Réponse médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No clock settled in this period</source>
        <translation>Aucun délai clos sur cette période</translation>
    </message>
    <message>
        <source>{0} met of {1} settled</source>
        <translation>{0} respectés sur {1} clos</translation>
    </message>
    <message>
        <source>Clocks still running at the end of the period (or now)</source>
        <translation>Délais encore en cours à la fin de la période (ou maintenant)</translation>
    </message>
    <message>
        <source>Operational time from opening to the first response, over {0} responses</source>
        <translation>Temps ouvré entre l&apos;ouverture et la première réponse, sur {0} réponses</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>SLA reports — Support Console</source>
        <translation>Rapports SLA — Support Console</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Taux de respect du SLA</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Met and breached: clocks settled in the period. Open: still running at its end. Response times: operational time to the first response.</source>
        <translation>Respectés et dépassés : délais clos sur la période. Ouverts : encore en cours à sa fin. Temps de réponse : temps ouvré jusqu&apos;à la première réponse.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Les 30 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation>Chargement du rapport…</translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation>Aucun rapport pour cette période</translation>
    </message>
    <message>
        <source>The database is unreachable — retrying…</source>
        <translation>La base de données est injoignable — nouvelle tentative…</translation>
    </message>
    <message>
        <source>The report failed: {0}</source>
        <translation>Échec du rapport : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clock(s)</source>
        <translation>
            <numerusform>%Ln délai</numerusform>
            <numerusform>%Ln délais</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated {0}</source>
        <translation>Généré à {0}</translation>
    </message>
    <message>
        <source>period {0}</source>
        <translation>période {0}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>Export the SLA report</source>
        <translation>Exporter le rapport SLA</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Échec de l&apos;export : {0}</translation>
    </message>
    <message>
        <source>Saved the report to {0}</source>
        <translation>Rapport enregistré dans {0}</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>e.g. Team</source>
        <translation>p. ex. Équipe</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>p. ex. db.example.com</translation>
    </message>
    <message>
        <source>e.g. support</source>
        <translation>p. ex. support</translation>
    </message>
    <message>
        <source>New PostgreSQL server</source>
        <translation>Nouveau serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>e.g. aisha.rahman</source>
        <translation>p. ex. aisha.rahman</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Sign in with your own user name. The first time, use the one-time password an admin gave you.</source>
        <translation>Connectez-vous avec votre propre nom d&apos;utilisateur. La première fois, utilisez le mot de passe à usage unique qu&apos;un administrateur vous a remis.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No OS keyring is available on this machine, so no password can be remembered.</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cette machine : aucun mot de passe ne peut être mémorisé.</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Someone else changed the set-up. Your unsaved edits are kept; save or reload.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la configuration. Vos modifications non enregistrées sont conservées ; enregistrez ou rechargez.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Support Console</source>
        <translation>Connexion — Support Console</translation>
    </message>
    <message>
        <source>Support Console</source>
        <translation>Support Console</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Save server</source>
        <translation>Enregistrer le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Opening the local database (demo data is prepared on first start)…</source>
        <translation>Ouverture de la base de données locale (les données de démo sont préparées au premier démarrage)…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Could not open the database: {0}</source>
        <translation>Impossible d&apos;ouvrir la base de données : {0}</translation>
    </message>
    <message>
        <source>No one works here yet: add a person with `support-console user add`.</source>
        <translation>Personne ne travaille encore ici : ajoutez une personne avec `support-console user add`.</translation>
    </message>
    <message>
        <source>Demo data was created.</source>
        <translation>Les données de démo ont été créées.</translation>
    </message>
    <message>
        <source>Signing in as {0}…</source>
        <translation>Connexion en tant que {0}…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Connexion impossible : {0}</translation>
    </message>
    <message>
        <source>{0} is not a person on this database: sign in with your own user name.</source>
        <translation>{0} n&apos;est pas une personne de cette base de données : connectez-vous avec votre propre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Your one-time password expired on {0}: ask an admin for a new one.</source>
        <translation>Votre mot de passe à usage unique a expiré le {0} : demandez-en un nouveau à un administrateur.</translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation>Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>You are not signed in: choose your own password to continue.</source>
        <translation>Vous n&apos;êtes pas connecté : choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>{name} has the {role} role and the {window} is for: {roles}.</source>
        <translation>{name} a le rôle {role} et la fenêtre « {window} » est réservée aux rôles : {roles}.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Changed by someone else — reloaded. Check the values and save again.</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre — rechargé. Vérifiez les valeurs et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The database is unreachable; nothing was saved. Try again when it is back.</source>
        <translation>La base de données est injoignable ; rien n&apos;a été enregistré. Réessayez quand elle sera de retour.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s&apos;est produite : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) got a new due time.</source>
        <translation>
            <numerusform>%Ln dossier ouvert a reçu une nouvelle échéance.</numerusform>
            <numerusform>%Ln dossiers ouverts ont reçu une nouvelle échéance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TamOnCall</name>
    <message>
        <source>Premier 24x7 on-call · click to open the case</source>
        <translation>Astreinte Premier 24x7 · cliquez pour ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ({0}h)</source>
        <translation>
            <numerusform>%n jour ({0} h)</numerusform>
            <numerusform>%n jours ({0} h)</numerusform>
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
        <translation>{0}, gravité {1} : {2} minutes ouvrées, comptées sur {3}.</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>First-response targets in operational minutes (a day is 12 operational hours = 720 minutes). Saving recomputes the due times of open cases still awaiting their first response.</source>
        <translation>Objectifs de première réponse en minutes ouvrées (une journée compte 12 heures ouvrées = 720 minutes). L&apos;enregistrement recalcule les échéances des dossiers ouverts encore en attente de leur première réponse.</translation>
    </message>
    <message>
        <source>Standard and Premier count on the support calendar&apos;s hours; Premier Severity 1 on the 24x7 on-call clock; Proctored on the hours plus the account&apos;s exam sessions.</source>
        <translation>Standard et Premier se comptent sur les heures du calendrier du support ; la gravité 1 Premier sur l&apos;horloge d&apos;astreinte 24x7 ; Proctored sur ces heures plus les sessions d&apos;examen du client.</translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation>Enregistrer les objectifs</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation>Enregistré. {0}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Seuils du tableau mural</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>Orange à</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>Rouge à</translation>
    </message>
    <message>
        <source>more is worse</source>
        <translation>plus est pire</translation>
    </message>
    <message>
        <source>less is worse</source>
        <translation>moins est pire</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>A tile turns amber, then red, when its figure reaches these limits (at or above where more is worse, at or below where less is worse).</source>
        <translation>Une tuile passe à l&apos;orange, puis au rouge, quand son chiffre atteint ces limites (à partir de la valeur si plus est pire, jusqu&apos;à la valeur si moins est pire).</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>Times in {0} (your zone)</source>
        <translation>Heures en {0} (votre fuseau)</translation>
    </message>
    <message>
        <source>due times also in the support calendar&apos;s {0}</source>
        <translation>échéances aussi dans le fuseau {0} du calendrier du support</translation>
    </message>
    <message>
        <source>support calendar {0}</source>
        <translation>calendrier du support {0}</translation>
    </message>
    <message>
        <source>under 1m</source>
        <translation>moins d&apos;1 min</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{0} limit {1:g} %</source>
        <translation>{0} : seuil {1:g} %</translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>UnknownSendersWindow</name>
    <message>
        <source>Unknown senders — Support Console</source>
        <translation>Expéditeurs inconnus — Support Console</translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation>Expéditeurs inconnus</translation>
    </message>
    <message>
        <source>Mail from addresses no account knows. It waits here without a clock until someone links it to an account — the case&apos;s clock then starts when the mail arrived — or closes it.</source>
        <translation>Courrier d&apos;adresses qu&apos;aucun client ne connaît. Il attend ici sans délai jusqu&apos;à ce que quelqu&apos;un le lie à un client — le délai du dossier démarre alors à l&apos;arrivée du courrier — ou le ferme.</translation>
    </message>
    <message>
        <source>No mail from unknown senders is waiting.</source>
        <translation>Aucun courrier d&apos;expéditeur inconnu en attente.</translation>
    </message>
    <message>
        <source>Link to account…</source>
        <translation>Lier à un client…</translation>
    </message>
    <message>
        <source>Open a case on an account for this mail (Ctrl+K)</source>
        <translation>Ouvrir un dossier sur un client pour ce courrier (Ctrl+K)</translation>
    </message>
    <message>
        <source>Close without a case…</source>
        <translation>Fermer sans dossier…</translation>
    </message>
    <message>
        <source>Spam or a wrong address: no case, no answer; the mail stays stored</source>
        <translation>Spam ou mauvaise adresse : pas de dossier, pas de réponse ; le courrier reste stocké</translation>
    </message>
    <message>
        <source>Link to account</source>
        <translation>Lier à un client</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>No mail selected.</source>
        <translation>Aucun courrier sélectionné.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Message {0} of {1}</source>
        <translation>Message {0} sur {1}</translation>
    </message>
    <message>
        <source>Linking the mail to {0}…</source>
        <translation>Liaison du courrier à {0}…</translation>
    </message>
    <message>
        <source>Case #{0} opened on {1}; its clock started when the mail arrived.</source>
        <translation>Dossier #{0} ouvert sur {1} ; son délai a démarré à l&apos;arrivée du courrier.</translation>
    </message>
    <message>
        <source>Close without a case</source>
        <translation>Fermer sans dossier</translation>
    </message>
    <message>
        <source>Close the mail from {0} (“{1}”) without opening a case? Nobody is answered; the mail stays stored.</source>
        <translation>Fermer le courrier de {0} (« {1} ») sans ouvrir de dossier ? Personne ne reçoit de réponse ; le courrier reste stocké.</translation>
    </message>
    <message>
        <source>Close the mail</source>
        <translation>Fermer le courrier</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Closed the mail from {0} without a case.</source>
        <translation>Courrier de {0} fermé sans dossier.</translation>
    </message>
</context>
<context>
    <name>UnreadableModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Retry asked for</source>
        <translation>Nouvelle tentative demandée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Set by them</source>
        <translation>Choisi par la personne</translation>
    </message>
    <message>
        <source>One-time, until {0}</source>
        <translation>À usage unique, jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expiré)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Pas encore de mot de passe</translation>
    </message>
    <message>
        <source>{0} chose their own password.</source>
        <translation>{0} a choisi son propre mot de passe.</translation>
    </message>
    <message>
        <source>The one-time password ran out: give {0} a new one.</source>
        <translation>Le mot de passe à usage unique a expiré : donnez-en un nouveau à {0}.</translation>
    </message>
    <message>
        <source>{0} chooses their own password at first sign-in.</source>
        <translation>{0} choisira son propre mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>{0} cannot sign in until you give them a one-time password.</source>
        <translation>{0} ne peut pas se connecter tant que vous ne lui avez pas donné de mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Double-click a role, team or languages cell to change it; tick Active to let the person sign in.</source>
        <translation>Double-cliquez sur une cellule rôle, équipe ou langues pour la modifier ; cochez Actif pour autoriser la personne à se connecter.</translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation>Une base de données locale n&apos;a pas de mots de passe : quiconque peut ouvrir le fichier peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Give one-time password…</source>
        <translation>Donner un mot de passe à usage unique…</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Enregistré : {0}.</translation>
    </message>
    <message>
        <source>{0} can no longer sign in; their open sessions were ended.</source>
        <translation>{0} ne peut plus se connecter ; ses sessions ouvertes ont été fermées.</translation>
    </message>
    <message>
        <source>Added {0} ({1}), who signs in as {2}.</source>
        <translation>{0} ({1}) ajouté(e), avec l&apos;identifiant {2}.</translation>
    </message>
    <message>
        <source>Give {0} a new one-time password?</source>
        <translation>Donner un nouveau mot de passe à usage unique à {0} ?</translation>
    </message>
    <message>
        <source>{0}&apos;s current password stops working.</source>
        <translation>Le mot de passe actuel de {0} cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Give a one-time password</source>
        <translation>Donner un mot de passe à usage unique</translation>
    </message>
    <message>
        <source>{0} has a new one-time password.</source>
        <translation>{0} a un nouveau mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation>Sélectionnez d&apos;abord une personne.</translation>
    </message>
    <message>
        <source>{0} is deactivated: activate them first.</source>
        <translation>{0} est désactivé(e) : activez d&apos;abord son compte.</translation>
    </message>
    <message>
        <source>A new one-time password for {0}, shown to you once.</source>
        <translation>Un nouveau mot de passe à usage unique pour {0}, affiché une seule fois.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Wallboard</source>
        <translation>Tableau mural</translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation>Mes clients</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation>tableau mural</translation>
    </message>
    <message>
        <source>my accounts</source>
        <translation>mes clients</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>rapports</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administration</translation>
    </message>
</context>
<context>
    <name>WallboardHeader</name>
    <message>
        <source>Team: agent figures and loads count the team&apos;s members; case figures count the cases assigned to them plus the unassigned cases (the shared pool every team draws from).</source>
        <translation>Équipe : les chiffres et charges des agents portent sur les membres de l&apos;équipe ; les chiffres des dossiers portent sur les dossiers qui leur sont attribués plus les dossiers non attribués (la réserve commune dans laquelle puisent toutes les équipes).</translation>
    </message>
    <message>
        <source>Support wallboard</source>
        <translation>Tableau mural du support</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Show the cases of the {0} plan</source>
        <translation>Afficher les dossiers de la formule {0}</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation>Panneau du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Open cases to reassign and the agents&apos; load</source>
        <translation>Dossiers ouverts à réattribuer et charge des agents</translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>Support Console — Wallboard</source>
        <translation>Support Console — Tableau mural</translation>
    </message>
    <message>
        <source>Next to breach</source>
        <translation>Prochains dépassements</translation>
    </message>
    <message>
        <source>No case is waiting for a first response against a running clock.</source>
        <translation>Aucun dossier n&apos;attend de première réponse avec un délai en cours.</translation>
    </message>
    <message>
        <source>SLA attainment per day — last 30 days</source>
        <translation>Taux de respect du SLA par jour — 30 derniers jours</translation>
    </message>
    <message>
        <source>30-day trend hidden: window too small</source>
        <translation>Tendance sur 30 jours masquée : fenêtre trop petite</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Database unreachable — retrying</source>
        <translation>Base de données injoignable — nouvelle tentative</translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation>En direct · mis à jour {0}</translation>
    </message>
    <message>
        <source>no running clock awaits a first response</source>
        <translation>aucun délai en cours n&apos;attend de première réponse</translation>
    </message>
    <message>
        <source>next: #{0} in {1}</source>
        <translation>suivant : #{0} dans {1}</translation>
    </message>
    <message>
        <source>Case #{0} was changed by someone else — reloaded; try again.</source>
        <translation>Le dossier #{0} a été modifié par quelqu&apos;un d&apos;autre — rechargé ; réessayez.</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>la file d&apos;attente</translation>
    </message>
    <message>
        <source>Case #{0} now goes to {1}.</source>
        <translation>Le dossier #{0} passe désormais à {1}.</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Dossiers en attente</translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation>En attente de première réponse</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>Dépassés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Oldest unassigned</source>
        <translation>Plus ancien non attribué</translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation>Taux de respect SLA du jour</translation>
    </message>
    <message>
        <source>SLA attainment 7 days</source>
        <translation>Taux de respect SLA 7 jours</translation>
    </message>
    <message>
        <source>Avg first response</source>
        <translation>Temps moyen 1re réponse</translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation>Chats en attente</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>Agents en ligne</translation>
    </message>
    <message>
        <source>of {0} open · {1} unassigned</source>
        <translation>sur {0} ouverts · {1} non attribués</translation>
    </message>
    <message>
        <source>of {0} clocks settled today</source>
        <translation>sur {0} délais clos aujourd&apos;hui</translation>
    </message>
    <message>
        <source>none — every open case has an owner</source>
        <translation>aucun — chaque dossier ouvert a un responsable</translation>
    </message>
    <message>
        <source>today, over {0} first responses (operational time)</source>
        <translation>aujourd&apos;hui, sur {0} premières réponses (temps ouvré)</translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation>personne en attente</translation>
    </message>
    <message>
        <source>longest wait {0}</source>
        <translation>plus longue attente {0}</translation>
    </message>
    <message>
        <source>{0} away · {1} offline</source>
        <translation>{0} absent(s) · {1} hors ligne</translation>
    </message>
    <message>
        <source>{0}: {1}. Amber at {2:g}{4}, red at {3:g}{4}.</source>
        <translation>{0} : {1}. Orange à {2:g}{4}, rouge à {3:g}{4}.</translation>
    </message>
    <message>
        <source> Longest wait: amber at {0:g} min, red at {1:g} min.</source>
        <translation> Attente la plus longue : orange à {0:g} min, rouge à {1:g} min.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>proctored exam session live now</source>
        <translation>session d&apos;examen Proctored en cours</translation>
    </message>
    <message>
        <source>plan with priority queueing</source>
        <translation>formule avec file d&apos;attente prioritaire</translation>
    </message>
    <message>
        <source>awaiting first response</source>
        <translation>en attente de première réponse</translation>
    </message>
    <message>
        <source>due earlier</source>
        <translation>échéance plus proche</translation>
    </message>
    <message>
        <source>higher severity</source>
        <translation>gravité plus élevée</translation>
    </message>
    <message>
        <source>opened earlier</source>
        <translation>ouvert plus tôt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>aucun délai</translation>
    </message>
    <message>
        <source>last in the queue</source>
        <translation>dernier de la file d&apos;attente</translation>
    </message>
    <message>
        <source>above #{number}: {reason}</source>
        <translation>avant le #{number} : {reason}</translation>
    </message>
    <message>
        <source>lower case number</source>
        <translation>numéro de dossier inférieur</translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now</source>
        <translation>la session d&apos;examen Proctored de son client est en cours</translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now; #{below} is a paid add-on, which that does not lift</source>
        <translation>la session d&apos;examen Proctored de son client est en cours ; #{below} est une option payante, que cette règle ne fait pas remonter</translation>
    </message>
    <message>
        <source>{plan} has priority queueing, {other} does not</source>
        <translation>{plan} bénéficie de la file d&apos;attente prioritaire, {other} non</translation>
    </message>
    <message>
        <source>{plan} has priority queueing; #{below} is a paid add-on, which no plan covers</source>
        <translation>{plan} bénéficie de la file d&apos;attente prioritaire ; #{below} est une option payante, qu&apos;aucune formule ne couvre</translation>
    </message>
    <message>
        <source>awaiting its first response</source>
        <translation>en attente de sa première réponse</translation>
    </message>
    <message>
        <source>awaiting its first response; #{below} is a paid add-on, which has no first-response clock</source>
        <translation>en attente de sa première réponse ; #{below} est une option payante, sans délai de première réponse</translation>
    </message>
    <message>
        <source>first response due earlier ({due} vs {other})</source>
        <translation>première réponse due plus tôt ({due} contre {other})</translation>
    </message>
    <message>
        <source>customer waiting longer (since {since})</source>
        <translation>client en attente depuis plus longtemps (depuis {since})</translation>
    </message>
    <message>
        <source>severity {severity} before {other}</source>
        <translation>gravité {severity} avant {other}</translation>
    </message>
    <message>
        <source>opened earlier ({opened})</source>
        <translation>ouvert plus tôt ({opened})</translation>
    </message>
    <message>
        <source>At risk — #{number}, {minutes} min left</source>
        <translation>À risque — #{number}, {minutes} min restantes</translation>
    </message>
    <message>
        <source>Severity 1 on {account} — #{number}</source>
        <translation>Gravité 1 chez {account} — #{number}</translation>
    </message>
    <message>
        <source>New Severity 1 — #{number}</source>
        <translation>Nouveau dossier de gravité 1 — #{number}</translation>
    </message>
    <message>
        <source>{account}: {subject}</source>
        <translation>{account} : {subject}</translation>
    </message>
    <message>
        <source>{subject} ({plan}; you are on call)</source>
        <translation>{subject} ({plan} ; vous êtes d&apos;astreinte)</translation>
    </message>
    <message>
        <source>{account} ({plan}): {subject}</source>
        <translation>{account} ({plan}) : {subject}</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>TAM</source>
        <translation>TAM</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Dossiers en attente</translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation>En attente de première réponse</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>Dépassés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation>Taux de respect SLA du jour</translation>
    </message>
    <message>
        <source>SLA attainment, 7 days</source>
        <translation>Taux de respect SLA, 7 jours</translation>
    </message>
    <message>
        <source>Oldest unassigned case</source>
        <translation>Plus ancien dossier non attribué</translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation>Chats en attente</translation>
    </message>
    <message>
        <source>Longest chat wait</source>
        <translation>Attente de chat la plus longue</translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation>Agents en ligne</translation>
    </message>
    <message>
        <source>Average first response today</source>
        <translation>Temps moyen de première réponse du jour</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Aucun chiffre</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>chef d&apos;équipe</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
</TS>
