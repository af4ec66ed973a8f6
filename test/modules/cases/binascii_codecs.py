# binascii: hex, base64 (strict and lenient), crc32/crc_hqx, uu, quoted-printable, errors.
import binascii as b

def show(src):
    try:
        r = eval(src)
    except Exception as e:
        return '%s -> %s: %s' % (src, type(e).__name__, e)
    return '%s -> %r' % (src, r)

datas = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\x00\xff' * 30, b'hello world\n', b'x' * 45]
for d in datas:
    print(show('b.hexlify(%r)' % d), show('b.b2a_base64(%r)' % d), show('b.crc32(%r)' % d), show('b.crc_hqx(%r, 0)' % d))
    print(show('b.b2a_uu(%r)' % d), show('b.b2a_uu(%r, backtick=True)' % d))
    print(show('b.a2b_base64(b.b2a_base64(%r)) == %r' % (d, d)), show('b.a2b_uu(b.b2a_uu(%r)) == %r' % (d, d)))
    print(show('b.b2a_qp(%r)' % d), show('b.b2a_qp(%r, quotetabs=True, istext=False, header=True)' % d))
for src in ['b.unhexlify("abc")', 'b.unhexlify("zz")', 'b.unhexlify("é")', 'b.unhexlify("6162")', 'b.a2b_hex(b"4A4b")',
            'b.a2b_base64("abc")', 'b.a2b_base64("abcde")', 'b.a2b_base64("ab=c")', 'b.a2b_base64("=abc", strict_mode=True)',
            'b.a2b_base64("ab==c", strict_mode=True)', 'b.a2b_base64("ab=a=", strict_mode=True)', 'b.a2b_base64("a!bc", strict_mode=True)',
            'b.a2b_base64("a!bcd===")', 'b.a2b_base64(b"")', 'b.a2b_base64("YW Jj\\nZA==")', 'b.a2b_base64("YWJj===")', 'b.a2b_base64("YQ")',
            'b.a2b_base64("Y===")', 'b.a2b_base64("YQ==", strict_mode=True)', 'b.a2b_base64("=", strict_mode=True)', 'b.hexlify(b"abc", "--")',
            'b.hexlify(b"abcdef", ":", -2)', 'b.hexlify(b"abcdef", b":", 2)', 'b.hexlify(b"abcdefg", "-", 3)', 'b.hexlify(b"abcdefg", "-", -3)',
            'b.hexlify("x")', 'b.crc32("x")', 'b.crc32(b"hello", 2**40)', 'b.crc32(b"hello", -1)', 'b.crc_hqx(b"abc", 0x10000 + 5)',
            'b.b2a_base64(b"ab", newline=False)', 'b.b2a_uu(b"x"*46)', 'b.a2b_uu(b"!80  ")', 'b.a2b_uu(b"")', 'b.a2b_uu(b"!80 x")',
            'b.a2b_qp(b"a=3Db=\\nc")', 'b.a2b_qp(b"a_b=\\r\\nc=4", header=True)', 'b.a2b_qp("==41=4g")', 'b.b2a_qp(b"a=b \\tc\\n")',
            'b.b2a_qp(b"line \\r\\nnext\\t")', 'b.b2a_qp(b"." + b"\\n.x")', 'b.b2a_qp(b"y" * 100)', 'b.b2a_qp(b"\\xe9" * 40)',
            'b.Error.__mro__', 'b.Incomplete', 'b.unhexlify(b"0g")', 'b.hexlify(bytearray(b"\\x01\\x02"))', 'b.hexlify(memoryview(b"xy"))']:
    print(show(src))
