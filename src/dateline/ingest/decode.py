"""Bytes to text: UTF-8 first, then charset-normalizer's best guess, with a note saying so."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

# UTF-16 text is full of NUL bytes, so its byte-order mark must be read before the binary check.
_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"))


class DecodeError(ValueError):
    """The bytes are not text (binary, or no encoding decodes them plausibly)."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Return (text, note); note is None for clean UTF-8. Raises DecodeError for binary data."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), f"decoded as {name} (byte-order mark)"
            except UnicodeDecodeError as err:
                reason = f"starts with a {name} byte-order mark but is not {name}: {err.reason}"
                raise DecodeError(reason) from err
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
