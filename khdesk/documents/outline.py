"""The protocol as a layout-neutral outline: its lines in order, each with its role and words.

Both renderers read this outline and nothing else (``protocol.py`` for the PDF,
``protocol_docx.py`` for Word), so the two files always show the same text. An outline is in
one language; a Kazakh and Russian protocol is two outlines of the same meeting, built by the
same steps, so that line N of one is line N of the other (the parallel columns pair them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from khdesk.documents.amendments import amendment_text
from khdesk.documents.data import DocumentAmendment, ProtocolData, meeting_time
from khdesk.documents.labels import label, people_total
from khdesk.documents.layout import day, signature_name

#: How a line is set: the renderers map each role to a style of their own.
ROLES = (
    "organisation",  # the foundation, centred
    "title",  # ХАТТАМА / ПРОТОКОЛ, bold, centred
    "subtitle",  # the kind of meeting and its number under a Russian or English title
    "meeting",  # the meeting's own title, centred
    "requisites",  # date on the left, number on the right (``cells``)
    "city",  # where the protocol was drawn up
    "body",  # a paragraph of text
    "list",  # a name in the list of those present, smaller
    "heading",  # a section's heading: kept with what follows, never split
    "label",  # ТЫҢДАЛДЫ:, СӨЙЛЕГЕНДЕР:, ШЕШІЛДІ: kept with what follows
    "indented",  # a detail under the line above (rapporteur, section, who asked)
    "signature",  # a signature line: role, a line to sign on, initials and surname (``cells``)
)

#: Lines of the text kept on the page of the signatures, so that they never stand alone.
KEPT_WITH_SIGNATURES = 2


@dataclass(frozen=True)
class Run:
    """Words set one way: ``bold`` for the labels."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Line:
    """One paragraph of the protocol (or one row of requisites or signatures)."""

    role: str
    #: What of the protocol it shows ("rapporteur", "decision", "vote", …): the tests check by
    #: it that every element reaches both files.
    element: str
    runs: tuple[Run, ...] = ()
    #: For "requisites" and "signature": the cells, left to right.
    cells: tuple[str, ...] = ()
    #: Kept on the page of the line after it (a decision with its vote, a question with its
    #: answer), as headings and labels always are.
    keep: bool = False

    @property
    def text(self) -> str:
        """The line's words as a reader sees them (cells separated by spaces)."""
        if self.cells:
            return " ".join(cell for cell in self.cells if cell)
        return "".join(run.text for run in self.runs)

    @property
    def kept_with_next(self) -> bool:
        return self.keep or self.role in ("heading", "label", "title", "subtitle")


@dataclass
class Outline:
    """The protocol in one language: ``language`` is kk, ru or en."""

    language: str
    lines: list[Line] = field(default_factory=list)
    #: The footer's words: the document and its number, the fingerprint.
    footer: str = ""

    @property
    def body(self) -> list[Line]:
        """The lines before the signatures (an empty one included: see ``printed``)."""
        return [line for line in self.lines if line.role != "signature"]

    @property
    def printed(self) -> list[Line]:
        """The lines before the signatures that have words, for a protocol in one language."""
        return [line for line in self.body if line.text]

    @property
    def signatures(self) -> list[Line]:
        return [line for line in self.lines if line.role == "signature"]


_OPENING = "«“„"


def _wholly_quoted(title: str) -> bool:
    """Whether the quotation mark that opens ``title`` is closed by its last character
    («Жаңа Қазақстан», not «А» және «Б»)."""
    if len(title) < 2 or title[0] not in _OPENING + '"':
        return False
    if title[0] == '"':
        return title.endswith('"') and title.count('"') == 2
    if title[0] == "“":
        return title.endswith("”") and title.count("“") == title.count("”") == 1
    depth = 0
    for index, ch in enumerate(title):
        depth += 1 if ch in "«„" else -1 if ch in "»“" else 0
        if depth == 0:
            return index == len(title) - 1
    return False


def quoted(title: str) -> str:
    """A title in «»: a title already in quotation marks keeps them (never «« »»); quotation
    marks inside a title become „“, as quotes within quotes are written in Kazakh and Russian
    («„Қазақстан халқына“ қорының проспектісі»)."""
    title = " ".join(title.split())
    if _wholly_quoted(title):
        title = title[1:-1]
    inner = title.replace("«", "„").replace("»", "“")
    if inner.count('"') % 2 == 0:
        while '"' in inner:
            inner = inner.replace('"', "„", 1).replace('"', "“", 1)
    return f"«{inner}»"


