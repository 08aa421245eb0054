"""Decode page bytes as a browser does (the WHATWG Encoding Standard and the HTML
encoding sniffing algorithm).

1. A byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides.
2. Else the label declared by ``<meta charset>`` or ``<meta http-equiv="Content-Type">``
   in the first bytes, mapped the WHATWG way: "iso-8859-1", "latin1" and "ascii"
   mean windows-1252, "iso-8859-9" means windows-1254, "gb2312" means GBK (read as
   gb18030), "shift_jis" means windows-31j; a declared UTF-16 means UTF-8 (the
   HTML standard's rule: a page whose declaration can be read in ASCII is not
   UTF-16) and "x-user-defined" windows-1252.  Labels the standard does not
   list (and the ones it maps to its "replacement" decoder, which would show
   nothing) are ignored, as browsers ignore them; Python codecs that are not
   text encodings ("base64", "rot13") or that browsers refuse ("utf-7") are
   never used.
3. Else detection: bytes that are valid UTF-8 are UTF-8; otherwise
   charset_normalizer ranks the encodings that decode the bytes plausibly, and
   windows-1252 (the web's legacy default, the fallback browsers use for
   Western pages) is taken when it is among them, its best guess when not
   (a Cyrillic or Japanese page).

Invalid bytes become U+FFFD where they stand (``errors="replace"``): one bad
byte in a UTF-8 page never switches the whole page to another codec.

>>> decode_html('<meta charset="iso-8859-1"><p>\\x93Yes,\\x94 she said.</p>'.encode("latin-1"))[-23:]
'<p>“Yes,” she said.</p>'
>>> decode_html(b'<meta charset="utf-8"><p>caf\\xc3\\xa9 \\xff \\xe2\\x80\\x9cok\\xe2\\x80\\x9d</p>')[-15:]
'café � “ok”</p>'
"""

from __future__ import annotations

import codecs
import functools

from newsstruct.html.patterns import CHARSET_META

__all__ = ["WHATWG_LABELS", "decode_html", "whatwg_codec"]

#: Bytes of a page searched for a charset declaration (the HTML standard's prescan reads
#: 1,024; pages with long heads declare later, and browsers look further when they can).
_CHARSET_WINDOW = 4096

#: The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/encodings.json),
#: by the Python codec that decodes them as the standard does.  Python's "gb18030" is a
#: superset of GBK as the standard decodes it, "cp932" is its Shift_JIS, "cp949" its
#: EUC-KR and "big5hkscs" its Big5.  Not listed: the "replacement" labels (iso-2022-kr,
#: hz-gb-2312, iso-2022-cn...), UTF-16 (see ``_META_OVERRIDES``) and x-user-defined.
WHATWG_LABELS: dict[str, tuple[str, ...]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
              "x-unicode20utf8"),
    "cp866": ("866", "cp866", "csibm866", "ibm866"),
    "iso8859-2": ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
                  "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"),
    "iso8859-3": ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                  "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"),
    "iso8859-4": ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                  "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"),
    "iso8859-5": ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                  "iso88595", "iso_8859-5", "iso_8859-5:1988"),
    "iso8859-6": ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic",
                  "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127",
                  "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"),
    "iso8859-7": ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                  "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987",
                  "sun_eu_greek"),
    "iso8859-8": ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
                  "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988",
                  "visual", "csiso88598i", "iso-8859-8-i", "logical"),
    "iso8859-10": ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910",
                   "l6", "latin6"),
    "iso8859-13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "iso8859-14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "iso8859-15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
    "iso8859-16": ("iso-8859-16",),
    "koi8-r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8-u": ("koi8-ru", "koi8-u"),
    "mac-roman": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "cp874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "cp1250": ("cp1250", "windows-1250", "x-cp1250"),
    "cp1251": ("cp1251", "windows-1251", "x-cp1251"),
    "cp1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
               "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
               "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"),
    "cp1253": ("cp1253", "windows-1253", "x-cp1253"),
    "cp1254": ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
               "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"),
    "cp1255": ("cp1255", "windows-1255", "x-cp1255"),
    "cp1256": ("cp1256", "windows-1256", "x-cp1256"),
    "cp1257": ("cp1257", "windows-1257", "x-cp1257"),
    "cp1258": ("cp1258", "windows-1258", "x-cp1258"),
    "mac-cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "gb18030": ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80",
                "gbk", "iso-ir-58", "x-gbk", "gb18030"),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc_jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso2022_jp": ("csiso2022jp", "iso-2022-jp"),
    "cp932": ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
              "x-sjis"),
    "cp949": ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"),
}  # fmt: skip

#: Labels a ``<meta>`` declaration maps elsewhere (the HTML standard's prescan rules).
_META_OVERRIDES = {"utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",
                   "x-user-defined": "cp1252"}  # fmt: skip

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))  # fmt: skip

#: The web's legacy default, taken when detection finds it plausible.
_DEFAULT_LEGACY = "cp1252"


@functools.cache
def _codec_by_label() -> dict[str, str]:
    table = {label: codec for codec, labels in WHATWG_LABELS.items() for label in labels}
    table.update(_META_OVERRIDES)
    return table


def whatwg_codec(label: str) -> str | None:
    """The Python codec that decodes a declared ``label`` as browsers do, or ``None`` for
    a label the WHATWG standard does not list.

    >>> whatwg_codec(" ISO-8859-1 "), whatwg_codec("Shift_JIS"), whatwg_codec("utf-7")
    ('cp1252', 'cp932', None)
    """
    return _codec_by_label().get(label.strip().lower())


def decode_html(data: bytes) -> str:
    """Decode page bytes: byte-order mark, then the declared charset (WHATWG labels), then
    detection; invalid bytes become U+FFFD where they stand."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    declared = CHARSET_META.search(data[:_CHARSET_WINDOW])
    if declared is not None:
        label = whatwg_codec(declared.group(1).decode("ascii", "replace"))
        if label is not None:
            return data.decode(label, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(_detected_codec(data), errors="replace")


def _detected_codec(data: bytes) -> str:
    """The codec charset_normalizer finds for bytes that are not UTF-8: windows-1252 when
    it is among the plausible ones, else the best one, mapped the WHATWG way."""
    import charset_normalizer  # only pages that are neither declared nor UTF-8 need it

    matches = charset_normalizer.from_bytes(data)
    plausible = [_as_whatwg(match.encoding) for match in matches]
    if not plausible or _DEFAULT_LEGACY in plausible:
        return _DEFAULT_LEGACY
    return plausible[0]


def _as_whatwg(codec: str) -> str:
    """A Python codec name mapped as the standard maps its label ("latin_1" -> "cp1252");
    a codec the standard does not know stays itself."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return _DEFAULT_LEGACY
    return _python_names().get(name, name)


@functools.cache
def _python_names() -> dict[str, str]:
    """Python's canonical codec name of every WHATWG label that Python knows -> the codec
    the standard decodes it with ("iso8859-1" -> "cp1252", "gb2312" -> "gb18030")."""
    names: dict[str, str] = {}
    for codec, labels in WHATWG_LABELS.items():
        for label in labels:
            try:
                names.setdefault(codecs.lookup(label).name, codec)
            except LookupError:
                continue
    return names
