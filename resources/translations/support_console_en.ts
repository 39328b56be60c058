<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached this month</source>
        <translation>
            <numerusform>%n breached this month</numerusform>
            <numerusform>%n breached this month</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message numerus="yes">
        <source>You are signed in as {0} ({1}): {2} [is|are] shown read-only.</source>
        <translation>
            <numerusform>You are signed in as {0} ({1}): {2} is shown read-only.</numerusform>
            <numerusform>You are signed in as {0} ({1}): {2} are shown read-only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CockpitWindow</name>
    <message numerus="yes">
        <source> · and %n more</source>
        <translation>
            <numerusform> · and %n more</numerusform>
            <numerusform> · and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExamSessionModel</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTab</name>
    <message numerus="yes">
        <source>Saved %n change(s). The mail service uses them from its next round.</source>
        <translation>
            <numerusform>Saved %n change. The mail service uses them from its next round.</numerusform>
            <numerusform>Saved %n changes. The mail service uses them from its next round.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message numerus="yes">
        <source>%Ln clock(s)</source>
        <translation>
            <numerusform>%Ln clock</numerusform>
            <numerusform>%Ln clocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%Ln open case(s) got a new due time.</source>
        <translation>
            <numerusform>%Ln open case got a new due time.</numerusform>
            <numerusform>%Ln open cases got a new due time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetModel</name>
    <message numerus="yes">
        <source>%n day(s) ({0}h)</source>
        <translation>
            <numerusform>%n day ({0}h)</numerusform>
            <numerusform>%n days ({0}h)</numerusform>
        </translation>
    </message>
</context>
</TS>
