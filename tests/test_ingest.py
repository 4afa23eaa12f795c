"""frenemy.ingest: every reader, every kind of bad input, and batches that survive them."""

from __future__ import annotations

import io
import json
import os
import random
import unicodedata
from pathlib import Path

import pytest

from frenemy.ingest import READERS, Rejected, iter_sources
from frenemy.model import Document

ARTICLE = "Acme Robotics signed a supply deal with Beta Sensors on Monday."
HTML_PAGE = """<html><head><title>Acme buys Beta</title>
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://news.example.com/acme-beta"></head>
<body><article><h1>Acme buys Beta</h1>
<p>Acme Robotics agreed to acquire Beta Sensors for two billion dollars, the companies said on Tuesday.</p>
<p>Beta Sensors makes lidar units for car makers and will keep its brand after the deal closes next year.</p>
</article></body></html>"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read_all(*paths: str | Path, **kwargs) -> list[Document | Rejected]:
    return list(iter_sources(paths, **kwargs))


def only_document(*paths: str | Path, **kwargs) -> Document:
    results = read_all(*paths, **kwargs)
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


def only_rejection(*paths: str | Path, **kwargs) -> Rejected:
    results = read_all(*paths, **kwargs)
    assert len(results) == 1 and isinstance(results[0], Rejected), results
    return results[0]


# --- .txt --------------------------------------------------------------------------


def test_txt_first_line_followed_by_blank_line_is_the_title(tmp_path):
    path = write(tmp_path, "a.txt", f"Acme and Beta team up\n\n{ARTICLE}\n")
    doc = only_document(path)
    assert doc.title == "Acme and Beta team up"
    assert doc.text == ARTICLE
    assert doc.source == str(path)


def test_txt_without_blank_second_line_has_no_title(tmp_path):
    doc = only_document(write(tmp_path, "a.txt", f"Acme and Beta team up\n{ARTICLE}\n"))
    assert doc.title == ""
    assert doc.text == f"Acme and Beta team up\n{ARTICLE}"


def test_txt_long_first_paragraph_is_not_a_title(tmp_path):
    paragraph = " ".join([ARTICLE] * 10)
    doc = only_document(write(tmp_path, "a.txt", f"{paragraph}\n\n{ARTICLE}\n"))
    assert doc.title == ""


def test_txt_crlf_line_endings_and_bom_are_normalised(tmp_path):
    data = b"\xef\xbb\xbfAcme and Beta team up\r\n\r\n" + ARTICLE.encode()
    doc = only_document(write(tmp_path, "a.txt", data))
    assert doc.title == "Acme and Beta team up"
    assert doc.text == ARTICLE


def test_txt_leaves_lang_empty(tmp_path):
    assert only_document(write(tmp_path, "a.txt", ARTICLE)).lang == ""


def test_txt_utf16_with_bom_is_decoded(tmp_path):
    doc = only_document(write(tmp_path, "a.txt", "Müller AG kauft Beta.".encode("utf-16")))
    assert doc.text == "Müller AG kauft Beta."


# --- .html -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_gives_main_text_title_date_and_url(tmp_path, suffix):
    doc = only_document(write(tmp_path, "page" + suffix, HTML_PAGE))
    assert doc.title == "Acme buys Beta"
    assert "Acme Robotics agreed to acquire Beta Sensors" in doc.text
    assert "keep its brand" in doc.text
    assert doc.published == "2024-03-05"
    assert doc.url == "https://news.example.com/acme-beta"
    assert "<p>" not in doc.text


def test_html_without_article_text_is_rejected(tmp_path):
    path = write(tmp_path, "empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert only_rejection(path).reason == "no article text found in the HTML"


# --- .json / .jsonl ----------------------------------------------------------------


def test_json_object_with_all_fields(tmp_path):
    record = {"text": ARTICLE, "title": "Deal", "url": "https://e.com/1", "published": "2023-05"}
    record["lang"] = "en"
    doc = only_document(write(tmp_path, "a.json", json.dumps(record)))
    assert (doc.text, doc.title, doc.url, doc.published, doc.lang) == (
        ARTICLE,
        "Deal",
        "https://e.com/1",
        "2023-05",
        "en",
    )
    assert doc.source == str(tmp_path / "a.json")


def test_json_list_yields_one_document_per_object_numbered_from_one(tmp_path):
    path = write(tmp_path, "a.json", '[{"text": "Acme buys Beta."}, {"text": "Gamma sues Delta."}]')
    docs = read_all(path)
    assert [d.text for d in docs] == ["Acme buys Beta.", "Gamma sues Delta."]
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2"]


def test_json_list_bad_item_is_rejected_and_the_others_kept(tmp_path):
    path = write(tmp_path, "a.json", '[{"text": "Acme buys Beta."}, {"title": "no body"}, 3]')
    results = read_all(path)
    assert isinstance(results[0], Document)
    assert results[1] == Rejected(f"{path}:2", "missing field 'text'")
    assert results[2] == Rejected(f"{path}:3", "expected a JSON object, got a number")


def test_json_malformed_is_rejected_with_position(tmp_path):
    reason = only_rejection(write(tmp_path, "a.json", '{"text": "Acme" "title": 1}')).reason
    assert reason == "invalid JSON: Expecting ',' delimiter at line 1 column 17"


def test_json_top_level_scalar_is_rejected(tmp_path):
    reason = only_rejection(write(tmp_path, "a.json", '"just a string"')).reason
    assert reason == "expected a JSON object or a list of objects, got a string"


def test_jsonl_malformed_line_is_rejected_and_good_lines_kept(tmp_path):
    lines = ['{"text": "Acme buys Beta."}', '{"text": "Gamma" "x": 1}', "", '{"text": "Delta sues Epsilon."}']
    path = write(tmp_path, "news.jsonl", "\n".join(lines))
    results = read_all(path)
    assert [r.source for r in results] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert results[1] == Rejected(f"{path}:2", "invalid JSON: Expecting ',' delimiter at column 18")
    assert [r.text for r in results if isinstance(r, Document)] == ["Acme buys Beta.", "Delta sues Epsilon."]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "Acme"}', "missing field 'text'"),
        ('{"text": 42}', "field 'text' must be a string, got a number"),
        ('{"text": "   "}', "field 'text' is empty"),
        ('{"text": "Acme buys Beta.", "lang": ["en"]}', "field 'lang' must be a string, got a list"),
        ('["Acme buys Beta."]', "expected a JSON object, got a list"),
    ],
)
def test_jsonl_invalid_record_is_rejected_with_reason(tmp_path, line, reason):
    path = write(tmp_path, "news.jsonl", f'{{"text": "Acme buys Beta."}}\n{line}\n')
    results = read_all(path)
    assert isinstance(results[0], Document)
    assert results[1] == Rejected(f"{path}:2", reason)


def test_jsonl_null_optional_fields_are_empty(tmp_path):
    doc = only_document(write(tmp_path, "a.jsonl", '{"text": "Acme buys Beta.", "title": null}'))
    assert doc.title == ""


# --- stdin -------------------------------------------------------------------------


def test_stdin_plain_text(tmp_path):
    doc = only_document("-", stdin=io.BytesIO(f"Acme and Beta\n\n{ARTICLE}".encode()))
    assert (doc.source, doc.title, doc.text) == ("-", "Acme and Beta", ARTICLE)


def test_stdin_json_object():
    doc = only_document("-", stdin=io.BytesIO(b'{"text": "Acme buys Beta.", "lang": "en"}'))
    assert (doc.source, doc.text, doc.lang) == ("-", "Acme buys Beta.", "en")


def test_stdin_jsonl():
    data = b'{"text": "Acme buys Beta."}\n{"text": "Gamma sues Delta."}\n'
    results = read_all("-", stdin=io.BytesIO(data))
    assert [r.source for r in results] == ["-:1", "-:2"]


def test_stdin_text_starting_with_a_brace_is_text():
    doc = only_document("-", stdin=io.BytesIO(b"{Acme} buys Beta, a maker of sensors."))
    assert doc.text == "{Acme} buys Beta, a maker of sensors."


def test_stdin_oversized_is_rejected():
    rejection = only_rejection("-", stdin=io.BytesIO(b"x" * 200), max_bytes=100)
    assert rejection.reason == "too large: more than 100 bytes, the limit is 100 bytes"


# --- folders -----------------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order_skipping_what_is_not_an_article(tmp_path):
    write(tmp_path, "b.txt", "Beta story.")
    write(tmp_path, "a.txt", "Alpha story.")
    write(tmp_path, "sub/c.json", '{"text": "Gamma story."}')
    write(tmp_path, "sub/c.gold.json", '{"claims": []}')
    write(tmp_path, "notes.md", "not an article")
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, ".hidden.txt", "hidden")
    write(tmp_path, ".git/HEAD.txt", "hidden folder")
    write(tmp_path, "Z.HTML", HTML_PAGE)
    results = read_all(tmp_path)
    assert all(isinstance(r, Document) for r in results), results
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in results] == [
        "Z.HTML",
        "a.txt",
        "b.txt",
        "sub/c.json",
    ]


def test_several_paths_are_read_in_the_order_given(tmp_path):
    first, second = write(tmp_path, "2.txt", "Second."), write(tmp_path, "1.txt", "First.")
    assert [d.text for d in read_all(first, second)] == ["Second.", "First."]


# --- bad input ---------------------------------------------------------------------


def test_named_file_with_unknown_extension_is_rejected_listing_supported_ones(tmp_path):
    reason = only_rejection(write(tmp_path, "notes.md", ARTICLE)).reason
    assert reason.startswith("unsupported file type (.md); supported: ")
    for extension in READERS:
        assert extension in reason


def test_named_gold_file_is_rejected(tmp_path):
    reason = only_rejection(write(tmp_path, "a.gold.json", '{"claims": []}')).reason
    assert "gold annotation" in reason


def test_missing_path_is_rejected(tmp_path):
    missing = tmp_path / "nowhere.txt"
    assert only_rejection(missing) == Rejected(str(missing), "no such file or directory")


def test_unreadable_file_is_rejected(tmp_path):
    path = write(tmp_path, "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with privileges that ignore file permissions")
        assert only_rejection(path).reason == "permission denied"
    finally:
        path.chmod(0o644)


def test_empty_file_is_rejected(tmp_path):
    assert only_rejection(write(tmp_path, "a.txt", b"")).reason == "empty file"


@pytest.mark.parametrize("suffix", [".txt", ".json", ".jsonl", ".html"])
def test_whitespace_only_file_is_rejected(tmp_path, suffix):
    assert only_rejection(write(tmp_path, "a" + suffix, " \n\t\r\n  ")).reason == "contains only whitespace"


def test_file_with_nul_bytes_is_binary(tmp_path):
    reason = only_rejection(write(tmp_path, "a.txt", b"PK\x03\x04\x00\x00binary zip")).reason
    assert reason == "looks binary: contains NUL bytes"


def test_file_of_control_characters_is_binary(tmp_path):
    reason = only_rejection(write(tmp_path, "a.txt", bytes(range(1, 32)) * 20 + b"Acme")).reason
    assert reason.startswith("looks binary:") and "control codes" in reason


def test_oversized_file_is_rejected_naming_size_and_limit(tmp_path):
    path = write(tmp_path, "big.txt", "x" * 1500)
    assert only_rejection(path, max_bytes=1000).reason == "too large: 1,500 bytes, the limit is 1,000 bytes"


def test_undecodable_bytes_are_rejected_with_offset(tmp_path):
    noise = random.Random(3).randbytes(300).replace(b"\x00", b"\x01")
    reason = only_rejection(write(tmp_path, "a.txt", b"Acme signed \xff" + noise)).reason
    assert reason == "not valid UTF-8 (byte 0xff at offset 12) and no legacy encoding could be detected"


def _to_cp1258(text: str) -> bytes:
    """Vietnamese in cp1258 writes tone marks as combining characters after the letter."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            out += unicodedata.normalize("NFC", decomposed[:-1]).encode("cp1258")
            out += decomposed[-1].encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Le café de la société Dupré signe un accord avec Señor Brandão."),
        ("cp1252", "Die Müller AG übernimmt die Bäckerei Schröder für 12 Mio. €."),
        ("cp1250", "Spółka Żabka zawarła umowę z firmą Łódź Ćwiczenia na dostawę."),
        ("cp1251", "Компания Газпром подписала соглашение с Лукойлом о поставках."),
        ("cp1258", "Công ty Vinamilk hợp tác với Masan trong lĩnh vực sữa và cà phê."),
        ("shift_jis", "トヨタはソニーと提携し、新しい電気自動車を開発すると発表した。"),
    ],
)
def test_legacy_encoding_is_detected_and_decoded(tmp_path, encoding, text):
    data = _to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    assert only_document(write(tmp_path, "legacy.txt", data)).text == text


