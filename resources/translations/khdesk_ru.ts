<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About khdesk</source>
        <translation>О программе khdesk</translation>
    </message>
    <message>
        <source>khdesk keeps the round tables of «Қазақстан халқына» on this computer.</source>
        <translation>khdesk хранит круглые столы фонда «Қазақстан халқына» на этом компьютере.</translation>
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
        <translation>Схема базы данных</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Идентификатор устройства</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Код устройства</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy these details</source>
        <translation>Скопировать эти сведения</translation>
    </message>
</context>
<context>
    <name>AmendmentsTab</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>The version with its lines numbered</source>
        <translation>Версия с пронумерованными строками</translation>
    </message>
    <message>
        <source>New wording of the paragraph</source>
        <translation>Новая редакция абзаца</translation>
    </message>
    <message>
        <source>Delete the paragraph</source>
        <translation>Исключить абзац</translation>
    </message>
    <message>
        <source>Add a paragraph after it</source>
        <translation>Добавить абзац после него</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>в начале</translation>
    </message>
    <message>
        <source>for example 5-7</source>
        <translation>например, 5-7</translation>
    </message>
    <message>
        <source>The wording in the language read</source>
        <translation>Редакция на языке чтения</translation>
    </message>
    <message>
        <source>The wording in the other language, if given</source>
        <translation>Редакция на другом языке (если дана)</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержались</translation>
    </message>
    <message>
        <source>The meeting&apos;s amendments</source>
        <translation>Поправки заседания</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Поправка</translation>
    </message>
    <message>
        <source>The document to amend</source>
        <translation>Документ для поправок</translation>
    </message>
    <message>
        <source>The language read</source>
        <translation>Язык чтения</translation>
    </message>
    <message>
        <source>Record the &amp;amendment</source>
        <translation>Записать &amp;поправку</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Абзац</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Предложил(а)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Amendments of this meeting</source>
        <translation>Поправки этого заседания</translation>
    </message>
    <message>
        <source>{title} — version {number}</source>
        <translation>{title} — версия {number}</translation>
    </message>
    <message>
        <source>paragraph {number}</source>
        <translation>абзац {number}</translation>
    </message>
    <message>
        <source>No document to amend: headquarters publishes its drafts (the Declaration, an Appeal) in the reference bundle; import the newest one.</source>
        <translation>Нет документа для поправок: центральный аппарат публикует проекты (Декларацию, Обращение) в справочном пакете; импортируйте самый новый.</translation>
    </message>
    <message>
        <source>«{value}» is not a range of lines: write it as 5-7.</source>
        <translation>«{value}» — не диапазон строк: запишите его как 5-7.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the amendment «{words}»?</source>
        <translation>Удалить поправку «{words}»?</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer template</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation>Написать свой ответ</translation>
    </message>
    <message>
        <source>The answer the region reads</source>
        <translation>Ответ, который увидит регион</translation>
    </message>
    <message>
        <source>Save as an answer template</source>
        <translation>Сохранить как шаблон ответа</translation>
    </message>
    <message>
        <source>Answer template:</source>
        <translation>Шаблон ответа:</translation>
    </message>
    <message>
        <source>The answer the region reads:</source>
        <translation>Ответ, который увидит регион:</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Сохранить результат рассмотрения</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Scans and photos of the meeting</source>
        <translation>Сканы и фото заседания</translation>
    </message>
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
        <source>Nothing was attached to this meeting.</source>
        <translation>К этому заседанию ничего не прикреплено.</translation>
    </message>
    <message>
        <source>Nothing attached yet: «Add scan or photo…» attaches the signed attendance sheet, handouts or photos.</source>
        <translation>Пока ничего не прикреплено: подписанный лист регистрации, раздаточные материалы или фото прикрепляются кнопкой «Добавить скан или фото…».</translation>
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
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>meetings: {meetings}, persons: {persons}, proposals: {proposals}</source>
        <translation>заседаний: {meetings}, людей: {persons}, предложений: {proposals}</translation>
    </message>
    <message>
        <source>Backed up to {path}, with an encrypted copy in {copy}</source>
        <translation>Резервная копия сохранена: {path}; зашифрованная копия — в {copy}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>The backup is in place; the database it replaced is kept as {aside}. khdesk starts again now.</source>
        <translation>Резервная копия восстановлена; заменённая ею база данных сохранена как {aside}. Сейчас khdesk запустится заново.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>The database failed its check and was moved, unchanged, to {aside}. The latest good backup is of {taken} and holds {holds}.</source>
        <translation>База данных не прошла проверку и без изменений перемещена в {aside}. Последняя исправная резервная копия сделана {taken}, в ней {holds}.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Восстановить эту копию</translation>
    </message>
    <message>
        <source>&amp;Open nothing</source>
        <translation>&amp;Ничего не открывать</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>khdesk backs the database up when it starts, once a day when something changed, and keeps recent days, weeks and months. The backups are in {folder}.</source>
        <translation>khdesk делает резервную копию базы данных при запуске, не чаще раза в день и только если что-то изменилось, и хранит копии последних дней, недель и месяцев. Резервные копии находятся в {folder}.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>No backup yet: «Back up now» takes one.</source>
        <translation>Резервных копий ещё нет: кнопка «Сделать копию сейчас» создаст первую.</translation>
    </message>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Хранить…</translation>
    </message>
    <message>
        <source>How many days, weeks and months keep a daily backup</source>
        <translation>Сколько дней, недель и месяцев хранится ежедневная резервная копия</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Из &amp;файла…</translation>
    </message>
    <message>
        <source>Restore a backup or a copy from a USB stick (a new laptop, say)</source>
        <translation>Восстановить резервную копию или копию с USB-накопителя (например, на новом ноутбуке)</translation>
    </message>
    <message>
        <source>&amp;Second place…</source>
        <translation>Второе &amp;место…</translation>
    </message>
    <message>
        <source>Daily backups kept: one a day for {days} days, one a week for {weeks} weeks, one a month for {months} months; the others are removed.</source>
        <translation>Ежедневные резервные копии хранятся: по одной в день — {days} дн., по одной в неделю — {weeks} нед., по одной в месяц — {months} мес.; остальные удаляются.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Хранение ежедневных копий</translation>
    </message>
    <message>
        <source>Days, weeks and months, separated by commas (12,10,9):</source>
        <translation>Дни, недели и месяцы через запятую (12,10,9):</translation>
    </message>
    <message>
        <source>No second place: an encrypted copy of every backup on a USB stick or another drive survives the laptop. «Second place…» chooses one.</source>
        <translation>Второго места нет: зашифрованная копия каждой резервной копии на флешке USB или другом диске сохранится, даже если ноутбук пропадёт. Кнопка «Второе место…» позволяет его выбрать.</translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; it is not plugged in now, or holds no copy yet.</source>
        <translation>Каждая резервная копия также копируется в зашифрованном виде в {folder}, когда он подключён; сейчас он не подключён или копий там ещё нет.</translation>
    </message>
    <message>
        <source>Every backup is also copied, encrypted, to {folder} whenever it is plugged in; the last copy there is of {taken}.</source>
        <translation>Каждая резервная копия также копируется в зашифрованном виде в {folder}, когда он подключён; последняя копия там — от {taken}.</translation>
    </message>
    <message>
        <source>A second place for the backups (a USB stick, another drive)</source>
        <translation>Второе место для резервных копий (флешка USB, другой диск)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановление из файла</translation>
    </message>
    <message>
        <source>khdesk backups (*.db *.db.age)</source>
        <translation>Резервные копии khdesk (*.db *.db.age)</translation>
    </message>
    <message>
        <source>Passphrase of the copies</source>
        <translation>Парольная фраза копий</translation>
    </message>
    <message>
        <source>The passphrase chosen for the second place:</source>
        <translation>Парольная фраза, выбранная для второго места:</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Put {file} in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation>Поставить {file} на место базы данных? Сохранённое с тех пор сначала откладывается как резервная копия, затем khdesk запускается заново.</translation>
    </message>
    <message>
        <source>Put the backup of {taken} ({holds}) in place of the database? What was saved since is kept aside as a backup first, and khdesk starts again.</source>
        <translation>Заменить базу данных резервной копией от {taken} ({holds})? Всё сохранённое с тех пор сначала будет отложено как резервная копия, затем khdesk запустится заново.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Fingerprint</source>
        <extracomment>Wide enough for the longest line of the form and the fingerprint in large type; the dialogs grow taller, never wider, for longer translations.</extracomment>
        <translation>Контрольный код</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Code in meeting numbers</source>
        <translation>Код в номерах заседаний</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>khdesk ran into an internal error</source>
        <extracomment>the widest the dialog grows: it must fit a 1366x768 screen with room around it</extracomment>
        <translation>В khdesk произошла внутренняя ошибка</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Скопировать отчёт</translation>
    </message>
    <message>
        <source>&amp;Go on working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>&amp;Quit khdesk</source>
        <translation>&amp;Выйти из khdesk</translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; everything you typed is saved.</source>
        <translation>В khdesk произошёл сбой, и последнее действие не завершилось; всё, что вы ввели, сохранено.</translation>
    </message>
    <message>
        <source>Something went wrong inside khdesk and the last action did not finish; some of what you typed could not be saved, so copy it elsewhere before you quit.</source>
        <translation>В khdesk произошёл сбой, и последнее действие не завершилось; часть введённого текста сохранить не удалось, поэтому перед выходом скопируйте её в другое место.</translation>
    </message>
    <message>
        <source>A report for the developers, with no names, phones or e-mails in it, is in this file:</source>
        <translation>Отчёт для разработчиков (в нём нет имён, телефонов и адресов эл. почты) сохранён в файле:</translation>
    </message>
    <message>
        <source>The report could not be written; the log holds what happened:</source>
        <translation>Не удалось записать отчёт; что произошло, записано в журнале:</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Не удалось записать отчёт.</translation>
    </message>
    <message>
        <source>It happened again: {count} times in all.</source>
        <translation>Это повторилось снова; всего случаев: {count}.</translation>
    </message>
    <message>
        <source>The report is copied: paste it into an e-mail or a message.</source>
        <translation>Отчёт скопирован: вставьте его в письмо или сообщение.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>new</source>
        <extracomment>The figures the dashboard shows, by their names in ``stats.FIGURES``. The review statuses&apos; names; a status the vocabulary gains later shows under its code until it is named here.</extracomment>
        <translation>новое</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>требует уточнения</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Colours of the series, one per set in order (readable on white, told apart in grey too). The height of one row of a horizontal bar chart, in pixels. How long a section&apos;s name may be beside its bar (the whole name is the bar&apos;s tooltip). The numbers shown beside the charts&apos; figures, read in the same operation. the keys behind the categories and the sets, in the order drawn the figures drawn now (``read_figures``&apos;s answer), and the filters they are for the numbers read with them (``NUMBERS``): the unique persons</extracomment>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>campaign</source>
        <extracomment>the key numbers: each opens the list it counts</extracomment>
        <translation>кампания</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>все регионы</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>все виды</translation>
    </message>
    <message>
        <source>every direction</source>
        <translation>все направления</translation>
    </message>
    <message>
        <source>no single region</source>
        <translation>без привязки к региону</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Figures of region</source>
        <translation>Показатели по региону</translation>
    </message>
    <message>
        <source>Figures of meetings of kind</source>
        <translation>Показатели по виду заседаний</translation>
    </message>
    <message>
        <source>Figures of direction</source>
        <translation>Показатели по направлению</translation>
    </message>
    <message>
        <source>Figures from date</source>
        <translation>Начальная дата показателей</translation>
    </message>
    <message>
        <source>Figures to date</source>
        <translation>Конечная дата показателей</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation>Клавиша Delete снимает ограничение по дате</translation>
    </message>
    <message>
        <source>All the campaign: no filter</source>
        <translation>Вся кампания: без фильтров</translation>
    </message>
    <message>
        <source>Meetings by region and kind</source>
        <translation>Заседания по регионам и видам</translation>
    </message>
    <message>
        <source>Attendances and participants by sector</source>
        <translation>Записи об участии и участники по секторам</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>записи об участии</translation>
    </message>
    <message>
        <source>participants (each person once)</source>
        <translation>участники (каждый человек один раз)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>Proposals by direction and section</source>
        <translation>Предложения по направлениям и разделам</translation>
    </message>
    <message>
        <source>Review progress per section</source>
        <translation>Ход рассмотрения по разделам</translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation>Активность по неделям</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>заседания</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>предложения</translation>
    </message>
    <message>
        <source>meetings and proposals</source>
        <translation>заседания и предложения</translation>
    </message>
    <message>
        <source>week (from its Monday)</source>
        <translation>неделя (с понедельника)</translation>
    </message>
    <message>
        <source>attendances (right axis)</source>
        <translation>записи об участии (правая ось)</translation>
    </message>
    <message>
        <source>unique persons</source>
        <translation>люди без повторов</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>proposals and comments</source>
        <translation>предложения и замечания</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>рассмотрено</translation>
    </message>
    <message>
        <source>Proposals whose review status is other than new</source>
        <translation>Все предложения, кроме новых</translation>
    </message>
    <message>
        <source>Persons present, each counted once across regions and meetings: the same phone, e-mail, or name with organisation is one person, and so are the pairs judged the same on the Same persons page</source>
        <translation>Присутствовавшие люди, каждый учтён один раз по всем регионам и заседаниям: один и тот же телефон, эл. почта или ФИО вместе с организацией — это один человек, как и пары, признанные одним человеком на странице «Совпадения людей»</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>без раздела</translation>
    </message>
