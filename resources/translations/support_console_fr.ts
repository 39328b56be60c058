<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>Sev 1 ×{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} breached this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>no open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} open, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} open cases, {1} of them Severity 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst clock: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches this month: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases — all quiet on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam session in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proctored exam sessions: they belong to the Proctored plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam sessions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} awaiting first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} met of {1} settled in {2} · {3:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing settled in {0} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · ends {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>Administration — Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans &amp;&amp; targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users &amp;&amp; roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You are signed in as {0} ({1}): {2} [is|are] shown read-only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You change: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Nothing is saved until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentLoadModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned open cases still awaiting their first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening windows like 08:00-20:00, several separated by commas; empty: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the target, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CH, DE-BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO country codes, optionally with a subdivision (DE-BY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… (recomputing the open cases&apos; due times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regions: only weekends and extra closures close the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holidays in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Only the moves the case may make from its status are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account now on {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early adopter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-production trial until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned — in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} · paid add-on · no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {when} · met (was due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {when} · late by {late} (operational; was due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was due {due} · {late} overdue (operational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {due} · {left} left (operational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused — resumes {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, entered by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shown as text; the original HTML is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement to the customer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement being sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement queued for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} opened the case ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} claimed the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} assigned the case to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} returned the case to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer wrote back: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed severity {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response now due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response by {who} — in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response by {who} — late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the closed case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} linked mail from {sender} to {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to the customer not delivered: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} sent a failed message again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading case #{number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed; only internal notes can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the customer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is queued to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — the database is unreachable; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat is not part of the {plan} plan.

Answer this customer with a public reply on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed; the chat is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer waiting {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} — the database is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: unexpected error ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cockpit</name>
    <message>
        <source>no non-production trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial expired yesterday ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial expired {0} days ago ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial ends today ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial until {0} — expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial until {0} — expires in {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-adopter products qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not qualified for early-adopter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live now — ends {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message>
        <source>My accounts — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM cockpit — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cockpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● On call 24x7 for Severity 1 on your Premier accounts — alerts are never muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no TAMs yet: an admin adds them under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are assigned to {0} yet. An admin makes a TAM dedicated to Premier accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the accounts ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 awaiting first response: #{0} {1} — {2} ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>no SLA · paid add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met · {0} to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached +{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused — resumes {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · resumes {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Change the exam session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an exam session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctored exam session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once (on demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; {1}h {2:02d}m each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Times in {1}; the session is held in {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamSessionModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {0}, the session&apos;s own time zone, as it is booked; the cockpit shows them in your zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamsTab</name>
    <message>
        <source>A Proctored account&apos;s clock also runs during its exam sessions, at night, at weekends and on holidays. Changing a session recomputes that account&apos;s open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exam sessions are booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the session of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is on the Proctored plan: exam sessions are booked for those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no coming occurrence to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which session of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} of {1} with all its occurrences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the exam session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press any key to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: closed in {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console&apos;s windows, from its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console speaks {0} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCasesModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached and at risk first, then unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the case off its assignee; anyone may claim it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} · {2} open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for the mail from {0} on an account. Its clock starts when the mail arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0} as a contact of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link and open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>Who are you on this workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as someone else (demo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember for this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local database is for one person&apos;s workstation and for the demo: whoever can open the file can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mail service (support-console mail run) fetches customers&apos; mail and sends the team&apos;s replies. New mail from a contact opens a case; mail from unknown senders waits for an agent under Unknown senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave the mail where it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set IMAP password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move read mail to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set SMTP password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge new cases to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for mail every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the saved IMAP and SMTP servers from this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are not stored in the database: “Set IMAP password…” and “Set SMTP password…” keep them in this machine&apos;s keyring. On a server, give the mail service its passwords as systemd credentials or a password file (support-console admin mail password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every message was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on the message; it stays stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message as it arrived (.eml) to look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed {0}{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never changed: these are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the mail settings. Your unsaved edits are kept; save or reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The mail service uses them from its next round.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the {0} server and user first: the password belongs to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed {0} server or user first: the password belongs to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {0} password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {0} on {1} (kept in this machine&apos;s keyring):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} password for {1} is kept in this machine&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the saved settings (your unsaved edits are not used)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} servers failed the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both servers answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail service reads the message again on its next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was discarded; it stays stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail messages (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the message ({0} bytes) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Support Console — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case and give the queue the whole width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from addresses no account knows, waiting to be linked or closed (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute alerts 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the chat composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text as an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In chat: send / new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat · {0} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to claim: the queue has no case for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not claim: the database is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You claimed #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown senders ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable — reconnecting… Countdowns keep running and your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts muted for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextToBreachModel</name>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteModel</name>
    <message>
        <source>Your note — double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on this account… (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were editing was deleted; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the note was changed in the meantime (reloaded above). Your text is kept; save again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — the database is unreachable. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: unexpected error ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the account&apos;s TAM writes notes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this to {0} in person or by phone; they choose their own password at first sign-in. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose your password — Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in as {login} with a one-time password. Choose your own now: at least {minimum} characters, not containing your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, e.g. Aisha Rahman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They sign in with the login and a one-time password shown to you next; they choose their own password at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already a person here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {0} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one language, e.g. en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesTab</name>
    <message>
        <source>There is no database file at {0} yet; it is created at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The databases this workstation signs in to. Passwords are kept in the operating system&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now the default at sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational time left until the first response is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: how the customer reached us (email or the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctored exam session live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA clock: paid add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response due {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unread chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unread chat messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePreviewModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · exam live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRuleModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off — it orders nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRulesTab</name>
    <message>
        <source>The queue is ordered by these rules, first rule first; the case number settles ties. Team leads and admins may reorder them and switch them off. Paid add-ons never get a lift from the live-exam, priority-plan and first-response rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule on, in the order the SPEC publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the published chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: {0}{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — the first {0} of {1} open cases under these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — the queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Every console orders its queue by these rules now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proctored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject, account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default column widths</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Write a reply to the customer, or an internal note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Ctrl+Shift+Enter adds a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agents see internal notes (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the customer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply goes by email to {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock settled in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} met of {1} settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks still running at the end of the period (or now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational time from opening to the first response, over {0} responses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>SLA reports — Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met and breached: clocks settled in the period. Open: still running at its end. Response times: operational time to the first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clock(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SLA report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <source>e.g. Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>e.g. aisha.rahman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your own user name. The first time, use the one-time password an admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keyring is available on this machine, so no password can be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Someone else changed the set-up. Your unsaved edits are kept; save or reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local database (demo data is prepared on first start)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one works here yet: add a person with `support-console user add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a person on this database: sign in with your own user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-time password expired on {0}: ask an admin for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in: choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has the {role} role and the {window} is for: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Changed by someone else — reloaded. Check the values and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable; nothing was saved. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case(s) got a new due time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TamOnCall</name>
    <message>
        <source>Premier 24x7 on-call · click to open the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ·  {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  24x7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, severity {1}: {2} operational minutes, counted on {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>First-response targets in operational minutes (a day is 12 operational hours = 720 minutes). Saving recomputes the due times of open cases still awaiting their first response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard and Premier count on the support calendar&apos;s hours; Premier Severity 1 on the 24x7 on-call clock; Proctored on the hours plus the account&apos;s exam sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile turns amber, then red, when its figure reaches these limits (at or above where more is worse, at or below where less is worse).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>Times in {0} (your zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due times also in the support calendar&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support calendar {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>{0} limit {1:g} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnknownSendersWindow</name>
    <message>
        <source>Unknown senders — Support Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from addresses no account knows. It waits here without a clock until someone links it to an account — the case&apos;s clock then starts when the mail arrived — or closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail from unknown senders is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case on an account for this mail (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or a wrong address: no case, no answer; the mail stays stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the mail to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #{0} opened on {1}; its clock started when the mail arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the mail from {0} (“{1}”) without opening a case? Nobody is answered; the mail stays stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed the mail from {0} without a case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time, until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chose their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time password ran out: give {0} a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chooses their own password at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot sign in until you give them a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Double-click a role, team or languages cell to change it; tick Active to let the person sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local database has no passwords: whoever can open the file can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one-time password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} can no longer sign in; their open sessions were ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0} ({1}), who signs in as {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {0} a new one-time password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s current password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has a new one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is deactivated: activate them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new one-time password for {0}, shown to you once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardHeader</name>
    <message>
        <source>Team: agent figures and loads count the team&apos;s members; case figures count the cases assigned to them plus the unassigned cases (the shared pool every team draws from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cases of the {0} plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases to reassign and the agents&apos; load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardWindow</name>
    <message>
        <source>Support Console — Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is waiting for a first response against a running clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment per day — last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day trend hidden: window too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unreachable — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no running clock awaits a first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: #{0} in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #{0} was changed by someone else — reloaded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case #{0} now goes to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} open · {1} unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0} clocks settled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — every open case has an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, over {0} first responses (operational time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest wait {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} away · {1} offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}. Amber at {2:g}{4}, red at {3:g}{4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Longest wait: amber at {0:g} min, red at {1:g} min.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>proctored exam session live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan with priority queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above #{number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its account&apos;s proctored exam session is live now; #{below} is a paid add-on, which that does not lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} has priority queueing, {other} does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} has priority queueing; #{below} is a paid add-on, which no plan covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting its first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting its first response; #{below} is a paid add-on, which has no first-response clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response due earlier ({due} vs {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer waiting longer (since {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity {severity} before {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened earlier ({opened})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk — #{number}, {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity 1 on {account} — #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Severity 1 — #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} ({plan}; you are on call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} ({plan}): {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA attainment, 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest unassigned case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest chat wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average first response today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
