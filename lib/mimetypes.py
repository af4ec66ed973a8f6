"""Guess the MIME type of a file from its name or URL (tspy's own implementation).

Layout: the default tables are stored as text rows (generated from python3's values by
scripts/gen-mimetypes-tables.py) and turned into dicts by _default_mime_types(). A MimeTypes
object keeps a pair of suffix->type dicts indexed by strictness (True: official types, False:
common non-standard ones) and the inverse type->[suffixes] pair. The module-level functions
delegate to one shared MimeTypes (_db), created by init() on first use; init() also reads every
existing file of knownfiles, as CPython does on POSIX.
"""
import os
import posixpath
import sys

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


def _scheme_split(url):
    """Split 'scheme:rest' (scheme = 1+ chars without '/' or ':'); scheme is lower-cased."""
    if not isinstance(url, str):
        # python3 matches a str regex against the URL here.
        raise TypeError("cannot use a string pattern on a bytes-like object")
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _data_url_type(body):
    """MIME type announced by the body of a data: URL (the part after 'data:')."""
    comma = body.find(",")
    if comma < 0:
        return None
    semi = body.find(";", 0, comma)
    head = body[:semi] if semi >= 0 else body[:comma]
    if "=" in head or "/" not in head:
        return "text/plain"
    return head


class MimeTypes:
    """A MIME-type database; starts from the module's defaults, then reads `filenames`."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for suffix, mtype in _types_map_default.items():
            self.add_type(mtype, suffix, True)
        for suffix, mtype in _common_types_default.items():
            self.add_type(mtype, suffix, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        scheme, rest = _scheme_split(url)
        if scheme == "data":
            return _data_url_type(rest), None
        stem, ext = posixpath.splitext(rest)
        while True:
            alias = self.suffix_map.get(ext.lower())
            if alias is None:
                break
            stem, ext = posixpath.splitext(stem + alias)
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in result:
                    result.append(ext)
        return result

    def guess_extension(self, type, strict=True):
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        for line in iter(fp.readline, ""):
            fields = []
            for word in line.split():
                if word.startswith("#"):
                    break
                fields.append(word)
            if not fields:
                continue
            mtype = fields[0]
            for suffix in fields[1:]:
                self.add_type(mtype, "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        # No Windows registry on the hosts tspy runs on.
        return


def _shared():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    return _shared().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _shared().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _shared().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    return _shared().add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        if files is None:
            files = knownfiles
        else:
            files = knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


# BEGIN GENERATED TABLES (scripts/gen-mimetypes-tables.py)
_SUFFIX_ROWS = """
.svgz .svg.gz
.tgz .tar.gz
.taz .tar.gz
.tz .tar.gz
.tbz2 .tar.bz2
.txz .tar.xz
"""
_ENCODING_ROWS = """
.gz gzip
.Z compress
.bz2 bzip2
.xz xz
.br br
"""
_STRICT_ROWS = """
.js application/javascript
.mjs application/javascript
.json application/json
.webmanifest application/manifest+json
.doc application/msword
.dot application/msword
.wiz application/msword
.nq application/n-quads
.nt application/n-triples
.bin application/octet-stream
.a application/octet-stream
.dll application/octet-stream
.exe application/octet-stream
.o application/octet-stream
.obj application/octet-stream
.so application/octet-stream
.oda application/oda
.pdf application/pdf
.p7c application/pkcs7-mime
.ps application/postscript
.ai application/postscript
.eps application/postscript
.trig application/trig
.m3u application/vnd.apple.mpegurl
.m3u8 application/vnd.apple.mpegurl
.xls application/vnd.ms-excel
.xlb application/vnd.ms-excel
.ppt application/vnd.ms-powerpoint
.pot application/vnd.ms-powerpoint
.ppa application/vnd.ms-powerpoint
.pps application/vnd.ms-powerpoint
.pwz application/vnd.ms-powerpoint
.wasm application/wasm
.bcpio application/x-bcpio
.cpio application/x-cpio
.csh application/x-csh
.dvi application/x-dvi
.gtar application/x-gtar
.hdf application/x-hdf
.h5 application/x-hdf5
.latex application/x-latex
.mif application/x-mif
.cdf application/x-netcdf
.nc application/x-netcdf
.p12 application/x-pkcs12
.pfx application/x-pkcs12
.ram application/x-pn-realaudio
.pyc application/x-python-code
.pyo application/x-python-code
.sh application/x-sh
.shar application/x-shar
.swf application/x-shockwave-flash
.sv4cpio application/x-sv4cpio
.sv4crc application/x-sv4crc
.tar application/x-tar
.tcl application/x-tcl
.tex application/x-tex
.texi application/x-texinfo
.texinfo application/x-texinfo
.roff application/x-troff
.t application/x-troff
.tr application/x-troff
.man application/x-troff-man
.me application/x-troff-me
.ms application/x-troff-ms
.ustar application/x-ustar
.src application/x-wais-source
.xsl application/xml
.rdf application/xml
.wsdl application/xml
.xpdl application/xml
.zip application/zip
.3gp audio/3gpp
.3gpp audio/3gpp
.3g2 audio/3gpp2
.3gpp2 audio/3gpp2
.aac audio/aac
.adts audio/aac
.loas audio/aac
.ass audio/aac
.au audio/basic
.snd audio/basic
.mp3 audio/mpeg
.mp2 audio/mpeg
.opus audio/opus
.aif audio/x-aiff
.aifc audio/x-aiff
.aiff audio/x-aiff
.ra audio/x-pn-realaudio
.wav audio/x-wav
.avif image/avif
.bmp image/bmp
.gif image/gif
.ief image/ief
.jpg image/jpeg
.jpe image/jpeg
.jpeg image/jpeg
.heic image/heic
.heif image/heif
.png image/png
.svg image/svg+xml
.tiff image/tiff
.tif image/tiff
.ico image/vnd.microsoft.icon
.ras image/x-cmu-raster
.pnm image/x-portable-anymap
.pbm image/x-portable-bitmap
.pgm image/x-portable-graymap
.ppm image/x-portable-pixmap
.rgb image/x-rgb
.xbm image/x-xbitmap
.xpm image/x-xpixmap
.xwd image/x-xwindowdump
.eml message/rfc822
.mht message/rfc822
.mhtml message/rfc822
.nws message/rfc822
.css text/css
.csv text/csv
.html text/html
.htm text/html
.n3 text/n3
.txt text/plain
.bat text/plain
.c text/plain
.h text/plain
.ksh text/plain
.pl text/plain
.srt text/plain
.rtx text/richtext
.tsv text/tab-separated-values
.vtt text/vtt
.py text/x-python
.etx text/x-setext
.sgm text/x-sgml
.sgml text/x-sgml
.vcf text/x-vcard
.xml text/xml
.mp4 video/mp4
.mpeg video/mpeg
.m1v video/mpeg
.mpa video/mpeg
.mpe video/mpeg
.mpg video/mpeg
.mov video/quicktime
.qt video/quicktime
.webm video/webm
.avi video/x-msvideo
.movie video/x-sgi-movie
"""
_LENIENT_ROWS = """
.rtf application/rtf
.midi audio/midi
.mid audio/midi
.jpg image/jpg
.pict image/pict
.pct image/pict
.pic image/pict
.webp image/webp
.xul text/xul
"""
# END GENERATED TABLES


def _rows_to_dict(text):
    table = {}
    for row in text.split("\n"):
        if row:
            key, _, value = row.partition(" ")
            table[key] = value
    return table


def _default_mime_types():
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = _rows_to_dict(_SUFFIX_ROWS)
    encodings_map = _encodings_map_default = _rows_to_dict(_ENCODING_ROWS)
    types_map = _types_map_default = _rows_to_dict(_STRICT_ROWS)
    common_types = _common_types_default = _rows_to_dict(_LENIENT_ROWS)


_default_mime_types()

_HELP = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def _main():
    import getopt

    def usage(code, msg=""):
        print(_HELP)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], "hle", ["help", "lenient", "extension"])
    except getopt.error as err:
        usage(1, err)
    strict = True
    want_ext = False
    for opt, _ in opts:
        if opt in ("-h", "--help"):
            usage(0)
        elif opt in ("-l", "--lenient"):
            strict = False
        elif opt in ("-e", "--extension"):
            want_ext = True
    for arg in args:
        if want_ext:
            guess = guess_extension(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print("type:", guess, "encoding:", encoding)


if __name__ == "__main__":
    _main()
