import * as vscode from 'vscode';

/** Component-tagged logging into one "Onramp" output channel; tokens must never be passed in. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  child(component: string): Logger;
}

/** Where log lines go: a log output channel, or anything that takes lines like one. */
export type LogSink = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error'>;

export function createLogger(channel: LogSink, component = 'onramp'): Logger {
  const tag = (message: string) => `[${component}] ${message}`;
  return {
    info: (message) => channel.info(tag(message)),
    warn: (message) => channel.warn(tag(message)),
    error: (message, error) => channel.error(tag(error === undefined ? message : `${message}: ${describeError(error)}`)),
    child: (name) => createLogger(channel, name),
  };
}

/**
 * The "Onramp" log output channel, made when the first line is written: activation writes none, and making the
 * channel was part of activation's time. Lines written after disposal are dropped, never a new channel.
 */
export class LazyLogChannel implements LogSink, vscode.Disposable {
  private channel: vscode.LogOutputChannel | undefined;
  private disposed = false;

  constructor(private readonly name: string) {}

  private get sink(): LogSink | undefined {
    if (!this.channel && !this.disposed) this.channel = vscode.window.createOutputChannel(this.name, { log: true });
    return this.channel;
  }

  info(message: string): void {
    this.sink?.info(message);
  }

  warn(message: string): void {
    this.sink?.warn(message);
  }

  error(message: string | Error): void {
    this.sink?.error(message);
  }

  dispose(): void {
    this.disposed = true;
    this.channel?.dispose();
    this.channel = undefined;
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