def test_bad_files_do_not_stop_the_batch(tmp_path):
    good = [
        write(tmp_path, "01_good.txt", "Acme buys Beta."),
        write(tmp_path, "99_good.json", '{"text": "Gamma."}'),
    ]
    noise = random.Random(1).randbytes(200).replace(b"\x00", b"")
    bad = [
        write(tmp_path, "02_binary.txt", b"\x00\x01\x02"),
        write(tmp_path, "03_empty.txt", b""),
        write(tmp_path, "04_blank.txt", "   \n"),
        write(tmp_path, "05_undecodable.txt", b"\xff" + noise),
        write(tmp_path, "06_big.txt", "y" * 5000),
        write(tmp_path, "07_no_text.html", "<html><body></body></html>"),
        write(tmp_path, "08_broken.json", "{"),
    ]
    results = read_all(tmp_path, tmp_path / "missing.txt", max_bytes=4000)
    documents = [r for r in results if isinstance(r, Document)]
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [d.source for d in documents] == [str(p) for p in good]
    assert [r.source for r in rejected] == [str(p) for p in bad] + [str(tmp_path / "missing.txt")]
    assert all(r.reason for r in rejected)


def test_path_under_a_file_is_rejected_not_raised(tmp_path):
    parent = write(tmp_path, "a.txt", ARTICLE)
    assert only_rejection(parent / "b.txt").reason == "cannot read: not a directory"


