/**
 * Token type numbers and names, exactly as CPython 3.11's `token` module.
 *
 * Declared once here: `TokenType` (the numbers), `tokName` (number → name, python's
 * `token.tok_name`) and `EXACT_TOKEN_TYPES` (operator text → exact type). Both the
 * tokenize-module emulation (pytokenize.ts) and the parser's C-style tokenizer use these.
 * test/tokenizer/token.test.ts checks every entry against python3's `token` module.
 */

export const enum TokenType {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  LPAR = 7,
  RPAR = 8,
  LSQB = 9,
  RSQB = 10,
  COLON = 11,
  COMMA = 12,
  SEMI = 13,
  PLUS = 14,
  MINUS = 15,
  STAR = 16,
  SLASH = 17,
  VBAR = 18,
  AMPER = 19,
  LESS = 20,
  GREATER = 21,
  EQUAL = 22,
  DOT = 23,
  PERCENT = 24,
  LBRACE = 25,
  RBRACE = 26,
  EQEQUAL = 27,
  NOTEQUAL = 28,
  LESSEQUAL = 29,
  GREATEREQUAL = 30,
  TILDE = 31,
  CIRCUMFLEX = 32,
  LEFTSHIFT = 33,
  RIGHTSHIFT = 34,
  DOUBLESTAR = 35,
  PLUSEQUAL = 36,
  MINEQUAL = 37,
  STAREQUAL = 38,
  SLASHEQUAL = 39,
  PERCENTEQUAL = 40,
  AMPEREQUAL = 41,
  VBAREQUAL = 42,
  CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45,
  DOUBLESTAREQUAL = 46,
  DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48,
  AT = 49,
  ATEQUAL = 50,
  RARROW = 51,
  ELLIPSIS = 52,
  COLONEQUAL = 53,
  OP = 54,
  AWAIT = 55,
  ASYNC = 56,
  TYPE_IGNORE = 57,
  TYPE_COMMENT = 58,
  SOFT_KEYWORD = 59,
  // Used by the tokenize module only (the C tokenizer never produces them):
  ERRORTOKEN = 60,
  COMMENT = 61,
  NL = 62,
  ENCODING = 63,
  N_TOKENS = 64,
  /** Non-terminal (grammar symbol) numbers start here. */
  NT_OFFSET = 256,
}

/**
 * `token.tok_name` for the terminals: index = type number (0..N_TOKENS).
 * NT_OFFSET (256) is in python's dict too; see tokNameOf().
 */
export const tokName: readonly string[] = [
  "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
  "LPAR", "RPAR", "LSQB", "RSQB", "COLON", "COMMA", "SEMI", "PLUS", "MINUS",
  "STAR", "SLASH", "VBAR", "AMPER", "LESS", "GREATER", "EQUAL", "DOT", "PERCENT",
  "LBRACE", "RBRACE", "EQEQUAL", "NOTEQUAL", "LESSEQUAL", "GREATEREQUAL", "TILDE",
  "CIRCUMFLEX", "LEFTSHIFT", "RIGHTSHIFT", "DOUBLESTAR", "PLUSEQUAL", "MINEQUAL",
  "STAREQUAL", "SLASHEQUAL", "PERCENTEQUAL", "AMPEREQUAL", "VBAREQUAL",
  "CIRCUMFLEXEQUAL", "LEFTSHIFTEQUAL", "RIGHTSHIFTEQUAL", "DOUBLESTAREQUAL",
  "DOUBLESLASH", "DOUBLESLASHEQUAL", "AT", "ATEQUAL", "RARROW", "ELLIPSIS",
  "COLONEQUAL", "OP", "AWAIT", "ASYNC", "TYPE_IGNORE", "TYPE_COMMENT",
  "SOFT_KEYWORD", "ERRORTOKEN", "COMMENT", "NL", "ENCODING", "N_TOKENS",
];

/** python's `token.tok_name[t]`, or undefined when t is not a key of that dict. */
export function tokNameOf(t: number): string | undefined {
  if (t === TokenType.NT_OFFSET) return "NT_OFFSET";
  return t >= 0 && t < tokName.length ? tokName[t] : undefined;
}

/** `token.EXACT_TOKEN_TYPES`: operator / delimiter text → its exact token type. */
export const EXACT_TOKEN_TYPES: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ["!=", TokenType.NOTEQUAL],
  ["%", TokenType.PERCENT],
  ["%=", TokenType.PERCENTEQUAL],
  ["&", TokenType.AMPER],
  ["&=", TokenType.AMPEREQUAL],
  ["(", TokenType.LPAR],
  [")", TokenType.RPAR],
  ["*", TokenType.STAR],
  ["**", TokenType.DOUBLESTAR],
  ["**=", TokenType.DOUBLESTAREQUAL],
  ["*=", TokenType.STAREQUAL],
  ["+", TokenType.PLUS],
  ["+=", TokenType.PLUSEQUAL],
  [",", TokenType.COMMA],
  ["-", TokenType.MINUS],
  ["-=", TokenType.MINEQUAL],
  ["->", TokenType.RARROW],
  [".", TokenType.DOT],
  ["...", TokenType.ELLIPSIS],
  ["/", TokenType.SLASH],
  ["//", TokenType.DOUBLESLASH],
  ["//=", TokenType.DOUBLESLASHEQUAL],
  ["/=", TokenType.SLASHEQUAL],
  [":", TokenType.COLON],
  [":=", TokenType.COLONEQUAL],
  [";", TokenType.SEMI],
  ["<", TokenType.LESS],
  ["<<", TokenType.LEFTSHIFT],
  ["<<=", TokenType.LEFTSHIFTEQUAL],
  ["<=", TokenType.LESSEQUAL],
  ["=", TokenType.EQUAL],
  ["==", TokenType.EQEQUAL],
  [">", TokenType.GREATER],
  [">=", TokenType.GREATEREQUAL],
  [">>", TokenType.RIGHTSHIFT],
  [">>=", TokenType.RIGHTSHIFTEQUAL],
  ["@", TokenType.AT],
  ["@=", TokenType.ATEQUAL],
  ["[", TokenType.LSQB],
  ["]", TokenType.RSQB],
  ["^", TokenType.CIRCUMFLEX],
  ["^=", TokenType.CIRCUMFLEXEQUAL],
  ["{", TokenType.LBRACE],
  ["|", TokenType.VBAR],
  ["|=", TokenType.VBAREQUAL],
  ["}", TokenType.RBRACE],
  ["~", TokenType.TILDE],
]);

/** token.ISTERMINAL / ISNONTERMINAL / ISEOF */
export function isTerminal(t: number): boolean { return t < TokenType.NT_OFFSET; }
export function isNonTerminal(t: number): boolean { return t >= TokenType.NT_OFFSET; }
export function isEOF(t: number): boolean { return t === TokenType.ENDMARKER; }
