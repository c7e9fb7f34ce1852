<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttachmentsTab</name>
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
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
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
        <source>The printer could not be opened.</source>
        <translation>Принтерді ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Басып шығаруға жіберілді.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <extracomment>The fields a user may correct in a row, per kind of file.</extracomment>
        <translation>Қатысушылар тізімін импорттау</translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation>Zoom қатысушылары туралы есепті импорттау</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Ұсыныстарды импорттау</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} оқылуда…</translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Reason</source>
        <translation>Себебі</translation>
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
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation>Файлдағылардың бәрі қатысты (қол қойылған қағаз тіркеу парағы енгізілуде)</translation>
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
        <source>you said: the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл «{name}», сол адам.</translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл «{name}» емес, басқа адам.</translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation>{line}-жолдағы адаммен бір адам, ал ол жол әлі шешілмеген.</translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation>телефоны базада бар «{name}» адамдікімен бірдей, бірақ аты басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation>эл. поштасы базада бар «{name}» адамдікімен бірдей, бірақ аты басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation>телефоны {line}-жолдағымен («{name}») бірдей, бірақ аты басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation>эл. поштасы {line}-жолдағымен («{name}») бірдей, бірақ аты басқа: бұл сол адам ба?</translation>
    </message>
    <message>
        <source>Sectors khdesk does not know:</source>
        <translation>khdesk білмейтін секторлар:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>{line}-жол</translation>
    </message>
    <message>
        <source>Full name</source>
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
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
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
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
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
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Қатысушылар тізімдері (*.csv *.xlsx *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation>Zoom есептері (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation>Ұсыныстар (*.csv *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылып жатыр…</translation>
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
        <translation>Отырысты &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
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
        <source>Sync &amp;history</source>
        <translation>Синхрондау &amp;тарихы</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Құ&amp;жаттар…</translation>
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
        <source>any kind</source>
        <translation>кез келген түрі</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Дөңгелек үстел</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн отырыс</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарлық отырыс</translation>
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
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be cleared by switching the language now. Switch?</source>
        <translation>Терілген, бірақ әлі қосылмаған мәтін (ұсыныс, сұрақ, сөз) тіл ауыстырылғанда өшіріледі. Ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>khdesk {version} · {role} · {count} meetings</source>
        <translation>khdesk {version} · {role} · отырыстар: {count}</translation>
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
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Дөңгелек үстел</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн отырыс</translation>
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
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
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
        <translation>&amp;Өңір</translation>
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
        <translation>Тө&amp;раға</translation>
    </message>
    <message>
        <source>S&amp;ecretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>← Meetings</source>
        <translation>← Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Түзету…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Қ&amp;ұжаттар…</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>Оты&amp;рысты жабу…</translation>
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
        <source>&amp;7 Close</source>
        <translation>&amp;7 Жабу</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Дөңгелек үстел</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн отырыс</translation>
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
        <source>&amp;Edit details…</source>
        <translation>Мәліметтерді &amp;өзгерту…</translation>
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
        <source>the chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>хатшы</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>күн тәртібінің кемінде бір мәселесі</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>шешім</translation>
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
        <source>Reason for the amendment</source>
        <translation>Түзету енгізу себебі</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is empty: type it in.</source>
        <extracomment>(what the service says, how the window says it), most frequent first.</extracomment>
        <translation>{field} толтырылмаған: оны енгізіңіз.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; shorten it to at most {limit}.</source>
        <translation>{field} тым ұзын ({length} таңба): оны {limit} таңбаға дейін қысқартыңыз.</translation>
    </message>
    <message>
        <source>{field} holds control characters: retype it as plain text.</source>
        <translation>{field} басқару таңбаларын қамтиды: оны қарапайым мәтінмен қайта теріңіз.</translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; is malformed: correct it or leave it empty.</source>
        <translation>&apos;{value}&apos; эл. пошта мекенжайы қате жазылған: оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>&apos;{value}&apos; телефон нөмірі қате жазылған: оны +7 7XX XXX XX XX түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>this meeting is closed and read-only: record the correction as an amendment with a reason.</source>
        <translation>Бұл отырыс жабылған, оны тек қарауға болады: өзгерісті себебін көрсетіп, түзету ретінде енгізіңіз.</translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation>Бұл адам тіркелмеген: алдымен оны тіркеңіз.</translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation>Отырыстың аяқталу уақыты басталу уақытынан ерте: уақытты түзетіңіз.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
        <translation>Отырысты басқа жылға ауыстыруға болмайды: жаңа отырыс құрыңыз.</translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of another region is recorded on that region&apos;s installation.</source>
        <translation>Бұл khdesk көшірмесі коды {own} өңірдің отырыстарын жүргізеді: басқа өңірдің отырысын сол өңірдің khdesk көшірмесінде тіркеңіз.</translation>
    </message>
    <message>
        <source>section {code} belongs to direction {direction}: pick a section of the same direction.</source>
        <translation>{code} бөлімі {direction} бағытына жатады: сол бағыттың бөлімін таңдаңыз.</translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation>Дауыс саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>{count} records differ from the same version already stored: the stored ones were kept; the bundle is in inbox/imported for review.</source>
        <translation>{count} жазба сақталған нұсқамен нөмірі бірдей, бірақ мазмұны басқа: сақталғандары өзгертілмеді; пакет тексеру үшін inbox/imported қалтасында.</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this headquarters; ask the region to export it again.</source>
        <translation>Пакетті шифрдан шығару мүмкін емес: ол бүлінген, толық емес немесе бұл орталық аппаратқа арналмаған; өңірден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle comes from a device that is not enrolled (or was revoked): enrol its card, then import the bundle again.</source>
        <translation>Пакет тіркелмеген (немесе кері қайтарылған) құрылғыдан келді: оның картасын тіркеп, пакетті қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
        <translation>Файл khdesk пакеті емес (немесе толық емес не бүлінген): жіберушіден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged on the way: ask the sender to export it again.</source>
        <translation>Пакет жолда өзгертілген немесе бүлінген: жіберушіден оны қайта экспорттауды сұраңыз.</translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first.</source>
        <translation>Бұл көшірмеде орталық аппараттың кілті әлі жоқ: алдымен орталық аппараттан анықтамалық пакетті импорттаңыз.</translation>
    </message>
    <message>
        <source>no name: type the person&apos;s full name, or leave the row out.</source>
        <translation>Аты-жөні жоқ: адамның толық аты-жөнін жазыңыз немесе бұл жолды алып тастаңыз.</translation>
    </message>
    <message>
        <source>the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>Телефон нөмірі қате жазылған: оны +7 7XX XXX XX XX түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>the e-mail is malformed: correct it or leave it empty.</source>
        <translation>Эл. пошта мекенжайы қате жазылған: оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>the same person as line {line}</source>
        <translation>{line}-жолдағы адаммен бірдей</translation>
    </message>
    <message>
        <source>unknown sector &apos;{value}&apos;: write a sector&apos;s code or name, or map it above.</source>
        <translation>Белгісіз сектор &apos;{value}&apos;: сектордың кодын немесе атауын жазыңыз не оны жоғарыда сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation>Мәтін жоқ: ұсынысты не ескертуді жазыңыз немесе бұл жолды алып тастаңыз.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{value}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation>Белгісіз бағыт &apos;{value}&apos;: D1-ден D6-ға дейінгі кодты немесе бағыттың атауын жазыңыз.</translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation>Бағыт көрсетілмеген: D1-ден D6-ға дейінгі кодты немесе бағыттың атауын жазыңыз.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{value}&apos;: write a code such as D2.3.</source>
        <translation>Проспектінің белгісіз бөлімі &apos;{value}&apos;: D2.3 сияқты кодты жазыңыз.</translation>
    </message>
    <message>
        <source>the title</source>
        <extracomment>Field names that messages quote, in the interface&apos;s language.</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>Ұйымы</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>the speech</source>
        <translation>Сөйлеген сөз</translation>
    </message>
    <message>
        <source>the report (HEARD)</source>
        <translation>Баяндама (ТЫҢДАЛДЫ)</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>the text of the proposal</source>
        <translation>Ұсыныс мәтіні</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
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
        <source>Present: {count}</source>
        <translation>Қатысып отырғандар: {count}</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} present: check the count.</source>
        <translation>Дауыс саны {votes}, ал қатысып отырғандар {present}: санын тексеріңіз.</translation>
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
    <name>ParticipantsTab</name>
    <message>
        <source>Type a name, organisation, phone or e-mail, then press Enter to check in</source>
        <translation>Аты-жөнін, ұйымын, телефонын немесе эл. поштасын теріп, тіркеу үшін Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>Тізімде жоқ &amp;қатысушы…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Соңғы тіркеуді болдырмау</translation>
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
        <source>Import &amp;Zoom report…</source>
        <translation>&amp;Zoom есебін импорттау…</translation>
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
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Filter by name, organisation or phone</source>
        <translation>Аты-жөні, ұйымы немесе телефоны бойынша сүзу</translation>
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
        <source>{count} persons</source>
        <translation>Адамдар саны: {count}</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <translation>Ұсыныс не ескерту — авторының өз сөзімен</translation>
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
        <source>&amp;Add proposal</source>
        <translation>Ұсыныс &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
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
        <source>All directions</source>
        <translation>Барлық бағыттар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтіні</translation>
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
        <source>(no section)</source>
        <translation>(бөлімсіз)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
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
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add question</source>
        <translation>Сұрақ &amp;қосу</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>&amp;Жауапты сақтау</translation>
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
        <source>A&amp;nswer</source>
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
        <source>Select a question in the list first.</source>
        <translation>Алдымен тізімнен сұрақты таңдаңыз.</translation>
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
        <source>Write the reference bundle</source>
        <translation>Анықтамалық пакетті жазу</translation>
    </message>
    <message>
        <source>Version {version} written: send it to every region.</source>
        <translation>{version} нұсқасы жазылды: оны барлық өңірге жіберіңіз.</translation>
    </message>
    <message>
        <source>Device card</source>
        <translation>Құрылғы картасы</translation>
    </message>
    <message>
        <source>Read this fingerprint to the facilitator of region {region} by phone:

{fingerprint}

Does it match what their khdesk shows? Enrol the device only if it does.</source>
        <translation>Осы бақылау кодын {region} өңірінің фасилитаторына телефон арқылы оқып беріңіз:

{fingerprint}

Оның khdesk бағдарламасында көрсетілген кодпен сәйкес келе ме? Құрылғыны тек сәйкес келсе ғана тіркеңіз.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Құрылғыны тіркеу</translation>
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
        <translation>штаб растады</translation>
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
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Тізімде жоқ қатысушы</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>қағазға қол қойды</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>электронды түрде</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>ауызша</translation>
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
        <translation>&amp;Ұйым</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Лауазымы</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
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
        <source>Check in</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This looks like someone already known: {name} ({organisation}).</source>
        <translation>Бұл адам бұрыннан тіркелген болуы мүмкін: {name} ({organisation}).</translation>
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
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>&amp;Өңір</translation>
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
</TS>
