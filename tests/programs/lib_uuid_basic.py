import pickle
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.variant, u.version, u.urn, u.time, u.clock_seq, u.node)
for text in ['{12345678-1234-5678-1234-567812345678}', 'urn:uuid:12345678123456781234567812345678', '12345678123456781234567812345678']:
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'), uuid.uuid3(uuid.NAMESPACE_OID, 'str name'), uuid.NAMESPACE_X500)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=5, version=4), uuid.UUID(int=0).variant, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID('c' * 32).variant)
for kwargs in ({'hex': 'abc'}, {'hex': '{12345678-1234-5678-1234-56781234567Z}'}, {}, {'hex': '0' * 32, 'int': 1}, {'bytes': b'x'}, {'bytes_le': b'y'},
               {'int': -1}, {'int': 1 << 128}, {'fields': (1, 2)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'fields': (0, 0, 0, 0, 0, 1 << 48)}, {'int': 1, 'version': 9}):
    try:
        uuid.UUID(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.x = 1
except TypeError as e:
    print(e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), isinstance(r.int, int))
t = uuid.uuid1()
print(t.version, t.variant, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=5).clock_seq)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(u.int), int(u) == u.int)
print(pickle.loads(pickle.dumps(u)) == u, u == str(u), {u: 1}[uuid.UUID(str(u))], uuid.SafeUUID.unknown, u.is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'x')
except TypeError as e:
    print('TypeError', e)
