import type * as vscode from 'vscode';

/**
 * Every context key Onramp sets (read by `when` clauses in package.json), with the values each may take.
 * All `setContext` calls go through `ContextKeys`, so the manifest and the code cannot drift apart silently.
 */
export interface ContextValues {
  /** The Contribution Guide view's welcome text shows when a single folder has no contribution material. */
  'onramp.guideState': 'none' | 'found';
}

type Execute = (command: string, ...args: unknown[]) => Thenable<unknown>;

export class ContextKeys {
  private readonly current = new Map<keyof ContextValues, unknown>();

  constructor(private readonly execute: Execute) {}

  static for(commands: typeof vscode.commands): ContextKeys {
    return new ContextKeys((command, ...args) => commands.executeCommand(command, ...args));
  }

  /** Sets a key; a value the key already holds is not sent again. */
  async set<K extends keyof ContextValues>(key: K, value: ContextValues[K]): Promise<void> {
    if (this.current.get(key) === value) return;
    this.current.set(key, value);
    await this.execute('setContext', key, value);
  }

  get<K extends keyof ContextValues>(key: K): ContextValues[K] | undefined {
    return this.current.get(key) as ContextValues[K] | undefined;
  }
}
