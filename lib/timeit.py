"""Timing small pieces of code (CPython 3.11 API), written for tspy.

Timer compiles one function that runs the setup once and the statement `number` times in a
loop, and reads the timer (time.perf_counter by default) around the loop. The command line
interface (python -m timeit) prints CPython's report format.
"""
import gc
import sys
import time
import itertools

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indented(code, spaces):
    pad = '\n' + ' ' * spaces
    return code.replace('\n', pad)


class Timer(object):
    """Timer(stmt='pass', setup='pass', timer=default_timer, globals=None)"""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        run_globals = _globals() if globals is None else globals
        extra_args = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')
            setup_src = _indented(setup, 4)
        elif callable(setup):
            namespace['_setup'] = setup
            extra_args += ', _setup=_setup'
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            # the statement must compile on its own and after the setup
            compile((setup + '\n' if isinstance(setup, str) else '') + stmt, dummy_src_name,
                    'exec')
            stmt_src = _indented(stmt, 8)
        elif callable(stmt):
            namespace['_stmt'] = stmt
            extra_args += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        lines = ['def inner(_it, _timer%s):' % extra_args,
                 '    ' + setup_src,
                 '    _t0 = _timer()',
                 '    for _i in _it:',
                 '        ' + stmt_src,
                 '        pass',
                 '    _t1 = _timer()',
                 '    return _t1 - _t0']
        self.src = '\n'.join(lines) + '\n'
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, run_globals, namespace)
        self.inner = namespace['inner']

    def print_exc(self, file=None):
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split('\n'),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (garbage collection off)."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _r in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the smallest number in 1, 2, 5, 10, 20, 50... taking at
        least 0.2 seconds."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                number = scale * factor
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(dt, unit, precision):
    units = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
    if unit is None:
        for unit, scale in sorted(units.items(), key=lambda kv: kv[1], reverse=True):
            if dt >= scale:
                break
    return '%.*g %s' % (precision, dt / units[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """python -m timeit [-n N] [-r N] [-s S] [-p] [-u U] [-v] [statement ...]"""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, 'n:u:s:r:tcpvh',
                                   ['number=', 'setup=', 'repeat=', 'time', 'clock',
                                    'process', 'verbose', 'unit=', 'help'])
    except getopt.error as err:
        print(err)
        print('use -h/--help for command line help')
        return 2
    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for o, a in opts:
        if o in ('-n', '--number'):
            number = int(a)
        elif o in ('-s', '--setup'):
            setup.append(a)
        elif o in ('-u', '--unit'):
            if a in ('nsec', 'usec', 'msec', 'sec'):
                unit = a
            else:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
        elif o in ('-r', '--repeat'):
            repeat_count = max(int(a), 1)
        elif o in ('-p', '--process'):
            timer = time.process_time
        elif o in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        elif o in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'
    sys.path.insert(0, '')
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = '{num} loop{s} -> {secs:.{prec}g} secs'
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken,
                                 prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat_count, number)
    except Exception:
        t.print_exc()
        return 1
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    if verbose:
        print('raw times: %s' % ', '.join(_format_time(dt, unit, precision)
                                           for dt in raw_timings))
        print()
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat_count,
             _format_time(best, unit, precision)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (_format_time(worst, unit, precision),
                                  _format_time(best, unit, precision)),
                               UserWarning, '', 0)
    return None


if __name__ == '__main__':
    sys.exit(main())
