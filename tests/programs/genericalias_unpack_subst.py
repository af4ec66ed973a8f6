# types.GenericAlias: iterating gives the unpacked alias (*tuple[...]); substitution with TypeVarTuples and unpacked tuples
from typing import TypeVar, TypeVarTuple, Generic
T1 = TypeVar('T1'); T2 = TypeVar('T2'); Ts = TypeVarTuple('Ts'); Ts2 = TypeVarTuple('Ts2')
class C(Generic[*Ts]): pass
tests = [
    lambda: dict[T1, T2][*tuple[int, str], *tuple[()]],
    lambda: list[*Ts, *Ts2][int],
    lambda: C[*Ts][*tuple[int, ...], *tuple[str, ...]],
    lambda: tuple[*Ts][()],
    lambda: tuple[*Ts][int, str],
    lambda: tuple[T1, *Ts][int],
    lambda: tuple[T1, *Ts][int, str, float],
    lambda: list[T1][*tuple[int]],
    lambda: dict[T1, T2][*tuple[int, str]],
    lambda: list[T1][*tuple[int, ...]],
    lambda: tuple[*Ts, T1][*tuple[int, ...]],
    lambda: list[tuple[T1, T2]][int],
    lambda: list[tuple[T1, T2]][int, str],
    lambda: dict[T1, list[T2]][int, str].__parameters__,
    lambda: list[T1][int, str],
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
more = [
    lambda: tuple[T1, *Ts, T2][str, *tuple[int, ...]],
    lambda: tuple[T1, *Ts, T2][*tuple[int, ...]],
    lambda: tuple[T1, *Ts, T2][*tuple[int, ...], str],
    lambda: tuple[T1, *Ts, T2][bytes, *tuple[int, ...], str],
    lambda: tuple[T1, T2, *Ts][*tuple[int, ...]],
    lambda: tuple[*Ts, T1, T2][float, *tuple[int, ...]],
    lambda: tuple[T1, *Ts][()],
]
for t in more:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
s, = tuple[int, str]
print(repr(s), s.__unpacked__, s.__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)
print(s == tuple[int, str], [*list[int]], next(iter(list[int])).__typing_unpacked_tuple_args__)
