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
    <name>CrashDialog</name>
    <message>
        <source>khdesk ran into an internal error</source>
        <extracomment>the widest the dialog grows: it must fit a 1366x768 screen with room around it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit khdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; everything you typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; some of what you typed could not be saved, so copy it elsewhere before you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for the developers, with no names, phones or e-mails in it, is in this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written; the log holds what happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened again: {count} times in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is copied: paste it into an e-mail or a message.</source>
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
        <source>Reading {file}…</source>
        <extracomment>A review is under way: nothing may change the preview until it is back.</extracomment>
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
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>The widgets of the options the importer offers, by option name.</extracomment>
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
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>a column of names (&apos;ФИО&apos;, &apos;Аты-жөні&apos; or &apos;Full name&apos;; or &apos;Фамилия&apos; and &apos;Имя&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known person of another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns &apos;Text&apos; (Текст, Мәтін) and &apos;Direction&apos; (Направление, Бағыт)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participants&apos; header &apos;Name (Original Name),User Email,Join Time,Leave Time&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rapporteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secretary</source>
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
        <source>the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text under HEARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes for</source>
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
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
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
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verbally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters</source>
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
        <source>any kind</source>
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
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of an agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a meeting detail that can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date and time: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: Zoom writes 09/16/2026 10:01:23 AM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: the hour of an AM/PM time is 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
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
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of people new to khdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;) and no known person has their e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;), with no e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a facilitator works in a region: add --region with its KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting cannot move to another region: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another khdesk is importing this bundle right now: import it again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another meeting has its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another meeting of its device has its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another proposal of its meeting has its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database {path} ({reason}): check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path} ({problem}): check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the keys into {folder} ({reason}): check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the {what} {path} ({reason}): choose another with --data-dir or KHDESK_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}): choose another folder or drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {device} is enrolled with another key: if the laptop was reinstalled, revoke the old device and enrol the new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device {device} was revoked: a revoked device is not enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices are enrolled at headquarters: run this on its installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters covers every region: leave out --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters&apos; decryption key is missing from keys/: restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has fields khdesk does not know: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is merged into another person but not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agenda_item_id names an agenda item of another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agenda_item_id names an item of another meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agenda_item_id names no agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its changes name fields its table_name does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its device_id is not the device that signed the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ends_at is not after its starts_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its left_at is before its arrived_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its meeting_id names a meeting of another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its meeting_id names no meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its merged_into_id names the person itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its region_kato is not the region of its device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its section_code belongs to another direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its seq is outside the range of sequence numbers the manifest covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its year is not the year of its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {column} names no person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} holds control characters or bytes that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} holds more than {most} lines or one longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is a path, or holds characters a file name may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is in the year {year}, outside {first}-{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is kept although consent is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a SHA-256 in hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a code khdesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a code of letters, digits and dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a list of fields with their old and new values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a media type such as image/png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a two-digit KATO code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {name} is {length:,} characters long; khdesk keeps {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk cannot use the database URL &apos;{url}&apos; ({reason}): give a SQLite file path, or a URL whose driver is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk could not read this bundle (an internal error, written to the log): ask the sender to export it again, and report it if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk does not open files of the type {media_type}: save a copy and open it with a program you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk may not read {path}: ask for permission to it, or copy it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk may not write {path}: choose another folder, or ask for permission to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: open the file in a spreadsheet, save it as CSV again and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, which gives another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enrolled device {device}: &apos;khdesk device list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no join time: the row says nothing about when the person came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting numbered {ref}: &apos;khdesk meetings list&apos; shows the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting with id {id}: check the id or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting with id {id}: it was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name and no e-mail: Zoom&apos;s row names nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} with id {id}: check the id (list them to see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only facilitators&apos; devices are enrolled: this card is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the waiting room: Zoom never admitted this person, so they are not counted as present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} belongs to direction {its}, not {direction}: pick a section of the same direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several meetings are numbered {ref}: name the one you mean by its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares its {shared} with {whom}: say in the window&apos;s import preview whether this is the same person, or correct the name or the {shared} in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting: pick one of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is this installation&apos;s own card: enrol the regions&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle changes records that belong to another device: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle comes from a newer khdesk: update headquarters, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which headquarters revoked: it is not imported; if that laptop is in use again, reinstall khdesk on it and enrol its new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which is not enrolled here: enrol its card (Sync → Enrol a device card…), then import the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no signed manifest: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds a link: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds a table khdesk does not know: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds an entry khdesk does not write ({name}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds more than {limit:,} entries: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds other records than its manifest counts: it was altered or written wrongly; ask the region to send a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds the same entry twice: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds {table} records, which only headquarters writes: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle says it comes from region {claimed}, but its device is enrolled for region {region}: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle unpacks far larger than it is: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a line of {table} is not a record; ask the region to send a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a {table} record is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: it holds a {table} record twice; ask the region to send a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: its {table} records break a rule of the database ({rule}); ask the region to send a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: {table} {id} is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was written by another khdesk version: update khdesk at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s contents do not match its manifest: ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s entry tables/{table}.jsonl is not JSON lines: refused; ask the region to send a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s entry {name} was altered: ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is damaged: ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its sender&apos;s key: it was altered or forged; ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database path {path} is a folder: point --db at a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged (SQLite&apos;s integrity check found {count} problems): khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} cannot be opened: check that its folder exists and may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} cannot be read ({detail}): restore it from backups/ or move it aside to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} cannot grow because the disk is full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} is busy in another khdesk or program: close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} is damaged: khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} is read-only: give khdesk write permission or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {where} may not be written: give khdesk write permission or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds {folder} is full, so {file} was not written: free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive that holds the database {where} failed to read or write (an input/output error): check the drive, and copy the database elsewhere if it happens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive that holds {folder} failed to read or write (an input/output error): check the drive, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the database {path} does not exist: create it or choose another --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled: nothing of the file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the join is on {day}, not on the meeting&apos;s date {meeting_day}: check that the report is this meeting&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leave time is earlier than the join time: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leave time is on {day}, more than a day after the meeting&apos;s date {meeting_day}: correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting cannot be closed yet: add {missing} to the protocol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration left broken references and was rolled back: report this with the backup in backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is {length:,} characters long; at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name {name}… is too long for this drive: choose a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle files a section under a direction it does not have: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s manifest is damaged: ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} list is damaged: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is not one khdesk knows: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {cell} cell is {length:,} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file {path}: check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing new to send: headquarters has acknowledged every change of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already holds {count} meetings; demo data goes into an empty one: use --data-dir with a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was written by a newer khdesk (schema {current}; this one knows up to {known}): install the newer khdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first (&apos;khdesk reference import FILE&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init --role facilitator --region KATO&apos; or &apos;khdesk init --role hq&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation has no keys yet: initialise it with &apos;khdesk init&apos; (or &apos;khdesk init --force&apos; for one made before keys existed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation has no keys: run &apos;khdesk init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation is already initialised as {role} (device {device}): add --force to replace its identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of region {other} is recorded on that region&apos;s installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this installation&apos;s signing key {path} is missing or damaged: restore the data folder from its backup, or initialise again with &apos;khdesk init --force&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is done at headquarters, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is done on a region&apos;s installation, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a reference bundle: import it at headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a region&apos;s bundle of changes: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop&apos;s code {code} in meeting numbers is already that of device {device} of the same region: set the laptop up again (khdesk init --force) so that it gets a new key and code, then send its new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting is already closed.</source>
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
        <source>this record was written on another device and only that device may change it; record headquarters&apos; view as a review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reference bundle (version {version}) is older than the one in use ({current}): import the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reference bundle was signed by another headquarters: it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attendance mode &apos;{mode}&apos;: use in-person or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consent method &apos;{value}&apos;: use paper, verbal or electronic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown direction &apos;{code}&apos;: use D1 to D6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown direction &apos;{direction}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;: write proposal or comment (предложение / замечание, ұсыныс / ескерту).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;{value}&apos;: use proposal or comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru, en or kk+ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meeting format &apos;{value}&apos;: use in-person, online or hybrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meeting kind &apos;{value}&apos;: use round-table, online or plenary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{code}&apos;: use a code such as D2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{section}&apos;: write a code such as D2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code ({codes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;: use facilitator or hq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scale &apos;{scale}&apos;: use seed or national.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sector &apos;{code}&apos;: use one of {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sector &apos;{sector}&apos;: write a sector&apos;s code or name from the list, or map it to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;{value}&apos;: use open, answered or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} is not a number of participants: give 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} known persons have this name: check this person in by hand in the meeting&apos;s participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-09-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a time: write it as HH:MM, e.g. 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} holds bytes that are not text (a wrong encoding): retype it, or save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is {count}; a count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} {day} is not in the years {first}-{last}: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has an unclosed quote on line {line} that runs the lines after it into one cell: correct the quotes on that line, or save the file again from a spreadsheet, and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match its key): do not enrol it; ask the facilitator for the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has lost its Kazakh letters (line {line} has «?» inside a word): it was saved in a codepage without them; save the table as CSV UTF-8 or .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the file needs {expected} in its first lines, separated by commas, semicolons or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the first sheet needs {expected} in its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is UTF-8 text with a damaged byte on line {line}: correct that line, or save the file again as CSV UTF-8, and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a card of another khdesk version: update khdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a damaged device card: ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) file: save it as .xlsx or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged: it says it is UTF-16 text but is not; save it again as CSV UTF-8 and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty: choose the file that holds the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line} has letters that neither Kazakh nor Russian uses): save it as CSV UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line}): save it as CSV UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than any khdesk bundle: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than the drive that holds {folder} allows (a FAT32 USB stick takes at most 4 GB in one file): choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CSV or Excel file: save the table as .csv or .xlsx and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a device card: ask the facilitator for the file that &apos;khdesk device card&apos; writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file but a device or a pipe: save the table as a file and choose that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file khdesk can read as a bundle: choose the .khb or .khr file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8) or Excel (.xlsx) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook: open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook khdesk can read: open it in Excel and save it again as .xlsx, or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is over {limit} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large to be a device card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size:.1f} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} unpacks to {size:,.0f} MB; khdesk reads workbooks of at most {limit} MB unpacked: split it into smaller files or save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} writes dates day first (line {day_first}) and month first (line {month_first}): export the report from Zoom again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is on a read-only drive: choose another folder or drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as an image: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than 5 MB: choose a smaller logo image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image: choose the logo as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB: scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist: check the path of the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: choose a CSV or Excel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file: choose a scan or a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a khdesk database (damaged, or another kind of file): restore it from backups/ or move it aside to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds tables that are not khdesk&apos;s: point --db at a khdesk database or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a meeting id nor a meeting number like 71-7QKM-2026-003.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
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
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
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
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
        <extracomment>record id -&gt; the version whose text the fields last showed</extracomment>
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
        <source>This laptop does not hold headquarters&apos; key yet: import the reference bundle from headquarters first (Sync → Import a reference bundle…).</source>
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
        <source>Device {device} is enrolled: its bundles will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device {device} was enrolled already.</source>
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
