# open() of an os.PathLike: the file's name and an OSError's filename are its __fspath__()
import io
import os
import pathlib
import tempfile


class Named:
    def __init__(self, value):
        self.value = value

    def __fspath__(self):
        return self.value


for target in [pathlib.Path('no/such/dir/f.txt'), Named('no/such/f'), Named(b'no/such/b'),
               'no/such/s', b'no/such/bb']:
    for opener in (open, io.open, io.FileIO):
        try:
            opener(target)
        except OSError as e:
            name = e.filename if isinstance(e.filename, (str, bytes, os.PathLike)) else None
            same = e.filename is target
            print(opener.__name__, type(e).__name__, type(e.filename).__name__, same, e.errno,
                  str(e) if name is None or not isinstance(target, Named) else e.strerror)
        # the error keeps its filename alive after the path object is gone
        try:
            opener(pathlib.PurePosixPath('gone') / 'x' / 'y')
        except OSError as e:
            print(repr(e.filename), str(e))

for bad in [Named(3), Named(None), 2.5, [1]]:
    try:
        open(bad)
    except TypeError as e:
        print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / 'f.txt'
    p.write_text('hello')
    with open(p) as f:
        print(type(f.name).__name__, f.name == str(p), f.read())
    with open(Named(os.fsencode(p)), 'rb') as f:
        print(type(f.name).__name__, f.read())
    with io.FileIO(p) as f:
        print(type(f.name).__name__, f.read())
    with p.open() as f:
        print(type(f.name).__name__)
