"""Real résumé files built in memory for the upload tests."""

from __future__ import annotations

import io


def make_pdf(*lines: str) -> bytes:
    """A minimal valid one-page PDF whose text layer holds `lines` (Helvetica, one per line)."""

    def escape(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        ops += [f"({escape(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    return _one_page_pdf(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")


def _one_page_pdf(contents: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        contents,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_docx(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    """A real .docx written by python-docx."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_long_pdf(pages: int, lines: int = 55) -> bytes:
    """A résumé-like PDF: every page full of kerned text lines (TJ) and rules, as Word writes."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    words = [
        "Python",
        "PostgreSQL",
        "Kubernetes",
        "led",
        "a",
        "team",
        "of",
        "six",
        "shipped",
        "the",
        "billing",
        "platform",
    ]
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for number in range(pages):
        page = writer.add_blank_page(612, 792)
        ops = ["BT", "/F1 10 Tf"]
        for line in range(lines):
            y = 750 - line * 12
            segments = " ".join(
                f"({words[(number + line + i) % len(words)]} )-{20 + i * 7}" for i in range(9)
            )
            ops += [
                f"1 0 0 1 72 {y} Tm",
                f"[{segments}] TJ",
                f"q 0.5 w 72 {y - 2} m 540 {y - 2} l S Q",
            ]
        ops += ["ET"]
        stream = DecodedStreamObject()
        stream.set_data(
            f"BT /F1 14 Tf 72 770 Td (Page {number + 1}) Tj ET\n".encode() + "\n".join(ops).encode()
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        page[NameObject("/Contents")] = writer._add_object(stream)
        page.compress_content_streams()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_pdf_bomb(inflated_bytes: int, unit: bytes = b"BT /F1 12 Tf (Hello) Tj ET\n") -> bytes:
    """A one-page PDF whose content is one Flate stream inflating to `inflated_bytes`."""
    import zlib

    raw = unit * (inflated_bytes // len(unit))
    packed = zlib.compress(raw, 9)
    header = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
    return _one_page_pdf(header + packed + b"\nendstream")


def make_docx_bomb(inflated_bytes: int, *, varied: bool = False) -> bytes:
    """A real .docx whose document.xml is padded with paragraphs to `inflated_bytes`: all alike
    (a bomb, deflating ~300 to 1), or `varied` ones that compress like a real document's."""
    import hashlib
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(make_docx("Jane Doe")))
    padding = bytearray()
    while len(padding) < inflated_bytes:
        words = hashlib.sha1(str(len(padding)).encode()).hexdigest() if varied else "Python"
        padding += b"<w:p><w:r><w:t>%s engineer</w:t></w:r></w:p>" % words.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + padding)
            bomb.writestr(info.filename, body, compresslevel=9)
    return buffer.getvalue()
