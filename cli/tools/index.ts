/**
 * `tspy -m NAME` tools implemented in TypeScript (until the VM runs the Python
 * versions of these modules). Each tool lives in its own file and exports
 * `main(args, opts): number` (the exit status).
 * Add a tool: write cli/tools/NAME.ts and register it here.
 */
import type { Options } from "../tspy.ts";
import { tokenizeTool } from "./tokenize.ts";
import { astTool } from "./ast.ts";
import { disTool } from "./dis.ts";
import { pyCompileTool, compileallTool } from "./compile.ts";
import { cfgTool } from "./cfg.ts";

export type Tool = (args: string[], opts: Options) => number;

export const tools: Record<string, Tool> = {
  tokenize: tokenizeTool,
  ast: astTool,
  dis: disTool,
  py_compile: pyCompileTool,
  compileall: compileallTool,
  cfg: cfgTool,
};