def test_a_single_path_instead_of_a_list_is_accepted(tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    assert [d.text for d in iter_sources(str(path))] == [ARTICLE]


@pytest.mark.parametrize("name", ["a\x00b.txt", "x" * 300 + ".txt", "x" * 300])
def test_impossible_path_is_rejected_not_raised(tmp_path, name):
    rejection = only_rejection(tmp_path / name)
    assert rejection.reason.startswith(("invalid path", "cannot read"))


def test_ingest_counts_the_conflicts_a_batch_adds(tmp_path, seeds_dir):
    from frenemy.api import conflicts, ingest

    report = ingest([seeds_dir], tmp_path / "counted.db")
    assert report.new == 3 and report.new_conflicts == len(conflicts(tmp_path / "counted.db")) > 0
    again = ingest([seeds_dir], tmp_path / "counted.db")
    assert again.known == 3 and again.new_conflicts == 0


def test_skipping_the_conflict_count_loses_no_conflict(tmp_path, seeds_dir):
    from frenemy.api import conflicts, ingest

    report = ingest([seeds_dir], tmp_path / "skipped.db", count_conflicts=False)
    assert report.new == 3 and report.new_conflicts == 0
    assert conflicts(tmp_path / "skipped.db") == conflicts(ingest_db(tmp_path, seeds_dir))


def ingest_db(tmp_path, seeds_dir):
    from frenemy.api import ingest

    db = tmp_path / "reference.db"
    ingest([seeds_dir], db)
    return db
