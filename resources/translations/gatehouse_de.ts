<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Gatehouse {version}</source>
        <translation>Gatehouse {version}</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>Run your own LinkedIn contact policy: a record of who each contact is and how you met them, triage of connection requests, profile text and handover lists. Your clients&apos; data stays on your computer unless your team chooses a shared database server.</source>
        <translation>Ihre eigene Kontaktrichtlinie für LinkedIn: ein Verzeichnis, wer jeder Kontakt ist und wie Sie ihn kennengelernt haben, die Sichtung von Kontaktanfragen, Profiltext und Übergabelisten. Die Daten Ihrer Klientinnen und Klienten bleiben auf Ihrem Computer, es sei denn, Ihr Team wählt einen gemeinsamen Datenbankserver.</translation>
    </message>
    <message>
        <source>Your database: {name}</source>
        <translation>Ihre Datenbank: {name}</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. {homepage}</source>
        <translation>Freie Software unter der MIT-Lizenz. {homepage}</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Gatehouse user guide</source>
        <translation>Gatehouse-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
</TS>
