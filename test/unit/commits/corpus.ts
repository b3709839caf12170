import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Real commit messages of public projects, kept outside the repository (../shared/corpus/commits). */
export const COMMITS_CORPUS = resolve(__dirname, '../../../../../shared/corpus/commits');

export function corpusAvailable(): boolean {
  return existsSync(COMMITS_CORPUS) && readdirSync(COMMITS_CORPUS).some((f) => f.endsWith('.txt'));
}

/** Each corpus file's messages: separated by `---END---` lines, after a `# SOURCE` line that is not a message. */
export function corpusMessages(): { project: string; messages: string[] }[] {
  return readdirSync(COMMITS_CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(COMMITS_CORPUS, f), 'utf8').replace(/^# SOURCE:[^\n]*\n/, '');
      const messages = text
        .split(/^---END---$/m)
        .map((m) => m.replace(/^\n+|\n+$/g, ''))
        .filter((m) => m !== '');
      return { project: f.replace(/\.txt$/, ''), messages };
    });
}
