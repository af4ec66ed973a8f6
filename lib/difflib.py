"""Helpers for computing deltas between sequences (difflib module) for tspy.

SequenceMatcher finds the longest contiguous matching block (ignoring "junk"
elements of the second sequence, and with autojunk its very frequent elements), then
recursively the longest blocks left and right of it -- the Ratcliff/Obershelp
"gestalt" approach.  Differ, ndiff, unified_diff and context_diff present the result
as text.  HtmlDiff is not provided.
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

from heapq import nlargest as _nlargest
from collections import namedtuple as _namedtuple

GenericAlias = type(list[int])

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements (a and b): matching blocks,
    edit opcodes and similarity ratios.  isjunk(x) -> true marks elements of b to
    ignore when looking for matches; autojunk also ignores elements making up more
    than 1% of a b of 200 or more elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk, self.autojunk = isjunk, autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        for setter, value in ((self.set_seq1, a), (self.set_seq2, b)):
            setter(value)

    def set_seq1(self, a):
        """Set the first sequence (the analysis of b is kept)."""
        if a is not self.a:
            self.a = a
            self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence (analysed once: comparing many sequences against
        one is cheapest with that one as b)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        """b2j: element -> its positions in b, without junk and popular elements
        (kept in bjunk and bpopular)."""
        positions = {}
        for index, element in enumerate(self.b):
            positions.setdefault(element, []).append(index)
        self.b2j = positions
        self.bjunk = set()
        if self.isjunk:
            self.bjunk.update(e for e in positions if self.isjunk(e))
            for element in self.bjunk:
                del positions[element]
        self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            self.bpopular.update(e for e, where in positions.items() if len(where) > limit)
            for element in self.bpopular:
                del positions[element]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] within a[alo:ahi], b[blo:bhi]
        free of junk (earliest i, then earliest j, on ties), extended by equal
        junk on both sides; Match(i, j, k)."""
        a, b, positions = self.a, self.b, self.b2j
        is_junk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run_ending[j]: length of the junk-free match ending at a[i-1], b[j]
        run_ending = {}
        for i in range(alo, ahi):
            previous = run_ending
            run_ending = {}
            for j in positions.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending[j] = previous.get(j - 1, 0) + 1
                if length > best_len:
                    best_i, best_j, best_len = i - length + 1, j - length + 1, length
        # Grow the block with equal elements that were left out of b2j (popular ones)
        # but are not junk, then with equal junk.
        for wanted_junk in (False, True):
            while (best_i > alo and best_j > blo and is_junk(b[best_j - 1]) == wanted_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_len = best_i - 1, best_j - 1, best_len + 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and is_junk(b[best_j + best_len]) == wanted_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n) in increasing order, adjacent ones merged,
        ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        found = []
        pending = [(0, la, 0, lb)]      # regions still to search (no recursion)
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if not k:
                continue
            found.append(block)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                merged[-1][2] += k
            else:
                merged.append([i, j, k])
        merged.append([la, lb, 0])
        self.matching_blocks = [Match(*block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b: 'replace', 'delete',
        'insert' or 'equal' a[i1:i2] -> b[j1:j2]."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for block_i, block_j, size in self.get_matching_blocks():
            if i < block_i:
                steps.append(('replace' if j < block_j else 'delete', i, block_i, j, block_j))
            elif j < block_j:
                steps.append(('insert', i, block_i, j, block_j))
            i, j = block_i + size, block_j + size
            if size:
                steps.append(('equal', block_i, i, block_j, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Groups of opcodes around changes, with at most n lines of context (the
        hunks of a unified diff)."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        # Trim the unchanged ends to n elements (this edits the cached opcodes).
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long unchanged run: finish this group, start the next
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T for M matched elements out of T in total."""
        matched = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Upper bound of ratio() counting common elements regardless of order."""
        if self.fullbcount is None:
            counts = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
            self.fullbcount = counts
        left = {}
        matched = 0
        for element in self.a:
            available = left[element] if element in left else self.fullbcount.get(element, 0)
            left[element] = available - 1
            if available > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Upper bound of ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word with a ratio of at least
    cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """The marker line: whitespace of s kept where the marker is a blank."""
    return ''.join(ch if mark == " " and ch.isspace() else mark for ch, mark in zip(s, tag_s))


class Differ:
    """Human-readable line deltas: lines prefixed '- ' (only in a), '+ ' (only in b),
    '  ' (both), and '? ' guide lines marking intraline changes of similar lines.
    linejunk and charjunk are the junk predicates for lines and for characters."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta between the line sequences a and b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for line in x[lo:hi]:
            yield f'{tag} {line}'

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # the shorter block first
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a[alo:ahi] by b[blo:bhi], synchronising on the most similar pair of
        lines (ratio >= 0.75), else on an identical pair, else plainly."""
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        for j in range(blo, bhi):
            b_line = b[j]
            matcher.set_seq2(b_line)
            for i in range(alo, ahi):
                a_line = a[i]
                if a_line == b_line:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(a_line)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, identical = same_i, same_j, True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        a_line, b_line = a[best_i], b[best_j]
        if identical:
            yield '  ' + a_line
        else:
            a_marks = b_marks = ''
            matcher.set_seqs(a_line, b_line)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                width_a, width_b = i2 - i1, j2 - j1
                if tag == 'replace':
                    a_marks += '^' * width_a
                    b_marks += '^' * width_b
                elif tag == 'delete':
                    a_marks += '-' * width_a
                elif tag == 'insert':
                    b_marks += '+' * width_b
                elif tag == 'equal':
                    a_marks += ' ' * width_a
                    b_marks += ' ' * width_b
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(a_line, b_line, a_marks, b_marks)
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        """The '-', '?', '+', '?' lines of two similar lines."""
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield f'{sign} {line}'
            guide = _keep_original_ws(line, marks).rstrip()
            if guide:
                yield '? ' + guide + '\n'


def IS_LINE_JUNK(line, pat=None):
    """True for lines that are blank or hold a lone '#' (surrounded by whitespace)."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    """Line range in unified diff notation: 'first,count' ('first' for one line)."""
    first = start + 1
    count = stop - start
    if count == 1:
        return f'{first}'
    if not count:
        first -= 1      # an empty range starts at the line before it
    return f'{first},{count}'


def _format_range_context(start, stop):
    """Line range in context diff notation: 'first,last' ('first' for one line)."""
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return f'{first}'
    return f'{first},{first + count - 1}'


def _file_header(mark, name, date, lineterm):
    return f"{mark} {name}{chr(9) + date if date else ''}{lineterm}"


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Delta between the line lists a and b in unified diff format, with n lines of
    context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield (f'@@ -{_format_range_unified(first[1], last[2])} '
               f'+{_format_range_unified(first[3], last[4])} @@{lineterm}')
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                yield from (' ' + line for line in a[i1:i2])
            else:
                if tag != 'insert':
                    yield from ('-' + line for line in a[i1:i2])
                if tag != 'delete':
                    yield from ('+' + line for line in b[j1:j2])


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Delta between the line lists a and b in context diff format, with n lines of
    context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        first, last = group[0], group[-1]
        tags = {entry[0] for entry in group}
        yield '***************' + lineterm
        yield f'*** {_format_range_context(first[1], last[2])} ****{lineterm}'
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield f'--- {_format_range_context(first[3], last[4])} ----{lineterm}'
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


def _check_types(a, b, *args):
    # mixing bytes and str would give garbled output: refuse it
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run the str diff function dfunc (unified_diff or context_diff) on bytes:
    everything is decoded as ASCII with surrogateescape and the output encoded
    back."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from err
    lines = dfunc([decode(x) for x in a], [decode(x) for x in b], decode(fromfile),
                  decode(tofile), decode(fromfiledate), decode(tofiledate), n,
                  decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences (which = 1 or 2) a Differ delta was made from."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ("  ", tag):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML diff tables: not provided by tspy yet."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('difflib.HtmlDiff is not available in tspy')
