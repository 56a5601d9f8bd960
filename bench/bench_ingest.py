"""Ingest throughput on generated inputs: HTML pages/s, JSONL records/s, WARC records/s (HTML and text)."""
from __future__ import annotations

import io
import json
import random
import time

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasid.ingest import Article, read_bytes

WORDS = ("قصف مدفعي على بلدة في ريف إدلب الجنوبي أدى إلى مقتل مدني وإصابة أربعة آخرين بحسب الدفاع المدني "
         "واندلعت اشتباكات بين قوات الأمن ومجموعة مسلحة قرب الطريق العام مساء الاثنين").split()
CHROME = ('<header><nav><a href="/">الرئيسية</a><a href="/s">سوريا</a></nav></header>'
          '<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">خبر</a></li></ul></aside>')
FOOTER = "<footer><p>جميع الحقوق محفوظة © 2025</p></footer>"


def sentence(rng: random.Random) -> str:
    """A random Arabic sentence of 12–30 words."""
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))) + "."


def page(rng: random.Random, n: int) -> bytes:
    """A news page with chrome, 4–10 paragraphs and a meta date."""
    paras = "".join(f"<p>{sentence(rng)} {sentence(rng)}</p>" for _ in range(rng.randint(4, 10)))
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خبر رقم {n}</title>'
            f'<meta property="article:published_time" content="2025-04-{1 + n % 28:02d}T10:00:00+03:00">'
            f'<meta property="og:site_name" content="موقع تجريبي"></head><body>{CHROME}'
            f'<article><h1>خبر رقم {n}</h1>{paras}</article>{FOOTER}</body></html>').encode()


def warc(payloads: list[tuple[bytes, str]]) -> bytes:
    """A gzip WARC with one response record per (payload, content type)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, (payload, content_type) in enumerate(payloads):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(payload), http_headers=headers))
    return buf.getvalue()


def rate(label: str, data: bytes, name: str, expected: int, unit: str) -> None:
    """Read ``data`` as ``name``, check the article count, print items per second."""
    start = time.perf_counter()
    count = sum(isinstance(item, Article) for item in read_bytes(data, name))
    elapsed = time.perf_counter() - start
    assert count == expected, (label, count, expected)
    print(f"{label:<28} {count:>6} {unit} in {elapsed:6.2f} s  {count / elapsed:9.0f} {unit}/s")


def main() -> None:
    """Run the benchmarks."""
    rng = random.Random(7)
    pages = [page(rng, n) for n in range(300)]
    list(read_bytes(pages[0], "warmup.html"))
    start = time.perf_counter()
    for n, html in enumerate(pages):
        list(read_bytes(html, f"p{n}.html"))
    elapsed = time.perf_counter() - start
    print(f"{'HTML pages':<28} {len(pages):>6} pages in {elapsed:6.2f} s  {len(pages) / elapsed:9.0f} pages/s")

    texts = [" ".join(sentence(rng) for _ in range(rng.randint(3, 12))) for _ in range(20000)]
    jsonl = "\n".join(json.dumps({"id": f"d{n}", "text": t, "published": "2025-04-24"}, ensure_ascii=False)
                      for n, t in enumerate(texts)).encode()
    rate("JSONL text records", jsonl, "bench.jsonl", len(texts), "records")
    rate("WARC text/plain records", warc([(t.encode(), "text/plain; charset=utf-8") for t in texts[:5000]]),
         "bench.warc.gz", 5000, "records")
    rate("WARC HTML records", warc([(p, "text/html") for p in pages]), "bench.warc.gz", len(pages), "records")


if __name__ == "__main__":
    main()
