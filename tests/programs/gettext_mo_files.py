# gettext: .mo files written here with struct (both byte orders), GNUTranslations lookups,
# plural forms, contexts, headers, fallbacks, find()/translation() over a temporary localedir.
import gettext
import io
import os
import struct
import tempfile


def build_mo(entries, order='<', version=0):
    """entries: {msgid bytes: msgstr bytes}; returns the .mo image."""
    keys = sorted(entries)
    count = len(keys)
    ids_at = 28
    strs_at = ids_at + 8 * count
    data_at = strs_at + 8 * count
    blob = b''
    id_table = b''
    str_table = b''
    for k in keys:
        id_table += struct.pack(order + '2I', len(k), data_at + len(blob))
        blob += k + b'\0'
    for k in keys:
        v = entries[k]
        str_table += struct.pack(order + '2I', len(v), data_at + len(blob))
        blob += v + b'\0'
    head = struct.pack(order + '7I', 0x950412de, version, count, ids_at, strs_at, 0, 0)
    return head + id_table + str_table + blob


HEADER = ('Project-Id-Version: demo 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=n==1 ? 0 : n%10>=2 && n%10<=4 && '
          '(n%100<10 || n%100>=20) ? 1 : 2;\n'
          'Last-Translator: Someone\n'
          ' continued line\n').encode()

ENTRIES = {
    b'': HEADER,
    b'hello': 'cze\u015b\u0107'.encode(),
    b'file\0files': 'plik\0pliki\0plik\u00f3w'.encode(),
    b'menu\x04open': b'otworz (menu)',
    b'menu\x04item\0items': b'element\0elementy\0elementow',
    b'only plural\0plurals': b'A\0B\0C',
}

for order in ('<', '>'):
    t = gettext.GNUTranslations(io.BytesIO(build_mo(ENTRIES, order)))
    print(order, t.gettext('hello'), t.gettext('missing'), t.charset())
    print([t.ngettext('file', 'files', n) for n in (0, 1, 2, 5, 12, 22, 101)])
    print(t.pgettext('menu', 'open'), t.pgettext('other', 'open'))
    print([t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)])
    print(t.npgettext('x', 'item', 'items', 1), t.npgettext('x', 'item', 'items', 2))
    print(t.gettext('only plural'), t.ngettext('nope', 'nopes', 1), t.ngettext('nope', 'nopes', 3))
    print(sorted(t.info().items()))
    print(sorted((repr(k), v) for k, v in t._catalog.items()))

# Default (germanic) plural rule without a Plural-Forms header.
t = gettext.GNUTranslations(io.BytesIO(build_mo({b'': b'Content-Type: text/plain; charset=ascii\n',
                                                  b'dog\0dogs': b'Hund\0Hunde'})))
print([t.ngettext('dog', 'dogs', n) for n in range(4)], t.plural(1), t.plural(7))

# Bad files.
for image in (b'\x00' * 28, build_mo({b'a': b'b'}, version=2 << 16), b'\xde\x12\x04\x95' + b'\x00' * 8):
    try:
        gettext.GNUTranslations(io.BytesIO(image))
    except Exception as e:
        print(type(e).__name__, e.args)
corrupt = bytearray(build_mo({b'a': b'b'}))
struct.pack_into('<I', corrupt, 32, 10 ** 6)
try:
    gettext.GNUTranslations(io.BytesIO(bytes(corrupt)))
except OSError as e:
    print('corrupt', e.errno, e.strerror)

# Fallback chains.
base = gettext.NullTranslations()
print(base.gettext('x'), base.ngettext('a', 'b', 1), base.ngettext('a', 'b', 2), base.info(), base.charset())
first = gettext.GNUTranslations(io.BytesIO(build_mo({b'one': b'uno'})))
second = gettext.GNUTranslations(io.BytesIO(build_mo({b'two': b'dos', b'one': b'eins'})))
first.add_fallback(second)
first.add_fallback(gettext.NullTranslations())
print(first.gettext('one'), first.gettext('two'), first.gettext('three'))


class Shout(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


n = gettext.NullTranslations()
n.add_fallback(Shout())
print(n.gettext('quiet'), n.pgettext('c', 'msg'))

# A locale directory with catalogs for several languages.
root = tempfile.mkdtemp()
for lang, word in (('de', b'Hallo'), ('de_AT', b'Servus'), ('fr', b'Bonjour')):
    folder = os.path.join(root, lang, 'LC_MESSAGES')
    os.makedirs(folder)
    with open(os.path.join(folder, 'app.mo'), 'wb') as f:
        f.write(build_mo({b'': b'Content-Type: text/plain; charset=UTF-8\n', b'hello': word,
                          b'only-' + lang.encode(): lang.encode()}))


def rel(path):
    if path is None:
        return None
    if isinstance(path, list):
        return [rel(p) for p in path]
    return os.path.relpath(path, root)


for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
    os.environ.pop(var, None)
print(rel(gettext.find('app', root)))
os.environ['LANG'] = 'de_AT.UTF-8'
print(rel(gettext.find('app', root)), rel(gettext.find('app', root, all=True)))
os.environ['LANGUAGE'] = 'fr:de'
print(rel(gettext.find('app', root, all=True)))
print(rel(gettext.find('app', root, languages=['xx', 'de_AT@euro'], all=True)))
print(rel(gettext.find('app', root, languages=['C', 'de'])), rel(gettext.find('nope', root)))

t = gettext.translation('app', root, languages=['de_AT', 'fr'])
print(type(t).__name__, t.gettext('hello'), t.gettext('only-de'), t.gettext('only-fr'), t.gettext('x'))
t2 = gettext.translation('app', root, languages=['de_AT', 'fr'])
print(t is t2, t._catalog is t2._catalog)
print(type(gettext.translation('nope', root, fallback=True)).__name__)
try:
    gettext.translation('nope', root, languages=['de'])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)

# Domain functions.
print(gettext.textdomain(), gettext.bindtextdomain('app', root) == root, gettext.bindtextdomain('app') == root)
os.environ['LANGUAGE'] = 'de'
print(gettext.dgettext('app', 'hello'), gettext.dgettext('zzz', 'hello'))
print(gettext.dngettext('zzz', 'a', 'b', 1), gettext.dngettext('zzz', 'a', 'b', 2))
print(gettext.dpgettext('zzz', 'c', 'm'), gettext.dnpgettext('zzz', 'c', 'a', 'b', 5))
print(gettext.gettext('hello'), gettext.textdomain('app'), gettext.gettext('hello'), gettext.ngettext('x', 'y', 3))
print(gettext.Catalog is gettext.translation)

# install() puts _ (and chosen names) into builtins.
import builtins
gettext.install('app', root, names=['ngettext', 'bogus'])
print(_('hello'), ngettext('a', 'b', 2), hasattr(builtins, 'bogus'))
gettext.translation('app', root, languages=['fr']).install()
print(_('hello'))
del builtins._, builtins.ngettext
