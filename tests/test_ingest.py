"""Ingest: every input format and encoding into article records; boilerplate cut only at the end."""
from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.ingest import Article, IngestProblem, decode_bytes, read_bytes, read_paths, split_boilerplate
from rasid.ingest.dates import find_visible_date, normalise_date
from rasid.ingest.sniff import sniff_format

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
UTF8_TEXT = (FIXTURES / "article_utf8.txt").read_text(encoding="utf-8")
BODY_END = "قبل أن تصل تعزيزات إلى المنطقة."


def read_one(path: Path) -> Article:
    """The single article read from ``path``."""
    items = list(read_paths([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def warc_bytes(records: list[tuple[str, bytes, str]], *, gzip_records: bool = True) -> bytes:
    """A WARC archive with a warcinfo record, then one response record per (uri, payload, content type)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "rasid tests"}))
    for uri, payload, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()


# --- plain text and encodings ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["article_utf8.txt", "article_cp1256.txt", "article_utf16.txt"])
def test_text_file_in_any_encoding_reads_the_same(name: str) -> None:
    article = read_one(FIXTURES / name)
    assert article.text.endswith(BODY_END)
    assert UTF8_TEXT.startswith(article.text)          # a prefix: body offsets unchanged
    assert article.source == "شبكة الرصد الميداني"
    assert "التعليقات مغلقة" not in article.text
    assert article.origin == str(FIXTURES / name)


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-16-le", "cp1256",
                                   "iso-8859-6"])
def test_decode_bytes_round_trips_arabic(codec: str) -> None:
    text = UTF8_TEXT.replace("«", '"').replace("»", '"') if codec == "iso-8859-6" else UTF8_TEXT
    data = text.encode(codec)
    if codec in ("utf-16-be", "utf-16-le"):
        data = ("\ufeff" + text).encode(codec)
    assert decode_bytes(data) == text


def test_decode_bytes_short_cp1256_and_mislabelled_latin() -> None:
    sentence = "قتل مدنيان في قصف على قرية"
    assert decode_bytes(sentence.encode("cp1256")) == sentence
    assert decode_bytes(sentence.encode("cp1256"), "iso-8859-1") == sentence


def test_decode_bytes_never_raises() -> None:
    assert decode_bytes(b"\xff\xfe\x00") is not None
    assert decode_bytes(bytes(range(256))) is not None
    assert "\ufffd" in decode_bytes("نص عربي طويل بما يكفي للاختبار".encode() + b"\xff")


def test_crlf_text_reads_like_python_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(UTF8_TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_one(path).text == read_one(FIXTURES / "article_utf8.txt").text


# --- boilerplate --------------------------------------------------------------------------------

def test_seed_article_sign_off_and_footer() -> None:
    seed = Path("/work/shared/seed_article.txt")
    if not seed.exists():
        pytest.skip("seed article not present")
    text = seed.read_text(encoding="utf-8")
    body, source = split_boilerplate(text)
    assert source == "نورث بالس"
    assert text.startswith(body) and body.endswith("من العراق”..")


@pytest.mark.parametrize("tail", [
    "\nاقرأ أيضاً:\nعنوان خبر آخر عن المنطقة\nعنوان خبر ثالث\n",
    "\nشارك هذا المقال\nفيسبوك تويتر واتساب\n",
    "\nشارك:\n",
    "\nشاركوا الخبر على فيسبوك\n",
    "\nتابعونا على تلغرام\nجميع الحقوق محفوظة © 2025 موقع تجريبي\n",
    "\nالوسوم: سوريا، حلب\n",
])
def test_footers_are_cut(tail: str) -> None:
    body = "سقطت قذيفة على حي سكني.\nولم تسجل إصابات."
    assert split_boilerplate(body + tail) == (body, None)


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على حي سكني.\nقتل شخصان في القصف",
    "سقطت قذيفة على حي سكني.\nقتل شخصان",
    "سقطت قذيفة على حي سكني.\nولم تسجل إصابات",
    "سطر واحد فقط",
    "سقطت قذيفة على حي سكني.\nوقال مصدر محلي إن القصف استمر ساعتين.",
    "سقطت قذيفة على حي سكني.\nشارك مئات في تشييع الضحايا في البلدة.",  # «شارك في» is a verb, no share prompt
    "شارك عشرات الشبان في مظاهرة وسط المدينة.",
])
def test_real_last_sentences_are_kept(text: str) -> None:
    assert split_boilerplate(text) == (text, None)


def test_source_line_sign_off() -> None:
    assert split_boilerplate("سقطت قذيفة.\nالمصدر: وكالات") == ("سقطت قذيفة.", "وكالات")


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي .،\n", max_size=200))
def test_split_boilerplate_always_returns_a_prefix(text: str) -> None:
    body, _ = split_boilerplate(text)
    assert text.startswith(body)


# --- HTML ---------------------------------------------------------------------------------------

def test_html_page_with_chrome_and_meta_date() -> None:
    article = read_one(FIXTURES / "page.html")
    assert article.title == "قصف مدفعي على بلدة في ريف إدلب"
    assert article.published == "2025-04-22"
    assert article.source == "الراصد التجريبي"
    assert article.url == "https://example.org/news/2025/04/shelling-idlib"
    assert article.text.startswith("تعرضت بلدة كفرنبل في ريف إدلب الجنوبي")
    assert article.text.endswith("وسط مخاوف الأهالي من موجة نزوح جديدة.")
    assert len(article.text.split("\n")) == 3
    for chrome in ("الرئيسية", "الأكثر قراءة", "شارك المقال", "جميع الحقوق", "تابعونا", "واتساب"):
        assert chrome not in article.text


def test_html_page_with_only_a_visible_arabic_date() -> None:
    article = read_one(FIXTURES / "page_visible_date.html")
    assert article.published == "2025-04-24"                       # not trafilatura's 2025-01-01
    assert article.title == "اعتقال ثلاثة أشخاص في حملة مداهمات بدير الزور"
    assert article.text.startswith("نفذت قوة أمنية حملة مداهمات")
    assert "اتصل بنا" not in article.text and "جميع الحقوق" not in article.text
    assert article.source is None and article.url is None


def test_windows_1256_html_page() -> None:
    article = read_one(FIXTURES / "page_cp1256.html")
    assert article.title == "سقوط قذائف على حي سكني في حلب"
    assert article.published == "2025-04-19"
    assert article.text.startswith("سقطت ثلاث قذائف هاون على حي سكني في مدينة حلب")
    assert article.text.endswith("بعد دقائق من سقوطها.")
    assert "الأرشيف" not in article.text and "تاريخ النشر" not in article.text


def test_html_without_article_falls_back_to_paragraphs() -> None:
    html = "<html><body><p>قصير.</p><p>نص ثان.</p></body></html>".encode()
    [item] = read_bytes(html, "tiny.html")
    assert isinstance(item, Article) and "قصير." in item.text


def test_html_with_no_text_is_a_problem() -> None:
    [item] = read_bytes(b"<html><head><title>t</title></head><body></body></html>", "empty.html")
    assert isinstance(item, IngestProblem) and "no article text" in item.message


# --- feeds --------------------------------------------------------------------------------------

def test_rss_feed() -> None:
    items = list(read_paths([str(FIXTURES / "feed_rss.xml")]))
    assert [type(i) for i in items] == [Article, Article]
    first, second = items
    assert first.title == "انفجار عبوة ناسفة في ريف درعا"
    assert first.url == "https://example.org/news/1"
    assert first.published == "2025-04-23"                   # the date as written, not shifted to UTC
    assert first.source == "أخبار الرصد التجريبية"
    assert first.text == ("انفجرت عبوة ناسفة بسيارة عسكرية على الطريق بين بلدتين في ريف درعا الغربي مساء الأربعاء."
                          "\nولم تسجل إصابات.")
    assert second.text.endswith("وطالب المحتجون بتحسين الخدمات الأساسية.")   # full content over summary
    assert second.origin.endswith("feed_rss.xml#record 2")


def test_atom_feed() -> None:
    items = list(read_paths([str(FIXTURES / "feed_atom.xml")]))
    assert [i.title for i in items] == ["غارة بطائرة مسيرة قرب الحدود", "توتر في ريف الرقة", "بيان عسكري"]
    assert [i.published for i in items] == ["2025-04-25", "2025-04-24", "2025-04-23"]
    assert items[0].text == "استهدفت طائرة مسيرة سيارة قرب الحدود فجر الجمعة.\nوقتل شخصان كانا بداخلها."
    assert {i.source for i in items} == {"نشرة الميدان التجريبية"}
    assert items[1].url == "https://example.net/a/2"


def test_cp1256_rss_feed() -> None:
    xml = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>موقع قديم</title>'
           "<item><title>خبر</title><description>اشتباك مسلح في قرية.</description></item></channel></rss>")
    [item] = read_bytes(xml.encode("cp1256"), "old.rss")
    assert item.text == "اشتباك مسلح في قرية." and item.source == "موقع قديم"


# --- WARC ---------------------------------------------------------------------------------------

def test_gzip_warc_responses_become_articles() -> None:
    data = warc_bytes([
        ("https://example.org/a", (FIXTURES / "page.html").read_bytes(), "text/html; charset=utf-8"),
        ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ("https://example.org/b", (FIXTURES / "page_cp1256.html").read_bytes(), "text/html"),
        ("https://example.org/c.txt", "انفجار في مستودع.".encode("cp1256"), "text/plain; charset=windows-1256"),
    ])
    items = list(read_bytes(data, "crawl.warc.gz"))
    assert [type(i) for i in items] == [Article, Article, Article]
    assert [i.url for i in items] == ["https://example.org/a", "https://example.org/b", "https://example.org/c.txt"]
    assert items[0].published == "2025-04-22" and items[0].title == "قصف مدفعي على بلدة في ريف إدلب"
    assert items[1].text.startswith("سقطت ثلاث قذائف هاون")
    assert items[2].text == "انفجار في مستودع." and items[2].published is not None   # WARC-Date fallback
    assert items[0].origin == "crawl.warc.gz#record 2"


@pytest.mark.parametrize("gzip_records", [True, False])
def test_truncated_warc_yields_readable_records_then_a_problem(gzip_records: bool) -> None:
    page = (FIXTURES / "page.html").read_bytes()
    data = warc_bytes([("https://example.org/a", page, "text/html"), ("https://example.org/b", page, "text/html")],
                      gzip_records=gzip_records)
    items = list(read_bytes(data[:-300], "cut.warc.gz"))
    assert isinstance(items[0], Article) and items[0].url == "https://example.org/a"
    assert isinstance(items[-1], IngestProblem) and "truncated" in items[-1].message
    assert len(items) == 2


def test_warc_file_is_streamed_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes([("https://example.org/a", (FIXTURES / "page.html").read_bytes(), "text/html")]))
    assert read_one(path).url == "https://example.org/a"


# --- JSONL --------------------------------------------------------------------------------------

def test_jsonl_with_a_malformed_line_in_the_middle() -> None:
    items = list(read_paths([str(FIXTURES / "records.jsonl")]))
    origin = str(FIXTURES / "records.jsonl")
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("Article", f"{origin}:line 1"), ("Article", f"{origin}:line 2"), ("IngestProblem", f"{origin}:line 3"),
        ("IngestProblem", f"{origin}:line 5"), ("Article", f"{origin}:line 6"),
    ]
    first, second, bad, missing, last = items
    assert (first.id, first.published, first.source) == ("doc-1", "2025-04-20", "مصدر تجريبي")
    assert first.text.startswith("قتل شخص برصاص مجهولين")
    assert (second.id, second.title, second.url, second.published) == (
        "doc-2", "انفجار لغم", "https://example.org/x", "2025-04-21")
    assert second.text.startswith("أصيب طفل بانفجار لغم")
    assert "not valid JSON" in bad.message
    assert '"text" or "html"' in missing.message
    assert last.id == "4" and last.published is None          # bad date dropped, article kept


def test_jsonl_text_is_kept_verbatim() -> None:
    text = "  سطر أول.\r\nسطر ثان فيه داعـ.ـش.  "
    [item] = read_bytes(json.dumps({"id": "x", "text": text, "extra": [1]}).encode(), "in.jsonl")
    assert item.text == text


# --- paths, directories, stdin, sniffing ---------------------------------------------------------

def test_missing_file_is_a_problem_not_an_exception() -> None:
    [item] = read_paths(["/nonexistent/nope.txt"])
    assert item == IngestProblem("/nonexistent/nope.txt", "no such file")


def test_directory_reads_its_files_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "c.jsonl"):
        shutil.copy(FIXTURES / {"b.txt": "article_utf8.txt", "a.html": "page.html", "c.jsonl": "records.jsonl"}[name],
                    tmp_path / name)
    (tmp_path / ".hidden").write_text("x")
    origins = [i.origin for i in read_paths([str(tmp_path)])]
    assert origins[0] == str(tmp_path / "a.html") and origins[1] == str(tmp_path / "b.txt")
    assert origins[2].startswith(str(tmp_path / "c.jsonl") + ":line 1") and len(origins) == 7


def test_gzip_compressed_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "records.jsonl").read_bytes()))
    assert sum(isinstance(i, Article) for i in read_paths([str(path)])) == 3


def test_stdin_is_read_as_bytes() -> None:
    code = "import sys; from rasid.ingest import read_paths; [print(a.origin, a.source) for a in read_paths(['-'])]"
    out = subprocess.run([sys.executable, "-c", code], input=(FIXTURES / "article_cp1256.txt").read_bytes(),
                         capture_output=True, check=True)
    assert out.stdout.decode("utf-8").strip() == "<stdin> شبكة الرصد الميداني"


@pytest.mark.parametrize(("head", "name", "fmt"), [
    (b'{"id": 1, "text": "x"}\n', "data.txt", "jsonl"),
    (b'{"id": 1, "text": "x\n', "data.jsonl", "jsonl"),
    (b"WARC/1.0\r\n", "a.bin", "warc"),
    (b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">', "x", "feed"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "x", "feed"),
    (b'<rdf:RDF xmlns:rdf="x">', "x", "feed"),
    (b"<!DOCTYPE html><html>", "x.txt", "html"),
    (b"<div><p>a</p><p>b</p></div>", "x", "html"),
    ("نص عادي فيه علامة < واحدة".encode(), "x.txt", "text"),
    ("\ufeff<html>".encode("utf-16"), "x", "html"),
    (gzip.compress(b"hello"), "x.gz", "gzip"),
])
def test_sniff_format(head: bytes, name: str, fmt: str) -> None:
    assert sniff_format(head, name) == fmt


def test_empty_file_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    [item] = read_paths([str(tmp_path / "empty.txt")])
    assert isinstance(item, IngestProblem) and item.message == "empty file"


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "iso"), [
    ("2025-04-24", "2025-04-24"), ("2025-04-24T23:30:00+03:00", "2025-04-24"), ("2025-04-24T10:00:00Z", "2025-04-24"),
    ("Thu, 24 Apr 2025 23:30:00 +0300", "2025-04-24"), ("24 نيسان 2025", "2025-04-24"),
    ("٢٤ نيسان ٢٠٢٥", "2025-04-24"), ("24 أبريل 2025", "2025-04-24"), ("24 نيسان/أبريل 2025", "2025-04-24"),
    ("2025/04/24", "2025-04-24"), ("24/04/2025", "2025-04-24"), ("3 تشرين الثاني 2024", "2024-11-03"),
    ("ليس تاريخاً", None), ("2025-02-30", None), ("", None), (None, None), (20250424, None),
])
def test_normalise_date(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso


def test_visible_date_takes_the_first_in_the_text() -> None:
    assert find_visible_date("نشر في 2025/04/24، وكان الهجوم قد وقع في 12 آذار 2011") == "2025-04-24"


@given(st.binary(max_size=400), st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.xml", "x.warc.gz", "x"]))
def test_read_bytes_never_raises(data: bytes, name: str) -> None:
    assert all(isinstance(i, (Article, IngestProblem)) for i in read_bytes(data, name))


@given(st.lists(st.sampled_from([b"WARC/1.0\r\n", b"<rss>", b"<html>", b"{", b"}\n", b"\x1f\x8b", b"<p>",
                                 "نص".encode(), b"\xff\xfe", b"<feed>", b"Content-Length: 5\r\n", b"\r\n"]),
                max_size=12), st.sampled_from(["x.txt", "x.jsonl", "x.warc"]))
def test_read_bytes_never_raises_on_format_like_fragments(parts: list[bytes], name: str) -> None:
    assert all(isinstance(i, (Article, IngestProblem)) for i in read_bytes(b"".join(parts), name))


def test_fragment_to_text_keeps_blocks_apart_and_drops_scripts() -> None:
    from rasid.ingest.html import fragment_to_text

    html = "<p>أ <b>ب</b>ت</p><script>x=1</script>ز<p>ج<br>د</p><!-- c -->هـ"
    assert fragment_to_text(html) == "أ بت\nز\nج\nد\nهـ"
