<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add scan or photo…</source>
        <translation>&amp;Добавить скан или фото…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>{count} attached</source>
        <translation>Прикреплено файлов: {count}</translation>
    </message>
    <message>
        <source>Attach scans or photos</source>
        <translation>Прикрепить сканы или фото</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Сканы и фото (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Copying files…</source>
        <translation>Копирование файлов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the file {name} from this meeting?</source>
        <translation>Удалить файл {name} из материалов заседания?</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Logo above the protocol</source>
        <translation>Логотип над протоколом</translation>
    </message>
    <message>
        <source>Attach the list of participants above</source>
        <translation>Прилагать список участников, если их больше</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>без логотипа</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Documents of the meeting</source>
        <translation>Документы заседания</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>Blank attendance sheet, to sign</source>
        <translation>Пустой лист регистрации для подписей</translation>
    </message>
    <message>
        <source>Register of proposals</source>
        <translation>Реестр предложений</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <source>{pages} pages</source>
        <translation>Страниц: {pages}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document, to edit (*.docx)</source>
        <translation>Документ Word для редактирования (*.docx)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Сохранение документа</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <extracomment>The fields a user may correct in a row, per kind of file.</extracomment>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation>Импорт отчёта Zoom об участниках</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Импорт предложений</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Fix the row…</source>
        <translation>Ис&amp;править строку…</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>&amp;Тот же человек</translation>
    </message>
    <message>
        <source>&amp;Different person</source>
        <translation>&amp;Другой человек</translation>
    </message>
    <message>
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation>Все из файла присутствовали (переносится подписанный бумажный лист регистрации)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>known person</source>
        <translation>уже есть в базе</translation>
    </message>
    <message>
        <source>already on the list</source>
        <translation>уже в списке</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>нужно решить</translation>
    </message>
    <message>
        <source>{file}: {create} new, {match} known, {attending} already on the list, {reject} not imported. Nothing is written until you press Import.</source>
        <translation>{file}: новых — {create}, уже в базе — {match}, уже в списке — {attending}, не импортируется — {reject}. Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>{count} rows share a phone or e-mail with someone of another name: select them and press Same person or Different person. Until you decide, they are not imported.</source>
        <translation>Строк с телефоном или e-mail человека с другим именем: {count}. Выберите их и нажмите «Тот же человек» или «Другой человек»; пока вы не решите, они не импортируются.</translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation>ваше решение: это тот же человек, «{name}».</translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation>ваше решение: это другой человек, не «{name}».</translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation>тот же человек, что в строке {line}, а по ней ещё нужно решить.</translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation>тот же телефон, что у человека из базы «{name}», но другое имя: это тот же человек?</translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation>тот же e-mail, что у человека из базы «{name}», но другое имя: это тот же человек?</translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation>тот же телефон, что в строке {line} («{name}»), но другое имя: это тот же человек?</translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation>тот же e-mail, что в строке {line} («{name}»), но другое имя: это тот же человек?</translation>
    </message>
    <message>
        <source>Sectors khdesk does not know:</source>
        <translation>Секторы, неизвестные khdesk:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Строка {line}</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Согласен на обработку персональных данных</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Идёт импорт…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation>Отчёты Zoom (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation>Предложения (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>khdesk — «Қазақстан халқына»</source>
        <translation>khdesk — «Қазақстан халқына»</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>&amp;Open meeting</source>
        <translation>&amp;Открыть заседание</translation>
    </message>
    <message>
        <source>&amp;Back to meetings</source>
        <translation>&amp;К списку заседаний</translation>
    </message>
    <message>
        <source>&amp;Find a meeting</source>
        <translation>По&amp;иск заседания</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Send to headquarters…</source>
        <translation>&amp;Отправить в центральный аппарат…</translation>
    </message>
    <message>
        <source>Import a &amp;reference bundle…</source>
        <translation>Импортировать справочный &amp;пакет…</translation>
    </message>
    <message>
        <source>&amp;Import bundles from the regions…</source>
        <translation>Импортировать пакеты из &amp;регионов…</translation>
    </message>
    <message>
        <source>Write a reference &amp;bundle…</source>
        <translation>Запис&amp;ать справочный пакет…</translation>
    </message>
    <message>
        <source>&amp;Enrol a device card…</source>
        <translation>Зарегистрировать &amp;карточку устройства…</translation>
    </message>
    <message>
        <source>Sync &amp;history</source>
        <translation>&amp;История синхронизации</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Документы…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Search meetings by title or place (Ctrl+K)</source>
        <translation>Поиск заседаний по названию или месту (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>любой статус</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>любой вид</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн-заседание</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be cleared by switching the language now. Switch?</source>
        <translation>Набранный, но ещё не добавленный текст (предложение, вопрос, выступление) при смене языка будет очищен. Сменить язык?</translation>
    </message>
    <message>
        <source>khdesk {version} · {role} · {count} meetings</source>
        <translation>khdesk {version} · {role} · заседаний: {count}</translation>
    </message>
    <message>
        <source>Registered {registered} · present {present} ({sectors}) · proposals {proposals}</source>
        <translation>Зарегистрировано: {registered} · присутствуют: {present} ({sectors}) · предложений: {proposals}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Text typed but not yet added (a proposal, a question, a speech) will be lost. Quit anyway?</source>
        <translation>Набранный, но ещё не добавленный текст (предложение, вопрос, выступление) будет потерян. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн-заседание</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очный</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Гибридный</translation>
    </message>
    <message>
        <source>No single region</source>
        <translation>Без привязки к региону</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Starts / ends</source>
        <translation>Н&amp;ачало / окончание</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Ссылка</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>S&amp;ecretary</source>
        <translation>С&amp;екретарь</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>← Meetings</source>
        <translation>← Заседания</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Внести поправку…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Докум&amp;енты…</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>За&amp;крыть заседание…</translation>
    </message>
    <message>
        <source>&amp;1 Details</source>
        <translation>&amp;1 Сведения</translation>
    </message>
    <message>
        <source>&amp;2 Participants</source>
        <translation>&amp;2 Участники</translation>
    </message>
    <message>
        <source>&amp;3 Agenda and minutes</source>
        <translation>&amp;3 Повестка дня и протокол</translation>
    </message>
    <message>
        <source>&amp;4 Proposals</source>
        <translation>&amp;4 Предложения</translation>
    </message>
    <message>
        <source>&amp;5 Questions</source>
        <translation>&amp;5 Вопросы</translation>
    </message>
    <message>
        <source>&amp;6 Attachments</source>
        <translation>&amp;6 Приложения</translation>
    </message>
    <message>
        <source>&amp;7 Close</source>
        <translation>&amp;7 Закрытие</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн-заседание</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amending a closed meeting. Reason: {reason}</source>
        <translation>Вносится поправка в закрытое заседание. Причина: {reason}</translation>
    </message>
    <message>
        <source>This meeting is closed and read-only. Use Amend… to correct it.</source>
        <translation>Заседание закрыто и доступно только для просмотра. Чтобы исправить, нажмите «Внести поправку…».</translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation>Заседание закрыто.</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>председателя</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>секретаря</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>хотя бы одного вопроса повестки дня</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>решения</translation>
    </message>
    <message>
        <source>Before closing, the protocol still needs:</source>
        <translation>Чтобы закрыть заседание, в протоколе не хватает:</translation>
    </message>
    <message>
        <source>Everything the protocol needs is there. Closing makes it read-only.</source>
        <translation>Протокол заполнен полностью. После закрытия он будет доступен только для просмотра.</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Закрыть заседание</translation>
    </message>
    <message>
        <source>After closing, the meeting is read-only and changes become amendments. Close?</source>
        <translation>После закрытия заседание доступно только для просмотра, а изменения вносятся как поправки. Закрыть?</translation>
    </message>
    <message>
        <source>Amend a closed meeting</source>
        <translation>Поправка к закрытому заседанию</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Причина поправки</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is empty: type it in.</source>
        <extracomment>(what the service says, how the window says it), most frequent first.</extracomment>
        <translation>Поле «{field}» не заполнено: введите его.</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; shorten it to at most {limit}.</source>
        <translation>Поле «{field}» слишком длинное ({length} симв.): сократите его до {limit} симв.</translation>
    </message>
    <message>
        <source>{field} holds control characters: retype it as plain text.</source>
        <translation>Поле «{field}» содержит управляющие символы: введите его заново обычным текстом.</translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; is malformed: correct it or leave it empty.</source>
        <translation>Адрес эл. почты &apos;{value}&apos; указан неверно: исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>Телефон &apos;{value}&apos; указан неверно: запишите его в виде +7 7XX XXX XX XX или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>this meeting is closed and read-only: record the correction as an amendment with a reason.</source>
        <translation>Заседание закрыто и доступно только для просмотра: внесите исправление как поправку с указанием причины.</translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation>Приход этого человека не отмечен: сначала отметьте его приход.</translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation>Заседание заканчивается раньше, чем начинается: исправьте время.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
        <translation>Заседание нельзя перенести на другой год: создайте новое.</translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of another region is recorded on that region&apos;s installation.</source>
        <translation>Эта копия khdesk ведёт заседания региона {own}: заседание другого региона вносите в копию khdesk этого региона.</translation>
    </message>
    <message>
        <source>section {code} belongs to direction {direction}: pick a section of the same direction.</source>
        <translation>Раздел {code} относится к направлению {direction}: выберите раздел того же направления.</translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation>Число голосов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{count} records differ from the same version already stored: the stored ones were kept; the bundle is in inbox/imported for review.</source>
        <translation>{count} записей с той же версией, что уже сохранена, отличаются по содержанию: сохранённые оставлены как были; пакет лежит в inbox/imported для проверки.</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this headquarters; ask the region to export it again.</source>
        <translation>Пакет невозможно расшифровать: он повреждён, неполон или адресован не этому центральному аппарату; попросите регион экспортировать его заново.</translation>
    </message>
    <message>
        <source>the bundle comes from a device that is not enrolled (or was revoked): enrol its card, then import the bundle again.</source>
        <translation>Пакет пришёл с незарегистрированного (или отозванного) устройства: зарегистрируйте его карточку и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
        <translation>Файл не является пакетом khdesk (или он неполон либо повреждён): попросите отправителя экспортировать его заново.</translation>
    </message>
    <message>
        <source>the bundle was altered or damaged on the way: ask the sender to export it again.</source>
        <translation>Пакет был изменён или повреждён в пути: попросите отправителя экспортировать его заново.</translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first.</source>
        <translation>В этой копии khdesk ещё нет ключа центрального аппарата: сначала импортируйте справочный пакет из центрального аппарата.</translation>
    </message>
    <message>
        <source>no name: type the person&apos;s full name, or leave the row out.</source>
        <translation>Не указано ФИО: введите полное ФИО человека или исключите строку.</translation>
    </message>
    <message>
        <source>the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>Телефон указан неверно: запишите его в виде +7 7XX XXX XX XX или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>the e-mail is malformed: correct it or leave it empty.</source>
        <translation>Адрес эл. почты указан неверно: исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>the same person as line {line}</source>
        <translation>Тот же человек, что и в строке {line}</translation>
    </message>
    <message>
        <source>unknown sector &apos;{value}&apos;: write a sector&apos;s code or name, or map it above.</source>
        <translation>Неизвестный сектор &apos;{value}&apos;: укажите код или название сектора либо сопоставьте его выше.</translation>
    </message>
    <message>
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation>Нет текста: введите предложение или замечание либо исключите строку.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{value}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation>Неизвестное направление &apos;{value}&apos;: укажите код от D1 до D6 или название направления.</translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation>Не указано направление: укажите код от D1 до D6 или название направления.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{value}&apos;: write a code such as D2.3.</source>
        <translation>Неизвестный раздел проспекта &apos;{value}&apos;: укажите код, например D2.3.</translation>
    </message>
    <message>
        <source>the title</source>
        <extracomment>Field names that messages quote, in the interface&apos;s language.</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>the speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>the report (HEARD)</source>
        <translation>Доклад (СЛУШАЛИ)</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>the text of the proposal</source>
        <translation>Текст предложения</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
        <translation>&amp;Добавить вопрос повестки…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>What the rapporteur reported</source>
        <translation>Краткое содержание доклада</translation>
    </message>
    <message>
        <source>HEARD</source>
        <translation>СЛУШАЛИ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Summary of the speech</source>
        <translation>Краткое содержание выступления</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>SPOKE</source>
        <translation>ВЫСТУПИЛИ</translation>
    </message>
    <message>
        <source>The decision as it goes into the protocol</source>
        <translation>Текст решения для протокола</translation>
    </message>
    <message>
        <source>DECIDED</source>
        <translation>ПОСТАНОВИЛИ</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>Присутствуют: {count}</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} present: check the count.</source>
        <translation>Голосов {votes}, а присутствуют {present}: проверьте подсчёт.</translation>
    </message>
    <message>
        <source>Type the decision first; the vote is saved with it.</source>
        <translation>Сначала введите решение; итоги голосования сохранятся вместе с ним.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Формулировка вопроса</translation>
    </message>
    <message>
        <source>Remove this agenda item and its minutes?</source>
        <translation>Удалить этот вопрос повестки дня вместе с записями протокола?</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Type a name, organisation, phone or e-mail, then press Enter to check in</source>
        <translation>Введите ФИО, организацию, телефон или e-mail и нажмите Enter, чтобы отметить приход</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Отметить &amp;приход</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Участник не из списка…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Отменить последнюю отметку</translation>
    </message>
    <message>
        <source>Mark as &amp;left</source>
        <translation>Отметить у&amp;ход</translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation>Импорт &amp;списка…</translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation>Импорт отчёта &amp;Zoom…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Registered: {registered} · present: {present}</source>
        <translation>Зарегистрировано: {registered} · присутствуют: {present}</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Filter by name, organisation or phone</source>
        <translation>Фильтр по ФИО, организации или телефону</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
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
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>Всего человек: {count}</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <translation>Предложение или замечание в формулировке автора</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation>&amp;Добавить предложение</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Отменить изменение</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(без раздела)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected proposal or comment?</source>
        <translation>Удалить выбранное предложение или замечание?</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>Save the &amp;answer</source>
        <translation>Сохранить &amp;ответ</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Вопрос</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Кто задал</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Кому адресован</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Отв&amp;ет</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>ответ дан</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>снят</translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation>Сначала выберите вопрос в списке.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Where to write the bundle (a folder or a removable drive)</source>
        <translation>Куда записать пакет (папка или съёмный диск)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Send to headquarters</source>
        <translation>Отправка в центральный аппарат</translation>
    </message>
    <message>
        <source>{records} records written to {path}. Take the file to headquarters.</source>
        <translation>Сохранено записей: {records}, файл: {path}. Передайте файл в центральный аппарат.</translation>
    </message>
    <message>
        <source>Reference bundle from headquarters</source>
        <translation>Справочный пакет от центрального аппарата</translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation>Справочный пакет</translation>
    </message>
    <message>
        <source>Reference data version {version} is in use.</source>
        <translation>Используется версия справочных данных {version}.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>There is nothing new to send: headquarters has acknowledged every change of this laptop.</source>
        <translation>Отправлять нечего: центральный аппарат подтвердил получение всех изменений с этого ноутбука.</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>на карантине</translation>
    </message>
    <message>
        <source>being imported elsewhere</source>
        <translation>импортируется в другом месте</translation>
    </message>
    <message>
        <source>Bundles imported</source>
        <translation>Результаты импорта пакетов</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Records or reason</source>
        <translation>Записи или причина</translation>
    </message>
    <message>
        <source>Bundles from the regions</source>
        <translation>Пакеты из регионов</translation>
    </message>
    <message>
        <source>Write the reference bundle</source>
        <translation>Запись справочного пакета</translation>
    </message>
    <message>
        <source>Version {version} written: send it to every region.</source>
        <translation>Версия {version} записана: отправьте её во все регионы.</translation>
    </message>
    <message>
        <source>Device card</source>
        <translation>Карточка устройства</translation>
    </message>
    <message>
        <source>Read this fingerprint to the facilitator of region {region} by phone:

{fingerprint}

Does it match what their khdesk shows? Enrol the device only if it does.</source>
        <translation>Продиктуйте этот контрольный код по телефону фасилитатору региона {region}:

{fingerprint}

Совпадает ли он с кодом, который показывает его khdesk? Регистрируйте устройство, только если коды совпадают.</translation>
    </message>
    <message>
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>written</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>подтверждён штабом</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>История синхронизации</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Участник не из списка</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Даёт согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>письменно, на бумаге</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>в электронной форме</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>устно</translation>
    </message>
    <message>
        <source>Use the existing record</source>
        <translation>Использовать существующую запись</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
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
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Как получено согласие</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This looks like someone already known: {name} ({organisation}).</source>
        <translation>Похоже, этот человек уже есть в базе: {name} ({organisation}).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Facilitator of a region</source>
        <translation>Фасилитатор региона</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Центральный аппарат</translation>
    </message>
    <message>
        <source>Welcome to khdesk</source>
        <translation>Добро пожаловать в khdesk</translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer, with or without a network. Tell it who uses this computer.</source>
        <translation>khdesk хранит круглые столы фонда «Қазақстан халқына» на этом компьютере и работает как с сетью, так и без неё. Укажите, кто работает на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>R&amp;egion</source>
        <translation>Р&amp;егион</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <source>Load &amp;demo data (a synthetic campaign of 64 meetings) to look around</source>
        <translation>Загрузить &amp;демонстрационные данные (условная кампания из 64 заседаний) для ознакомления</translation>
    </message>
</context>
</TS>
