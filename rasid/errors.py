"""User-facing errors: raised for bad input, printed by the CLI without a traceback."""
from __future__ import annotations

import re

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(message: str) -> str:
    """``message`` made safe to print as one line: control characters, line breaks and lone surrogates
    (from undecodable file names) are shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape", "backslashreplace").decode("ascii")
                            if not "\ud800" <= m[0] <= "\udfff" else f"\\u{ord(m[0]):04x}", message)


class RasidError(Exception):
    """Base class for errors a user can fix (a missing file, a malformed record, a bad option)."""

    exit_code = 2


class InputError(RasidError):
    """An input file or record could not be read."""


class DataError(RasidError):
    """A lexicon or gazetteer file is missing or malformed (names the file and line)."""

    exit_code = 3


class OutputError(RasidError):
    """The output could not be written (a full disk, a closed standard output)."""

    exit_code = 4