def title_lines(kind: str, fmt: str, language: str) -> tuple[str, str]:
    """The protocol's title and the line under it, as each language builds them.

    Kazakh puts the meeting first, in the genitive, and ends with the possessive
    («Дөңгелек үстел отырысының ХАТТАМАСЫ»: the round table's meeting; «Онлайн-отырыстың
    ХАТТАМАСЫ»: an online meeting, with no possessor); Russian and English name the document
    and put the meeting under it («ПРОТОКОЛ» / «заседания круглого стола»). A meeting of
    another kind held online or in a hybrid format says so («онлайн форматта өткен …»).
    """
    kind = kind if kind in ("round-table", "online", "plenary") else "round-table"
    meeting = label(f"meeting_{kind}", language)
    if kind != "online" and fmt in ("online", "hybrid"):
        meeting = label(f"held_{fmt}", language).format(meeting=meeting)
    title = label("protocol_title", language).format(meeting=meeting)
    under = label("protocol_heading", language).format(meeting=meeting)
    return title[:1].upper() + title[1:], under


def vote_line(decision: object, language: str) -> str:
    """«Дауыс беру: «жақтап» — 59, «қарсы» — 0, «қалыс қалды» — 1.», whole in one language."""
    return label("vote_line", language).format_map(
        {
            "for": getattr(decision, "votes_for", 0) or 0,
            "against": getattr(decision, "votes_against", 0) or 0,
            "abstained": getattr(decision, "votes_abstained", 0) or 0,
        }
    )


@dataclass(frozen=True)
class _Votes:
    votes_for: int | None
    votes_against: int | None
    votes_abstained: int | None


def _amendment_words(amendment: DocumentAmendment, lab: Callable[[str], str]) -> str:
    """«2-абзац, 3–4-жолдар: жаңа редакцияда жазу»: what an amendment to a document does."""
    if amendment.paragraph is None:
        return lab("doc_add_first")
    where = lab("doc_paragraph").format(number=amendment.paragraph)
    if amendment.lines is not None:
        where += ", " + lab("doc_lines").format(first=amendment.lines[0], last=amendment.lines[1])
    return f"{where}: {lab('doc_' + amendment.action)}"


