"""Reading and chunking every file type a knowledge base takes."""

from __future__ import annotations

import itertools
import json

import pytest

from keel.grounding.chunking import chunk_blocks, sentences
from keel.grounding.documents import UnreadableDocument, parse
from tests.grounding.fixtures import FAQ, HTML, MARKDOWN, PDF_PAGES, TEXT, make_pdf


def test_markdown_keeps_the_heading_path() -> None:
    doc = parse("leave.md", MARKDOWN.encode())
    assert doc.kind == "md" and doc.title == "Leave policy"
    by_text = {b.text: b.headings for b in doc.blocks}
    lisbon = next(t for t in by_text if t.startswith("Staff in the Lisbon"))
    assert by_text[lisbon] == ("Leave policy", "Annual leave", "Lisbon")
    # the list under "Parental leave" is one block, not one per item
    parental = [b for b in doc.blocks if b.headings[-1] == "Parental leave"]
    assert len(parental) == 1 and "Lisbon: 20 weeks" in parental[0].text and "Berlin: 14 weeks" in parental[0].text


def test_html_skips_boilerplate_and_reads_tables() -> None:
    doc = parse("rates.html", HTML.encode())
    text = " ".join(b.text for b in doc.blocks)
    assert doc.title == "Shipping rates"
    assert "Home | Rates" not in text and "Copyright" not in text  # nav and footer left out
    assert "Zone B (EU) | EUR 2.10" in text
    surcharge = next(b for b in doc.blocks if "Fragile" in b.text)
    assert surcharge.headings == ("Shipping rates", "Surcharges")


def test_plain_text_headings_are_short_lines_alone() -> None:
    doc = parse("safety.txt", TEXT.encode())
    assert doc.title == "Warehouse safety"
    incident = next(b for b in doc.blocks if "Beacon" in b.text)
    assert incident.headings == ("Warehouse safety", "Incident reporting")


def test_pdf_pages_and_title() -> None:
    doc = parse("expenses.pdf", make_pdf(PDF_PAGES, title="Expenses and travel"))
    assert doc.kind == "pdf" and doc.title == "Expenses and travel"
    per_diem = next(b for b in doc.blocks if "EUR 45" in b.text)
    assert per_diem.metadata["page"] == 2
    hotel = next(b for b in doc.blocks if "EUR 140" in b.text)
    assert hotel.metadata["page"] == 1


def test_jsonl_rows_are_passages_with_metadata() -> None:
    raw = "".join(json.dumps(r) + "\n" for r in FAQ).encode()
    doc = parse("faq.jsonl", raw)
    assert [b.headings for b in doc.blocks] == [("Lost parcel",), ("Damaged goods",), ("Opening hours",)]
    assert doc.blocks[0].metadata == {"topic": "claims", "line": 1}
    chunks = chunk_blocks(doc.blocks, max_words=200)
    assert len(chunks) == 3  # rows never merge into one chunk


def test_bad_inputs_say_what_is_wrong() -> None:
    with pytest.raises(UnreadableDocument, match=r"faq.jsonl: line 2: not valid JSON; line 3: expected an object"):
        parse("faq.jsonl", b'{"text": "ok"}\n{oops\n[1]\n')
    with pytest.raises(UnreadableDocument, match="unsupported file type"):
        parse("logo.png", b"\x89PNG")
    with pytest.raises(UnreadableDocument, match="not a readable PDF"):
        parse("broken.pdf", b"%PDF-1.4 garbage")
    with pytest.raises(UnreadableDocument, match="not UTF-8"):
        parse("latin.txt", "café".encode("latin-1"))


def test_chunks_respect_sections_sentences_and_overlap() -> None:
    para = " ".join(f"Sentence number {i} says something about forklifts and pallets." for i in range(30))
    md = f"# Manual\n\n## Forklifts\n\n{para}\n\n## Pallets\n\nShort section.\n"
    chunks = chunk_blocks(parse("m.md", md.encode()).blocks, max_words=40, overlap_words=10)
    forklift = [c for c in chunks if c.heading == "Manual › Forklifts"]
    assert len(forklift) > 3
    assert all(len(c.text.split()) <= 40 for c in chunks)
    for c in forklift:  # whole sentences only
        assert c.text.startswith("Sentence number") and c.text.endswith(".")
    for a, b in itertools.pairwise(forklift):  # each starts with the previous one's last sentence
        assert sentences(a.text)[-1] == sentences(b.text)[0]
    pallets = [c for c in chunks if c.heading == "Manual › Pallets"]
    assert [c.text for c in pallets] == ["Short section."]  # never merged across the heading
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_a_sentence_longer_than_a_chunk_is_split_by_words() -> None:
    long_sentence = " ".join(["word"] * 95) + "."
    chunks = chunk_blocks(parse("x.txt", long_sentence.encode()).blocks, max_words=40, overlap_words=0)
    assert [len(c.text.split()) for c in chunks] == [40, 40, 15]
