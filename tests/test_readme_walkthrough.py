"""The README's command blocks, pasted in order into a shell, must work.

Every ```sh block of README.md runs, in order, in one bash process with
``set -euo pipefail`` against a fresh SQLite database, unless the line before its
fence is ``<!-- not run: REASON -->`` (the block that installs and starts the
GUI). A line ``#> TEXT`` under a command is what that command prints; the test
checks each such output exactly. The shell's home, data and config folders are
private, so nothing of the developer's own set-up is read or written.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_FENCE = re.compile(r"^```(\w*)\s*$")
_SKIP = re.compile(r"^<!-- not run: .+ -->$")


@dataclass(frozen=True)
class Block:
    first_line: int  # 1-based line number of the first line inside the fence
    lines: tuple[str, ...]
    run: bool


def readme_blocks(text: str) -> list[Block]:
    """The ```sh blocks of a Markdown text, each marked to run or not."""
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if fence is None:
            index += 1
            continue
        language = fence.group(1)
        previous = lines[index - 1].strip() if index else ""
        start = index + 1
        end = start
        while end < len(lines) and not lines[end].startswith("```"):
            end += 1
        if language in ("sh", "bash", "shell"):
            blocks.append(Block(start + 1, tuple(lines[start:end]), _SKIP.match(previous) is None))
        index = end + 1
    return blocks


def shell_script(blocks: list[Block]) -> str:
    """One bash script: the blocks' commands in order, each ``#>`` output checked."""
    out = [
        "set -euo pipefail",
        '__out="$(mktemp)"',
        "__check() {",
        '  local want="$1" where="$2" got',
        '  got="$(cat "$__out")"',
        '  printf "%s\\n" "$got"',
        '  if [ "$got" != "$want" ]; then',
        '    printf "README.md:%s printed\\n%s\\ninstead of\\n%s\\n" "$where" "$got" "$want" >&2',
        "    exit 99",
        "  fi",
        "}",
    ]
    for block in blocks:
        if not block.run:
            continue
        lines = block.lines
        index = 0
        while index < len(lines):
            line = lines[index]
            number = block.first_line + index
            expected: list[str] = []
            follow = index + 1
            while follow < len(lines) and lines[follow].startswith("#>"):
                expected.append(lines[follow][3:] if lines[follow].startswith("#> ") else lines[follow][2:])
                follow += 1
            if line.strip() and not line.lstrip().startswith("#"):
                out.append(f"echo {shlex.quote(f'+ {line}')} >&2")
                if expected:
                    out.append('exec 3>&1 1>"$__out"')
                    out.append(line)
                    out.append("exec 1>&3 3>&-")
                    out.append(f"__check {shlex.quote(chr(10).join(expected))} {number}")
                else:
                    out.append(line)
            elif expected:
                raise AssertionError(f"README.md:{number + 1}: '#>' output under no command")
            index = follow
    return "\n".join(out) + "\n"


def test_blocks_are_found_and_only_the_marked_ones_are_not_run() -> None:
    """The two commands (they open a window), the catalogue commands (they rewrite
    the checkout) and the package commands (minutes, system-wide): nothing else."""
    blocks = readme_blocks(README.read_text(encoding="utf-8"))
    assert sum(block.run for block in blocks) >= 5
    skipped = [" ".join(block.lines) for block in blocks if not block.run]
    assert len(skipped) == 3
    assert "./run-console" in skipped[0]
    assert "scripts/translations.py" in skipped[1]
    assert "build_package.sh" in skipped[2]


def test_expected_output_lines_are_checked(tmp_path: Path) -> None:
    script = shell_script([Block(1, ("echo one", "#> two"), True)])
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 99
    assert "README.md:1 printed" in result.stderr


@pytest.mark.slow
def test_the_readme_runs_as_pasted(tmp_path: Path) -> None:
    script = shell_script(readme_blocks(README.read_text(encoding="utf-8")))
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SUPPORT_CONSOLE", "XDG_", "PYTHON_KEYRING", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        # no OS keyring in the walk-through: nothing in it needs a password
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
        TMPDIR=str(tmp_path),
    )
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert not (ROOT / "walkthrough.sqlite3").exists()
