/** One `onramp` subcommand: its name, a usage line, and what it does with the rest of the arguments. */
export interface CliCommand {
  readonly name: string;
  /** e.g. `onramp inspect [dir] [--json]`. */
  readonly usage: string;
  /** The exit code: 0 done, 1 the check found errors, 2 a usage error. Writes to stdout and stderr itself. */
  run(args: readonly string[]): Promise<number>;
}

/** Arguments split into flags (`--json`, `--label L`) and positionals; unknown flags are an error. */
export interface SplitArgs {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
}

/** `valued` flags take the next argument (or `--flag=value`); `bare` ones do not. */
export function splitArgs(args: readonly string[], bare: readonly string[], valued: readonly string[] = []): SplitArgs | { error: string } {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (bare.includes(name) && eq < 0) flags.set(name, true);
    else if (valued.includes(name)) {
      const value = eq < 0 ? args[++k] : arg.slice(eq + 1);
      if (value === undefined) return { error: `${name} needs a value` };
      flags.set(name, value);
    } else return { error: `unknown option "${arg}"` };
  }
  return { flags, positionals };
}
