"""Logging configuration from a dictionary (dictConfig, schema version 1), written for tspy.

Follows the documented schema: formatters, filters, handlers, loggers, root, incremental,
disable_existing_loggers; '()' user factories with '.' attribute dicts; 'ext://' values
(imported objects such as ext://sys.stdout) and 'cfg://' references into the configuration
(cfg://handlers.h1, cfg://lists.names[0]). Values are converted when they are read.
fileConfig() and listen() are not provided (no configparser, no sockets).
"""
import logging
import logging.handlers
import sys

DEFAULT_LOGGING_CONFIG_PORT = 9030


def valid_ident(s):
    if not (s[:1].isalpha() or s[:1] == '_') or not all(c.isalnum() or c == '_' for c in s) \
            or not s.isascii():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(dotted):
    """The object named by 'pkg.module.attr', importing modules on the way."""
    names = dotted.split('.')
    path = names[0]
    obj = __import__(path)
    for part in names[1:]:
        path = path + '.' + part
        if not hasattr(obj, part):
            __import__(path)
        obj = getattr(obj, part)
    return obj


class _Setup(object):
    """One dictConfig() run over a configuration dictionary."""

    def __init__(self, config):
        self.raw = config
        self.made = {'formatters': {}, 'filters': {}, 'handlers': {}}

    # -- value conversion
    def resolve(self, name):
        try:
            return _import_dotted(name)
        except ImportError as exc:
            raise ValueError('Cannot resolve %r: %s' % (name, exc)) from exc

    def _cfg(self, path):
        node = self.raw
        rest = path.strip()
        first = True
        while rest:
            if rest[0] == '[':
                close = rest.find(']')
                if close < 0:
                    raise ValueError('Unable to convert %r at %r' % (path, rest))
                key = rest[1:close].strip()
                node = node[int(key)] if key.isdigit() and isinstance(node, (list, tuple)) \
                    else node[key]
                rest = rest[close + 1:].lstrip()
                continue
            if rest[0] == '.' and not first:
                rest = rest[1:].lstrip()
            elif not first:
                raise ValueError('Unable to convert %r at %r' % (path, rest))
            end = 0
            while end < len(rest) and (rest[end].isalnum() or rest[end] == '_'):
                end += 1
            if end == 0:
                raise ValueError('Unable to convert %r' % path)
            node = node[rest[:end]]
            rest = rest[end:].lstrip()
            first = False
        return self.value(node)

    def value(self, v):
        if isinstance(v, str):
            scheme, sep, rest = v.partition('://')
            if sep and scheme.isalpha() and scheme.islower():
                if scheme == 'ext':
                    return self.resolve(rest)
                if scheme == 'cfg':
                    return self._cfg(rest)
        return v

    def section(self, key):
        return self.raw.get(key) or {}

    # -- building objects
    def custom(self, spec):
        spec = dict(spec)
        factory = self.value(spec.pop('()'))
        if not callable(factory):
            factory = self.resolve(factory)
        attrs = spec.pop('.', None)
        kwargs = {k: self.value(v) for k, v in spec.items() if valid_ident(k)}
        obj = factory(**kwargs)
        for name, val in (attrs or {}).items():
            setattr(obj, name, self.value(val))
        return obj

    def formatter(self, spec):
        if '()' in spec:
            try:
                return self.custom(spec)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                renamed = dict(spec)
                renamed['fmt'] = renamed.pop('format')
                return self.custom(renamed)
        get = lambda key, default=None: self.value(spec.get(key, default))
        klass = self.resolve(spec['class']) if spec.get('class') else logging.Formatter
        args = [get('format'), get('datefmt'), get('style', '%')]
        if 'validate' in spec:
            args.append(get('validate'))
        fmt = klass(*args)
        if spec.get('defaults') is not None:
            fmt._style._defaults = get('defaults')
        return fmt

    def filter(self, spec):
        if '()' in spec:
            return self.custom(spec)
        return logging.Filter(self.value(spec.get('name', '')))

    def attach_filters(self, target, names):
        for name in names:
            try:
                target.addFilter(self.made['filters'][name] if isinstance(name, str)
                                 else name)
            except Exception as exc:
                raise ValueError('Unable to add filter %r' % name) from exc

    def handler(self, spec, allow_postpone):
        spec = dict(spec)
        fmt_name = spec.pop('formatter', None)
        fmt = None
        if fmt_name:
            try:
                fmt = self.made['formatters'][fmt_name]
            except Exception as exc:
                raise ValueError('Unable to set formatter %r' % fmt_name) from exc
        level = spec.pop('level', None)
        filter_names = spec.pop('filters', None)
        if '()' in spec:
            factory = self.value(spec.pop('()'))
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cls = self.value(spec.pop('class'))
            factory = self.resolve(cls) if isinstance(cls, str) else cls
            if isinstance(factory, type) and \
                    issubclass(factory, logging.handlers.MemoryHandler) and 'target' in spec:
                target = self.made['handlers'].get(spec['target'])
                if target is None:
                    if allow_postpone:
                        return None
                    raise ValueError('Unable to set target handler %r' % spec['target'])
                spec['target'] = target
        attrs = spec.pop('.', None)
        kwargs = {k: self.value(v) for k, v in spec.items() if valid_ident(k)}
        try:
            h = factory(**kwargs)
        except TypeError as exc:
            if "'stream'" not in str(exc):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            h = factory(**kwargs)
        if fmt is not None:
            h.setFormatter(fmt)
        if level is not None:
            h.setLevel(logging._checkLevel(self.value(level)))
        if filter_names:
            self.attach_filters(h, filter_names)
        for name, val in (attrs or {}).items():
            setattr(h, name, self.value(val))
        return h

    def logger_setup(self, logger, spec, incremental):
        level = spec.get('level')
        if level is not None:
            logger.setLevel(logging._checkLevel(self.value(level)))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for name in spec.get('handlers') or ():
            try:
                logger.addHandler(self.made['handlers'][name])
            except Exception as exc:
                raise ValueError('Unable to add handler %r' % name) from exc
        if spec.get('filters'):
            self.attach_filters(logger, spec['filters'])

    # -- the whole run
    def run(self):
        cfg = self.raw
        if 'version' not in cfg:
            raise ValueError("dictionary doesn't specify a version")
        if cfg['version'] != 1:
            raise ValueError('Unsupported version: %s' % cfg['version'])
        with logging._lock:
            if cfg.get('incremental', False):
                self.run_incremental()
            else:
                self.run_full()

    def run_incremental(self):
        for name, spec in self.section('handlers').items():
            h = logging._handlers.get(name)
            if h is None:
                raise ValueError('No handler found with name %r' % name)
            if spec.get('level'):
                h.setLevel(logging._checkLevel(self.value(spec['level'])))
        for name, spec in self.section('loggers').items():
            lg = logging.getLogger(name)
            self.logger_setup(lg, spec, True)
            if spec.get('propagate') is not None:
                lg.propagate = spec['propagate']
        if self.raw.get('root'):
            self.logger_setup(logging.root, self.raw['root'], True)

    def run_full(self):
        disable_old = self.raw.get('disable_existing_loggers', True)
        logging._handlers.clear()
        logging._handlerList[:] = []
        for kind, build in (('formatters', self.formatter), ('filters', self.filter)):
            label = kind[:-1]
            for name, spec in self.section(kind).items():
                try:
                    self.made[kind][name] = build(spec)
                except Exception as exc:
                    raise ValueError('Unable to configure %s %r' % (label, name)) from exc
        waiting = []
        for name in sorted(self.section('handlers')):
            try:
                h = self.handler(self.section('handlers')[name], True)
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc
            if h is None:
                waiting.append(name)
                continue
            h.name = name
            self.made['handlers'][name] = h
        for name in waiting:
            try:
                h = self.handler(self.section('handlers')[name], False)
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc
            h.name = name
            self.made['handlers'][name] = h
        manager = logging.root.manager
        before = sorted(manager.loggerDict)
        keep_children = set()
        for name, spec in self.section('loggers').items():
            prefix = name + '.'
            keep_children.update(n for n in before if n.startswith(prefix))
            if name in before:
                before.remove(name)
            try:
                lg = logging.getLogger(name)
                self.logger_setup(lg, spec, False)
                lg.disabled = False
                if spec.get('propagate') is not None:
                    lg.propagate = self.value(spec['propagate'])
            except Exception as exc:
                raise ValueError('Unable to configure logger %r' % name) from exc
        for name in before:
            lg = manager.loggerDict[name]
            if not isinstance(lg, logging.Logger):
                continue
            if name in keep_children:
                lg.level = logging.NOTSET
                lg.handlers = []
                lg.propagate = True
            elif disable_old:
                lg.disabled = True
        if self.raw.get('root'):
            try:
                self.logger_setup(logging.root, self.raw['root'], False)
            except Exception as exc:
                raise ValueError('Unable to configure root logger') from exc


class DictConfigurator(object):
    """Applies a configuration dictionary to the logging system."""

    def __init__(self, config):
        self.config = config

    def configure(self):
        _Setup(self.config).run()


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Set up loggers, handlers, formatters and filters from a schema-1 dict."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig is not provided by tspy')
