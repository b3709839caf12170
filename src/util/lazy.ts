import * as vscode from 'vscode';

/**
 * A feature's body (services, view providers, command handlers), required and built on first use, so that
 * activation loads and runs only the small registration part in dist/extension.js. `create` requires the
 * feature's own bundle (dist/<name>Feature.js, see scripts/build.mjs); until something asks, nothing is loaded.
 */
export class LazyFeature<T extends vscode.Disposable> implements vscode.Disposable {
  private body: T | undefined;
  private disposed = false;

  constructor(
    private readonly name: string,
    private readonly create: () => T,
  ) {}

  /** The body, built now if it was not yet. */
  get(): T {
    if (!this.body) {
      if (this.disposed) throw new Error(`Onramp's ${this.name} feature was used after the extension was deactivated.`);
      this.body = this.create();
    }
    return this.body;
  }

  /** The body if something already needed it; never loads it. */
  get loaded(): T | undefined {
    return this.body;
  }

  dispose(): void {
    this.disposed = true;
    this.body?.dispose();
    this.body = undefined;
  }
}

/** Command handlers a feature's body offers, by command id. */
export type CommandHandlers = Readonly<Record<string, (...args: never[]) => unknown>>;

/**
 * Registers `ids` now; the first call of any of them loads the body, and every call goes to the body's handler of
 * that id with the same arguments and result. An id the body has no handler for is a programming error, said so.
 */
export function forwardCommands(ids: readonly string[], handlers: () => CommandHandlers): vscode.Disposable {
  return vscode.Disposable.from(
    ...ids.map((id) =>
      vscode.commands.registerCommand(id, (...args: unknown[]) => {
        const handler = handlers()[id] as ((...a: unknown[]) => unknown) | undefined;
        if (!handler) throw new Error(`Onramp registered ${id} but its feature has no handler for it.`);
        return handler(...args);
      }),
    ),
  );
}

/**
 * A tree view's data provider that loads the real one on VS Code's first question, i.e. when the view is first
 * shown (a collapsed view asks nothing until it is expanded). Its change events are passed on once loaded.
 */
export class LazyTreeDataProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private real: vscode.TreeDataProvider<T> | undefined;
  private relay: vscode.Disposable | undefined;

  constructor(private readonly load: () => vscode.TreeDataProvider<T>) {}

  private provider(): vscode.TreeDataProvider<T> {
    if (!this.real) {
      this.real = this.load();
      this.relay = this.real.onDidChangeTreeData?.((e) => this.changed.fire(e));
    }
    return this.real;
  }

  getChildren(element?: T): vscode.ProviderResult<T[]> {
    return this.provider().getChildren(element);
  }

  getTreeItem(element: T): vscode.TreeItem | Thenable<vscode.TreeItem> {
    return this.provider().getTreeItem(element);
  }

  dispose(): void {
    this.relay?.dispose();
    this.changed.dispose();
  }
}

/**
 * A contributed tree view, created just after activation has returned, or at once when something asks for it before
 * that (a feature's body being built). VS Code shows a contributed view's data as soon as its provider is registered,
 * also when that is after activation (it says "no data provider" only after a two-second wait), so activation need
 * not create the four views itself: each creation is a round of work in VS Code (the view's emitters, its debounced
 * refresh, a message to the window) that activation's time would carry.
 */
export class DeferredTreeView<T> implements vscode.Disposable {
  private view: vscode.TreeView<T> | undefined;
  private disposed = false;
  private readonly soon: ReturnType<typeof setTimeout>;

  constructor(
    private readonly id: string,
    private readonly options: vscode.TreeViewOptions<T>,
  ) {
    // Made from a timer, a failure would be an uncaught error with no context: say which view, and let the next
    // `get()` (a feature's body asking for it) try again and report to its caller.
    this.soon = setTimeout(() => {
      try {
        this.get();
      } catch (error) {
        console.error(`Onramp could not create its view ${this.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, 0);
  }

  /** The view, created now if it was not yet. */
  get(): vscode.TreeView<T> {
    if (!this.view) {
      if (this.disposed) throw new Error(`Onramp's view ${this.id} was asked for after the extension was deactivated.`);
      this.view = vscode.window.createTreeView(this.id, this.options);
    }
    return this.view;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.soon);
    this.view?.dispose();
    this.view = undefined;
  }
}

/**
 * An event of a feature's body, offered before the body is loaded: the first listener loads it (whoever listens
 * is about to use the feature), so no event is missed.
 */
export function lazyEvent<E, T extends vscode.Disposable>(feature: LazyFeature<T>, eventOf: (body: T) => vscode.Event<E>): vscode.Event<E> {
  return (listener, thisArgs, disposables) => eventOf(feature.get())(listener, thisArgs, disposables);
}
