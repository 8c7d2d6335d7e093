"""Bad input is reported by name with a specific reason, and the rest of the batch is still read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.ingest import read
from dateline.records import IngestError, RawDocument

GOOD = "Envoys from Peru and Ghana met in Accra on Friday and signed a memorandum on fisheries."


def _by_source(items) -> dict[str, IngestError | RawDocument]:
    return {Path(i.source).name if "#" not in i.source else i.source.rsplit("/", 1)[-1]: i for i in items}


def test_each_bad_file_has_its_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "broken.html").write_text("<html><body><div></div><script>var x = 1;</script></body></html>")
    (tmp_path / "nothing.html").write_text("<<<>>>")
    (tmp_path / "z_good.txt").write_text(GOOD + " Both sides welcomed it.")
    items = _by_source(read([tmp_path]))
    assert isinstance(items["a_good.txt"], RawDocument) and isinstance(items["z_good.txt"], RawDocument)
    assert items["empty.txt"].reason == "empty file"
    assert items["blank.txt"].reason == "empty file"
    assert items["binary.txt"].reason == "binary file (NUL bytes)"
    assert items["broken.html"].reason == "no article text found in HTML"
    assert isinstance(items["nothing.html"], IngestError)


def test_undecodable_bytes_without_nul(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 8 + bytes(range(1, 9)) * 50)
    (item,) = read([tmp_path / "noise.txt"])
    assert isinstance(item, IngestError) and "binary or undecodable" in item.reason


def test_jsonl_bad_lines_named_by_number(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "' + GOOD + '"}\n'
        "\n"
        "{not json}\n"
        '{"title": "no body"}\n'
        '["a", "list"]\n'
        '{"id": 7, "text": "' + GOOD + '"}\n'
    )
    items = list(read([path]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "IngestError",
        "IngestError",
        "IngestError",
        "RawDocument",
    ]
    assert items[1].source == f"{path}#line3" and items[1].reason.startswith("line 3: not JSON: ")
    assert items[2].reason == "line 4: no 'text' or 'html' field"
    assert items[3].reason == "line 5: not a JSON object"
    assert items[4].id == "7"


def test_unreadable_paths(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(GOOD)
    (tmp_path / "data.xyz").write_text("?")
    items = list(read([tmp_path / "missing.txt", tmp_path / "data.xyz", tmp_path / "ok.txt"]))
    assert items[0] == IngestError(str(tmp_path / "missing.txt"), "no such file or directory")
    assert items[1].reason.startswith("unsupported file type .xyz")
    assert isinstance(items[2], RawDocument)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    try:
        (item,) = read([locked])
    finally:
        locked.chmod(0o644)
    assert item == IngestError(str(locked), "permission denied")


def test_directory_loop_is_reported_once(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(GOOD)
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    items = list(read([root]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 1
    assert len(errors) == 1 and errors[0].source.endswith("back") and "directory loop" in errors[0].reason


def test_empty_stdin() -> None:
    import io

    (item,) = read(["-"], stdin=io.BytesIO(b"\n \n"))
    assert item == IngestError("<stdin>", "empty input")
