<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add scan or photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scans or photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file {name} from this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo above the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the list of participants above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank attendance sheet, to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document, to edit (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <extracomment>The fields a user may correct in a row, per kind of file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {create} new, {match} known, {attending} already on the list, {reject} not imported. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows share a phone or e-mail with someone of another name: select them and press Same person or Different person. Until you decide, they are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors khdesk does not know:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk — «Қазақстан халқына»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;reference bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles from the regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reference &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol a device card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search meetings by title or place (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be cleared by switching the language now. Switch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk {version} · {role} · {count} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered {registered} · present {present} ({sectors}) · proposals {proposals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be lost. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts / ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecretary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>← Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;7 Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending a closed meeting. Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting is closed and read-only. Use Amend… to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before closing, the protocol still needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the protocol needs is there. Closing makes it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After closing, the meeting is read-only and changes become amendments. Close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend a closed meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is empty: type it in.</source>
        <extracomment>(what the service says, how the window says it), most frequent first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is {length} characters long; shorten it to at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds control characters: retype it as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; is malformed: correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting is closed and read-only: record the correction as an amendment with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of another region is recorded on that region&apos;s installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} belongs to direction {direction}: pick a section of the same direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records differ from the same version already stored: the stored ones were kept; the bundle is in inbox/imported for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this headquarters; ask the region to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle comes from a device that is not enrolled (or was revoked): enrol its card, then import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was altered or damaged on the way: ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name: type the person&apos;s full name, or leave the row out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail is malformed: correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sector &apos;{value}&apos;: write a sector&apos;s code or name, or map it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown direction &apos;{value}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{value}&apos;: write a code such as D2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <extracomment>Field names that messages quote, in the interface&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report (HEARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rapporteur reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision as it goes into the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{votes} votes, but {present} present: check the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the decision first; the vote is saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this agenda item and its minutes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Type a name, organisation, phone or e-mail, then press Enter to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: {registered} · present: {present}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Filter by name, organisation or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected proposal or comment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Where to write the bundle (a folder or a removable drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{records} records written to {path}. Take the file to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference bundle from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data version {version} is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing new to send: headquarters has acknowledged every change of this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being imported elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles from the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reference bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} written: send it to every region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this fingerprint to the facilitator of region {region} by phone:

{fingerprint}

Does it match what their khdesk shows? Enrol the device only if it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like someone already known: {name} ({organisation}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Facilitator of a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to khdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer, with or without a network. Tell it who uses this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data (a synthetic campaign of 64 meetings) to look around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
