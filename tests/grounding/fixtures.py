"""Documents the grounding tests make themselves: every file type a knowledge base reads."""

from __future__ import annotations

import json
from pathlib import Path


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A small valid PDF: one page per entry, each line of text drawn in Helvetica."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # placeholder position, fixed below
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 760 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, content, font)
        )
        kids.append(page)
    assert (
        add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
        == pages_id
    )
    info = add(b"<< /Title (%s) >>" % title.encode("latin-1")) if title else None
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


MARKDOWN = """# Leave policy

Every employee of Vantor gets paid leave; this page says how much.

## Annual leave

### Lisbon
Staff in the Lisbon office get 25 days of annual leave. Up to 5 unused days carry over to March.

### Berlin
Staff in the Berlin office get 28 days of annual leave. Carry-over is not allowed.

## Parental leave

- Lisbon: 20 weeks, fully paid.
- Berlin: 14 weeks, fully paid, then Elterngeld.
"""

HTML = """<html><head><title>Shipping rates</title></head><body>
<nav>Home | Rates | Contact</nav>
<h1>Shipping rates</h1>
<p>Rates depend on the delivery zone of the parcel.</p>
<h2>Zones</h2>
<table><tr><th>Zone</th><th>Price per kg</th></tr>
<tr><td>Zone A (domestic)</td><td>EUR 1.20</td></tr>
<tr><td>Zone B (EU)</td><td>EUR 2.10</td></tr></table>
<h2>Surcharges</h2>
<p>Fragile goods carry a surcharge of 15 percent. Saturday delivery costs EUR 9.</p>
<footer>Copyright Vantor Logistics</footer>
</body></html>
"""

TEXT = """Warehouse safety

Forklift rules

Only certified drivers may operate a forklift. Certification is renewed every 24 months.

Incident reporting

Report every incident within 2 hours in the Beacon system. Near misses are reported too.
"""

FAQ = [
    {
        "title": "Lost parcel",
        "text": "A parcel is declared lost after 10 working days without a scan.",
        "metadata": {"topic": "claims"},
    },
    {
        "title": "Damaged goods",
        "text": "Photograph damaged goods before signing and file a claim within 7 days.",
        "metadata": {"topic": "claims"},
    },
    {
        "title": "Opening hours",
        "text": "The Toronto depot opens at 6 am on weekdays.",
        "metadata": {"topic": "offices"},
    },
]

PDF_PAGES = [
    [
        "Expenses and travel",
        "",
        "Hotel costs are reimbursed up to EUR 140 per night.",
        "Receipts are uploaded to Harbor.",
    ],
    ["Per diem", "", "The daily allowance abroad is EUR 45.", "Claims older than 60 days are rejected."],
]


def write_corpus(root: Path) -> Path:
    """A folder with one document of each kind (and a file of a type not read)."""
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "policies" / "leave.md").write_text(MARKDOWN)
    (root / "rates.html").write_text(HTML)
    (root / "safety.txt").write_text(TEXT)
    (root / "faq.jsonl").write_text("".join(json.dumps(r) + "\n" for r in FAQ))
    (root / "policies" / "expenses.pdf").write_bytes(make_pdf(PDF_PAGES, title="Expenses and travel"))
    (root / "logo.png").write_bytes(b"\x89PNG not read")
    return root
