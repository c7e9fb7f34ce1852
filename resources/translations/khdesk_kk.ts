<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About khdesk</source>
        <translation>khdesk туралы</translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer.</source>
        <translation>khdesk «Қазақстан халқына» қорының дөңгелек үстелдерін осы компьютерде сақтайды.</translation>
    </message>
    <message>
        <source>khdesk</source>
        <translation>khdesk</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Дерекқор схемасы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Құрылғы идентификаторы</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Құрылғы коды</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Осы мәліметтерді көшіру</translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>The version with its lines numbered</source>
        <translation>Жолдары нөмірленген нұсқа</translation>
    </message>
    <message>
        <source>New wording of the paragraph</source>
        <translation>Абзацтың жаңа редакциясы</translation>
    </message>
    <message>
        <source>Delete the paragraph</source>
        <translation>Абзацты алып тастау</translation>
    </message>
    <message>
        <source>Add a paragraph after it</source>
        <translation>Одан кейін абзац қосу</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>басында</translation>
    </message>
    <message>
        <source>for example 5-7</source>
        <translation>мысалы, 5-7</translation>
    </message>
    <message>
        <source>The wording in the language read</source>
        <translation>Оқылған тілдегі редакциясы</translation>
    </message>
    <message>
        <source>The wording in the other language, if given</source>
        <translation>Екінші тілдегі редакциясы (айтылса)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>жақтап</translation>
    </message>
    <message>
        <source>against</source>
        <translation>қарсы</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>қалыс қалды</translation>
    </message>
    <message>
        <source>The meeting&apos;s amendments</source>
        <translation>Отырыстың түзетулері</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>The document to amend</source>
        <translation>Түзетілетін құжат</translation>
    </message>
    <message>
        <source>The language read</source>
        <translation>Оқылған тіл</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>Түзетуді жа&amp;зу</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Редакциясы</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Екінші тіл</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ұсынған</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Amendments of this meeting</source>
        <translation>Осы отырыстың түзетулері</translation>
    </message>
    <message>
        <source>{title} — version {number}</source>
        <translation>{title} — {number}-нұсқа</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>{number}-абзац</translation>
    </message>
    <message>
        <source>No document to amend: headquarters publishes its drafts (the Declaration, an Appeal) in the reference bundle; import the newest one.</source>
        <translation>Түзетілетін құжат жоқ: орталық аппарат жобаларын (Декларация, Үндеу) анықтамалық бумамен жариялайды; ең жаңасын импорттаңыз.</translation>
    </message>
    <message>
        <source>«{value}» is not a range of lines: write it as 5-7.</source>
        <translation>«{value}» жолдар аралығы емес: 5-7 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the amendment «{words}»?</source>
        <translation>«{words}» түзетуі жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer template</source>
        <translation>Жауап үлгісі</translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation>Жауапты өзіңіз жазу</translation>
    </message>
    <message>
        <source>The answer the region reads</source>
        <translation>Өңір оқитын жауап</translation>
    </message>
    <message>
        <source>Save as an answer template</source>
        <translation>Жауап үлгісі ретінде сақтау</translation>
    </message>
    <message>
        <source>Answer template:</source>
        <translation>Жауап үлгісі:</translation>
    </message>
    <message>
        <source>The answer the region reads:</source>
        <translation>Өңір оқитын жауап:</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Қарау нәтижесін сақтау</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Scans and photos of the meeting</source>
        <translation>Отырыстың скандары мен фотолары</translation>
    </message>
    <message>
        <source>&amp;Add scan or photo…</source>
        <translation>&amp;Скан немесе фото қосу…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>{count} attached</source>
        <translation>Қосымшалар: {count}</translation>
    </message>
    <message>
        <source>Nothing was attached to this meeting.</source>
        <translation>Бұл отырысқа ештеңе қосылмаған.</translation>
    </message>
    <message>
        <source>Nothing attached yet: «Add scan or photo…» attaches the signed attendance sheet, handouts or photos.</source>
        <translation>Әзірге ештеңе қосылмаған: қол қойылған тіркеу парағын, таратпа материалдарды немесе фотоларды «Скан немесе фото қосу…» батырмасы арқылы қосыңыз.</translation>
    </message>
    <message>
        <source>Attach scans or photos</source>
        <translation>Скандар мен фотоларды қосу</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Скандар мен фотолар (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Файлдар көшірілуде…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove the file {name} from this meeting?</source>
        <translation>{name} файлын осы отырыстан жою керек пе?</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Күнделікті</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Қолмен жасалған</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Жаңарту алдында</translation>
    </message>
    <message>
        <source>meetings: {meetings}, persons: {persons}, proposals: {proposals}</source>
        <translation>отырыстар: {meetings}, адамдар: {persons}, ұсыныстар: {proposals}</translation>
    </message>
    <message>
        <source>Backed up to {path}, with an encrypted copy in {copy}</source>
        <translation>Сақтық көшірме сақталды: {path}; шифрланған көшірмесі — {copy} қалтасында</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>The backup is in place; the database it replaced is kept as {aside}. khdesk starts again now.</source>
        <translation>Сақтық көшірме орнына қойылды; ол алмастырған дерекқор {aside} ретінде сақталды. Қазір khdesk қайта іске қосылады.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Дерекқор бүлінген</translation>
    </message>
    <message>
        <source>The database failed its check and was moved, unchanged, to {aside}. The latest good backup is of {taken} and holds {holds}.</source>
        <translation>Дерекқор тексеруден өтпеді және өзгеріссіз {aside} орнына көшірілді. Соңғы жарамды сақтық көшірме {taken} жасалған, онда {holds}.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Осы көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Open nothing</source>
        <translation>Ештеңе &amp;ашпау</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>khdesk backs the database up when it starts, once a day when something changed, and keeps recent days, weeks and months. The backups are in {folder}.</source>
        <translation>khdesk іске қосылғанда, күніне бір реттен жиі емес және бірдеңе өзгерсе ғана, дерекқордың сақтық көшірмесін жасайды және соңғы күндердің, апталардың, айлардың көшірмелерін сақтайды. Сақтық көшірмелер {folder} қалтасында.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Ішінде</translation>
    </message>
    <message>
        <source>No backup yet: «Back up now» takes one.</source>
        <translation>Әзірге сақтық көшірме жоқ: «Қазір көшірме жасау» батырмасы біріншісін жасайды.</translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Сақтау мерзімі…</translation>
    </message>
    <message>
        <source>How many days, weeks and months keep a daily backup</source>
        <translation>Күнделікті сақтық көшірме неше күн, апта және ай сақталады</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Қ&amp;алпына келтіру…</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>&amp;Файлдан…</translation>
    </message>
    <message>
        <source>Restore a backup or a copy from a USB stick (a new laptop, say)</source>
        <translation>Сақтық көшірмені немесе USB-жинақтауыштағы көшірмені қалпына келтіру (мысалы, жаңа ноутбукта)</translation>
    </message>
    <message>
        <source>&amp;Second place…</source>
        <translation>&amp;Екінші орын…</translation>
    </message>
    <message>
        <source>Daily backups kept: one a day for {days} days, one a week for {weeks} weeks, one a month for {months} months; the others are removed.</source>
        <translation>Күнделікті сақтық көшірмелер: {days} күн бойы күніне біреуден, {weeks} апта бойы аптасына біреуден, {months} ай бойы айына біреуден сақталады; қалғандары жойылады.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Сақталатын күнделікті көшірмелер</translation>
    </message>
    <message>
        <source>Days, weeks and months, separated by commas (12,10,9):</source>
        <translation>Күндер, апталар және айлар, үтір арқылы (12,10,9):</translation>
    </message>
    <message>
        <source>No second place: an encrypted copy of every backup on a USB stick or another drive survives the laptop. «Second place…» chooses one.</source>
        <translation>Екінші орын жоқ: әр сақтық көшірменің USB флешкадағы немесе басқа дискідегі шифрланған көшірмесі ноутбук жоғалса да сақталады. «Екінші орын…» батырмасы оны таңдайды.</translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; it is not plugged in now, or holds no copy yet.</source>
        <translation>Әр сақтық көшірме шифрланып, {folder} қосулы болған сайын оған да көшіріледі; ол қазір қосылмаған немесе онда әлі көшірме жоқ.</translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; the last copy there is of {taken}.</source>
        <translation>Әр сақтық көшірме шифрланып, {folder} қосулы болған сайын оған да көшіріледі; ондағы соңғы көшірме: {taken}.</translation>
    </message>
    <message>
        <source>A second place for the backups (a USB stick, another drive)</source>
        <translation>Сақтық көшірмелерге екінші орын (USB флешка, басқа диск)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Файлдан қалпына келтіру</translation>
    </message>
    <message>
        <source>khdesk backups (*.db *.db.age)</source>
        <translation>khdesk сақтық көшірмелері (*.db *.db.age)</translation>
    </message>
    <message>
        <source>Passphrase of the copies</source>
        <translation>Көшірмелердің құпия фразасы</translation>
    </message>
    <message>
        <source>The passphrase chosen for the second place:</source>
        <translation>Екінші орынға таңдалған құпия фраза:</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Put {file} in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation>{file} дерекқордың орнына қойылсын ба? Содан бергі сақталғандар алдымен сақтық көшірме ретінде бөлек сақталады, содан кейін khdesk қайта іске қосылады.</translation>
    </message>
    <message>
        <source>Put the backup of {taken} ({holds}) in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation>Дерекқорды {taken} жасалған сақтық көшірмемен ({holds}) алмастыру керек пе? Содан бері сақталғанның бәрі алдымен сақтық көшірме ретінде бөлек қойылады, содан кейін khdesk қайта іске қосылады.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Fingerprint</source>
        <extracomment>Wide enough for the longest line of the form and the fingerprint in large type; the dialogs grow taller, never wider, for longer translations.</extracomment>
        <translation>Бақылау коды</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Құрылғы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Code in meeting numbers</source>
        <translation>Отырыс нөмірлеріндегі коды</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>khdesk ran into an internal error</source>
        <extracomment>the widest the dialog grows: it must fit a 1366x768 screen with room around it</extracomment>
        <translation>khdesk бағдарламасында ішкі қате шықты</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>Есепті &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Go on working</source>
        <translation>&amp;Жұмысты жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Quit khdesk</source>
        <translation>khdesk бағдарламасынан &amp;шығу</translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; everything you typed is saved.</source>
        <translation>khdesk ішінде ақау туындап, соңғы әрекет аяқталмады; сіз терген мәтіннің бәрі сақталды.</translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; some of what you typed could not be saved, so copy it elsewhere before you quit.</source>
        <translation>khdesk ішінде ақау туындап, соңғы әрекет аяқталмады; терген мәтініңіздің бір бөлігі сақталмады, сондықтан шықпас бұрын оны басқа жерге көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>A report for the developers, with no names, phones or e-mails in it, is in this file:</source>
        <translation>Әзірлеушілерге арналған есеп (онда аты-жөндер, телефондар мен эл. пошта мекенжайлары жоқ) мына файлда:</translation>
    </message>
    <message>
        <source>The report could not be written; the log holds what happened:</source>
        <translation>Есепті жазу мүмкін болмады; не болғаны журналда жазылған:</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Есепті жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>It happened again: {count} times in all.</source>
        <translation>Бұл тағы қайталанды: барлығы {count} рет.</translation>
    </message>
    <message>
        <source>The report is copied: paste it into an e-mail or a message.</source>
        <translation>Есеп көшірілді: оны электрондық хатқа немесе хабарламаға қойыңыз.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>new</source>
        <extracomment>The figures the dashboard shows, by their names in ``stats.FIGURES``. The review statuses&apos; names; a status the vocabulary gains later shows under its code until it is named here.</extracomment>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>нақтылауды қажет етеді</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Colours of the series, one per set in order (readable on white, told apart in grey too). The height of one row of a horizontal bar chart, in pixels. How long a section&apos;s name may be beside its bar (the whole name is the bar&apos;s tooltip). The numbers shown beside the charts&apos; figures, read in the same operation. the keys behind the categories and the sets, in the order drawn the figures drawn now (``read_figures``&apos;s answer), and the filters they are for the numbers read with them (``NUMBERS``): the unique persons</extracomment>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>campaign</source>
        <extracomment>the key numbers: each opens the list it counts</extracomment>
        <translation>науқан</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>барлық өңірлер</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>барлық түрлері</translation>
    </message>
    <message>
        <source>every direction</source>
        <translation>барлық бағыттар</translation>
    </message>
    <message>
        <source>no single region</source>
        <translation>бір өңірге байланбаған</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <source>Figures of region</source>
        <translation>Өңір бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Figures of meetings of kind</source>
        <translation>Отырыс түрі бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Figures of direction</source>
        <translation>Бағыт бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Figures from date</source>
        <translation>Көрсеткіштердің басталу күні</translation>
    </message>
    <message>
        <source>Figures to date</source>
        <translation>Көрсеткіштердің аяқталу күні</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation>Delete пернесі күн шектеуін алып тастайды</translation>
    </message>
    <message>
        <source>All the campaign: no filter</source>
        <translation>Бүкіл науқан: сүзгісіз</translation>
    </message>
    <message>
        <source>Meetings by region and kind</source>
        <translation>Өңірлер мен түрлер бойынша отырыстар</translation>
    </message>
    <message>
        <source>Attendances and participants by sector</source>
        <translation>Секторлар бойынша қатысу туралы жазбалар мен қатысушылар</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>қатысу туралы жазбалар</translation>
    </message>
    <message>
        <source>participants (each person once)</source>
        <translation>қатысушылар (әр адам бір рет)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>адамдар</translation>
    </message>
    <message>
        <source>Proposals by direction and section</source>
        <translation>Бағыттар мен бөлімдер бойынша ұсыныстар</translation>
    </message>
    <message>
        <source>Review progress per section</source>
        <translation>Бөлімдер бойынша қарау барысы</translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation>Апталар бойынша белсенділік</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>отырыстар</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>ұсыныстар</translation>
    </message>
    <message>
        <source>meetings and proposals</source>
        <translation>отырыстар мен ұсыныстар</translation>
    </message>
    <message>
        <source>week (from its Monday)</source>
        <translation>апта (дүйсенбісінен бастап)</translation>
    </message>
    <message>
        <source>attendances (right axis)</source>
        <translation>қатысу туралы жазбалар (оң жақ ось)</translation>
    </message>
    <message>
        <source>unique persons</source>
        <translation>қайталанбайтын адамдар</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <source>proposals and comments</source>
        <translation>ұсыныстар мен ескертулер</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>Proposals whose review status is other than new</source>
        <translation>Жаңаларынан басқа барлық ұсыныстар</translation>
    </message>
    <message>
        <source>Persons present, each counted once across regions and meetings: the same phone, e-mail, or name with organisation is one person, and so are the pairs judged the same on the Same persons page</source>
        <translation>Отырыстарға қатысқан адамдар, өңірлер мен отырыстар бойынша әрқайсысы бір рет есептеледі: телефоны, эл. поштасы немесе ұйымымен бірге аты-жөні бірдей жазбалар — бір адам; «Адамдар сәйкестігі» бетінде бір адам деп танылған жұптар да бір адам болып есептеледі</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>бөлімсіз</translation>
    </message>
</context>
<context>
    <name>DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation>Осы ноутбуктің картасы</translation>
    </message>
    <message>
        <source>Headquarters imports this laptop&apos;s bundles once it has enrolled its card. Save the card and send the file to headquarters (by e-mail or on a USB stick). When the analyst calls, read the fingerprint out group by group: it proves that the card they received is this laptop&apos;s.</source>
        <translation>Орталық аппарат осы ноутбуктің пакеттерін оның картасын тіркегеннен кейін ғана импорттайды. Картаны сақтап, файлды орталық аппаратқа жіберіңіз (эл. поштамен немесе USB флешкамен). Талдаушы қоңырау шалғанда, бақылау кодын топ-тобымен оқып беріңіз: бұл олар алған картаның осы ноутбуктікі екенін дәлелдейді.</translation>
    </message>
    <message>
        <source>&amp;Save the card…</source>
        <translation>Картаны &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Copy the fingerprint</source>
        <translation>Бақылау кодын &amp;көшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation>Осы ноутбуктің картасын сақтау</translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation>Құрылғы карталары</translation>
    </message>
    <message>
        <source>The card is saved as {path}: send this file to headquarters.</source>
        <translation>Карта {path} файлына сақталды: бұл файлды орталық аппаратқа жіберіңіз.</translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Бақылау коды көшірілді.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a card…</source>
        <extracomment>An item&apos;s data: (&quot;region&quot;, kato or &quot;&quot;) or (&quot;device&quot;, its id). What to select once the rows arrive (a region opened from elsewhere, a card enrolled).</extracomment>
        <translation>Картаны &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Enrol a region&apos;s device card (Ctrl+E)</source>
        <translation>Өңір құрылғысының картасын тіркеу (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Құрылғының &amp;күші жойылды деп тану…</translation>
    </message>
    <message>
        <source>Refuse further bundles from this device (Del)</source>
        <translation>Бұл құрылғыдан келетін пакеттерді бұдан былай қабылдамау (Del)</translation>
    </message>
    <message>
        <source>Region / device</source>
        <translation>Өңір / құрылғы</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Бақылау коды</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Тіркелген уақыты</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Соңғы алынған пакет</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation>Өңірлер мен құрылғылар</translation>
    </message>
    <message>
        <source>No single region (online sessions)</source>
        <translation>Бір өңірге байланбаған (онлайн-сессиялар)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>{when}: {status}, {records} records</source>
        <translation>{when}: {status}, {records} жазба</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>Regions: {regions}. Devices enrolled: {devices}, of them revoked: {revoked}.</source>
        <translation>Өңірлер: {regions}. Тіркелген құрылғылар: {devices}, оның ішінде күші жойылғаны: {revoked}.</translation>
    </message>
    <message>
        <source>Revoke device «{name}» of {region} (code {code}, fingerprint {fingerprint})? Its further bundles will be quarantined; what it sent already stays. A revoked device is not enrolled again: its laptop needs a new card.</source>
        <translation>«{name}» құрылғысының ({region}, коды {code}, бақылау коды {fingerprint}) күші жойылды деп танылсын ба? Оның бұдан кейінгі пакеттері карантинге жіберіледі; бұрын жібергендері сақталады. Күші жойылған құрылғы қайта тіркелмейді: оның ноутбугына жаңа карта керек болады.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Құрылғының күші жойылды деп тану</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Логотипті алып тастау</translation>
    </message>
    <message>
        <source>Logo above the protocol</source>
        <translation>Хаттаманың үстіндегі логотип</translation>
    </message>
    <message>
        <source>Attach the list of participants above</source>
        <translation>Қатысушылар тізімі қоса берілетін шек (адам)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>логотип жоқ</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Логотипті таңдау</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents of the meeting</source>
        <extracomment>Where the dialog keeps its size and position between sessions. What it asks for on a screen large enough: a page of A4 wide enough to read. Room for the window manager&apos;s title bar and borders around the dialog, which Qt learns only once the window is on screen.</extracomment>
        <translation>Отырыс құжаттары</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Тіркеу парағы</translation>
    </message>
    <message>
        <source>Blank attendance sheet, to sign</source>
        <translation>Қол қоюға арналған бос тіркеу парағы</translation>
    </message>
    <message>
        <source>Register of proposals</source>
        <translation>Ұсыныстар тізілімі</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Сұрақтар мен жауаптар</translation>
    </message>
    <message>
        <source>{kk}, then {ru}</source>
        <translation>{kk}, содан кейін {ru}</translation>
    </message>
    <message>
        <source>Phones and e-mails on the sheet</source>
        <translation>Парақта телефондар мен эл. поштаны көрсету</translation>
    </message>
    <message>
        <source>Only of those who consented; leave it off for a sheet passed round the room.</source>
        <translation>Тек келісім бергендердің деректері; парақ залда қолдан-қолға берілетін болса, бұл белгіні қоймаңыз.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>{pages} бет</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document, to edit (*.docx)</source>
        <translation>Өңдеуге арналған Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Құжатты сақтау</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>The campaign&apos;s documents</source>
        <translation>Науқанның құжаттары</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>Құжат құ&amp;ру…</translation>
    </message>
    <message>
        <source>Paragraph or amendment</source>
        <translation>Абзац немесе түзету</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Редакциясы</translation>
    </message>
    <message>
        <source>Amendments by paragraph</source>
        <translation>Абзац бойынша түзетулер</translation>
    </message>
    <message>
        <source>&amp;Edit paragraph…</source>
        <translation>Абзацты ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Add a paragrap&amp;h…</source>
        <translation>Абзац қо&amp;су…</translation>
    </message>
    <message>
        <source>&amp;Remove paragraph…</source>
        <translation>Абзацты жо&amp;ю…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>Қ&amp;абылдау…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Қабылда&amp;мау…</translation>
    </message>
    <message>
        <source>Ask to c&amp;larify…</source>
        <translation>Нақ&amp;тылауды сұрау…</translation>
    </message>
    <message>
        <source>&amp;Publish the next version</source>
        <translation>Келесі нұсқаны &amp;жариялау</translation>
    </message>
    <message>
        <source>&amp;Differences…</source>
        <translation>Айырмашы&amp;лықтар…</translation>
    </message>
    <message>
        <source>The plenary&apos;s &amp;vote…</source>
        <translation>Пленарлық &amp;дауыс беру…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>The draft with numbered lines</source>
        <translation>Жолдары нөмірленген жоба</translation>
    </message>
    <message>
        <source>The amendments list</source>
        <translation>Түзетулер тізімі</translation>
    </message>
    <message>
        <source>The adopted text</source>
        <translation>Қабылданған мәтін</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>No document yet: write one with «New document…», then publish it to the regions.</source>
        <translation>Әзірге құжат жоқ: оны «Құжат құру…» батырмасымен жазып, өңірлерге жариялаңыз.</translation>
    </message>
    <message>
        <source>— adopted</source>
        <translation>— қабылданды</translation>
    </message>
    <message>
        <source>— version {number}, changes not published</source>
        <translation>— {number}-нұсқа, өзгерістер жарияланбаған</translation>
    </message>
    <message>
        <source>— version {number}</source>
        <translation>— {number}-нұсқа</translation>
    </message>
    <message>
        <source>— a draft</source>
        <translation>— жоба</translation>
    </message>
    <message>
        <source>adopted on {day}, version {number}: its text is frozen</source>
        <translation>{day} қабылданды, {number}-нұсқа: мәтіні өзгермейді</translation>
    </message>
    <message>
        <source>version {number} published</source>
        <translation>{number}-нұсқа жарияланды</translation>
    </message>
    <message>
        <source>a draft, not published yet</source>
        <translation>жоба, әлі жарияланбаған</translation>
    </message>
    <message>
        <source>{state}. Amendments: {total}, not reviewed yet: {open}.</source>
        <translation>{state}. Түзетулер: {total}, әлі қаралмағаны: {open}.</translation>
    </message>
    <message>
        <source>The draft has changes not in version {number}: publish them for the regions to read.</source>
        <translation>Жобада {number}-нұсқада жоқ өзгерістер бар: өңірлер оқуы үшін оларды жариялаңыз.</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>қаралмады</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>merged with № {number}</source>
        <translation>№ {number} түзетумен біріктірілді</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>нақтылау қажет</translation>
    </message>
    <message>
        <source>new wording</source>
        <translation>жаңа редакция</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>алып тастау</translation>
    </message>
    <message>
        <source>new paragraph</source>
        <translation>жаңа абзац</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Құжаттың басы</translation>
    </message>
    <message>
        <source>Paragraph removed in version {number}</source>
        <translation>{number}-нұсқада алынып тасталған абзац</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>{number}-абзац</translation>
    </message>
    <message>
        <source>Accept amendment № {number}</source>
        <translation>№ {number} түзетуді қабылдау</translation>
    </message>
    <message>
        <source>The paragraph goes out of the draft.</source>
        <translation>Абзац жобадан алынып тасталады.</translation>
    </message>
    <message>
        <source>The wording that goes into the draft, in both languages:</source>
        <translation>Жобаға енетін редакция, екі тілде:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Merge amendment № {number} with:</source>
        <translation>№ {number} түзетуді мынамен біріктіру:</translation>
    </message>
    <message>
        <source>Why is amendment № {number} declined? The region reads it.</source>
        <translation>№ {number} түзету неге қабылданбады? Өңір мұны оқиды.</translation>
    </message>
    <message>
        <source>What should the region clarify in amendment № {number}?</source>
        <translation>№ {number} түзетуде өңір нені нақтылауы керек?</translation>
    </message>
    <message>
        <source>Paragraph {number} of the draft</source>
        <translation>Жобаның {number}-абзацы</translation>
    </message>
    <message>
        <source>A new paragraph</source>
        <translation>Жаңа абзац</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>Абзацты жою</translation>
    </message>
    <message>
        <source>Remove paragraph {number} from the draft? The next version will not have it; its amendments stay, marked as to a removed paragraph.</source>
        <translation>{number}-абзац жобадан жойылсын ба? Келесі нұсқада ол болмайды; оған енгізілген түзетулер сақталады, алынып тасталған абзацқа түзету ретінде белгіленеді.</translation>
    </message>
    <message>
        <source>Version {older} and version {newer}</source>
        <translation>{older}-нұсқа және {newer}-нұсқа</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>алынып тасталды</translation>
    </message>
    <message>
        <source>put in</source>
        <translation>енгізілді</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>EnrolCardDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
    </message>
    <message>
        <source>Call the facilitator of this laptop and ask them to read out the fingerprint their khdesk shows (Sync → This laptop&apos;s card…). Enrol the device only if every group matches the fingerprint below: a card that does not match may not be theirs.</source>
        <translation>Осы ноутбуктің фасилитаторына қоңырау шалып, оның khdesk бағдарламасы көрсететін бақылау кодын оқып беруін сұраңыз (Синхрондау → Осы ноутбуктің картасы…). Құрылғыны төмендегі бақылау кодының әрбір тобы сәйкес келсе ғана тіркеңіз: сәйкес келмейтін карта оларға тиесілі болмауы мүмкін.</translation>
    </message>
    <message>
        <source>&amp;Enrol: the fingerprint matches</source>
        <translation>&amp;Тіркеу: бақылау коды сәйкес келеді</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Enrolled: {region}, device {device} (code {code}). Its bundles are imported from now on; any it sent before enrolment wait in the inbox&apos;s quarantine folder: import them again.</source>
        <translation>Тіркелді: {region}, {device} құрылғысы ({code} коды). Енді оның пакеттері импортталады; тіркелгенге дейін жіберген пакеттері inbox/quarantine карантин қалтасында тұр: оларды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Enrolled already: {region}, device {device} (code {code}). Nothing changed.</source>
        <translation>Бұрын тіркелген: {region}, {device} құрылғысы ({code} коды). Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export…</source>
        <extracomment>The key of Export… on every page that has it. An export that takes less than this shows no progress, only its result. the sheets written to their end, in order</extracomment>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files for Excel, one per sheet, in a new folder (*.csv)</source>
        <translation>Excel үшін CSV файлдары, әр параққа бір файл, жаңа қалтада (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>reviewed by me</source>
        <translation>мен қарағандар</translation>
    </message>
    <message>
        <source>The filter the file follows</source>
        <translation>Файлға қолданылатын сүзгі</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>Экспорттың барысы</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Не жазылды</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <source>Writing the sheet «{sheet}»: {rows} rows so far…</source>
        <translation>«{sheet}» парағы жазылуда: әзірге {rows} жол…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Saved in the folder {path}; rows in each file: {rows}.</source>
        <translation>{path} қалтасына сақталды; әр файлдағы жолдар: {rows}.</translation>
    </message>
    <message>
        <source>Saved to {path}; rows on each sheet: {rows}.</source>
        <translation>{path} файлына сақталды; әр парақтағы жолдар: {rows}.</translation>
    </message>
    <message>
        <source>Export cancelled: {files} were already written in {path}; the other files were not.</source>
        <translation>Экспорт тоқтатылды: {path} қалтасына {files} жазылып үлгерді; қалған файлдар жазылмады.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт тоқтатылды: ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>HeadquartersHome</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Every page of headquarters, in the side bar&apos;s order: (key, title, icon, &quot;module:Class&quot;). None for the class: a page the main window already has (the meetings list with the meetings opened from it, the people) and hands to the home as an ``OwnPage``.</extracomment>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation>Өңірлер мен құрылғылар</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Анықтамалық деректер</translation>
    </message>
    <message>
        <source>Inbox and history</source>
        <translation>Кіріс және тарих</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Ұқсас ұсыныстар</translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation>Адамдар сәйкестігі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Go to the page «{title}»</source>
        <extracomment>the key of the page just shown</extracomment>
        <translation>«{title}» бетіне өту</translation>
    </message>
    <message>
        <source>Headquarters&apos; pages</source>
        <translation>Орталық аппарат беттері</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>A review is under way: nothing may change the preview until it is back. Something changed the preview&apos;s choices while a review ran: review once more. Sector words the user chose for while a review ran, applied when it is back. What waits for the review under way to end (an import pressed meanwhile).</extracomment>
        <translation>{file} оқылуда…</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>The widgets of the options the importer offers, by option name.</extracomment>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Файл жолдары</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>Жолды &amp;түзету…</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>&amp;Сол адам</translation>
    </message>
    <message>
        <source>&amp;Different person</source>
        <translation>&amp;Басқа адам</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Импортталмаған жолдар</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>Импортталмаған жолдарды &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>{file} is imported into meeting {meeting}.</source>
        <translation>{file} файлы {meeting} отырысына импортталды.</translation>
    </message>
    <message>
        <source>New: {created} · known persons: {matched} · already on the list: {attending} · not imported: {left}</source>
        <translation>Жаңа: {created} · базада бар: {matched} · тізімде бұрыннан бар: {attending} · импортталмады: {left}</translation>
    </message>
    <message>
        <source>Added: {created} · not imported: {left}</source>
        <translation>Қосылды: {created} · импортталмады: {left}</translation>
    </message>
    <message>
        <source>Not imported: {count}. Save these rows as a file, fix them there and import that file again; the reason of each is in its last column.</source>
        <translation>Импортталмады: {count}. Бұл жолдарды файл ретінде сақтап, сол файлда түзетіңіз де, оны қайта импорттаңыз; әр жолдың себебі соңғы бағанда көрсетілген.</translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Файлдың барлық жолы импортталды.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>known person</source>
        <translation>базада бар</translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation>тізімде бұрыннан бар</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>импортталмайды</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>шешу керек</translation>
    </message>
    <message>
        <source>{file}: {create} new, {match} known, {attending} already on the list, {reject} not imported. Nothing is written until you press Import.</source>
        <translation>{file}: жаңа — {create}, базада бар — {match}, тізімде бұрыннан бар — {attending}, импортталмайды — {reject}. «Импорттау» батырмасын басқанға дейін ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>{count} rows share a phone or e-mail with someone of another name: select them and press Same person or Different person. Until you decide, they are not imported.</source>
        <translation>Телефоны не эл. поштасы аты басқа адамдікімен бірдей жолдар: {count}. Оларды таңдап, «Сол адам» не «Басқа адам» батырмасын басыңыз; шешкенге дейін олар импортталмайды.</translation>
    </message>
    <message>
        <source>The sector of {count} rows is suggested from their words or organisation: check the Sector column; Fix the row changes one.</source>
        <translation>{count} жолдың секторы ондағы сөздер немесе ұйым бойынша ұсынылды: «Сектор» бағанын тексеріңіз; секторды «Жолды түзету» батырмасы арқылы өзгертуге болады.</translation>
    </message>
    <message>
        <source>&amp;Import {imported}, leave out {left}</source>
        <translation>&amp;Импорттау: {imported}, алып тастау: {left}</translation>
    </message>
    <message>
        <source>&amp;Import all {count}</source>
        <translation>Барлығын &amp;импорттау ({count})</translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation>{sector} (ұсынылған)</translation>
    </message>
    <message>
        <source>{sector} (remembered)</source>
        <translation>{sector} (есте сақталған)</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>{line}-жол: {reason}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>{line}-жол</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорттау тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>{name} - not imported</source>
        <translation>{name} - импортталмағандар</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Импортталмаған жолдарды сақтау</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation>Импортталмау себебі</translation>
    </message>
    <message>
        <source>Saved {count} rows to {path}. Fix them there, save the file, and import it again.</source>
        <translation>{count} жол {path} файлына сақталды. Оларды сол файлда түзетіп, файлды сақтаңыз да, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>No bundle yet: import the regions&apos; bundles, or drop them on the window.</source>
        <translation>Әзірге пакет жоқ: өңірлердің пакеттерін импорттаңыз немесе оларды терезеге сүйреп әкеліңіз.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>a column of names (&apos;ФИО&apos;, &apos;Аты-жөні&apos; or &apos;Full name&apos;; or &apos;Фамилия&apos; and &apos;Имя&apos;)</source>
        <translation>аты-жөні бағаны («ФИО», «Аты-жөні» немесе «Full name»; не «Фамилия» және «Имя» бағандары)</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>кемінде бір шешім</translation>
    </message>
    <message>
        <source>a known person of another name</source>
        <translation>базада бар, бірақ аты-жөні басқа адам</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>қалыс қалғандар саны</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>түзету</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>күн тәртібінің кемінде бір мәселесі</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>басқа сарапшы</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>қатысу туралы жазба</translation>
    </message>
    <message>
        <source>author</source>
        <translation>авторы</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>деректер қалтасы</translation>
    </message>
    <message>
        <source>decide later</source>
        <translation>кейін шешу</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>әртүрлі адамдар</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>бағыт</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>қаралуда</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>кірген уақыты</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>left</source>
        <translation>шыққан уақыты</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>отырыс</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>нақтылауды қажет етеді</translation>
    </message>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>ұсыныс</translation>
    </message>
    <message>
        <source>question</source>
        <translation>сұрақ</translation>
    </message>
    <message>
        <source>section</source>
        <translation>проспект бөлімі</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>сектор</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>сөйлеген сөз</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>ағылшынша атауы</translation>
    </message>
    <message>
        <source>the Kazakh name</source>
        <translation>қазақша атауы</translation>
    </message>
    <message>
        <source>the Kazakh title</source>
        <translation>қазақша атауы</translation>
    </message>
    <message>
        <source>the Russian name</source>
        <translation>орысша атауы</translation>
    </message>
    <message>
        <source>the Russian title</source>
        <translation>орысша атауы</translation>
    </message>
    <message>
        <source>the addressee</source>
        <translation>сұрақ қойылған адам</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>the amendment&apos;s wording</source>
        <translation>түзетудің редакциясы</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>жауап</translation>
    </message>
    <message>
        <source>the asker</source>
        <translation>сұрақ қойған адам</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>авторы</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>коды</translation>
    </message>
    <message>
        <source>the columns &apos;Text&apos; (Текст, Мәтін) and &apos;Direction&apos; (Направление, Бағыт)</source>
        <translation>«Мәтін» (Текст, Text) және «Бағыт» (Направление, Direction) бағандары</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>сипаттамасы</translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation>құжаттың атауы</translation>
    </message>
    <message>
        <source>the end time</source>
        <translation>аяқталу уақыты</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>файл атауы</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>сілтемесі</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>пайдаланушының аты-жөні</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>the number present</source>
        <translation>қатысқандар саны</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>ұйымы</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>the participants&apos; header &apos;Name (Original Name),User Email,Join Time,Leave Time&apos;</source>
        <translation>қатысушылар кестесінің «Name (Original Name),User Email,Join Time,Leave Time» тақырып жолы</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>өтетін орны</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>ұсыныстың мәтіні</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>сұрақ</translation>
    </message>
    <message>
        <source>the rapporteur</source>
        <translation>баяндамашы</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation>жауапты қызметкер</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>бір адам</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>хатшы</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>сөйлеуші</translation>
    </message>
    <message>
        <source>the speech</source>
        <translation>сөйлеген сөз</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>басталу уақыты</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>мәтіні</translation>
    </message>
    <message>
        <source>the text of the notes</source>
        <translation>ескертпе мәтіні</translation>
    </message>
    <message>
        <source>the text under HEARD</source>
        <translation>«ТЫҢДАЛДЫ» бөліміндегі мәтін</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>уақыты</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>votes against</source>
        <translation>«қарсы» дауыс саны</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>«жақтап» дауыс саны</translation>
    </message>
    <message>
        <source>who proposed the amendment</source>
        <translation>түзетуді ұсынған адам</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Дөңгелек үстел</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн-сессия</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарлық отырыс</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Аралас</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>өтіп жатыр</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылған</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>жауап берілді</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>қайтарып алынды</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>бетпе-бет</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>қағазда қол қою арқылы</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>ауызша</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>электрондық түрде</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>орталық аппарат</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>The main window&apos;s size on a screen that holds it (a smaller screen gets all it has). Keys of standard actions where the platform names none (Qt&apos;s offscreen and minimal ones) the value that stands for «no date» (below any meeting&apos;s date) the language the window&apos;s texts are in (the welcome may choose another one) how many meetings the list shows now, and how many this database holds headquarters&apos; pages (None at a facilitator&apos;s, whose window is the list of meetings) at headquarters the list is read when its page is shown, and again when it is stale</extracomment>
        <translation>Дерекқор ашылып жатыр…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>кез келген өңір</translation>
    </message>
    <message>
        <source>khdesk — «Қазақстан халқына»</source>
        <translation>khdesk — «Қазақстан халқына»</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Жаңа отырыс…</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>Отырысты &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Back to meetings</source>
        <translation>Отырыстар &amp;тізіміне оралу</translation>
    </message>
    <message>
        <source>&amp;Find a meeting</source>
        <translation>Отырысты із&amp;деу</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Ада&amp;мдар</translation>
    </message>
    <message>
        <source>P&amp;rospectus draft…</source>
        <translation>П&amp;роспект жобасы…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Қазір сақтық &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Сақтық көшірмеден қал&amp;пына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ба&amp;птаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Син&amp;хрондау</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>А&amp;нықтама</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About khdesk</source>
        <translation>khdesk &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Send to headquarters…</source>
        <translation>Орталық аппаратқа &amp;жіберу…</translation>
    </message>
    <message>
        <source>Import a &amp;reference bundle…</source>
        <translation>&amp;Анықтамалық пакетті импорттау…</translation>
    </message>
    <message>
        <source>&amp;Import bundles from the regions…</source>
        <translation>Өңірлерден пакеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Write a reference &amp;bundle…</source>
        <translation>Анықтамалық &amp;пакетті жазу…</translation>
    </message>
    <message>
        <source>&amp;Enrol a device card…</source>
        <translation>Құрылғы &amp;картасын тіркеу…</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;card…</source>
        <translation>&amp;Осы ноутбуктің картасы…</translation>
    </message>
    <message>
        <source>Sync &amp;history</source>
        <translation>Синхрондау &amp;тарихы</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Құ&amp;жаттар…</translation>
    </message>
    <message>
        <source>&amp;Keeping contacts…</source>
        <translation>&amp;Байланыстарды сақтау…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>Search meetings by title or place (Ctrl+K)</source>
        <translation>Отырыстарды атауы немесе орны бойынша іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Отырыстарды іздеу</translation>
    </message>
    <message>
        <source>Show meetings of status</source>
        <translation>Отырыстарды мәртебесі бойынша сүзу</translation>
    </message>
    <message>
        <source>Show meetings of kind</source>
        <translation>Отырыстарды түрі бойынша сүзу</translation>
    </message>
    <message>
        <source>Show meetings of region</source>
        <translation>Отырыстарды өңір бойынша сүзу</translation>
    </message>
    <message>
        <source>Meetings from date</source>
        <translation>Отырыстар: бастапқы күн</translation>
    </message>
    <message>
        <source>Meetings to date</source>
        <translation>Отырыстар: соңғы күн</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>кез келген күн</translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation>Delete пернесі күн шектеуін алып тастайды</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Кез келген күндер</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>The list of meetings</source>
        <translation>Отырыстар тізімі</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>кез келген мәртебе</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>кез келген түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>No meeting matches the search and the filters: change them, or clear the dates.</source>
        <translation>Іздеу мен сүзгілерге сәйкес келетін отырыс жоқ: оларды өзгертіңіз немесе күндерді тазалаңыз.</translation>
    </message>
    <message>
        <source>No meetings yet: import the regions&apos; bundles (Sync menu), or {keys} — new meeting</source>
        <translation>Әзірге отырыстар жоқ: өңірлердің пакеттерін импорттаңыз («Синхрондау» мәзірі) немесе {keys} — жаңа отырыс</translation>
    </message>
    <message>
        <source>No meetings yet: {keys} — new meeting</source>
        <translation>Әзірге отырыстар жоқ: {keys} — жаңа отырыс</translation>
    </message>
    <message>
        <source>Open a meeting to see the shortcuts of its tabs too.</source>
        <translation>Қойындыларының пернелер тіркесімдерін де көру үшін отырысты ашыңыз.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be cleared by switching the language now. Switch?</source>
        <translation>Терілген, бірақ әлі қосылмаған мәтін (ұсыныс, сұрақ, сөз) тіл ауыстырылғанда өшіріледі. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Көрсетілді: {total} ішінен {shown}</translation>
    </message>
    <message>
        <source>khdesk {version} · {role}</source>
        <translation>khdesk {version} · {role}</translation>
    </message>
    <message>
        <source>Registered {registered} · present {present} ({sectors}) · proposals {proposals}</source>
        <translation>Тіркелгені: {registered} · қатысып отырғаны: {present} ({sectors}) · ұсыныстар: {proposals}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be lost. Quit anyway?</source>
        <translation>Терілген, бірақ әлі қосылмаған мәтін (ұсыныс, сұрақ, сөз) жоғалады. Бәрібір шығу керек пе?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <extracomment>A time field at its lowest value shows &quot;—&quot;: the meeting has no such time (yet).</extracomment>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>No single region</source>
        <translation>Бір өңірге байланбаған</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Ата&amp;уы</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Форматы</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Starts / ends</source>
        <translation>&amp;Басталуы / аяқталуы</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Өңі&amp;р</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Өтетін &amp;орны</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Сілтеме</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>Төр&amp;аға</translation>
    </message>
    <message>
        <source>S&amp;ecretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Ame&amp;nd…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Құжатта&amp;р…</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>Отырысты &amp;жабу…</translation>
    </message>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Мәліметтер</translation>
    </message>
    <message>
        <source>&amp;2 Participants</source>
        <translation>&amp;2 Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;3 Agenda and minutes</source>
        <translation>&amp;3 Күн тәртібі және хаттама</translation>
    </message>
    <message>
        <source>&amp;4 Proposals</source>
        <translation>&amp;4 Ұсыныстар</translation>
    </message>
    <message>
        <source>&amp;5 Questions</source>
        <translation>&amp;5 Сұрақтар</translation>
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation>&amp;6 Қосымшалар</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Мәліметтерді ө&amp;згерту…</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>Отырыстар тізіміне оралу (Alt+Left)</translation>
    </message>
    <message>
        <source>The protocol, the attendance sheet and the registers (Ctrl+Shift+P)</source>
        <translation>Хаттама, тіркеу парағы және тізілімдер (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>&amp;7 Documents</source>
        <translation>&amp;7 Құжаттар</translation>
    </message>
    <message>
        <source>&amp;8 Close</source>
        <translation>&amp;8 Жабу</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Отырыс бөлімдері</translation>
    </message>
    <message>
        <source>Go to the tab «{title}»</source>
        <translation>«{title}» қойындысына өту</translation>
    </message>
    <message>
        <source>This meeting was recorded on the region&apos;s laptop: at headquarters it is read-only. Corrections are made on that laptop and arrive with its next bundle.</source>
        <translation>Бұл отырыс өңірдің ноутбугында жазылған: орталық аппаратта оны тек қарауға болады. Түзетулер сол ноутбукте енгізіліп, оның келесі пакетімен келеді.</translation>
    </message>
    <message>
        <source>Amending a closed meeting. Reason: {reason}</source>
        <translation>Жабылған отырысқа түзету енгізілуде. Себебі: {reason}</translation>
    </message>
    <message>
        <source>This meeting is closed and read-only. Use Amend… to correct it.</source>
        <translation>Бұл отырыс жабылған, оны тек қарауға болады. Түзету енгізу үшін «Түзету…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation>Отырыс жабылды.</translation>
    </message>
    <message>
        <source>Before closing, the protocol still needs:</source>
        <translation>Жабу үшін хаттамада мыналар жетіспейді:</translation>
    </message>
    <message>
        <source>Everything the protocol needs is there. Closing makes it read-only.</source>
        <translation>Хаттама толық толтырылған. Жабылғаннан кейін оны тек қарауға болады.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Отырысты жабу</translation>
    </message>
    <message>
        <source>After closing, the meeting is read-only and changes become amendments. Close?</source>
        <translation>Жабылғаннан кейін отырысты тек қарауға болады, ал кез келген өзгеріс түзету ретінде енгізіледі. Жабу керек пе?</translation>
    </message>
    <message>
        <source>Amend a closed meeting</source>
        <translation>Жабылған отырысқа түзету енгізу</translation>
    </message>
    <message>
        <source>Why is the closed meeting corrected? The reason is recorded with every change and printed in the protocol&apos;s amendments.</source>
        <translation>Жабылған отырысқа неге түзету енгізіледі? Себебі әрбір өзгеріспен бірге жазылып, хаттамадағы түзетулерде басылады.</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <extracomment>widest a value&apos;s radio button grows before its text is cut (the whole text is its tooltip)</extracomment>
        <translation>Бір адамның екі жазбасын біріктіру</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>Екінші жазбаны &amp;табу</translation>
    </message>
    <message>
        <source>Name, organisation, phone or e-mail</source>
        <translation>Аты-жөні, ұйымы, телефоны немесе эл. поштасы</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Табылған жазбалар</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Қатысқан отырыстары</translation>
    </message>
    <message>
        <source>Proposals, speeches, questions</source>
        <translation>Ұсыныстар, сөйлеген сөздер, сұрақтар</translation>
    </message>
    <message>
        <source>&amp;Reason (records of closed meetings move)</source>
        <translation>&amp;Себебі (жабылған отырыстардың жазбалары ауыстырылады)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>yes, {how}</source>
        <translation>иә, {how}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Choose the other record of this person.</source>
        <translation>Осы адамның екінші жазбасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation>{number}-жазба</translation>
    </message>
    <message>
        <source>keep this record</source>
        <translation>осы жазбаны сақтау</translation>
    </message>
    <message>
        <source>One of these records was made on another device: only that device can merge it.</source>
        <translation>Бұл жазбалардың бірі басқа құрылғыда жасалған: оны тек сол құрылғы біріктіре алады.</translation>
    </message>
    <message>
        <source>«{other}» is merged into «{kept}»: {attendances} attendances and {named} proposals, speeches or questions move to «{kept}», and «{other}» is removed.</source>
        <translation>«{other}» жазбасы «{kept}» жазбасына біріктіріледі: қатысу туралы {attendances} жазба және {named} ұсыныс, сөйлеген сөз немесе сұрақ «{kept}» жазбасына ауысады, ал «{other}» жойылады.</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{kept}»? Everything that names «{other}» will name «{kept}», and «{other}» is removed from the people known here. This cannot be undone.</source>
        <translation>«{other}» жазбасын «{kept}» жазбасына біріктіру керек пе? «{other}» көрсетілген барлық жерде «{kept}» көрсетіледі, ал «{other}» базадағы адамдар қатарынан жойылады. Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Екі жазбаны біріктіру</translation>
    </message>
    <message>
        <source>Merge into another proposal</source>
        <translation>Басқа ұсынысқа біріктіру</translation>
    </message>
    <message>
        <source>Find the proposal it says the same as</source>
        <translation>Мазмұны дәл осындай ұсынысты табу</translation>
    </message>
    <message>
        <source>Find the proposal to merge into</source>
        <translation>Біріктірілетін негізгі ұсынысты табу</translation>
    </message>
    <message>
        <source>Proposals found</source>
        <translation>Табылған ұсыныстар</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is empty: type it in.</source>
        <translation>{field} толтырылмаған: оны енгізіңіз.</translation>
    </message>
    <message>
        <source>{field} holds control characters: retype it as plain text.</source>
        <translation>{field} басқару таңбаларын қамтиды: оны қарапайым мәтінмен қайта теріңіз.</translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; is malformed: correct it or leave it empty.</source>
        <translation>«{value}» эл. пошта мекенжайы қате жазылған: оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be edited.</source>
        <translation>«{field}» адам туралы өзгертуге болатын мәліметтердің қатарына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; is not an amendment: use replace, delete or add.</source>
        <translation>«{action}» түзету емес: replace, delete немесе add қолданыңыз.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a direction&apos;s code: type a Latin letter and up to seven letters or digits, such as D7.</source>
        <translation>«{code}» — бағыт коды емес: бір латын әрпін және одан кейін жетіге дейін әріп немесе цифр теріңіз, мысалы, D7.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a section&apos;s code: type letters or digits joined by dots, a Latin letter first and at most {limit} characters, such as D7.1.</source>
        <translation>«{code}» — бөлім коды емес: нүктелермен бөлінген әріптер мен цифрларды теріңіз; бірінші таңба латын әрпі болсын, барлығы {limit} таңбадан аспасын, мысалы, D7.1.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be merged.</source>
        <translation>«{field}» адам туралы біріктіруге болатын мәліметтердің қатарына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a decision.</source>
        <translation>«{field}» шешімнің құрамына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a proposal.</source>
        <translation>«{field}» ұсыныстың құрамына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a question.</source>
        <translation>«{field}» сұрақтың құрамына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a speech.</source>
        <translation>«{field}» сөйлеген сөздің құрамына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of an agenda item.</source>
        <translation>«{field}» күн тәртібі мәселесінің құрамына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of an amendment.</source>
        <translation>«{field}» түзетудің бөлігі емес.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of document: use one of {kinds}.</source>
        <translation>«{kind}» — құжат түрі емес: мыналардың бірін қолданыңыз: {kinds}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .docx: name the file with one of them.</source>
        <translation>«{name}» .pdf та, .docx та емес: файлды солардың бірімен атаңыз.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a meeting detail that can be edited.</source>
        <translation>«{name}» отырыс туралы өзгертуге болатын мәліметтердің қатарына кірмейді.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome: use accepted, merged, declined or clarification.</source>
        <translation>«{outcome}» шешім емес: accepted, merged, declined немесе clarification қолданыңыз.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say how many backups to keep: give three whole numbers of at least 1, the days, weeks and months, such as 12,10,9.</source>
        <translation>«{text}» қанша сақтық көшірме сақтау керегін айтпайды: 1-ден кем емес үш бүтін санды — күндерді, апталарды және айларды көрсетіңіз, мысалы, 12,10,9.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date and time: check the day and the month.</source>
        <translation>«{text}» — мұндай күн мен уақыт болмайды: күні мен айын тексеріңіз.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: Zoom writes 09/16/2026 10:01:23 AM.</source>
        <translation>«{text}» уақыт ретінде танылмады: Zoom уақытты 09/16/2026 10:01:23 AM түрінде жазады.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: the hour of an AM/PM time is 1 to 12.</source>
        <translation>«{text}» уақыт ретінде танылмады: AM/PM форматында сағат 1-ден 12-ге дейін болады.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is not one of the documents: use draft, amendments or adopted.</source>
        <translation>«{what}» құжаттардың бірі емес: draft, amendments немесе adopted қолданыңыз.</translation>
    </message>
    <message>
        <source>1 proposal will be accepted into {section}.</source>
        <translation>1 ұсыныс {section} бөліміне қабылданады.</translation>
    </message>
    <message>
        <source>1 proposal will be assigned to {name}.</source>
        <translation>1 ұсыныс жауапты қызметкерге тағайындалады: {name}.</translation>
    </message>
    <message>
        <source>1 proposal will be merged into {target}.</source>
        <translation>1 ұсыныс мына ұсынысқа біріктіріледі: {target}.</translation>
    </message>
    <message>
        <source>1 proposal will become {state}.</source>
        <translation>1 ұсыныс «{state}» мәртебесін алады.</translation>
    </message>
    <message>
        <source>1 proposal will get the note.</source>
        <translation>1 ұсынысқа ескертпе қосылады.</translation>
    </message>
    <message>
        <source>1 proposal will move to {section}.</source>
        <translation>1 ұсыныс {section} бөліміне ауыстырылады.</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Choose at least one other proposal to merge into the one kept.</source>
        <translation>Сақталатын ұсынысқа біріктіру үшін кемінде бір басқа ұсынысты таңдаңыз.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation>Файлдағылардың бәрі қатысты (қол қойылған қағаз тіркеу парағы енгізілуде)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation>Zoom қатысушылары туралы есепті импорттау</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Қатысушылар тізімін импорттау</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Ұсыныстарды импорттау</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation>Ұсыныстар (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Қатысушылар тізімдері (*.csv *.xlsx *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Sector of people new to khdesk:</source>
        <translation>khdesk-те әлі жоқ адамдардың секторы:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>The Cyrillic letter {typed} was replaced by the Latin letter {kept}.</source>
        <translation>Кирилл әліпбиіндегі {typed} әрпі латын әліпбиіндегі {kept} әрпімен ауыстырылды.</translation>
    </message>
    <message>
        <source>The Latin letter {typed} was replaced by the Cyrillic letter {kept}.</source>
        <translation>Латын әліпбиіндегі {typed} әрпі кирилл әліпбиіндегі {kept} әрпімен ауыстырылды.</translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;) and no known person has their e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation>Zoom бұл адамды тек құрылғысының атауымен көрсетеді («{device}»), ал мұндай эл. поштасы бар адам базада жоқ: оның келгенін отырыстың «Қатысушылар» қойындысында қолмен белгілеңіз.</translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;), with no e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation>Zoom бұл адамды тек құрылғысының атауымен көрсетеді («{device}»), эл. поштасы жоқ: оның келгенін отырыстың «Қатысушылар» қойындысында қолмен белгілеңіз.</translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation>Zoom есептері (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>a campaign&apos;s document is printed in kk, ru or kk+ru: choose one of them.</source>
        <translation>науқан құжаты kk, ru немесе kk+ru тілінде басылады: біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>a decision of this meeting has {votes} votes, and only {present} people would be present: amend the votes first, then this attendance.</source>
        <translation>бұл отырыстың бір шешімінде {votes} дауыс бар, ал қатысушылар {present} адам ғана болып қалады: алдымен дауыстарды түзетіп, содан кейін қатысуды өзгертіңіз.</translation>
    </message>
    <message>
        <source>a document is written in kk and ru: choose one of them.</source>
        <translation>құжат kk және ru тілдерінде жазылады: солардың бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>a document&apos;s version in the reference bundle does not match its fingerprint: it was altered; ask headquarters for a new bundle.</source>
        <translation>анықтамалық пакеттегі құжат нұсқасы өз саусақ ізіне сәйкес келмейді: ол өзгертілген; орталық аппараттан жаңа пакет сұраңыз.</translation>
    </message>
    <message>
        <source>a facilitator works in a region: add --region with its KATO code.</source>
        <translation>фасилитатор бір өңірде жұмыс істейді: --region параметрін өңірдің КАТО кодымен қосыңыз.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another region: create a new one.</source>
        <translation>отырысты басқа өңірге ауыстыруға болмайды: жаңа отырыс құрыңыз.</translation>
    </message>
    <message>
        <source>a paragraph in {language} has {count} characters, more than {most}: split it.</source>
        <translation>{language} тіліндегі абзацта {count} таңба бар, бұл {most}-дан көп: оны бөліңіз.</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves: pick two different records.</source>
        <translation>адамды өзімен біріктіруге болмайды: екі түрлі жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>a phone or e-mail is kept only with consent to personal-data processing: tick the consent, or leave them empty.</source>
        <translation>телефон мен эл. пошта дербес деректерді өңдеуге келісім болғанда ғана сақталады: келісімді белгілеңіз немесе оларды бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>a vote that fits those present for decision {decision} of item {item}: {votes} votes, but {present} people are present; correct the votes or check in those who voted</source>
        <translation>{item}-мәселенің {decision}-шешімі бойынша қатысып отырғандар санына сәйкес дауыс беру нәтижесі: {votes} дауыс берілген, ал қатысып отырғандар — {present}; дауыстарды түзетіңіз немесе дауыс бергендердің келгенін белгілеңіз</translation>
    </message>
    <message>
        <source>accepting {proposal} needs the prospectus section it goes into (--section D2.3).</source>
        <translation>{proposal} қабылданса, ол енетін проспект бөлімі көрсетілуі керек (--section D2.3).</translation>
    </message>
    <message>
        <source>an amendment cannot be merged with itself: choose another.</source>
        <translation>түзетуді өзімен біріктіруге болмайды: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was removed; read its new wording first.</source>
        <translation>осы аралықта бұл абзацты басқа талдаушы өзгертті: ештеңе жойылмады; алдымен оның жаңа редакциясын оқыңыз.</translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was saved; read its new wording and edit it again.</source>
        <translation>осы аралықта бұл абзацты басқа талдаушы өзгертті: ештеңе сақталмады; оның жаңа редакциясын оқып, қайта өңдеңіз.</translation>
    </message>
    <message>
        <source>another analyst decided this amendment a moment ago: nothing was saved; look at it again.</source>
        <translation>бұл түзету туралы басқа талдаушы жаңа ғана шешім қабылдады: ештеңе сақталмады; оны қайта қараңыз.</translation>
    </message>
    <message>
        <source>another analyst published this document at the same moment: nothing was saved; look at its versions (&apos;khdesk documents list&apos;) and publish again if needed.</source>
        <translation>басқа талдаушы осы құжатты дәл сол сәтте жариялады: ештеңе сақталмады; оның нұсқаларын қараңыз («khdesk documents list») және қажет болса қайта жариялаңыз.</translation>
    </message>
    <message>
        <source>another analyst recorded the adoption of this document a moment ago: nothing was saved.</source>
        <translation>бұл құжаттың қабылдануын басқа талдаушы жаңа ғана жазды: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>another khdesk is importing this bundle right now: import it again once it has finished.</source>
        <translation>бұл пакетті дәл қазір басқа khdesk импорттап жатыр: ол аяқталған соң пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>another meeting has its number</source>
        <translation>оның нөмірі басқа отырысқа берілген</translation>
    </message>
    <message>
        <source>another meeting of its device has its number</source>
        <translation>оның нөмірі сол құрылғыдағы басқа отырысқа берілген</translation>
    </message>
    <message>
        <source>another proposal of its meeting has its number</source>
        <translation>оның нөмірі сол отырыстағы басқа ұсынысқа берілген</translation>
    </message>
    <message>
        <source>answer templates are for declining and for asking a clarification, not for {state}.</source>
        <translation>жауап үлгілері «{state}» мәртебесіне емес, ұсынысты қабылдамауға және нақтылау сұрауға арналған.</translation>
    </message>
    <message>
        <source>asking for clarification of {proposal} needs the question the region will read: write it (--reason) or choose an answer template.</source>
        <translation>{proposal} бойынша нақтылау сұралса, өңір оқитын сұрақ көрсетілуі керек: оны жазыңыз (--reason) немесе жауап үлгісін таңдаңыз.</translation>
    </message>
    <message>
        <source>cannot read the database {path} ({reason}): check its permissions.</source>
        <translation>{path} дерекқорын оқу мүмкін емес ({reason}): оған қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>cannot read {file} ({reason}): check the drive it is on.</source>
        <translation>{file} файлын оқу мүмкін емес ({reason}): ол тұрған дискіні тексеріңіз.</translation>
    </message>
    <message>
        <source>cannot read {path} ({problem}): check that it exists and that you may read it.</source>
        <translation>{path} файлын оқу мүмкін емес ({problem}): файлдың бар екенін және оны оқуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): check that it exists and that you may read it.</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}): файлдың бар екенін және оны оқуға құқығыңыз бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): choose another file.</source>
        <translation>{path} файлын оқу мүмкін емес ({reason}): басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>cannot write &apos;{name}&apos;: give the prospectus a .pdf or .docx file name.</source>
        <translation>«{name}» файлын жазу мүмкін емес: проспект файлының атауы .pdf немесе .docx кеңейтімімен аяқталуы керек.</translation>
    </message>
    <message>
        <source>cannot write the keys into {folder} ({reason}): check the data folder.</source>
        <translation>кілттерді {folder} қалтасына жазу мүмкін емес ({reason}): деректер қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <source>cannot write to the {what} {path} ({reason}): choose another with --data-dir or KHDESK_DATA_DIR.</source>
        <translation>{what} {path} жазу үшін қолжетімсіз ({reason}): --data-dir немесе KHDESK_DATA_DIR арқылы басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}): choose another folder or drive.</source>
        <translation>{path} файлын жазу мүмкін емес ({reason}): басқа қалтаны немесе дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>choose an outcome: accepted, merged, declined or clarification.</source>
        <translation>шешімді таңдаңыз: қабылданды, біріктірілді, қабылданбады немесе нақтылау.</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>шешім: {decision}</translation>
    </message>
    <message>
        <source>declining {proposal} needs a reason the region will read: write it (--reason) or choose an answer template.</source>
        <translation>{proposal} қабылданбаса, өңір оқитын себеп көрсетілуі керек: оны жазыңыз (--reason) немесе жауап үлгісін таңдаңыз.</translation>
    </message>
    <message>
        <source>demo --bundles is run at headquarters, which imports the bundles: this installation is a region&apos;s; run it with the --data-dir of headquarters.</source>
        <translation>«demo --bundles» командасы пакеттерді импорттайтын орталық аппаратта орындалады: бұл khdesk — өңірдікі; командасын орталық аппараттың --data-dir қалтасымен орындаңыз.</translation>
    </message>
    <message>
        <source>demo --bundles writes the regions&apos; bundles for a headquarters: set this installation up first with &apos;khdesk init --role hq&apos;.</source>
        <translation>«demo --bundles» командасы өңірлердің пакеттерін орталық аппарат үшін жазады: алдымен бұл khdesk-ті «khdesk init --role hq» командасымен баптаңыз.</translation>
    </message>
    <message>
        <source>device {device} is enrolled with another key: if the laptop was reinstalled, revoke the old device and enrol the new card.</source>
        <translation>{device} құрылғысы басқа кілтпен тіркелген: ноутбукке бағдарлама қайта орнатылған болса, ескі құрылғының күшін жойып, жаңа картаны тіркеңіз.</translation>
    </message>
    <message>
        <source>device {device} was revoked: a revoked device is not enrolled again.</source>
        <translation>{device} құрылғысының күші жойылған: күші жойылған құрылғы қайта тіркелмейді.</translation>
    </message>
    <message>
        <source>devices are enrolled at headquarters: run this on its installation.</source>
        <translation>құрылғыларды орталық аппарат тіркейді: бұл әрекетті орталық аппараттың khdesk бағдарламасында орындаңыз.</translation>
    </message>
    <message>
        <source>direction {code} exists already: choose another code, or rename that direction.</source>
        <translation>{code} бағыты бұрыннан бар: басқа код таңдаңыз немесе сол бағыттың атауын өзгертіңіз.</translation>
    </message>
    <message>
        <source>document {id} has no published version here: import the newest reference bundle from headquarters.</source>
        <translation>{id} құжатының мұнда жарияланған нұсқасы жоқ: орталық аппараттың ең жаңа анықтамалық бумасын импорттаңыз.</translation>
    </message>
    <message>
        <source>document {id} has no version {number}: &apos;khdesk documents list&apos; shows its versions.</source>
        <translation>{id} құжатында {number} нұсқа жоқ: оның нұсқаларын «khdesk documents list» көрсетеді.</translation>
    </message>
    <message>
        <source>headquarters covers every region: leave out --region.</source>
        <translation>орталық аппарат барлық өңірді қамтиды: --region параметрін көрсетпеңіз.</translation>
    </message>
    <message>
        <source>headquarters drafts the campaign&apos;s documents: a region receives their versions with the reference bundle.</source>
        <translation>науқан құжаттарының жобасын орталық аппарат жасайды: өңір олардың нұсқаларын анықтамалық пакетпен алады.</translation>
    </message>
    <message>
        <source>headquarters reviews the amendments to the campaign&apos;s documents.</source>
        <translation>науқан құжаттарына түзетулерді орталық аппарат қарайды.</translation>
    </message>
    <message>
        <source>headquarters&apos; decryption key is missing from keys/: restore it.</source>
        <translation>орталық аппараттың шифрдан шығару кілті keys/ қалтасында жоқ: оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>headquarters&apos; keys are not in {folder}: export the key file on the workstation that was initialised as headquarters.</source>
        <translation>орталық аппараттың кілттері {folder} ішінде жоқ: кілт файлын орталық аппарат ретінде бапталған жұмыс орнында экспорттаңыз.</translation>
    </message>
    <message>
        <source>it changes a paragraph but names none</source>
        <translation>ол абзацты өзгертеді, бірақ ешқайсысын атамайды</translation>
    </message>
    <message>
        <source>it deletes a paragraph but gives a new wording</source>
        <translation>ол абзацты алып тастайды, бірақ жаңа редакция береді</translation>
    </message>
    <message>
        <source>it gives no wording in its language</source>
        <translation>онда өз тіліндегі редакция жоқ</translation>
    </message>
    <message>
        <source>it has fields khdesk does not know: {fields}</source>
        <translation>онда khdesk білмейтін өрістер бар: {fields}</translation>
    </message>
    <message>
        <source>it is merged into another person but not deleted</source>
        <translation>ол басқа адамға біріктірілген, бірақ жойылмаған</translation>
    </message>
    <message>
        <source>it was erased but its name is not the pseudonym</source>
        <translation>ол өшірілген, бірақ аты бүркеншік емес</translation>
    </message>
    <message>
        <source>its accepted_section_code does not go with its status</source>
        <translation>accepted_section_code өрісі мәртебесіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>its agenda_item_id names an agenda item of another region</source>
        <translation>agenda_item_id өрісі басқа өңірдің күн тәртібі мәселесін көрсетеді</translation>
    </message>
    <message>
        <source>its agenda_item_id names an item of another meeting</source>
        <translation>agenda_item_id өрісі басқа отырыстың мәселесін көрсетеді</translation>
    </message>
    <message>
        <source>its agenda_item_id names no agenda item</source>
        <translation>agenda_item_id өрісі ешбір күн тәртібі мәселесін көрсетпейді</translation>
    </message>
    <message>
        <source>its changes name fields its table_name does not have</source>
        <translation>changes өрісінде table_name кестесінде жоқ өрістер аталған</translation>
    </message>
    <message>
        <source>its device_id is not the device that signed the bundle</source>
        <translation>device_id өрісі пакетке қол қойған құрылғыны көрсетпейді</translation>
    </message>
    <message>
        <source>its document_id and version_number name no published version</source>
        <translation>оның document_id мен version_number жарияланған нұсқаны атамайды</translation>
    </message>
    <message>
        <source>its ends_at is not after its starts_at</source>
        <translation>ends_at мәні starts_at мәнінен кейін емес</translation>
    </message>
    <message>
        <source>its left_at is before its arrived_at</source>
        <translation>left_at мәні arrived_at мәнінен ерте</translation>
    </message>
    <message>
        <source>its line_from and line_to are not a range of lines</source>
        <translation>оның line_from мен line_to жолдар аралығы емес</translation>
    </message>
    <message>
        <source>its meeting_id names a meeting of another region</source>
        <translation>meeting_id өрісі басқа өңірдің отырысын көрсетеді</translation>
    </message>
    <message>
        <source>its meeting_id names no meeting</source>
        <translation>meeting_id өрісі ешбір отырысты көрсетпейді</translation>
    </message>
    <message>
        <source>its merged_into_id names the person itself</source>
        <translation>merged_into_id өрісі адамның өзін көрсетеді</translation>
    </message>
    <message>
        <source>its paragraph_id is not a paragraph of that version</source>
        <translation>оның paragraph_id сол нұсқаның абзацы емес</translation>
    </message>
    <message>
        <source>its region_kato is not the region of its device</source>
        <translation>region_kato мәні құрылғының өңіріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>its section_code belongs to another direction</source>
        <translation>section_code бөлімі басқа бағытқа жатады</translation>
    </message>
    <message>
        <source>its seq is outside the range of sequence numbers the manifest covers</source>
        <translation>seq мәні манифестте көрсетілген реттік нөмірлер ауқымынан тыс</translation>
    </message>
    <message>
        <source>its wording is longer than a paragraph may be</source>
        <translation>оның редакциясы абзацқа рұқсат етілгеннен ұзын</translation>
    </message>
    <message>
        <source>its year is not the year of its date</source>
        <translation>year мәні date күнінің жылына сәйкес келмейді</translation>
    </message>
    <message>
        <source>its {column} names no person</source>
        <translation>{column} өрісі ешбір адамды көрсетпейді</translation>
    </message>
    <message>
        <source>its {name} has the letter «{letter}» of another alphabet at position {position}</source>
        <translation>{name} өрісінің {position}-орнында басқа әліпбидің «{letter}» әрпі тұр</translation>
    </message>
    <message>
        <source>its {name} holds control characters or bytes that are not text</source>
        <translation>{name} өрісінде басқару таңбалары немесе мәтін емес байттар бар</translation>
    </message>
    <message>
        <source>its {name} holds more than {most} lines or one longer than {limit} characters</source>
        <translation>{name} өрісінде {most} жолдан көп немесе {limit} таңбадан ұзын жол бар</translation>
    </message>
    <message>
        <source>its {name} is a path, or holds characters a file name may not</source>
        <translation>{name} өрісінде файл жолы немесе файл атауында болмайтын таңбалар бар</translation>
    </message>
    <message>
        <source>its {name} is empty</source>
        <translation>{name} өрісі бос</translation>
    </message>
    <message>
        <source>its {name} is in the year {year}, outside {first}-{last}</source>
        <translation>{name} өрісіндегі жыл — {year}, ол {first}–{last} аралығынан тыс</translation>
    </message>
    <message>
        <source>its {name} is kept although consent is false</source>
        <translation>келісім берілмесе де, {name} өрісі сақталған</translation>
    </message>
    <message>
        <source>its {name} is kept although it was erased</source>
        <translation>ол өшірілген, бірақ {name} сақталып тұр</translation>
    </message>
    <message>
        <source>its {name} is malformed</source>
        <translation>{name} өрісі қате жазылған</translation>
    </message>
    <message>
        <source>its {name} is missing</source>
        <translation>{name} өрісі жоқ</translation>
    </message>
    <message>
        <source>its {name} is not a SHA-256 in hex</source>
        <translation>{name} өрісі он алтылық жүйедегі SHA-256 мәні емес</translation>
    </message>
    <message>
        <source>its {name} is not a code khdesk knows</source>
        <translation>{name} өрісінде khdesk білмейтін код бар</translation>
    </message>
    <message>
        <source>its {name} is not a code of letters, digits and dots</source>
        <translation>{name} өрісі әріптерден, цифрлардан және нүктелерден тұратын код емес</translation>
    </message>
    <message>
        <source>its {name} is not a date</source>
        <translation>{name} өрісі күн ретінде танылмады</translation>
    </message>
    <message>
        <source>its {name} is not a date and time</source>
        <translation>{name} өрісі күн мен уақыт ретінде танылмады</translation>
    </message>
    <message>
        <source>its {name} is not a list of fields with their old and new values</source>
        <translation>{name} өрісі өрістердің ескі және жаңа мәндерінің тізімі емес</translation>
    </message>
    <message>
        <source>its {name} is not a media type such as image/png</source>
        <translation>{name} өрісі image/png сияқты мазмұн түрі емес</translation>
    </message>
    <message>
        <source>its {name} is not a record id</source>
        <translation>{name} өрісі жазба идентификаторы емес</translation>
    </message>
    <message>
        <source>its {name} is not a time of day</source>
        <translation>{name} өрісі тәулік уақыты ретінде танылмады</translation>
    </message>
    <message>
        <source>its {name} is not a two-digit KATO code</source>
        <translation>{name} өрісі екі таңбалы КАТО коды емес</translation>
    </message>
    <message>
        <source>its {name} is not a whole number</source>
        <translation>{name} өрісі бүтін сан емес</translation>
    </message>
    <message>
        <source>its {name} is not between {low} and {high}</source>
        <translation>{name} өрісі {low} мен {high} аралығында емес</translation>
    </message>
    <message>
        <source>its {name} is not one of {values}</source>
        <translation>{name} өрісі мына мәндердің бірі емес: {values}</translation>
    </message>
    <message>
        <source>its {name} is not text</source>
        <translation>{name} өрісі мәтін емес</translation>
    </message>
    <message>
        <source>its {name} is not true or false</source>
        <translation>{name} өрісі true немесе false мәні емес</translation>
    </message>
    <message>
        <source>its {name} is {length:,} characters long; khdesk keeps {limit:,}</source>
        <translation>{name} өрісі {length:,} таңбадан тұрады; khdesk {limit:,} таңбаға дейін сақтайды</translation>
    </message>
    <message>
        <source>khdesk backs up the database before it upgrades its schema and has no backups folder for it: give one with --data-dir.</source>
        <translation>khdesk дерекқордың сызбасын жаңартпас бұрын оның сақтық көшірмесін жасайды, бірақ көшірмелерге арналған қалта жоқ: оны --data-dir арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>khdesk backs up the database {where} before it upgrades its schema, but PostgreSQL&apos;s pg_dump is not installed here: install the PostgreSQL client tools (on Debian and Ubuntu: apt-get install postgresql-client), or take a backup with &apos;pg_dump --format=custom&apos; yourself and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation>khdesk {where} дерекқорының сызбасын жаңартпас бұрын оның сақтық көшірмесін жасайды, бірақ бұл компьютерде PostgreSQL-дің pg_dump бағдарламасы орнатылмаған: PostgreSQL клиент құралдарын орнатыңыз (Debian мен Ubuntu-да: apt-get install postgresql-client) немесе көшірмені «pg_dump --format=custom» арқылы өзіңіз жасап, khdesk-ті KHDESK_PG_BACKED_UP=1 мәнімен іске қосыңыз.</translation>
    </message>
    <message>
        <source>khdesk cannot connect to the PostgreSQL database {where} ({detail}): check that the server runs and accepts this computer, and that the user and its password (in ~/.pgpass) are right, then try again.</source>
        <translation>khdesk {where} PostgreSQL дерекқорына қосыла алмайды ({detail}): сервердің жұмыс істеп тұрғанын және бұл компьютерді қабылдайтынын, пайдаланушы мен оның құпиясөзі (~/.pgpass ішінде) дұрыс екенін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>khdesk cannot create the backups folder {folder} ({reason}): check its drive and permissions.</source>
        <translation>khdesk {folder} сақтық көшірмелер қалтасын жасай алмайды ({reason}): дискіні және қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>khdesk cannot use the database URL &apos;{url}&apos; ({reason}): give a SQLite file path, or a URL whose driver is installed.</source>
        <translation>khdesk «{url}» дерекқор мекенжайын пайдалана алмайды ({reason}): SQLite файлының жолын немесе драйвері орнатылған мекенжайды көрсетіңіз.</translation>
    </message>
    <message>
        <source>khdesk could not back up the database {where} before upgrading its schema (pg_dump: {detail}); nothing was changed: take a backup with &apos;pg_dump --format=custom&apos; and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation>khdesk {where} дерекқорының сызбасын жаңартпас бұрын оның сақтық көшірмесін жасай алмады (pg_dump: {detail}); ештеңе өзгертілген жоқ: көшірмені «pg_dump --format=custom» арқылы жасап, khdesk-ті KHDESK_PG_BACKED_UP=1 мәнімен іске қосыңыз.</translation>
    </message>
    <message>
        <source>khdesk could not put the backup {backup} in place ({reason}); the database was not changed: check the drive and free space, then restore again.</source>
        <translation>khdesk {backup} сақтық көшірмесін орнына қоя алмады ({reason}); дерекқор өзгерген жоқ: дискіні және бос орынды тексеріп, қайта қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>khdesk could not read this bundle (an internal error, written to the log): ask the sender to export it again, and report it if it happens again.</source>
        <translation>khdesk бұл пакетті оқи алмады (ішкі қате, ол журналға жазылды): жіберушіден пакетті қайта экспорттауды сұраңыз, ал қате қайталанса, ол туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>khdesk does not open files of the type {media_type}: save a copy and open it with a program you trust.</source>
        <translation>khdesk {media_type} түріндегі файлдарды ашпайды: көшірмесін сақтап, оны өзіңіз сенетін бағдарламамен ашыңыз.</translation>
    </message>
    <message>
        <source>khdesk may not read {path}: ask for permission to it, or copy it elsewhere.</source>
        <translation>khdesk-тің {path} файлын оқуға рұқсаты жоқ: рұқсат сұраңыз немесе файлды басқа жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>khdesk may not write {path}: choose another folder, or ask for permission to it.</source>
        <translation>khdesk-тің {path} файлына жазуға рұқсаты жоқ: басқа қалтаны таңдаңыз немесе рұқсат сұраңыз.</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: open the file in a spreadsheet, save it as CSV again and import it.</source>
        <translation>{line}-жолды CSV ретінде оқу мүмкін емес: файлды электрондық кесте бағдарламасында ашып, қайтадан CSV ретінде сақтаңыз да, импорттаңыз.</translation>
    </message>
    <message>
        <source>line {line}, which gives another name</source>
        <translation>{line}-жол, онда басқа аты-жөні көрсетілген</translation>
    </message>
    <message>
        <source>merging {proposal} into {target} would make a loop of merges: choose another proposal.</source>
        <translation>{proposal} мына ұсынысқа біріктірілсе ({target}), біріктірулер тұйық тізбекке айналады: басқа ұсынысты таңдаңыз.</translation>
    </message>
    <message>
        <source>merging {proposal} needs the proposal it goes into: give its id (--into).</source>
        <translation>{proposal} біріктірілсе, ол біріктірілетін ұсыныс көрсетілуі керек: оның идентификаторын беріңіз (--into).</translation>
    </message>
    <message>
        <source>name the amendment this one is merged with.</source>
        <translation>бұл түзету қай түзетумен біріктірілетінін атаңыз.</translation>
    </message>
    <message>
        <source>name the paragraph the amendment changes.</source>
        <translation>түзету өзгертетін абзацты атаңыз.</translation>
    </message>
    <message>
        <source>no answer template numbered {id}: the list of templates shows their numbers.</source>
        <translation>№{id} жауап үлгісі жоқ: үлгілердің нөмірлері олардың тізімінде көрсетілген.</translation>
    </message>
    <message>
        <source>no document with id {id}: &apos;khdesk documents list&apos; shows them.</source>
        <translation>{id} идентификаторымен құжат жоқ: оларды «khdesk documents list» көрсетеді.</translation>
    </message>
    <message>
        <source>no enrolled device {device}: &apos;khdesk device list&apos; shows them.</source>
        <translation>{device} құрылғысы тіркелмеген: тіркелген құрылғыларды «khdesk device list» командасы көрсетеді.</translation>
    </message>
    <message>
        <source>no join time: the row says nothing about when the person came.</source>
        <translation>кірген уақыты жоқ: бұл жолда адамның қашан қосылғаны көрсетілмеген.</translation>
    </message>
    <message>
        <source>no meeting numbered {ref}: &apos;khdesk meetings list&apos; shows the numbers.</source>
        <translation>{ref} нөмірлі отырыс жоқ: нөмірлерді «khdesk meetings list» командасы көрсетеді.</translation>
    </message>
    <message>
        <source>no meeting with id {id}: check the id or number.</source>
        <translation>{id} идентификаторы бар отырыс жоқ: идентификаторды немесе нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>no meeting with id {id}: it was removed meanwhile.</source>
        <translation>{id} идентификаторы бар отырыс жоқ: ол осы арада жойылған.</translation>
    </message>
    <message>
        <source>no name and no e-mail: Zoom&apos;s row names nobody.</source>
        <translation>аты да, эл. поштасы да жоқ: Zoom жолында ешкім көрсетілмеген.</translation>
    </message>
    <message>
        <source>no pair of persons with id {id} is in the merge review: check the id (&apos;khdesk persons duplicates&apos; lists them).</source>
        <translation>{id} идентификаторы бар адамдар жұбы қаралып жатқан жұптардың арасында жоқ: идентификаторды тексеріңіз (оларды «khdesk persons duplicates» командасы көрсетеді).</translation>
    </message>
    <message>
        <source>no person has the id {id}: find it with &apos;khdesk persons find NAME&apos;.</source>
        <translation>{id} идентификаторы бар адам жоқ: оны «khdesk persons find АТЫ» командасымен табыңыз.</translation>
    </message>
    <message>
        <source>no proposal with id {id}: check the id (&apos;khdesk proposals list&apos; shows them).</source>
        <translation>{id} идентификаторы бар ұсыныс жоқ: идентификаторды тексеріңіз (оларды «khdesk proposals list» командасы көрсетеді).</translation>
    </message>
    <message>
        <source>no proposals are selected: select those the action is for.</source>
        <translation>ұсыныстар таңдалмаған: әрекет қолданылатын ұсыныстарды таңдаңыз.</translation>
    </message>
    <message>
        <source>no {what} with id {id}: check the id (list them to see it).</source>
        <translation>{id} идентификаторы бар {what} табылмады: идентификаторды тексеріңіз (оны тізімнен көруге болады).</translation>
    </message>
    <message>
        <source>none of the selected proposals can take this action: {problem}</source>
        <translation>таңдалған ұсыныстардың ешқайсысына бұл әрекетті қолдануға болмайды: {problem}</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>импортталмайды</translation>
    </message>
    <message>
        <source>nothing changed since version {number}: edit the draft before publishing again.</source>
        <translation>{number} нұсқадан бері ештеңе өзгерген жоқ: қайта жарияламас бұрын жобаны түзетіңіз.</translation>
    </message>
    <message>
        <source>one of these records was erased at the person&apos;s request, so it is not merged: if both are that person, erase the other record too.</source>
        <translation>бұл жазбалардың бірі адамның сұрауы бойынша өшірілген, сондықтан біріктірілмейді: екеуі де сол адам болса, екінші жазбаны да өшіріңіз.</translation>
    </message>
    <message>
        <source>only directions, sections and regions are renamed here.</source>
        <translation>мұнда тек бағыттардың, бөлімдердің және өңірлердің атауы өзгертіледі.</translation>
    </message>
    <message>
        <source>only facilitators&apos; devices are enrolled: this card is not one.</source>
        <translation>тек фасилитаторлардың құрылғылары тіркеледі: бұл карта фасилитатордікі емес.</translation>
    </message>
    <message>
        <source>only in the waiting room: Zoom never admitted this person, so they are not counted as present.</source>
        <translation>тек күту бөлмесінде болған: Zoom бұл адамды отырысқа кіргізбеген, сондықтан ол қатысқан деп есептелмейді.</translation>
    </message>
    <message>
        <source>paragraph {number} has lines {first}–{last} in this language: give lines within them.</source>
        <translation>бұл тілде {number}-абзацтың жолдары {first}–{last}: осы аралықтағы жолдарды беріңіз.</translation>
    </message>
    <message>
        <source>persons seen in several regions are reviewed at headquarters: this region&apos;s installation does not decide who is one person.</source>
        <translation>бірнеше өңірде кездесетін адамдарды орталық аппарат қарайды: өңірдегі бұл khdesk қай жазбалардың бір адамдікі екенін шешпейді.</translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>«{value}» телефон нөмірі қате жазылған: оны +7 7XX XXX XX XX түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>proposal {id}</source>
        <translation>{id} ұсынысы</translation>
    </message>
    <message>
        <source>proposal {number} of meeting {meeting}</source>
        <translation>{meeting} отырысының {number}-ұсынысы</translation>
    </message>
    <message>
        <source>proposals are reviewed at headquarters: this region&apos;s installation shows the reviews it receives in the reference bundle but does not change them.</source>
        <translation>ұсыныстарды орталық аппарат қарайды: өңірдегі бұл khdesk анықтамалық пакетпен келген қарау нәтижелерін көрсетеді, бірақ оларды өзгертпейді.</translation>
    </message>
    <message>
        <source>reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle (Sync → Import a reference bundle…).</source>
        <translation>анықтамалық деректерді тек орталық аппарат өзгертеді: бұл khdesk оларды орталық аппараттың анықтамалық пакетімен алады (Синхрондау → Анықтамалық пакетті импорттау…).</translation>
    </message>
    <message>
        <source>say what the review changes: a status, a section, a reviewer or a note.</source>
        <translation>қарау кезінде не өзгеретінін көрсетіңіз: мәртебе, бөлім, жауапты қызметкер немесе ескертпе.</translation>
    </message>
    <message>
        <source>section {code} belongs to direction {its}, not {direction}: pick a section of the same direction.</source>
        <translation>{code} бөлімі {direction} бағытына емес, {its} бағытына жатады: сол бағыттың бөлімін таңдаңыз.</translation>
    </message>
    <message>
        <source>section {code} exists already and is retired: choose another code, or reinstate that section.</source>
        <translation>{code} бөлімі бұрыннан бар және қолданыстан шығарылған: басқа код таңдаңыз немесе сол бөлімді қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>section {code} exists already: choose another code, or rename that section.</source>
        <translation>{code} бөлімі бұрыннан бар: басқа код таңдаңыз немесе сол бөлімнің атауын өзгертіңіз.</translation>
    </message>
    <message>
        <source>section {code} is in use already: nothing to reinstate.</source>
        <translation>{code} бөлімі қазір де қолданыста: қалпына келтіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>section {code} is retired already.</source>
        <translation>{code} бөлімі бұрыннан қолданыстан шығарылған.</translation>
    </message>
    <message>
        <source>section {code} is retired: choose an active section of the prospectus.</source>
        <translation>{code} бөлімі қолданыстан шығарылған: проспекттің қолданыстағы бөлімін таңдаңыз.</translation>
    </message>
    <message>
        <source>section {code} is under direction {direction} already: pick another direction.</source>
        <translation>{code} бөлімі онсыз да {direction} бағытына жатады: басқа бағытты таңдаңыз.</translation>
    </message>
    <message>
        <source>several meetings are numbered {ref}: name the one you mean by its id.</source>
        <translation>{ref} нөмірі бірнеше отырысқа берілген: керекті отырысты идентификаторы арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>shares its {shared} with {whom}: say in the window&apos;s import preview whether this is the same person, or correct the name or the {shared} in the file.</source>
        <translation>«{shared}» мәні басқа жазбамен сәйкес келеді ({whom}): импортты алдын ала қарау терезесінде бұл сол адам ба, жоқ па, соны көрсетіңіз немесе файлдағы аты-жөнін не «{shared}» мәнін түзетіңіз.</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting: pick one of this meeting.</source>
        <translation>бұл күн тәртібі мәселесі басқа отырысқа жатады: осы отырыстың мәселесін таңдаңыз.</translation>
    </message>
    <message>
        <source>that amendment is itself merged with another: merge this one with that other.</source>
        <translation>ол түзетудің өзі басқасымен біріктірілген: бұны сол басқасымен біріктіріңіз.</translation>
    </message>
    <message>
        <source>that amendment is to another document: choose one to the same.</source>
        <translation>ол түзету басқа құжатқа жатады: осы құжаттың түзетуін таңдаңыз.</translation>
    </message>
    <message>
        <source>that is the recovery key itself: choose a place outside the data folder, such as a USB stick.</source>
        <translation>бұл — қалпына келтіру кілтінің өзі: деректер қалтасынан тыс орынды таңдаңыз, мысалы, USB флешканы.</translation>
    </message>
    <message>
        <source>that is this installation&apos;s own card: enrol the regions&apos; cards.</source>
        <translation>бұл — осы khdesk-тің өз картасы: өңірлердің карталарын тіркеңіз.</translation>
    </message>
    <message>
        <source>that paragraph is not in version {version} of the document.</source>
        <translation>ол абзац құжаттың {version}-нұсқасында жоқ.</translation>
    </message>
    <message>
        <source>the Kazakh text has {kk} paragraphs and the Russian one {ru}: each paragraph is written in both languages (paragraphs are separated by a blank line).</source>
        <translation>қазақша мәтінде {kk} абзац, ал орысшада {ru}: әр абзац екі тілде жазылады (абзацтар бос жолмен бөлінеді).</translation>
    </message>
    <message>
        <source>the PostgreSQL role khdesk connects as may not do this in {where} ({detail}): give it the rights docs/postgresql.md lists, then try again.</source>
        <translation>khdesk қосылатын PostgreSQL рөлінің {where} ішінде мұны істеуге құқығы жоқ ({detail}): оған docs/postgresql.md тізіміндегі құқықтарды беріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>the amendment is worded in Kazakh only: give the Russian wording that goes into the draft.</source>
        <translation>түзету тек қазақша жазылған: жобаға енетін орысша редакциясын беріңіз.</translation>
    </message>
    <message>
        <source>the amendment is worded in Russian only: give the Kazakh wording that goes into the draft.</source>
        <translation>түзету тек орысша жазылған: жобаға енетін қазақша редакциясын беріңіз.</translation>
    </message>
    <message>
        <source>the amendment names a document headquarters does not hold: nothing was saved.</source>
        <translation>түзету орталық аппаратта жоқ құжатты атайды: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>the amendment&apos;s wording has {count} characters, more than a paragraph may ({most}): shorten it.</source>
        <translation>түзету редакциясында {count} таңба бар, абзацқа рұқсат етілгеннен ({most}) көп: қысқартыңыз.</translation>
    </message>
    <message>
        <source>the answer template is empty: write its text in at least one language.</source>
        <translation>жауап үлгісі бос: оның мәтінін кемінде бір тілде жазыңыз.</translation>
    </message>
    <message>
        <source>the backup was taken, but the second place for its copy, {folder}, is not there: plug in the USB stick and back up again, or choose another place.</source>
        <translation>сақтық көшірме жасалды, бірақ оның көшірмесіне арналған екінші орын, {folder}, жоқ: USB флешканы қосып, көшірмені қайта жасаңыз немесе басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>the backup {what} did not pass its check ({detail}), and nothing was kept: check the drive and free space, then back up again.</source>
        <translation>{what} сақтық көшірмесі тексеруден өтпеді ({detail}) және сақталмады: дискіні және бос орынды тексеріп, көшірмені қайта жасаңыз.</translation>
    </message>
    <message>
        <source>the bundle changes records that belong to another device: refused.</source>
        <translation>пакет басқа құрылғыға тиесілі жазбаларды өзгертеді: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle comes from a newer khdesk: update headquarters, then import it again.</source>
        <translation>пакет khdesk-тің жаңарақ нұсқасынан келген: орталық аппараттағы khdesk-ті жаңартып, пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which headquarters revoked: it is not imported; if that laptop is in use again, reinstall khdesk on it and enrol its new card.</source>
        <translation>пакет {device} құрылғысынан келген, орталық аппарат бұл құрылғының күшін жойған: пакет импортталмайды; ол ноутбук қайта пайдаланылатын болса, оған khdesk-ті қайта орнатып, жаңа картасын тіркеңіз.</translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which is not enrolled here: enrol its card (Sync → Enrol a device card…), then import the bundle again.</source>
        <translation>пакет {device} құрылғысынан келген, ол мұнда тіркелмеген: оның картасын тіркеңіз (Синхрондау → Құрылғы картасын тіркеу…), содан кейін пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>the bundle has no signed manifest: refused.</source>
        <translation>пакетте қол қойылған манифест жоқ: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds a link: refused.</source>
        <translation>пакетте символдық сілтеме бар: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds a table khdesk does not know: refused.</source>
        <translation>пакетте khdesk білмейтін кесте бар: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds an entry khdesk does not write ({name}): refused.</source>
        <translation>пакетте khdesk жазбайтын файл бар ({name}): пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds more than {limit:,} entries: refused.</source>
        <translation>пакетте {limit:,} файлдан көп файл бар: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds other records than its manifest counts: it was altered or written wrongly; ask the region to send a new bundle.</source>
        <translation>пакеттегі жазбалар манифестте есептелгенге сәйкес келмейді: пакет өзгертілген немесе қате жазылған; өңірден жаңа пакет жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle holds the same entry twice: refused.</source>
        <translation>пакетте бір файл екі рет кездеседі: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle holds {table} records, which only headquarters writes: refused.</source>
        <translation>пакетте {table} жазбалары бар, оларды тек орталық аппарат жазады: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle says it comes from region {claimed}, but its device is enrolled for region {region}: refused.</source>
        <translation>пакетте {claimed} өңірінен келгені көрсетілген, бірақ оның құрылғысы {region} өңірі үшін тіркелген: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle unpacks far larger than it is: refused.</source>
        <translation>пакет ашылғанда өз көлемінен әлдеқайда үлкен болады: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a line of {table} is not a record; ask the region to send a new bundle.</source>
        <translation>пакет қабылданбады, одан ештеңе импортталмады: {table} кестесінің бір жолы жазба емес; өңірден жаңа пакет жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a {table} record is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation>пакет қабылданбады, одан ештеңе импортталмады: {table} кестесінің бір жазбасы жарамсыз ({problem}); өңірден жаңа пакет жіберуді сұраңыз, бұл қайталанса, өңір алдымен khdesk-ті жаңартсын.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: it holds a {table} record twice; ask the region to send a new bundle.</source>
        <translation>пакет қабылданбады, одан ештеңе импортталмады: онда {table} кестесінің бір жазбасы екі рет кездеседі; өңірден жаңа пакет жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: its {table} records break a rule of the database ({rule}); ask the region to send a new bundle.</source>
        <translation>пакет қабылданбады, одан ештеңе импортталмады: оның {table} жазбалары дерекқор ережесін бұзады ({rule}); өңірден жаңа пакет жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: {table} {id} is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation>пакет қабылданбады, одан ештеңе импортталмады: {table} кестесіндегі {id} жазбасы жарамсыз ({problem}); өңірден жаңа пакет жіберуді сұраңыз, бұл қайталанса, өңір алдымен khdesk-ті жаңартсын.</translation>
    </message>
    <message>
        <source>the bundle was written by another khdesk version: update khdesk at both ends.</source>
        <translation>пакетті khdesk-тің басқа нұсқасы жазған: khdesk-ті екі жақта да жаңартыңыз.</translation>
    </message>
    <message>
        <source>the bundle&apos;s contents do not match its manifest: ask the sender to export it again.</source>
        <translation>пакеттің мазмұны манифестіне сәйкес келмейді: жіберушіден пакетті қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle&apos;s entry tables/{table}.jsonl is not JSON lines: refused; ask the region to send a new bundle.</source>
        <translation>пакеттегі tables/{table}.jsonl файлы JSON Lines форматында емес: пакет қабылданбады; өңірден жаңа пакет жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle&apos;s entry {name} was altered: ask the sender to export it again.</source>
        <translation>пакеттегі {name} файлы өзгертілген: жіберушіден пакетті қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is damaged: ask the sender to export it again.</source>
        <translation>пакеттің манифесті бүлінген: жіберушіден пакетті қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its sender&apos;s key: it was altered or forged; ask the sender to export it again.</source>
        <translation>пакеттің қолтаңбасы жіберушінің кілтіне сәйкес келмейді: пакет өзгертілген немесе жалған; жіберушіден пакетті қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the database path {path} is a folder: point --db at a file.</source>
        <translation>{path} дерекқор жолы қалтаны көрсетеді: --db параметрінде файлды көрсетіңіз.</translation>
    </message>
    <message>
        <source>the database {path} is damaged (SQLite&apos;s integrity check found {count} problems): khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation>{path} дерекқоры бүлінген (SQLite тұтастық тексеруі {count} ақау тапты): khdesk оны өзгертпеді; оны backups/ қалтасынан қалпына келтіріңіз немесе жаңа дерекқормен бастау үшін оны басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>the database {path} is damaged and khdesk could not move it aside ({reason}): move it out of the data folder yourself, then run &apos;khdesk restore&apos; with a backup.</source>
        <translation>{path} дерекқоры бүлінген, khdesk оны бөлек қоя алмады ({reason}): оны деректер қалтасынан өзіңіз шығарып, сақтық көшірмемен «khdesk restore» орындаңыз.</translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it and found no good backup: the next start begins a new, empty database, so first copy a backup of yours into place with &apos;khdesk restore FILE&apos;.</source>
        <translation>{path} дерекқоры бүлінген; khdesk оны өзгертпей {aside} орнына көшірді және жарамды сақтық көшірме таппады: келесі іске қосуда жаңа, бос дерекқор басталады, сондықтан алдымен өз көшірмеңізді «khdesk restore ФАЙЛ» командасымен орнына қойыңыз.</translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it: restore the latest good backup, of {taken} (meetings: {meetings}, persons: {persons}, proposals: {proposals}), with &apos;khdesk restore &quot;{backup}&quot;&apos;.</source>
        <translation>{path} дерекқоры бүлінген; khdesk оны өзгертпей {aside} орнына көшірді: {taken} жасалған соңғы жарамды сақтық көшірмені (отырыстар: {meetings}, адамдар: {persons}, ұсыныстар: {proposals}) «khdesk restore {backup}» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>the database {path} is open in another khdesk or program: close it, then restore again.</source>
        <translation>{path} дерекқоры басқа khdesk-те немесе бағдарламада ашық: оны жабып, қайта қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>the database {where} cannot be opened: check that its folder exists and may be written.</source>
        <translation>{where} дерекқорын ашу мүмкін емес: оның қалтасы бар екенін және оған жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <source>the database {where} cannot be read ({detail}): restore it from backups/ or move it aside to start a new one.</source>
        <translation>{where} дерекқорын оқу мүмкін емес ({detail}): оны backups/ қалтасынан қалпына келтіріңіз немесе жаңа дерекқормен бастау үшін оны басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>the database {where} cannot grow because the disk is full: free some space and try again.</source>
        <translation>диск толып қалғандықтан, {where} дерекқоры ұлғая алмайды: орын босатып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>the database {where} is busy in another khdesk or program: close it and try again.</source>
        <translation>{where} дерекқоры басқа khdesk-те немесе басқа бағдарламада ашық тұр: оны жауып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>the database {where} is damaged: khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation>{where} дерекқоры бүлінген: khdesk оны өзгертпеді; оны backups/ қалтасынан қалпына келтіріңіз немесе жаңа дерекқормен бастау үшін оны басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>the database {where} is read-only: give khdesk write permission or copy it somewhere writable.</source>
        <translation>{where} дерекқоры тек оқуға арналған: khdesk-ке жазу құқығын беріңіз немесе дерекқорды жазуға болатын жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>the database {where} may not be written: give khdesk write permission or copy it somewhere writable.</source>
        <translation>{where} дерекқорына жазуға рұқсат жоқ: khdesk-ке жазу құқығын беріңіз немесе дерекқорды жазуға болатын жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>the database {where} needs PostgreSQL&apos;s pg_trgm extension for its searches and khdesk could not create it ({detail}): ask the server&apos;s administrator to install postgresql-contrib and run CREATE EXTENSION pg_trgm in this database, then try again.</source>
        <translation>{where} дерекқорына іздеу үшін PostgreSQL-дің pg_trgm кеңейтімі қажет, бірақ khdesk оны жасай алмады ({detail}): сервер әкімшісінен postgresql-contrib орнатып, осы дерекқорда CREATE EXTENSION pg_trgm орындауын сұраңыз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>the decision was undone ({what})</source>
        <translation>шешім кері қайтарылды ({what})</translation>
    </message>
    <message>
        <source>the disk that holds {folder} is full, so {file} was not written: free some space or choose another drive.</source>
        <translation>{folder} орналасқан диск толып қалды, сондықтан {file} жазылмады: орын босатыңыз немесе басқа дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>the document has no text: give at least one paragraph.</source>
        <translation>құжатта мәтін жоқ: кемінде бір абзац беріңіз.</translation>
    </message>
    <message>
        <source>the document has {count} paragraphs, more than {most}.</source>
        <translation>құжатта {count} абзац бар, бұл {most}-дан көп.</translation>
    </message>
    <message>
        <source>the draft has changes not in version {number}: publish them first, so that the plenary votes on the text it reads.</source>
        <translation>жобада {number}-нұсқада жоқ өзгерістер бар: пленарлық отырыс оқыған мәтінге дауыс беруі үшін алдымен оларды жариялаңыз.</translation>
    </message>
    <message>
        <source>the draft has no paragraph {number}: it has {count}.</source>
        <translation>жобада {number} абзац жоқ: онда {count} абзац бар.</translation>
    </message>
    <message>
        <source>the drive that holds the database {where} failed to read or write (an input/output error): check the drive, and copy the database elsewhere if it happens again.</source>
        <translation>{where} дерекқоры орналасқан диск оқу немесе жазу кезінде қате берді (енгізу-шығару қатесі): дискіні тексеріңіз, ал бұл қайталанса, дерекқорды басқа жерге көшіріңіз.</translation>
    </message>
    <message>
        <source>the drive that holds {folder} failed to read or write (an input/output error): check the drive, or choose another one.</source>
        <translation>{folder} орналасқан диск оқу немесе жазу кезінде қате берді (енгізу-шығару қатесі): дискіні тексеріңіз немесе басқа дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>the e-mail has the Cyrillic letter «{letter}» at position {position}: type it in Latin letters.</source>
        <translation>эл. пошта мекенжайының {position}-орнында кирилл әрпі «{letter}» тұр: оны латын әрпімен теріңіз.</translation>
    </message>
    <message>
        <source>the e-mail has the Cyrillic letter «{letter}» in «{part}»: type it in Latin letters.</source>
        <translation>эл. пошта мекенжайының «{part}» бөлігінде кирилл әрпі «{letter}» бар: оны латын әрпімен теріңіз.</translation>
    </message>
    <message>
        <source>the e-mail has the Latin letter «{letter}» in «{part}», whose other letters are Cyrillic: type it in Cyrillic letters.</source>
        <translation>эл. пошта мекенжайының «{part}» бөлігінде латын әрпі «{letter}» бар, ал бұл бөліктің қалған әріптері кирилл әріптері: оны кирилл әрпімен теріңіз.</translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» at position {position}, of another alphabet than the rest of the address: retype it.</source>
        <translation>эл. пошта мекенжайының {position}-орнындағы «{letter}» әрпі мекенжайдың қалған бөлігінен басқа әліпбиге жатады: оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» in «{part}»: an address is typed in plain Latin letters, a to z.</source>
        <translation>эл. пошта мекенжайының «{part}» бөлігінде «{letter}» әрпі бар: мекенжай тек a-дан z-ке дейінгі қарапайым латын әріптерімен теріледі.</translation>
    </message>
    <message>
        <source>the folder of the database {path} does not exist: create it or choose another --db.</source>
        <translation>{path} дерекқорының қалтасы жоқ: қалтаны жасаңыз немесе --db параметрінде басқа жолды көрсетіңіз.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: choose another folder.</source>
        <translation>{folder} қалтасы жоқ: басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing of the file was written.</source>
        <translation>импорттау тоқтатылды: файлдан ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>the join is on {day}, not on the meeting&apos;s date {meeting_day}: check that the report is this meeting&apos;s.</source>
        <translation>қосылу күні — {day}, ал отырыс күні — {meeting_day}: есептің осы отырысқа қатысты екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>the key file holds another headquarters&apos; keys, not this database&apos;s: export it on a workstation of this database with &apos;khdesk hq keys export&apos;.</source>
        <translation>кілт файлында осы дерекқордың емес, басқа орталық аппараттың кілттері бар: оны осы дерекқордың жұмыс орнында «khdesk hq keys export» арқылы экспорттаңыз.</translation>
    </message>
    <message>
        <source>the leave time is earlier than the join time: correct one of them.</source>
        <translation>шыққан уақыты кірген уақытынан ерте: біреуін түзетіңіз.</translation>
    </message>
    <message>
        <source>the leave time is on {day}, more than a day after the meeting&apos;s date {meeting_day}: correct it.</source>
        <translation>шыққан күні — {day}, бұл отырыс күнінен ({meeting_day}) бір тәуліктен астам кейін: оны түзетіңіз.</translation>
    </message>
    <message>
        <source>the meeting cannot be closed yet: add {missing} to the protocol first.</source>
        <translation>отырысты әлі жабуға болмайды: алдымен хаттамаға жетіспейтінін енгізіңіз ({missing}).</translation>
    </message>
    <message>
        <source>the meeting cannot be closed yet: the protocol needs {problems}.</source>
        <translation>отырысты әлі жабуға болмайды, хаттамада мыналар жетіспейді: {problems}.</translation>
    </message>
    <message>
        <source>the migration left broken references and was rolled back: report this with the backup in backups/.</source>
        <translation>дерекқорды жаңарту (миграция) сілтемелерді бұзды, сондықтан ол кері қайтарылды: бұл туралы backups/ қалтасындағы сақтық көшірмені қоса отырып хабарлаңыз.</translation>
    </message>
    <message>
        <source>the name is {length:,} characters long; at most {limit}.</source>
        <translation>аты {length:,} таңбадан тұрады; ең көбі {limit} таңба болуы керек.</translation>
    </message>
    <message>
        <source>the name {name}… is too long for this drive: choose a shorter name.</source>
        <translation>{name}… атауы бұл диск үшін тым ұзын: қысқарақ атау таңдаңыз.</translation>
    </message>
    <message>
        <source>the pair of persons {id} was taken out of the merge review: refresh the list.</source>
        <translation>{id} адамдар жұбы қараудан алынып тасталды: тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>the paragraph this amendment changes was removed from the draft: decline the amendment or merge it with another.</source>
        <translation>бұл түзету өзгертетін абзац жобадан алынып тасталды: түзетуді қабылдамаңыз немесе басқасымен біріктіріңіз.</translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key beside the copy: type the passphrase chosen for the second place of the backups.</source>
        <translation>құпия фраза көшірменің жанындағы қол қою кілтін ашпайды: сақтық көшірмелердің екінші орнына таңдалған құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <source>the passphrase does not open this key file: type the passphrase chosen when it was exported.</source>
        <translation>бұл құпия фраза кілт файлын ашпайды: файл экспортталғанда таңдалған құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <source>the passphrase does not open {file}: type the passphrase chosen for the second place of the backups.</source>
        <translation>құпия фраза {file} файлын ашпайды: сақтық көшірмелердің екінші орнына таңдалған фразаны теріңіз.</translation>
    </message>
    <message>
        <source>the passphrase is too short: choose one of at least {least} characters (a few words).</source>
        <translation>құпия фраза тым қысқа: кемінде {least} таңбадан тұратын фраза таңдаңыз (бірнеше сөз).</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}): swap the two dates.</source>
        <translation>кезеңнің аяқталу күні ({end}) басталу күнінен ({start}) ерте: екі күннің орнын ауыстырыңыз.</translation>
    </message>
    <message>
        <source>the prospectus draft is written at headquarters, from its review of the proposals: this region&apos;s installation reviews none.</source>
        <translation>проспект жобасын орталық аппарат ұсыныстарды қарау нәтижесі бойынша жасайды: өңірдегі бұл khdesk ұсыныстарды қарамайды.</translation>
    </message>
    <message>
        <source>the recovery key is no longer in {folder}: it was moved or removed from this laptop; use the copy kept offline.</source>
        <translation>қалпына келтіру кілті енді {folder} қалтасында жоқ: ол бұл ноутбуктен басқа жерге жылжытылған немесе жойылған; компьютерден бөлек сақталған көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
        <source>the reference bundle changes a published version of a document: refused; ask headquarters for a new one.</source>
        <translation>анықтамалық пакет құжаттың жарияланған нұсқасын өзгертеді: қабылданбады; орталық аппараттан жаңасын сұраңыз.</translation>
    </message>
    <message>
        <source>the reference bundle files a section under a direction it does not have: refused.</source>
        <translation>анықтамалық пакет бөлімді онда жоқ бағытқа жатқызады: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle reviews a proposal twice: refused.</source>
        <translation>анықтамалық пакетте бір ұсыныстың қарау нәтижесі екі рет берілген: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of documents is damaged: refused; ask headquarters for a new one.</source>
        <translation>анықтамалық пакеттегі құжаттар тізімі бүлінген: қабылданбады; орталық аппараттан жаңасын сұраңыз.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of erased persons is damaged: refused.</source>
        <translation>анықтамалық пакеттегі өшірілген адамдар тізімі бүлінген: қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of reviews is damaged: refused.</source>
        <translation>анықтамалық пакеттегі қарау нәтижелерінің тізімі бүлінген: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s manifest is damaged: ask headquarters for a new one.</source>
        <translation>анықтамалық пакеттің манифесті бүлінген: орталық аппараттан жаңа пакет сұраңыз.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation>анықтамалық пакеттегі {number}-қарау нәтижесі жарамсыз ({problem}): пакет қабылданбады; орталық аппараттан жаңа пакет сұраңыз.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is not one khdesk knows: refused.</source>
        <translation>анықтамалық пакеттегі {number}-қарау нәтижесі khdesk-ке белгісіз: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} list is damaged: refused.</source>
        <translation>анықтамалық пакеттегі {table} тізімі бүлінген: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation>анықтамалық пакеттегі {table} тізімінің {number}-жолы жарамсыз ({problem}): пакет қабылданбады; орталық аппараттан жаңа пакет сұраңыз.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is not one khdesk knows: refused.</source>
        <translation>анықтамалық пакеттегі {table} тізімінің {number}-жолы khdesk-ке белгісіз: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the retention must be from 1 to {most} months, or none.</source>
        <translation>сақтау мерзімі 1-ден {most} айға дейін болуы керек, не мүлде болмауы керек.</translation>
    </message>
    <message>
        <source>the review action was undone ({what})</source>
        <translation>қарау әрекеті кері қайтарылды ({what})</translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation>эл. поштасы {line}-жолдағымен («{name}») бірдей, бірақ аты-жөні басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation>эл. поштасы базадағы «{name}» деген адамның эл. поштасымен бірдей, бірақ аты-жөні басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation>{line}-жолдағы адаммен бірдей, ал ол жол бойынша шешім әлі қабылданбаған.</translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation>телефоны {line}-жолдағымен («{name}») бірдей, бірақ аты-жөні басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation>телефоны базадағы «{name}» деген адамның телефонымен бірдей, бірақ аты-жөні басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the signing key beside the copy does not belong to the restored database: enrol this laptop again (Sync → This laptop&apos;s card…).</source>
        <translation>көшірменің жанындағы қол қою кілті қалпына келтірілген дерекқорға тиесілі емес: осы ноутбукты қайта тіркеңіз (Синхрондау → Осы ноутбуктің картасы…).</translation>
    </message>
    <message>
        <source>the two passphrases differ: type the same passphrase twice.</source>
        <translation>екі құпия фраза сәйкес келмейді: бір фразаны екі рет теріңіз.</translation>
    </message>
    <message>
        <source>the {cell} cell is {length:,} characters long.</source>
        <translation>«{cell}» ұяшығы тым ұзын: {length:,} таңба.</translation>
    </message>
    <message>
        <source>the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>«{field}» ұяшығы {length:,} таңбадан тұрады: оны {limit:,} таңбаға дейін қысқартыңыз.</translation>
    </message>
    <message>
        <source>there is no backup file {file}: give the path of a file from &apos;khdesk backup --list&apos; or the backups folder.</source>
        <translation>{file} сақтық көшірме файлы жоқ: «khdesk backup --list» тізіміндегі немесе сақтық көшірмелер қалтасындағы файлдың жолын көрсетіңіз.</translation>
    </message>
    <message>
        <source>there is no direction &apos;{code}&apos;: pick one of the list.</source>
        <translation>«{code}» бағыты жоқ: тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>there is no file {path}: check the name and the folder.</source>
        <translation>{path} файлы жоқ: атауы мен қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <source>there is no region with the KATO code &apos;{code}&apos;: pick one of the list.</source>
        <translation>КАТО коды «{code}» болатын өңір жоқ: тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>there is no section &apos;{code}&apos;: pick one of the list.</source>
        <translation>«{code}» бөлімі жоқ: тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>there is nothing new to send: headquarters has acknowledged every change of this installation.</source>
        <translation>жіберетін жаңа ештеңе жоқ: орталық аппарат осы khdesk-тегі барлық өзгерісті алғанын растады.</translation>
    </message>
    <message>
        <source>this amendment is already in the draft: edit the draft&apos;s paragraph instead (&apos;khdesk documents paragraph&apos;).</source>
        <translation>бұл түзету жобаға енгізіліп қойған: оның орнына жобаның абзацын өңдеңіз («khdesk documents paragraph»).</translation>
    </message>
    <message>
        <source>this attendance was changed after that step (by an import or in another window): nothing was taken back; correct it in the list of participants instead.</source>
        <translation>бұл қатысу туралы жазба сол қадамнан кейін өзгертілген (импорт арқылы немесе басқа терезеде): ештеңе кері қайтарылмады; оның орнына жазбаны қатысушылар тізімінде түзетіңіз.</translation>
    </message>
    <message>
        <source>this change went out in reference bundle version {version}: the regions have it, so change it again instead of undoing it.</source>
        <translation>бұл өзгеріс анықтамалық пакеттің {version} нұсқасымен жіберілген: ол өңірлерде бар, сондықтан оны кері қайтарудың орнына қайта өзгертіңіз.</translation>
    </message>
    <message>
        <source>this changes records of {count} closed meetings: give a reason; it is recorded as an amendment of each.</source>
        <translation>бұл {count} жабылған отырыстың жазбаларын өзгертеді: себебін көрсетіңіз; ол әр отырысқа түзету ретінде жазылады.</translation>
    </message>
    <message>
        <source>this data folder already holds an installation&apos;s keys ({folder}): join from a new data folder (--data-dir).</source>
        <translation>бұл деректер қалтасында орнатылымның кілттері бар ({folder}): жаңа деректер қалтасынан қосылыңыз (--data-dir).</translation>
    </message>
    <message>
        <source>this database already holds {count} meetings; demo data goes into an empty one: use --data-dir with a new folder.</source>
        <translation>бұл дерекқорда {count} отырыс бар; демо деректер тек бос дерекқорға жүктеледі: --data-dir параметрімен жаңа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>this database is not headquarters&apos; (no headquarters installation set it up): give the URL of the database the first headquarters workstation uses.</source>
        <translation>бұл дерекқор орталық аппараттікі емес (оны ешбір орталық аппарат орнатылымы баптамаған): орталық аппараттың бірінші жұмыс орны пайдаланатын дерекқордың URL мекенжайын беріңіз.</translation>
    </message>
    <message>
        <source>this database was written by a newer khdesk (schema {current}; this one knows up to {known}): install the newer khdesk to open it.</source>
        <translation>бұл дерекқорды khdesk-тің жаңарақ нұсқасы жазған (схемасы {current}; бұл нұсқа {known} схемасына дейін ғана біледі): дерекқорды ашу үшін khdesk-тің жаңарақ нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>this document was adopted on {day}: its text is frozen; a change is a new document (&apos;khdesk documents new&apos;).</source>
        <translation>бұл құжат {day} қабылданды: мәтіні өзгермейді; өзгеріс — жаңа құжат («khdesk documents new»).</translation>
    </message>
    <message>
        <source>this file is not a khdesk key file: export it again with &apos;khdesk hq keys export&apos;.</source>
        <translation>бұл файл khdesk кілт файлы емес: оны «khdesk hq keys export» арқылы қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first (&apos;khdesk reference import FILE&apos;).</source>
        <translation>бұл khdesk-те орталық аппараттың кілті әлі жоқ: алдымен орталық аппараттан келген анықтамалық пакетті импорттаңыз («khdesk reference import FILE»).</translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init --role facilitator --region KATO&apos; or &apos;khdesk init --role hq&apos; first.</source>
        <translation>бұл khdesk-тің сәйкестендіру деректері әлі жоқ: алдымен «khdesk init --role facilitator --region KATO» немесе «khdesk init --role hq» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init&apos; first.</source>
        <translation>бұл khdesk-тің сәйкестендіру деректері әлі жоқ: алдымен «khdesk init» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>this installation has no keys yet: initialise it with &apos;khdesk init&apos; (or &apos;khdesk init --force&apos; for one made before keys existed).</source>
        <translation>бұл khdesk-те әлі кілттер жоқ: оны «khdesk init» командасымен баптаңыз (кілттер енгізілгенге дейін баптанған болса — «khdesk init --force» командасымен).</translation>
    </message>
    <message>
        <source>this installation has no keys: run &apos;khdesk init&apos; first.</source>
        <translation>бұл khdesk-те кілттер жоқ: алдымен «khdesk init» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>this installation is already initialised as {role} (device {device}): add --force to replace its identity.</source>
        <translation>бұл khdesk бұрыннан {role} ретінде баптанған ({device} құрылғысы): сәйкестендіру деректерін ауыстыру үшін --force параметрін қосыңыз.</translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of region {other} is recorded on that region&apos;s installation.</source>
        <translation>бұл khdesk {own} өңірінің отырыстарын жазады; {other} өңірінің отырысы сол өңірдің khdesk-інде жазылады.</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key {path} is missing or damaged: restore the data folder from its backup, or initialise again with &apos;khdesk init --force&apos;.</source>
        <translation>бұл khdesk-тің {path} қол қою кілті жоқ немесе бүлінген: деректер қалтасын сақтық көшірмеден қалпына келтіріңіз немесе «khdesk init --force» командасымен қайта баптаңыз.</translation>
    </message>
    <message>
        <source>this is done at headquarters, not here.</source>
        <translation>бұл әрекет мұнда емес, орталық аппаратта орындалады.</translation>
    </message>
    <message>
        <source>this is done on a region&apos;s installation, not here.</source>
        <translation>бұл әрекет мұнда емес, өңірдегі khdesk-те орындалады.</translation>
    </message>
    <message>
        <source>this is not a reference bundle: import it at headquarters.</source>
        <translation>бұл анықтамалық пакет емес: оны орталық аппаратта импорттаңыз.</translation>
    </message>
    <message>
        <source>this is not a region&apos;s bundle of changes: refused.</source>
        <translation>бұл өңірдің өзгерістер пакеті емес: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>this is the draft&apos;s only paragraph: a document keeps at least one.</source>
        <translation>бұл жобаның жалғыз абзацы: құжатта кемінде бір абзац қалады.</translation>
    </message>
    <message>
        <source>this laptop&apos;s code {code} in meeting numbers is already that of device {device} of the same region: set the laptop up again (khdesk init --force) so that it gets a new key and code, then send its new card.</source>
        <translation>бұл ноутбуктің отырыс нөмірлеріндегі {code} коды осы өңірдің {device} құрылғысында бар: ноутбукті қайта баптаңыз (khdesk init --force), сонда оның жаңа кілті мен коды болады, содан кейін жаңа карточкасын жіберіңіз.</translation>
    </message>
    <message>
        <source>this meeting is already closed.</source>
        <translation>бұл отырыс бұрыннан жабылған.</translation>
    </message>
    <message>
        <source>this meeting is closed and read-only: record the correction as an amendment with a reason.</source>
        <translation>бұл отырыс жабылған, оны тек қарауға болады: өзгерісті себебін көрсетіп, түзету ретінде енгізіңіз.</translation>
    </message>
    <message>
        <source>this meeting is closed: a document&apos;s amendments are recorded while the meeting is open.</source>
        <translation>бұл отырыс жабылған: құжатқа түзетулер отырыс ашық кезде жазылады.</translation>
    </message>
    <message>
        <source>this pair has no decision to undo: it is not decided.</source>
        <translation>бұл жұп бойынша кері қайтаратын шешім жоқ: шешім әлі қабылданбаған.</translation>
    </message>
    <message>
        <source>this pair is already decided as «{decision}»: nothing to change.</source>
        <translation>бұл жұп бойынша «{decision}» шешімі бұрыннан қабылданған: өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>this pair was decided again since: decide it anew instead of undoing.</source>
        <translation>бұл жұп бойынша содан бері жаңа шешім қабылданған: кері қайтарудың орнына шешімді қайта қабылдаңыз.</translation>
    </message>
    <message>
        <source>this paragraph was removed from the draft meanwhile: nothing was saved.</source>
        <translation>осы аралықта бұл абзац жобадан алынып тасталды: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>this person cannot be removed: they are named in {proposals} proposals, {speeches} speeches and {questions} questions or agenda items; merge them into the right person instead.</source>
        <translation>бұл адамды жоюға болмайды: ол {proposals} ұсыныста, {speeches} сөйлеген сөзде және {questions} сұрақта немесе күн тәртібінің мәселесінде көрсетілген; оның орнына оны тиісті адамға біріктіріңіз.</translation>
    </message>
    <message>
        <source>this person gave no consent and left no contacts: there is nothing to withdraw.</source>
        <translation>бұл адам келісім бермеген, байланыстарын да қалдырмаған: қайтарып алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>this person is erased already.</source>
        <translation>бұл адам бұрын өшірілген.</translation>
    </message>
    <message>
        <source>this person is erased already: nothing of them is left to withdraw.</source>
        <translation>бұл адам бұрын өшірілген: қайтарып алатын ештеңе қалмады.</translation>
    </message>
    <message>
        <source>this person was erased at their request: their details are not entered again; if they come back, register them as a new person.</source>
        <translation>бұл адам туралы мәліметтер оның сұрауы бойынша өшірілген: олар қайта енгізілмейді; адам қайта келсе, оны жаңа адам ретінде тіркеңіз.</translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation>бұл адамның келгені белгіленбеген: алдымен оның келгенін белгілеңіз.</translation>
    </message>
    <message>
        <source>this person, or a record that names them, was written on another device, and only that device can change them: correct them there (headquarters merges persons seen in several regions itself).</source>
        <translation>бұл адам немесе ол көрсетілген жазба басқа құрылғыда жасалған және оларды тек сол құрылғы өзгерте алады: сол жерде түзетіңіз (бірнеше өңірде кездесетін адамдарды орталық аппарат өзі біріктіреді).</translation>
    </message>
    <message>
        <source>this record was changed by someone else while you were working on it: nothing was saved; look at it again and redo the change.</source>
        <translation>сіз жұмыс істеп жатқанда бұл жазбаны басқа біреу өзгертті: ештеңе сақталмады; оны қайта қарап, өзгерісті қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>this record was written on another device and only that device may change it; record headquarters&apos; view as a review instead.</source>
        <translation>бұл жазба басқа құрылғыда жасалған және оны тек сол құрылғы өзгерте алады; орталық аппараттың пікірін қарау нәтижесі ретінде жазыңыз.</translation>
    </message>
    <message>
        <source>this reference bundle (version {version}) is older than the one in use ({current}): import the newest one.</source>
        <translation>бұл анықтамалық пакет ({version} нұсқасы) қолданыстағы нұсқадан ({current}) ескі: ең соңғысын импорттаңыз.</translation>
    </message>
    <message>
        <source>this reference bundle was signed by another headquarters: it is refused.</source>
        <translation>бұл анықтамалық пакетке басқа орталық аппарат қол қойған: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>this workstation&apos;s file {path} cannot be read: join again with &apos;khdesk init --role hq --join URL --keys FILE&apos; from a new data folder.</source>
        <translation>бұл жұмыс орнының {path} файлын оқу мүмкін емес: жаңа деректер қалтасынан «khdesk init --role hq --join URL --keys FILE» арқылы қайта қосылыңыз.</translation>
    </message>
    <message>
        <source>those present, as decision {decision} of item {item} adopts «{document}» and nobody is marked present; check in those who attended</source>
        <translation>қатысып отырғандар, өйткені {item}-мәселенің {decision}-шешімі «{document}» құжатын қабылдайды, ал ешкімнің келгені белгіленбеген; қатысқандардың келгенін белгілеңіз</translation>
    </message>
    <message>
        <source>undoing would merge {proposal} into a loop of merges: change it by hand.</source>
        <translation>әрекетті кері қайтарғанда, {proposal} біріктірулердің тұйық тізбегіне түседі: оны қолмен өзгертіңіз.</translation>
    </message>
    <message>
        <source>unknown attendance mode &apos;{mode}&apos;: use in-person or online.</source>
        <translation>«{mode}» қатысу түрі белгісіз: in-person немесе online мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown consent method &apos;{value}&apos;: use paper, verbal or electronic.</source>
        <translation>«{value}» келісім беру тәсілі белгісіз: paper, verbal немесе electronic мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown decision &apos;{value}&apos;: use same, different or later.</source>
        <translation>«{value}» шешімі белгісіз: same, different немесе later мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{code}&apos;: use D1 to D6.</source>
        <translation>«{code}» бағыты белгісіз: D1–D6 кодтарының бірін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{direction}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation>«{direction}» бағыты белгісіз: D1–D6 кодын немесе бағыттың атауын жазыңыз.</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;: write proposal or comment (предложение / замечание, ұсыныс / ескерту).</source>
        <translation>«{kind}» түрі белгісіз: «ұсыныс» немесе «ескерту» деп жазыңыз (предложение / замечание, proposal / comment).</translation>
    </message>
    <message>
        <source>unknown kind &apos;{value}&apos;: use proposal or comment.</source>
        <translation>«{value}» түрі белгісіз: proposal немесе comment мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown kind of proposal &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>ұсыныстың белгісіз түрі «{kind}»: мыналардың бірін қолданыңыз: {kinds}.</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru or en.</source>
        <translation>«{language}» тілі белгісіз: kk, ru немесе en кодын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru, en or kk+ru.</source>
        <translation>«{language}» тілі белгісіз: kk, ru, en немесе kk+ru кодын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown meeting format &apos;{value}&apos;: use in-person, online or hybrid.</source>
        <translation>«{value}» отырыс форматы белгісіз: in-person, online немесе hybrid мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown meeting kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>«{kind}» отырыс түрі белгісіз: {kinds} мәндерінің бірін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown meeting kind &apos;{value}&apos;: use round-table, online or plenary.</source>
        <translation>«{value}» отырыс түрі белгісіз: round-table, online немесе plenary мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{code}&apos;: use a code such as D2.3.</source>
        <translation>«{code}» проспект бөлімі белгісіз: D2.3 сияқты кодты пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{section}&apos;: write a code such as D2.3.</source>
        <translation>«{section}» проспект бөлімі белгісіз: D2.3 сияқты кодты жазыңыз.</translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code ({codes}).</source>
        <translation>«{code}» өңір коды белгісіз: екі таңбалы КАТО кодын пайдаланыңыз ({codes}).</translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code.</source>
        <translation>«{code}» өңір коды белгісіз: екі таңбалы КАТО кодын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown review status &apos;{status}&apos;: use one of {statuses}.</source>
        <translation>«{status}» қарау мәртебесі белгісіз: {statuses} мәндерінің бірін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown review status &apos;{value}&apos;: use one of {names}.</source>
        <translation>«{value}» қарау мәртебесі белгісіз: {names} мәндерінің бірін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;: use facilitator or hq.</source>
        <translation>«{role}» рөлі белгісіз: facilitator немесе hq мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown scale &apos;{scale}&apos;: use seed or national.</source>
        <translation>«{scale}» ауқымы белгісіз: seed немесе national мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown sector &apos;{code}&apos;: use one of {codes}.</source>
        <translation>«{code}» секторы белгісіз: мына кодтардың бірін пайдаланыңыз: {codes}.</translation>
    </message>
    <message>
        <source>unknown sector &apos;{sector}&apos;: write a sector&apos;s code or name from the list, or map it to one.</source>
        <translation>«{sector}» секторы белгісіз: тізімдегі сектордың кодын немесе атауын жазыңыз не оны тізімдегі секторлардың біріне сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>unknown status &apos;{value}&apos;: use open, answered or withdrawn.</source>
        <translation>«{value}» мәртебесі белгісіз: open, answered немесе withdrawn мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>version {version} has no paragraph {number}: it has {count}.</source>
        <translation>{version}-нұсқада {number}-абзац жоқ: онда {count} абзац бар.</translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл «{name}» емес, басқа адам.</translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл — «{name}», сол адам.</translation>
    </message>
    <message>
        <source>{code} is in use now (proposals or sections refer to it): retire or rename it instead of undoing its addition.</source>
        <translation>{code} қазір қолданыста (оған ұсыныстар немесе бөлімдер сілтейді): оның қосылуын кері қайтарудың орнына оны қолданыстан шығарыңыз немесе атауын өзгертіңіз.</translation>
    </message>
    <message>
        <source>{code} was changed again since: undo the later change first.</source>
        <translation>{code} содан бері тағы өзгертілген: алдымен кейінгі өзгерісті кері қайтарыңыз.</translation>
    </message>
    <message>
        <source>{count} is not a number of participants: give 0 to 100000.</source>
        <translation>{count} — қатысушылар саны бола алмайды: 0-ден 100000-ға дейінгі санды көрсетіңіз.</translation>
    </message>
    <message>
        <source>{count} known persons have this name: check this person in by hand in the meeting&apos;s participants.</source>
        <translation>базада аты-жөні осындай {count} адам бар: бұл адамның келгенін отырыстың «Қатысушылар» қойындысында қолмен белгілеңіз.</translation>
    </message>
    <message>
        <source>{count} proposals will be accepted into {section}.</source>
        <translation>{count} ұсыныс {section} бөліміне қабылданады.</translation>
    </message>
    <message>
        <source>{count} proposals will be assigned to {name}.</source>
        <translation>{count} ұсыныс жауапты қызметкерге тағайындалады: {name}.</translation>
    </message>
    <message>
        <source>{count} proposals will be merged into {target}.</source>
        <translation>{count} ұсыныс мына ұсынысқа біріктіріледі: {target}.</translation>
    </message>
    <message>
        <source>{count} proposals will become {state}.</source>
        <translation>{count} ұсыныс «{state}» мәртебесін алады.</translation>
    </message>
    <message>
        <source>{count} proposals will get the note.</source>
        <translation>{count} ұсынысқа ескертпе қосылады.</translation>
    </message>
    <message>
        <source>{count} proposals will move to {section}.</source>
        <translation>{count} ұсыныс {section} бөліміне ауыстырылады.</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-09-16.</source>
        <translation>{field} «{value}» күн ретінде танылмады: оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы, 2026-09-16.</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a time: write it as HH:MM, e.g. 10:30.</source>
        <translation>{field} «{value}» уақыт ретінде танылмады: оны СС:ММ түрінде жазыңыз, мысалы, 10:30.</translation>
    </message>
    <message>
        <source>{field} holds bytes that are not text (a wrong encoding): retype it, or save the file as UTF-8.</source>
        <translation>{field} мәтін емес байттарды қамтиды (кодтау қате): оны қайта теріңіз немесе файлды UTF-8 кодтауында сақтаңыз.</translation>
    </message>
    <message>
        <source>{field} is imported as «{name}»: the look-alike letters {letters} were replaced.</source>
        <translation>{field} «{name}» түрінде импортталады: сырттай ұқсас {letters} әріптері ауыстырылды.</translation>
    </message>
    <message>
        <source>{field} is {count}; a count cannot be negative.</source>
        <translation>{field}: {count}; сан теріс бола алмайды.</translation>
    </message>
    <message>
        <source>{field} is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>{field} {length:,} таңбадан тұрады; оны {limit:,} таңбаға дейін қысқартыңыз.</translation>
    </message>
    <message>
        <source>{field} {day} is not in the years {first}-{last}: check the year.</source>
        <translation>{field} ({day}) {first}–{last} жылдар аралығына кірмейді: жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>{file} has an unclosed quote on line {line} that runs the lines after it into one cell: correct the quotes on that line, or save the file again from a spreadsheet, and import it.</source>
        <translation>{file} файлының {line}-жолында тырнақша жабылмаған, сондықтан келесі жолдар бір ұяшыққа бірігіп кетеді: сол жолдағы тырнақшаларды түзетіңіз немесе файлды электрондық кесте бағдарламасынан қайта сақтап, импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match its key): do not enrol it; ask the facilitator for the card again.</source>
        <translation>{file} өзгертілген (бақылау коды кілтіне сәйкес келмейді): оны тіркемеңіз; фасилитатордан картаны қайта сұраңыз.</translation>
    </message>
    <message>
        <source>{file} has lost its Kazakh letters (line {line} has «?» inside a word): it was saved in a codepage without them; save the table as CSV UTF-8 or .xlsx and import that.</source>
        <translation>{file} файлында қазақ әріптері жоғалған ({line}-жолда сөз ішінде «?» тұр): файл бұл әріптер жоқ кодтық бетте сақталған; кестені CSV UTF-8 немесе .xlsx ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the file needs {expected} in its first lines, separated by commas, semicolons or tabs.</source>
        <translation>{file} файлында khdesk танитын тақырып жолы жоқ: файлдың алғашқы жолдарында үтір, нүктелі үтір немесе табуляция арқылы бөлінген {expected} болуы керек.</translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the first sheet needs {expected} in its first rows.</source>
        <translation>{file} файлында khdesk танитын тақырып жолы жоқ: бірінші парақтың алғашқы жолдарында {expected} болуы керек.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text with a damaged byte on line {line}: correct that line, or save the file again as CSV UTF-8, and import it.</source>
        <translation>{file} — UTF-8 мәтіні, бірақ оның {line}-жолында бүлінген байт бар: сол жолды түзетіңіз немесе файлды қайтадан CSV UTF-8 ретінде сақтап, импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is a card of another khdesk version: update khdesk.</source>
        <translation>{file} — khdesk-тің басқа нұсқасының картасы: khdesk-ті жаңартыңыз.</translation>
    </message>
    <message>
        <source>{file} is a damaged device card: ask for it again.</source>
        <translation>{file} — бүлінген құрылғы картасы: оны қайта сұраңыз.</translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) file: save it as .xlsx or CSV and import that.</source>
        <translation>{file} — ескі Excel (.xls) файлы: оны .xlsx немесе CSV ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is damaged: it says it is UTF-16 text but is not; save it again as CSV UTF-8 and import it.</source>
        <translation>{file} бүлінген: онда UTF-16 мәтіні деп көрсетілген, бірақ олай емес; оны қайтадан CSV UTF-8 ретінде сақтап, импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is empty: choose the file that holds the table.</source>
        <translation>{file} бос: кестесі бар файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} is encrypted: type the passphrase chosen for the second place.</source>
        <translation>{file} шифрланған: екінші орынға таңдалған құпия фразаны теріңіз.</translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line} has letters that neither Kazakh nor Russian uses): save it as CSV UTF-8 and import it again.</source>
        <translation>{file} файлының кодтауын khdesk оқи алмайды ({line}-жолда қазақ тілінде де, орыс тілінде де жоқ әріптер бар): оны CSV UTF-8 ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line}): save it as CSV UTF-8 and import it again.</source>
        <translation>{file} файлының кодтауын khdesk оқи алмайды ({line}-жол): оны CSV UTF-8 ретінде сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is larger than any khdesk bundle: refused.</source>
        <translation>{file} кез келген khdesk пакетінен үлкен: файл қабылданбады.</translation>
    </message>
    <message>
        <source>{file} is larger than the drive that holds {folder} allows (a FAT32 USB stick takes at most 4 GB in one file): choose another drive.</source>
        <translation>{file} {folder} орналасқан диск рұқсат ететін көлемнен үлкен (FAT32 жүйесіндегі USB флешкада бір файл ең көбі 4 ГБ болады): басқа дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a CSV or Excel file: save the table as .csv or .xlsx and import that.</source>
        <translation>{file} — CSV немесе Excel файлы емес: кестені .csv немесе .xlsx ретінде сақтап, соны импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a device card: ask the facilitator for the file that &apos;khdesk device card&apos; writes.</source>
        <translation>{file} — құрылғы картасы емес: фасилитатордан «khdesk device card» командасы жазатын файлды сұраңыз.</translation>
    </message>
    <message>
        <source>{file} is not a file but a device or a pipe: save the table as a file and choose that.</source>
        <translation>{file} — файл емес, құрылғы немесе бағдарламалық арна: кестені файл ретінде сақтап, соны таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a file khdesk can read as a bundle: choose the .khb or .khr file itself.</source>
        <translation>{file} — khdesk пакет ретінде оқи алатын файл емес: .khb немесе .khr файлының өзін таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8) or Excel (.xlsx) and import that file.</source>
        <translation>{file} — мәтіндік кесте емес: оны CSV (UTF-8) немесе Excel (.xlsx) ретінде сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook: open it in Excel and save it again.</source>
        <translation>{file} — жарамды Excel жұмыс кітабы емес: оны Excel-де ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook khdesk can read: open it in Excel and save it again as .xlsx, or save it as CSV.</source>
        <translation>{file} — khdesk оқи алатын Excel жұмыс кітабы емес: оны Excel-де ашып, .xlsx ретінде қайта сақтаңыз немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{file} is not an encrypted khdesk backup: choose a file khdesk copied to the second place (it ends in .db.age).</source>
        <translation>{file} — khdesk-тің шифрланған сақтық көшірмесі емес: khdesk екінші орынға көшірген файлды таңдаңыз (оның аты .db.age деп аяқталады).</translation>
    </message>
    <message>
        <source>{file} is over {limit} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation>{file} көлемі {limit} МБ-тан асады; khdesk ең көбі {limit} МБ файлдарды импорттайды: оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message>
        <source>{file} is too large to be a device card.</source>
        <translation>{file} құрылғы картасы болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>{file} is {size:.1f} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation>{file} көлемі — {size:.1f} МБ; khdesk ең көбі {limit} МБ файлдарды импорттайды: оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size:,.0f} MB; khdesk reads workbooks of at most {limit} MB unpacked: split it into smaller files or save it as CSV.</source>
        <translation>{file} ашылғанда {size:,.0f} МБ болады; khdesk ашылған күйде ең көбі {limit} МБ болатын жұмыс кітаптарын оқиды: оны кішірек файлдарға бөліңіз немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{file} writes dates day first (line {day_first}) and month first (line {month_first}): export the report from Zoom again.</source>
        <translation>{file} файлында күндер бірде күні бірінші ({day_first}-жол), бірде айы бірінші ({month_first}-жол) жазылған: есепті Zoom-нан қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{folder} is not a folder that is there: plug in the USB stick or choose another folder for the copies.</source>
        <translation>{folder} қалтасы жоқ: USB флешканы қосыңыз немесе көшірмелерге басқа қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only drive: choose another folder or drive.</source>
        <translation>{folder} тек оқуға арналған дискіде орналасқан: басқа қалтаны немесе дискіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an image: choose another file.</source>
        <translation>{name} файлын сурет ретінде оқу мүмкін емес: басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is larger than 5 MB: choose a smaller logo image.</source>
        <translation>{name} көлемі 5 МБ-тан асады: логотип үшін кішірек суретті таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image: choose the logo as one.</source>
        <translation>{name} — PNG немесе JPEG суреті емес: логотипті осы форматтардың бірінде таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB: scan it at a lower resolution.</source>
        <translation>{name} көлемі — {size} МБ; қосымша ең көбі {limit} МБ болуы мүмкін: құжатты төменірек ажыратымдылықпен сканерлеңіз.</translation>
    </message>
    <message>
        <source>{path} already holds bundles or device cards: choose an empty folder, so that the practice campaign is imported once.</source>
        <translation>{path} қалтасында пакеттер немесе құрылғы карталары бар: жаттығу науқаны бір рет қана импортталуы үшін бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} does not exist: check the path of the logo.</source>
        <translation>{path} жоқ: логотиптің жолын тексеріңіз.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder for the bundles and cards.</source>
        <translation>{path} — файл: пакеттер мен карталар үшін қалта таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a CSV or Excel file.</source>
        <translation>{path} — қалта: CSV немесе Excel файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file.</source>
        <translation>{path} — қалта: файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a scan or a photo.</source>
        <translation>{path} — файл емес: скан немесе фото таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is not a khdesk database (damaged, or another kind of file): restore it from backups/ or move it aside to start a new one.</source>
        <translation>{path} — khdesk дерекқоры емес (бүлінген немесе басқа түрдегі файл): оны backups/ қалтасынан қалпына келтіріңіз немесе жаңа дерекқормен бастау үшін оны басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>{proposal} cannot be merged into itself.</source>
        <translation>{proposal} өзімен өзі біріктірілмейді.</translation>
    </message>
    <message>
        <source>{proposal} is already accepted into {code}: nothing to change.</source>
        <translation>{proposal} {code} бөліміне бұрыннан қабылданған: өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{proposal} is already in section {code}: nothing to change.</source>
        <translation>{proposal} бұрыннан {code} бөлімінде: өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{proposal} is already {state}: nothing to change.</source>
        <translation>{proposal} бұрыннан «{state}» мәртебесінде: өзгертетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{proposal} is {state} and cannot become {target} from there: move it to {allowed} first.</source>
        <translation>{proposal} «{state}» мәртебесінде, сондықтан бірден «{target}» мәртебесіне ауыса алмайды: алдымен оны «{allowed}» мәртебесіне ауыстырыңыз.</translation>
    </message>
    <message>
        <source>{proposal} is {state}, not accepted: accept it into a section instead.</source>
        <translation>{proposal} қабылданған емес, «{state}» мәртебесінде: оның орнына оны бөлімге қабылдаңыз.</translation>
    </message>
    <message>
        <source>{proposal} was changed meanwhile by {who}: it is now {state}; nothing was changed, look at it again.</source>
        <translation>осы аралықта {proposal} өзгертілді, өзгерткен: {who}; қазір ол — {state}; ештеңе өзгертілмеді, оны қайта қараңыз.</translation>
    </message>
    <message>
        <source>{proposal} was deleted by its region in the meantime: it cannot be reviewed; refresh the list.</source>
        <translation>{proposal} осы аралықта өз өңірінде жойылған: оны қарау мүмкін емес; тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>{proposal} was reviewed again since: the action cannot be undone as a whole, change it by hand.</source>
        <translation>{proposal} содан бері қайта қаралған: әрекетті толығымен кері қайтару мүмкін емес, оны қолмен өзгертіңіз.</translation>
    </message>
    <message>
        <source>{target} is itself merged into another proposal: merge {proposal} into that one.</source>
        <translation>{target} өзі басқа ұсынысқа біріктірілген: {proposal} сол ұсынысқа біріктірілуі керек.</translation>
    </message>
    <message>
        <source>{votes_for} for and {votes_against} against do not adopt the text: record the vote that adopted it, or leave the document unadopted.</source>
        <translation>{votes_for} жақтап және {votes_against} қарсы дауыс мәтінді қабылдамайды: оны қабылдаған дауыс беруді жазыңыз немесе құжатты қабылданбаған күйде қалдырыңыз.</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or check in those who voted.</source>
        <translation>{votes} дауыс берілген, бірақ қатысып отырғандар — {present}: дауыстарды түзетіңіз немесе дауыс бергендердің келгенін белгілеңіз.</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or the number present.</source>
        <translation>{votes} дауыс берілген, бірақ қатысып отырғандар — {present}: дауыстарды немесе қатысушылар санын түзетіңіз.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not khdesk&apos;s: point --db at a khdesk database or a new file.</source>
        <translation>{where} ішінде khdesk-ке тиесілі емес кестелер бар: --db параметрінде khdesk дерекқорын немесе жаңа файлды көрсетіңіз.</translation>
    </message>
    <message>
        <source>«{word}» mixes Latin and Cyrillic letters: retype it in one alphabet.</source>
        <translation>«{word}» сөзінде латын және кирилл әріптері аралас: оны бір әліпбимен қайта теріңіз.</translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation>отырыстың аяқталу уақыты басталу уақытынан ерте: уақытты түзетіңіз.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a meeting id nor a meeting number like 71-7QKM-2026-003.</source>
        <translation>«{text}» отырыстың идентификаторы да, 71-7QKM-2026-003 сияқты нөмірі де емес.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
        <translation>отырысты басқа жылға ауыстыруға болмайды: жаңа отырыс құрыңыз.</translation>
    </message>
    <message>
        <source>its into does not go with its status</source>
        <translation>into өрісі мәртебесіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>its into is not a proposal&apos;s meeting and number</source>
        <translation>into өрісінде ұсыныстың отырысы мен нөмірі жоқ</translation>
    </message>
    <message>
        <source>{count} records differ from the same version already stored: the stored ones were kept; the bundle is in inbox/imported for review.</source>
        <translation>{count} жазба сақталған нұсқамен нөмірі бірдей, бірақ мазмұны басқа: сақталғандары өзгертілмеді; пакет тексеру үшін inbox/imported қалтасында.</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this headquarters; ask the region to export it again.</source>
        <translation>пакетті шифрдан шығару мүмкін емес: ол бүлінген, толық емес немесе бұл орталық аппаратқа арналмаған; өңірден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
        <translation>файл khdesk пакеті емес (немесе толық емес не бүлінген): жіберушіден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>no name: type the person&apos;s full name, or leave the row out.</source>
        <translation>аты-жөні жоқ: адамның толық аты-жөнін жазыңыз немесе бұл жолды алып тастаңыз.</translation>
    </message>
    <message>
        <source>the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>телефон нөмірі қате жазылған: оны +7 7XX XXX XX XX түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>the e-mail is malformed: correct it or leave it empty.</source>
        <translation>эл. пошта мекенжайы қате жазылған: оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>the same person as line {line}</source>
        <translation>{line}-жолдағы адаммен бірдей</translation>
    </message>
    <message>
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation>мәтін жоқ: ұсынысты не ескертуді жазыңыз немесе бұл жолды алып тастаңыз.</translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation>бағыт көрсетілмеген: D1-ден D6-ға дейінгі кодты немесе бағыттың атауын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
        <extracomment>record id -&gt; the version whose text the fields last showed</extracomment>
        <translation>Күн тәртібіне &amp;мәселе қосу…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>What the rapporteur reported</source>
        <translation>Баяндаманың қысқаша мазмұны</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>ТЫҢДАЛДЫ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <source>Summary of the speech</source>
        <translation>Сөйлеген сөздің қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Сөйлеушіні қосу</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Correct the speech…</source>
        <translation>Сөйлеген сөзді түзету…</translation>
    </message>
    <message>
        <source>Correct what the selected speaker said (or double-click the speech)</source>
        <translation>Таңдалған сөйлеушінің сөзін түзету (немесе сөйлеген сөзді екі рет басыңыз)</translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation>СӨЙЛЕГЕНДЕР</translation>
    </message>
    <message>
        <source>The decision as it goes into the protocol</source>
        <translation>Хаттамаға енгізілетін шешім мәтіні</translation>
    </message>
    <message>
        <source>DECIDED</source>
        <translation>ҚАУЛЫ ЕТТІ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Жақтап</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
    <message>
        <source>Why the vote is not saved</source>
        <extracomment>why the vote typed is not saved (beyond those present), at the vote fields</extracomment>
        <translation>Дауыс беру нәтижесінің сақталмау себебі</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <extracomment>votes typed and not yet in the database (refused, or on their way)</extracomment>
        <translation>Қатысып отырғандар: {count}</translation>
    </message>
    <message>
        <source>Correct the speech</source>
        <translation>Сөйлеген сөзді түзету</translation>
    </message>
    <message>
        <source>What {speaker} said</source>
        <translation>{speaker} айтқан сөз</translation>
    </message>
    <message>
        <source>Type the decision first; the vote is saved with it.</source>
        <translation>Алдымен шешімді жазыңыз; дауыс беру нәтижесі онымен бірге сақталады.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Мәселенің атауы</translation>
    </message>
    <message>
        <source>Remove this agenda item and its minutes?</source>
        <translation>Күн тәртібінің осы мәселесін хаттамадағы жазбаларымен бірге жою керек пе?</translation>
    </message>
