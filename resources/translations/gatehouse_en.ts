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
    <name>Actions</name>
    <message>
        <source>Record the suggested decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: reply without accepting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: ignore (the sender is not told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide: report as spam or abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open sender&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sender&apos;s LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a request from LinkedIn&apos;s invitations page (name, profile URL, note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply all suggestions of a ru&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the suggestion of every pending request one rule decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pe&amp;nding requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests still to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests decided, latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &amp;back in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the decision on this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edited policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the edits since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a policy from a policy file (one your service shares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the policy to a file others can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand your work contacts over to a successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor has been introduced to the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contacts declined the introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contacts are not to be introduced after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark back to &amp;pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected contacts are still to be introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import LinkedIn export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a LinkedIn data export (zip or CSV files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import LinkedIn export &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an unpacked LinkedIn export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every contact to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every contact to a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database beside itself now (kept until you remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt an unencrypted database; the key goes to your system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your p&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile on the Profile text page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the classification undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, companies, positions, tags and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as your desktop says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on a light ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on a dark ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload from database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the contact editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LinkedIn &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contact&apos;s LinkedIn profile in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current contact from your record (a later import brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an erasure request: remove everything about the current contact, keeping only a suppression entry so that no import brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before you contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check consent, channel, context and cause before you contact this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &amp;draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic light for a post, a comment or a message: does it name a client or say too much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contacts not yet classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Gatehouse user guide (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first steps: your profile, your export, your policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As LinkedIn shows it, e.g. Ada Quill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s LinkedIn profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the invitation&apos;s message, if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the request was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender already in your record is found by the profile URL (or by a name only one contact has); anyone else is added to your record as a stranger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Gatehouse cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{task} failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyRuleDialog</name>
    <message>
        <source>Apply all suggestions of a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the policy&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} — {count} pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records “{decision}” as the decision on {count} pending requests, with the rule&apos;s reason and reply. Each can be put back from the History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply {count} suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkConsentDialog</name>
    <message>
        <source>Record LinkedIn consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record LinkedIn consent “{status}” for {contacts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{classified} of them already have a LinkedIn consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sign-up sheet, careers fair 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Whom to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, colleagues and fellow professionals you met in your work role or through professional networks, whose consent is not refused or withdrawn. Untick anyone to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, companies, relationships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: Space ticks or unticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every candidate shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every candidate shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients without explicit consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the candidates shown are clients without explicit consent. Tick them too only if each of them agreed to be introduced to your successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick them too ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them unticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chosen} of {total} chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {shown} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 client has no explicit consent: they are handed over only when you tick them one by one ({ticked} ticked). Tick a client only if they agreed to be introduced to your successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} clients have no explicit consent: they are handed over only when you tick them one by one ({ticked} ticked). Tick a client only if they agreed to be introduced to your successor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePreview</name>
    <message>
        <source>Fix the problems below to see what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved edits. {total} pending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these edits, {changed} of {total} pending requests would get another decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (mistaken, corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (correction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorController</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard them to see the contact selected in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LinkedIn profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {added}, changed {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the entry of {date} ({channel} {status}). Set what it should have said; the mistaken entry stays in the history, marked corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent change not recorded: say where it comes from (Source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent change not recorded: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction recorded; the mistaken entry stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent change recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no LinkedIn profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the profile in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse asked your system to open the profile, but no web browser started. The address is copied: paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} from your record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes them from your record with their consent history; this cannot be undone. The audit log keeps that a contact was deleted, and a later import of your LinkedIn export brings them back as a new contact. To honour a request to erase a person&apos;s data, use Contacts &gt; Erase this person… instead: it removes everything held about them and keeps them from being imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorView</name>
    <message>
        <source>Contact editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LinkedIn &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open LinkedIn profile in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from your record (a later import brings them back). To honour an erasure request, use Contacts &gt; Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as LinkedIn shows it, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where or how you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. careers fair 2024, Leeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added and changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displa&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met &amp;where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked in person, e-mail of 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect the selected entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected consent entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the selected entry should have said; the mistaken entry stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting a consent entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see and edit everything kept about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All  {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} contacts · {unsorted} unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{classified} of them are already classified; their classification is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them is classified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} for {count} contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing {count} contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag for the selected contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag for the {count} selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the selected contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the {count} selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTableView</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contacts; 1-5 set the relationship of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, companies, positions, tags and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by LinkedIn consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {relationship}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the relationship of the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where you met the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record LinkedIn consent for the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag to selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag from selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &gt; Keyboard shortcuts lists them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse keeps your own record of who each LinkedIn contact is and how you met them. Import your LinkedIn data export (a zip, a folder or its CSV files; you can also drop them on this window) or add a contact by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import LinkedIn export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “{search}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheckController</name>
    <message>
        <source>Read your clients&apos; names for the draft check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheckView</name>
    <message>
        <source>Traffic light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your clients&apos; names to check this text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: off limits as it stands. When in doubt, leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow: needs your judgement before it goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: nothing off limits found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Check a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or write a post, a comment or a message. Red is off limits (a client named or pointed to, something confidential, someone else&apos;s e-mail or phone), yellow needs your judgement, green is fine. Nothing you write here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the draft on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsEditor</name>
    <message>
        <source>{organisation} (your profile&apos;s organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile&apos;s organisation (none set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsSectionView</name>
    <message>
        <source>What Check a draft (Ctrl+D) knows besides your clients. One entry a line. Confidential names, projects and terms, and partners or suppliers, are red when a draft names them; your employer and its products praised or compared are yellow unless the draft says you work there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential names, projects and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure phrases (besides “I work at”, #employee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>About {page}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message and the details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatesController</name>
    <message>
        <source>Select a contact or a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatesDialog</name>
    <message>
        <source>Before you contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you write to {name}, four gates must pass: consent, channel, context and cause. Choose how and why you want to get in touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
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
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal matter (a thank-you, a favour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment (a job or a placement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to their invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gate}: answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gate}: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the verdict means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gate passes: go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate stops you, but read the cautions before you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one gate says stop: do not make this contact this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark {what} {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {successor}, {date}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {count} contacts back to their earlier status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the handover candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your contacts for the handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact meets the handover rules yet: classify your work contacts on the Contacts page (client, colleague or professional; met in your work role or a professional network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover to {successor} recorded: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverTables</name>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client without explicit consent: tick only if this person agreed to be introduced to your successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>Handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand your work contacts over to a successor (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past handovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of the selected handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I introduced, D declined, S skipped, P back to pending, for the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handovers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you leave a post, hand your work contacts over to your successor: the clients, colleagues and fellow professionals you met in your work role or through professional networks, each with the reason and an introduction, as CSV, vCard or a printable PDF. Every handover is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the contacts list: I introduced · D declined · S skipped · P back to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <source>CSV, to open in a spreadsheet (cells that could run as formulas are neutralised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0, to import into an address book (the introduction in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to print: a cover page and a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {number}, the first option that can be filled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard file (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import LinkedIn export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} contacts to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Contacts added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations to you, new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invitations still waiting, new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations now accepted (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection requests added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deleted or hidden member skipped (LinkedIn keeps only a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} deleted or hidden members skipped (LinkedIn keeps only a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 empty row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} empty rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person skipped: erased at their request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people skipped: erased at their request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invitation skipped: no name and no profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invitations skipped: no name and no profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vCard without a name skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} vCards without a name skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each skipped row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each skipped row, with its file and line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each skipped row: file, line and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort {count} unsorted contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort 1 unsorted contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages read for last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile: {fields} filled in from the export (check them on the Profile text page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile fields filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dates are before May 2003, when LinkedIn started: the export&apos;s dates may have been changed by a spreadsheet. Check a few contacts&apos; “connected on” dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} possible duplicates (alike names; nothing was merged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ignored (not part of a LinkedIn export Gatehouse reads):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates, rows skipped and files ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>decision {decision} on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, on LinkedIn: accept the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, on LinkedIn: copy the reply, paste it into a message to them, and leave the invitation waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, on LinkedIn: choose Ignore on the invitation (they are not told).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, on LinkedIn: open their profile, choose More &gt; Report / Block, and ignore the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags: {flags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {decision} — rule: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile leaves {fields} empty: fill them in on the Profile text page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a rule&apos;s suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion: {decision}  A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than your policy&apos;s target for brevity: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {decision} — {name}. {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the inbox: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {change}. The suggestion follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn reports this request as done; it cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} requests to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied: paste it into LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from {name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {count} decisions of the rule {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Requests to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a request from LinkedIn&apos;s invitations page (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply all suggestions of a rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply all suggestions of a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A uses the suggestion; C connect, R reply, I ignore, P report; 1-5 and Alt+1-5 classify the sender; the next request follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the list: A use the suggestion · C connect · R reply · I ignore · P report · 1-5 relationship · Alt+1-5 met in · O open profile · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations you sent that still wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation you sent is waiting. Those you send on LinkedIn arrive with the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation you sent is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending, decided or sent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to decide. Requests arrive with every import of your LinkedIn export (File &gt; Import LinkedIn export); Add request records one from LinkedIn&apos;s invitations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision and its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in the inbox  U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the decision: put the request back in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputDialogs</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionPage</name>
    <message>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact gets an introduction written from this wording (the handover template, which can be changed or translated for your service). Choose a contact to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introduction&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}, {count} waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;andover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set LinkedIn &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sender&apos;s &amp;relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where you &amp;met the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely already in your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your record? {people}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Format and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is written and the handover recorded together: if one fails, neither happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the handover was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file} and recording the handover…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditorController</name>
    <message>
        <source>Read the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} (not defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy saved: {changed} of {total} pending requests get another decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFiles</name>
    <message>
        <source>Import policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {file}: see what would change, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the default policy in the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rules and templates are replaced in the editor; nothing is saved until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision when no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;licy name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no rule &amp;matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that would get another decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the saved policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy from a file (shared by your service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the policy to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy file, such as one your service shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the policy to a file others can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <source>Encrypt database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is encrypted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until Gatehouse has finished its current work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt {database}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse writes an encrypted copy, checks it, and puts it in place. The key goes to your system keyring (or you choose a passphrase). The unencrypted file is kept beside it until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{database} is encrypted.

The unencrypted file is kept as {copy}. Delete it once you have checked your record: it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} and everything about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase is for a request to erase a person&apos;s data. Their record, consent history, requests, interactions and handover rows are removed. Only a suppression entry is kept, so a later import does not bring them back. This cannot be undone. (To tidy your record only, Delete contact is enough: a later import brings a deleted contact back.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was erased. These handovers had included them; tell the successors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was erased; no handover had included them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTextController</name>
    <message>
        <source>Read your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from your profile and the policy “{policy}”, in a {tone} tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{characters} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {length} text is on the clipboard: paste it into LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTextView</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morgan Reed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbridge University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the careers service&apos;s contact page or reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: {tone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation note holds 200 characters on a free account, which also gets only a few personalised notes a month, and 300 on Premium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies, this text and handover introductions use your profile. The text says whom you connect with and what happens to other invitations, from your policy; it never names or hints at a contact. Leave a field empty and it is simply not mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which policy the text follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full, for the About section (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailView</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the rule and the facts that matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next on LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sender&apos;s relationship (1 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the list: 1 client, 2 colleague, 3 professional, 4 personal, 5 stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where you met the sender (Alt+1 to Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the list: Alt+1 to Alt+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply: the suggestion is not to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply text to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect  C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply  R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore  I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report  P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile  O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sender&apos;s LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you contact: the four gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent, channel, context and cause (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTables</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the policy&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleFormView</name>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When every condition below holds (ticking several words in a box means any of them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known (classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (stranger, unsorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; or tags separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last interaction within months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction for months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In touch &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
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
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTableView</name>
    <message>
        <source>Rules, first match wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected rule; Space switches it on or off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer has no keyring Gatehouse can keep a key in, so your record is protected by a passphrase you choose for {database}. Without it the record cannot be opened: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open {database}; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password for {database}. Gatehouse keeps it in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentInvitations</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentInvitationsController</name>
    <message>
        <source>Read the invitations you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invitation you sent still waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invitations you sent still wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}; {old} for three weeks or more: LinkedIn asks you to withdraw invitations that wait for weeks (on LinkedIn: My Network &gt; Manage &gt; Sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}, the oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the contacts table, 1-5 set the relationship of the selected contacts (0 puts them back to unsorted) and move to the next row; Alt+1-5 set where you met them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessorPage</name>
    <message>
        <source>Your successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes over your work? Their name goes into every introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successor&apos;s LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Handover recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the handover file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could show {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts handed over to {successor} as {format}:
{file}

Each contact starts as pending. On the Handover page, mark them introduced, declined or skipped as you go. The audit log names every contact exported, so a request about a person&apos;s data can say where it went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgressView</name>
    <message>
        <source>Progress message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the job; nothing it was writing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>{name} (a long name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by {users}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by any rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than your policy&apos;s target for brevity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile leaves {fields} empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rules use this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: Enter inserts the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the selected placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample request for the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <source>{title}: length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the {title} text</source>
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
<context>
    <name>Vocabulary</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
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
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endorsement trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvesting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your LinkedIn profile address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your group&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your public handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your service&apos;s contact page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often you check messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your LinkedIn account kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse keeps your own record of your LinkedIn contacts and applies your contact policy to the connection requests you receive. Three steps get you going; Help &gt; Welcome brings this back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Set up your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Import your LinkedIn export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your LinkedIn export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Review your policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review your policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role, organisation, group and service contact go into replies, your profile text and handover introductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On LinkedIn: Settings &amp; Privacy &gt; Data privacy &gt; Get a copy of your data. Import the zip: your connections become contacts to classify, and invitations arrive in the Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default policy is written for careers advisers: read its rules and change what does not fit you. The Policy page shows what each change would do before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done; you can do it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowController</name>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your edits to {what} before you leave the {page} page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits you do not save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your edits to {what} before you quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse is still busy ({tasks}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting now stops it; an import that is stopped writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>{count} automatic backup(s) still hold them until they are replaced (by {date} if Gatehouse is opened every day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} kept backup(s) still hold them until you remove them (File &gt; Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup holds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
