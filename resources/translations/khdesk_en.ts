<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About khdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
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
        <source>Copy these details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version with its lines numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wording of the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paragraph after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording in the language read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording in the other language, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments of this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document to amend: headquarters publishes its drafts (the Declaration, an Appeal) in the reference bundle; import the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{value}» is not a range of lines: write it as 5-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the amendment «{words}»?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer the region reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an answer template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer the region reads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Scans and photos of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Nothing was attached to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing attached yet: «Add scan or photo…» attaches the signed attendance sheet, handouts or photos.</source>
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
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings: {meetings}, persons: {persons}, proposals: {proposals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}, with an encrypted copy in {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place; the database it replaced is kept as {aside}. khdesk starts again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its check and was moved, unchanged, to {aside}. The latest good backup is of {taken} and holds {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk backs the database up when it starts, once a day when something changed, and keeps recent days, weeks and months. The backups are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet: «Back up now» takes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days, weeks and months keep a daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup or a copy from a USB stick (a new laptop, say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept: one a day for {days} days, one a week for {weeks} weeks, one a month for {months} months; the others are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days, weeks and months, separated by commas (12,10,9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second place: an encrypted copy of every backup on a USB stick or another drive survives the laptop. «Second place…» chooses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; it is not plugged in now, or holds no copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; the last copy there is of {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second place for the backups (a USB stick, another drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk backups (*.db *.db.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase chosen for the second place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {file} in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the backup of {taken} ({holds}) in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Fingerprint</source>
        <extracomment>Wide enough for the longest line of the form and the fingerprint in large type; the dialogs grow taller, never wider, for longer translations.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code in meeting numbers</source>
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
    <name>Dashboard</name>
    <message>
        <source>new</source>
        <extracomment>The figures the dashboard shows, by their names in ``stats.FIGURES``. The review statuses&apos; names; a status the vocabulary gains later shows under its code until it is named here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Colours of the series, one per set in order (readable on white, told apart in grey too). The height of one row of a horizontal bar chart, in pixels. How long a section&apos;s name may be beside its bar (the whole name is the bar&apos;s tooltip). The numbers shown beside the charts&apos; figures, read in the same operation. the keys behind the categories and the sets, in the order drawn the figures drawn now (``read_figures``&apos;s answer), and the filters they are for the numbers read with them (``NUMBERS``): the unique persons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <extracomment>the key numbers: each opens the list it counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of meetings of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the campaign: no filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by region and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances and participants by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants (each person once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals by direction and section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings and proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week (from its Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals whose review status is other than new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons present, each counted once across regions and meetings: the same phone, e-mail, or name with organisation is one person, and so are the pairs judged the same on the Same persons page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters imports this laptop&apos;s bundles once it has enrolled its card. Save the card and send the file to headquarters (by e-mail or on a USB stick). When the analyst calls, read the fingerprint out group by group: it proves that the card they received is this laptop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is saved as {path}: send this file to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a card…</source>
        <extracomment>An item&apos;s data: (&quot;region&quot;, kato or &quot;&quot;) or (&quot;device&quot;, its id). What to select once the rows arrive (a region opened from elsewhere, a card enrolled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a region&apos;s device card (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse further bundles from this device (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single region (online sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {status}, {records} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: {regions}. Devices enrolled: {devices}, of them revoked: {revoked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke device «{name}» of {region} (code {code}, fingerprint {fingerprint})? Its further bundles will be quarantined; what it sent already stays. A revoked device is not enrolled again: its laptop needs a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device</source>
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
        <source>The logo</source>
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
        <source>Remove the logo</source>
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
        <extracomment>Where the dialog keeps its size and position between sessions. What it asks for on a screen large enough: a page of A4 wide enough to read. Room for the window manager&apos;s title bar and borders around the dialog, which Qt learns only once the window is on screen.</extracomment>
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
        <source>{kk}, then {ru}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and e-mails on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only of those who consented; leave it off for a sheet passed round the room.</source>
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
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>The campaign&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph or amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments by paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paragrap&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to c&amp;larify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Differences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plenary&apos;s &amp;vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft with numbered lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendments list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adopted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document yet: write one with «New document…», then publish it to the regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— version {number}, changes not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted on {day}, version {number}: its text is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number} published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft, not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}. Amendments: {total}, not reviewed yet: {open}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has changes not in version {number}: publish them for the regions to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged with № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph removed in version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept amendment № {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph goes out of the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording that goes into the draft, in both languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge amendment № {number} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is amendment № {number} declined? The region reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the region clarify in amendment № {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {number} of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove paragraph {number} from the draft? The next version will not have it; its amendments stay, marked as to a removed paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {older} and version {newer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolCardDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the facilitator of this laptop and ask them to read out the fingerprint their khdesk shows (Sync → This laptop&apos;s card…). Enrol the device only if every group matches the fingerprint below: a card that does not match may not be theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol: the fingerprint matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled: {region}, device {device} (code {code}). Its bundles are imported from now on; any it sent before enrolment wait in the inbox&apos;s quarantine folder: import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled already: {region}, device {device} (code {code}). Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export…</source>
        <extracomment>The key of Export… on every page that has it. An export that takes less than this shows no progress, only its result. the sheets written to their end, in order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for Excel, one per sheet, in a new folder (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter the file follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sheet «{sheet}»: {rows} rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the folder {path}; rows in each file: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}; rows on each sheet: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: {files} were already written in {path}; the other files were not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadquartersHome</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Every page of headquarters, in the side bar&apos;s order: (key, title, icon, &quot;module:Class&quot;). None for the class: a page the main window already has (the meetings list with the meetings opened from it, the people) and hands to the home as an ``OwnPage``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the page «{title}»</source>
        <extracomment>the key of the page just shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters&apos; pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>A review is under way: nothing may change the preview until it is back. Something changed the preview&apos;s choices while a review ran: review once more. Sector words the user chose for while a review ran, applied when it is back. What waits for the review under way to end (an import pressed meanwhile).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>The widgets of the options the importer offers, by option name.</extracomment>
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
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
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
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is imported into meeting {meeting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {created} · known persons: {matched} · already on the list: {attending} · not imported: {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {created} · not imported: {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {count}. Save these rows as a file, fix them there and import that file again; the reason of each is in its last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
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
        <source>The sector of {count} rows is suggested from their words or organisation: check the Sector column; Fix the row changes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {imported}, leave out {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import all {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sector} (remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
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
        <source>{name} - not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} rows to {path}. Fix them there, save the file, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle yet: import the regions&apos; bundles, or drop them on the window.</source>
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
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst</source>
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
        <source>decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different people</source>
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
        <source>in review</source>
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
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
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
        <source>the English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kazakh name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kazakh title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Russian name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Russian title</source>
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
        <source>the amendment&apos;s wording</source>
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
        <source>the code</source>
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
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraph</source>
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
        <source>the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person</source>
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
        <source>who proposed the amendment</source>
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
        <extracomment>The main window&apos;s size on a screen that holds it (a smaller screen gets all it has). Keys of standard actions where the platform names none (Qt&apos;s offscreen and minimal ones) the value that stands for «no date» (below any meeting&apos;s date) the language the window&apos;s texts are in (the welcome may choose another one) how many meetings the list shows now, and how many this database holds headquarters&apos; pages (None at a facilitator&apos;s, whose window is the list of meetings) at headquarters the list is read when its page is shown, and again when it is stale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any region</source>
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
        <source>P&amp;rospectus draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
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
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About khdesk</source>
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
        <source>This laptop&apos;s &amp;card…</source>
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
        <source>&amp;Keeping contacts…</source>
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
        <source>Search meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show meetings of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show meetings of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show meetings of region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings from date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of meetings</source>
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
        <source>No meeting matches the search and the filters: change them, or clear the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet: import the regions&apos; bundles (Sync menu), or {keys} — new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet: {keys} — new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting to see the shortcuts of its tabs too.</source>
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
        <source>Shown: {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk {version} · {role}</source>
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
        <extracomment>A time field at its lowest value shows &quot;—&quot;: the meeting has no such time (yet).</extracomment>
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
        <source>Ends</source>
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
        <source>Ame&amp;nd…</source>
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
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol, the attendance sheet and the registers (Ctrl+Shift+P)</source>
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
        <source>&amp;7 Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;8 Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the tab «{title}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting was recorded on the region&apos;s laptop: at headquarters it is read-only. Corrections are made on that laptop and arrive with its next bundle.</source>
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
        <source>Why is the closed meeting corrected? The reason is recorded with every change and printed in the protocol&apos;s amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <extracomment>widest a value&apos;s radio button grows before its text is cut (the whole text is its tooltip)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals, speeches, questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (records of closed meetings move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other record of this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these records was made on another device: only that device can merge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{other}» is merged into «{kept}»: {attendances} attendances and {named} proposals, speeches or questions move to «{kept}», and «{other}» is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge «{other}» into «{kept}»? Everything that names «{other}» will name «{kept}», and «{other}» is removed from the people known here. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the proposal it says the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the proposal to merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
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
        <source>&apos;{action}&apos; is not an amendment: use replace, delete or add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a direction&apos;s code: type a Latin letter and up to seven letters or digits, such as D7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a section&apos;s code: type letters or digits joined by dots, a Latin letter first and at most {limit} characters, such as D7.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be merged.</source>
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
        <source>&apos;{field}&apos; is not part of an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of document: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .docx: name the file with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a meeting detail that can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome: use accepted, merged, declined or clarification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say how many backups to keep: give three whole numbers of at least 1, the days, weeks and months, such as 12,10,9.</source>
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
        <source>&apos;{what}&apos; is not one of the documents: use draft, amendments or adopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will be accepted into {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will be assigned to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will be merged into {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will become {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will get the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 proposal will move to {section}.</source>
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
        <source>Choose at least one other proposal to merge into the one kept.</source>
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
        <source>The Cyrillic letter {typed} was replaced by the Latin letter {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Latin letter {typed} was replaced by the Cyrillic letter {kept}.</source>
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
        <source>a campaign&apos;s document is printed in kk, ru or kk+ru: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision of this meeting has {votes} votes, and only {present} people would be present: amend the votes first, then this attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document is written in kk and ru: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document&apos;s version in the reference bundle does not match its fingerprint: it was altered; ask headquarters for a new bundle.</source>
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
        <source>a paragraph in {language} has {count} characters, more than {most}: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves: pick two different records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone or e-mail is kept only with consent to personal-data processing: tick the consent, or leave them empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vote that fits those present for decision {decision} of item {item}: {votes} votes, but {present} people are present; correct the votes or check in those who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting {proposal} needs the prospectus section it goes into (--section D2.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment cannot be merged with itself: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was removed; read its new wording first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was saved; read its new wording and edit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst decided this amendment a moment ago: nothing was saved; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst published this document at the same moment: nothing was saved; look at its versions (&apos;khdesk documents list&apos;) and publish again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another analyst recorded the adoption of this document a moment ago: nothing was saved.</source>
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
        <source>answer templates are for declining and for asking a clarification, not for {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for clarification of {proposal} needs the question the region will read: write it (--reason) or choose an answer template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the database {path} ({reason}): check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file} ({reason}): check the drive it is on.</source>
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
        <source>cannot write &apos;{name}&apos;: give the prospectus a .pdf or .docx file name.</source>
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
        <source>choose an outcome: accepted, merged, declined or clarification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declining {proposal} needs a reason the region will read: write it (--reason) or choose an answer template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo --bundles is run at headquarters, which imports the bundles: this installation is a region&apos;s; run it with the --data-dir of headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo --bundles writes the regions&apos; bundles for a headquarters: set this installation up first with &apos;khdesk init --role hq&apos;.</source>
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
        <source>direction {code} exists already: choose another code, or rename that direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id} has no published version here: import the newest reference bundle from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document {id} has no version {number}: &apos;khdesk documents list&apos; shows its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters covers every region: leave out --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters drafts the campaign&apos;s documents: a region receives their versions with the reference bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters reviews the amendments to the campaign&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters&apos; decryption key is missing from keys/: restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters&apos; keys are not in {folder}: export the key file on the workstation that was initialised as headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes a paragraph but names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it deletes a paragraph but gives a new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gives no wording in its language</source>
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
        <source>it was erased but its name is not the pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its accepted_section_code does not go with its status</source>
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
        <source>its document_id and version_number name no published version</source>
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
        <source>its line_from and line_to are not a range of lines</source>
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
        <source>its paragraph_id is not a paragraph of that version</source>
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
        <source>its wording is longer than a paragraph may be</source>
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
        <source>its {name} has the letter «{letter}» of another alphabet at position {position}</source>
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
        <source>its {name} is kept although it was erased</source>
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
        <source>khdesk backs up the database before it upgrades its schema and has no backups folder for it: give one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk backs up the database {where} before it upgrades its schema, but PostgreSQL&apos;s pg_dump is not installed here: install the PostgreSQL client tools (on Debian and Ubuntu: apt-get install postgresql-client), or take a backup with &apos;pg_dump --format=custom&apos; yourself and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk cannot connect to the PostgreSQL database {where} ({detail}): check that the server runs and accepts this computer, and that the user and its password (in ~/.pgpass) are right, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk cannot create the backups folder {folder} ({reason}): check its drive and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk cannot use the database URL &apos;{url}&apos; ({reason}): give a SQLite file path, or a URL whose driver is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk could not back up the database {where} before upgrading its schema (pg_dump: {detail}); nothing was changed: take a backup with &apos;pg_dump --format=custom&apos; and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khdesk could not put the backup {backup} in place ({reason}); the database was not changed: check the drive and free space, then restore again.</source>
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
        <source>merging {proposal} into {target} would make a loop of merges: choose another proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging {proposal} needs the proposal it goes into: give its id (--into).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the amendment this one is merged with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the paragraph the amendment changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer template numbered {id}: the list of templates shows their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document with id {id}: &apos;khdesk documents list&apos; shows them.</source>
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
        <source>no pair of persons with id {id} is in the merge review: check the id (&apos;khdesk persons duplicates&apos; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person has the id {id}: find it with &apos;khdesk persons find NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposal with id {id}: check the id (&apos;khdesk proposals list&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proposals are selected: select those the action is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} with id {id}: check the id (list them to see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the selected proposals can take this action: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed since version {number}: edit the draft before publishing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of these records was erased at the person&apos;s request, so it is not merged: if both are that person, erase the other record too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only directions, sections and regions are renamed here.</source>
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
        <source>paragraph {number} has lines {first}–{last} in this language: give lines within them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons seen in several regions are reviewed at headquarters: this region&apos;s installation does not decide who is one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal {number} of meeting {meeting}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals are reviewed at headquarters: this region&apos;s installation shows the reviews it receives in the reference bundle but does not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle (Sync → Import a reference bundle…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the review changes: a status, a section, a reviewer or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} belongs to direction {its}, not {direction}: pick a section of the same direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} exists already and is retired: choose another code, or reinstate that section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} exists already: choose another code, or rename that section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} is in use already: nothing to reinstate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} is retired already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} is retired: choose an active section of the prospectus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section {code} is under direction {direction} already: pick another direction.</source>
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
        <source>that amendment is itself merged with another: merge this one with that other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that amendment is to another document: choose one to the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is the recovery key itself: choose a place outside the data folder, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is this installation&apos;s own card: enrol the regions&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that paragraph is not in version {version} of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Kazakh text has {kk} paragraphs and the Russian one {ru}: each paragraph is written in both languages (paragraphs are separated by a blank line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL role khdesk connects as may not do this in {where} ({detail}): give it the rights docs/postgresql.md lists, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment is worded in Kazakh only: give the Russian wording that goes into the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment is worded in Russian only: give the Kazakh wording that goes into the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment names a document headquarters does not hold: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment&apos;s wording has {count} characters, more than a paragraph may ({most}): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer template is empty: write its text in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was taken, but the second place for its copy, {folder}, is not there: plug in the USB stick and back up again, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {what} did not pass its check ({detail}), and nothing was kept: check the drive and free space, then back up again.</source>
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
        <source>the database {path} is damaged and khdesk could not move it aside ({reason}): move it out of the data folder yourself, then run &apos;khdesk restore&apos; with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it and found no good backup: the next start begins a new, empty database, so first copy a backup of yours into place with &apos;khdesk restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it: restore the latest good backup, of {taken} (meetings: {meetings}, persons: {persons}, proposals: {proposals}), with &apos;khdesk restore &quot;{backup}&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is open in another khdesk or program: close it, then restore again.</source>
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
        <source>the database {where} needs PostgreSQL&apos;s pg_trgm extension for its searches and khdesk could not create it ({detail}): ask the server&apos;s administrator to install postgresql-contrib and run CREATE EXTENSION pg_trgm in this database, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision was undone ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds {folder} is full, so {file} was not written: free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no text: give at least one paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has {count} paragraphs, more than {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft has changes not in version {number}: publish them first, so that the plenary votes on the text it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft has no paragraph {number}: it has {count}.</source>
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
        <source>the e-mail has the Cyrillic letter «{letter}» at position {position}: type it in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail has the Cyrillic letter «{letter}» in «{part}»: type it in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail has the Latin letter «{letter}» in «{part}», whose other letters are Cyrillic: type it in Cyrillic letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» at position {position}, of another alphabet than the rest of the address: retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» in «{part}»: an address is typed in plain Latin letters, a to z.</source>
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
        <source>the key file holds another headquarters&apos; keys, not this database&apos;s: export it on a workstation of this database with &apos;khdesk hq keys export&apos;.</source>
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
        <source>the meeting cannot be closed yet: the protocol needs {problems}.</source>
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
        <source>the pair of persons {id} was taken out of the merge review: refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the paragraph this amendment changes was removed from the draft: decline the amendment or merge it with another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key beside the copy: type the passphrase chosen for the second place of the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this key file: type the passphrase chosen when it was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open {file}: type the passphrase chosen for the second place of the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short: choose one of at least {least} characters (a few words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}): swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospectus draft is written at headquarters, from its review of the proposals: this region&apos;s installation reviews none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key is no longer in {folder}: it was moved or removed from this laptop; use the copy kept offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle changes a published version of a document: refused; ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle files a section under a direction it does not have: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle reviews a proposal twice: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of documents is damaged: refused; ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of erased persons is damaged: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of reviews is damaged: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s manifest is damaged: ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is not one khdesk knows: refused.</source>
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
        <source>the retention must be from 1 to {most} months, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review action was undone ({what})</source>
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
        <source>the signing key beside the copy does not belong to the restored database: enrol this laptop again (Sync → This laptop&apos;s card…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ: type the same passphrase twice.</source>
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
        <source>there is no backup file {file}: give the path of a file from &apos;khdesk backup --list&apos; or the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no direction &apos;{code}&apos;: pick one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file {path}: check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no region with the KATO code &apos;{code}&apos;: pick one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section &apos;{code}&apos;: pick one of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing new to send: headquarters has acknowledged every change of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this amendment is already in the draft: edit the draft&apos;s paragraph instead (&apos;khdesk documents paragraph&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this attendance was changed after that step (by an import or in another window): nothing was taken back; correct it in the list of participants instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this change went out in reference bundle version {version}: the regions have it, so change it again instead of undoing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this changes records of {count} closed meetings: give a reason; it is recorded as an amendment of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this data folder already holds an installation&apos;s keys ({folder}): join from a new data folder (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database already holds {count} meetings; demo data goes into an empty one: use --data-dir with a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is not headquarters&apos; (no headquarters installation set it up): give the URL of the database the first headquarters workstation uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was written by a newer khdesk (schema {current}; this one knows up to {known}): install the newer khdesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this document was adopted on {day}: its text is frozen; a change is a new document (&apos;khdesk documents new&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not a khdesk key file: export it again with &apos;khdesk hq keys export&apos;.</source>
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
        <source>this installation has no identity yet: run &apos;khdesk init&apos; first.</source>
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
        <source>this is the draft&apos;s only paragraph: a document keeps at least one.</source>
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
        <source>this meeting is closed: a document&apos;s amendments are recorded while the meeting is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pair has no decision to undo: it is not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pair is already decided as «{decision}»: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pair was decided again since: decide it anew instead of undoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this paragraph was removed from the draft meanwhile: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person cannot be removed: they are named in {proposals} proposals, {speeches} speeches and {questions} questions or agenda items; merge them into the right person instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person gave no consent and left no contacts: there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person is erased already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person is erased already: nothing of them is left to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person was erased at their request: their details are not entered again; if they come back, register them as a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person, or a record that names them, was written on another device, and only that device can change them: correct them there (headquarters merges persons seen in several regions itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record was changed by someone else while you were working on it: nothing was saved; look at it again and redo the change.</source>
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
        <source>this workstation&apos;s file {path} cannot be read: join again with &apos;khdesk init --role hq --join URL --keys FILE&apos; from a new data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those present, as decision {decision} of item {item} adopts «{document}» and nobody is marked present; check in those who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing would merge {proposal} into a loop of merges: change it by hand.</source>
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
        <source>unknown decision &apos;{value}&apos;: use same, different or later.</source>
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
        <source>unknown kind of proposal &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru or en.</source>
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
        <source>unknown meeting kind &apos;{kind}&apos;: use one of {kinds}.</source>
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
        <source>unknown review status &apos;{status}&apos;: use one of {statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown review status &apos;{value}&apos;: use one of {names}.</source>
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
        <source>version {version} has no paragraph {number}: it has {count}.</source>
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
        <source>{code} is in use now (proposals or sections refer to it): retire or rename it instead of undoing its addition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} was changed again since: undo the later change first.</source>
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
        <source>{count} proposals will be accepted into {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals will be assigned to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals will be merged into {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals will become {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals will get the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals will move to {section}.</source>
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
        <source>{field} is imported as «{name}»: the look-alike letters {letters} were replaced.</source>
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
        <source>{file} is encrypted: type the passphrase chosen for the second place.</source>
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
        <source>{file} is not an encrypted khdesk backup: choose a file khdesk copied to the second place (it ends in .db.age).</source>
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
        <source>{folder} is not a folder that is there: plug in the USB stick or choose another folder for the copies.</source>
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
        <source>{path} already holds bundles or device cards: choose an empty folder, so that the practice campaign is imported once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist: check the path of the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder for the bundles and cards.</source>
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
        <source>{proposal} cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} is already accepted into {code}: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} is already in section {code}: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} is already {state}: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} is {state} and cannot become {target} from there: move it to {allowed} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} is {state}, not accepted: accept it into a section instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} was changed meanwhile by {who}: it is now {state}; nothing was changed, look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} was deleted by its region in the meantime: it cannot be reviewed; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{proposal} was reviewed again since: the action cannot be undone as a whole, change it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is itself merged into another proposal: merge {proposal} into that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{votes_for} for and {votes_against} against do not adopt the text: record the vote that adopted it, or leave the document unadopted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or check in those who voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or the number present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds tables that are not khdesk&apos;s: point --db at a khdesk database or a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{word}» mixes Latin and Cyrillic letters: retype it in one alphabet.</source>
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
        <source>its into does not go with its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its into is not a proposal&apos;s meeting and number</source>
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
        <source>Correct the speech…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct what the selected speaker said (or double-click the speech)</source>
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
        <source>Why the vote is not saved</source>
        <extracomment>why the vote typed is not saved (beyond those present), at the vote fields</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <extracomment>votes typed and not yet in the database (refused, or on their way)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {speaker} said</source>
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
    <name>NameCheck</name>
    <message>
        <source>Check the corrected name and press the button again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>&amp;Direction</source>
        <extracomment>The item&apos;s data: (&quot;direction&quot; | &quot;section&quot; | &quot;region&quot;, code).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
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
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each paragraph in both languages, in the same order, with a blank line between paragraphs. The regions receive the text once it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs: {kk} in Kazakh, {ru} in Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each paragraph needs both languages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
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
        <source>Type a name, organisation, phone or e-mail; Enter checks in the first match</source>
        <extracomment>this tab&apos;s own steps in this session, the last on top: what Undo takes back the text the results shown are for, and whether an Enter waits for the results persons on the meeting&apos;s list not here yet: among equal matches they come first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the list yet: import the roster (Ctrl+I), or type a name above and press Enter to check someone in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last step did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who is not on the list ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back your last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in by mistake: registered, not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove from the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected person off this list (Delete)</source>
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
    <message>
        <source>{name} is already here since {time}: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already here: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in added and checked in: {name}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as left: {name}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not present: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the meeting: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: {name}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: the walk-in {name} is off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: {name} has not left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: {name} is present again, since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: {name} is on the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back: the check-in of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} marked as left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} marked as not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} removed from the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check-in of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back {what} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches «{text}». To add a walk-in, press {keys} or click Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to take back: no step of yours in this meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from this meeting&apos;s list? Their attendance is removed; the person stays among the people known here. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies in the second place are encrypted: choose a passphrase of a few words and write it down somewhere safe. Restoring a copy on another computer asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;same again:</source>
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
    <name>PersonDialog</name>
    <message>
        <source>Attended {attended} meetings · named in {named} proposals, speeches or questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
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
        <source>Sec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
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
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was recorded on another device: only that device can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} withdraws consent: their phone and e-mail are erased. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>the rows of the merge dialog: (field, label); the label is translated where it is shown</extracomment>
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
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
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
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was recorded on another device: only that device can remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be removed: they are named in {count} proposals, speeches or questions. Merge them into the right person instead (Merge with…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} from the people known here? Their attendances at {count} meetings are removed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is on the list of {count} closed meetings: the reason is recorded as an amendment of each.</source>
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
        <source>Filter the people</source>
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
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here yet: people come with a meeting&apos;s roster (Ctrl+I in its Participants tab) or as walk-ins at its check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their recor&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything khdesk holds about the selected person, as a file they can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person withdrew their consent, or asked to be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected person with another record of them ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything khdesk holds about this person is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} withdrew their consent? Their phone and e-mail are erased here and, with the next bundle, at headquarters; their name and attendances stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn: the phone and e-mail are erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name}? Their name becomes a pseudonym and their organisation, position, phone and e-mail are erased, here and in their proposals, questions and speeches; headquarters erases its copy with the next bundle. Their attendances stay, so the counts stay right. This cannot be undone, and backups keep the old data until they are thinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is erased, and their name in {count} records that named them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsReviewPage</name>
    <message>
        <source>the same name</source>
        <extracomment>The most pairs listed at once (the total is said above the list). Why a pair is in review, as the list names it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name in another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pairs are in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out again who is one person, and put new pairs to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of persons in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first person and their attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second person and their attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide; the first ones are listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairs of persons to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review for {basis}: {decision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) newly put to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Review the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>None of the pages chosen is in the document: it has {pages} pages.</source>
        <extracomment>The highest resolution a page is rendered at. Text of 9 pt is sharp on paper at 300 dpi; each step above it makes a page&apos;s image four times larger for nothing a reader sees, and a PDF printer (or CUPS) reports 1200 dpi, which made two pages an 11 MB job. About how many pixels of a page image are drawn at once (see the module docstring: some 10 ms of the print engine&apos;s compression, during which no Python code of the window runs). Points (1/72 inch) to an inch.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing stopped after {sent} of {total} pages; the printer may still print those: cancel them in the printer&apos;s queue if they are not wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read for printing: show it again, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened or stopped taking pages: check that it is on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals here: proposals come in the regions&apos; bundles (Inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal and its review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text, author or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The table&apos;s columns: (key, the sort of ``review_page_queries.SORTS`` or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many proposals are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals, the most similar first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click shows the group on the page «Similar proposals».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens «Accept into a section» with the suggested section chosen; nothing is saved before you confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or unselect the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept into a section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next proposal not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last review action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s search and filters narrow the sheet of proposals; the other sheets follow only its region, kind of meeting, direction and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} similar accepted proposals are in {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {of} similar accepted proposals are in {section}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals selected: the next action applies to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept into a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <extracomment>the section a proposal being edited is filed under: kept in the list though retired</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
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
        <source>Text of the proposal or comment</source>
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
        <source>Add it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the proposals of direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>headquarters reviews on a page of its own: a region&apos;s laptop shows what it received proposal id -&gt; headquarters&apos; review of it (a proposal not listed is still new there)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals and comments of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected proposal (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters&apos; review of the proposal</source>
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
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters has not reviewed this proposal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by headquarters into {section} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into proposal {number} of meeting {meeting} ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by headquarters ({when}): {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters asks ({when}): {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review at headquarters since {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal of this direction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals or comments were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposals yet: type one above and press Ctrl+Enter, or import them from a file.</source>
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
    <name>ProspectusDialog</name>
    <message>
        <source>Prospectus draft</source>
        <extracomment>The languages offered, each named in itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals accepted in the review, by direction and section, with those merged into them; an annex traces every line to its proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the prospectus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document, to edit (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the prospectus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the prospectus has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospectus draft {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the prospectus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the prospectus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accepted proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. No proposal is accepted yet, and the prospectus says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}: {lines} lines from {proposals} proposals in {sections} sections.</source>
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
        <source>Sa&amp;ve the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New question</source>
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
        <source>Ans&amp;wer</source>
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
        <source>Questions of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions were recorded.</source>
        <extracomment>the question loaded into the form (None: the form is for a new one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet: type one above and press «Add question».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question typed in the form is not saved. Replace it with the one chosen in the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Headquarters&apos; recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every region encrypts its bundles to two keys: headquarters&apos; own key, kept on this laptop, and the recovery key. If headquarters&apos; own key is lost or damaged, the recovery key still decrypts every region&apos;s bundles: put the copy back into the keys folder under its name, {name}, and import them. It signs nothing: it cannot write reference bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds it can read every region&apos;s bundles, with the participants&apos; names and phones: keep it as safely as this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is this file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in this laptop&apos;s keys folder ({folder}): it was moved offline already, or this installation has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a copy offline now: on a USB stick kept in a safe, or printed (it is one line of text) and locked away. If the foundation&apos;s policy says so, remove the file from this laptop afterwards: headquarters imports bundles with its own key without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I have stored it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the recovery key offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is saved as {path}. Put it away offline, then press «I have stored it».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the next reference bundle for the regions (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions and sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;direction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to direction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KATO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is the last published. There are changes the regions do not have yet: Publish… writes them into the next reference bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is the last published; nothing changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reins&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename direction {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename region {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section {code} «{name}» from direction {old} to direction {new}? The {count} proposals filed under it keep it. Ctrl+Z undoes this until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire section {code} «{name}»? The {count} proposals filed under it keep it and show it as retired; the review can move them, and nothing new is accepted into it. Ctrl+Z undoes this until you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate section {code} «{name}»? Proposals can be accepted into it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} written to {path}: send it to every region. Changes made before it can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keeping contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the phone and e-mail of persons not seen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is seen at a meeting they registered for. Their name, sector and attendances stay; the contacts are erased at every start and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts of {count} persons not seen for longer were erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Assign to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Whether the text is saved</source>
        <extracomment>Text is written to the database this long after the last keystroke (and on leaving the field). ... and at the latest this long after the first unsaved keystroke, even while typing goes on, so that a crash never loses more than about two seconds of typing. ``state`` or ``saved_at`` changed the autosavers alive now; an entry goes when its field (and so the autosaver) is deleted when the text last reached the database (local time) writes queued and not yet reported by the owner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last save was refused: the text stays in the field and is saved again when you correct it or leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed text is saved by itself a moment after you stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Find a section by its code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the prospectus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectorMapping</name>
    <message>
        <source>Sectors khdesk does not know. Choose a sector for each (Tab goes to the next, arrows or typing choose one); rows of a word left to choose are not imported.</source>
        <extracomment>The size the dialog asks for when the screen has room; never more than the screen has. How many sector words the mapping list shows before it scrolls. The widest a sector word is shown in the mapping list (longer ones end in «…»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: {count}</source>
        <extracomment>The line of each word, in the file&apos;s order: (its label, count, list, note).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— as each organisation suggests ({count} of {rows}) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a sector —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported until you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested: check them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector for «{word}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The dynamic property that names a part of the window for the shortcuts dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarPage</name>
    <message>
        <source>№ {number} of meeting {meeting}</source>
        <extracomment>A pass that takes longer than this (seconds) shows its progress. The columns of the chosen group&apos;s table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of similar proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the proposals… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one, merge the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals · {regions} regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of similar proposals: {groups} · proposals in them: {proposals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar proposals: proposals that say nearly the same thing, in any region or language, are grouped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into {proposal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {count} proposals into {proposal}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay in the list as merged into it, with their regions; Ctrl+Z takes the merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} proposals merged into the one kept. Ctrl+Z takes it back.</source>
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
        <source>Reason in full</source>
        <extracomment>no column but the last (the reason) takes more than this, so the reason stays in view</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop cannot send yet: it does not hold headquarters&apos; keys. Import the reference bundle (a .khr file) that headquarters sent you with Sync → Import a reference bundle…, then send again.</source>
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
        <source>Reference bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not there any more: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a region&apos;s bundle of changes: it is imported at headquarters, not on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a reference bundle from headquarters: it is imported on a region&apos;s laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a bundle: khdesk opens .khb and .khr files.</source>
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
        <source>people</source>
        <extracomment>What a bundle carries, table by table, as the import results count it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speeches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendments</source>
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
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reference bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device card</source>
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
        <source>Version {version} written to {path}: send it to every region.</source>
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
    <name>VoteDialog</name>
    <message>
        <source>The plenary&apos;s vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is put to the vote. Once adopted, its text is frozen: a later change is a new document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
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
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <extracomment>one row of the search results: id, name, organisation, sector code, arrived (None: not here)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or e-mail is kept only with consent.</source>
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
        <source>Sec&amp;tor</source>
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
        <source>Add and check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this person and check them in (Ctrl+Enter)</source>
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
<context>
    <name>WritingDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
