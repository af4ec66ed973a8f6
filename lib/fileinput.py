"""Iterate over the lines of several files (or stdin) as one stream (tspy).

    import fileinput
    for line in fileinput.input():      # the files named in sys.argv[1:], or stdin
        ...

FileInput does the work; the module functions (filename(), lineno(), ...) ask the instance that
input() made. With inplace=True, each file is moved to a backup and whatever the loop prints
becomes the file's new content.
"""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Make the module's FileInput (refused while another one is still reading) and return it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                       errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the module's FileInput."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of a sequence of files, read lazily one file after the other."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        # Reading state first, so that close() (from __del__) works whatever fails below.
        self._real_stdout = self._rewrite = self._file = self._current_name = None
        self._backup_path = None
        self._first_line_no = self._total_lines = self._line_in_file = 0
        self._from_stdin = False
        self._files = ()
        if isinstance(files, str):
            names = (files,)
        elif isinstance(files, os.PathLike):
            names = (os.fspath(files),)
        else:
            names = tuple(sys.argv[1:] if files is None else files) or ('-',)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._files, self._in_place, self._backup_suffix = names, inplace, backup
        self._text_encoding, self._text_errors = encoding, errors
        self._read_mode, self._rewrite_mode = mode, mode.replace('r', 'w')
        self._opener = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._next_line()
            if line:
                self._count()
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def _count(self):
        self._line_in_file += 1
        self._total_lines += 1

    def readline(self):
        """The next line of the stream ('' at the end of the last file)."""
        while True:
            line = self._next_line()
            if line:
                self._count()
                return line
            if not self._file:
                return line
            self.nextfile()

    def nextfile(self):
        """Close the current file; reading goes on with the next one."""
        previous_stdout, self._real_stdout = self._real_stdout, None
        if previous_stdout:
            sys.stdout = previous_stdout
        output, self._rewrite = self._rewrite, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            self.__dict__.pop('_next_line', None)
            try:
                if current and not self._from_stdin:
                    current.close()
            finally:
                backup, self._backup_path = self._backup_path, None
                if backup and not self._backup_suffix:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._from_stdin = False

    def _open_arguments(self):
        extra = {}
        if self._text_encoding is not None:
            extra['encoding'] = self._text_encoding
        if self._text_errors is not None:
            extra['errors'] = self._text_errors
        return extra

    def _next_line(self):
        # Called when no file is open: open the next one. While a file is open, the instance
        # attribute _next_line is that file's readline (nextfile() removes it).
        if not self._files:
            return b'' if 'b' in self._read_mode else ''
        self._current_name, self._files = self._files[0], self._files[1:]
        self._first_line_no, self._line_in_file = self._total_lines, 0
        self._file, self._from_stdin, self._backup_path = None, False, 0
        text_extra = {} if 'b' in self._read_mode else self._open_arguments()

        if self._current_name == '-':
            self._current_name = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if 'b' in self._read_mode else sys.stdin
            self._from_stdin = True
        elif self._in_place:
            self._backup_path = os.fspath(self._current_name) + (self._backup_suffix or '.bak')
            try:
                os.unlink(self._backup_path)
            except OSError:
                pass
            os.rename(self._current_name, self._backup_path)
            self._file = open(self._backup_path, self._read_mode, **text_extra)
            try:
                permissions = os.fstat(self._file.fileno()).st_mode
            except OSError:
                permissions = None
            self._rewrite = open(self._current_name, self._rewrite_mode, **text_extra)
            if permissions is not None:
                try:
                    os.chmod(self._current_name, permissions)
                except OSError:
                    pass
            self._real_stdout = sys.stdout
            sys.stdout = self._rewrite
        elif self._opener:
            self._file = self._opener(self._current_name, self._read_mode, **self._open_arguments())
        else:
            self._file = open(self._current_name, self._read_mode, **text_extra)
        self._next_line = self._file.readline
        return self._next_line()

    def filename(self):
        return self._current_name

    def lineno(self):
        return self._total_lines

    def filelineno(self):
        return self._line_in_file

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._line_in_file == 1

    def isstdin(self):
        return self._from_stdin

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads .gz and .bz2 files decompressed."""
    if encoding is None and 'b' not in mode:
        encoding = 'locale'
    extension = os.path.splitext(filename)[1]
    if extension == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if 'b' not in mode:
        import io
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
