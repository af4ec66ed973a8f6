# unittest.mock: magic methods assigned to a Mock go on its own class (m.__mul__ = Mock(...))
from unittest import mock

m = mock.Mock()
m.__mul__ = mock.Mock(return_value=15)
m.__hash__ = mock.Mock(return_value=999)
print(m * 3, hash(m), m.__mul__.call_args, m.__hash__.call_count)
other = mock.Mock()
try:
    other * 3
except TypeError as e:
    print('TypeError', e)
print(type(m) is mock.Mock, m.__class__ is mock.Mock, isinstance(m, mock.Mock), type(m).__name__)
m.__len__ = lambda self: 7
print(len(m))
m.__str__ = mock.Mock(return_value='hello')
print(str(m))
mm = mock.MagicMock()
mm.__len__.return_value = 4
mm.__add__ = mock.Mock(return_value='sum')
print(len(mm), mm + 1, isinstance(mm, mock.MagicMock), mm.__class__ is mock.MagicMock)
child = m.attr
print(type(child).__name__, isinstance(child, mock.Mock), child.__class__ is mock.Mock)
nc = mock.NonCallableMock()
print(nc.__class__ is mock.NonCallableMock, type(nc.x).__name__)
s = mock.Mock(spec=int)
print(s.__class__ is int, isinstance(s, int))
