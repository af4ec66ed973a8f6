import configparser
import io

text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/me

[bitbucket.org]
User = hg
path = %(home)s/bb

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    fourth line
; another comment
empty =
"""
p = configparser.ConfigParser()
p.read_string(text)
print(p.sections(), p.defaults(), len(p), list(p))
print(p['bitbucket.org']['user'], p['bitbucket.org']['path'], p.get('bitbucket.org', 'path', raw=True), p['DEFAULT']['compression'])
print(p.getint('topsecret.server.com', 'port'), p.getboolean('topsecret.server.com', 'forwardx11'), p.getfloat('DEFAULT', 'compressionlevel'), p.getboolean('bitbucket.org', 'compression'))
print(repr(p.get('topsecret.server.com', 'multi')), repr(p['topsecret.server.com']['empty']))
print(p.options('bitbucket.org'), p.has_option('bitbucket.org', 'HOME'), p.has_option('nope', 'x'), p.has_section('DEFAULT'), 'DEFAULT' in p)
print(p.items('bitbucket.org'), p.items('bitbucket.org', raw=True)[:2])
sec = p['topsecret.server.com']
print(repr(sec), sec.name, sorted(sec), len(sec), 'port' in sec, sec.get('missing', 'fb'), sec.getint('port'), sec.getboolean('compression'))
print(p.get('x', 'y', fallback='fb'), p.get('bitbucket.org', 'zzz', fallback=None), p.getint('bitbucket.org', 'zzz', fallback=7))
for f in (lambda: p.get('nosection', 'a'), lambda: p.get('bitbucket.org', 'nooption'), lambda: p.getint('bitbucket.org', 'user'),
          lambda: p.getboolean('bitbucket.org', 'user'), lambda: p.add_section('bitbucket.org'), lambda: p.add_section('DEFAULT'),
          lambda: p['nosuch'], lambda: p.set('nosuch', 'a', 'b'), lambda: p.set('bitbucket.org', 'a', 1), lambda: p.add_section(3)):
    try:
        print(f())
    except (configparser.Error, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e, e.args if isinstance(e, configparser.Error) else '')
p.add_section('new')
p.set('new', 'Key', 'Value %% percent')
p['new']['other'] = 'x'
p['added'] = {'a': '1', 'b': 'two'}
print(p.get('new', 'key'), p['added']['a'], p.remove_option('new', 'other'), p.remove_option('new', 'other'), p.remove_section('added'), p.remove_section('added'))
del p['new']['key']
out = io.StringIO()
p.write(out)
print(out.getvalue())
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue()[:80])
for bad in ('x = 1\n', '[a]\nx = 1\nx = 2\n', '[a]\n[a]\n', '[a]\nnot an option line\nother\n', '[s]\nv = %(missing)s\n', '[s]\nv = %z\n', '[s]\na = %(b)s\nb = %(a)s\n'):
    q = configparser.ConfigParser()
    try:
        q.read_string(bad)
        print([q.get('s', k) for k in q.options('s')] if q.has_section('s') else q.sections())
    except configparser.Error as e:
        print(type(e).__name__, e)
        print('   args', e.args)
r = configparser.RawConfigParser()
r.read_string('[s]\nv = %(x)s\n')
print(r.get('s', 'v'))
x = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
x.read_string('[paths]\nroot = /r\nbin = ${root}/bin\n[other]\nlib = ${paths:root}/lib\ncost = $$5\n')
print(x.get('paths', 'bin'), x.get('other', 'lib'), x.get('other', 'cost'))
n = configparser.ConfigParser(allow_no_value=True)
n.read_string('[flags]\nverbose\nlevel = 3\n')
print(n.get('flags', 'verbose'), n.items('flags'))
d = configparser.ConfigParser(defaults={'a': '1'}, delimiters=('=',), comment_prefixes=('//',), inline_comment_prefixes=('#',))
d.read_string('[s]\nb = 2 # inline\n// full comment\nc: not an option = yes\n')
print(d.items('s'))
d2 = configparser.ConfigParser(strict=False)
d2.read_string('[a]\nx=1\n[a]\nx=2\n')
print(d2.get('a', 'x'))
d3 = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
d3.read_string('[s]\nitems = a,b,c\n')
print(d3.getlist('s', 'items'), d3['s'].getlist('items'))
print(p.BOOLEAN_STATES, configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
d4 = configparser.ConfigParser()
d4.read_dict({'sec': {'n': 1, 'f': 2.5}})
print(d4.items('sec'))
print(d4.read(['/nonexistent/file.ini']))
