"""Finding the files to import in what the user hands over: the export's .zip, its unzipped folder, single files.

A zip is read in memory, member by member; nothing is ever extracted to disk, so a member named ``../../x``
cannot write anywhere. Only the members Gatehouse reads are decompressed, each one counted as it is read so a
zip bomb (or a size in the zip's directory that lies) stops at the cap. Files Gatehouse does not read are listed
as ignored, not errors; a single file given by name that is none of ours is an error. A ``.csv`` whose name is
not LinkedIn's (``connection.csv``, ``Messaages.csv``) is recognised by its header, in folders and zips as on its
own; a file named as LinkedIn names it wins over a renamed one of the same kind. A folder or zip in which nothing
is ours is an error that says what it holds (an export zip inside the zip, say); so is anything that is not a
regular file (a FIFO named ``Connections.csv`` would block the read forever).
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.core.errors import BadInput, NotFound
from app.core.linkedin.readers import KNOWN_FILES, kind_for_name, sniff_kind
from app.core.linkedin.rows import FileKind

MAX_FILE_BYTES = 256 * 1024 * 1024  # one file, on disk or in a zip, once decompressed
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024  # everything read from one zip, once decompressed
MAX_ZIP_MEMBERS = 50_000
MAX_FOLDER_DEPTH = 3
_CHUNK = 1024 * 1024
SNIFF_BYTES = 64 * 1024  # a renamed file's header is looked for in its first lines


@dataclass(frozen=True)
class SourceFile:
    name: str  # as shown to the user: the path given, or "Export.zip/Connections.csv"
    kind: FileKind
    data: bytes


@dataclass(frozen=True)
class Sources:
    files: tuple[SourceFile, ...]
    ignored: tuple[str, ...]


def collect_sources(paths: Sequence[Path]) -> Sources:
    """Every file to read from ``paths`` (in the order given), and the files left alone."""
    files: list[SourceFile] = []
    ignored: list[str] = []
    seen: set[Path] = set()
    if not paths:
        raise BadInput("name at least one file or folder to import")
    for path in paths:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise NotFound(f"{path}: no such file or folder") from None
        except OSError as exc:
            raise BadInput(f"{path}: cannot read it ({exc.strerror or exc})") from None
        if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
            raise BadInput(f"{path}: not a regular file or folder (a pipe or a device); nothing was imported")
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        if path.is_dir():
            found, left = _from_folder(path)
        elif _is_zip(path):
            found, left = _from_zip(path)
        else:
            found, left = [_single_file(path)], []
        if not found and (path.is_dir() or _is_zip(path)):
            raise BadInput(_nothing_to_import(str(path), left, is_folder=path.is_dir()))
        files.extend(found)
        ignored.extend(left)
    return Sources(tuple(files), tuple(ignored))


def _nothing_to_import(container: str, left: Sequence[str], *, is_folder: bool) -> str:
    what = "folder" if is_folder else "zip"
    if not left:
        return f"{container}: the {what} is empty; nothing was imported"
    zips = [name for name in left if name.lower().endswith(".zip")]
    if zips:
        inner = zips[0][len(container) + 1 :] if zips[0].startswith(container + "/") else zips[0]
        return (
            f"{container}: holds no file Gatehouse reads, but holds the zip {inner}: "
            f"import that zip instead (unzip it first when it is inside another); nothing was imported"
        )
    return (
        f"{container}: holds {len(left)} file(s) and none of them is a file Gatehouse can import "
        f"(expected {KNOWN_FILES}); nothing was imported"
    )


def _sniff(head: bytes, name: str) -> FileKind | None:
    """The kind of a renamed ``.csv`` by the header in its first bytes; None when it is none of ours."""
    if not name.lower().endswith(".csv"):
        return None
    return sniff_kind(head)


def _is_zip(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    with path.open("rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _read_file(path: Path, name: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BadInput(f"{name}:1: the file is too large to import ({_mib(size)}; the limit is {_mib(MAX_FILE_BYTES)})")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{name}:1: cannot read the file ({exc.strerror or exc})") from None


def _single_file(path: Path) -> SourceFile:
    name = str(path)
    data = _read_file(path, name)
    kind = kind_for_name(path.name) or sniff_kind(data)
    if kind is None:
        raise BadInput(f"{name}:1: not a file Gatehouse can import (expected {KNOWN_FILES}, or the export's .zip)")
    return SourceFile(name, kind, data)


def _choose(
    container: str, candidates: Iterable[tuple[str, FileKind]], sniffed: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, FileKind]], list[str]]:
    """Per kind, the file nearest the top of the export; vCards are all read. Returns (chosen, ignored).

    A file recognised only by its header (in ``sniffed``) is read when no file of its kind has LinkedIn's name."""
    chosen: list[tuple[str, FileKind]] = []
    ignored: list[str] = []
    by_kind: dict[FileKind, list[str]] = {}
    for relative, kind in candidates:
        if kind is FileKind.VCARD:
            chosen.append((relative, kind))
        else:
            by_kind.setdefault(kind, []).append(relative)
    for kind, names in by_kind.items():
        named = [n for n in names if n not in sniffed]
        if named and len(named) < len(names):
            ignored.extend(n for n in names if n in sniffed)
            names = named
        depth = min(_depth(n) for n in names)
        top = [n for n in names if _depth(n) == depth]
        if len(top) > 1:
            raise BadInput(
                f"{container}:1: holds {len(top)} files of the same kind ({', '.join(sorted(top))}); "
                "import them one at a time"
            )
        chosen.append((top[0], kind))
        ignored.extend(n for n in names if n != top[0])
    return chosen, ignored


