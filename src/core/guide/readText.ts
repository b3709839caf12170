import { RepoFiles } from '../repo/repoFiles';
import { decodeText, decodeTruncated } from '../text/decode';
import { ReaderProblem } from './facts';

/**
 * Reads one repository file as text, capped at `maxBytes`, and says in `problems` whatever a user should
 * know about it (binary, empty, cut short, not UTF-8). Undefined when the file is missing or unreadable as text.
 */
export async function readText(files: RepoFiles, path: string, maxBytes: number, problems: ReaderProblem[]): Promise<string | undefined> {
  const content = await files.read(path, maxBytes);
  if (!content) return undefined;
  if (content.size === 0 || content.bytes.length === 0) {
    problems.push({ file: path, message: 'The file is empty.', severity: 'info' });
    return undefined;
  }
  const decoded = content.truncated ? decodeTruncated(content.bytes) : decodeText(content.bytes);
  if (decoded.kind === 'binary') {
    problems.push({ file: path, message: 'The file looks binary (it contains NUL bytes), so it was not read.', severity: 'warning' });
    return undefined;
  }
  if (content.truncated) {
    problems.push({
      file: path,
      message: `Only the first ${formatBytes(content.bytes.length)} of ${formatBytes(content.size)} were read: larger files are read only up to the size limit.`,
      severity: 'info',
    });
  }
  if (decoded.encoding === 'latin1') {
    problems.push({ file: path, message: 'The file is not valid UTF-8; it was read as Latin-1.', severity: 'info' });
  }
  if (decoded.text.trim() === '') {
    problems.push({ file: path, message: 'The file has only whitespace.', severity: 'info' });
    return undefined;
  }
  return decoded.text;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
