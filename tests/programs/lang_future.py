from __future__ import annotations
import __future__
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.all_feature_names[:3])
def f(x: int) -> List[str]:
    pass
print(f.__annotations__)
class A:
    def m(self) -> A:
        return self
print(A.m.__annotations__)
