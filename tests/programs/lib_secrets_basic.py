import secrets
import string

print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(4)), all(c in string.hexdigits for c in secrets.token_hex()))
tok = secrets.token_urlsafe(16)
print(len(tok), all(c.isalnum() or c in '-_' for c in tok), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), 0 <= secrets.randbits(8) < 256, secrets.choice('abc') in 'abc')
for f, arg in ((secrets.randbelow, 0), (secrets.randbelow, -3), (secrets.token_bytes, -1)):
    try:
        f(arg)
    except ValueError as e:
        print('ValueError', e)
try:
    secrets.choice([])
except IndexError as e:
    print(e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'), secrets.compare_digest(b'a', bytearray(b'a')))
try:
    secrets.compare_digest('a', b'a')
except TypeError as e:
    print(e)
print(isinstance(secrets.SystemRandom().random(), float))
