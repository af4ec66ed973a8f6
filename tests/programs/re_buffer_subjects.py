# re on bytes-like subjects: bytearray, memoryview, array.array (group() gives bytes)
import re, array
for subj in (bytearray(b'xab'), memoryview(b'xab'), array.array('B', b'xab'), array.array('b'), array.array('h', [0x6178])):
    m = re.search(b'a.?', subj)
    print(type(subj).__name__, m and (repr(m.group()), m.span()), re.findall(b'.', subj)[:3], re.compile(b'').match(subj).groups())
    print(re.sub(b'a', b'Z', subj) if not isinstance(subj, memoryview) else '')
