from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus, unquote,
                          unquote_plus, urlencode, parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes)
import urllib.parse

urls = ['http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag', 'https://example.com', 'example.com/path', '//host/p',
        'mailto:someone@example.com', 'file:///etc/passwd', 'http://[::1]:80/x', 'http://h/p;x;y', 'ftp://a/b;type=i',
        '/relative/path?x', 'HTTP://UPPER.COM/Path', 'http://a:99999/', 'http://a:xx/', 'http://a:/', '  http://strip.me/ ',
        'http://ta\tb\nc.com/p\r', 'git+ssh://git@github.com/x.git', 'tel:+1-555', 'a1:b', '1a:b', 'http://h/p#a#b', 'http://h?q#f',
        'data:text/plain;base64,SGk=', 'http://@h', 'http://u@', '', 'path;params']
for u in urls:
    r = urlparse(u)
    s = urlsplit(u)
    try:
        port = r.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print(repr(u), tuple(r), tuple(s), r.username, r.password, r.hostname, port, r.geturl(), urlunsplit(s))
for bad in ('http://[::1/x', 'http://::1]/x'):
    try:
        urlparse(bad)
    except ValueError as e:
        print('ValueError', e)
print(urlparse('www.x.com', scheme='https'), urlparse('http://h/p#f', allow_fragments=False))
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunparse(('http', '', 'p', '', '', '')), urlunsplit(('', '', 'p', 'q', '')), urlunsplit(('file', '', '/tmp', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
            'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g#s/../x', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', '../../../x'), urljoin('', 'x'), urljoin('http://a/', ''), urljoin('mailto:a@b', 'c'), urljoin(b'http://a/b', b'c'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag(b'x#y'))
for s in ['abc def', 'a/b c', 'ü€', '~_.-', 'a+b=c&d', '', '%', 'ab/cd']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), quote(s, encoding='latin-1', errors='replace'))
print(quote(b'\x00\xff a'), quote_from_bytes(b'a b', safe=b' '), quote('a b', safe=b'') if False else '')
for bad in (lambda: quote(b'x', encoding='utf-8'), lambda: quote_from_bytes('x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
for s in ['abc%20def', '%E2%82%AC', '%e2%82%ac', '%zz', '%4', '100%', 'a+b', '%C3%A9ü%C3', '%ff', '']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, errors='strict') if '%ff' not in s and '%C3' not in s else None))
print(unquote(b'a%20b'), unquote('%e9', encoding='latin-1'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'ü'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'l': [1, 2]}), urlencode({'l': [1, 2]}, doseq=True))
print(urlencode({'s': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote), urlencode({b'k': b'v w'}), urlencode({'n': None, 't': (1,)}, doseq=True))
try:
    urlencode('abc')
except TypeError as e:
    print(e)
qs = 'a=1&b=2&a=3&c=&d&e=x+y&f=%20z'
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'x=1&y=2'), parse_qsl(''))
for args in (('a=1&b', ), ('a=1&&b=2',)):
    try:
        print(parse_qsl(*args, strict_parsing=True))
    except ValueError as e:
        print('ValueError', e)
try:
    parse_qsl('a=1&b=2&c=3', max_num_fields=2)
except ValueError as e:
    print(e)
try:
    parse_qsl('a=1', separator='')
except ValueError as e:
    print(e)
r = urlparse(b'http://u:p@H.com:81/x?y#z')
print(r, r.hostname, r.port, r.username, r.geturl(), r.decode())
s = urlsplit('http://h/p').encode()
print(s, type(s).__name__)
try:
    urljoin('http://a', b'b')
except TypeError as e:
    print(e)
print(urllib.parse.uses_relative[:3], urllib.parse.unwrap('<URL:http://x/>'))