</context>
<context>
    <name>DeviceCardDialog</name>
    <message>
        <source>This laptop&apos;s card</source>
        <translation>Карточка этого ноутбука</translation>
    </message>
    <message>
        <source>Headquarters imports this laptop&apos;s bundles once it has enrolled its card. Save the card and send the file to headquarters (by e-mail or on a USB stick). When the analyst calls, read the fingerprint out group by group: it proves that the card they received is this laptop&apos;s.</source>
        <translation>Центральный аппарат импортирует пакеты этого ноутбука только после того, как зарегистрирует его карточку. Сохраните карточку и отправьте файл в центральный аппарат (по эл. почте или на флешке USB). Когда позвонит аналитик, прочитайте ему контрольный код по группам: так он убедится, что полученная карточка — с этого ноутбука.</translation>
    </message>
    <message>
        <source>&amp;Save the card…</source>
        <translation>&amp;Сохранить карточку…</translation>
    </message>
    <message>
        <source>&amp;Copy the fingerprint</source>
        <translation>Скопировать &amp;контрольный код</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s card</source>
        <translation>Сохранение карточки этого ноутбука</translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation>Карточки устройств</translation>
    </message>
    <message>
        <source>The card is saved as {path}: send this file to headquarters.</source>
        <translation>Карточка сохранена в файл {path}: отправьте этот файл в центральный аппарат.</translation>
    </message>
    <message>
        <source>The fingerprint is copied.</source>
        <translation>Контрольный код скопирован.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>&amp;Enrol a card…</source>
        <extracomment>An item&apos;s data: (&quot;region&quot;, kato or &quot;&quot;) or (&quot;device&quot;, its id). What to select once the rows arrive (a region opened from elsewhere, a card enrolled).</extracomment>
        <translation>Зарегистрировать &amp;карточку…</translation>
    </message>
    <message>
        <source>Enrol a region&apos;s device card (Ctrl+E)</source>
        <translation>Зарегистрировать карточку устройства региона (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Refuse further bundles from this device (Del)</source>
        <translation>Больше не принимать пакеты с этого устройства (Del)</translation>
    </message>
    <message>
        <source>Region / device</source>
        <translation>Регион / устройство</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Контрольный код</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation>Регионы и устройства</translation>
    </message>
    <message>
        <source>No single region (online sessions)</source>
        <translation>Без привязки к региону (онлайн-сессии)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>{when}: {status}, {records} records</source>
        <translation>{when}: {status}, записей: {records}</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Regions: {regions}. Devices enrolled: {devices}, of them revoked: {revoked}.</source>
        <translation>Регионов: {regions}. Зарегистрировано устройств: {devices}, из них отозвано: {revoked}.</translation>
    </message>
    <message>
        <source>Revoke device «{name}» of {region} (code {code}, fingerprint {fingerprint})? Its further bundles will be quarantined; what it sent already stays. A revoked device is not enrolled again: its laptop needs a new card.</source>
        <translation>Отозвать устройство «{name}» ({region}, код {code}, контрольный код {fingerprint})? Его следующие пакеты будут отправляться в карантин; то, что оно уже прислало, сохранится. Отозванное устройство повторно не регистрируется: для его ноутбука нужна новая карточка.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Отзыв устройства</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>The logo</source>
        <translation>Логотип</translation>
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
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
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
        <extracomment>Where the dialog keeps its size and position between sessions. What it asks for on a screen large enough: a page of A4 wide enough to read. Room for the window manager&apos;s title bar and borders around the dialog, which Qt learns only once the window is on screen.</extracomment>
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
        <source>{kk}, then {ru}</source>
        <translation>{kk}, затем {ru}</translation>
    </message>
    <message>
        <source>Phones and e-mails on the sheet</source>
        <translation>Показать в листе телефоны и эл. почту</translation>
    </message>
    <message>
        <source>Only of those who consented; leave it off for a sheet passed round the room.</source>
        <translation>Только тех, кто дал согласие; не включайте, если лист будут передавать по залу.</translation>
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
        <source>Printing…</source>
        <translation>Идёт печать…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>The campaign&apos;s documents</source>
        <translation>Документы кампании</translation>
    </message>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Новый документ…</translation>
    </message>
    <message>
        <source>Paragraph or amendment</source>
        <translation>Абзац или поправка</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Amendments by paragraph</source>
        <translation>Поправки по абзацам</translation>
    </message>
    <message>
        <source>&amp;Edit paragraph…</source>
        <translation>&amp;Изменить абзац…</translation>
    </message>
    <message>
        <source>Add a paragrap&amp;h…</source>
        <translation>&amp;Добавить абзац…</translation>
    </message>
    <message>
        <source>&amp;Remove paragraph…</source>
        <translation>Уд&amp;алить абзац…</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Отк&amp;лонить…</translation>
    </message>
    <message>
        <source>Ask to c&amp;larify…</source>
        <translation>Запросить &amp;уточнение…</translation>
    </message>
    <message>
        <source>&amp;Publish the next version</source>
        <translation>Опу&amp;бликовать следующую версию</translation>
    </message>
    <message>
        <source>&amp;Differences…</source>
        <translation>Различи&amp;я…</translation>
    </message>
    <message>
        <source>The plenary&apos;s &amp;vote…</source>
        <translation>&amp;Голосование пленарного заседания…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>The draft with numbered lines</source>
        <translation>Проект с пронумерованными строками</translation>
    </message>
    <message>
        <source>The amendments list</source>
        <translation>Список поправок</translation>
    </message>
    <message>
        <source>The adopted text</source>
        <translation>Принятый текст</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>No document yet: write one with «New document…», then publish it to the regions.</source>
        <translation>Документов пока нет: напишите документ кнопкой «Новый документ…» и опубликуйте его для регионов.</translation>
    </message>
    <message>
        <source>— adopted</source>
        <translation>— принят</translation>
    </message>
    <message>
        <source>— version {number}, changes not published</source>
        <translation>— версия {number}, изменения не опубликованы</translation>
    </message>
    <message>
        <source>— version {number}</source>
        <translation>— версия {number}</translation>
    </message>
    <message>
        <source>— a draft</source>
        <translation>— проект</translation>
    </message>
    <message>
        <source>adopted on {day}, version {number}: its text is frozen</source>
        <translation>принят {day}, версия {number}: текст неизменяем</translation>
    </message>
    <message>
        <source>version {number} published</source>
        <translation>опубликована версия {number}</translation>
    </message>
    <message>
        <source>a draft, not published yet</source>
        <translation>проект, ещё не опубликован</translation>
    </message>
    <message>
        <source>{state}. Amendments: {total}, not reviewed yet: {open}.</source>
        <translation>{state}. Поправок: {total}, не рассмотрено: {open}.</translation>
    </message>
    <message>
        <source>The draft has changes not in version {number}: publish them for the regions to read.</source>
        <translation>В проекте есть изменения, которых нет в версии {number}: опубликуйте их, чтобы регионы их прочли.</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>не рассмотрена</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принята</translation>
    </message>
    <message>
        <source>merged with № {number}</source>
        <translation>объединена с поправкой № {number}</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>требует уточнения</translation>
    </message>
    <message>
        <source>new wording</source>
        <translation>новая редакция</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>исключение</translation>
    </message>
    <message>
        <source>new paragraph</source>
        <translation>новый абзац</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Начало документа</translation>
    </message>
    <message>
        <source>Paragraph removed in version {number}</source>
        <translation>Абзац, исключённый в версии {number}</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Абзац {number}</translation>
    </message>
    <message>
        <source>Accept amendment № {number}</source>
        <translation>Принять поправку № {number}</translation>
    </message>
    <message>
        <source>The paragraph goes out of the draft.</source>
        <translation>Абзац исключается из проекта.</translation>
    </message>
    <message>
        <source>The wording that goes into the draft, in both languages:</source>
        <translation>Редакция, которая войдёт в проект, на обоих языках:</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge amendment № {number} with:</source>
        <translation>Объединить поправку № {number} с:</translation>
    </message>
    <message>
        <source>Why is amendment № {number} declined? The region reads it.</source>
        <translation>Почему поправка № {number} отклонена? Регион прочтёт это.</translation>
    </message>
    <message>
        <source>What should the region clarify in amendment № {number}?</source>
        <translation>Что регион должен уточнить в поправке № {number}?</translation>
    </message>
    <message>
        <source>Paragraph {number} of the draft</source>
        <translation>Абзац {number} проекта</translation>
    </message>
    <message>
        <source>A new paragraph</source>
        <translation>Новый абзац</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>Удалить абзац</translation>
    </message>
    <message>
        <source>Remove paragraph {number} from the draft? The next version will not have it; its amendments stay, marked as to a removed paragraph.</source>
        <translation>Удалить абзац {number} из проекта? В следующей версии его не будет; поправки к нему сохранятся с пометкой, что абзац исключён.</translation>
    </message>
    <message>
        <source>Version {older} and version {newer}</source>
        <translation>Версия {older} и версия {newer}</translation>
    </message>
    <message>
        <source>taken out</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>put in</source>
        <translation>внесено</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>EnrolCardDialog</name>
    <message>
        <source>Enrol a device</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <source>Call the facilitator of this laptop and ask them to read out the fingerprint their khdesk shows (Sync → This laptop&apos;s card…). Enrol the device only if every group matches the fingerprint below: a card that does not match may not be theirs.</source>
        <translation>Позвоните фасилитатору этого ноутбука и попросите его прочитать контрольный код, который показывает его khdesk (Синхронизация → Карточка этого ноутбука…). Регистрируйте устройство, только если каждая группа совпадает с контрольным кодом ниже: несовпадающая карточка может оказаться чужой.</translation>
    </message>
    <message>
        <source>&amp;Enrol: the fingerprint matches</source>
        <translation>&amp;Зарегистрировать: контрольный код совпадает</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enrolled: {region}, device {device} (code {code}). Its bundles are imported from now on; any it sent before enrolment wait in the inbox&apos;s quarantine folder: import them again.</source>
        <translation>Зарегистрировано: {region}, устройство {device} (код {code}). Теперь его пакеты импортируются; пакеты, отправленные до регистрации, ждут в папке карантина inbox/quarantine: импортируйте их снова.</translation>
    </message>
    <message>
        <source>Enrolled already: {region}, device {device} (code {code}). Nothing changed.</source>
        <translation>Уже зарегистрировано: {region}, устройство {device} (код {code}). Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export…</source>
        <extracomment>The key of Export… on every page that has it. An export that takes less than this shows no progress, only its result. the sheets written to their end, in order</extracomment>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files for Excel, one per sheet, in a new folder (*.csv)</source>
        <translation>Файлы CSV для Excel, по одному на лист, в новой папке (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>reviewed by me</source>
        <translation>рассмотренные мной</translation>
    </message>
    <message>
        <source>The filter the file follows</source>
        <translation>Фильтр, по которому составлен файл</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Что записано</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Writing the sheet «{sheet}»: {rows} rows so far…</source>
        <translation>Запись листа «{sheet}»: пока строк — {rows}…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Saved in the folder {path}; rows in each file: {rows}.</source>
        <translation>Сохранено в папку {path}; строк в каждом файле: {rows}.</translation>
    </message>
    <message>
        <source>Saved to {path}; rows on each sheet: {rows}.</source>
        <translation>Сохранено в {path}; строк на каждом листе: {rows}.</translation>
    </message>
    <message>
        <source>Export cancelled: {files} were already written in {path}; the other files were not.</source>
        <translation>Экспорт отменён: в {path} уже записаны {files}; остальные файлы не записаны.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>HeadquartersHome</name>
    <message>
        <source>Dashboard</source>
        <extracomment>Every page of headquarters, in the side bar&apos;s order: (key, title, icon, &quot;module:Class&quot;). None for the class: a page the main window already has (the meetings list with the meetings opened from it, the people) and hands to the home as an ``OwnPage``.</extracomment>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Regions and devices</source>
        <translation>Регионы и устройства</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Справочные данные</translation>
    </message>
    <message>
        <source>Inbox and history</source>
        <translation>Входящие и история</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Похожие предложения</translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation>Совпадения людей</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Go to the page «{title}»</source>
        <extracomment>the key of the page just shown</extracomment>
        <translation>Перейти на страницу «{title}»</translation>
    </message>
    <message>
        <source>Headquarters&apos; pages</source>
        <translation>Страницы центрального аппарата</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>A review is under way: nothing may change the preview until it is back. Something changed the preview&apos;s choices while a review ran: review once more. Sector words the user chose for while a review ran, applied when it is back. What waits for the review under way to end (an import pressed meanwhile).</extracomment>
        <translation>Чтение файла {file}…</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>The widgets of the options the importer offers, by option name.</extracomment>
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
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
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
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Неимпортированные строки</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>&amp;Сохранить неимпортированные строки…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>{file} is imported into meeting {meeting}.</source>
        <translation>Файл {file} импортирован в заседание {meeting}.</translation>
    </message>
    <message>
        <source>New: {created} · known persons: {matched} · already on the list: {attending} · not imported: {left}</source>
        <translation>Новых: {created} · уже в базе: {matched} · уже в списке: {attending} · не импортировано: {left}</translation>
    </message>
    <message>
        <source>Added: {created} · not imported: {left}</source>
        <translation>Добавлено: {created} · не импортировано: {left}</translation>
    </message>
    <message>
        <source>Not imported: {count}. Save these rows as a file, fix them there and import that file again; the reason of each is in its last column.</source>
        <translation>Не импортировано: {count}. Сохраните эти строки в файл, исправьте их там и импортируйте этот файл снова; причина для каждой строки указана в последнем столбце.</translation>
    </message>
    <message>
        <source>Every row of the file was imported.</source>
        <translation>Все строки файла импортированы.</translation>
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
        <translation>Строк, где телефон или эл. почта совпадают с данными человека с другим ФИО: {count}. Выберите их и нажмите «Тот же человек» или «Другой человек»; пока вы не решите, они не импортируются.</translation>
    </message>
    <message>
        <source>The sector of {count} rows is suggested from their words or organisation: check the Sector column; Fix the row changes one.</source>
        <translation>Для строк ({count}) сектор предложен по словам в строке или по организации: проверьте столбец «Сектор»; изменить его можно кнопкой «Исправить строку».</translation>
    </message>
    <message>
        <source>&amp;Import {imported}, leave out {left}</source>
        <translation>&amp;Импортировать: {imported}, пропустить: {left}</translation>
    </message>
    <message>
        <source>&amp;Import all {count}</source>
        <translation>&amp;Импортировать все ({count})</translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation>{sector} (предложено)</translation>
    </message>
    <message>
        <source>{sector} (remembered)</source>
        <translation>{sector} (запомнено)</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Строка {line}</translation>
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
        <source>{name} - not imported</source>
        <translation>{name} - не импортировано</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Сохранение неимпортированных строк</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>Why not imported</source>
        <translation>Почему не импортировано</translation>
    </message>
    <message>
        <source>Saved {count} rows to {path}. Fix them there, save the file, and import it again.</source>
        <translation>Сохранено строк: {count}, файл: {path}. Исправьте их в этом файле, сохраните его и импортируйте снова.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <source>No bundle yet: import the regions&apos; bundles, or drop them on the window.</source>
        <translation>Пакетов пока нет: импортируйте пакеты регионов или перетащите их в окно.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>a column of names (&apos;ФИО&apos;, &apos;Аты-жөні&apos; or &apos;Full name&apos;; or &apos;Фамилия&apos; and &apos;Имя&apos;)</source>
        <translation>столбец с ФИО («ФИО», «Аты-жөні» или «Full name»; либо столбцы «Фамилия» и «Имя»)</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>хотя бы одно решение</translation>
    </message>
    <message>
        <source>a known person of another name</source>
        <translation>человек из базы с другим ФИО</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>число воздержавшихся</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>вопрос повестки дня</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>поправка</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>хотя бы один вопрос повестки дня</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>другой аналитик</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>запись об участии</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>папка данных</translation>
    </message>
    <message>
        <source>decide later</source>
        <translation>решить позже</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>разные люди</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>время входа</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>left</source>
        <translation>время выхода</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>needs clarification</source>
        <translation>требует уточнения</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>section</source>
        <translation>раздел проспекта</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>сектор</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>выступление</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>the English name</source>
        <translation>название на английском</translation>
    </message>
    <message>
        <source>the Kazakh name</source>
        <translation>название на казахском</translation>
    </message>
    <message>
        <source>the Kazakh title</source>
        <translation>казахское название</translation>
    </message>
    <message>
        <source>the Russian name</source>
        <translation>название на русском</translation>
    </message>
    <message>
        <source>the Russian title</source>
        <translation>русское название</translation>
    </message>
    <message>
        <source>the addressee</source>
        <translation>адресат вопроса</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>вопрос повестки дня</translation>
    </message>
    <message>
        <source>the amendment&apos;s wording</source>
        <translation>редакция поправки</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>the asker</source>
        <translation>автор вопроса</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>the columns &apos;Text&apos; (Текст, Мәтін) and &apos;Direction&apos; (Направление, Бағыт)</source>
        <translation>столбцы «Текст» (Мәтін, Text) и «Направление» (Бағыт, Direction)</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>the document&apos;s title</source>
        <translation>название документа</translation>
    </message>
    <message>
        <source>the end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>the number present</source>
        <translation>число присутствующих</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <source>the participants&apos; header &apos;Name (Original Name),User Email,Join Time,Leave Time&apos;</source>
        <translation>заголовок таблицы участников «Name (Original Name),User Email,Join Time,Leave Time»</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>the proposal&apos;s text</source>
        <translation>текст предложения</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <source>the rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>тот же человек</translation>
    </message>
    <message>
        <source>the secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>the speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <source>the speech</source>
        <translation>выступление</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>the text of the notes</source>
        <translation>текст примечаний</translation>
    </message>
    <message>
        <source>the text under HEARD</source>
        <translation>текст в разделе «СЛУШАЛИ»</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>votes against</source>
        <translation>число голосов «против»</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>число голосов «за»</translation>
    </message>
    <message>
        <source>who proposed the amendment</source>
        <translation>автор поправки</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Онлайн-сессия</translation>
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
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
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
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>подписью на бумаге</translation>
    </message>
    <message>
        <source>verbally</source>
        <translation>устно</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>в электронной форме</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>фасилитатор</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>центральный аппарат</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <extracomment>The main window&apos;s size on a screen that holds it (a smaller screen gets all it has). Keys of standard actions where the platform names none (Qt&apos;s offscreen and minimal ones) the value that stands for «no date» (below any meeting&apos;s date) the language the window&apos;s texts are in (the welcome may choose another one) how many meetings the list shows now, and how many this database holds headquarters&apos; pages (None at a facilitator&apos;s, whose window is the list of meetings) at headquarters the list is read when its page is shown, and again when it is stale</extracomment>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>любой регион</translation>
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
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>P&amp;rospectus draft…</source>
        <translation>&amp;Проект проспекта…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Сделать &amp;резервную копию сейчас</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Настро&amp;йки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Синхрониза&amp;ция</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About khdesk</source>
        <translation>&amp;О программе khdesk</translation>
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
        <source>This laptop&apos;s &amp;card…</source>
        <translation>Карточка этого &amp;ноутбука…</translation>
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
        <source>&amp;Keeping contacts…</source>
        <translation>&amp;Хранение контактов…</translation>
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
        <source>Search meetings</source>
        <translation>Поиск заседаний</translation>
    </message>
    <message>
        <source>Show meetings of status</source>
        <translation>Фильтр заседаний по статусу</translation>
    </message>
    <message>
        <source>Show meetings of kind</source>
        <translation>Фильтр заседаний по виду</translation>
    </message>
    <message>
        <source>Show meetings of region</source>
        <translation>Фильтр заседаний по региону</translation>
    </message>
    <message>
        <source>Meetings from date</source>
        <translation>Заседания: начальная дата</translation>
    </message>
    <message>
        <source>Meetings to date</source>
        <translation>Заседания: конечная дата</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>любая дата</translation>
    </message>
    <message>
        <source>Delete leaves the date open</source>
        <translation>Клавиша Delete снимает ограничение по дате</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Любые даты</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>The list of meetings</source>
        <translation>Список заседаний</translation>
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
        <source>any kind</source>
        <translation>любой вид</translation>
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
        <source>No meeting matches the search and the filters: change them, or clear the dates.</source>
        <translation>Нет заседаний, соответствующих поиску и фильтрам: измените их или сбросьте даты.</translation>
    </message>
    <message>
        <source>No meetings yet: import the regions&apos; bundles (Sync menu), or {keys} — new meeting</source>
        <translation>Заседаний пока нет: импортируйте пакеты регионов (меню «Синхронизация») или {keys} — новое заседание</translation>
    </message>
    <message>
        <source>No meetings yet: {keys} — new meeting</source>
        <translation>Заседаний пока нет: {keys} — новое заседание</translation>
    </message>
    <message>
        <source>Open a meeting to see the shortcuts of its tabs too.</source>
        <translation>Откройте заседание, чтобы увидеть и сочетания клавиш его вкладок.</translation>
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
        <source>Shown: {shown} of {total}</source>
        <translation>Показано: {shown} из {total}</translation>
    </message>
    <message>
        <source>khdesk {version} · {role}</source>
        <translation>khdesk {version} · {role}</translation>
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
        <extracomment>A time field at its lowest value shows &quot;—&quot;: the meeting has no such time (yet).</extracomment>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
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
        <source>Ends</source>
        <translation>Окончание</translation>
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
        <source>Ame&amp;nd…</source>
        <translation>Внести поправ&amp;ку…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Докуме&amp;нты…</translation>
    </message>
    <message>
        <source>&amp;Close the meeting…</source>
        <translation>Закр&amp;ыть заседание…</translation>
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
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Alt+Left)</source>
        <translation>Вернуться к списку заседаний (Alt+Left)</translation>
    </message>
    <message>
        <source>The protocol, the attendance sheet and the registers (Ctrl+Shift+P)</source>
        <translation>Протокол, лист регистрации и реестры (Ctrl+Shift+P)</translation>
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
        <source>&amp;7 Documents</source>
        <translation>&amp;7 Документы</translation>
    </message>
    <message>
        <source>&amp;8 Close</source>
        <translation>&amp;8 Закрытие</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Разделы заседания</translation>
    </message>
    <message>
        <source>Go to the tab «{title}»</source>
        <translation>Перейти на вкладку «{title}»</translation>
    </message>
    <message>
        <source>This meeting was recorded on the region&apos;s laptop: at headquarters it is read-only. Corrections are made on that laptop and arrive with its next bundle.</source>
        <translation>Это заседание записано на ноутбуке региона: в центральном аппарате оно доступно только для просмотра. Исправления вносятся на том ноутбуке и поступят с его следующим пакетом.</translation>
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
        <source>Why is the closed meeting corrected? The reason is recorded with every change and printed in the protocol&apos;s amendments.</source>
        <translation>Почему исправляется закрытое заседание? Причина записывается с каждым изменением и печатается в поправках к протоколу.</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Внести поправку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of one person</source>
        <extracomment>widest a value&apos;s radio button grows before its text is cut (the whole text is its tooltip)</extracomment>
        <translation>Объединение двух записей одного человека</translation>
    </message>
    <message>
        <source>&amp;Find the other record</source>
        <translation>&amp;Найти другую запись</translation>
    </message>
    <message>
        <source>Name, organisation, phone or e-mail</source>
        <translation>ФИО, организация, телефон или эл. почта</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Найденные записи</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Посещённые заседания</translation>
    </message>
    <message>
        <source>Proposals, speeches, questions</source>
        <translation>Предложения, выступления, вопросы</translation>
    </message>
    <message>
        <source>&amp;Reason (records of closed meetings move)</source>
        <translation>&amp;Причина (переносятся записи закрытых заседаний)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>yes, {how}</source>
        <translation>да, {how}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Choose the other record of this person.</source>
        <translation>Выберите другую запись этого человека.</translation>
    </message>
    <message>
        <source>Record {number}</source>
        <translation>Запись {number}</translation>
    </message>
    <message>
        <source>keep this record</source>
        <translation>оставить эту запись</translation>
    </message>
    <message>
        <source>One of these records was made on another device: only that device can merge it.</source>
        <translation>Одна из этих записей создана на другом устройстве: объединить её может только это устройство.</translation>
    </message>
    <message>
        <source>«{other}» is merged into «{kept}»: {attendances} attendances and {named} proposals, speeches or questions move to «{kept}», and «{other}» is removed.</source>
        <translation>«{other}» объединяется с «{kept}»: записи об участии ({attendances}) и предложения, выступления или вопросы ({named}) переходят к «{kept}», а «{other}» удаляется.</translation>
    </message>
    <message>
        <source>Merge «{other}» into «{kept}»? Everything that names «{other}» will name «{kept}», and «{other}» is removed from the people known here. This cannot be undone.</source>
        <translation>Объединить «{other}» с «{kept}»? Везде, где указан «{other}», будет указан «{kept}», а «{other}» будет удалён из базы людей. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <source>Merge into another proposal</source>
        <translation>Объединение с другим предложением</translation>
    </message>
    <message>
        <source>Find the proposal it says the same as</source>
        <translation>Найти предложение с тем же содержанием</translation>
    </message>
    <message>
        <source>Find the proposal to merge into</source>
        <translation>Найти предложение, с которым объединить</translation>
    </message>
    <message>
        <source>Proposals found</source>
        <translation>Найденные предложения</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is empty: type it in.</source>
        <translation>{field}: поле не заполнено; введите значение.</translation>
    </message>
    <message>
        <source>{field} holds control characters: retype it as plain text.</source>
        <translation>{field}: поле содержит управляющие символы; введите значение заново обычным текстом.</translation>
    </message>
    <message>
        <source>e-mail &apos;{value}&apos; is malformed: correct it or leave it empty.</source>
        <translation>адрес эл. почты «{value}» указан неверно: исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be edited.</source>
        <translation>«{field}» не входит в сведения о человеке, которые можно изменить.</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; is not an amendment: use replace, delete or add.</source>
        <translation>«{action}» — не поправка: используйте replace, delete или add.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a direction&apos;s code: type a Latin letter and up to seven letters or digits, such as D7.</source>
        <translation>«{code}» — не код направления: введите латинскую букву и после неё не более семи букв или цифр, например D7.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a section&apos;s code: type letters or digits joined by dots, a Latin letter first and at most {limit} characters, such as D7.1.</source>
        <translation>«{code}» — не код раздела: введите буквы или цифры, разделённые точками; первой должна идти латинская буква, всего не более {limit} символов, например D7.1.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a person&apos;s detail that can be merged.</source>
        <translation>«{field}» не входит в сведения о человеке, которые можно объединить.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a decision.</source>
        <translation>«{field}» не входит в состав решения.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a proposal.</source>
        <translation>«{field}» не входит в состав предложения.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a question.</source>
        <translation>«{field}» не входит в состав вопроса.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of a speech.</source>
        <translation>«{field}» не входит в состав выступления.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of an agenda item.</source>
        <translation>«{field}» не входит в состав вопроса повестки дня.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not part of an amendment.</source>
        <translation>«{field}» не входит в поправку.</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of document: use one of {kinds}.</source>
        <translation>«{kind}» — не вид документа: используйте один из видов: {kinds}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a .pdf nor a .docx: name the file with one of them.</source>
        <translation>«{name}» — ни .pdf, ни .docx: назовите файл с одним из этих расширений.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a meeting detail that can be edited.</source>
        <translation>«{name}» не входит в сведения о заседании, которые можно изменить.</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not an outcome: use accepted, merged, declined or clarification.</source>
        <translation>«{outcome}» — не решение: используйте accepted, merged, declined или clarification.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; does not say how many backups to keep: give three whole numbers of at least 1, the days, weeks and months, such as 12,10,9.</source>
        <translation>«{text}» не говорит, сколько резервных копий хранить: укажите три целых числа не меньше 1 — дни, недели и месяцы, например 12,10,9.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real date and time: check the day and the month.</source>
        <translation>«{text}» — несуществующие дата и время: проверьте день и месяц.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: Zoom writes 09/16/2026 10:01:23 AM.</source>
        <translation>«{text}» не распознано как время: Zoom записывает время в виде 09/16/2026 10:01:23 AM.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time: the hour of an AM/PM time is 1 to 12.</source>
        <translation>«{text}» не распознано как время: в формате AM/PM час бывает от 1 до 12.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; is not one of the documents: use draft, amendments or adopted.</source>
        <translation>«{what}» — не один из документов: используйте draft, amendments или adopted.</translation>
    </message>
    <message>
        <source>1 proposal will be accepted into {section}.</source>
        <translation>1 предложение будет принято в раздел {section}.</translation>
    </message>
    <message>
        <source>1 proposal will be assigned to {name}.</source>
        <translation>1 предложение будет назначено ответственному: {name}.</translation>
    </message>
    <message>
        <source>1 proposal will be merged into {target}.</source>
        <translation>1 предложение будет объединено с другим: {target}.</translation>
    </message>
    <message>
        <source>1 proposal will become {state}.</source>
        <translation>1 предложение получит статус «{state}».</translation>
    </message>
    <message>
        <source>1 proposal will get the note.</source>
        <translation>к 1 предложению будет добавлено примечание.</translation>
    </message>
    <message>
        <source>1 proposal will move to {section}.</source>
        <translation>1 предложение будет перенесено в раздел {section}.</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Даёт согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Choose at least one other proposal to merge into the one kept.</source>
        <translation>Выберите хотя бы одно другое предложение, чтобы объединить его с оставляемым.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Everyone in the file was present (typing in a signed paper sheet)</source>
        <translation>Все, кто есть в файле, присутствовали (переносится подписанный бумажный лист регистрации)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Import a Zoom participants report</source>
        <translation>Импорт отчёта Zoom об участниках</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>Импорт предложений</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.xlsx);;All files (*)</source>
        <translation>Предложения (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сектор</translation>
    </message>
    <message>
        <source>Sector of people new to khdesk:</source>
        <translation>Сектор людей, которых ещё нет в khdesk:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>The Cyrillic letter {typed} was replaced by the Latin letter {kept}.</source>
        <translation>Кириллическая буква {typed} заменена латинской буквой {kept}.</translation>
    </message>
    <message>
        <source>The Latin letter {typed} was replaced by the Cyrillic letter {kept}.</source>
        <translation>Латинская буква {typed} заменена кириллической буквой {kept}.</translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;) and no known person has their e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation>Zoom называет этого человека только по устройству («{device}»), а человека с такой эл. почтой в базе нет: отметьте его приход вручную на вкладке «Участники» заседания.</translation>
    </message>
    <message>
        <source>Zoom names this person only by a device (&apos;{device}&apos;), with no e-mail: check them in by hand in the meeting&apos;s participants.</source>
        <translation>Zoom называет этого человека только по устройству («{device}»), без эл. почты: отметьте его приход вручную на вкладке «Участники» заседания.</translation>
    </message>
    <message>
        <source>Zoom reports (*.csv);;All files (*)</source>
        <translation>Отчёты Zoom (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>a campaign&apos;s document is printed in kk, ru or kk+ru: choose one of them.</source>
        <translation>документ кампании печатается на kk, ru или kk+ru: выберите один из них.</translation>
    </message>
    <message>
        <source>a decision of this meeting has {votes} votes, and only {present} people would be present: amend the votes first, then this attendance.</source>
        <translation>в одном из решений этого заседания голосов — {votes}, а присутствующих останется {present}: сначала исправьте голоса, затем участие.</translation>
    </message>
    <message>
        <source>a document is written in kk and ru: choose one of them.</source>
        <translation>документ пишется на kk и ru: выберите один из них.</translation>
    </message>
    <message>
        <source>a document&apos;s version in the reference bundle does not match its fingerprint: it was altered; ask headquarters for a new bundle.</source>
        <translation>версия документа в справочном пакете не совпадает со своим отпечатком: она изменена; запросите новый пакет в центральном аппарате.</translation>
    </message>
    <message>
        <source>a facilitator works in a region: add --region with its KATO code.</source>
        <translation>фасилитатор работает в одном регионе: добавьте --region с кодом КАТО этого региона.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another region: create a new one.</source>
        <translation>заседание нельзя перенести в другой регион: создайте новое.</translation>
    </message>
    <message>
        <source>a paragraph in {language} has {count} characters, more than {most}: split it.</source>
        <translation>в абзаце на языке {language} {count} символов, больше {most}: разделите его.</translation>
    </message>
    <message>
        <source>a person cannot be merged with themselves: pick two different records.</source>
        <translation>человека нельзя объединить с самим собой: выберите две разные записи.</translation>
    </message>
    <message>
        <source>a phone or e-mail is kept only with consent to personal-data processing: tick the consent, or leave them empty.</source>
        <translation>телефон и эл. почта сохраняются только при согласии на обработку персональных данных: отметьте согласие или оставьте эти поля пустыми.</translation>
    </message>
    <message>
        <source>a vote that fits those present for decision {decision} of item {item}: {votes} votes, but {present} people are present; correct the votes or check in those who voted</source>
        <translation>итоги голосования по решению {decision} вопроса {item}, соответствующие числу присутствующих: голосов — {votes}, а присутствующих — {present}; исправьте голоса или отметьте приход проголосовавших</translation>
    </message>
    <message>
        <source>accepting {proposal} needs the prospectus section it goes into (--section D2.3).</source>
        <translation>чтобы принять {proposal}, нужен раздел проспекта, в который оно войдёт (--section D2.3).</translation>
    </message>
    <message>
        <source>an amendment cannot be merged with itself: choose another.</source>
        <translation>поправку нельзя объединить с ней самой: выберите другую.</translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was removed; read its new wording first.</source>
        <translation>за это время абзац изменил другой аналитик: ничего не удалено; сначала прочтите его новую редакцию.</translation>
    </message>
    <message>
        <source>another analyst changed this paragraph meanwhile: nothing was saved; read its new wording and edit it again.</source>
        <translation>за это время абзац изменил другой аналитик: ничего не сохранено; прочтите его новую редакцию и измените его снова.</translation>
    </message>
    <message>
        <source>another analyst decided this amendment a moment ago: nothing was saved; look at it again.</source>
        <translation>другой аналитик только что принял решение по этой поправке: ничего не сохранено; посмотрите её ещё раз.</translation>
    </message>
    <message>
        <source>another analyst published this document at the same moment: nothing was saved; look at its versions (&apos;khdesk documents list&apos;) and publish again if needed.</source>
        <translation>другой аналитик опубликовал этот документ в тот же момент: ничего не сохранено; посмотрите его версии («khdesk documents list») и при необходимости опубликуйте снова.</translation>
    </message>
    <message>
        <source>another analyst recorded the adoption of this document a moment ago: nothing was saved.</source>
        <translation>другой аналитик только что записал принятие этого документа: ничего не сохранено.</translation>
    </message>
    <message>
        <source>another khdesk is importing this bundle right now: import it again once it has finished.</source>
        <translation>этот пакет прямо сейчас импортирует другой экземпляр khdesk: импортируйте его снова, когда тот закончит.</translation>
    </message>
    <message>
        <source>another meeting has its number</source>
        <translation>его номер уже есть у другого заседания</translation>
    </message>
    <message>
        <source>another meeting of its device has its number</source>
        <translation>его номер уже есть у другого заседания того же устройства</translation>
    </message>
    <message>
        <source>another proposal of its meeting has its number</source>
        <translation>его номер уже есть у другого предложения того же заседания</translation>
    </message>
    <message>
        <source>answer templates are for declining and for asking a clarification, not for {state}.</source>
        <translation>шаблоны ответов предназначены для отклонения и запроса уточнения, а не для статуса «{state}».</translation>
    </message>
    <message>
        <source>asking for clarification of {proposal} needs the question the region will read: write it (--reason) or choose an answer template.</source>
        <translation>чтобы направить {proposal} на уточнение, нужен вопрос, который прочтёт регион: напишите его (--reason) или выберите шаблон ответа.</translation>
    </message>
    <message>
        <source>cannot read the database {path} ({reason}): check its permissions.</source>
        <translation>не удаётся прочитать базу данных {path} ({reason}): проверьте права доступа к ней.</translation>
    </message>
    <message>
        <source>cannot read {file} ({reason}): check the drive it is on.</source>
        <translation>не удаётся прочитать {file} ({reason}): проверьте диск, на котором он находится.</translation>
    </message>
    <message>
        <source>cannot read {path} ({problem}): check that it exists and that you may read it.</source>
        <translation>не удаётся прочитать {path} ({problem}): проверьте, что файл существует и у вас есть право его читать.</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): check that it exists and that you may read it.</source>
        <translation>не удаётся прочитать {path} ({reason}): проверьте, что файл существует и у вас есть право его читать.</translation>
    </message>
    <message>
        <source>cannot read {path} ({reason}): choose another file.</source>
        <translation>не удаётся прочитать {path} ({reason}): выберите другой файл.</translation>
    </message>
    <message>
        <source>cannot write &apos;{name}&apos;: give the prospectus a .pdf or .docx file name.</source>
        <translation>не удаётся записать «{name}»: укажите для проспекта имя файла с расширением .pdf или .docx.</translation>
    </message>
    <message>
        <source>cannot write the keys into {folder} ({reason}): check the data folder.</source>
        <translation>не удаётся записать ключи в папку {folder} ({reason}): проверьте папку данных.</translation>
    </message>
    <message>
        <source>cannot write to the {what} {path} ({reason}): choose another with --data-dir or KHDESK_DATA_DIR.</source>
        <translation>нет доступа на запись: {what} {path} ({reason}); выберите другую папку через --data-dir или KHDESK_DATA_DIR.</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason}): choose another folder or drive.</source>
        <translation>не удаётся записать {path} ({reason}): выберите другую папку или диск.</translation>
    </message>
    <message>
        <source>choose an outcome: accepted, merged, declined or clarification.</source>
        <translation>выберите решение: принята, объединена, отклонена или требует уточнения.</translation>
    </message>
    <message>
        <source>decided: {decision}</source>
        <translation>решение: {decision}</translation>
    </message>
    <message>
        <source>declining {proposal} needs a reason the region will read: write it (--reason) or choose an answer template.</source>
        <translation>чтобы отклонить {proposal}, нужна причина, которую прочтёт регион: напишите её (--reason) или выберите шаблон ответа.</translation>
    </message>
    <message>
        <source>demo --bundles is run at headquarters, which imports the bundles: this installation is a region&apos;s; run it with the --data-dir of headquarters.</source>
        <translation>команда «demo --bundles» выполняется в центральном аппарате, который импортирует пакеты: эта установка khdesk — региональная; запустите команду с --data-dir центрального аппарата.</translation>
    </message>
    <message>
        <source>demo --bundles writes the regions&apos; bundles for a headquarters: set this installation up first with &apos;khdesk init --role hq&apos;.</source>
        <translation>команда «demo --bundles» записывает пакеты регионов для центрального аппарата: сначала инициализируйте эту установку khdesk командой «khdesk init --role hq».</translation>
    </message>
    <message>
        <source>device {device} is enrolled with another key: if the laptop was reinstalled, revoke the old device and enrol the new card.</source>
        <translation>устройство {device} зарегистрировано с другим ключом: если ноутбук переустановили, отзовите старое устройство и зарегистрируйте новую карточку.</translation>
    </message>
    <message>
        <source>device {device} was revoked: a revoked device is not enrolled again.</source>
        <translation>устройство {device} отозвано: отозванное устройство повторно не регистрируется.</translation>
    </message>
    <message>
        <source>devices are enrolled at headquarters: run this on its installation.</source>
        <translation>устройства регистрирует центральный аппарат: выполните это действие в khdesk центрального аппарата.</translation>
    </message>
    <message>
        <source>direction {code} exists already: choose another code, or rename that direction.</source>
        <translation>направление {code} уже существует: выберите другой код или переименуйте это направление.</translation>
    </message>
    <message>
        <source>document {id} has no published version here: import the newest reference bundle from headquarters.</source>
        <translation>у документа {id} здесь нет опубликованной версии: импортируйте самый новый справочный пакет центрального аппарата.</translation>
    </message>
    <message>
        <source>document {id} has no version {number}: &apos;khdesk documents list&apos; shows its versions.</source>
        <translation>у документа {id} нет версии {number}: его версии показывает «khdesk documents list».</translation>
    </message>
    <message>
        <source>headquarters covers every region: leave out --region.</source>
        <translation>центральный аппарат охватывает все регионы: не указывайте --region.</translation>
    </message>
    <message>
        <source>headquarters drafts the campaign&apos;s documents: a region receives their versions with the reference bundle.</source>
        <translation>проекты документов кампании готовит центральный аппарат: регион получает их версии со справочным пакетом.</translation>
    </message>
    <message>
        <source>headquarters reviews the amendments to the campaign&apos;s documents.</source>
        <translation>поправки к документам кампании рассматривает центральный аппарат.</translation>
    </message>
    <message>
        <source>headquarters&apos; decryption key is missing from keys/: restore it.</source>
        <translation>в папке keys/ нет ключа расшифровки центрального аппарата: восстановите его.</translation>
    </message>
    <message>
        <source>headquarters&apos; keys are not in {folder}: export the key file on the workstation that was initialised as headquarters.</source>
        <translation>ключей центрального аппарата нет в {folder}: экспортируйте файл ключей на рабочем месте, которое было настроено как центральный аппарат.</translation>
    </message>
    <message>
        <source>it changes a paragraph but names none</source>
        <translation>она изменяет абзац, но не называет его</translation>
    </message>
    <message>
        <source>it deletes a paragraph but gives a new wording</source>
        <translation>она исключает абзац, но даёт новую редакцию</translation>
    </message>
    <message>
        <source>it gives no wording in its language</source>
        <translation>в ней нет редакции на её языке</translation>
    </message>
    <message>
        <source>it has fields khdesk does not know: {fields}</source>
        <translation>в ней есть поля, неизвестные khdesk: {fields}</translation>
    </message>
    <message>
        <source>it is merged into another person but not deleted</source>
        <translation>он объединён с другим человеком, но не удалён</translation>
    </message>
    <message>
        <source>it was erased but its name is not the pseudonym</source>
        <translation>он удалён, но его имя — не псевдоним</translation>
    </message>
    <message>
        <source>its accepted_section_code does not go with its status</source>
        <translation>поле accepted_section_code не соответствует статусу</translation>
    </message>
    <message>
        <source>its agenda_item_id names an agenda item of another region</source>
        <translation>поле agenda_item_id указывает на вопрос повестки дня другого региона</translation>
    </message>
    <message>
        <source>its agenda_item_id names an item of another meeting</source>
        <translation>поле agenda_item_id указывает на вопрос другого заседания</translation>
    </message>
    <message>
        <source>its agenda_item_id names no agenda item</source>
        <translation>поле agenda_item_id не указывает ни на один вопрос повестки дня</translation>
    </message>
    <message>
        <source>its changes name fields its table_name does not have</source>
        <translation>в поле changes названы поля, которых нет в таблице table_name</translation>
    </message>
    <message>
        <source>its device_id is not the device that signed the bundle</source>
        <translation>поле device_id не совпадает с устройством, подписавшим пакет</translation>
    </message>
    <message>
        <source>its document_id and version_number name no published version</source>
        <translation>её document_id и version_number не называют опубликованную версию</translation>
    </message>
    <message>
        <source>its ends_at is not after its starts_at</source>
        <translation>значение ends_at не позже значения starts_at</translation>
    </message>
    <message>
        <source>its left_at is before its arrived_at</source>
        <translation>значение left_at раньше значения arrived_at</translation>
    </message>
    <message>
        <source>its line_from and line_to are not a range of lines</source>
        <translation>её line_from и line_to — не диапазон строк</translation>
    </message>
    <message>
        <source>its meeting_id names a meeting of another region</source>
        <translation>поле meeting_id указывает на заседание другого региона</translation>
    </message>
    <message>
        <source>its meeting_id names no meeting</source>
        <translation>поле meeting_id не указывает ни на одно заседание</translation>
    </message>
    <message>
        <source>its merged_into_id names the person itself</source>
        <translation>поле merged_into_id указывает на самого этого человека</translation>
    </message>
    <message>
        <source>its paragraph_id is not a paragraph of that version</source>
        <translation>её paragraph_id — не абзац этой версии</translation>
    </message>
    <message>
        <source>its region_kato is not the region of its device</source>
        <translation>значение region_kato не совпадает с регионом устройства</translation>
    </message>
    <message>
        <source>its section_code belongs to another direction</source>
        <translation>раздел section_code относится к другому направлению</translation>
    </message>
    <message>
        <source>its seq is outside the range of sequence numbers the manifest covers</source>
        <translation>значение seq вне диапазона порядковых номеров, указанного в манифесте</translation>
    </message>
    <message>
        <source>its wording is longer than a paragraph may be</source>
        <translation>её редакция длиннее допустимого для абзаца</translation>
    </message>
    <message>
        <source>its year is not the year of its date</source>
        <translation>значение year не совпадает с годом даты date</translation>
    </message>
    <message>
        <source>its {column} names no person</source>
        <translation>поле {column} не указывает ни на одного человека</translation>
    </message>
    <message>
        <source>its {name} has the letter «{letter}» of another alphabet at position {position}</source>
        <translation>в поле {name} на позиции {position} стоит буква «{letter}» из другого алфавита</translation>
    </message>
    <message>
        <source>its {name} holds control characters or bytes that are not text</source>
        <translation>поле {name} содержит управляющие символы или байты, не являющиеся текстом</translation>
    </message>
    <message>
        <source>its {name} holds more than {most} lines or one longer than {limit} characters</source>
        <translation>в поле {name} больше {most} строк или есть строка длиннее {limit} символов</translation>
    </message>
    <message>
        <source>its {name} is a path, or holds characters a file name may not</source>
        <translation>поле {name} содержит путь или символы, недопустимые в имени файла</translation>
    </message>
    <message>
        <source>its {name} is empty</source>
        <translation>поле {name} пустое</translation>
    </message>
    <message>
        <source>its {name} is in the year {year}, outside {first}-{last}</source>
        <translation>поле {name} относится к {year} году — вне диапазона {first}–{last}</translation>
    </message>
    <message>
        <source>its {name} is kept although consent is false</source>
        <translation>поле {name} заполнено, хотя согласия нет</translation>
    </message>
    <message>
        <source>its {name} is kept although it was erased</source>
        <translation>он удалён, но {name} сохранено</translation>
    </message>
    <message>
        <source>its {name} is malformed</source>
        <translation>поле {name} имеет неверный формат</translation>
    </message>
    <message>
        <source>its {name} is missing</source>
        <translation>поле {name} отсутствует</translation>
    </message>
    <message>
        <source>its {name} is not a SHA-256 in hex</source>
        <translation>поле {name} не является значением SHA-256 в шестнадцатеричном виде</translation>
    </message>
    <message>
        <source>its {name} is not a code khdesk knows</source>
        <translation>поле {name} содержит код, неизвестный khdesk</translation>
    </message>
    <message>
        <source>its {name} is not a code of letters, digits and dots</source>
        <translation>поле {name} не является кодом из букв, цифр и точек</translation>
    </message>
    <message>
        <source>its {name} is not a date</source>
        <translation>поле {name} не является датой</translation>
    </message>
    <message>
        <source>its {name} is not a date and time</source>
        <translation>поле {name} не является датой и временем</translation>
    </message>
    <message>
        <source>its {name} is not a list of fields with their old and new values</source>
        <translation>поле {name} не является списком полей с их старыми и новыми значениями</translation>
    </message>
    <message>
        <source>its {name} is not a media type such as image/png</source>
        <translation>поле {name} не является типом содержимого вида image/png</translation>
    </message>
    <message>
        <source>its {name} is not a record id</source>
        <translation>поле {name} не является идентификатором записи</translation>
    </message>
    <message>
        <source>its {name} is not a time of day</source>
        <translation>поле {name} не является временем суток</translation>
    </message>
    <message>
        <source>its {name} is not a two-digit KATO code</source>
        <translation>поле {name} не является двузначным кодом КАТО</translation>
    </message>
    <message>
        <source>its {name} is not a whole number</source>
        <translation>поле {name} не является целым числом</translation>
    </message>
    <message>
        <source>its {name} is not between {low} and {high}</source>
        <translation>поле {name} вне диапазона от {low} до {high}</translation>
    </message>
    <message>
        <source>its {name} is not one of {values}</source>
        <translation>поле {name} не входит в допустимые значения: {values}</translation>
    </message>
    <message>
        <source>its {name} is not text</source>
        <translation>поле {name} не является текстом</translation>
    </message>
    <message>
        <source>its {name} is not true or false</source>
        <translation>поле {name} не является значением true или false</translation>
    </message>
    <message>
        <source>its {name} is {length:,} characters long; khdesk keeps {limit:,}</source>
        <translation>поле {name}: длина {length:,}, а khdesk хранит не более {limit:,} символов</translation>
    </message>
    <message>
        <source>khdesk backs up the database before it upgrades its schema and has no backups folder for it: give one with --data-dir.</source>
        <translation>khdesk делает резервную копию базы данных перед обновлением её схемы, но папки для копий нет: укажите её через --data-dir.</translation>
    </message>
    <message>
        <source>khdesk backs up the database {where} before it upgrades its schema, but PostgreSQL&apos;s pg_dump is not installed here: install the PostgreSQL client tools (on Debian and Ubuntu: apt-get install postgresql-client), or take a backup with &apos;pg_dump --format=custom&apos; yourself and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation>khdesk делает резервную копию базы данных {where} перед обновлением её схемы, но программа PostgreSQL pg_dump здесь не установлена: установите клиентские программы PostgreSQL (в Debian и Ubuntu: apt-get install postgresql-client) или сделайте копию сами через «pg_dump --format=custom» и запустите khdesk с KHDESK_PG_BACKED_UP=1.</translation>
    </message>
    <message>
        <source>khdesk cannot connect to the PostgreSQL database {where} ({detail}): check that the server runs and accepts this computer, and that the user and its password (in ~/.pgpass) are right, then try again.</source>
        <translation>khdesk не может подключиться к базе данных PostgreSQL {where} ({detail}): проверьте, что сервер работает и принимает этот компьютер, а пользователь и его пароль (в ~/.pgpass) верны, и попробуйте снова.</translation>
    </message>
    <message>
        <source>khdesk cannot create the backups folder {folder} ({reason}): check its drive and permissions.</source>
        <translation>khdesk не может создать папку резервных копий {folder} ({reason}): проверьте диск и права доступа.</translation>
    </message>
    <message>
        <source>khdesk cannot use the database URL &apos;{url}&apos; ({reason}): give a SQLite file path, or a URL whose driver is installed.</source>
        <translation>khdesk не может использовать адрес базы данных «{url}» ({reason}): укажите путь к файлу SQLite или адрес, для которого установлен драйвер.</translation>
    </message>
    <message>
        <source>khdesk could not back up the database {where} before upgrading its schema (pg_dump: {detail}); nothing was changed: take a backup with &apos;pg_dump --format=custom&apos; and start khdesk with KHDESK_PG_BACKED_UP=1.</source>
        <translation>khdesk не удалось сделать резервную копию базы данных {where} перед обновлением её схемы (pg_dump: {detail}); ничего не изменено: сделайте копию через «pg_dump --format=custom» и запустите khdesk с KHDESK_PG_BACKED_UP=1.</translation>
    </message>
    <message>
        <source>khdesk could not put the backup {backup} in place ({reason}); the database was not changed: check the drive and free space, then restore again.</source>
        <translation>khdesk не удалось поставить резервную копию {backup} на место ({reason}); база данных не изменена: проверьте диск и свободное место, затем восстановите снова.</translation>
    </message>
    <message>
        <source>khdesk could not read this bundle (an internal error, written to the log): ask the sender to export it again, and report it if it happens again.</source>
        <translation>khdesk не смог прочитать этот пакет (внутренняя ошибка, она записана в журнал): попросите отправителя экспортировать его заново, а если ошибка повторится, сообщите о ней.</translation>
    </message>
    <message>
        <source>khdesk does not open files of the type {media_type}: save a copy and open it with a program you trust.</source>
        <translation>khdesk не открывает файлы типа {media_type}: сохраните копию и откройте её программой, которой вы доверяете.</translation>
    </message>
    <message>
        <source>khdesk may not read {path}: ask for permission to it, or copy it elsewhere.</source>
        <translation>у khdesk нет права читать {path}: запросите доступ или скопируйте файл в другое место.</translation>
    </message>
    <message>
        <source>khdesk may not write {path}: choose another folder, or ask for permission to it.</source>
        <translation>у khdesk нет права записывать {path}: выберите другую папку или запросите доступ.</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: open the file in a spreadsheet, save it as CSV again and import it.</source>
        <translation>строку {line} не удаётся прочитать как CSV: откройте файл в табличном редакторе, снова сохраните его как CSV и импортируйте.</translation>
    </message>
    <message>
        <source>line {line}, which gives another name</source>
        <translation>строка {line} с другим ФИО</translation>
    </message>
    <message>
        <source>merging {proposal} into {target} would make a loop of merges: choose another proposal.</source>
        <translation>если объединить {proposal} с другим ({target}), объединения замкнутся в круг: выберите другое предложение.</translation>
    </message>
    <message>
        <source>merging {proposal} needs the proposal it goes into: give its id (--into).</source>
        <translation>чтобы объединить {proposal}, нужно предложение, с которым оно объединяется: укажите его идентификатор (--into).</translation>
    </message>
    <message>
        <source>name the amendment this one is merged with.</source>
        <translation>назовите поправку, с которой объединяется эта.</translation>
    </message>
    <message>
        <source>name the paragraph the amendment changes.</source>
        <translation>назовите абзац, который изменяет поправка.</translation>
    </message>
    <message>
        <source>no answer template numbered {id}: the list of templates shows their numbers.</source>
        <translation>шаблона ответа с номером {id} нет: номера шаблонов показаны в их списке.</translation>
    </message>
    <message>
        <source>no document with id {id}: &apos;khdesk documents list&apos; shows them.</source>
        <translation>нет документа с идентификатором {id}: их показывает «khdesk documents list».</translation>
    </message>
    <message>
        <source>no enrolled device {device}: &apos;khdesk device list&apos; shows them.</source>
        <translation>устройство {device} не зарегистрировано: список зарегистрированных устройств выводит команда «khdesk device list».</translation>
    </message>
    <message>
        <source>no join time: the row says nothing about when the person came.</source>
        <translation>нет времени входа: в строке не указано, когда человек подключился.</translation>
    </message>
    <message>
        <source>no meeting numbered {ref}: &apos;khdesk meetings list&apos; shows the numbers.</source>
        <translation>заседания с номером {ref} нет: номера выводит команда «khdesk meetings list».</translation>
    </message>
    <message>
        <source>no meeting with id {id}: check the id or number.</source>
        <translation>заседания с идентификатором {id} нет: проверьте идентификатор или номер.</translation>
    </message>
    <message>
        <source>no meeting with id {id}: it was removed meanwhile.</source>
        <translation>заседания с идентификатором {id} нет: тем временем его удалили.</translation>
    </message>
    <message>
        <source>no name and no e-mail: Zoom&apos;s row names nobody.</source>
        <translation>нет ни имени, ни эл. почты: в строке Zoom никто не указан.</translation>
    </message>
    <message>
        <source>no pair of persons with id {id} is in the merge review: check the id (&apos;khdesk persons duplicates&apos; lists them).</source>
        <translation>пары людей с идентификатором {id} нет среди пар на рассмотрении: проверьте идентификатор (их показывает команда «khdesk persons duplicates»).</translation>
    </message>
    <message>
        <source>no person has the id {id}: find it with &apos;khdesk persons find NAME&apos;.</source>
        <translation>человека с идентификатором {id} нет: найдите его командой «khdesk persons find ИМЯ».</translation>
    </message>
    <message>
        <source>no proposal with id {id}: check the id (&apos;khdesk proposals list&apos; shows them).</source>
        <translation>предложения с идентификатором {id} нет: проверьте идентификатор (их показывает команда «khdesk proposals list»).</translation>
    </message>
    <message>
        <source>no proposals are selected: select those the action is for.</source>
        <translation>не выбрано ни одного предложения: выберите те, к которым относится действие.</translation>
    </message>
    <message>
        <source>no {what} with id {id}: check the id (list them to see it).</source>
        <translation>не найдено: {what} с идентификатором {id}; проверьте идентификатор (его видно в списке).</translation>
    </message>
    <message>
        <source>none of the selected proposals can take this action: {problem}</source>
        <translation>ни к одному из выбранных предложений нельзя применить это действие: {problem}</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <source>nothing changed since version {number}: edit the draft before publishing again.</source>
        <translation>с версии {number} ничего не изменилось: измените проект, прежде чем публиковать снова.</translation>
    </message>
    <message>
        <source>one of these records was erased at the person&apos;s request, so it is not merged: if both are that person, erase the other record too.</source>
        <translation>одна из этих записей удалена по просьбе человека, поэтому они не объединяются: если обе относятся к этому человеку, удалите и вторую запись.</translation>
    </message>
    <message>
        <source>only directions, sections and regions are renamed here.</source>
        <translation>здесь переименовываются только направления, разделы и регионы.</translation>
    </message>
    <message>
        <source>only facilitators&apos; devices are enrolled: this card is not one.</source>
        <translation>регистрируются только устройства фасилитаторов: эта карточка не из их числа.</translation>
    </message>
    <message>
        <source>only in the waiting room: Zoom never admitted this person, so they are not counted as present.</source>
        <translation>только в зале ожидания: Zoom так и не впустил этого человека, поэтому он не считается присутствовавшим.</translation>
    </message>
    <message>
        <source>paragraph {number} has lines {first}–{last} in this language: give lines within them.</source>
        <translation>на этом языке у абзаца {number} строки {first}–{last}: укажите строки в этих пределах.</translation>
    </message>
    <message>
        <source>persons seen in several regions are reviewed at headquarters: this region&apos;s installation does not decide who is one person.</source>
        <translation>людей, которые встречаются в нескольких регионах, проверяет центральный аппарат: эта установка khdesk в регионе не решает, какие записи относятся к одному человеку.</translation>
    </message>
    <message>
        <source>phone &apos;{value}&apos; is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>телефон «{value}» указан неверно: запишите его в виде +7 7XX XXX XX XX или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>proposal {id}</source>
        <translation>предложение {id}</translation>
    </message>
    <message>
        <source>proposal {number} of meeting {meeting}</source>
        <translation>предложение {number} заседания {meeting}</translation>
    </message>
    <message>
        <source>proposals are reviewed at headquarters: this region&apos;s installation shows the reviews it receives in the reference bundle but does not change them.</source>
        <translation>предложения рассматривает центральный аппарат: эта установка khdesk в регионе показывает результаты рассмотрения, полученные в справочном пакете, но не изменяет их.</translation>
    </message>
    <message>
        <source>reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle (Sync → Import a reference bundle…).</source>
        <translation>справочные данные изменяются только в центральном аппарате: эта установка khdesk получает их в справочном пакете центрального аппарата (Синхронизация → Импортировать справочный пакет…).</translation>
    </message>
    <message>
        <source>say what the review changes: a status, a section, a reviewer or a note.</source>
        <translation>укажите, что меняет рассмотрение: статус, раздел, ответственного или примечание.</translation>
    </message>
    <message>
        <source>section {code} belongs to direction {its}, not {direction}: pick a section of the same direction.</source>
        <translation>раздел {code} относится к направлению {its}, а не {direction}: выберите раздел того же направления.</translation>
    </message>
    <message>
        <source>section {code} exists already and is retired: choose another code, or reinstate that section.</source>
        <translation>раздел {code} уже существует и упразднён: выберите другой код или восстановите этот раздел.</translation>
    </message>
    <message>
        <source>section {code} exists already: choose another code, or rename that section.</source>
        <translation>раздел {code} уже существует: выберите другой код или переименуйте этот раздел.</translation>
    </message>
    <message>
        <source>section {code} is in use already: nothing to reinstate.</source>
        <translation>раздел {code} и так действует: восстанавливать нечего.</translation>
    </message>
    <message>
        <source>section {code} is retired already.</source>
        <translation>раздел {code} уже упразднён.</translation>
    </message>
    <message>
        <source>section {code} is retired: choose an active section of the prospectus.</source>
        <translation>раздел {code} упразднён: выберите действующий раздел проспекта.</translation>
    </message>
    <message>
        <source>section {code} is under direction {direction} already: pick another direction.</source>
        <translation>раздел {code} уже относится к направлению {direction}: выберите другое направление.</translation>
    </message>
    <message>
        <source>several meetings are numbered {ref}: name the one you mean by its id.</source>
        <translation>номер {ref} есть у нескольких заседаний: укажите нужное по его идентификатору.</translation>
    </message>
    <message>
        <source>shares its {shared} with {whom}: say in the window&apos;s import preview whether this is the same person, or correct the name or the {shared} in the file.</source>
        <translation>значение «{shared}» совпадает с другой записью ({whom}): укажите в окне предварительного просмотра импорта, тот же ли это человек, или исправьте в файле ФИО либо значение «{shared}».</translation>
    </message>
    <message>
        <source>that agenda item belongs to another meeting: pick one of this meeting.</source>
        <translation>этот вопрос повестки дня относится к другому заседанию: выберите вопрос этого заседания.</translation>
    </message>
    <message>
        <source>that amendment is itself merged with another: merge this one with that other.</source>
        <translation>та поправка сама объединена с другой: объедините эту с той другой.</translation>
    </message>
    <message>
        <source>that amendment is to another document: choose one to the same.</source>
        <translation>та поправка относится к другому документу: выберите поправку к этому же.</translation>
    </message>
    <message>
        <source>that is the recovery key itself: choose a place outside the data folder, such as a USB stick.</source>
        <translation>это и есть сам ключ восстановления: выберите место вне папки данных, например флешку USB.</translation>
    </message>
    <message>
        <source>that is this installation&apos;s own card: enrol the regions&apos; cards.</source>
        <translation>это карточка самой этой установки khdesk: регистрируйте карточки регионов.</translation>
    </message>
    <message>
        <source>that paragraph is not in version {version} of the document.</source>
        <translation>этого абзаца нет в версии {version} документа.</translation>
    </message>
    <message>
        <source>the Kazakh text has {kk} paragraphs and the Russian one {ru}: each paragraph is written in both languages (paragraphs are separated by a blank line).</source>
        <translation>в казахском тексте {kk} абзацев, а в русском {ru}: каждый абзац пишется на обоих языках (абзацы разделяются пустой строкой).</translation>
    </message>
    <message>
        <source>the PostgreSQL role khdesk connects as may not do this in {where} ({detail}): give it the rights docs/postgresql.md lists, then try again.</source>
        <translation>у роли PostgreSQL, под которой подключается khdesk, нет права делать это в {where} ({detail}): дайте ей права из docs/postgresql.md и попробуйте снова.</translation>
    </message>
    <message>
        <source>the amendment is worded in Kazakh only: give the Russian wording that goes into the draft.</source>
        <translation>поправка сформулирована только на казахском: дайте русскую редакцию для проекта.</translation>
    </message>
    <message>
        <source>the amendment is worded in Russian only: give the Kazakh wording that goes into the draft.</source>
        <translation>поправка сформулирована только на русском: дайте казахскую редакцию для проекта.</translation>
    </message>
    <message>
        <source>the amendment names a document headquarters does not hold: nothing was saved.</source>
        <translation>поправка называет документ, которого нет в центральном аппарате: ничего не сохранено.</translation>
    </message>
    <message>
        <source>the amendment&apos;s wording has {count} characters, more than a paragraph may ({most}): shorten it.</source>
        <translation>в редакции поправки {count} символов, больше допустимого для абзаца ({most}): сократите её.</translation>
    </message>
    <message>
        <source>the answer template is empty: write its text in at least one language.</source>
        <translation>шаблон ответа пуст: введите его текст хотя бы на одном языке.</translation>
    </message>
    <message>
        <source>the backup was taken, but the second place for its copy, {folder}, is not there: plug in the USB stick and back up again, or choose another place.</source>
        <translation>резервная копия сделана, но второго места для её копии, {folder}, нет: подключите флешку USB и сделайте копию снова или выберите другое место.</translation>
    </message>
    <message>
        <source>the backup {what} did not pass its check ({detail}), and nothing was kept: check the drive and free space, then back up again.</source>
        <translation>резервная копия {what} не прошла проверку ({detail}) и не сохранена: проверьте диск и свободное место, затем сделайте копию снова.</translation>
    </message>
    <message>
        <source>the bundle changes records that belong to another device: refused.</source>
        <translation>пакет изменяет записи, принадлежащие другому устройству: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle comes from a newer khdesk: update headquarters, then import it again.</source>
        <translation>пакет создан более новой версией khdesk: обновите khdesk в центральном аппарате и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which headquarters revoked: it is not imported; if that laptop is in use again, reinstall khdesk on it and enrol its new card.</source>
        <translation>пакет пришёл с устройства {device}, которое центральный аппарат отозвал: пакет не импортируется; если этот ноутбук снова используется, переустановите на нём khdesk и зарегистрируйте его новую карточку.</translation>
    </message>
    <message>
        <source>the bundle comes from device {device}, which is not enrolled here: enrol its card (Sync → Enrol a device card…), then import the bundle again.</source>
        <translation>пакет пришёл с устройства {device}, которое здесь не зарегистрировано: зарегистрируйте его карточку (Синхронизация → Зарегистрировать карточку устройства…), затем импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>the bundle has no signed manifest: refused.</source>
        <translation>в пакете нет подписанного манифеста: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds a link: refused.</source>
        <translation>пакет содержит символическую ссылку: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds a table khdesk does not know: refused.</source>
        <translation>пакет содержит таблицу, неизвестную khdesk: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds an entry khdesk does not write ({name}): refused.</source>
        <translation>пакет содержит файл, который khdesk не записывает ({name}): пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds more than {limit:,} entries: refused.</source>
        <translation>пакет содержит больше {limit:,} файлов: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds other records than its manifest counts: it was altered or written wrongly; ask the region to send a new bundle.</source>
        <translation>записи в пакете не соответствуют подсчёту в манифесте: пакет изменён или записан с ошибкой; попросите регион прислать новый пакет.</translation>
    </message>
    <message>
        <source>the bundle holds the same entry twice: refused.</source>
        <translation>пакет содержит один и тот же файл дважды: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle holds {table} records, which only headquarters writes: refused.</source>
        <translation>пакет содержит записи {table}, которые создаёт только центральный аппарат: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle says it comes from region {claimed}, but its device is enrolled for region {region}: refused.</source>
        <translation>в пакете указан регион {claimed}, но его устройство зарегистрировано для региона {region}: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle unpacks far larger than it is: refused.</source>
        <translation>после распаковки пакет становится несоразмерно больше своего размера: пакет отклонён.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a line of {table} is not a record; ask the region to send a new bundle.</source>
        <translation>пакет отклонён, из него ничего не импортировано: одна из строк {table} не является записью; попросите регион прислать новый пакет.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: a {table} record is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation>пакет отклонён, из него ничего не импортировано: запись {table} недопустима ({problem}); попросите регион прислать новый пакет, а если это повторится — сначала обновить khdesk.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: it holds a {table} record twice; ask the region to send a new bundle.</source>
        <translation>пакет отклонён, из него ничего не импортировано: в нём дважды встречается одна и та же запись {table}; попросите регион прислать новый пакет.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: its {table} records break a rule of the database ({rule}); ask the region to send a new bundle.</source>
        <translation>пакет отклонён, из него ничего не импортировано: его записи {table} нарушают правило базы данных ({rule}); попросите регион прислать новый пакет.</translation>
    </message>
    <message>
        <source>the bundle was refused and nothing of it imported: {table} {id} is invalid ({problem}); ask the region to send a new bundle, with an updated khdesk if it happens again.</source>
        <translation>пакет отклонён, из него ничего не импортировано: запись {table} {id} недопустима ({problem}); попросите регион прислать новый пакет, а если это повторится — сначала обновить khdesk.</translation>
    </message>
    <message>
        <source>the bundle was written by another khdesk version: update khdesk at both ends.</source>
        <translation>пакет записан другой версией khdesk: обновите khdesk на обеих сторонах.</translation>
    </message>
    <message>
        <source>the bundle&apos;s contents do not match its manifest: ask the sender to export it again.</source>
        <translation>содержимое пакета не соответствует его манифесту: попросите отправителя экспортировать пакет заново.</translation>
    </message>
    <message>
        <source>the bundle&apos;s entry tables/{table}.jsonl is not JSON lines: refused; ask the region to send a new bundle.</source>
        <translation>файл пакета tables/{table}.jsonl не в формате JSON Lines: пакет отклонён; попросите регион прислать новый пакет.</translation>
    </message>
    <message>
        <source>the bundle&apos;s entry {name} was altered: ask the sender to export it again.</source>
        <translation>файл пакета {name} был изменён: попросите отправителя экспортировать пакет заново.</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is damaged: ask the sender to export it again.</source>
        <translation>манифест пакета повреждён: попросите отправителя экспортировать пакет заново.</translation>
    </message>
    <message>
        <source>the bundle&apos;s signature does not match its sender&apos;s key: it was altered or forged; ask the sender to export it again.</source>
        <translation>подпись пакета не соответствует ключу отправителя: пакет изменён или подделан; попросите отправителя экспортировать его заново.</translation>
    </message>
    <message>
        <source>the database path {path} is a folder: point --db at a file.</source>
        <translation>путь к базе данных {path} указывает на папку: укажите в --db файл.</translation>
    </message>
    <message>
        <source>the database {path} is damaged (SQLite&apos;s integrity check found {count} problems): khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation>база данных {path} повреждена (проверка целостности SQLite нашла проблем: {count}): khdesk её не изменял; восстановите её из backups/ или переместите в другое место, чтобы начать с новой.</translation>
    </message>
    <message>
        <source>the database {path} is damaged and khdesk could not move it aside ({reason}): move it out of the data folder yourself, then run &apos;khdesk restore&apos; with a backup.</source>
        <translation>база данных {path} повреждена, и khdesk не удалось её переместить ({reason}): сами перенесите её из папки данных, затем выполните «khdesk restore» с резервной копией.</translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it and found no good backup: the next start begins a new, empty database, so first copy a backup of yours into place with &apos;khdesk restore FILE&apos;.</source>
        <translation>база данных {path} повреждена; khdesk без изменений переместил её в {aside} и не нашёл исправной резервной копии: при следующем запуске начнётся новая, пустая база, поэтому сначала поставьте на место свою копию командой «khdesk restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>the database {path} is damaged; khdesk moved it to {aside} without changing it: restore the latest good backup, of {taken} (meetings: {meetings}, persons: {persons}, proposals: {proposals}), with &apos;khdesk restore &quot;{backup}&quot;&apos;.</source>
        <translation>база данных {path} повреждена; khdesk без изменений переместил её в {aside}: восстановите последнюю исправную резервную копию от {taken} (заседаний: {meetings}, людей: {persons}, предложений: {proposals}) командой «khdesk restore {backup}».</translation>
    </message>
    <message>
        <source>the database {path} is open in another khdesk or program: close it, then restore again.</source>
        <translation>база данных {path} открыта в другом khdesk или программе: закройте её, затем восстановите снова.</translation>
    </message>
    <message>
        <source>the database {where} cannot be opened: check that its folder exists and may be written.</source>
        <translation>базу данных {where} не удаётся открыть: проверьте, что её папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>the database {where} cannot be read ({detail}): restore it from backups/ or move it aside to start a new one.</source>
        <translation>базу данных {where} не удаётся прочитать ({detail}): восстановите её из backups/ или переместите в другое место, чтобы начать с новой.</translation>
    </message>
    <message>
        <source>the database {where} cannot grow because the disk is full: free some space and try again.</source>
        <translation>база данных {where} не может увеличиться, потому что диск заполнен: освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>the database {where} is busy in another khdesk or program: close it and try again.</source>
        <translation>база данных {where} занята другим экземпляром khdesk или другой программой: закройте их и повторите попытку.</translation>
    </message>
    <message>
        <source>the database {where} is damaged: khdesk did not change it; restore it from backups/ or move it aside to start a new one.</source>
        <translation>база данных {where} повреждена: khdesk её не изменял; восстановите её из backups/ или переместите в другое место, чтобы начать с новой.</translation>
    </message>
    <message>
        <source>the database {where} is read-only: give khdesk write permission or copy it somewhere writable.</source>
        <translation>база данных {where} доступна только для чтения: дайте khdesk право на запись или скопируйте её туда, где запись разрешена.</translation>
    </message>
    <message>
        <source>the database {where} may not be written: give khdesk write permission or copy it somewhere writable.</source>
        <translation>запись в базу данных {where} запрещена: дайте khdesk право на запись или скопируйте её туда, где запись разрешена.</translation>
    </message>
    <message>
        <source>the database {where} needs PostgreSQL&apos;s pg_trgm extension for its searches and khdesk could not create it ({detail}): ask the server&apos;s administrator to install postgresql-contrib and run CREATE EXTENSION pg_trgm in this database, then try again.</source>
        <translation>базе данных {where} для поиска нужно расширение PostgreSQL pg_trgm, но khdesk не смог его создать ({detail}): попросите администратора сервера установить postgresql-contrib и выполнить в этой базе CREATE EXTENSION pg_trgm, затем попробуйте снова.</translation>
    </message>
    <message>
        <source>the decision was undone ({what})</source>
        <translation>решение отменено ({what})</translation>
    </message>
    <message>
        <source>the disk that holds {folder} is full, so {file} was not written: free some space or choose another drive.</source>
        <translation>диск, на котором находится {folder}, заполнен, поэтому {file} не записан: освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>the document has no text: give at least one paragraph.</source>
        <translation>в документе нет текста: дайте хотя бы один абзац.</translation>
    </message>
    <message>
        <source>the document has {count} paragraphs, more than {most}.</source>
        <translation>в документе {count} абзацев, больше {most}.</translation>
    </message>
    <message>
        <source>the draft has changes not in version {number}: publish them first, so that the plenary votes on the text it reads.</source>
        <translation>в проекте есть изменения, которых нет в версии {number}: сначала опубликуйте их, чтобы пленарное заседание голосовало за текст, который читает.</translation>
    </message>
    <message>
        <source>the draft has no paragraph {number}: it has {count}.</source>
        <translation>в проекте нет абзаца {number}: в нём {count} абзацев.</translation>
    </message>
    <message>
        <source>the drive that holds the database {where} failed to read or write (an input/output error): check the drive, and copy the database elsewhere if it happens again.</source>
        <translation>диск с базой данных {where} выдал ошибку чтения или записи (ошибка ввода-вывода): проверьте диск, а если это повторится, скопируйте базу данных в другое место.</translation>
    </message>
    <message>
        <source>the drive that holds {folder} failed to read or write (an input/output error): check the drive, or choose another one.</source>
        <translation>диск, на котором находится {folder}, выдал ошибку чтения или записи (ошибка ввода-вывода): проверьте диск или выберите другой.</translation>
    </message>
    <message>
        <source>the e-mail has the Cyrillic letter «{letter}» at position {position}: type it in Latin letters.</source>
        <translation>в адресе эл. почты на позиции {position} стоит кириллическая буква «{letter}»: наберите её латиницей.</translation>
    </message>
    <message>
        <source>the e-mail has the Cyrillic letter «{letter}» in «{part}»: type it in Latin letters.</source>
        <translation>в адресе эл. почты в части «{part}» есть кириллическая буква «{letter}»: наберите её латиницей.</translation>
    </message>
    <message>
        <source>the e-mail has the Latin letter «{letter}» in «{part}», whose other letters are Cyrillic: type it in Cyrillic letters.</source>
        <translation>в адресе эл. почты в части «{part}», остальные буквы которой кириллические, есть латинская буква «{letter}»: наберите её кириллицей.</translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» at position {position}, of another alphabet than the rest of the address: retype it.</source>
        <translation>в адресе эл. почты на позиции {position} стоит буква «{letter}» не из того алфавита, что остальной адрес: наберите её заново.</translation>
    </message>
    <message>
        <source>the e-mail has the letter «{letter}» in «{part}»: an address is typed in plain Latin letters, a to z.</source>
        <translation>в адресе эл. почты в части «{part}» есть буква «{letter}»: адрес набирается простыми латинскими буквами от a до z.</translation>
    </message>
    <message>
        <source>the folder of the database {path} does not exist: create it or choose another --db.</source>
        <translation>папка базы данных {path} не существует: создайте её или укажите другой путь в --db.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist: choose another folder.</source>
        <translation>папка {folder} не существует: выберите другую папку.</translation>
    </message>
    <message>
        <source>the import was cancelled: nothing of the file was written.</source>
        <translation>импорт отменён: из файла ничего не записано.</translation>
    </message>
    <message>
        <source>the join is on {day}, not on the meeting&apos;s date {meeting_day}: check that the report is this meeting&apos;s.</source>
        <translation>подключение датировано {day}, а заседание прошло {meeting_day}: проверьте, что отчёт относится к этому заседанию.</translation>
    </message>
    <message>
        <source>the key file holds another headquarters&apos; keys, not this database&apos;s: export it on a workstation of this database with &apos;khdesk hq keys export&apos;.</source>
        <translation>в файле ключей ключи другого центрального аппарата, а не этой базы данных: экспортируйте его на рабочем месте этой базы командой «khdesk hq keys export».</translation>
    </message>
    <message>
        <source>the leave time is earlier than the join time: correct one of them.</source>
        <translation>время выхода раньше времени входа: исправьте одно из них.</translation>
    </message>
    <message>
        <source>the leave time is on {day}, more than a day after the meeting&apos;s date {meeting_day}: correct it.</source>
        <translation>время выхода приходится на {day}, более чем через сутки после дня заседания {meeting_day}: исправьте его.</translation>
    </message>
    <message>
        <source>the meeting cannot be closed yet: add {missing} to the protocol first.</source>
        <translation>заседание пока нельзя закрыть: сначала внесите в протокол недостающее ({missing}).</translation>
    </message>
    <message>
        <source>the meeting cannot be closed yet: the protocol needs {problems}.</source>
        <translation>заседание пока нельзя закрыть, в протоколе не хватает: {problems}.</translation>
    </message>
    <message>
        <source>the migration left broken references and was rolled back: report this with the backup in backups/.</source>
        <translation>после миграции остались нарушенные ссылки, поэтому она отменена: сообщите об этом, приложив резервную копию из backups/.</translation>
    </message>
    <message>
        <source>the name is {length:,} characters long; at most {limit}.</source>
        <translation>имя слишком длинное (длина {length:,}); допускается не более {limit} символов.</translation>
    </message>
    <message>
        <source>the name {name}… is too long for this drive: choose a shorter name.</source>
        <translation>имя {name}… слишком длинное для этого диска: выберите имя короче.</translation>
    </message>
    <message>
        <source>the pair of persons {id} was taken out of the merge review: refresh the list.</source>
        <translation>пара людей {id} снята с рассмотрения: обновите список.</translation>
    </message>
    <message>
        <source>the paragraph this amendment changes was removed from the draft: decline the amendment or merge it with another.</source>
        <translation>абзац, который изменяет эта поправка, исключён из проекта: отклоните поправку или объедините её с другой.</translation>
    </message>
    <message>
        <source>the passphrase does not open the signing key beside the copy: type the passphrase chosen for the second place of the backups.</source>
        <translation>парольная фраза не открывает ключ подписи рядом с копией: введите парольную фразу, выбранную для второго места резервных копий.</translation>
    </message>
    <message>
        <source>the passphrase does not open this key file: type the passphrase chosen when it was exported.</source>
        <translation>эта парольная фраза не открывает файл ключей: введите фразу, выбранную при его экспорте.</translation>
    </message>
    <message>
        <source>the passphrase does not open {file}: type the passphrase chosen for the second place of the backups.</source>
        <translation>парольная фраза не открывает {file}: введите фразу, выбранную для второго места резервных копий.</translation>
    </message>
    <message>
        <source>the passphrase is too short: choose one of at least {least} characters (a few words).</source>
        <translation>парольная фраза слишком короткая: выберите фразу не короче {least} символов (несколько слов).</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start}): swap the two dates.</source>
        <translation>период заканчивается ({end}) раньше, чем начинается ({start}): поменяйте даты местами.</translation>
    </message>
    <message>
        <source>the prospectus draft is written at headquarters, from its review of the proposals: this region&apos;s installation reviews none.</source>
        <translation>проект проспекта составляет центральный аппарат по итогам рассмотрения предложений: эта установка khdesk в регионе предложения не рассматривает.</translation>
    </message>
    <message>
        <source>the recovery key is no longer in {folder}: it was moved or removed from this laptop; use the copy kept offline.</source>
        <translation>ключа восстановления больше нет в папке {folder}: его перенесли с этого ноутбука или удалили; используйте копию, которая хранится отдельно от компьютера.</translation>
    </message>
    <message>
        <source>the reference bundle changes a published version of a document: refused; ask headquarters for a new one.</source>
        <translation>справочный пакет изменяет опубликованную версию документа: он отклонён; запросите новый в центральном аппарате.</translation>
    </message>
    <message>
        <source>the reference bundle files a section under a direction it does not have: refused.</source>
        <translation>справочный пакет относит раздел к направлению, которого в нём нет: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle reviews a proposal twice: refused.</source>
        <translation>справочный пакет содержит два результата рассмотрения одного предложения: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of documents is damaged: refused; ask headquarters for a new one.</source>
        <translation>список документов в справочном пакете повреждён: пакет отклонён; запросите новый в центральном аппарате.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of erased persons is damaged: refused.</source>
        <translation>список удалённых людей в справочном пакете повреждён: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s list of reviews is damaged: refused.</source>
        <translation>список результатов рассмотрения в справочном пакете повреждён: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s manifest is damaged: ask headquarters for a new one.</source>
        <translation>манифест справочного пакета повреждён: запросите новый пакет у центрального аппарата.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation>результат рассмотрения {number} в справочном пакете недопустим ({problem}): пакет отклонён; запросите новый пакет у центрального аппарата.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s review {number} is not one khdesk knows: refused.</source>
        <translation>результат рассмотрения {number} в справочном пакете неизвестен khdesk: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} list is damaged: refused.</source>
        <translation>список {table} в справочном пакете повреждён: пакет отклонён.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is invalid ({problem}): refused; ask headquarters for a new one.</source>
        <translation>строка {number} списка {table} в справочном пакете недопустима ({problem}): пакет отклонён; запросите новый пакет у центрального аппарата.</translation>
    </message>
    <message>
        <source>the reference bundle&apos;s {table} row {number} is not one khdesk knows: refused.</source>
        <translation>строка {number} списка {table} в справочном пакете неизвестна khdesk: пакет отклонён.</translation>
    </message>
    <message>
        <source>the retention must be from 1 to {most} months, or none.</source>
        <translation>срок хранения должен быть от 1 до {most} месяцев или не задан вовсе.</translation>
    </message>
    <message>
        <source>the review action was undone ({what})</source>
        <translation>действие рассмотрения отменено ({what})</translation>
    </message>
    <message>
        <source>the same e-mail as line {line} («{name}»), but another name: the same person?</source>
        <translation>та же эл. почта, что в строке {line} («{name}»), но другое ФИО: это тот же человек?</translation>
    </message>
    <message>
        <source>the same e-mail as «{name}», who is known, but another name: the same person?</source>
        <translation>та же эл. почта, что у человека «{name}» из базы, но другое ФИО: это тот же человек?</translation>
    </message>
    <message>
        <source>the same person as line {line}, which is still to be decided.</source>
        <translation>тот же человек, что в строке {line}, а по ней решение ещё не принято.</translation>
    </message>
    <message>
        <source>the same phone as line {line} («{name}»), but another name: the same person?</source>
        <translation>тот же телефон, что в строке {line} («{name}»), но другое ФИО: это тот же человек?</translation>
    </message>
    <message>
        <source>the same phone as «{name}», who is known, but another name: the same person?</source>
        <translation>тот же телефон, что у человека «{name}» из базы, но другое ФИО: это тот же человек?</translation>
    </message>
    <message>
        <source>the signing key beside the copy does not belong to the restored database: enrol this laptop again (Sync → This laptop&apos;s card…).</source>
        <translation>ключ подписи рядом с копией не принадлежит восстановленной базе данных: зарегистрируйте этот ноутбук заново (Синхронизация → Карточка этого ноутбука…).</translation>
    </message>
    <message>
        <source>the two passphrases differ: type the same passphrase twice.</source>
        <translation>две парольные фразы не совпадают: введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <source>the {cell} cell is {length:,} characters long.</source>
        <translation>в ячейке «{cell}» слишком много символов: {length:,}.</translation>
    </message>
    <message>
        <source>the {field} cell is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>в ячейке «{field}» слишком много символов ({length:,}): сократите текст до {limit:,}.</translation>
    </message>
    <message>
        <source>there is no backup file {file}: give the path of a file from &apos;khdesk backup --list&apos; or the backups folder.</source>
        <translation>файла резервной копии {file} нет: укажите путь к файлу из списка «khdesk backup --list» или из папки резервных копий.</translation>
    </message>
    <message>
        <source>there is no direction &apos;{code}&apos;: pick one of the list.</source>
        <translation>направления «{code}» нет: выберите направление из списка.</translation>
    </message>
    <message>
        <source>there is no file {path}: check the name and the folder.</source>
        <translation>файла {path} нет: проверьте имя и папку.</translation>
    </message>
    <message>
        <source>there is no region with the KATO code &apos;{code}&apos;: pick one of the list.</source>
        <translation>региона с кодом КАТО «{code}» нет: выберите регион из списка.</translation>
    </message>
    <message>
        <source>there is no section &apos;{code}&apos;: pick one of the list.</source>
        <translation>раздела «{code}» нет: выберите раздел из списка.</translation>
    </message>
    <message>
        <source>there is nothing new to send: headquarters has acknowledged every change of this installation.</source>
        <translation>отправлять нечего: центральный аппарат подтвердил получение всех изменений этой установки khdesk.</translation>
    </message>
    <message>
        <source>this amendment is already in the draft: edit the draft&apos;s paragraph instead (&apos;khdesk documents paragraph&apos;).</source>
        <translation>эта поправка уже внесена в проект: вместо этого измените абзац проекта («khdesk documents paragraph»).</translation>
    </message>
    <message>
        <source>this attendance was changed after that step (by an import or in another window): nothing was taken back; correct it in the list of participants instead.</source>
        <translation>эта запись об участии изменена после этого шага (импортом или в другом окне): ничего не отменено; исправьте её в списке участников.</translation>
    </message>
    <message>
        <source>this change went out in reference bundle version {version}: the regions have it, so change it again instead of undoing it.</source>
        <translation>это изменение уже ушло в справочном пакете версии {version}: оно есть у регионов, поэтому не отменяйте его, а измените ещё раз.</translation>
    </message>
    <message>
        <source>this changes records of {count} closed meetings: give a reason; it is recorded as an amendment of each.</source>
        <translation>это изменяет записи закрытых заседаний ({count}): укажите причину; она будет записана как поправка к каждому из них.</translation>
    </message>
    <message>
        <source>this data folder already holds an installation&apos;s keys ({folder}): join from a new data folder (--data-dir).</source>
        <translation>в этой папке данных уже есть ключи установки ({folder}): подключайтесь из новой папки данных (--data-dir).</translation>
    </message>
    <message>
        <source>this database already holds {count} meetings; demo data goes into an empty one: use --data-dir with a new folder.</source>
        <translation>в этой базе данных уже есть заседания ({count}); демонстрационные данные загружаются только в пустую базу: укажите новую папку через --data-dir.</translation>
    </message>
    <message>
        <source>this database is not headquarters&apos; (no headquarters installation set it up): give the URL of the database the first headquarters workstation uses.</source>
        <translation>эта база данных не центрального аппарата (её не настраивала ни одна установка центрального аппарата): укажите URL базы, которой пользуется первое рабочее место центрального аппарата.</translation>
    </message>
    <message>
        <source>this database was written by a newer khdesk (schema {current}; this one knows up to {known}): install the newer khdesk to open it.</source>
        <translation>эта база данных записана более новой версией khdesk (схема {current}; эта версия знает схемы только до {known}): чтобы открыть её, установите более новую версию khdesk.</translation>
    </message>
    <message>
        <source>this document was adopted on {day}: its text is frozen; a change is a new document (&apos;khdesk documents new&apos;).</source>
        <translation>этот документ принят {day}: его текст неизменяем; изменение — новый документ («khdesk documents new»).</translation>
    </message>
    <message>
        <source>this file is not a khdesk key file: export it again with &apos;khdesk hq keys export&apos;.</source>
        <translation>этот файл не файл ключей khdesk: экспортируйте его снова командой «khdesk hq keys export».</translation>
    </message>
    <message>
        <source>this installation does not hold headquarters&apos; key yet: import a reference bundle from headquarters first (&apos;khdesk reference import FILE&apos;).</source>
        <translation>в этой установке khdesk ещё нет ключа центрального аппарата: сначала импортируйте справочный пакет от центрального аппарата («khdesk reference import FILE»).</translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init --role facilitator --region KATO&apos; or &apos;khdesk init --role hq&apos; first.</source>
        <translation>у этой установки khdesk ещё нет идентификационных данных: сначала выполните «khdesk init --role facilitator --region KATO» или «khdesk init --role hq».</translation>
    </message>
    <message>
        <source>this installation has no identity yet: run &apos;khdesk init&apos; first.</source>
        <translation>у этой установки khdesk ещё нет идентификационных данных: сначала выполните «khdesk init».</translation>
    </message>
    <message>
        <source>this installation has no keys yet: initialise it with &apos;khdesk init&apos; (or &apos;khdesk init --force&apos; for one made before keys existed).</source>
        <translation>у этой установки khdesk ещё нет ключей: инициализируйте её командой «khdesk init» (или «khdesk init --force», если она создана до появления ключей).</translation>
    </message>
    <message>
        <source>this installation has no keys: run &apos;khdesk init&apos; first.</source>
        <translation>у этой установки khdesk нет ключей: сначала выполните «khdesk init».</translation>
    </message>
    <message>
        <source>this installation is already initialised as {role} (device {device}): add --force to replace its identity.</source>
        <translation>эта установка khdesk уже инициализирована с ролью {role} (устройство {device}): чтобы заменить её идентификационные данные, добавьте --force.</translation>
    </message>
    <message>
        <source>this installation records the meetings of region {own}; a meeting of region {other} is recorded on that region&apos;s installation.</source>
        <translation>эта установка khdesk ведёт заседания региона {own}; заседание региона {other} ведётся на установке khdesk этого региона.</translation>
    </message>
    <message>
        <source>this installation&apos;s signing key {path} is missing or damaged: restore the data folder from its backup, or initialise again with &apos;khdesk init --force&apos;.</source>
        <translation>ключ подписи этой установки khdesk {path} отсутствует или повреждён: восстановите папку данных из резервной копии или заново инициализируйте установку командой «khdesk init --force».</translation>
    </message>
    <message>
        <source>this is done at headquarters, not here.</source>
        <translation>это делается в центральном аппарате, а не здесь.</translation>
    </message>
    <message>
        <source>this is done on a region&apos;s installation, not here.</source>
        <translation>это делается на установке khdesk в регионе, а не здесь.</translation>
    </message>
    <message>
        <source>this is not a reference bundle: import it at headquarters.</source>
        <translation>это не справочный пакет: импортируйте его в центральном аппарате.</translation>
    </message>
    <message>
        <source>this is not a region&apos;s bundle of changes: refused.</source>
        <translation>это не пакет изменений из региона: пакет отклонён.</translation>
    </message>
    <message>
        <source>this is the draft&apos;s only paragraph: a document keeps at least one.</source>
        <translation>это единственный абзац проекта: в документе остаётся хотя бы один.</translation>
    </message>
    <message>
        <source>this laptop&apos;s code {code} in meeting numbers is already that of device {device} of the same region: set the laptop up again (khdesk init --force) so that it gets a new key and code, then send its new card.</source>
        <translation>код {code} этого ноутбука в номерах заседаний уже есть у устройства {device} того же региона: настройте ноутбук заново (khdesk init --force), чтобы он получил новый ключ и код, затем пришлите его новую карточку.</translation>
    </message>
    <message>
        <source>this meeting is already closed.</source>
        <translation>это заседание уже закрыто.</translation>
    </message>
    <message>
        <source>this meeting is closed and read-only: record the correction as an amendment with a reason.</source>
        <translation>заседание закрыто и доступно только для просмотра: внесите исправление как поправку с указанием причины.</translation>
    </message>
    <message>
        <source>this meeting is closed: a document&apos;s amendments are recorded while the meeting is open.</source>
        <translation>это заседание закрыто: поправки к документу записываются, пока заседание открыто.</translation>
    </message>
    <message>
        <source>this pair has no decision to undo: it is not decided.</source>
        <translation>по этой паре нет решения, которое можно отменить: решение ещё не принято.</translation>
    </message>
    <message>
        <source>this pair is already decided as «{decision}»: nothing to change.</source>
        <translation>по этой паре уже принято решение «{decision}»: менять нечего.</translation>
    </message>
    <message>
        <source>this pair was decided again since: decide it anew instead of undoing.</source>
        <translation>по этой паре с тех пор принято новое решение: вместо отмены примите решение заново.</translation>
    </message>
    <message>
        <source>this paragraph was removed from the draft meanwhile: nothing was saved.</source>
        <translation>за это время абзац исключили из проекта: ничего не сохранено.</translation>
    </message>
    <message>
        <source>this person cannot be removed: they are named in {proposals} proposals, {speeches} speeches and {questions} questions or agenda items; merge them into the right person instead.</source>
        <translation>этого человека нельзя удалить: он указан в предложениях ({proposals}), выступлениях ({speeches}) и вопросах к выступающим или вопросах повестки дня ({questions}); вместо этого объедините его с нужным человеком.</translation>
    </message>
    <message>
        <source>this person gave no consent and left no contacts: there is nothing to withdraw.</source>
        <translation>этот человек не давал согласия и не оставлял контактов: отзывать нечего.</translation>
    </message>
    <message>
        <source>this person is erased already.</source>
        <translation>сведения об этом человеке уже удалены.</translation>
    </message>
    <message>
        <source>this person is erased already: nothing of them is left to withdraw.</source>
        <translation>сведения об этом человеке уже удалены: отзывать нечего.</translation>
    </message>
    <message>
        <source>this person was erased at their request: their details are not entered again; if they come back, register them as a new person.</source>
        <translation>сведения об этом человеке удалены по его просьбе: они не вводятся заново; если человек придёт снова, зарегистрируйте его как нового.</translation>
    </message>
    <message>
        <source>this person was not checked in: check them in first.</source>
        <translation>приход этого человека не отмечен: сначала отметьте его приход.</translation>
    </message>
    <message>
        <source>this person, or a record that names them, was written on another device, and only that device can change them: correct them there (headquarters merges persons seen in several regions itself).</source>
        <translation>этот человек или запись, в которой он указан, созданы на другом устройстве, и изменить их может только оно: исправьте их там (людей, встречающихся в нескольких регионах, центральный аппарат объединяет сам).</translation>
    </message>
    <message>
        <source>this record was changed by someone else while you were working on it: nothing was saved; look at it again and redo the change.</source>
        <translation>пока вы работали, эту запись изменил кто-то другой: ничего не сохранено; посмотрите её снова и повторите изменение.</translation>
    </message>
    <message>
        <source>this record was written on another device and only that device may change it; record headquarters&apos; view as a review instead.</source>
        <translation>эта запись создана на другом устройстве, и изменить её может только оно; запишите мнение центрального аппарата как результат рассмотрения.</translation>
    </message>
    <message>
        <source>this reference bundle (version {version}) is older than the one in use ({current}): import the newest one.</source>
        <translation>этот справочный пакет (версия {version}) старее используемого ({current}): импортируйте самый новый.</translation>
    </message>
    <message>
        <source>this reference bundle was signed by another headquarters: it is refused.</source>
        <translation>этот справочный пакет подписан другим центральным аппаратом: пакет отклонён.</translation>
    </message>
    <message>
        <source>this workstation&apos;s file {path} cannot be read: join again with &apos;khdesk init --role hq --join URL --keys FILE&apos; from a new data folder.</source>
        <translation>файл этого рабочего места {path} не читается: подключитесь снова из новой папки данных командой «khdesk init --role hq --join URL --keys FILE».</translation>
    </message>
    <message>
        <source>those present, as decision {decision} of item {item} adopts «{document}» and nobody is marked present; check in those who attended</source>
        <translation>присутствующие, так как решение {decision} вопроса {item} принимает «{document}», а приход не отмечен ни у кого; отметьте приход присутствовавших</translation>
    </message>
    <message>
        <source>undoing would merge {proposal} into a loop of merges: change it by hand.</source>
        <translation>после отмены {proposal} оказалось бы в замкнутом круге объединений: измените его вручную.</translation>
    </message>
    <message>
        <source>unknown attendance mode &apos;{mode}&apos;: use in-person or online.</source>
        <translation>неизвестный способ участия «{mode}»: используйте in-person или online.</translation>
    </message>
    <message>
        <source>unknown consent method &apos;{value}&apos;: use paper, verbal or electronic.</source>
        <translation>неизвестный способ получения согласия «{value}»: используйте paper, verbal или electronic.</translation>
    </message>
    <message>
        <source>unknown decision &apos;{value}&apos;: use same, different or later.</source>
        <translation>неизвестное решение «{value}»: используйте same, different или later.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{code}&apos;: use D1 to D6.</source>
        <translation>неизвестное направление «{code}»: используйте код от D1 до D6.</translation>
    </message>
    <message>
        <source>unknown direction &apos;{direction}&apos;: write D1 to D6 or the direction&apos;s name.</source>
        <translation>неизвестное направление «{direction}»: укажите код от D1 до D6 или название направления.</translation>
    </message>
    <message>
        <source>unknown kind &apos;{kind}&apos;: write proposal or comment (предложение / замечание, ұсыныс / ескерту).</source>
        <translation>неизвестный вид «{kind}»: укажите «предложение» или «замечание» (ұсыныс / ескерту, proposal / comment).</translation>
    </message>
    <message>
        <source>unknown kind &apos;{value}&apos;: use proposal or comment.</source>
        <translation>неизвестный вид «{value}»: используйте proposal или comment.</translation>
    </message>
    <message>
        <source>unknown kind of proposal &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>неизвестный вид предложения «{kind}»: используйте один из видов: {kinds}.</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru or en.</source>
        <translation>неизвестный язык «{language}»: используйте kk, ru или en.</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos;: use kk, ru, en or kk+ru.</source>
        <translation>неизвестный язык «{language}»: используйте kk, ru, en или kk+ru.</translation>
    </message>
    <message>
        <source>unknown meeting format &apos;{value}&apos;: use in-person, online or hybrid.</source>
        <translation>неизвестный формат заседания «{value}»: используйте in-person, online или hybrid.</translation>
    </message>
    <message>
        <source>unknown meeting kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>неизвестный вид заседания «{kind}»: используйте одно из значений {kinds}.</translation>
    </message>
    <message>
        <source>unknown meeting kind &apos;{value}&apos;: use round-table, online or plenary.</source>
        <translation>неизвестный вид заседания «{value}»: используйте round-table, online или plenary.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{code}&apos;: use a code such as D2.3.</source>
        <translation>неизвестный раздел проспекта «{code}»: используйте код вида D2.3.</translation>
    </message>
    <message>
        <source>unknown prospectus section &apos;{section}&apos;: write a code such as D2.3.</source>
        <translation>неизвестный раздел проспекта «{section}»: укажите код вида D2.3.</translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code ({codes}).</source>
        <translation>неизвестный код региона «{code}»: используйте двузначный код КАТО ({codes}).</translation>
    </message>
    <message>
        <source>unknown region code &apos;{code}&apos;: use a two-digit KATO code.</source>
        <translation>неизвестный код региона «{code}»: используйте двузначный код КАТО.</translation>
    </message>
    <message>
        <source>unknown review status &apos;{status}&apos;: use one of {statuses}.</source>
        <translation>неизвестный статус рассмотрения «{status}»: используйте одно из значений {statuses}.</translation>
    </message>
    <message>
        <source>unknown review status &apos;{value}&apos;: use one of {names}.</source>
        <translation>неизвестный статус рассмотрения «{value}»: используйте одно из значений {names}.</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos;: use facilitator or hq.</source>
        <translation>неизвестная роль «{role}»: используйте facilitator или hq.</translation>
    </message>
    <message>
        <source>unknown scale &apos;{scale}&apos;: use seed or national.</source>
        <translation>неизвестный масштаб «{scale}»: используйте seed или national.</translation>
    </message>
    <message>
        <source>unknown sector &apos;{code}&apos;: use one of {codes}.</source>
        <translation>неизвестный сектор «{code}»: используйте один из кодов: {codes}.</translation>
    </message>
    <message>
        <source>unknown sector &apos;{sector}&apos;: write a sector&apos;s code or name from the list, or map it to one.</source>
        <translation>неизвестный сектор «{sector}»: укажите код или название сектора из списка либо сопоставьте его с одним из секторов списка.</translation>
    </message>
    <message>
        <source>unknown status &apos;{value}&apos;: use open, answered or withdrawn.</source>
        <translation>неизвестный статус «{value}»: используйте open, answered или withdrawn.</translation>
    </message>
    <message>
        <source>version {version} has no paragraph {number}: it has {count}.</source>
        <translation>в версии {version} нет абзаца {number}: в ней {count}.</translation>
    </message>
    <message>
        <source>you said: not the same person as «{name}».</source>
        <translation>ваше решение: это другой человек, не «{name}».</translation>
    </message>
    <message>
        <source>you said: the same person as «{name}».</source>
        <translation>ваше решение: это тот же человек, что и «{name}».</translation>
    </message>
    <message>
        <source>{code} is in use now (proposals or sections refer to it): retire or rename it instead of undoing its addition.</source>
        <translation>{code} уже используется (на этот код ссылаются предложения или разделы): вместо отмены его добавления упраздните или переименуйте его.</translation>
    </message>
    <message>
        <source>{code} was changed again since: undo the later change first.</source>
        <translation>в {code} с тех пор вносились другие изменения: сначала отмените более позднее.</translation>
    </message>
    <message>
        <source>{count} is not a number of participants: give 0 to 100000.</source>
        <translation>{count} не подходит как число участников: укажите число от 0 до 100000.</translation>
    </message>
    <message>
        <source>{count} known persons have this name: check this person in by hand in the meeting&apos;s participants.</source>
        <translation>в базе несколько человек с таким ФИО ({count}): отметьте приход этого человека вручную на вкладке «Участники» заседания.</translation>
    </message>
    <message>
        <source>{count} proposals will be accepted into {section}.</source>
        <translation>предложения ({count}) будут приняты в раздел {section}.</translation>
    </message>
    <message>
        <source>{count} proposals will be assigned to {name}.</source>
        <translation>предложения ({count}) будут назначены ответственному: {name}.</translation>
    </message>
    <message>
        <source>{count} proposals will be merged into {target}.</source>
        <translation>предложения ({count}) будут объединены с другим: {target}.</translation>
    </message>
    <message>
        <source>{count} proposals will become {state}.</source>
        <translation>предложения ({count}) получат статус «{state}».</translation>
    </message>
    <message>
        <source>{count} proposals will get the note.</source>
        <translation>к предложениям ({count}) будет добавлено примечание.</translation>
    </message>
    <message>
        <source>{count} proposals will move to {section}.</source>
        <translation>предложения ({count}) будут перенесены в раздел {section}.</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-09-16.</source>
        <translation>{field}: «{value}» не является датой; запишите её в виде ГГГГ-ММ-ДД, например 2026-09-16.</translation>
    </message>
    <message>
        <source>{field} &apos;{value}&apos; is not a time: write it as HH:MM, e.g. 10:30.</source>
        <translation>{field}: «{value}» не является временем; запишите его в виде ЧЧ:ММ, например 10:30.</translation>
    </message>
    <message>
        <source>{field} holds bytes that are not text (a wrong encoding): retype it, or save the file as UTF-8.</source>
        <translation>{field}: поле содержит байты, не являющиеся текстом (неверная кодировка); введите значение заново или сохраните файл в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>{field} is imported as «{name}»: the look-alike letters {letters} were replaced.</source>
        <translation>{field} импортируется как «{name}»: заменены похожие по написанию буквы {letters}.</translation>
    </message>
    <message>
        <source>{field} is {count}; a count cannot be negative.</source>
        <translation>{field}: {count}; число не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{field} is {length:,} characters long; shorten it to at most {limit:,}.</source>
        <translation>{field}: длина текста {length:,}; сократите его до {limit:,} символов.</translation>
    </message>
    <message>
        <source>{field} {day} is not in the years {first}-{last}: check the year.</source>
        <translation>{field} ({day}) вне диапазона {first}–{last} годов: проверьте год.</translation>
    </message>
    <message>
        <source>{file} has an unclosed quote on line {line} that runs the lines after it into one cell: correct the quotes on that line, or save the file again from a spreadsheet, and import it.</source>
        <translation>в файле {file} в строке {line} не закрыта кавычка, из-за чего следующие строки сливаются в одну ячейку: исправьте кавычки в этой строке или заново сохраните файл из табличного редактора и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} has been altered (its fingerprint does not match its key): do not enrol it; ask the facilitator for the card again.</source>
        <translation>файл {file} изменён (контрольный код не соответствует ключу): не регистрируйте его; попросите у фасилитатора карточку заново.</translation>
    </message>
    <message>
        <source>{file} has lost its Kazakh letters (line {line} has «?» inside a word): it was saved in a codepage without them; save the table as CSV UTF-8 or .xlsx and import that.</source>
        <translation>в файле {file} потеряны казахские буквы (в строке {line} внутри слова стоит «?»): он сохранён в кодировке без этих букв; сохраните таблицу как CSV UTF-8 или .xlsx и импортируйте её.</translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the file needs {expected} in its first lines, separated by commas, semicolons or tabs.</source>
        <translation>в файле {file} нет строки заголовков, которую знает khdesk: в первых строках файла нужно указать {expected} через запятую, точку с запятой или табуляцию.</translation>
    </message>
    <message>
        <source>{file} has no header row khdesk recognises: the first sheet needs {expected} in its first rows.</source>
        <translation>в файле {file} нет строки заголовков, которую знает khdesk: в первых строках первого листа нужно указать {expected}.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text with a damaged byte on line {line}: correct that line, or save the file again as CSV UTF-8, and import it.</source>
        <translation>файл {file} в кодировке UTF-8 содержит повреждённый байт в строке {line}: исправьте эту строку или заново сохраните файл как CSV UTF-8 и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is a card of another khdesk version: update khdesk.</source>
        <translation>{file} — карточка другой версии khdesk: обновите khdesk.</translation>
    </message>
    <message>
        <source>{file} is a damaged device card: ask for it again.</source>
        <translation>{file} — повреждённая карточка устройства: запросите её заново.</translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) file: save it as .xlsx or CSV and import that.</source>
        <translation>{file} — файл старого формата Excel (.xls): сохраните его как .xlsx или CSV и импортируйте.</translation>
    </message>
    <message>
        <source>{file} is damaged: it says it is UTF-16 text but is not; save it again as CSV UTF-8 and import it.</source>
        <translation>файл {file} повреждён: он помечен как текст UTF-16, но им не является; сохраните его заново как CSV UTF-8 и импортируйте.</translation>
    </message>
    <message>
        <source>{file} is empty: choose the file that holds the table.</source>
        <translation>файл {file} пуст: выберите файл с таблицей.</translation>
    </message>
    <message>
        <source>{file} is encrypted: type the passphrase chosen for the second place.</source>
        <translation>{file} зашифрован: введите парольную фразу, выбранную для второго места.</translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line} has letters that neither Kazakh nor Russian uses): save it as CSV UTF-8 and import it again.</source>
        <translation>khdesk не читает кодировку файла {file} (в строке {line} есть буквы, которых нет ни в казахском, ни в русском языке): сохраните его как CSV UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>{file} is in an encoding khdesk does not read (line {line}): save it as CSV UTF-8 and import it again.</source>
        <translation>khdesk не читает кодировку файла {file} (строка {line}): сохраните его как CSV UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>{file} is larger than any khdesk bundle: refused.</source>
        <translation>файл {file} больше любого пакета khdesk: файл отклонён.</translation>
    </message>
    <message>
        <source>{file} is larger than the drive that holds {folder} allows (a FAT32 USB stick takes at most 4 GB in one file): choose another drive.</source>
        <translation>файл {file} больше, чем допускает диск, на котором находится {folder} (на флешке USB с FAT32 один файл занимает не более 4 ГБ): выберите другой диск.</translation>
    </message>
    <message>
        <source>{file} is not a CSV or Excel file: save the table as .csv or .xlsx and import that.</source>
        <translation>{file} — не файл CSV или Excel: сохраните таблицу как .csv или .xlsx и импортируйте её.</translation>
    </message>
    <message>
        <source>{file} is not a device card: ask the facilitator for the file that &apos;khdesk device card&apos; writes.</source>
        <translation>{file} — не карточка устройства: попросите у фасилитатора файл, который создаёт команда «khdesk device card».</translation>
    </message>
    <message>
        <source>{file} is not a file but a device or a pipe: save the table as a file and choose that.</source>
        <translation>{file} — не файл, а устройство или канал: сохраните таблицу в файл и выберите его.</translation>
    </message>
    <message>
        <source>{file} is not a file khdesk can read as a bundle: choose the .khb or .khr file itself.</source>
        <translation>{file} — не файл, который khdesk может прочитать как пакет: выберите сам файл .khb или .khr.</translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8) or Excel (.xlsx) and import that file.</source>
        <translation>{file} — не текстовая таблица: сохраните её как CSV (UTF-8) или Excel (.xlsx) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>{file} is not a valid Excel workbook: open it in Excel and save it again.</source>
        <translation>{file} — повреждённая или некорректная книга Excel: откройте её в Excel и сохраните заново.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook khdesk can read: open it in Excel and save it again as .xlsx, or save it as CSV.</source>
        <translation>{file} — книга Excel, которую khdesk не может прочитать: откройте её в Excel и сохраните заново как .xlsx или сохраните как CSV.</translation>
    </message>
    <message>
        <source>{file} is not an encrypted khdesk backup: choose a file khdesk copied to the second place (it ends in .db.age).</source>
        <translation>{file} — не зашифрованная резервная копия khdesk: выберите файл, который khdesk скопировал во второе место (его имя оканчивается на .db.age).</translation>
    </message>
    <message>
        <source>{file} is over {limit} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation>файл {file} больше {limit} МБ; khdesk импортирует файлы не больше {limit} МБ: разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is too large to be a device card.</source>
        <translation>файл {file} слишком велик для карточки устройства.</translation>
    </message>
    <message>
        <source>{file} is {size:.1f} MB; khdesk imports files of at most {limit} MB: split it into smaller files.</source>
        <translation>размер файла {file} — {size:.1f} МБ; khdesk импортирует файлы не больше {limit} МБ: разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size:,.0f} MB; khdesk reads workbooks of at most {limit} MB unpacked: split it into smaller files or save it as CSV.</source>
        <translation>в распакованном виде {file} занимает {size:,.0f} МБ; khdesk читает книги не больше {limit} МБ в распакованном виде: разделите его на файлы поменьше или сохраните как CSV.</translation>
    </message>
    <message>
        <source>{file} writes dates day first (line {day_first}) and month first (line {month_first}): export the report from Zoom again.</source>
        <translation>в файле {file} даты записаны то с днём впереди (строка {day_first}), то с месяцем впереди (строка {month_first}): экспортируйте отчёт из Zoom заново.</translation>
    </message>
    <message>
        <source>{folder} is not a folder that is there: plug in the USB stick or choose another folder for the copies.</source>
        <translation>папки {folder} нет: подключите флешку USB или выберите для копий другую папку.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only drive: choose another folder or drive.</source>
        <translation>{folder} находится на диске, доступном только для чтения: выберите другую папку или диск.</translation>
    </message>
    <message>
        <source>{name} cannot be read as an image: choose another file.</source>
        <translation>файл {name} не читается как изображение: выберите другой файл.</translation>
    </message>
    <message>
        <source>{name} is larger than 5 MB: choose a smaller logo image.</source>
        <translation>файл {name} больше 5 МБ: выберите для логотипа изображение меньшего размера.</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image: choose the logo as one.</source>
        <translation>{name} — не изображение PNG или JPEG: выберите логотип в одном из этих форматов.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB: scan it at a lower resolution.</source>
        <translation>размер файла {name} — {size} МБ; приложения могут быть не больше {limit} МБ: отсканируйте документ с меньшим разрешением.</translation>
    </message>
    <message>
        <source>{path} already holds bundles or device cards: choose an empty folder, so that the practice campaign is imported once.</source>
        <translation>в папке {path} уже есть пакеты или карточки устройств: выберите пустую папку, чтобы учебная кампания была импортирована один раз.</translation>
    </message>
    <message>
        <source>{path} does not exist: check the path of the logo.</source>
        <translation>{path} не существует: проверьте путь к логотипу.</translation>
    </message>
    <message>
        <source>{path} is a file: choose a folder for the bundles and cards.</source>
        <translation>{path} — это файл: выберите папку для пакетов и карточек.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a CSV or Excel file.</source>
        <translation>{path} — это папка: выберите файл CSV или Excel.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file.</source>
        <translation>{path} — это папка: выберите файл.</translation>
    </message>
    <message>
        <source>{path} is not a file: choose a scan or a photo.</source>
        <translation>{path} — не файл: выберите скан или фото.</translation>
    </message>
    <message>
        <source>{path} is not a khdesk database (damaged, or another kind of file): restore it from backups/ or move it aside to start a new one.</source>
        <translation>{path} — не база данных khdesk (файл повреждён или другого типа): восстановите его из backups/ или переместите в другое место, чтобы начать с новой базы.</translation>
    </message>
    <message>
        <source>{proposal} cannot be merged into itself.</source>
        <translation>{proposal} нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>{proposal} is already accepted into {code}: nothing to change.</source>
        <translation>{proposal} уже принято в раздел {code}: менять нечего.</translation>
    </message>
    <message>
        <source>{proposal} is already in section {code}: nothing to change.</source>
        <translation>{proposal} уже находится в разделе {code}: менять нечего.</translation>
    </message>
    <message>
        <source>{proposal} is already {state}: nothing to change.</source>
        <translation>{proposal} уже имеет статус «{state}»: менять нечего.</translation>
    </message>
    <message>
        <source>{proposal} is {state} and cannot become {target} from there: move it to {allowed} first.</source>
        <translation>{proposal} имеет статус «{state}» и не может сразу получить статус «{target}»: сначала переведите его в статус «{allowed}».</translation>
    </message>
    <message>
        <source>{proposal} is {state}, not accepted: accept it into a section instead.</source>
        <translation>{proposal} не принято, у него статус «{state}»: вместо этого примите его в раздел.</translation>
    </message>
    <message>
        <source>{proposal} was changed meanwhile by {who}: it is now {state}; nothing was changed, look at it again.</source>
        <translation>{proposal} тем временем изменил(а) {who}: теперь это — {state}; ничего не изменено, посмотрите снова.</translation>
    </message>
    <message>
        <source>{proposal} was deleted by its region in the meantime: it cannot be reviewed; refresh the list.</source>
        <translation>{proposal} тем временем удалено в регионе: его нельзя рассмотреть; обновите список.</translation>
    </message>
    <message>
        <source>{proposal} was reviewed again since: the action cannot be undone as a whole, change it by hand.</source>
        <translation>{proposal} с тех пор рассмотрено повторно: действие нельзя отменить целиком, измените его вручную.</translation>
    </message>
    <message>
        <source>{target} is itself merged into another proposal: merge {proposal} into that one.</source>
        <translation>{target} само объединено с другим предложением: объедините {proposal} с тем предложением.</translation>
    </message>
    <message>
        <source>{votes_for} for and {votes_against} against do not adopt the text: record the vote that adopted it, or leave the document unadopted.</source>
        <translation>{votes_for} «за» и {votes_against} «против» не принимают текст: запишите голосование, которым он принят, или оставьте документ непринятым.</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or check in those who voted.</source>
        <translation>голосов — {votes}, а присутствующих — {present}: исправьте голоса или отметьте приход проголосовавших.</translation>
    </message>
    <message>
        <source>{votes} votes, but {present} people are present: correct the votes or the number present.</source>
        <translation>{votes} голосов, но присутствуют {present} человек: исправьте голоса или число присутствующих.</translation>
    </message>
    <message>
        <source>{where} holds tables that are not khdesk&apos;s: point --db at a khdesk database or a new file.</source>
        <translation>в {where} есть таблицы, не относящиеся к khdesk: укажите в --db базу данных khdesk или новый файл.</translation>
    </message>
    <message>
        <source>«{word}» mixes Latin and Cyrillic letters: retype it in one alphabet.</source>
        <translation>в слове «{word}» смешаны латинские и кириллические буквы: наберите его заново в одном алфавите.</translation>
    </message>
    <message>
        <source>the meeting ends before it starts: correct the times.</source>
        <translation>заседание заканчивается раньше, чем начинается: исправьте время.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is neither a meeting id nor a meeting number like 71-7QKM-2026-003.</source>
        <translation>«{text}» — не идентификатор заседания и не номер вида 71-7QKM-2026-003.</translation>
    </message>
    <message>
        <source>a meeting cannot move to another year: create a new one.</source>
        <translation>заседание нельзя перенести на другой год: создайте новое.</translation>
    </message>
    <message>
        <source>its into does not go with its status</source>
        <translation>поле into не соответствует статусу</translation>
    </message>
    <message>
        <source>its into is not a proposal&apos;s meeting and number</source>
        <translation>поле into не содержит заседание и номер предложения</translation>
    </message>
    <message>
        <source>{count} records differ from the same version already stored: the stored ones were kept; the bundle is in inbox/imported for review.</source>
        <translation>{count} записей с той же версией, что уже сохранена, отличаются по содержанию: сохранённые оставлены как были; пакет лежит в inbox/imported для проверки.</translation>
    </message>
    <message>
        <source>the bundle cannot be decrypted: it is damaged, cut short, or not addressed to this headquarters; ask the region to export it again.</source>
        <translation>пакет невозможно расшифровать: он повреждён, неполон или адресован не этому центральному аппарату; попросите регион экспортировать его заново.</translation>
    </message>
    <message>
        <source>the file is not a khdesk bundle (or it is cut short or damaged): ask the sender to export it again.</source>
        <translation>файл не является пакетом khdesk (или он неполон либо повреждён): попросите отправителя экспортировать его заново.</translation>
    </message>
    <message>
        <source>no name: type the person&apos;s full name, or leave the row out.</source>
        <translation>не указано ФИО: введите полное ФИО человека или исключите строку.</translation>
    </message>
    <message>
        <source>the phone is malformed: write it as +7 7XX XXX XX XX or leave it empty.</source>
        <translation>телефон указан неверно: запишите его в виде +7 7XX XXX XX XX или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>the e-mail is malformed: correct it or leave it empty.</source>
        <translation>адрес эл. почты указан неверно: исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>the same person as line {line}</source>
        <translation>тот же человек, что и в строке {line}</translation>
    </message>
    <message>
        <source>no text: type the proposal or comment, or leave the row out.</source>
        <translation>нет текста: введите предложение или замечание либо исключите строку.</translation>
    </message>
    <message>
        <source>no direction: write D1 to D6 or the direction&apos;s name.</source>
        <translation>не указано направление: укажите код от D1 до D6 или название направления.</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>&amp;Add agenda item…</source>
        <extracomment>record id -&gt; the version whose text the fields last showed</extracomment>
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
        <source>Correct the speech…</source>
        <translation>Исправить выступление…</translation>
    </message>
    <message>
        <source>Correct what the selected speaker said (or double-click the speech)</source>
        <translation>Исправить текст выступления выбранного выступающего (или дважды щёлкните выступление)</translation>
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
        <source>Why the vote is not saved</source>
        <extracomment>why the vote typed is not saved (beyond those present), at the vote fields</extracomment>
        <translation>Почему итоги голосования не сохранены</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <extracomment>votes typed and not yet in the database (refused, or on their way)</extracomment>
        <translation>Присутствуют: {count}</translation>
    </message>
    <message>
        <source>Correct the speech</source>
        <translation>Исправление выступления</translation>
    </message>
    <message>
        <source>What {speaker} said</source>
        <translation>Текст выступления: {speaker}</translation>
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
    <name>NameCheck</name>
    <message>
        <source>Check the corrected name and press the button again.</source>
        <translation>Проверьте исправленное ФИО и нажмите кнопку ещё раз.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>&amp;Direction</source>
        <extracomment>The item&apos;s data: (&quot;direction&quot; | &quot;section&quot; | &quot;region&quot;, code).</extracomment>
        <translation>&amp;Направление</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Название на каза&amp;хском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Название на р&amp;усском</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Название на &amp;английском</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>The title in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>The title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>The text in Kazakh</source>
        <translation>Текст на казахском</translation>
    </message>
    <message>
        <source>The text in Russian</source>
        <translation>Текст на русском</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Write each paragraph in both languages, in the same order, with a blank line between paragraphs. The regions receive the text once it is published.</source>
        <translation>Пишите каждый абзац на обоих языках в одном порядке, отделяя абзацы пустой строкой. Регионы получат текст после публикации.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Paragraphs: {kk} in Kazakh, {ru} in Russian.</source>
        <translation>Абзацев: {kk} на казахском, {ru} на русском.</translation>
    </message>
    <message>
        <source>Each paragraph needs both languages.</source>
        <translation>Каждый абзац нужен на обоих языках.</translation>
    </message>
