"""Read a captured article file into text, refusing what cannot be an article.

Decoding order (documented fallback): UTF-8 (with or without BOM), then
Windows-1252 (the usual encoding of text saved on Windows), then Latin-1.
The encoding used is returned, so a fallback is never silent. HTML is
recognised by extension or by its markup and returned with ``kind="html"``.

Usage:
    >>> from analysis.rawtext import decode_bytes
    >>> decode_bytes(b"Caf\\xe9 owners said", "a.txt")
    ('Café owners said', 'cp1252', 'text')
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import InputError

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_HTML_TAGS = re.compile(rb"<(p|div|article|span|br|a|h[1-6])(\s[^>]*)?>", re.I)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``.

    Usage:
        >>> sha256_bytes(b"")[:8]
        'e3b0c442'
    """
    return hashlib.sha256(data).hexdigest()


def looks_like_html(data: bytes, name: str = "") -> bool:
    """True when the file is HTML by extension or by content.

    Usage:
        >>> looks_like_html(b"<html><body><p>Hi</p></body></html>")
        True
    """
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = data[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def decode_bytes(data: bytes, name: str) -> tuple[str, str, str]:
    """Decode raw bytes of file ``name``; return ``(text, encoding, kind)``.

    Raises :class:`InputError` naming ``name`` for empty or binary input.
    """
    if not data.strip():
        raise InputError(name, "file is empty (no text at all); capture the article again or remove the file")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(name, f"looks binary (NUL byte at offset {nul}); expected UTF-8 text or HTML saved from a browser")
    sample = data[:8192]
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls > max(8, len(sample) // 100):
        raise InputError(name, f"looks binary ({controls} control bytes in the first {len(sample)}); expected UTF-8 text or HTML")
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04"):
        raise InputError(name, "is a PDF or ZIP/Office file, not text; export the article as text or HTML first")
    kind = "html" if looks_like_html(data, name) else "text"
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, ("utf-8" if encoding == "utf-8-sig" else encoding), kind
    raise InputError(name, "could not be decoded as UTF-8, Windows-1252 or Latin-1")  # pragma: no cover (latin-1 never fails)


def read_raw(path: str | Path) -> tuple[str, str, str, str]:
    """Read a raw article file; return ``(text, encoding, kind, sha256)``.

    The file is opened read-only; nothing is ever written back.

    Usage:
        >>> from analysis import paths
        >>> text, enc, kind, digest = read_raw(paths.DEFAULT_EVENT / "000_254f71784dde8cdb.txt")
        >>> enc, kind
        ('utf-8', 'text')
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, expected an article file")
    data = path.read_bytes()
    text, encoding, kind = decode_bytes(data, str(path))
    return text, encoding, kind, sha256_bytes(data)
