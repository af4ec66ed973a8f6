"""Thread-local data (threading.local), written for tspy.

A `local` object shows each thread its own set of attributes. The object keeps one attribute dict
per thread (keyed by the thread's ident); every attribute access first installs the calling
thread's dict as the instance __dict__, creating it (and running a subclass's __init__ with the
constructor's arguments again) the first time a thread touches the object. tspy switches threads
only at function entries, backward jumps and blocking calls, so nothing can run between the
install and the access that follows it.
"""
from _thread import get_ident as _get_ident

__all__ = ["local"]


class local:
    __slots__ = ('_tl_dicts', '_tl_init_args', '__dict__', '__weakref__')

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_tl_init_args', (args, kw))
        per_thread = {}
        object.__setattr__(self, '_tl_dicts', per_thread)
        d = {}
        per_thread[_get_ident()] = d
        object.__setattr__(self, '__dict__', d)
        return self

    def __getattribute__(self, name):
        _use_thread_dict(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        _use_thread_dict(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        _use_thread_dict(self)
        return object.__delattr__(self, name)


def _use_thread_dict(obj):
    per_thread = object.__getattribute__(obj, '_tl_dicts')
    key = _get_ident()
    d = per_thread.get(key)
    if d is None:
        d = {}
        per_thread[key] = d
        object.__setattr__(obj, '__dict__', d)
        args, kw = object.__getattribute__(obj, '_tl_init_args')
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kw)
    else:
        object.__setattr__(obj, '__dict__', d)