def _depth(relative: str) -> int:
    return relative.count("/")


def _from_folder(folder: Path) -> tuple[list[SourceFile], list[str]]:
    candidates: list[tuple[str, FileKind]] = []
    ignored: list[str] = []
    sniffed: set[str] = set()
    for root, dirs, names in os.walk(folder, followlinks=False):
        relative_root = Path(root).relative_to(folder)
        if len(relative_root.parts) >= MAX_FOLDER_DEPTH:
            dirs.clear()
        dirs.sort()
        for name in sorted(names):
            relative = (relative_root / name).as_posix()
            full = Path(root) / name
            if full.is_symlink() or not full.is_file():
                ignored.append(f"{folder}/{relative}")
                continue
            kind = kind_for_name(name)
            if kind is None and name.lower().endswith(".csv"):
                kind = _sniff(_head_of(full), name)
                if kind is not None:
                    sniffed.add(relative)
            if kind is None:
                ignored.append(f"{folder}/{relative}")
            else:
                candidates.append((relative, kind))
    chosen, left = _choose(str(folder), candidates, frozenset(sniffed))
    files = [SourceFile(f"{folder}/{rel}", kind, _read_file(folder / rel, f"{folder}/{rel}")) for rel, kind in chosen]
    return files, ignored + [f"{folder}/{rel}" for rel in left]


def _from_zip(path: Path) -> tuple[list[SourceFile], list[str]]:
    name = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BadInput(f"{name}:1: not a readable zip archive ({exc})") from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            raise BadInput(f"{name}:1: the zip holds {len(members)} files; an export holds far fewer")
        by_name = {info.filename: info for info in members}
        candidates: list[tuple[str, FileKind]] = []
        ignored: list[str] = []
        sniffed: set[str] = set()
        for info in members:
            base = PurePosixPath(info.filename).name
            kind = kind_for_name(base)
            if kind is None and base.lower().endswith(".csv"):
                kind = _sniff(_head_of_member(archive, info, f"{name}/{info.filename}"), base)
                if kind is not None:
                    sniffed.add(info.filename)
            if kind is None:
                ignored.append(f"{name}/{info.filename}")
            else:
                candidates.append((info.filename, kind))
        chosen, left = _choose(name, candidates, frozenset(sniffed))
        declared = sum(by_name[member].file_size for member, _ in chosen)
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise BadInput(
                f"{name}:1: the files to import would take {_mib(declared)} once unzipped "
                f"(the limit is {_mib(MAX_UNCOMPRESSED_BYTES)})"
            )
        budget = MAX_UNCOMPRESSED_BYTES
        files: list[SourceFile] = []
        for member, kind in chosen:
            data = _read_member(archive, by_name[member], f"{name}/{member}", budget)
            budget -= len(data)
            files.append(SourceFile(f"{name}/{member}", kind, data))
    return files, ignored + [f"{name}/{member}" for member in left]


def _head_of(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except OSError:
        return b""  # unreadable: listed as ignored like any file that is none of ours


def _head_of_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str) -> bytes:
    try:
        with archive.open(info) as member:
            return member.read(SNIFF_BYTES)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
        return b""


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, budget: int) -> bytes:
    limit = min(MAX_FILE_BYTES, budget)
    if info.file_size > limit:
        raise BadInput(f"{shown}:1: too large once unzipped ({_mib(info.file_size)}; the limit is {_mib(limit)})")
    parts: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise BadInput(f"{shown}:1: too large once unzipped (more than {_mib(limit)})")
                parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise BadInput(f"{shown}:1: the zip archive is damaged ({exc})") from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or a compression method zipfile lacks
        raise BadInput(f"{shown}:1: cannot unzip this file ({exc})") from None
    return b"".join(parts)


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"
