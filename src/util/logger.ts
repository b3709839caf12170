import * as vscode from 'vscode';

/** Component-tagged logging into one "Onramp" output channel; tokens must never be passed in. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  child(component: string): Logger;
}

export function createLogger(channel: vscode.LogOutputChannel, component = 'onramp'): Logger {
  const tag = (message: string) => `[${component}] ${message}`;
  return {
    info: (message) => channel.info(tag(message)),
    warn: (message) => channel.warn(tag(message)),
    error: (message, error) => channel.error(tag(error === undefined ? message : `${message}: ${describeError(error)}`)),
    child: (name) => createLogger(channel, name),
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
