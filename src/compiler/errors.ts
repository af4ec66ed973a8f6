/**
 * Errors of the symtable and future-statement stages. CPython raises these with
 * PyErr_SetString + PyErr_(Ranged)SyntaxLocationObject: the exception's args are just (msg,)
 * and the location is in its attributes (filename, lineno, offset, text, end_lineno,
 * end_offset), unlike the parser's and the code generator's SyntaxErrors, whose args carry the
 * location tuple. Converters to Python exceptions (modules/builtins_compile.ts) tell them apart
 * by this class.
 */
import { CompileError } from "../parser/errors.ts";

export class LocatedSyntaxError extends CompileError {}
