# array.array as a bytes-like object: bytes(), bytearray(), memoryview (read), binascii,
# base64, struct.unpack, hashlib, int()/float(), bytes methods, zlib
import array, base64, binascii, struct, hashlib, zlib
a = array.array('B', b'Hello, world')
h = array.array('h', [1, -2, 300])
print(bytes(a), bytearray(h), bytes(array.array('d', [1.5])))
m = memoryview(h)
print(m.format, m.itemsize, len(m), m.nbytes, m.tobytes(), m.tolist(), m.cast('B').tolist())
print(bytes(memoryview(a)[1:4]), memoryview(array.array('i')).tobytes())
print(binascii.hexlify(a), binascii.crc32(h), binascii.b2a_base64(a), binascii.a2b_base64(array.array('B', b'SGVsbG8=')))
print(base64.b64encode(a), base64.b32encode(h), base64.b16encode(a), base64.a85encode(a), base64.b85encode(h))
print(base64.b64decode(array.array('B', b'SGVsbG8=')), base64.encodebytes(a), base64.decodebytes(array.array('B', b'SGk=\n')))
print(struct.unpack('<3h', h), struct.unpack_from('<h', h, 2), list(struct.iter_unpack('<h', h)))
print(hashlib.sha256(a).hexdigest()[:16], zlib.crc32(a), zlib.decompress(zlib.compress(h)))
print(b'ab' + a, b'-'.join([a, h]), b'Hello' in bytes(a), a.tobytes().find(b'world'))
print(int(array.array('B', b'42')), float(array.array('B', b'2.5')))
for bad in (lambda: binascii.hexlify([1, 2]), lambda: base64.b64encode('str'), lambda: memoryview([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
