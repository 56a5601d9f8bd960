"""rasid (راصد): Arabic conflict news to ACLED-compatible events with evidence spans."""
from __future__ import annotations

# The stage package rasid.extract is imported first so that the function below, not the package,
# is what ``rasid.extract`` names.
import rasid.extract as _extract_stages  # noqa: F401

__version__ = "0.1.0"
__all__ = ["Store", "__version__", "extract", "repair"]


def repair(text: str):  # noqa: ANN201 - re-exported from the text stage
    """Repair evasion spellings; returns a RepairedText with the offset map and the repairs.

    Raises TypeError when ``text`` is not a str; lone surrogates become U+FFFD (offsets unchanged)."""
    from rasid.pipeline import check_types, without_surrogates
    from rasid.text.normalize import repair as _repair

    check_types(text)
    return _repair(without_surrogates(text))


def extract(text: str, *, published: str | None = None, source: str | None = None, doc_id: str | None = None,
            url: str | None = None, title: str | None = None):  # noqa: ANN201
    """Extract the document record (SPEC.md) with every concrete conflict event in ``text``.

    Raises TypeError naming the argument when one has the wrong type (``text`` must be a str)."""
    from rasid.pipeline import process

    return process(text, published=published, source=source, doc_id=doc_id, url=url, title=title)


def __getattr__(name: str):  # noqa: ANN202 - rasid.Store is imported on first use, not with rasid
    if name == "Store":
        from rasid.store import Store

        return Store
    raise AttributeError(f"module 'rasid' has no attribute {name!r}")
