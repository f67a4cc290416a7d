"""The XML parts of a zip package (DOCX, ODT), read safely and with errors naming the file."""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import Optional

from lxml import etree

from ..errors import InputError
from ..limits import UNPACKED_XML


class ZipXml:
    """A zip package whose parts :meth:`xml` parses; ``kind`` ("DOCX", "ODT") names it in errors."""

    def __init__(self, path: str, data: bytes, kind: str):
        self.path = path
        self.kind = kind
        what = f"{'an' if kind[:1] in 'AEIOU' else 'a'} {kind} file"
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise InputError(path, f"not {what}: an old binary (OLE) document or an encrypted one")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
            raise InputError(path, f"not {what}: not a zip archive") from None
        self.names = set(self.zip.namelist())
        self.unpacked = 0  # bytes of XML unpacked so far, against UNPACKED_XML

    def xml(self, name: str) -> Optional[etree._Element]:
        """The parsed part ``name`` or None if absent; InputError if it is not well-formed XML or the
        parts read so far unpack to more than :data:`notecite.limits.UNPACKED_XML`."""
        if name not in self.names:
            return None
        info = self.zip.getinfo(name)
        if self.unpacked + info.file_size > UNPACKED_XML.value:  # the size the zip declares, before unpacking
            raise UNPACKED_XML.exceeded(self.path, f"part {name} unpacks to {info.file_size:,} bytes "
                                                   f"({self.unpacked + info.file_size:,} with the parts before it)")
        try:  # zipfile stops at the declared size (a part that lies fails its CRC check)
            raw = self.zip.read(name)
        except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, EOFError, NotImplementedError, ValueError) as error:
            raise InputError(self.path, f"cannot unpack {name}: {error}") from None
        self.unpacked += len(raw)
        return parse_xml(self.path, raw, name)


def parse_xml(path: str, raw: bytes, name: str) -> etree._Element:
    """``raw`` parsed without entities or network; InputError naming ``path`` and part ``name`` if malformed."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(path, f"{name} is not well-formed XML: {error}") from None
