"""Shared test settings.

Under CI (the ``CI`` environment variable is set) hypothesis runs derandomized, so a landing run explores the
same examples every time; on a developer's machine it keeps exploring new ones, which is where new bugs are
found (and then pinned as plain regression tests).
"""
import os

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


EVAL_SUMMARY = pytest.StashKey[list]()


@pytest.fixture
def eval_summary(request: pytest.FixtureRequest) -> list[str]:
    """Lines the evaluation gate adds to the end-of-run summary (see ``pytest_terminal_summary``)."""
    return request.config.stash.setdefault(EVAL_SUMMARY, [])


def pytest_terminal_summary(terminalreporter, config) -> None:  # noqa: ANN001
    """Print the evaluation gate's figures per set at the end of every run, not only under ``-s``."""
    lines = config.stash.get(EVAL_SUMMARY, [])
    if lines:
        terminalreporter.section("evaluation gate (tests/test_eval_gate.py)")
        for line in lines:
            terminalreporter.write_line(line)
