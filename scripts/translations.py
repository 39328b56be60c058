"""The GUI's translation catalogues: extract, compile and check them with Qt
Linguist's tools (``pyside6-lupdate`` and ``pyside6-lrelease`` from the venv).

    .venv/bin/python scripts/translations.py update    # sources -> resources/translations/*.ts
    .venv/bin/python scripts/translations.py release   # *.ts -> *.qm beside them
    .venv/bin/python scripts/translations.py check     # exit 1 naming what is unfinished or stale

German and French are whole catalogues. English is the source language, so its
catalogue holds only the ``%n`` plural entries (``-pluralonly``): ``update``
fills a new one from the source's "(s)" (``%n case(s)`` reads "1 case" and
"%n cases"); a form written by hand in the .ts is kept. The .ts files carry no
source locations, so moving a line does not change them. The .qm files are
committed: the GUI loads them as package data (``ui.i18n``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "support_console"
FULL_LANGUAGES = ("de", "fr")
PLURAL_ONLY_LANGUAGES = ("en",)
LANGUAGES = FULL_LANGUAGES + PLURAL_ONLY_LANGUAGES
SOURCE_FOLDERS = ("ui", "resources")


def tool(name: str) -> str:
    """A Linguist tool beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (install PySide6 into the venv)")
    return found


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return ts_file(language, folder).with_suffix(".qm")


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file of the GUI (and of resources, if it has any), relative to
    ``root`` and sorted, so that lupdate sees the same list on every machine."""
    found: list[str] = []
    for folder in SOURCE_FOLDERS:
        found += [p.relative_to(root).as_posix() for p in (root / folder).rglob("*.py")]
    return sorted(found)


def lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    command = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    if language in PLURAL_ONLY_LANGUAGES:
        command.append("-pluralonly")
    subprocess.run([*command, *sources(root), "-ts", str(ts)], cwd=root, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


# -- reading a catalogue --------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue: its context, source, comment and translation
    (``forms`` for a ``%n`` entry), and whether it is still unfinished."""

    context: str
    source: str
    comment: str
    numerus: bool
    translation: str
    forms: tuple[str, ...]
    unfinished: bool

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(ts: Path) -> Iterator[Entry]:
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = (
                tuple((f.text or "") for f in translation.iter("numerusform"))
                if translation is not None
                else ()
            )
            yield Entry(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                numerus=message.get("numerus") == "yes",
                translation=(translation.text or "") if translation is not None else "",
                forms=forms,
                unfinished=kind in ("unfinished", "vanished", "obsolete"),
            )


_CHOICE = re.compile(r"\[([^|\]]*)\|([^\]]*)\]")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a ``%n`` source written with "(s)" ("%n case(s)")
    or with "[one|more]" ("{0} [is|are] shown")."""
    singular = _CHOICE.sub(r"\1", source.replace("(s)", ""))
    plural = _CHOICE.sub(r"\2", source.replace("(s)", "s"))
    return singular, plural


def fill_english_plurals(ts: Path) -> int:
    """Give each unfinished plural entry of the English catalogue its two forms from
    the source's "(s)"; entries already finished (perhaps by hand) are kept."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write(tree, ts)
    return filled


def _write(tree: ET.ElementTree, ts: Path) -> None:
    """Back as lupdate writes it (its declaration and DOCTYPE), so the next update
    does not reformat the file."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# -- the commands -------------------------------------------------------------------------------


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        lupdate(ts, language)
        filled = fill_english_plurals(ts) if language in PLURAL_ONLY_LANGUAGES else 0
        if filled:
            lupdate(ts, language)  # back into lupdate's own layout, which the next update keeps
        total = sum(1 for _ in entries(ts))
        open_ = sum(1 for e in entries(ts) if e.unfinished)
        note = f", {filled} English plural(s) filled" if filled else ""
        print(f"{ts.relative_to(ROOT)}: {total} entries, {open_} unfinished{note}")
    return 0


def release() -> int:
    for language in LANGUAGES:
        lrelease(ts_file(language), qm_file(language))
        print(f"wrote {qm_file(language).relative_to(ROOT)}")
    return 0


def problems(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """Everything that keeps the catalogues from being complete and current."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ts, qm = ts_file(language, folder), qm_file(language, folder)
            if not ts.exists():
                found.append(f"{ts.name}: missing (run `scripts/translations.py update`)")
                continue
            found += [f"{ts.name}: {p}" for p in _unfinished(ts, language)]
            found += [f"{ts.name}: {p}" for p in _behind_sources(ts, language, Path(scratch), root)]
            fresh = Path(scratch) / qm.name
            lrelease(ts, fresh)
            if not qm.exists():
                found.append(f"{qm.name}: missing (run `scripts/translations.py release`)")
            elif qm.read_bytes() != fresh.read_bytes():
                found.append(f"{qm.name}: out of date with {ts.name} (run `scripts/translations.py release`)")
    return found


def _unfinished(ts: Path, language: str) -> Iterator[str]:
    for entry in entries(ts):
        if entry.unfinished:
            yield f"unfinished {entry.where()}"
        elif entry.numerus and (len(entry.forms) < 2 or not all(f.strip() for f in entry.forms)):
            yield f"plural forms incomplete {entry.where()}"
        elif not entry.numerus and not entry.translation.strip():
            yield f"empty translation {entry.where()}"


def _behind_sources(ts: Path, language: str, scratch: Path, root: Path) -> Iterator[str]:
    """Source strings the catalogue lacks, and entries no source has any more."""
    copy = scratch / f"current_{ts.name}"
    shutil.copyfile(ts, copy)
    lupdate(copy, language, root)
    have = {(e.context, e.source, e.comment) for e in entries(ts)}
    need = {(e.context, e.source, e.comment) for e in entries(copy)}
    for context, source, _ in sorted(need - have):
        yield f"not extracted yet {context}: {source!r} (run `scripts/translations.py update`)"
    for context, source, _ in sorted(have - need):
        yield f"no longer in the sources {context}: {source!r} (run `scripts/translations.py update`)"


def check() -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)" if found else "translations complete and current")
    return 1 if found else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extract, compile and check the GUI's translations.")
    parser.add_argument("command", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    return {"update": update, "release": release, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