</context>
<context>
    <name>ParagraphDialog</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>в начале</translation>
    </message>
    <message>
        <source>After paragraph</source>
        <translation>После абзаца</translation>
    </message>
    <message>
        <source>&amp;After paragraph</source>
        <translation>&amp;После абзаца</translation>
    </message>
    <message>
        <source>&amp;Kazakh</source>
        <translation>&amp;Казахский</translation>
    </message>
    <message>
        <source>&amp;Russian</source>
        <translation>&amp;Русский</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Check &amp;in</source>
        <translation>Отметить &amp;приход</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Участник не из списка…</translation>
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
        <source>Type a name, organisation, phone or e-mail; Enter checks in the first match</source>
        <extracomment>this tab&apos;s own steps in this session, the last on top: what Undo takes back the text the results shown are for, and whether an Enter waits for the results persons on the meeting&apos;s list not here yet: among equal matches they come first</extracomment>
        <translation>Введите ФИО, организацию, телефон или эл. почту; Enter отмечает приход первого найденного</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Поиск участника</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Participants of the meeting</source>
        <translation>Участники заседания</translation>
    </message>
    <message>
        <source>No one is on the list yet: import the roster (Ctrl+I), or type a name above and press Enter to check someone in.</source>
        <translation>В списке пока никого нет: импортируйте список участников (Ctrl+I) или введите имя выше и нажмите Enter, чтобы отметить приход.</translation>
    </message>
    <message>
        <source>What the last step did</source>
        <translation>Результат последнего действия</translation>
    </message>
    <message>
        <source>Add someone who is not on the list ({keys})</source>
        <translation>Добавить человека, которого нет в списке ({keys})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Take back your last step</source>
        <translation>Отменить последнее действие</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Удалить выбранного участника</translation>
    </message>
    <message>
        <source>Import &amp;Zoom report…</source>
        <translation>Импорт отчёта &amp;Zoom…</translation>
    </message>
    <message>
        <source>Not &amp;present</source>
        <translation>Отметить отсу&amp;тствие</translation>
    </message>
    <message>
        <source>Checked in by mistake: registered, not present</source>
        <translation>Приход отмечен по ошибке: зарегистрирован, но не присутствует</translation>
    </message>
    <message>
        <source>R&amp;emove from the meeting…</source>
        <translation>Уд&amp;алить из заседания…</translation>
    </message>
    <message>
        <source>Take the selected person off this list (Delete)</source>
        <translation>Убрать выбранного человека из этого списка (Delete)</translation>
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
    <message>
        <source>{name} is already here since {time}: nothing changed.</source>
        <translation>{name} уже здесь с {time}: ничего не изменилось.</translation>
    </message>
    <message>
        <source>{name} is already here: nothing changed.</source>
        <translation>{name} уже здесь: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Walk-in added and checked in: {name}, {time}</source>
        <translation>Добавлен участник не из списка, отмечен приход: {name}, {time}</translation>
    </message>
    <message>
        <source>Marked as left: {name}, {time}</source>
        <translation>Отмечен уход: {name}, {time}</translation>
    </message>
    <message>
        <source>Marked as not present: {name}</source>
        <translation>Отмечено отсутствие: {name}</translation>
    </message>
    <message>
        <source>Removed from the meeting: {name}</source>
        <translation>Участник удалён из заседания: {name}</translation>
    </message>
    <message>
        <source>Checked in: {name}, {time}</source>
        <translation>Отмечен приход: {name}, {time}</translation>
    </message>
    <message>
        <source>Taken back: the walk-in {name} is off the list.</source>
        <translation>Отменено: участник не из списка {name} удалён.</translation>
    </message>
    <message>
        <source>Taken back: {name} has not left.</source>
        <translation>Отменено: {name} — уход больше не отмечен.</translation>
    </message>
    <message>
        <source>Taken back: {name} is present again, since {time}.</source>
        <translation>Отменено: {name} снова присутствует, с {time}.</translation>
    </message>
    <message>
        <source>Taken back: {name} is on the list again.</source>
        <translation>Отменено: {name} снова в списке.</translation>
    </message>
    <message>
        <source>Taken back: the check-in of {name}</source>
        <translation>Отменено: отметка прихода — {name}</translation>
    </message>
    <message>
        <source>the walk-in {name}</source>
        <translation>добавление участника не из списка: {name}</translation>
    </message>
    <message>
        <source>{name} marked as left</source>
        <translation>отметку ухода: {name}</translation>
    </message>
    <message>
        <source>{name} marked as not present</source>
        <translation>отметку отсутствия: {name}</translation>
    </message>
    <message>
        <source>{name} removed from the meeting</source>
        <translation>удаление из заседания: {name}</translation>
    </message>
    <message>
        <source>the check-in of {name}</source>
        <translation>отметку прихода: {name}</translation>
    </message>
    <message>
        <source>Take back {what} ({keys})</source>
        <translation>Отменить {what} ({keys})</translation>
    </message>
    <message>
        <source>No one matches «{text}». To add a walk-in, press {keys} or click Walk-in…</source>
        <translation>По запросу «{text}» никто не найден. Чтобы добавить участника не из списка, нажмите {keys} или кнопку «Участник не из списка…»</translation>
    </message>
    <message>
        <source>Nothing to take back: no step of yours in this meeting yet.</source>
        <translation>Нечего отменять: вы ещё ничего не сделали в этом заседании.</translation>
    </message>
    <message>
        <source>Remove {name} from this meeting&apos;s list? Their attendance is removed; the person stays among the people known here. Undo takes it back.</source>
        <translation>Удалить участника {name} из списка этого заседания? Запись о его участии будет удалена, а сам человек останется в базе. Кнопка «Отменить» вернёт всё как было.</translation>
    </message>
    <message>
        <source>Remove from the meeting</source>
        <translation>Удалить из заседания</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the copies</source>
        <translation>Парольная фраза копий</translation>
    </message>
    <message>
        <source>The copies in the second place are encrypted: choose a passphrase of a few words and write it down somewhere safe. Restoring a copy on another computer asks for it.</source>
        <translation>Копии во втором месте зашифрованы: выберите парольную фразу из нескольких слов и запишите её в надёжном месте. При восстановлении копии на другом компьютере её спросят.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>The &amp;same again:</source>
        <translation>&amp;Ещё раз то же:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Attended {attended} meetings · named in {named} proposals, speeches or questions</source>
        <translation>Посещено заседаний: {attended} · упоминаний в предложениях, выступлениях и вопросах: {named}</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Изменить сведения о человеке</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Даёт согласие на обработку персональных данных</translation>
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
        <source>Sec&amp;tor</source>
        <translation>&amp;Сектор</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Как получено согласие</translation>
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
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>Изменение: {name}</translation>
    </message>
    <message>
        <source>This person was recorded on another device: only that device can change them.</source>
        <translation>Этот человек записан на другом устройстве: изменить его данные можно только на нём.</translation>
    </message>
    <message>
        <source>{name} withdraws consent: their phone and e-mail are erased. Go on?</source>
        <translation>{name} отзывает согласие: телефон и эл. почта будут стёрты. Продолжить?</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>the rows of the merge dialog: (field, label); the label is translated where it is shown</extracomment>
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
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
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
        <source>Remove a person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>{name} was recorded on another device: only that device can remove them.</source>
        <translation>{name}: запись создана на другом устройстве, удалить её можно только на нём.</translation>
    </message>
    <message>
        <source>{name} cannot be removed: they are named in {count} proposals, speeches or questions. Merge them into the right person instead (Merge with…).</source>
        <translation>{name} нельзя удалить: этот человек упоминается в предложениях, выступлениях или вопросах (всего: {count}). Вместо этого объедините его с нужным человеком («Объединить с…»).</translation>
    </message>
    <message>
        <source>Remove {name} from the people known here? Their attendances at {count} meetings are removed with them.</source>
        <translation>Удалить {name} из списка людей в базе? Вместе с ним будет удалено и участие в заседаниях (заседаний: {count}).</translation>
    </message>
    <message>
        <source>{name} is on the list of {count} closed meetings: the reason is recorded as an amendment of each.</source>
        <translation>{name} есть в списках закрытых заседаний (всего: {count}): причина будет записана как поправка к каждому из них.</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <source>Filter by name, organisation or phone</source>
        <translation>Фильтр по ФИО, организации или телефону</translation>
    </message>
    <message>
        <source>Filter the people</source>
        <translation>Фильтр списка людей</translation>
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
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>No one here yet: people come with a meeting&apos;s roster (Ctrl+I in its Participants tab) or as walk-ins at its check-in.</source>
        <translation>Здесь пока никого нет: люди появляются из списка участников заседания (Ctrl+I на вкладке «Участники») или как участники не из списка при отметке прихода.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Their recor&amp;d…</source>
        <translation>&amp;Сведения о человеке…</translation>
    </message>
    <message>
        <source>Everything khdesk holds about the selected person, as a file they can read</source>
        <translation>Всё, что khdesk хранит о выбранном человеке, в файле, который он может прочитать</translation>
    </message>
    <message>
        <source>Consent and erasure</source>
        <translation>Согласие и удаление</translation>
    </message>
    <message>
        <source>The selected person withdrew their consent, or asked to be erased</source>
        <translation>Выбранный человек отозвал согласие или попросил удалить сведения о нём</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Отозвать согласие…</translation>
    </message>
    <message>
        <source>&amp;Erase the person…</source>
        <translation>&amp;Удалить сведения о человеке…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Удалить выбранного человека</translation>
    </message>
    <message>
        <source>Merge the selected person with another record of them ({keys})</source>
        <translation>Объединить выбранного человека с другой его записью ({keys})</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>Всего человек: {count}</translation>
    </message>
    <message>
        <source>Save the person&apos;s record</source>
        <translation>Сохранить сведения о человеке</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation>Сведения о человеке</translation>
    </message>
    <message>
        <source>Everything khdesk holds about this person is in {path}.</source>
        <translation>Всё, что khdesk хранит об этом человеке, записано в {path}.</translation>
    </message>
    <message>
        <source>{name} withdrew their consent? Their phone and e-mail are erased here and, with the next bundle, at headquarters; their name and attendances stay. This cannot be undone.</source>
        <translation>{name} отозвал(а) согласие? Телефон и эл. почта будут удалены здесь, а со следующим пакетом — и в центральном аппарате; имя и участие сохранятся. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Consent withdrawn: the phone and e-mail are erased.</source>
        <translation>Согласие отозвано: телефон и эл. почта удалены.</translation>
    </message>
    <message>
        <source>Erase {name}? Their name becomes a pseudonym and their organisation, position, phone and e-mail are erased, here and in their proposals, questions and speeches; headquarters erases its copy with the next bundle. Their attendances stay, so the counts stay right. This cannot be undone, and backups keep the old data until they are thinned.</source>
        <translation>Удалить сведения: {name}? Имя заменяется псевдонимом, организация, должность, телефон и эл. почта удаляются здесь и в его предложениях, вопросах и выступлениях; центральный аппарат удалит свою копию со следующим пакетом. Участие сохраняется, поэтому подсчёты остаются верными. Это нельзя отменить, а резервные копии хранят прежние данные, пока они не будут прорежены.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Удаление сведений о человеке</translation>
    </message>
    <message>
        <source>The person is erased, and their name in {count} records that named them.</source>
        <translation>Сведения о человеке удалены, а также его имя в {count} записях, где оно упоминалось.</translation>
    </message>
