/**
 * The PyTokenizer API against python3's tokenize module directly: every field of every TokenInfo
 * (type, string, start, end and the physical `line`), for generate_tokens() over text and
 * tokenize() over bytes, on tricky snippets and a sample of stdlib files; errors by type and args.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { generateTokens, tokenizeBytes, TokenizeError, type PyTokenizer } from "../../src/tokenizer/pytokenize.ts";
import { CodecError } from "../../src/tokenizer/encoding.ts";
import { stdlibFiles } from "./tokenize-oracle.ts";

const PY = `
import io, json, sys, tokenize
out = []
for kind, data in json.load(sys.stdin):
    try:
        if kind == 'text':
            toks = list(tokenize.generate_tokens(io.StringIO(data, newline='\\n').readline))
        else:
            toks = list(tokenize.tokenize(io.BytesIO(bytes.fromhex(data)).readline))
        out.append(['ok', [[t.type, t.string, list(t.start), list(t.end), t.line] for t in toks]])
    except (tokenize.TokenError, IndentationError) as e:
        out.append([type(e).__name__, e.args[0], list(e.args[1][-3:-1] if isinstance(e, IndentationError) else e.args[1])])
    except Exception as e:
        out.append([type(e).__name__, str(e)])
print(json.dumps(out))
`;

function ours(tz: () => PyTokenizer): unknown[] {
  try {
    return ["ok", tz().all().map((t) => [t.type, t.string, [...t.start], [...t.end], t.line])];
  } catch (e) {
    if (e instanceof TokenizeError) return [e.pyType, e.pyMessage, [e.row, e.col]];
    if (e instanceof CodecError) return [e.pyType, e.pyMessage];
    throw e;
  }
}

const TEXTS = [
  "x = 1\n", "if a:\n    b = '''x\ny''' + 'c\\\nd'\n  e\n", "x = 'a\\\nb\ny = '''c\nd\ne'''\n", "(\n", "'''", "x = \\",
  "s = 'abc\n", "def f():\n\treturn 1\n\n", "x\r\ny\rz\n", "# c\n  # d\n\n\nx = (1, # e\n 2)\n", "😀 = '😀'; 𝔘 = 2\n",
  "async def f(): await x\n", "a = 1)\n", "x = 1\n   ", "x = 1\n\x1c# c",
];

test("PyTokenizer: every TokenInfo field matches python's tokenize", () => {
  const jobs: [string, string][] = TEXTS.map((t) => ["text", t]);
  const files = stdlibFiles().filter((_, i) => i % 60 === 0);
  for (const f of files) jobs.push(["bytes", readFileSync(f).toString("hex")]);
  jobs.push(["bytes", Buffer.from("# coding: latin-1\nx = '\xe9'\n", "latin1").toString("hex")]);
  jobs.push(["bytes", Buffer.from("x = 1\ny = '\xff'\n", "latin1").toString("hex")]);
  const r = spawnSync("python3", ["-c", PY], { input: JSON.stringify(jobs), encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(r.status, 0, r.stderr);
  const expected: unknown[] = JSON.parse(r.stdout);
  jobs.forEach(([kind, data], i) => {
    const got = kind === "text" ? ours(() => generateTokens(data)) : ours(() => tokenizeBytes(Buffer.from(data, "hex"), null));
    assert.deepEqual(got, expected[i], kind === "text" ? JSON.stringify(data) : `bytes job ${i}`);
  });
});
