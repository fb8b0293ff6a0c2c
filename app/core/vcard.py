"""vCard files (via vobject): reading people from a .vcf, writing contacts as vCard 4.0.

What one writes, the other reads back without loss of name, profile URL, e-mails, organisation and title (and
notes and tags). Reading splits the file into cards first, so a problem is reported as ``FILE:LINE``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.core.errors import BadInput
from app.core.linkedin.rows import SkippedRow
from app.core.linkedin.table import decode_text
from app.core.records import Contact

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class VCardPerson:
    file: str
    line: int
    first_name: str
    last_name: str
    display_name: str
    profile_url: str | None
    emails: tuple[str, ...]
    company: str
    position: str
    notes: str
    tags: tuple[str, ...]


MAX_VCARD_FILE_BYTES = 20 * 1024 * 1024  # thousands of cards, photos included
MAX_CARD_BYTES = 1024 * 1024  # the vCard parser needs some hundred times a card's size in memory


def read_vcards(file: str, data: bytes) -> Iterator[VCardPerson | SkippedRow]:
    """People from a .vcf; a file or a card too big to read safely is refused before parsing (BadInput)."""
    if len(data) > MAX_VCARD_FILE_BYTES:
        raise BadInput(f"{file}: over {MAX_VCARD_FILE_BYTES // (1024 * 1024)} MB; split it into smaller files")
    lines = _LINE_BREAK.split(decode_text(file, data))
    start: int | None = None
    for number, text in enumerate(lines, start=1):
        upper = text.strip().upper()
        if start is None:
            if upper == "BEGIN:VCARD":
                start = number
            elif upper:
                raise BadInput(f"{file}:{number}: not part of a vCard (each card starts with BEGIN:VCARD)")
        elif upper == "END:VCARD":
            card = "\n".join(lines[start - 1 : number]) + "\n"
            if len(card) > MAX_CARD_BYTES:
                raise BadInput(
                    f"{file}:{start}: this vCard is over {MAX_CARD_BYTES // 1024} KB (a large photo?); "
                    "Gatehouse reads cards up to that size"
                )
            yield _read_card(file, start, card)
            start = None
    if start is not None:
        raise BadInput(f"{file}:{start}: this vCard never ends (no END:VCARD)")


def _text(value: object) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


def _read_card(file: str, line: int, text: str) -> VCardPerson | SkippedRow:
    import vobject  # here, not at the top: an import without vCards never loads it (a tenth of a second)
    from vobject.base import ParseError, VObjectError

    try:
        card = vobject.readOne(text)
    except ParseError as exc:
        # vobject's own line count is not the file's: find the line it quotes instead
        reason = str(exc.args[0]) if exc.args else str(exc)
        quoted = reason.partition("Failed to parse line: ")[2]
        offsets = [i for i, text_line in enumerate(text.split("\n")) if quoted and text_line == quoted]
        where = line + offsets[0] if offsets else line
        raise BadInput(f"{file}:{where}: cannot read this vCard ({reason})") from None
    except (VObjectError, ValueError, UnicodeError) as exc:
        raise BadInput(f"{file}:{line}: cannot read this vCard ({exc})") from None
    contents = card.contents
    first = last = ""
    if "n" in contents:
        name = contents["n"][0].value
        first, last = _text(getattr(name, "given", "")), _text(getattr(name, "family", ""))
    full = _text(contents["fn"][0].value) if "fn" in contents else ""
    display = "" if full == f"{first} {last}".strip() else full
    emails = tuple(e for e in (_text(x.value) for x in contents.get("email", [])) if e)
    urls = [u for u in (_text(x.value) for x in contents.get("url", [])) if u]
    linkedin = next((u for u in urls if "linkedin." in u.lower()), None)
    if not (first or last or display):
        return SkippedRow(file, line, "a vCard without a name")
    org = contents["org"][0].value if "org" in contents else ""
    company = _text(org[0] if isinstance(org, list | tuple) and org else org)
    tags: list[str] = []
    for entry in contents.get("categories", []):
        values = entry.value if isinstance(entry.value, list | tuple) else [entry.value]
        tags.extend(t.strip() for t in values if str(t).strip())
    return VCardPerson(
        file=file,
        line=line,
        first_name=first,
        last_name=last,
        display_name=display,
        profile_url=linkedin,
        emails=emails,
        company=company,
        position=_text(contents["title"][0].value) if "title" in contents else "",
        notes=str(contents["note"][0].value or "") if "note" in contents else "",
        tags=tuple(tags),
    )


def contact_vcard(contact: Contact) -> str:
    """One contact as a vCard 4.0 (CRLF line endings, folded as the standard asks)."""
    import vobject

    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = contact.name or contact.email or "(no name)"
    card.add("n").value = vobject.vcard.Name(family=contact.last_name, given=contact.first_name)
    url = contact.profile_url_seen or (f"https://{contact.profile_url}" if contact.profile_url else None)
    if url:
        card.add("url").value = url
    for address in contact.emails:
        card.add("email").value = address
    if contact.company:
        card.add("org").value = [contact.company]
    if contact.position:
        card.add("title").value = contact.position
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.tags:
        card.add("categories").value = list(contact.tags)
    return card.serialize()


def write_vcards(contacts: Iterable[Contact]) -> Iterator[str]:
    for contact in contacts:
        yield contact_vcard(contact)
