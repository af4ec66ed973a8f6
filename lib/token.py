"""Token type numbers of the Python grammar's terminals (tspy).

The numbers, names and operator table come from tspy's tokenizer (src/tokenizer/token.ts, via
the native _tokenize module), so this module and the tokenizer cannot disagree.
"""

import _tokenize as _native

_names = _native.tok_names()

tok_name = {}
for _number, _label in enumerate(_names):
    globals()[_label] = _number
    tok_name[_number] = _label
NT_OFFSET = 256  # first non-terminal (grammar symbol) number
tok_name[NT_OFFSET] = 'NT_OFFSET'

__all__ = ['tok_name'] + ['IS' + _kind for _kind in ('TERMINAL', 'NONTERMINAL', 'EOF')]
__all__ += _names + ['NT_OFFSET']

EXACT_TOKEN_TYPES = _native.exact_types()

del _number, _label, _names, _native


def ISTERMINAL(x):
    """Is x a token (terminal) number?"""
    return NT_OFFSET > x


def ISNONTERMINAL(x):
    """Is x a grammar symbol (non-terminal) number?"""
    return not ISTERMINAL(x)


def ISEOF(x):
    """Is x the end-of-input token?"""
    return ENDMARKER == x
