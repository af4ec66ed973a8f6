# ast.parse(feature_version=...): syntax newer than the version asked for is a SyntaxError.
import ast
for src, v in [('match x:\n case 1: pass', (3,9)), ('x := 1', (3,7)), ('(x := 1)', (3,7)), ('async def f(): await x', (3,4)), ('f"{x=}"', (3,7)), ('def f(a, /): pass', (3,7)), ('try: pass\nexcept* E: pass', (3,10)), ('x = *a, *b', (3,7)),('a[*b]',(3,10)), ('lambda a, /: a', (3,7)), ('@a.b[c]\ndef f(): pass', (3,8)), ('x: int', (3,5)), ('async def f():\n [x async for x in y]', (3,5)), ('f(**a, *b)', (3,4)), ('x = yield', (3,4)), ('for x in *a, *b: pass', (3,7)), ('def f():\n return *a, *b', (3,7)), ('def f():\n nonlocal x', (3,0)), ('def f(*, a): pass', (3, 0)), ('x = 1_000', (3,5)), ('del (a, b)', (3,8)), ('(yield)', (3,7)), ('a @ b', (3,4)), ('[(y := 1) for x in z]', (3,8)), ('async with a: pass', (3,4)), ('async = 1', (3,6)), ('await = 1', (3,6)), ('def f():\n async = 1', (3, 6)), ('match x:\n case 1: pass', 9), ('x = 1', (3, 11)), ('x = 1', 99)]:
  try: ast.parse(src, feature_version=v); print('ok', repr(src))
  except SyntaxError as e: print('SE', repr(src), e.msg, e.lineno, e.offset)
print(ast.dump(compile('x := 1', 'f', 'exec', 0, _feature_version=7) is not None))
