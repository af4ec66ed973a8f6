"""Trace memory blocks allocated by Python (tspy: over its memory model).

The native part is _tracemalloc: it records, for every object created while tracing, its size and
the frames that created it. This module turns those records into snapshots and statistics.
"""
from _tracemalloc import (
    start, stop, is_tracing, clear_traces, get_traceback_limit, get_traced_memory,
    reset_peak, get_tracemalloc_memory, _get_traces, _get_object_traceback,
)
import fnmatch
import linecache
import os.path
import pickle
from functools import total_ordering

__all__ = [
    "Filter", "DomainFilter", "Frame", "Snapshot", "Statistic", "StatisticDiff", "Trace",
    "Traceback", "clear_traces", "get_object_traceback", "get_traceback_limit",
    "get_traced_memory", "get_tracemalloc_memory", "is_tracing", "reset_peak", "start",
    "stop", "take_snapshot",
]

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


def _format_size(size, sign):
    # one decimal below 100 (except for bytes), none from there up to 10 * 1024 of a unit
    value = size
    for unit in _UNITS:
        small = abs(value) < 100 and unit != "B"
        if small or abs(value) < 10 * 1024 or unit == _UNITS[-1]:
            text = ("%+.1f %s" if sign else "%.1f %s") if small else ("%+.0f %s" if sign else "%.0f %s")
            return text % (value, unit)
        value /= 1024


class Statistic:
    """Memory allocated at one place (a traceback): total size and number of blocks."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _order(self):
        return (self.size, self.count, self.traceback)

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % (self.traceback, self.size, self.count)


class StatisticDiff:
    """The difference between two snapshots at one place."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _order(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)


@total_ordering
class Frame:
    """One frame of a traceback: a file name and a line number."""

    __slots__ = ("_key",)

    def __init__(self, frame):
        self._key = tuple(frame)

    @property
    def filename(self):
        return self._key[0]

    @property
    def lineno(self):
        return self._key[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._key == other._key

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._key < other._key

    def __hash__(self):
        return hash(self._key)

    def __str__(self):
        return "%s:%s" % self._key

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % self._key


@total_ordering
class Traceback:
    """Frames from the oldest to the most recent (the native records are most recent first)."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(reversed(tuple(frames)))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(f) for f in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._key in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is not None:
            text += " total_nframe=%s" % self._total_nframe
        return text + ">"

    def format(self, limit=None, most_recent_first=False):
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = linecache.getline(frame.filename, frame.lineno).strip()
            if source:
                lines.append("    %s" % source)
        return lines


def get_object_traceback(obj):
    """The traceback where obj was allocated, or None when it was not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced block: its domain, size and traceback."""

    __slots__ = ("_record",)

    def __init__(self, record):
        self._record = record

    @property
    def domain(self):
        return self._record[0]

    @property
    def size(self):
        return self._record[1]

    @property
    def traceback(self):
        return Traceback(*self._record[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._record == other._record

    def __hash__(self):
        return hash(self._record)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    """The sequence of Trace objects of a snapshot (over the raw records)."""

    def __init__(self, records):
        self._records = records

    def __len__(self):
        return len(self._records)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(r) for r in self._records[index])
        return Trace(self._records[index])

    def __contains__(self, trace):
        return trace._record in self._records

    def __eq__(self, other):
        return self._records == other._records

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    return filename[:-1] if filename.endswith(".pyc") else filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop traces by file name pattern, line number and domain."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if not fnmatch.fnmatch(_normalize_filename(filename), self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _frames_hit(self, frames):
        if self.all_frames:
            return any(self._frame_matches(f, l) for f, l in frames)
        return self._frame_matches(*frames[0])

    def _match(self, record):
        hit = (self.domain is None or record[0] == self.domain) and self._frames_hit(record[2])
        return hit if self.inclusive else not hit


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, record):
        return (record[0] == self._domain) == self.inclusive


class Snapshot:
    """The traces at one moment, with the traceback limit they were recorded with."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        if not isinstance(filters, (list, tuple)):
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__)
        records = self.traces._records
        if filters:
            keep_if = [f for f in filters if f.inclusive]
            drop_if = [f for f in filters if not f.inclusive]
            selected = []
            for record in records:
                if keep_if and not any(f._match(record) for f in keep_if):
                    continue
                if any(not f._match(record) for f in drop_if):
                    continue
                selected.append(record)
            records = selected
        else:
            records = list(records)
        return Snapshot(records, self.traceback_limit)

    def _group(self, key_type, cumulative):
        if key_type not in ("traceback", "filename", "lineno"):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ("lineno", "filename"):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        groups = {}
        for record in self.traces._records:
            size, frames, total = record[1], record[2], record[3] if len(record) > 3 else None
            if key_type == "traceback":
                keys = [Traceback(frames, total)]
            else:
                chosen = frames if cumulative else frames[:1]
                keys = []
                seen = set()
                for filename, lineno in chosen:
                    k = (filename, lineno if key_type == "lineno" else 0)
                    if k in seen:
                        continue
                    seen.add(k)
                    keys.append(Traceback((k,)))
            for key in keys:
                entry = groups.get(key)
                if entry is None:
                    groups[key] = [size, 1]
                else:
                    entry[0] += size
                    entry[1] += 1
        return groups

    def statistics(self, key_type, cumulative=False):
        groups = self._group(key_type, cumulative)
        stats = [Statistic(tb, size, count) for tb, (size, count) in groups.items()]
        stats.sort(reverse=True, key=Statistic._order)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        new = self._group(key_type, cumulative)
        old = old_snapshot._group(key_type, cumulative)
        diffs = []
        for tb, (size, count) in new.items():
            before = old.pop(tb, None)
            if before is None:
                diffs.append(StatisticDiff(tb, size, size, count, count))
            else:
                diffs.append(StatisticDiff(tb, size, size - before[0], count, count - before[1]))
        for tb, (size, count) in old.items():
            diffs.append(StatisticDiff(tb, 0, -size, 0, -count))
        diffs.sort(reverse=True, key=StatisticDiff._order)
        return diffs


def take_snapshot():
    """A snapshot of the traces of the objects alive now (tracing must be on)."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
