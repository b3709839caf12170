/**
 * A contents-API answer (GitHub's `GET /repos/{owner}/{repo}/contents/{path}`, GitLab's
 * `GET /projects/:id/repository/files/:path`) as text: both send the file base64-encoded in JSON with its size.
 * The size is checked before decoding, so a huge file costs no memory beyond its answer.
 */
import { ForgeError } from './problems';
import { Json } from './shape';

export function fileText(data: unknown, host: string, maxBytes: number): string {
  if (Array.isArray(data)) throw new ForgeError({ kind: 'malformed', host, what: 'a folder, not a file' });
  if (!data || typeof data !== 'object') throw new ForgeError({ kind: 'malformed', host, what: 'not a file' });
  const file = data as Json;
  if (typeof file.type === 'string' && file.type !== 'file') throw new ForgeError({ kind: 'malformed', host, what: `a ${file.type}, not a file` });
  const size = typeof file.size === 'number' ? file.size : null;
  if (size !== null && size > maxBytes) throw new ForgeError({ kind: 'malformed', host, what: `the file is ${size} bytes, more than the ${maxBytes} Onramp reads` });
  if (typeof file.content !== 'string' || file.encoding !== 'base64') throw new ForgeError({ kind: 'malformed', host, what: 'no base64 content' });
  const bytes = Uint8Array.from(atob(file.content.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  if (bytes.length > maxBytes) throw new ForgeError({ kind: 'malformed', host, what: `the file is ${bytes.length} bytes, more than the ${maxBytes} Onramp reads` });
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
