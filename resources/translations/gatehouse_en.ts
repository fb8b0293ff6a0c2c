<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Gatehouse {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your own LinkedIn contact policy: a record of who each contact is and how you met them, triage of connection requests, profile text and handover lists. Your clients&apos; data stays on your computer unless your team chooses a shared database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence. {homepage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Gatehouse user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
