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
        <source>Reading {file}…</source>
        <extracomment>A review is under way: nothing may change the preview until it is back.</extracomment>
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
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>The widgets of the options the importer offers, by option name.</extracomment>
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
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорттау тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Файлды таңдаңыз</translation>
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
        <source>agenda item</source>
        <translation>күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>күн тәртібінің кемінде бір мәселесі</translation>
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
        <source>decision</source>
        <translation>шешім</translation>
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
        <source>name</source>
        <translation>аты</translation>
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
        <source>the addressee</source>
        <translation>сұрақ қойылған адам</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>күн тәртібінің мәселесі</translation>
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
        <source>the organisation</source>
        <translation>ұйымы</translation>
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
        <translation>Ада&amp;мдар</translation>
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
        <source>&apos;{name}&apos; is not a meeting detail that can be edited.</source>
        <translation>«{name}» отырыс туралы өзгертуге болатын мәліметтердің қатарына кірмейді.</translation>
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
        <source>Agrees to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім береді</translation>
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
        <source>a facilitator works in a region: add --region with its KATO code.</source>
        <translation>фасилитатор бір өңірде жұмыс істейді: --region параметрін өңірдің КАТО кодымен қосыңыз.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another region: create a new one.</source>
        <translation>отырысты басқа өңірге ауыстыруға болмайды: жаңа отырыс құрыңыз.</translation>
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
        <source>cannot read the database {path} ({reason}): check its permissions.</source>
        <translation>{path} дерекқорын оқу мүмкін емес ({reason}): оған қол жеткізу құқықтарын тексеріңіз.</translation>
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
        <source>headquarters covers every region: leave out --region.</source>
        <translation>орталық аппарат барлық өңірді қамтиды: --region параметрін көрсетпеңіз.</translation>
    </message>
    <message>
        <source>headquarters&apos; decryption key is missing from keys/: restore it.</source>
        <translation>орталық аппараттың шифрдан шығару кілті keys/ қалтасында жоқ: оны қалпына келтіріңіз.</translation>
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
        <source>its ends_at is not after its starts_at</source>
        <translation>ends_at мәні starts_at мәнінен кейін емес</translation>
    </message>
    <message>
        <source>its left_at is before its arrived_at</source>
        <translation>left_at мәні arrived_at мәнінен ерте</translation>
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
        <source>its year is not the year of its date</source>
        <translation>year мәні date күнінің жылына сәйкес келмейді</translation>
    </message>
    <message>
        <source>its {column} names no person</source>
        <translation>{column} өрісі ешбір адамды көрсетпейді</translation>
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
        <source>khdesk cannot use the database URL &apos;{url}&apos; ({reason}): give a SQLite file path, or a URL whose driver is installed.</source>
        <translation>khdesk «{url}» дерекқор мекенжайын пайдалана алмайды ({reason}): SQLite файлының жолын немесе драйвері орнатылған мекенжайды көрсетіңіз.</translation>
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
        <source>no enrolled device {device}: &apos;khdesk device list&apos; shows them.</source>
        <translation>{device} құрылғысы тіркелмеген: тіркелген құрылғыларды &apos;khdesk device list&apos; командасы көрсетеді.</translation>
    </message>
    <message>
        <source>no join time: the row says nothing about when the person came.</source>
        <translation>кірген уақыты жоқ: бұл жолда адамның қашан қосылғаны көрсетілмеген.</translation>
    </message>
    <message>
        <source>no meeting numbered {ref}: &apos;khdesk meetings list&apos; shows the numbers.</source>
        <translation>{ref} нөмірлі отырыс жоқ: нөмірлерді &apos;khdesk meetings list&apos; командасы көрсетеді.</translation>
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
        <source>no {what} with id {id}: check the id (list them to see it).</source>
        <translation>{id} идентификаторы бар {what} табылмады: идентификаторды тексеріңіз (оны тізімнен көруге болады).</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>импортталмайды</translation>
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
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>«{value}» телефон нөмірі қате жазылған: оны +7 7XX XXX XX XX түрінде жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>section {code} belongs to direction {its}, not {direction}: pick a section of the same direction.</source>
        <translation>{code} бөлімі {direction} бағытына емес, {its} бағытына жатады: сол бағыттың бөлімін таңдаңыз.</translation>
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
        <source>that is this installation&apos;s own card: enrol the regions&apos; cards.</source>
        <translation>бұл — осы khdesk-тің өз картасы: өңірлердің карталарын тіркеңіз.</translation>
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
        <translation>пакет {device} құрылғысынан келген, оның күшін орталық аппарат жойған: пакет импортталмайды; ол ноутбук қайта пайдаланылатын болса, оған khdesk-ті қайта орнатып, жаңа картасын тіркеңіз.</translation>
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
        <source>the disk that holds {folder} is full, so {file} was not written: free some space or choose another drive.</source>
        <translation>{folder} орналасқан диск толып қалды, сондықтан {file} жазылмады: орын босатыңыз немесе басқа дискіні таңдаңыз.</translation>
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
        <source>the reference bundle files a section under a direction it does not have: refused.</source>
        <translation>анықтамалық пакет бөлімді онда жоқ бағытқа жатқызады: пакет қабылданбады.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s manifest is damaged: ask headquarters for a new one.</source>
        <translation>анықтамалық пакеттің манифесті бүлінген: орталық аппараттан жаңа пакет сұраңыз.</translation>
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
        <source>the {cell} cell is {length:,} characters long.</source>
        <translation>«{cell}» ұяшығы тым ұзын: {length:,} таңба.</translation>
    </message>
    <message>
        <source>the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>«{field}» ұяшығы {length:,} таңбадан тұрады: оны {limit:,} таңбаға дейін қысқартыңыз.</translation>
    </message>
    <message>
        <source>there is no file {path}: check the name and the folder.</source>
        <translation>{path} файлы жоқ: атауы мен қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <source>there is nothing new to send: headquarters has acknowledged every change of this installation.</source>
        <translation>жіберетін жаңа ештеңе жоқ: орталық аппарат осы khdesk-тегі барлық өзгерісті алғанын растады.</translation>
    </message>
    <message>
        <source>this database already holds {count} meetings; demo data goes into an empty one: use --data-dir with a new folder.</source>
        <translation>бұл дерекқорда {count} отырыс бар; демо деректер тек бос дерекқорға жүктеледі: --data-dir параметрімен жаңа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>this database was written by a newer khdesk (schema {current}; this one knows up to {known}): install the newer khdesk to open it.</source>
        <translation>бұл дерекқорды khdesk-тің жаңарақ нұсқасы жазған (схемасы {current}; бұл нұсқа {known} схемасына дейін ғана біледі): дерекқорды ашу үшін khdesk-тің жаңарақ нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first (&apos;khdesk reference import FILE&apos;).</source>
        <translation>бұл khdesk-те орталық аппараттың кілті әлі жоқ: алдымен орталық аппараттан келген анықтамалық пакетті импорттаңыз (&apos;khdesk reference import FILE&apos;).</translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init --role facilitator --region KATO&apos; or &apos;khdesk init --role hq&apos; first.</source>
        <translation>бұл khdesk-тің сәйкестендіру деректері әлі жоқ: алдымен &apos;khdesk init --role facilitator --region KATO&apos; немесе &apos;khdesk init --role hq&apos; командасын орындаңыз.</translation>
    </message>
    <message>
        <source>this installation has no keys yet: initialise it with &apos;khdesk init&apos; (or &apos;khdesk init --force&apos; for one made before keys existed).</source>
        <translation>бұл khdesk-те әлі кілттер жоқ: оны &apos;khdesk init&apos; командасымен баптаңыз (кілттер енгізілгенге дейін баптанған болса — &apos;khdesk init --force&apos; командасымен).</translation>
    </message>
    <message>
        <source>this installation has no keys: run &apos;khdesk init&apos; first.</source>
        <translation>бұл khdesk-те кілттер жоқ: алдымен &apos;khdesk init&apos; командасын орындаңыз.</translation>
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
        <translation>бұл khdesk-тің {path} қол қою кілті жоқ немесе бүлінген: деректер қалтасын сақтық көшірмеден қалпына келтіріңіз немесе &apos;khdesk init --force&apos; командасымен қайта баптаңыз.</translation>
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
        <source>this person was not checked in: check them in first.</source>
        <translation>бұл адамның келгені белгіленбеген: алдымен оның келгенін белгілеңіз.</translation>
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
        <source>unknown attendance mode &apos;{mode}&apos;: use in-person or online.</source>
        <translation>«{mode}» қатысу түрі белгісіз: in-person немесе online мәнін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown consent method &apos;{value}&apos;: use paper, verbal or electronic.</source>
        <translation>«{value}» келісім беру тәсілі белгісіз: paper, verbal немесе electronic мәнін пайдаланыңыз.</translation>
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
        <source>unknown language &apos;{language}&apos;: use kk, ru, en or kk+ru.</source>
        <translation>«{language}» тілі белгісіз: kk, ru, en немесе kk+ru кодын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>unknown meeting format &apos;{value}&apos;: use in-person, online or hybrid.</source>
        <translation>«{value}» отырыс форматы белгісіз: in-person, online немесе hybrid мәнін пайдаланыңыз.</translation>
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
        <source>you said: not the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл «{name}» емес, басқа адам.</translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation>сіздің шешіміңіз: бұл — «{name}», сол адам.</translation>
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
        <translation>{file} — құрылғы картасы емес: фасилитатордан &apos;khdesk device card&apos; командасы жазатын файлды сұраңыз.</translation>
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
        <source>{path} does not exist: check the path of the logo.</source>
        <translation>{path} жоқ: логотиптің жолын тексеріңіз.</translation>
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
        <source>{where} holds tables that are not khdesk&apos;s: point --db at a khdesk database or a new file.</source>
        <translation>{where} ішінде khdesk-ке тиесілі емес кестелер бар: --db параметрінде khdesk дерекқорын немесе жаңа файлды көрсетіңіз.</translation>
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
        <translation>Аты-жөнін, ұйымын, телефонын немесе эл. поштасын теріп, келгенін белгілеу үшін Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Келгенін белгілеу</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>Тізімде жоқ &amp;қатысушы…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Соңғы келгенін белгілеуді болдырмау</translation>
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
        <source>This laptop does not hold headquarters&apos; key yet: import the reference bundle from headquarters first (Sync → Import a reference bundle…).</source>
        <translation>Бұл ноутбукте орталық аппараттың кілті әлі жоқ: алдымен орталық аппараттан келген анықтамалық пакетті импорттаңыз (Синхрондау → Анықтамалық пакетті импорттау…).</translation>
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
        <source>Device {device} is enrolled: its bundles will be imported.</source>
        <translation>{device} құрылғысы тіркелді: оның пакеттері импортталатын болады.</translation>
    </message>
    <message>
        <source>Device {device} was enrolled already.</source>
        <translation>{device} құрылғысы бұрын тіркелген.</translation>
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
        <translation>Келгенін белгілеу</translation>
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
