# int() of long digit strings against sys.set_int_max_str_digits: the limit counts digits only
# (not underscores, signs or spaces), and is checked before the value is built
import sys

sys.set_int_max_str_digits(700)
for text in ['1' * 700, '1' * 701, '1_' * 700 + '1', '-' + '2' * 700, ' +' + '3' * 701 + ' ',
             '0x' + 'f' * 5000, '1' * 640 + '__1', '1' * 800 + 'x', '_' + '1' * 800,
             '1' * 400 + '_' + '2' * 300, '1' * 800 + '_']:
    try:
        v = int(text)
        print(len(str(v)) if v.bit_length() < 2300 else v.bit_length())
    except ValueError as e:
        print('ValueError', str(e)[:120])
for base in (3, 10, 36, 16):
    try:
        print(int('1' * 701, base).bit_length())
    except ValueError as e:
        print(base, 'ValueError', str(e)[:90])
sys.set_int_max_str_digits(0)
print(int('9' * 5000) % 1000003)

# str() of big ints near the limit: refused with the same message whether the length is
# estimated from the bit length (early) or counted after conversion
for limit in (640, 641, 700, 1000, 6000):
    sys.set_int_max_str_digits(limit)
    row = []
    for bits in range(2100, 20001, 97):
        for v in (1 << bits) - 1, -(1 << bits) + 12345:
            try:
                row.append(len(str(v)))
            except ValueError as e:
                row.append(str(e)[:30])
            try:
                row.append(len(f'{v:,}'))
            except ValueError as e:
                row.append('fmt')
    print(limit, len(row), sum(1 for r in row if isinstance(r, int)), row[:6], row[-4:])
sys.set_int_max_str_digits(0)
