"""User-facing errors: raised for bad input, printed by the CLI without a traceback."""


class RasidError(Exception):
    """Base class for errors a user can fix (a missing file, a malformed record, a bad option)."""

    exit_code = 2


class InputError(RasidError):
    """An input file or record could not be read."""


class DataError(RasidError):
    """A lexicon or gazetteer file is missing or malformed (names the file and line)."""

    exit_code = 3
