# mimetypes: default tables, guess_type (data: URLs, encodings, suffix aliases, strictness),
# guess_extension/guess_all_extensions, add_type, MimeTypes objects, reading mime.types files.
import mimetypes
import os
import tempfile

print(mimetypes.inited, len(mimetypes.types_map), len(mimetypes.common_types))
print(sorted(mimetypes.encodings_map.items()), sorted(mimetypes.suffix_map.items()))
print(list(mimetypes.types_map.items())[:10])
print(mimetypes.types_map is mimetypes._types_map_default)

URLS = [
    'a.html', 'A.HTML', 'photo.jpg', 'x.tar.gz', 'x.tgz', 'x.TGZ', 'x.Gz', 'x.tar.Z', 'y.svgz',
    'z.txz', 'z.tar.bz2', 'z.br', 'noext', '.bashrc', 'dir.d/file', 'http://host/p/a.css?x=1',
    'http://host/p.d/', 'file:///tmp/x.py', 'data:,hello', 'data:text/html;charset=utf-8,<b>',
    'DATA:image/png;base64,AAAA', 'data:foo', 'data:plain;x=1,y', 'data:a=b/c,d', 'c:/win/x.txt',
    'x.rtf', 'x.midi', 'x.pict', 'x.webp', 'x.xul', 'a.json', 'a.js', 'a.mjs', 'a.wasm', 'a.unknownext',
]
for url in URLS:
    print(repr(url), mimetypes.guess_type(url), mimetypes.guess_type(url, strict=False))

import pathlib
print(mimetypes.guess_type(pathlib.PurePosixPath('/x/y.pdf')))

for mtype in ('text/plain', 'TEXT/HTML', 'image/jpeg', 'image/jpg', 'application/octet-stream',
              'audio/midi', 'application/x-nothing', 'video/mp4', 'application/javascript'):
    print(mtype, mimetypes.guess_extension(mtype), mimetypes.guess_extension(mtype, strict=False),
          mimetypes.guess_all_extensions(mtype), mimetypes.guess_all_extensions(mtype, strict=False))

print(mimetypes.inited, mimetypes.types_map is mimetypes._types_map_default)
mimetypes.add_type('application/x-tspy-test', '.tspyt')
mimetypes.add_type('application/x-tspy-test', '.tspyt2', strict=False)
print(mimetypes.guess_type('a.tspyt'), mimetypes.guess_type('a.tspyt2'), mimetypes.guess_type('a.tspyt2', False))
print(mimetypes.guess_all_extensions('application/x-tspy-test', False))
print(mimetypes.types_map['.tspyt'], '.tspyt' in mimetypes._types_map_default)

folder = tempfile.mkdtemp()
table = os.path.join(folder, 'my.types')
with open(table, 'w', encoding='utf-8') as f:
    f.write('# comment line\n\napplication/x-first  one two   # trailing comment\n'
            'text/x-second\tsec\ntext/x-lonely\napplication/x-first three\n'
            'image/x-uni caf\u00e9 #nope more\n')
print(sorted(mimetypes.read_mime_types(table).items())[:3], len(mimetypes.read_mime_types(table)))
print(mimetypes.read_mime_types(os.path.join(folder, 'absent')))

db = mimetypes.MimeTypes([table])
print(db.guess_type('f.two'), db.guess_type('f.caf\u00e9'), db.guess_extension('application/x-first'))
print(db.guess_all_extensions('application/x-first'), db.guess_type('f.sec'))
print(mimetypes.guess_type('f.two'))
lenient = mimetypes.MimeTypes([table], strict=False)
print(lenient.guess_type('f.two'), lenient.guess_type('f.two', strict=False))
print(sorted(db.encodings_map.items()) == sorted(mimetypes.encodings_map.items()), db.suffix_map is mimetypes.suffix_map)
db.add_type('a/b', '.Upper')
print(db.guess_type('x.upper'), db.guess_type('x.Upper'), db.guess_all_extensions('A/B'))
db.readfp(open(table, encoding='utf-8'), strict=False)
print(db.types_map[False].get('.one'), len(db.types_map_inv[False]['application/x-first']))

mimetypes.init([table])
print(mimetypes.guess_type('f.three'), mimetypes.guess_type('a.tspyt'), mimetypes.inited)
mimetypes.init()
print(mimetypes.guess_type('f.three'), mimetypes.guess_type('a.tspyt'))
print(type(mimetypes.knownfiles).__name__, len(mimetypes.knownfiles))