</context>
<context>
    <name>PersonsReviewPage</name>
    <message>
        <source>the same name</source>
        <extracomment>The most pairs listed at once (the total is said above the list). Why a pair is in review, as the list names it.</extracomment>
        <translation>одинаковое ФИО</translation>
    </message>
    <message>
        <source>the same name in another order</source>
        <translation>то же ФИО в другом порядке</translation>
    </message>
    <message>
        <source>another patronymic</source>
        <translation>другое отчество</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>тот же человек</translation>
    </message>
    <message>
        <source>different people</source>
        <translation>разные люди</translation>
    </message>
    <message>
        <source>decide later</source>
        <translation>решить позже</translation>
    </message>
    <message>
        <source>Same persons</source>
        <translation>Совпадения людей</translation>
    </message>
    <message>
        <source>How many pairs are in review</source>
        <translation>Число пар на рассмотрении</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Проверить заново</translation>
    </message>
    <message>
        <source>Work out again who is one person, and put new pairs to review</source>
        <translation>Заново определить, какие записи относятся к одному человеку, и отправить новые пары на рассмотрение</translation>
    </message>
    <message>
        <source>Pairs of persons in review</source>
        <translation>Пары людей на рассмотрении</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Невыполненное действие</translation>
    </message>
    <message>
        <source>The first person and their attendances</source>
        <translation>Первый человек и посещённые им заседания</translation>
    </message>
    <message>
        <source>The second person and their attendances</source>
        <translation>Второй человек и посещённые им заседания</translation>
    </message>
    <message>
        <source>The last decision</source>
        <translation>Последнее решение</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Тот же человек</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Разные люди</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Отменить последнее решение</translation>
    </message>
    <message>
        <source>Next pair</source>
        <translation>Следующая пара</translation>
    </message>
    <message>
        <source>Previous pair</source>
        <translation>Предыдущая пара</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide</source>
        <translation>
            <numerusform>%n пара людей ждёт решения</numerusform>
            <numerusform>%n пары людей ждут решения</numerusform>
            <numerusform>%n пар людей ждут решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons to decide; the first ones are listed</source>
        <translation>
            <numerusform>%n пара людей ждёт решения; в списке показаны первые</numerusform>
            <numerusform>%n пары людей ждут решения; в списке показаны первые</numerusform>
            <numerusform>%n пар людей ждут решения; в списке показаны первые</numerusform>
        </translation>
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
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Записи об участии</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>present</source>
        <translation>приход отмечен</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <source>national</source>
        <translation>без привязки к региону</translation>
    </message>
    <message>
        <source>No pairs of persons to decide.</source>
        <translation>Пар людей, ожидающих решения, нет.</translation>
    </message>
    <message>
        <source>In review for {basis}: {decision}.</source>
        <translation>На рассмотрении ({basis}): {decision}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) newly put to review.</source>
        <translation>
            <numerusform>На рассмотрение отправлена %n новая пара.</numerusform>
            <numerusform>На рассмотрение отправлены %n новые пары.</numerusform>
            <numerusform>На рассмотрение отправлено %n новых пар.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was undone.</source>
        <translation>Решение отменено.</translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation>Сохранено. Ctrl+Z отменит это действие.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Review the selection</source>
        <translation>Проверка выбранных предложений</translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation>Что изменит действие</translation>
    </message>
    <message>
        <source>Proposals left alone</source>
        <translation>Предложения, которые останутся без изменений</translation>
    </message>
    <message>
        <source>Left alone ({count}):</source>
        <translation>Останутся без изменений ({count}):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <source>None of the pages chosen is in the document: it has {pages} pages.</source>
        <extracomment>The highest resolution a page is rendered at. Text of 9 pt is sharp on paper at 300 dpi; each step above it makes a page&apos;s image four times larger for nothing a reader sees, and a PDF printer (or CUPS) reports 1200 dpi, which made two pages an 11 MB job. About how many pixels of a page image are drawn at once (see the module docstring: some 10 ms of the print engine&apos;s compression, during which no Python code of the window runs). Points (1/72 inch) to an inch.</extracomment>
        <translation>Ни одной из выбранных страниц нет в документе: всего страниц в нём — {pages}.</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>Напечатано в файл {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Отправлено на принтер страниц: {pages}.</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>Печать отменена: ничего не напечатано.</translation>
    </message>
    <message>
        <source>Printing stopped after {sent} of {total} pages; the printer may still print those: cancel them in the printer&apos;s queue if they are not wanted.</source>
        <translation>Печать остановлена после {sent} из {total} страниц; принтер всё ещё может их напечатать: если они не нужны, отмените их в очереди принтера.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Не удалось напечатать.</translation>
    </message>
    <message>
        <source>The document could not be read for printing: show it again, then print.</source>
        <translation>Не удалось прочитать документ для печати: откройте его снова, затем напечатайте.</translation>
    </message>
    <message>
        <source>The printer could not be opened or stopped taking pages: check that it is on and connected, then print again.</source>
        <translation>Не удалось открыть принтер, или он перестал принимать страницы: проверьте, что он включён и подключён, и повторите печать.</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Printing page {page} of {pages}…</source>
        <translation>Печать страницы {page} из {pages}…</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>No proposals here: proposals come in the regions&apos; bundles (Inbox).</source>
        <translation>Здесь нет предложений: предложения поступают в пакетах регионов (страница «Входящие»).</translation>
    </message>
    <message>
        <source>The proposal and its review</source>
        <translation>Предложение и его рассмотрение</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Невыполненное действие</translation>
    </message>
    <message>
        <source>The last action</source>
        <translation>Последнее действие</translation>
    </message>
    <message>
        <source>Search the text, author or organisation</source>
        <translation>Поиск по тексту, автору или организации</translation>
    </message>
    <message>
        <source>Search the proposals</source>
        <translation>Поиск предложений</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The table&apos;s columns: (key, the sort of ``review_page_queries.SORTS`` or None).</extracomment>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Все заседания</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Вид заседания</translation>
    </message>
    <message>
        <source>All kinds of meeting</source>
        <translation>Все виды заседаний</translation>
    </message>
    <message>
        <source>Proposal or comment</source>
        <translation>Предложение или замечание</translation>
    </message>
    <message>
        <source>Proposals and comments</source>
        <translation>Предложения и замечания</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Статус рассмотрения</translation>
    </message>
    <message>
        <source>Every review status</source>
        <translation>Все статусы рассмотрения</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Статус рассмотрения</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не рассмотренные</translation>
    </message>
    <message>
        <source>Reviewed by me</source>
        <translation>Рассмотренные мной</translation>
    </message>
    <message>
        <source>How many proposals are listed</source>
        <translation>Число предложений в списке</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Похожие предложения</translation>
    </message>
    <message>
        <source>Similar proposals, the most similar first</source>
        <translation>Похожие предложения, сначала самые похожие</translation>
    </message>
    <message>
        <source>Enter or a double click shows the group on the page «Similar proposals».</source>
        <translation>Enter или двойной щелчок показывает группу на странице «Похожие предложения».</translation>
    </message>
    <message>
        <source>The section suggested</source>
        <translation>Рекомендуемый раздел</translation>
    </message>
    <message>
        <source>Use this section…</source>
        <translation>Принять в этот раздел…</translation>
    </message>
    <message>
        <source>Opens «Accept into a section» with the suggested section chosen; nothing is saved before you confirm it.</source>
        <translation>Открывает окно «Принять в раздел» с уже выбранным рекомендуемым разделом; ничего не сохраняется, пока вы не подтвердите.</translation>
    </message>
    <message>
        <source>Next proposal</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <source>Previous proposal</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <source>Select or unselect the proposal</source>
        <translation>Выбрать предложение или отменить выбор</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Сбросить выбор</translation>
    </message>
    <message>
        <source>Accept into a section…</source>
        <translation>Принять в раздел…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Merge into another proposal…</source>
        <translation>Объединить с другим предложением…</translation>
    </message>
    <message>
        <source>Change the section…</source>
        <translation>Изменить раздел…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Запросить уточнение…</translation>
    </message>
    <message>
        <source>Mark in review</source>
        <translation>Взять на рассмотрение</translation>
    </message>
    <message>
        <source>Assign to a reviewer…</source>
        <translation>Назначить ответственного…</translation>
    </message>
    <message>
        <source>Next proposal not reviewed yet</source>
        <translation>Следующее нерассмотренное предложение</translation>
    </message>
    <message>
        <source>Undo the last review action</source>
        <translation>Отменить последнее действие по рассмотрению</translation>
    </message>
    <message>
        <source>The list&apos;s search and filters narrow the sheet of proposals; the other sheets follow only its region, kind of meeting, direction and dates.</source>
        <translation>Поиск и фильтры списка сужают только лист предложений; к остальным листам применяются лишь регион, вид заседания, направление и даты.</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>предложения</translation>
    </message>
    <message>
        <source>{count} proposals</source>
        <translation>Предложений: {count}</translation>
    </message>
    <message>
        <source>Proposal {number}</source>
        <translation>Предложение {number}</translation>
    </message>
    <message>
        <source>Accepted into</source>
        <translation>Принято в раздел</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Объединено с</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Объединены с ним</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Ещё не рассмотрено.</translation>
    </message>
    <message>
        <source>Similar proposals ({count})</source>
        <translation>Похожие предложения ({count})</translation>
    </message>
    <message>
        <source>Similar proposals: none found</source>
        <translation>Похожие предложения: не найдены</translation>
    </message>
    <message>
        <source>{count} similar accepted proposals are in {section}.</source>
        <translation>Все похожие принятые предложения ({count}) — в разделе {section}.</translation>
    </message>
    <message>
        <source>{count} of {of} similar accepted proposals are in {section}.</source>
        <translation>{count} из {of} похожих принятых предложений — в разделе {section}.</translation>
    </message>
    <message>
        <source>{count} proposals selected: the next action applies to them.</source>
        <translation>Выбрано предложений: {count}; следующее действие будет применено к ним.</translation>
    </message>
    <message>
        <source>Accept into a section</source>
        <translation>Принять в раздел</translation>
    </message>
    <message>
        <source>Move to another section</source>
        <translation>Перенести в другой раздел</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation>Запросить уточнение</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>Saved. Ctrl+Z takes it back.</source>
        <translation>Сохранено. Ctrl+Z отменит это действие.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>The proposal or comment, as the author put it</source>
        <extracomment>the section a proposal being edited is filed under: kept in the list though retired</extracomment>
        <translation>Предложение или замечание в формулировке автора</translation>
    </message>
    <message>
        <source>&amp;Add proposal</source>
        <translation>&amp;Добавить предложение</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
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
        <source>Text of the proposal or comment</source>
        <translation>Текст предложения или замечания</translation>
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
        <source>Add it (Ctrl+Enter)</source>
        <translation>Добавить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show the proposals of direction</source>
        <translation>Показать предложения по направлению</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>headquarters reviews on a page of its own: a region&apos;s laptop shows what it received proposal id -&gt; headquarters&apos; review of it (a proposal not listed is still new there)</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Центральный аппарат</translation>
    </message>
    <message>
        <source>Proposals and comments of the meeting</source>
        <translation>Предложения и замечания заседания</translation>
    </message>
    <message>
        <source>Delete the selected proposal (in the list)</source>
        <translation>Удалить выбранное предложение (в списке)</translation>
    </message>
    <message>
        <source>Headquarters&apos; review of the proposal</source>
        <translation>Результат рассмотрения предложения центральным аппаратом</translation>
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
        <source>(retired)</source>
        <translation>(упразднён)</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(без раздела)</translation>
    </message>
    <message>
        <source>Headquarters has not reviewed this proposal yet.</source>
        <translation>Центральный аппарат ещё не рассмотрел это предложение.</translation>
    </message>
    <message>
        <source>Accepted by headquarters into {section} ({when}).</source>
        <translation>Принято центральным аппаратом в раздел {section} ({when}).</translation>
    </message>
    <message>
        <source>Merged into proposal {number} of meeting {meeting} ({when}).</source>
        <translation>Объединено с предложением {number} заседания {meeting} ({when}).</translation>
    </message>
    <message>
        <source>Declined by headquarters ({when}): {answer}</source>
        <translation>Отклонено центральным аппаратом ({when}): {answer}</translation>
    </message>
    <message>
        <source>Headquarters asks ({when}): {answer}</source>
        <translation>Центральный аппарат просит уточнить ({when}): {answer}</translation>
    </message>
    <message>
        <source>In review at headquarters since {when}.</source>
        <translation>На рассмотрении в центральном аппарате с {when}.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>No proposal of this direction yet.</source>
        <translation>По этому направлению предложений пока нет.</translation>
    </message>
    <message>
        <source>No proposals or comments were recorded.</source>
        <translation>Предложений и замечаний не записано.</translation>
    </message>
    <message>
        <source>No proposals yet: type one above and press Ctrl+Enter, or import them from a file.</source>
        <translation>Предложений пока нет: введите предложение выше и нажмите Ctrl+Enter или импортируйте их из файла.</translation>
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
    <name>ProspectusDialog</name>
    <message>
        <source>Prospectus draft</source>
        <extracomment>The languages offered, each named in itself.</extracomment>
        <translation>Проект проспекта</translation>
    </message>
    <message>
        <source>The proposals accepted in the review, by direction and section, with those merged into them; an annex traces every line to its proposals.</source>
        <translation>Предложения, принятые при рассмотрении, по направлениям и разделам, вместе с объединёнными с ними; в приложении для каждой строки указано, из каких предложений она взята.</translation>
    </message>
    <message>
        <source>Language of the prospectus</source>
        <translation>Язык проспекта</translation>
    </message>
    <message>
        <source>PDF, to print and send</source>
        <translation>PDF для печати и отправки</translation>
    </message>
    <message>
        <source>Word document, to edit (.docx)</source>
        <translation>Документ Word для редактирования (.docx)</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Where to save the prospectus</source>
        <translation>Куда сохранить проспект</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Куда сохранить</translation>
    </message>
    <message>
        <source>How far the prospectus has got</source>
        <translation>Ход подготовки проспекта</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Что записано</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Prospectus draft {date}</source>
        <translation>Проект проспекта {date}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the prospectus</source>
        <translation>Сохранение проспекта</translation>
    </message>
    <message>
        <source>Choose where to save the prospectus.</source>
        <translation>Укажите, куда сохранить проспект.</translation>
    </message>
    <message>
        <source>Reading the accepted proposals…</source>
        <translation>Чтение принятых предложений…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <source>Saved to {path}. No proposal is accepted yet, and the prospectus says so.</source>
        <translation>Сохранено: {path}. Принятых предложений пока нет, и в проспекте это указано.</translation>
    </message>
    <message>
        <source>Saved to {path}: {lines} lines from {proposals} proposals in {sections} sections.</source>
        <translation>Сохранено: {path}; строк: {lines}, из предложений: {proposals}, в разделах: {sections}.</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>Sa&amp;ve the answer</source>
        <translation>Сохранить &amp;ответ</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Новый вопрос</translation>
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
        <source>Ans&amp;wer</source>
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
        <source>Questions of the meeting</source>
        <translation>Вопросы заседания</translation>
    </message>
    <message>
        <source>No questions were recorded.</source>
        <extracomment>the question loaded into the form (None: the form is for a new one)</extracomment>
        <translation>Вопросов не записано.</translation>
    </message>
    <message>
        <source>No questions yet: type one above and press «Add question».</source>
        <translation>Вопросов пока нет: введите вопрос выше и нажмите «Добавить вопрос».</translation>
    </message>
    <message>
        <source>The question typed in the form is not saved. Replace it with the one chosen in the list?</source>
        <translation>Вопрос, введённый в форме, не сохранён. Заменить его вопросом, выбранным в списке?</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>Select a question in the list first.</source>
        <translation>Сначала выберите вопрос в списке.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Headquarters&apos; recovery key</source>
        <translation>Ключ восстановления центрального аппарата</translation>
    </message>
    <message>
        <source>Every region encrypts its bundles to two keys: headquarters&apos; own key, kept on this laptop, and the recovery key. If headquarters&apos; own key is lost or damaged, the recovery key still decrypts every region&apos;s bundles: put the copy back into the keys folder under its name, {name}, and import them. It signs nothing: it cannot write reference bundles.</source>
        <translation>Каждый регион шифрует свои пакеты для двух ключей: собственного ключа центрального аппарата, который хранится на этом ноутбуке, и ключа восстановления. Если собственный ключ центрального аппарата утерян или повреждён, ключ восстановления по-прежнему расшифровывает пакеты всех регионов: положите копию обратно в папку ключей под её именем, {name}, и импортируйте пакеты. Он ничего не подписывает: записать им справочные пакеты нельзя.</translation>
    </message>
    <message>
        <source>Whoever holds it can read every region&apos;s bundles, with the participants&apos; names and phones: keep it as safely as this laptop.</source>
        <translation>Тот, у кого он есть, может прочитать пакеты всех регионов вместе с именами и телефонами участников: храните его так же надёжно, как этот ноутбук.</translation>
    </message>
    <message>
        <source>It is this file:
{path}</source>
        <translation>Это файл:
{path}</translation>
    </message>
    <message>
        <source>It is no longer in this laptop&apos;s keys folder ({folder}): it was moved offline already, or this installation has none.</source>
        <translation>Его больше нет в папке ключей этого ноутбука ({folder}): он уже перенесён на хранение вне сети, или у этой установки khdesk его нет.</translation>
    </message>
    <message>
        <source>Store a copy offline now: on a USB stick kept in a safe, or printed (it is one line of text) and locked away. If the foundation&apos;s policy says so, remove the file from this laptop afterwards: headquarters imports bundles with its own key without it.</source>
        <translation>Сохраните копию вне сети прямо сейчас: на флешке USB, которая хранится в сейфе, или в распечатанном виде (это одна строка текста) под замком. Если этого требуют правила фонда, затем удалите файл с этого ноутбука: центральный аппарат импортирует пакеты своим собственным ключом и без него.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <source>&amp;I have stored it</source>
        <translation>&amp;Ключ сохранён</translation>
    </message>
    <message>
        <source>Store the recovery key offline</source>
        <translation>Сохраните ключ восстановления вне сети</translation>
    </message>
    <message>
        <source>Save a copy of the recovery key</source>
        <translation>Сохранение копии ключа восстановления</translation>
    </message>
    <message>
        <source>Recovery keys</source>
        <translation>Ключи восстановления</translation>
    </message>
    <message>
        <source>A copy is saved as {path}. Put it away offline, then press «I have stored it».</source>
        <translation>Копия записана в {path}. Уберите её на хранение вне сети, затем нажмите «Ключ сохранён».</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <source>Reference data is edited at headquarters only: this installation receives it in headquarters&apos; reference bundle.</source>
        <translation>Справочные данные редактируются только в центральном аппарате: эта установка khdesk получает их в справочном пакете центрального аппарата.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Отменить последнее изменение (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>Опу&amp;бликовать…</translation>
    </message>
    <message>
        <source>Write the next reference bundle for the regions (Ctrl+P)</source>
        <translation>Записать следующий справочный пакет для регионов (Ctrl+P)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Directions and sections</source>
        <translation>Направления и разделы</translation>
    </message>
    <message>
        <source>New &amp;direction…</source>
        <translation>Новое &amp;направление…</translation>
    </message>
    <message>
        <source>&amp;New section…</source>
        <translation>Новый раз&amp;дел…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <source>&amp;Move to direction…</source>
        <translation>&amp;Перенести в направление…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Упразднить</translation>
    </message>
    <message>
        <source>KATO</source>
        <translation>КАТО</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>R&amp;ename…</source>
        <translation>Переим&amp;еновать…</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>упразднён</translation>
    </message>
    <message>
        <source>Version {version} is the last published. There are changes the regions do not have yet: Publish… writes them into the next reference bundle.</source>
        <translation>Последняя опубликованная версия — {version}. Есть изменения, которых у регионов ещё нет: кнопка «Опубликовать…» запишет их в следующий справочный пакет.</translation>
    </message>
    <message>
        <source>Version {version} is the last published; nothing changed since.</source>
        <translation>Последняя опубликованная версия — {version}; с тех пор ничего не изменилось.</translation>
    </message>
    <message>
        <source>Reins&amp;tate</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>New direction</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>Rename direction {code}</source>
        <translation>Переименование направления {code}</translation>
    </message>
    <message>
        <source>Rename section {code}</source>
        <translation>Переименование раздела {code}</translation>
    </message>
    <message>
        <source>Rename region {code}</source>
        <translation>Переименование региона {code}</translation>
    </message>
    <message>
        <source>Move section {code}</source>
        <translation>Перенос раздела {code}</translation>
    </message>
    <message>
        <source>Move to &amp;direction:</source>
        <translation>Перенести в &amp;направление:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Move section {code} «{name}» from direction {old} to direction {new}? The {count} proposals filed under it keep it. Ctrl+Z undoes this until you publish.</source>
        <translation>Перенести раздел {code} «{name}» из направления {old} в направление {new}? Предложения, отнесённые к нему ({count}), останутся в этом разделе. До публикации это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Move a section</source>
        <translation>Перенос раздела</translation>
    </message>
    <message>
        <source>Retire section {code} «{name}»? The {count} proposals filed under it keep it and show it as retired; the review can move them, and nothing new is accepted into it. Ctrl+Z undoes this until you publish.</source>
        <translation>Упразднить раздел {code} «{name}»? Предложения, отнесённые к нему ({count}), останутся в нём, и раздел будет показан у них как упразднённый; при рассмотрении их можно перенести, а новые предложения в этот раздел приниматься не будут. До публикации это можно отменить клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <source>Retire a section</source>
        <translation>Упразднение раздела</translation>
    </message>
    <message>
        <source>Reinstate section {code} «{name}»? Proposals can be accepted into it again.</source>
        <translation>Восстановить раздел {code} «{name}»? В него снова можно будет принимать предложения.</translation>
    </message>
    <message>
        <source>Reinstate a section</source>
        <translation>Восстановление раздела</translation>
    </message>
    <message>
        <source>Publish the reference data</source>
        <translation>Публикация справочных данных</translation>
    </message>
    <message>
        <source>Reference bundles</source>
        <translation>Справочные пакеты</translation>
    </message>
    <message>
        <source>Reference bundle</source>
        <translation>Справочный пакет</translation>
    </message>
    <message>
        <source>Version {version} written to {path}: send it to every region. Changes made before it can no longer be undone.</source>
        <translation>Версия {version} записана в {path}: отправьте её во все регионы. Изменения, сделанные до неё, больше нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Keeping contacts</source>
        <translation>Хранение контактов</translation>
    </message>
    <message>
        <source>&amp;Erase the phone and e-mail of persons not seen for</source>
        <translation>&amp;Удалять телефон и эл. почту тех, кого не было</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>A person is seen at a meeting they registered for. Their name, sector and attendances stay; the contacts are erased at every start and cannot be brought back.</source>
        <translation>Человек считается побывавшим на заседании, на которое он зарегистрирован. Имя, сектор и участие сохраняются; контакты удаляются при каждом запуске, и вернуть их нельзя.</translation>
    </message>
    <message>
        <source>The contacts of {count} persons not seen for longer were erased.</source>
        <translation>Удалены контакты людей, которых не было дольше: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReviewerDialog</name>
    <message>
        <source>Assign to a reviewer</source>
        <translation>Назначение ответственного</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Whether the text is saved</source>
        <extracomment>Text is written to the database this long after the last keystroke (and on leaving the field). ... and at the latest this long after the first unsaved keystroke, even while typing goes on, so that a crash never loses more than about two seconds of typing. ``state`` or ``saved_at`` changed the autosavers alive now; an entry goes when its field (and so the autosaver) is deleted when the text last reached the database (local time) writes queued and not yet reported by the owner</extracomment>
        <translation>Сохранён ли текст</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The last save was refused: the text stays in the field and is saved again when you correct it or leave the field.</source>
        <translation>Последнее сохранение не принято: текст остаётся в поле и будет сохранён снова, когда вы исправите его или покинете поле.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>Typed text is saved by itself a moment after you stop.</source>
        <translation>Набранный текст сохраняется сам через мгновение после того, как вы перестанете печатать.</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <source>Find a section by its code or name</source>
        <translation>Поиск раздела по коду или названию</translation>
    </message>
    <message>
        <source>Find a section</source>
        <translation>Поиск раздела</translation>
    </message>
    <message>
        <source>Sections of the prospectus</source>
        <translation>Разделы проспекта</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>SectorMapping</name>
    <message>
        <source>Sectors khdesk does not know. Choose a sector for each (Tab goes to the next, arrows or typing choose one); rows of a word left to choose are not imported.</source>
        <extracomment>The size the dialog asks for when the screen has room; never more than the screen has. How many sector words the mapping list shows before it scrolls. The widest a sector word is shown in the mapping list (longer ones end in «…»).</extracomment>
        <translation>Секторы, неизвестные khdesk. Выберите сектор для каждого (Tab — переход к следующему, выбор стрелками или вводом с клавиатуры); строки со словом, для которого сектор не выбран, не импортируются.</translation>
    </message>
    <message>
        <source>rows: {count}</source>
        <extracomment>The line of each word, in the file&apos;s order: (its label, count, list, note).</extracomment>
        <translation>строк: {count}</translation>
    </message>
    <message>
        <source>{sector} (suggested)</source>
        <translation>{sector} (предложено)</translation>
    </message>
    <message>
        <source>— as each organisation suggests ({count} of {rows}) —</source>
        <translation>— как подсказывает организация ({count} из {rows}) —</translation>
    </message>
    <message>
        <source>— choose a sector —</source>
        <translation>— выберите сектор —</translation>
    </message>
    <message>
        <source>remembered from an earlier import</source>
        <translation>запомнено с прошлого импорта</translation>
    </message>
    <message>
        <source>suggested: check it</source>
        <translation>предложено: проверьте</translation>
    </message>
    <message>
        <source>not imported until you choose</source>
        <translation>не импортируется, пока вы не выберете</translation>
    </message>
    <message>
        <source>suggested: check them</source>
        <translation>предложено: проверьте их</translation>
    </message>
    <message>
        <source>Sector for «{word}»</source>
        <translation>Сектор для «{word}»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>The dynamic property that names a part of the window for the shortcuts dialog.</extracomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Поиск сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Everywhere in the window</source>
        <translation>Везде в окне</translation>
    </message>
</context>
<context>
    <name>SimilarPage</name>
    <message>
        <source>№ {number} of meeting {meeting}</source>
        <extracomment>A pass that takes longer than this (seconds) shows its progress. The columns of the chosen group&apos;s table.</extracomment>
        <translation>№ {number} заседания {meeting}</translation>
    </message>
    <message>
        <source>Similar proposals</source>
        <translation>Похожие предложения</translation>
    </message>
    <message>
        <source>Groups of similar proposals</source>
        <translation>Группы похожих предложений</translation>
    </message>
    <message>
        <source>Comparing the proposals</source>
        <translation>Сравнение предложений</translation>
    </message>
    <message>
        <source>Comparing the proposals… %p%</source>
        <translation>Сравнение предложений… %p%</translation>
    </message>
    <message>
        <source>What was refused</source>
        <translation>Невыполненное действие</translation>
    </message>
    <message>
        <source>The group&apos;s proposals</source>
        <translation>Предложения группы</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Статус рассмотрения</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>The last action</source>
        <translation>Последнее действие</translation>
    </message>
    <message>
        <source>Keep this one, merge the others</source>
        <translation>Оставить это, остальные объединить с ним</translation>
    </message>
    <message>
        <source>Undo the last merge</source>
        <translation>Отменить последнее объединение</translation>
    </message>
    <message>
        <source>{count} proposals · {regions} regions</source>
        <translation>Предложений: {count} · регионов: {regions}</translation>
    </message>
    <message>
        <source>{count} merged</source>
        <translation>объединено: {count}</translation>
    </message>
    <message>
        <source>Groups of similar proposals: {groups} · proposals in them: {proposals}</source>
        <translation>Групп похожих предложений: {groups} · предложений в них: {proposals}</translation>
    </message>
    <message>
        <source>No similar proposals: proposals that say nearly the same thing, in any region or language, are grouped here.</source>
        <translation>Похожих предложений нет: здесь группируются предложения почти одинакового содержания из любых регионов и на любом языке.</translation>
    </message>
    <message>
        <source>Merged into {proposal}</source>
        <translation>Объединено с {proposal}</translation>
    </message>
    <message>
        <source>Merge {count} proposals into {proposal}?</source>
        <translation>Объединить предложения ({count}) с предложением {proposal}?</translation>
    </message>
    <message>
        <source>They stay in the list as merged into it, with their regions; Ctrl+Z takes the merge back.</source>
        <translation>Они останутся в списке как объединённые с ним, со своими регионами; Ctrl+Z отменит объединение.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>{count} proposals merged into the one kept. Ctrl+Z takes it back.</source>
        <translation>С оставленным предложением объединено предложений: {count}. Ctrl+Z отменит это действие.</translation>
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
        <source>Reason in full</source>
        <extracomment>no column but the last (the reason) takes more than this, so the reason stays in view</extracomment>
        <translation>Полный текст причины</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Device cards</source>
        <translation>Карточки устройств</translation>
    </message>
    <message>
        <source>This laptop cannot send yet: it does not hold headquarters&apos; keys. Import the reference bundle (a .khr file) that headquarters sent you with Sync → Import a reference bundle…, then send again.</source>
        <translation>Этот ноутбук пока не может отправлять данные: на нём нет ключей центрального аппарата. Импортируйте справочный пакет (файл .khr), который вам прислал центральный аппарат, через «Синхронизация → Импортировать справочный пакет…», затем повторите отправку.</translation>
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
        <source>Reference bundles</source>
        <translation>Справочные пакеты</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Открытие пакета</translation>
    </message>
    <message>
        <source>{file} is not there any more: nothing was imported.</source>
        <translation>Файла {file} больше нет: ничего не импортировано.</translation>
    </message>
    <message>
        <source>{file} is a region&apos;s bundle of changes: it is imported at headquarters, not on this laptop.</source>
        <translation>{file} — пакет изменений региона: его импортируют в центральном аппарате, а не на этом ноутбуке.</translation>
    </message>
    <message>
        <source>{file} is a reference bundle from headquarters: it is imported on a region&apos;s laptop.</source>
        <translation>{file} — справочный пакет центрального аппарата: его импортируют на ноутбуке региона.</translation>
    </message>
    <message>
        <source>{file} is not a bundle: khdesk opens .khb and .khr files.</source>
        <translation>{file} — не пакет: khdesk открывает файлы .khb и .khr.</translation>
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
        <source>people</source>
        <extracomment>What a bundle carries, table by table, as the import results count it.</extracomment>
        <translation>люди</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>заседания</translation>
    </message>
    <message>
        <source>attendances</source>
        <translation>записи об участии</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>вопросы повестки дня</translation>
    </message>
    <message>
        <source>speeches</source>
        <translation>выступления</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>решения</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>предложения</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>результаты рассмотрения</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>вопросы</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>приложения</translation>
    </message>
    <message>
        <source>amendments</source>
        <translation>поправки</translation>
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
        <source>Bundles</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>Write the reference bundle</source>
        <translation>Запись справочного пакета</translation>
    </message>
    <message>
        <source>Device card</source>
        <translation>Карточка устройства</translation>
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
        <translation>подтверждён центральным аппаратом</translation>
    </message>
    <message>
        <source>Version {version} written to {path}: send it to every region.</source>
        <translation>Версия {version} записана в {path}: отправьте её во все регионы.</translation>
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
    <name>VoteDialog</name>
    <message>
        <source>The plenary&apos;s vote</source>
        <translation>Голосование пленарного заседания</translation>
    </message>
    <message>
        <source>Version {number} is put to the vote. Once adopted, its text is frozen: a later change is a new document.</source>
        <translation>На голосование ставится версия {number}. После принятия её текст неизменяем: последующее изменение — новый документ.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>не указано</translation>
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
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Day of the vote</source>
        <translation>День голосования</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in participant</source>
        <extracomment>one row of the search results: id, name, organisation, sector code, arrived (None: not here)</extracomment>
        <translation>Участник не из списка</translation>
    </message>
    <message>
        <source>Agrees to the processing of personal data</source>
        <translation>Даёт согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>A phone or e-mail is kept only with consent.</source>
        <translation>Телефон и эл. почта сохраняются только с согласия.</translation>
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
        <source>Sec&amp;tor</source>
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
        <source>Add and check &amp;in</source>
        <translation>Добавить и отметить &amp;приход</translation>
    </message>
    <message>
        <source>Record this person and check them in (Ctrl+Enter)</source>
        <translation>Записать этого человека и отметить его приход (Ctrl+Enter)</translation>
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
<context>
    <name>WritingDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
</TS>
