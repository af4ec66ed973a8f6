# dataclasses.Field repr guards against recursion (a field whose type is itself)
import dataclasses
from dataclasses import field

f = field()
f.type = f
f.name = 'id'
text = repr(f)
print(text[:22], ',type=...,' in text)


class C:
    pass


@dataclasses.dataclass
class D:
    C: C = field()


r = repr(D.__dataclass_fields__['C'])
print(r[:21], ',type=...,' in r, r.endswith("kw_only=False,_field_type=_FIELD)"))
