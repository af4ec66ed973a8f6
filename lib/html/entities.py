"""HTML character entity tables (tspy): built from the generated data in _entity_data.py.

html5            name (with or without the ';' HTML5 allows omitting) -> the text it stands for
name2codepoint   HTML 4 entity name -> code point
codepoint2name   code point -> HTML 4 entity name
entitydefs       HTML 4 entity name -> the character
"""

from html._entity_data import HTML5 as _HTML5_TABLE, HTML4 as _HTML4_TABLE

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']


def _rows(table):
    for row in table.split('\n'):
        if row:
            name, *codes = row.split(' ')
            yield name, [int(code, 16) for code in codes]


html5 = {name: ''.join(map(chr, codes)) for name, codes in _rows(_HTML5_TABLE)}
name2codepoint = {name: codes[0] for name, codes in _rows(_HTML4_TABLE)}
codepoint2name = {cp: name for name, cp in name2codepoint.items()}
entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}

del _HTML5_TABLE, _HTML4_TABLE