</context>
<context>
    <name>NameCheck</name>
    <message>
        <source>Check the corrected name and press the button again.</source>
        <translation>Түзетілген аты-жөнді тексеріп, батырманы қайта басыңыз.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>&amp;Direction</source>
        <extracomment>The item&apos;s data: (&quot;direction&quot; | &quot;section&quot; | &quot;region&quot;, code).</extracomment>
        <translation>&amp;Бағыт</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Қа&amp;зақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>О&amp;рысша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Ағы&amp;лшынша атауы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Үндеу</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Қарар</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <source>The title in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>The title in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>The text in Kazakh</source>
        <translation>Қазақша мәтіні</translation>
    </message>
    <message>
        <source>The text in Russian</source>
        <translation>Орысша мәтіні</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>Write each paragraph in both languages, in the same order, with a blank line between paragraphs. The regions receive the text once it is published.</source>
        <translation>Әр абзацты екі тілде бір ретпен жазыңыз, абзацтардың арасына бос жол қалдырыңыз. Мәтін жарияланғаннан кейін өңірлерге жетеді.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Paragraphs: {kk} in Kazakh, {ru} in Russian.</source>
        <translation>Абзацтар: қазақша {kk}, орысша {ru}.</translation>
    </message>
    <message>
        <source>Each paragraph needs both languages.</source>
        <translation>Әр абзац екі тілде де болуы керек.</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>басында</translation>
    </message>
    <message>
        <source>After paragraph</source>
        <translation>Қай абзацтан кейін</translation>
    </message>
    <message>
        <source>&amp;After paragraph</source>
        <translation>Қай абзацтан &amp;кейін</translation>
    </message>
    <message>
        <source>&amp;Kazakh</source>
        <translation>Қа&amp;зақша</translation>
    </message>
    <message>
        <source>&amp;Russian</source>
        <translation>О&amp;рысша</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Келгенін белгілеу</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>Тізімде &amp;жоқ қатысушы…</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Кетті деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>Тізімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Type a name, organisation, phone or e-mail; Enter checks in the first match</source>
        <extracomment>this tab&apos;s own steps in this session, the last on top: what Undo takes back the text the results shown are for, and whether an Enter waits for the results persons on the meeting&apos;s list not here yet: among equal matches they come first</extracomment>
        <translation>Аты-жөнін, ұйымын, телефонын немесе эл. поштасын теріңіз; Enter бірінші сәйкес келген адамның келгенін белгілейді</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Қатысушыны іздеу</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <source>Participants of the meeting</source>
        <translation>Отырыс қатысушылары</translation>
    </message>
    <message>
        <source>No one is on the list yet: import the roster (Ctrl+I), or type a name above and press Enter to check someone in.</source>
        <translation>Тізімде әзірге ешкім жоқ: қатысушылар тізімін импорттаңыз (Ctrl+I) немесе жоғарыда аты-жөнін жазып, келгенін белгілеу үшін Enter басыңыз.</translation>
    </message>
    <message>
        <source>What the last step did</source>
        <translation>Соңғы әрекеттің нәтижесі</translation>
    </message>
    <message>
        <source>Add someone who is not on the list ({keys})</source>
        <translation>Тізімде жоқ адамды қосу ({keys})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Бол&amp;дырмау</translation>
    </message>
    <message>
        <source>Take back your last step</source>
        <translation>Соңғы әрекетіңізді болдырмау</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Таңдалған қатысушыны алып тастау</translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation>&amp;Zoom есебін импорттау…</translation>
    </message>
    <message>
        <source>Not &amp;present</source>
        <translation>Кел&amp;меді деп белгілеу</translation>
    </message>
    <message>
        <source>Checked in by mistake: registered, not present</source>
        <translation>Келгені қателесіп белгіленген: тіркелген, бірақ қатысып отырған жоқ</translation>
    </message>
    <message>
        <source>R&amp;emove from the meeting…</source>
        <translation>Отырыстан &amp;алып тастау…</translation>
    </message>
    <message>
        <source>Take the selected person off this list (Delete)</source>
        <translation>Таңдалған адамды осы тізімнен алып тастау (Delete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Осында</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысуда</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Келді</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Кетті</translation>
    </message>
    <message>
        <source>Registered: {registered} · present: {present}</source>
        <translation>Тіркелгені: {registered} · қатысып отырғаны: {present}</translation>
    </message>
    <message>
        <source>{name} is already here since {time}: nothing changed.</source>
        <translation>{name} осында, келген уақыты — {time}: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{name} is already here: nothing changed.</source>
        <translation>{name} осында: ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Walk-in added and checked in: {name}, {time}</source>
        <translation>Тізімде жоқ қатысушы қосылып, келгені белгіленді: {name}, {time}</translation>
    </message>
    <message>
        <source>Marked as left: {name}, {time}</source>
        <translation>Кетті деп белгіленді: {name}, {time}</translation>
    </message>
    <message>
        <source>Marked as not present: {name}</source>
        <translation>Келмеді деп белгіленді: {name}</translation>
    </message>
    <message>
        <source>Removed from the meeting: {name}</source>
        <translation>Отырыстан алып тасталды: {name}</translation>
    </message>
    <message>
        <source>Checked in: {name}, {time}</source>
        <translation>Келгені белгіленді: {name}, {time}</translation>
    </message>
    <message>
        <source>Taken back: the walk-in {name} is off the list.</source>
        <translation>Кері қайтарылды: тізімде жоқ қатысушы {name} отырыстан алып тасталды.</translation>
    </message>
    <message>
        <source>Taken back: {name} has not left.</source>
        <translation>Кері қайтарылды: {name} кеткен жоқ.</translation>
    </message>
    <message>
        <source>Taken back: {name} is present again, since {time}.</source>
        <translation>Кері қайтарылды: {name} қайтадан қатысуда, келген уақыты — {time}.</translation>
    </message>
    <message>
        <source>Taken back: {name} is on the list again.</source>
        <translation>Кері қайтарылды: {name} қайтадан тізімде.</translation>
    </message>
    <message>
        <source>Taken back: the check-in of {name}</source>
        <translation>Кері қайтарылды: {name} келгені туралы белгі</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>тізімде жоқ қатысушы {name} қосылды</translation>
    </message>
    <message>
        <source>{name} marked as left</source>
        <translation>{name} кетті деп белгіленді</translation>
    </message>
    <message>
        <source>{name} marked as not present</source>
        <translation>{name} келмеді деп белгіленді</translation>
    </message>
    <message>
        <source>{name} removed from the meeting</source>
        <translation>{name} отырыстан алып тасталды</translation>
    </message>
    <message>
        <source>the check-in of {name}</source>
        <translation>{name} келгені белгіленді</translation>
    </message>
    <message>
        <source>Take back {what} ({keys})</source>
        <translation>Болдырмау: {what} ({keys})</translation>
    </message>
    <message>
        <source>No one matches «{text}». To add a walk-in, press {keys} or click Walk-in…</source>
        <translation>«{text}» бойынша ешкім табылмады. Тізімде жоқ қатысушыны қосу үшін {keys} пернелерін не «Тізімде жоқ қатысушы…» батырмасын басыңыз</translation>
    </message>
    <message>
        <source>Nothing to take back: no step of yours in this meeting yet.</source>
        <translation>Болдырмайтын ештеңе жоқ: сіз бұл отырыста әлі ешқандай әрекет жасаған жоқсыз.</translation>
    </message>
    <message>
        <source>Remove {name} from this meeting&apos;s list? Their attendance is removed; the person stays among the people known here. Undo takes it back.</source>
        <translation>{name} осы отырыстың тізімінен алынсын ба? Оның қатысуы туралы жазба жойылады, ал адамның өзі базада қалады. Мұны «Болдырмау» батырмасымен кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>Remove from the meeting</source>
        <translation>Отырыстан алып тастау</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the copies</source>
        <translation>Көшірмелердің құпия фразасы</translation>
    </message>
    <message>
        <source>The copies in the second place are encrypted: choose a passphrase of a few words and write it down somewhere safe. Restoring a copy on another computer asks for it.</source>
        <translation>Екінші орындағы көшірмелер шифрланған: бірнеше сөзден тұратын құпия фраза таңдап, оны сенімді жерге жазып қойыңыз. Көшірмені басқа компьютерде қалпына келтіргенде ол сұралады.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Құпия &amp;фраза:</translation>
    </message>
    <message>
        <source>The &amp;same again:</source>
        <translation>&amp;Тағы бір рет:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Attended {attended} meetings · named in {named} proposals, speeches or questions</source>
        <translation>Қатысқан отырыстары: {attended} · аталған ұсыныстар, сөйлеген сөздер мен сұрақтар: {named}</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Адам туралы мәліметтерді өзгерту</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(өңірсіз)</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Ұй&amp;ым</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>&amp;Сектор</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Өңі&amp;р</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Келісім қалай берілді</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. пошта</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Сақта&amp;у</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>Өзгерту: {name}</translation>
    </message>
    <message>
        <source>This person was recorded on another device: only that device can change them.</source>
        <translation>Бұл адам басқа құрылғыда жазылған: оның мәліметтерін тек сол құрылғы өзгерте алады.</translation>
    </message>
    <message>
        <source>{name} withdraws consent: their phone and e-mail are erased. Go on?</source>
        <translation>{name} келісімін қайтарып алады: оның телефоны мен эл. поштасы өшіріледі. Жалғастыру керек пе?</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Келісім қайтарып алынды</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>the rows of the merge dialog: (field, label); the label is translated where it is shown</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Адамды жою</translation>
    </message>
    <message>
        <source>{name} was recorded on another device: only that device can remove them.</source>
        <translation>{name} басқа құрылғыда жазылған: оны тек сол құрылғы жоя алады.</translation>
    </message>
    <message>
        <source>{name} cannot be removed: they are named in {count} proposals, speeches or questions. Merge them into the right person instead (Merge with…).</source>
        <translation>{name} жойылмайды: ол ұсыныстарда, сөйлеген сөздерде немесе сұрақтарда аталады (саны: {count}). Оның орнына оны дұрыс адаммен біріктіріңіз («Біріктіру…»).</translation>
    </message>
    <message>
        <source>Remove {name} from the people known here? Their attendances at {count} meetings are removed with them.</source>
        <translation>{name} базадағы адамдар тізімінен жойылсын ба? Оның отырыстарға қатысуы да жойылады (отырыстар саны: {count}).</translation>
    </message>
    <message>
        <source>{name} is on the list of {count} closed meetings: the reason is recorded as an amendment of each.</source>
        <translation>{name} жабылған отырыстардың тізімінде бар (саны: {count}): себебі әр отырыстың түзетуі ретінде жазылады.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Filter by name, organisation or phone</source>
        <translation>Аты-жөні, ұйымы немесе телефоны бойынша сүзу</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Адамдарды сүзу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>No one here yet: people come with a meeting&apos;s roster (Ctrl+I in its Participants tab) or as walk-ins at its check-in.</source>
        <translation>Мұнда әзірге ешкім жоқ: адамдар отырыстың қатысушылар тізімімен («Қатысушылар» қойындысында Ctrl+I) немесе келгенін белгілеу кезінде тізімде жоқ қатысушы ретінде қосылады.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Their recor&amp;d…</source>
        <translation>&amp;Мәліметтері…</translation>
    </message>
    <message>
        <source>Everything khdesk holds about the selected person, as a file they can read</source>
        <translation>khdesk таңдалған адам туралы сақтайтын барлық мәлімет, ол оқи алатын файлда</translation>
    </message>
    <message>
        <source>Consent and erasure</source>
        <translation>Келісім және өшіру</translation>
    </message>
    <message>
        <source>The selected person withdrew their consent, or asked to be erased</source>
        <translation>Таңдалған адам келісімін қайтарып алды немесе өзі туралы мәліметтерді өшіруді сұрады</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Келісімді қайтарып алу…</translation>
    </message>
    <message>
        <source>&amp;Erase the person…</source>
        <translation>&amp;Адам туралы мәліметтерді өшіру…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Таңдалған адамды жою</translation>
    </message>
    <message>
        <source>Merge the selected person with another record of them ({keys})</source>
        <translation>Таңдалған адамды оның басқа жазбасымен біріктіру ({keys})</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>Адамдар саны: {count}</translation>
    </message>
    <message>
        <source>Save the person&apos;s record</source>
        <translation>Адам туралы мәліметтерді сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation>Адам туралы мәліметтер</translation>
    </message>
    <message>
        <source>Everything khdesk holds about this person is in {path}.</source>
        <translation>khdesk осы адам туралы сақтайтын барлық мәлімет {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>{name} withdrew their consent? Their phone and e-mail are erased here and, with the next bundle, at headquarters; their name and attendances stay. This cannot be undone.</source>
        <translation>{name} келісімін қайтарып алды ма? Телефоны мен эл. поштасы мұнда, келесі пакетпен орталық аппаратта да өшіріледі; аты мен қатысуы қалады. Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Келісімді қайтарып алу</translation>
    </message>
    <message>
        <source>Consent withdrawn: the phone and e-mail are erased.</source>
        <translation>Келісім қайтарып алынды: телефон мен эл. пошта өшірілді.</translation>
    </message>
    <message>
        <source>Erase {name}? Their name becomes a pseudonym and their organisation, position, phone and e-mail are erased, here and in their proposals, questions and speeches; headquarters erases its copy with the next bundle. Their attendances stay, so the counts stay right. This cannot be undone, and backups keep the old data until they are thinned.</source>
        <translation>{name} туралы мәліметтер өшірілсін бе? Аты бүркеншік атпен ауыстырылады, ұйымы, лауазымы, телефоны мен эл. поштасы мұнда да, ұсыныстарында, сұрақтарында және сөйлеген сөздерінде де өшіріледі; орталық аппарат өз көшірмесін келесі пакетпен өшіреді. Қатысуы қалады, сондықтан сандар дұрыс болып қалады. Мұны қайтару мүмкін емес, ал сақтық көшірмелерде ескі деректер олар сиретілгенше сақталады.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Адам туралы мәліметтерді өшіру</translation>
    </message>
    <message>
        <source>The person is erased, and their name in {count} records that named them.</source>
        <translation>Адам туралы мәліметтер өшірілді, оның аты аталған {count} жазбадан да өшірілді.</translation>
    </message>
</context>
<context>
    <name>PersonsReviewPage</name>
    <message>
        <source>the same name</source>
        <extracomment>The most pairs listed at once (the total is said above the list). Why a pair is in review, as the list names it.</extracomment>
        <translation>аты-жөні бірдей</translation>
    </message>
    <message>
        <source>the same name in another order</source>
        <translation>аты-жөні бірдей, бірақ басқа ретпен</translation>
    </message>
    <message>
        <source>another patronymic</source>
        <translation>әкесінің аты басқа</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>бір адам</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>әртүрлі адамдар</translation>
    </message>
    <message>
        <source>decide later</source>
        <translation>кейін шешу</translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation>Адамдар сәйкестігі</translation>
    </message>
    <message>
        <source>How many pairs are in review</source>
        <translation>Қаралудағы жұптар саны</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Work out again who is one person, and put new pairs to review</source>
        <translation>Қай жазбалар бір адамдікі екенін қайта анықтап, жаңа жұптарды қарауға жіберу</translation>
    </message>
    <message>
        <source>Pairs of persons in review</source>
        <translation>Қаралудағы адамдар жұптары</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Орындалмаған әрекет</translation>
    </message>
    <message>
        <source>The first person and their attendances</source>
        <translation>Бірінші адам және оның қатысқан отырыстары</translation>
    </message>
    <message>
        <source>The second person and their attendances</source>
        <translation>Екінші адам және оның қатысқан отырыстары</translation>
    </message>
    <message>
        <source>The last decision</source>
        <translation>Соңғы шешім</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Бір адам</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Әртүрлі адамдар</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Кейін шешу</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Соңғы шешімді болдырмау</translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation>Келесі жұп</translation>
    </message>
    <message>
        <source>Previous pair</source>
        <translation>Алдыңғы жұп</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide</source>
        <translation>
            <numerusform>Шешім күтетін адамдар жұптары: %n</numerusform>
            <numerusform>Шешім күтетін адамдар жұптары: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide; the first ones are listed</source>
        <translation>
            <numerusform>Шешім күтетін адамдар жұптары: %n; тізімде алғашқылары көрсетілген</numerusform>
            <numerusform>Шешім күтетін адамдар жұптары: %n; тізімде алғашқылары көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Қатысу туралы жазбалар</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>келгені белгіленген</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <source>national</source>
        <translation>бір өңірге байланбаған</translation>
    </message>
    <message>
        <source>No pairs of persons to decide.</source>
        <translation>Шешім күтетін адамдар жұптары жоқ.</translation>
    </message>
    <message>
        <source>In review for {basis}: {decision}.</source>
        <translation>Қаралуда ({basis}): {decision}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Болдырмайтын әрекет жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) newly put to review.</source>
        <translation>
            <numerusform>Қарауға %n жаңа жұп жіберілді.</numerusform>
            <numerusform>Қарауға %n жаңа жұп жіберілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was undone.</source>
        <translation>Шешім кері қайтарылды.</translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation>Сақталды. Ctrl+Z басып, кері қайтаруға болады.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Review the selection</source>
        <translation>Таңдалған ұсыныстарды тексеру</translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation>Әрекет не өзгертеді</translation>
    </message>
    <message>
        <source>Proposals left alone</source>
        <translation>Өзгеріссіз қалатын ұсыныстар</translation>
    </message>
    <message>
        <source>Left alone ({count}):</source>
        <translation>Өзгеріссіз қалады ({count}):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>None of the pages chosen is in the document: it has {pages} pages.</source>
        <extracomment>The highest resolution a page is rendered at. Text of 9 pt is sharp on paper at 300 dpi; each step above it makes a page&apos;s image four times larger for nothing a reader sees, and a PDF printer (or CUPS) reports 1200 dpi, which made two pages an 11 MB job. About how many pixels of a page image are drawn at once (see the module docstring: some 10 ms of the print engine&apos;s compression, during which no Python code of the window runs). Points (1/72 inch) to an inch.</extracomment>
        <translation>Таңдалған беттердің ешқайсысы құжатта жоқ: құжатта барлығы {pages} бет.</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>{path} файлына басып шығарылды.</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Принтерге жіберілді: {pages} бет.</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>Басып шығару тоқтатылды: ештеңе басылған жоқ.</translation>
    </message>
    <message>
        <source>Printing stopped after {sent} of {total} pages; the printer may still print those: cancel them in the printer&apos;s queue if they are not wanted.</source>
        <translation>Басып шығару {total} беттің {sent} беті жіберілгеннен кейін тоқтатылды; принтер оларды бәрібір басып шығаруы мүмкін: қажет болмаса, оларды принтер кезегінде болдырмаңыз.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Басып шығару сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>The document could not be read for printing: show it again, then print.</source>
        <translation>Құжатты басып шығару үшін оқу мүмкін болмады: оны қайта көрсетіп, содан кейін басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The printer could not be opened or stopped taking pages: check that it is on and connected, then print again.</source>
        <translation>Принтерді ашу мүмкін болмады немесе ол беттерді қабылдауды тоқтатты: оның қосулы әрі жалғанған екенін тексеріп, қайта басып шығарыңыз.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>{pages} беттің {page}-беті басылуда…</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>No proposals here: proposals come in the regions&apos; bundles (Inbox).</source>
        <translation>Мұнда ұсыныстар жоқ: ұсыныстар өңірлердің пакеттерімен келеді («Кіріс» беті).</translation>
    </message>
    <message>
        <source>The proposal and its review</source>
        <translation>Ұсыныс және оның қаралуы</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Орындалмаған әрекет</translation>
    </message>
    <message>
        <source>The last action</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>Search the text, author or organisation</source>
        <translation>Мәтін, автор немесе ұйым бойынша іздеу</translation>
    </message>
    <message>
        <source>Search the proposals</source>
        <translation>Ұсыныстарды іздеу</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The table&apos;s columns: (key, the sort of ``review_page_queries.SORTS`` or None).</extracomment>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Барлық отырыстар</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Отырыс түрі</translation>
    </message>
    <message>
        <source>All kinds of meeting</source>
        <translation>Отырыстың барлық түрлері</translation>
    </message>
    <message>
        <source>Proposal or comment</source>
        <translation>Ұсыныс не ескерту</translation>
    </message>
    <message>
        <source>Proposals and comments</source>
        <translation>Ұсыныстар мен ескертулер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Барлық бағыттар</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Барлық бөлімдер</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Қарау мәртебесі</translation>
    </message>
    <message>
        <source>Every review status</source>
        <translation>Барлық қарау мәртебелері</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау мәртебесі</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Барлық жауапты қызметкерлер</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Әлі қаралмағандар</translation>
    </message>
    <message>
        <source>Reviewed by me</source>
        <translation>Мен қарағандар</translation>
    </message>
    <message>
        <source>How many proposals are listed</source>
        <translation>Тізімдегі ұсыныстар саны</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Ұқсас ұсыныстар</translation>
    </message>
    <message>
        <source>Similar proposals, the most similar first</source>
        <translation>Ұқсас ұсыныстар, ең ұқсастары басында</translation>
    </message>
    <message>
        <source>Enter or a double click shows the group on the page «Similar proposals».</source>
        <translation>Enter пернесі немесе екі рет басу топты «Ұқсас ұсыныстар» бетінде көрсетеді.</translation>
    </message>
    <message>
        <source>The section suggested</source>
        <translation>Ұсынылатын бөлім</translation>
    </message>
    <message>
        <source>Use this section…</source>
        <translation>Осы бөлімге қабылдау…</translation>
    </message>
    <message>
        <source>Opens «Accept into a section» with the suggested section chosen; nothing is saved before you confirm it.</source>
        <translation>«Бөлімге қабылдау» терезесін ұсынылатын бөлім таңдалған күйде ашады; сіз растамайынша ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>Келесі ұсыныс</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>Алдыңғы ұсыныс</translation>
    </message>
    <message>
        <source>Select or unselect the proposal</source>
        <translation>Ұсынысты таңдау не таңдауды алып тастау</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Барлық таңдауды алып тастау</translation>
    </message>
    <message>
        <source>Accept into a section…</source>
        <translation>Бөлімге қабылдау…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Қабылдамау…</translation>
    </message>
    <message>
        <source>Merge into another proposal…</source>
        <translation>Басқа ұсынысқа біріктіру…</translation>
    </message>
    <message>
        <source>Change the section…</source>
        <translation>Бөлімін өзгерту…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Нақтылауды сұрау…</translation>
    </message>
    <message>
        <source>Mark in review</source>
        <translation>Қарауға алу</translation>
    </message>
    <message>
        <source>Assign to a reviewer…</source>
        <translation>Жауапты қызметкерді тағайындау…</translation>
    </message>
    <message>
        <source>Next proposal not reviewed yet</source>
        <translation>Әлі қаралмаған келесі ұсыныс</translation>
    </message>
    <message>
        <source>Undo the last review action</source>
        <translation>Соңғы қарау әрекетін болдырмау</translation>
    </message>
    <message>
        <source>The list&apos;s search and filters narrow the sheet of proposals; the other sheets follow only its region, kind of meeting, direction and dates.</source>
        <translation>Тізімдегі іздеу мен сүзгілер тек ұсыныстар парағын тарылтады; басқа парақтарға тек өңір, отырыс түрі, бағыт пен күндер қолданылады.</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>ұсыныстар</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>{count} ұсыныс</translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation>{number}-ұсыныс</translation>
    </message>
    <message>
        <source>Accepted into</source>
        <translation>Қабылданған бөлім</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Біріктірілген ұсыныс</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Бұған біріктірілгендер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Әлі қаралған жоқ.</translation>
    </message>
    <message>
        <source>Similar proposals ({count})</source>
        <translation>Ұқсас ұсыныстар ({count})</translation>
    </message>
    <message>
        <source>Similar proposals: none found</source>
        <translation>Ұқсас ұсыныстар: табылмады</translation>
    </message>
    <message>
        <source>{count} similar accepted proposals are in {section}.</source>
        <translation>Қабылданған ұқсас ұсыныстардың барлығы ({count}) {section} бөлімінде.</translation>
    </message>
    <message>
        <source>{count} of {of} similar accepted proposals are in {section}.</source>
        <translation>Қабылданған ұқсас ұсыныстар: {of}, оның ішінде {section} бөлімінде — {count}.</translation>
    </message>
    <message>
        <source>{count} proposals selected: the next action applies to them.</source>
        <translation>{count} ұсыныс таңдалды: келесі әрекет соларға қолданылады.</translation>
    </message>
    <message>
        <source>Accept into a section</source>
        <translation>Бөлімге қабылдау</translation>
    </message>
    <message>
        <source>Move to another section</source>
        <translation>Басқа бөлімге ауыстыру</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation>Нақтылауды сұрау</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Болдырмайтын әрекет жоқ.</translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation>Сақталды. Ctrl+Z басып, кері қайтаруға болады.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <extracomment>the section a proposal being edited is filed under: kept in the list though retired</extracomment>
        <translation>Ұсыныс не ескерту — авторының өз сөзімен</translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation>Ұсыныс қо&amp;су</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Мәтіні</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Text of the proposal or comment</source>
        <translation>Ұсыныстың не ескертудің мәтіні</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Add it (Ctrl+Enter)</source>
        <translation>Қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show the proposals of direction</source>
        <translation>Бағыт бойынша ұсыныстарды көрсету</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Барлық бағыттар</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>headquarters reviews on a page of its own: a region&apos;s laptop shows what it received proposal id -&gt; headquarters&apos; review of it (a proposal not listed is still new there)</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Орталық аппарат</translation>
    </message>
    <message>
        <source>Proposals and comments of the meeting</source>
        <translation>Отырыстың ұсыныстары мен ескертулері</translation>
    </message>
    <message>
        <source>Delete the selected proposal (in the list)</source>
        <translation>Таңдалған ұсынысты жою (тізімде)</translation>
    </message>
    <message>
        <source>Headquarters&apos; review of the proposal</source>
        <translation>Орталық аппараттың ұсынысты қарау нәтижесі</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Өзгертуден бас тарту</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Файлдан &amp;импорттау…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(қолданыстан шығарылған)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(бөлімсіз)</translation>
    </message>
    <message>
        <source>Headquarters has not reviewed this proposal yet.</source>
        <translation>Орталық аппарат бұл ұсынысты әлі қараған жоқ.</translation>
    </message>
    <message>
        <source>Accepted by headquarters into {section} ({when}).</source>
        <translation>Орталық аппарат {section} бөліміне қабылдады ({when}).</translation>
    </message>
    <message>
        <source>Merged into proposal {number} of meeting {meeting} ({when}).</source>
        <translation>{meeting} отырысының {number}-ұсынысына біріктірілді ({when}).</translation>
    </message>
    <message>
        <source>Declined by headquarters ({when}): {answer}</source>
        <translation>Орталық аппарат қабылдамады ({when}): {answer}</translation>
    </message>
    <message>
        <source>Headquarters asks ({when}): {answer}</source>
        <translation>Орталық аппарат нақтылауды сұрайды ({when}): {answer}</translation>
    </message>
    <message>
        <source>In review at headquarters since {when}.</source>
        <translation>Орталық аппаратта {when} бастап қаралуда.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>No proposal of this direction yet.</source>
        <translation>Бұл бағыт бойынша әзірге ұсыныс жоқ.</translation>
    </message>
    <message>
        <source>No proposals or comments were recorded.</source>
        <translation>Ұсыныстар мен ескертулер жазылмаған.</translation>
    </message>
    <message>
        <source>No proposals yet: type one above and press Ctrl+Enter, or import them from a file.</source>
        <translation>Әзірге ұсыныс жоқ: жоғарыда ұсынысты жазып, Ctrl+Enter басыңыз немесе ұсыныстарды файлдан импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the selected proposal or comment?</source>
        <translation>Таңдалған ұсынысты не ескертуді жою керек пе?</translation>
    </message>
</context>
<context>
    <name>ProspectusDialog</name>
    <message>
        <source>Prospectus draft</source>
        <extracomment>The languages offered, each named in itself.</extracomment>
        <translation>Проспект жобасы</translation>
    </message>
    <message>
        <source>The proposals accepted in the review, by direction and section, with those merged into them; an annex traces every line to its proposals.</source>
        <translation>Қарау кезінде қабылданған ұсыныстар бағыттар мен бөлімдер бойынша, оларға біріктірілген ұсыныстармен бірге; қосымшада әр жолдың қай ұсыныстардан алынғаны көрсетіледі.</translation>
    </message>
    <message>
        <source>Language of the prospectus</source>
        <translation>Проспект тілі</translation>
    </message>
    <message>
        <source>PDF, to print and send</source>
        <translation>Басып шығаруға және жіберуге арналған PDF</translation>
    </message>
    <message>
        <source>Word document, to edit (.docx)</source>
        <translation>Өңдеуге арналған Word құжаты (.docx)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Where to save the prospectus</source>
        <translation>Проспектті қайда сақтау керек</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Таң&amp;дау…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>Қайда &amp;сақтау</translation>
    </message>
    <message>
        <source>How far the prospectus has got</source>
        <translation>Проспектті дайындау барысы</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Не жазылды</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>Қалтада &amp;көрсету</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Prospectus draft {date}</source>
        <translation>Проспект жобасы {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Save the prospectus</source>
        <translation>Проспектті сақтау</translation>
    </message>
    <message>
        <source>Choose where to save the prospectus.</source>
        <translation>Проспект сақталатын орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Reading the accepted proposals…</source>
        <translation>Қабылданған ұсыныстар оқылуда…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Файл жазылуда…</translation>
    </message>
    <message>
        <source>Saved to {path}. No proposal is accepted yet, and the prospectus says so.</source>
        <translation>Сақталды: {path}. Әзірге қабылданған ұсыныс жоқ, бұл проспектте көрсетілген.</translation>
    </message>
    <message>
        <source>Saved to {path}: {lines} lines from {proposals} proposals in {sections} sections.</source>
        <translation>Сақталды: {path}; {sections} бөлімдегі {proposals} ұсыныстан алынған {lines} жол.</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add question</source>
        <translation>Сұрақ қос&amp;у</translation>
    </message>
    <message>
        <source>Sa&amp;ve the answer</source>
        <translation>&amp;Жауапты сақтау</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Жаңа сұрақ</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Сұрақ</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Сұрақ қойған</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кімге қойылды</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Ж&amp;ауап</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Questions of the meeting</source>
        <translation>Отырыстың сұрақтары</translation>
    </message>
    <message>
        <source>No questions were recorded.</source>
        <extracomment>the question loaded into the form (None: the form is for a new one)</extracomment>
        <translation>Сұрақтар жазылмаған.</translation>
    </message>
    <message>
        <source>No questions yet: type one above and press «Add question».</source>
        <translation>Әзірге сұрақ жоқ: жоғарыда сұрақты жазып, «Сұрақ қосу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The question typed in the form is not saved. Replace it with the one chosen in the list?</source>
        <translation>Пішінге терілген сұрақ сақталмаған. Оны тізімнен таңдалған сұрақпен ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation>Алдымен тізімнен сұрақты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Headquarters&apos; recovery key</source>
        <translation>Орталық аппараттың қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Every region encrypts its bundles to two keys: headquarters&apos; own key, kept on this laptop, and the recovery key. If headquarters&apos; own key is lost or damaged, the recovery key still decrypts every region&apos;s bundles: put the copy back into the keys folder under its name, {name}, and import them. It signs nothing: it cannot write reference bundles.</source>
        <translation>Әр өңір өз пакеттерін екі кілтке шифрлайды: орталық аппараттың осы ноутбукте сақталатын өз кілтіне және қалпына келтіру кілтіне. Орталық аппараттың өз кілті жоғалса немесе бүлінсе, қалпына келтіру кілті бәрібір барлық өңірдің пакеттерін шифрдан шығарады: көшірмені өз атауымен, {name}, кілттер қалтасына қайта салыңыз да, пакеттерді импорттаңыз. Ол ештеңеге қол қоймайды: онымен анықтамалық пакеттерді жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Whoever holds it can read every region&apos;s bundles, with the participants&apos; names and phones: keep it as safely as this laptop.</source>
        <translation>Оны иеленген кез келген адам барлық өңірдің пакеттерін, қатысушылардың аты-жөні мен телефондарын қоса, оқи алады: оны осы ноутбук сияқты сенімді сақтаңыз.</translation>
    </message>
    <message>
        <source>It is this file:
{path}</source>
        <translation>Ол мына файл:
{path}</translation>
    </message>
    <message>
        <source>It is no longer in this laptop&apos;s keys folder ({folder}): it was moved offline already, or this installation has none.</source>
        <translation>Ол бұл ноутбуктің кілттер қалтасында ({folder}) енді жоқ: оны желіден тыс сақтауға бұрын көшірген, немесе бұл khdesk-те ол мүлдем жоқ.</translation>
    </message>
    <message>
        <source>Store a copy offline now: on a USB stick kept in a safe, or printed (it is one line of text) and locked away. If the foundation&apos;s policy says so, remove the file from this laptop afterwards: headquarters imports bundles with its own key without it.</source>
        <translation>Көшірмені қазір желіден тыс сақтаңыз: сейфте тұратын USB флешкада немесе басып шығарып (бұл бір жол мәтін), құлыпталған жерде. Қор ережесі талап етсе, кейін файлды осы ноутбуктен жойыңыз: орталық аппарат пакеттерді онсыз да өз кілтімен импорттайды.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Көшірмесін &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;I have stored it</source>
        <translation>&amp;Мен сақтап қойдым</translation>
    </message>
    <message>
        <source>Store the recovery key offline</source>
        <translation>Қалпына келтіру кілтін желіден тыс сақтаңыз</translation>
    </message>
    <message>
        <source>Save a copy of the recovery key</source>
        <translation>Қалпына келтіру кілтінің көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Recovery keys</source>
        <translation>Қалпына келтіру кілттері</translation>
    </message>
    <message>
        <source>A copy is saved as {path}. Put it away offline, then press «I have stored it».</source>
        <translation>Көшірме {path} ретінде сақталды. Оны желіден тыс жерге қойыңыз да, «Мен сақтап қойдым» батырмасын басыңыз.</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle.</source>
        <translation>Анықтамалық деректер тек орталық аппаратта өзгертіледі: бұл khdesk оларды орталық аппараттың анықтамалық пакетімен алады.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Бол&amp;дырмау</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Соңғы өзгерісті болдырмау (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Жариялау…</translation>
    </message>
    <message>
        <source>Write the next reference bundle for the regions (Ctrl+P)</source>
        <translation>Өңірлер үшін келесі анықтамалық пакетті жазу (Ctrl+P)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Directions and sections</source>
        <translation>Бағыттар мен бөлімдер</translation>
    </message>
    <message>
        <source>New &amp;direction…</source>
        <translation>Жаңа &amp;бағыт…</translation>
    </message>
    <message>
        <source>&amp;New section…</source>
        <translation>Жаңа бө&amp;лім…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Атауын өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Move to direction…</source>
        <translation>Басқа бағытқа ауыс&amp;тыру…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Қолданыстан &amp;шығару</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Атауын ө&amp;згерту…</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>қолданыстан шығарылған</translation>
    </message>
    <message>
        <source>Version {version} is the last published. There are changes the regions do not have yet: Publish… writes them into the next reference bundle.</source>
        <translation>Соңғы жарияланған нұсқа — {version}. Өңірлерде әлі жоқ өзгерістер бар: «Жариялау…» батырмасы оларды келесі анықтамалық пакетке жазады.</translation>
    </message>
    <message>
        <source>Version {version} is the last published; nothing changed since.</source>
        <translation>Соңғы жарияланған нұсқа — {version}; содан бері ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Reins&amp;tate</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <source>New direction</source>
        <translation>Жаңа бағыт</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Жаңа бөлім</translation>
    </message>
    <message>
        <source>Rename direction {code}</source>
        <translation>{code} бағытының атауын өзгерту</translation>
    </message>
    <message>
        <source>Rename section {code}</source>
        <translation>{code} бөлімінің атауын өзгерту</translation>
    </message>
    <message>
        <source>Rename region {code}</source>
        <translation>{code} өңірінің атауын өзгерту</translation>
    </message>
    <message>
        <source>Move section {code}</source>
        <translation>{code} бөлімін ауыстыру</translation>
    </message>
    <message>
        <source>Move to &amp;direction:</source>
        <translation>&amp;Бағытқа ауыстыру:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Move section {code} «{name}» from direction {old} to direction {new}? The {count} proposals filed under it keep it. Ctrl+Z undoes this until you publish.</source>
        <translation>{code} «{name}» бөлімін {old} бағытынан {new} бағытына ауыстыру керек пе? Оған жатқызылған ұсыныстар ({count}) осы бөлімде қалады. Жарияланғанға дейін мұны Ctrl+Z арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Move a section</source>
        <translation>Бөлімді ауыстыру</translation>
    </message>
    <message>
        <source>Retire section {code} «{name}»? The {count} proposals filed under it keep it and show it as retired; the review can move them, and nothing new is accepted into it. Ctrl+Z undoes this until you publish.</source>
        <translation>{code} «{name}» бөлімін қолданыстан шығару керек пе? Оған жатқызылған ұсыныстар ({count}) осы бөлімде қалады, бөлім олардың жанында қолданыстан шығарылған деп көрсетіледі; қарау кезінде оларды басқа бөлімге ауыстыруға болады, ал бұл бөлімге жаңа ұсыныстар қабылданбайды. Жарияланғанға дейін мұны Ctrl+Z арқылы болдырмауға болады.</translation>
    </message>
    <message>
        <source>Retire a section</source>
        <translation>Бөлімді қолданыстан шығару</translation>
    </message>
    <message>
        <source>Reinstate section {code} «{name}»? Proposals can be accepted into it again.</source>
        <translation>{code} «{name}» бөлімін қалпына келтіру керек пе? Оған қайтадан ұсыныстар қабылдауға болады.</translation>
    </message>
    <message>
        <source>Reinstate a section</source>
        <translation>Бөлімді қалпына келтіру</translation>
    </message>
    <message>
        <source>Publish the reference data</source>
        <translation>Анықтамалық деректерді жариялау</translation>
    </message>
    <message>
        <source>Reference bundles</source>
        <translation>Анықтамалық пакеттер</translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation>Анықтамалық пакет</translation>
    </message>
    <message>
        <source>Version {version} written to {path}: send it to every region. Changes made before it can no longer be undone.</source>
        <translation>{version} нұсқасы {path} файлына жазылды: оны барлық өңірге жіберіңіз. Бұған дейін енгізілген өзгерістерді енді болдырмау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keeping contacts</source>
        <translation>Байланыстарды сақтау</translation>
    </message>
    <message>
        <source>&amp;Erase the phone and e-mail of persons not seen for</source>
        <translation>&amp;Телефон мен эл. поштаны өшіру, адам келмегеніне</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>A person is seen at a meeting they registered for. Their name, sector and attendances stay; the contacts are erased at every start and cannot be brought back.</source>
        <translation>Адам тіркелген отырысында көрінді деп саналады. Аты, секторы және қатысуы қалады; байланыстар әр іске қосқанда өшіріледі және оларды қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>The contacts of {count} persons not seen for longer were erased.</source>
        <translation>Одан ұзақ келмеген {count} адамның байланыстары өшірілді.</translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Assign to a reviewer</source>
        <translation>Жауапты қызметкерді тағайындау</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Жауапты қызметкер</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Жауапты қызметкер:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Тағайындау</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Whether the text is saved</source>
        <extracomment>Text is written to the database this long after the last keystroke (and on leaving the field). ... and at the latest this long after the first unsaved keystroke, even while typing goes on, so that a crash never loses more than about two seconds of typing. ``state`` or ``saved_at`` changed the autosavers alive now; an entry goes when its field (and so the autosaver) is deleted when the text last reached the database (local time) writes queued and not yet reported by the owner</extracomment>
        <translation>Мәтіннің сақталу күйі</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>The last save was refused: the text stays in the field and is saved again when you correct it or leave the field.</source>
        <translation>Соңғы сақтау қабылданбады: мәтін өрісте қалады және оны түзеткенде немесе өрістен шыққанда қайта сақталады.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <source>Typed text is saved by itself a moment after you stop.</source>
        <translation>Терілген мәтін теруді тоқтатқаннан кейін бір сәтте өздігінен сақталады.</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Find a section by its code or name</source>
        <translation>Бөлімді коды не атауы бойынша іздеу</translation>
    </message>
    <message>
        <source>Find a section</source>
        <translation>Бөлімді іздеу</translation>
    </message>
    <message>
        <source>Sections of the prospectus</source>
        <translation>Проспект бөлімдері</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Таңдау</translation>
    </message>
</context>
<context>
    <name>SectorMapping</name>
    <message>
        <source>Sectors khdesk does not know. Choose a sector for each (Tab goes to the next, arrows or typing choose one); rows of a word left to choose are not imported.</source>
        <extracomment>The size the dialog asks for when the screen has room; never more than the screen has. How many sector words the mapping list shows before it scrolls. The widest a sector word is shown in the mapping list (longer ones end in «…»).</extracomment>
        <translation>khdesk білмейтін секторлар. Әрқайсысына сектор таңдаңыз (Tab келесісіне өтеді, сектор бағыттауыш пернелермен немесе теру арқылы таңдалады); сектор таңдалмаған сөздің жолдары импортталмайды.</translation>
    </message>
    <message>
        <source>rows: {count}</source>
        <extracomment>The line of each word, in the file&apos;s order: (its label, count, list, note).</extracomment>
        <translation>жолдар: {count}</translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation>{sector} (ұсынылған)</translation>
    </message>
    <message>
        <source>— as each organisation suggests ({count} of {rows}) —</source>
        <translation>— әр жолдың ұйымы бойынша ұсынылғаны ({count}/{rows}) —</translation>
    </message>
    <message>
        <source>— choose a sector —</source>
        <translation>— секторды таңдаңыз —</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>алдыңғы импорттан есте сақталған</translation>
    </message>
    <message>
        <source>suggested: check it</source>
        <translation>ұсынылған: тексеріңіз</translation>
    </message>
    <message>
        <source>not imported until you choose</source>
        <translation>таңдағаныңызға дейін импортталмайды</translation>
    </message>
    <message>
        <source>suggested: check them</source>
        <translation>ұсынылған: оларды тексеріңіз</translation>
    </message>
    <message>
        <source>Sector for «{word}»</source>
        <translation>«{word}» үшін сектор</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The dynamic property that names a part of the window for the shortcuts dialog.</extracomment>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Пернелер тіркесімін іздеу</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Әрекеті</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>Терезенің кез келген жерінде</translation>
    </message>
</context>
<context>
    <name>SimilarPage</name>
    <message>
        <source>№ {number} of meeting {meeting}</source>
        <extracomment>A pass that takes longer than this (seconds) shows its progress. The columns of the chosen group&apos;s table.</extracomment>
        <translation>{meeting} отырысы, № {number}</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Ұқсас ұсыныстар</translation>
    </message>
    <message>
        <source>Groups of similar proposals</source>
        <translation>Ұқсас ұсыныстар топтары</translation>
    </message>
    <message>
        <source>Comparing the proposals</source>
        <translation>Ұсыныстарды салыстыру</translation>
    </message>
    <message>
        <source>Comparing the proposals… %p%</source>
        <translation>Ұсыныстар салыстырылуда… %p%</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Орындалмаған әрекет</translation>
    </message>
    <message>
        <source>The group&apos;s proposals</source>
        <translation>Топтағы ұсыныстар</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау мәртебесі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>The last action</source>
        <translation>Соңғы әрекет</translation>
    </message>
    <message>
        <source>Keep this one, merge the others</source>
        <translation>Осыны сақтап, қалғандарын оған біріктіру</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Соңғы біріктіруді болдырмау</translation>
    </message>
    <message>
        <source>{count} proposals · {regions} regions</source>
        <translation>{count} ұсыныс · {regions} өңір</translation>
    </message>
    <message>
        <source>{count} merged</source>
        <translation>біріктірілгені: {count}</translation>
    </message>
    <message>
        <source>Groups of similar proposals: {groups} · proposals in them: {proposals}</source>
        <translation>Ұқсас ұсыныстар топтары: {groups} · олардағы ұсыныстар: {proposals}</translation>
    </message>
    <message>
        <source>No similar proposals: proposals that say nearly the same thing, in any region or language, are grouped here.</source>
        <translation>Ұқсас ұсыныстар жоқ: мұнда кез келген өңірден, кез келген тілде түскен, мазмұны бір-біріне жақын ұсыныстар топтастырылады.</translation>
    </message>
    <message>
        <source>Merged into {proposal}</source>
        <translation>Біріктірілді: {proposal}</translation>
    </message>
    <message>
        <source>Merge {count} proposals into {proposal}?</source>
        <translation>{count} ұсынысты мына ұсынысқа біріктіру керек пе: {proposal}?</translation>
    </message>
    <message>
        <source>They stay in the list as merged into it, with their regions; Ctrl+Z takes the merge back.</source>
        <translation>Олар тізімде өз өңірлерімен бірге осы ұсынысқа біріктірілген болып қалады; Ctrl+Z басып, біріктіруді кері қайтаруға болады.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Болдырмайтын әрекет жоқ.</translation>
    </message>
    <message>
        <source>{count} proposals merged into the one kept. Ctrl+Z takes it back.</source>
        <translation>Сақталған ұсынысқа {count} ұсыныс біріктірілді. Ctrl+Z басып, кері қайтаруға болады.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Where to write the bundle (a folder or a removable drive)</source>
        <translation>Пакетті қайда жазу керек (қалта немесе алынбалы диск)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылып жатыр…</translation>
    </message>
    <message>
        <source>Send to headquarters</source>
        <translation>Орталық аппаратқа жіберу</translation>
    </message>
    <message>
        <source>Reason in full</source>
        <extracomment>no column but the last (the reason) takes more than this, so the reason stays in view</extracomment>
        <translation>Себебінің толық мәтіні</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation>Құрылғы карталары</translation>
    </message>
    <message>
        <source>This laptop cannot send yet: it does not hold headquarters&apos; keys. Import the reference bundle (a .khr file) that headquarters sent you with Sync → Import a reference bundle…, then send again.</source>
        <translation>Бұл ноутбук әзірге жібере алмайды: онда орталық аппараттың кілттері жоқ. Орталық аппарат сізге жіберген анықтамалық пакетті (.khr файлы) «Синхрондау → Анықтамалық пакетті импорттау…» арқылы импорттаңыз, содан кейін қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>{records} records written to {path}. Take the file to headquarters.</source>
        <translation>Жазылған жазбалар: {records}, файл: {path}. Файлды орталық аппаратқа жеткізіңіз.</translation>
    </message>
    <message>
        <source>Reference bundle from headquarters</source>
        <translation>Орталық аппараттан келген анықтамалық пакет</translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation>Анықтамалық пакет</translation>
    </message>
    <message>
        <source>Reference data version {version} is in use.</source>
        <translation>Анықтамалық деректердің {version} нұсқасы қолданылып тұр.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Пакеттер импортталып жатыр…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталды</translation>
    </message>
    <message>
        <source>There is nothing new to send: headquarters has acknowledged every change of this laptop.</source>
        <translation>Жіберетін жаңа ештеңе жоқ: орталық аппарат осы ноутбуктегі барлық өзгерісті алғанын растады.</translation>
    </message>
    <message>
        <source>Reference bundles</source>
        <translation>Анықтамалық пакеттер</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Пакетті ашу</translation>
    </message>
    <message>
        <source>{file} is not there any more: nothing was imported.</source>
        <translation>{file} енді жоқ: ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>{file} is a region&apos;s bundle of changes: it is imported at headquarters, not on this laptop.</source>
        <translation>{file} — өңірдің өзгерістер пакеті: ол осы ноутбукта емес, орталық аппаратта импортталады.</translation>
    </message>
    <message>
        <source>{file} is a reference bundle from headquarters: it is imported on a region&apos;s laptop.</source>
        <translation>{file} — орталық аппараттың анықтамалық пакеті: ол өңірдің ноутбугында импортталады.</translation>
    </message>
    <message>
        <source>{file} is not a bundle: khdesk opens .khb and .khr files.</source>
        <translation>{file} пакет емес: khdesk .khb және .khr файлдарын ашады.</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>бұрын импортталған</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>карантинде</translation>
    </message>
    <message>
        <source>being imported elsewhere</source>
        <translation>басқа жерде импортталып жатыр</translation>
    </message>
    <message>
        <source>people</source>
        <extracomment>What a bundle carries, table by table, as the import results count it.</extracomment>
        <translation>адамдар</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>отырыстар</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>қатысу туралы жазбалар</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <source>speeches</source>
        <translation>сөйлеген сөздер</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>шешімдер</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>ұсыныстар</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>қарау нәтижелері</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>сұрақтар</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>қосымшалар</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>түзетулер</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Пакеттерді импорттау нәтижесі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Records or reason</source>
        <translation>Жазбалар немесе себебі</translation>
    </message>
    <message>
        <source>Bundles from the regions</source>
        <translation>Өңірлерден келген пакеттер</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Пакеттер</translation>
    </message>
    <message>
        <source>Write the reference bundle</source>
        <translation>Анықтамалық пакетті жазу</translation>
    </message>
    <message>
        <source>Device card</source>
        <translation>Құрылғы картасы</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>written</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>орталық аппарат растады</translation>
    </message>
    <message>
        <source>Version {version} written to {path}: send it to every region.</source>
        <translation>{version} нұсқасы {path} файлына жазылды: оны барлық өңірге жіберіңіз.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Синхрондау тарихы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <source>The plenary&apos;s vote</source>
        <translation>Пленарлық дауыс беру</translation>
    </message>
    <message>
        <source>Version {number} is put to the vote. Once adopted, its text is frozen: a later change is a new document.</source>
        <translation>{number}-нұсқа дауысқа қойылады. Қабылданғаннан кейін мәтіні өзгермейді: кейінгі өзгеріс — жаңа құжат.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Жақтап</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Қалыс қалды</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>Day of the vote</source>
        <translation>Дауыс берілген күн</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <extracomment>one row of the search results: id, name, organisation, sector code, arrived (None: not here)</extracomment>
        <translation>Тізімде жоқ қатысушы</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
    </message>
    <message>
        <source>A phone or e-mail is kept only with consent.</source>
        <translation>Телефон мен эл. пошта тек келісім болса ғана сақталады.</translation>
    </message>
    <message>
        <source>Use the existing record</source>
        <translation>Бар жазбаны пайдалану</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Ұй&amp;ым</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>&amp;Сектор</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. пошта</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Келісім қалай берілді</translation>
    </message>
    <message>
        <source>Add and check &amp;in</source>
        <translation>Қосып, &amp;келгенін белгілеу</translation>
    </message>
    <message>
        <source>Record this person and check them in (Ctrl+Enter)</source>
        <translation>Бұл адамды жазып, келгенін белгілеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This looks like someone already known: {name} ({organisation}).</source>
        <translation>Бұл адам базада бұрыннан бар сияқты: {name} ({organisation}).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Facilitator of a region</source>
        <translation>Өңір фасилитаторы</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Орталық аппарат</translation>
    </message>
    <message>
        <source>Welcome to khdesk</source>
        <translation>khdesk бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer, with or without a network. Tell it who uses this computer.</source>
        <translation>khdesk «Қазақстан халқына» қорының дөңгелек үстелдерін осы компьютерде сақтайды — желі болса да, болмаса да жұмыс істейді. Бұл компьютерді кім пайдаланатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Рө&amp;лі</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>Өңі&amp;р</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Аты-жөніңіз</translation>
    </message>
    <message>
        <source>Load &amp;demo data (a synthetic campaign of 64 meetings) to look around</source>
        <translation>Танысу үшін &amp;демо деректерді жүктеу (64 отырыстан тұратын шартты науқан)</translation>
    </message>
</context>
<context>
    <name>WritingDialog</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
</TS>
