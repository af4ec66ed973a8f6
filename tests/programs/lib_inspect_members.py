import abc
import collections
import inspect
import os


class Base:
    """Base doc."""
    attr = 1

    def method(self):
        """Method doc."""
        return 1

    @property
    def prop(self):
        return 2

    @classmethod
    def cmeth(cls):
        pass

    @staticmethod
    def smeth():
        pass


class Child(Base):
    def method(self):
        return 3


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


names = [n for n, v in inspect.getmembers(Child) if not n.startswith('__')]
print(names)
print([n for n, v in inspect.getmembers(Child(), inspect.ismethod)])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(collections, inspect.isclass)][:6])
print(inspect.getmro(Child) == (Child, Base, object))
for obj in (inspect, Base, Base.method, Base().method, len, gen, gen(), coro, agen, lambda: 0, 3, Abstract, Child, Base.__dict__['prop'], property, type.__dict__['__name__']):
    print([p for p in ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
                       'isasyncgenfunction', 'isgenerator', 'isbuiltin', 'isroutine', 'isabstract', 'isdatadescriptor')
           if getattr(inspect, p)(obj)])
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getdoc(Child.method), inspect.getdoc(Child), inspect.getdoc(Base.prop))
print(os.path.basename(inspect.getfile(Base)), os.path.basename(inspect.getsourcefile(gen)), inspect.getmodule(Base).__name__)
print(inspect.getsource(gen), end='')
print(inspect.getsource(Base.method), end='')
try:
    print(inspect.getsource(Child), end='')
    lines, start = inspect.getsourcelines(Abstract)
    print(start, len(lines))
except OSError:
    print('OSError')  # a .pyc run of __main__ has no source
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
print(inspect.currentframe().f_code.co_name)
print(inspect.getattr_static(Child(), 'prop').__class__.__name__, inspect.getattr_static(Child, 'attr'))
try:
    inspect.getfile(len)
except TypeError as e:
    print(e)
print(inspect.isabstract(Abstract), inspect.isabstract(Base))
