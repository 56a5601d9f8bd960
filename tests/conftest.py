"""Shared test settings.

Under CI (the ``CI`` environment variable is set) hypothesis runs derandomized, so a landing run explores the
same examples every time; on a developer's machine it keeps exploring new ones, which is where new bugs are
found (and then pinned as plain regression tests).
"""
import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
