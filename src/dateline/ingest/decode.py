"""Bytes to text: UTF-8 first, then charset-normalizer's best guess, with a note saying so."""

from __future__ import annotations

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text (binary, or no encoding decodes them plausibly)."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Return (text, note); note is None for clean UTF-8. Raises DecodeError for binary data."""
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        utf8_error = err
    best = from_bytes(data).best()
    if best is None:
        reason = utf8_error.reason
        raise DecodeError(f"binary or undecodable: not valid UTF-8 ({reason}) and no other charset fits")
    text, encoding = str(best), best.encoding
    # charset-normalizer often names a sibling single-byte code page (cp1250, latin-1) for Western text;
    # when cp1252, the usual legacy web encoding, gives the very same text, say cp1252.
    if encoding != "cp1252":
        try:
            if data.decode("cp1252") == text:
                encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    return text, f"not valid UTF-8; decoded as {encoding}"
