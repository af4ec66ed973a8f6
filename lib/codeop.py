"""Compiling possibly incomplete Python source, for interactive interpreters (tspy).

compile_command(source) returns a code object when the source is a complete statement, None
when more lines could complete it, and raises SyntaxError (or OverflowError / ValueError)
when it is invalid whatever follows. Compile and CommandCompiler do the same while
remembering the __future__ statements already compiled.
"""

import __future__
import warnings

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

# compile() flags (CPython's values).
PyCF_DONT_IMPLY_DEDENT = 1 << 9
PyCF_ALLOW_INCOMPLETE_INPUT = 1 << 14
_TOLERANT = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, _TOLERANT if incomplete_input else 0)


def _only_comments(source):
    """Is every line of source blank or a comment?"""
    for line in source.split('\n'):
        text = line.strip()
        if text and not text.startswith('#'):
            return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != 'eval' and _only_comments(source):
        source = 'pass'
    # A first try that tolerates incomplete input tells "incomplete" from "invalid"; warnings
    # wait for the final compile.
    quiet = warnings.catch_warnings()
    with quiet:
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol, incomplete_input=True)
        except SyntaxError:
            try:
                compiler(source + '\n', filename, symbol, incomplete_input=True)
                return None
            except SyntaxError as again:
                if 'incomplete input' in str(again):
                    return None
    final = compiler(source, filename, symbol, incomplete_input=False)
    return final


def compile_command(source, filename="<input>", symbol="single"):
    """Code for source if it is complete, None if it is not yet; SyntaxError if invalid."""
    return _maybe_compile(_compile, source, filename, symbol=symbol)


class Compile:
    """compile() that applies the __future__ features earlier sources imported."""

    def __init__(self):
        self.flags = _TOLERANT

    def __call__(self, source, filename, symbol, **kwargs):
        strict = kwargs.get('incomplete_input', True) is False
        code = compile(source, filename, symbol, self.flags & ~_TOLERANT if strict else self.flags, True)
        # Remember the __future__ features this source turned on.
        for feature in _features:
            bit = feature.compiler_flag
            if code.co_flags & bit:
                self.flags = self.flags | bit
        return code


class CommandCompiler:
    """compile_command() that remembers __future__ statements between calls."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol=symbol)
