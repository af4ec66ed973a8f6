/**
 * The texts of `tspy -h`, `--help-env`, `--help-xoptions`, `--help-all` and the two usage lines
 * of a command-line error (python3's layout: "usage: PROG [option] ... [-c cmd | -m mod | file | -]
 * [arg] ..." then "Try `python -h' for more information."), written for tspy.
 */

export const PROG = "tspy";

export function usageLines(): string {
  return `usage: ${PROG} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`${PROG} -h' for more information.\n`;
}

const OPTIONS = `Options (and corresponding environment variables):
-b     : warn about str(bytes) and bytes == str comparisons (-bb: raise errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : parser debugging output (accepted, no effect); also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script, even when stdin is not
         a terminal; also PYTHONINSPECT=x
-I     : isolate tspy from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend the script's folder (or the current one) to sys.path;
         also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : stdout and stderr unbuffered (stdin is not affected);
         also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         control how tspy invalidates hash-based .pyc files
--help-env      : print help about environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

const XOPTIONS = `The following implementation-specific options are available:

-X dev: development mode: the "default" warning filter (as -W default) and
    sys.flags.dev_mode set to True

-X importtime: print how long each import takes (cumulative and self time,
    in microseconds) on stderr

-X showrefcount: print the total reference count and the number of memory
    blocks in use when the program ends (tspy's memory model keeps them)

-X tracemalloc[=NFRAME]: start tracemalloc at start-up, keeping NFRAME frames

-X utf8[=0|1]: UTF-8 mode (tspy always uses UTF-8; sys.flags.utf8_mode and
    the stdin/stdout error handler follow the option)

-X int_max_str_digits=N: limit int<->str conversions to N digits (0: no limit)

-X tspy-trace: tspy's own: print every executed instruction, with its frame's
    value stack, on stderr

-X tspy-opstats: tspy's own: when the program ends, print on stderr how often
    each instruction ran (in its adaptive, specialised or generic form) and how
    much of each specialising family ran specialised

-X dump-passes: tspy's own: print each code object's instructions after every
    compiler pass (CFG, optimisation, assembly) on stderr

Other -X options are accepted and stored in sys._xoptions.
`;

const ENV = `Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONHASHSEED: 'random', or an integer in [0,4294967295] to seed the
   hashes of str and bytes objects (tspy's default: 0, reproducible)
PYTHONINTMAXSTRDIGITS: digit limit of int<->str conversions (0: none)
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONDEVMODE: enable the development mode.
PYTHONTRACEMALLOC: start tracemalloc with this many frames.
NO_COLOR: no colours in the interactive prompt.
These variables have equivalent command-line parameters (see --help for details):
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
`;

export function helpText(which: "all" | "env" | "xoptions" | "short", tools: string[]): string {
  const usage = `usage: ${PROG} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;
  const toolLine = `\ntspy's module tools (-m NAME, in TypeScript): ${tools.join(", ")}\n`;
  switch (which) {
    case "short": return usage + OPTIONS + toolLine;
    case "env": return ENV;
    case "xoptions": return XOPTIONS;
    case "all": return usage + OPTIONS + "\n" + ENV + "\n" + XOPTIONS + toolLine;
  }
}