def protocol_outline(data: ProtocolData, language: str, list_above: int = 40) -> Outline:
    """The protocol of ``data`` in ``language`` (kk, ru or en), line by line.

    ``data`` holds the reference names (sectors, directions) in ``language``; the lines depend
    on the meeting alone, never on the language, so two outlines of one meeting pair line by
    line. Above ``list_above`` people present, the names are in the attendance sheet.
    """

    def lab(key: str) -> str:
        return label(key, language)

    def line(role: str, element: str, *runs: Run, keep: bool = False) -> None:
        outline.lines.append(Line(role, element, tuple(runs), keep=keep))

    def field_line(element: str, key: str, value: str, role: str = "body") -> None:
        line(role, element, Run(f"{lab(key)}: ", bold=True), Run(value))

    meeting = data.meeting
    outline = Outline(language)
    outline.footer = (
        f"{lab('protocol')} № {data.number} · {lab('fingerprint')}: {data.fingerprint()}"
    )
    title, under = title_lines(meeting.kind, meeting.format, language)
    line("organisation", "organisation", Run(lab("organisation")))
    line("title", "title", Run(title))
    # always there (empty in Kazakh, whose title names the meeting): line N of a Kazakh outline
    # is line N of the Russian one
    line("subtitle", "title", Run(under))
    line("meeting", "meeting", Run(quoted(meeting.title)))
    outline.lines.append(
        Line("requisites", "requisites", cells=(day(meeting.date), f"№ {data.number}"))
    )
    if data.city:
        line("city", "city", Run(data.city))
    times = [
        f"{lab(key)}: {meeting_time(value)}"
        for key, value in (
            ("field_starts_at", meeting.starts_at),
            ("field_ends_at", meeting.ends_at),
        )
        if value
    ]
    if times:
        line("body", "times", Run(". ".join(times) + "."))
    field_line("place", "place", meeting.place or data.region_name or "—")
    if meeting.link:
        field_line("link", "field_link", meeting.link)
    field_line("chair", "chair", meeting.chair or "—")
    field_line("secretary", "secretary", meeting.secretary or "—")
    present = data.present
    sectors = "; ".join(f"{name} — {count}" for name, count in data.counts_by_sector())
    total = people_total(len(present), language)
    field_line(
        "present", "present", total + (f", {lab('by_sector')}: {sectors}" if sectors else "")
    )
    if len(present) > list_above:
        line("body", "present_list", Run(f"({lab('list_attached')})"))
    else:
        for index, person in enumerate(present, start=1):
            detail = ", ".join(x for x in (person.organisation, person.position) if x)
            named = f"{index}. {person.full_name}" + (f" — {detail}" if detail else "")
            line("list", "attendee", Run(named))

    line("heading", "agenda", Run(lab("agenda")))
    if not data.items:
        line("body", "agenda_item", Run("—"))
    for item in data.items:
        line("body", "agenda_item", Run(f"{item.position}. {item.title}"))
        if item.rapporteur:
            field_line("rapporteur", "rapporteur", item.rapporteur, role="indented")

    for item in data.items:
        line("heading", "item", Run(f"{item.position}. {item.title}"))
        line("label", "heard", Run(f"{lab('heard')}:", bold=True))
        heard = " — ".join(x for x in (item.rapporteur, item.heard) if x)
        line("body", "heard_text", Run(heard or "—"))
        if item.speeches:
            line("label", "spoke", Run(f"{lab('spoke')}:", bold=True))
            for speaker, said in item.speeches:
                line("body", "speech", Run(f"— {speaker}" + (f": {said}" if said else "")))
        if item.decisions:
            line("label", "decided", Run(f"{lab('decided')}:", bold=True))
        for number, decision in enumerate(item.decisions, start=1):
            numbered = lab("decision_number").format(item=item.position, number=number)
            followed = bool(decision.document_title) or decision.votes_for is not None
            line("body", "decision", Run(f"{numbered} {decision.text}"), keep=followed)
            if decision.document_title:
                line(
                    "indented", "adopted", Run(f"{lab('adopted')}: ", bold=True),
                    Run(quoted(decision.document_title)), keep=decision.votes_for is not None,
                )  # fmt: skip
            if decision.votes_for is not None:
                line("indented", "vote", Run(vote_line(decision, language)))

    if data.proposals:
        line("heading", "proposals", Run(lab("proposals")))
        number = 0
        for direction, proposals in data.proposals:
            line("label", "direction", Run(direction, bold=True))
            for proposal in proposals:
                number += 1
                author = ", ".join(x for x in (proposal.author_name, proposal.organisation) if x)
                line(
                    "body",
                    "proposal",
                    Run(f"{number}. {lab(proposal.kind)}: {proposal.text}"
                        + (f" — {author}" if author else "")),
                    keep=bool(proposal.section_code),
                )  # fmt: skip
                if proposal.section_code:
                    name = data.section_names.get(proposal.section_code, "")
                    field_line(
                        "section", "section", f"{proposal.section_code} {name}".strip(),
                        role="indented",
                    )  # fmt: skip

    if data.questions:
        line("heading", "questions", Run(lab("questions")))
        for index, question in enumerate(data.questions, start=1):
            line("body", "question", Run(f"{index}. {lab('question')}: ", bold=True),
                 Run(question.text), keep=True)  # fmt: skip
            who = "; ".join(
                f"{lab(key)}: {value}"
                for key, value in (("asked_by", question.asker_name), ("to", question.addressee))
                if value
            )
            if who:
                line("indented", "asked_by", Run(who), keep=True)
            field_line("answer", "answer", question.answer or lab("no_answer"), role="indented")

    if data.document_amendments:
        line("heading", "document_amendments", Run(lab("document_amendments")))
        shown: tuple[str, int] | None = None
        for index, amendment in enumerate(data.document_amendments, start=1):
            if shown != (amendment.document, amendment.version):
                shown = (amendment.document, amendment.version)
                version = lab("doc_version").format(number=amendment.version)
                line("label", "amended_document",
                     Run(f"{quoted(amendment.document)}, {version}", bold=True))  # fmt: skip
            line("body", "document_amendment", Run(f"{index}. {_amendment_words(amendment, lab)}"),
                 keep=True)  # fmt: skip
            for wording in (amendment.text_kk, amendment.text_ru):
                if wording:
                    line("indented", "amendment_wording", Run(f"«{wording}»"), keep=True)
            by = [f"{lab('proposed_by')}: {amendment.proposer}"] if amendment.proposer else []
            if amendment.votes[0] is not None:
                by.append(vote_line(_Votes(*amendment.votes), language).rstrip("."))
            line("indented", "amendment_by", Run("; ".join(by) + "." if by else ""))

    if data.amendments:
        line("heading", "amendments", Run(lab("amendments")))
        for number, entry in enumerate(data.amendments, start=1):
            words = amendment_text(entry, number, language, data)
            line("label", "amendment", Run(words.heading, bold=True))
            line("body", "amendment_reason", Run(words.reason))
            for change in words.lines:
                line("indented", "amendment_change", Run(f"— {change}"))

    signers: tuple[tuple[str, str | None], ...] = (
        ("chair", meeting.chair),
        ("secretary", meeting.secretary),
    )
    for key, signer in signers:
        outline.lines.append(
            Line("signature", f"sign_{key}", cells=(lab(key), "", signature_name(signer)))
        )
    return outline
