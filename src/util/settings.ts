import * as vscode from 'vscode';

export type GuideOpenMode = 'preview' | 'previewToSide' | 'source';

/** Typed access to Onramp's settings; read on use so changes apply without a reload. */
export class Settings {
  constructor(private readonly scope?: vscode.ConfigurationScope) {}

  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration('onramp', this.scope);
  }

  get guideOpenMode(): GuideOpenMode {
    const value = this.section.get<string>('guide.openMode');
    return value === 'source' || value === 'previewToSide' ? value : 'preview';
  }

  /** Upper bound on how much of one file the guide reader reads, in kilobytes. */
  get maxFileKilobytes(): number {
    const value = this.section.get<number>('reader.maxFileSizeKB');
    return typeof value === 'number' && value >= 16 ? Math.min(value, 16384) : 1024;
  }

  /** A shared commit convention to check when the project states none (`none`, `conventional`, `angular`). */
  get commitsPreset(): 'conventional' | 'angular' | null {
    const value = this.section.get<string>('commits.preset');
    return value === 'conventional' || value === 'angular' ? value : null;
  }
}
