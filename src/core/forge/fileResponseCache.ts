import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CachedResponse, ResponseCache } from './responseCache';

/** Entries larger than this are not stored: one page of 100 issues is well below it. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/**
 * One JSON file per key in a folder (the extension's global storage, or a CLI cache folder), named by the key's
 * SHA-256, so a key never becomes a path. A corrupt or unreadable file is a miss, never an error: the cache
 * only ever saves requests. Writes go through a temporary file and a rename, so a reader never sees half a file.
 */
export class FileResponseCache implements ResponseCache {
  constructor(private readonly folder: string) {}

  private fileFor(key: string): string {
    return join(this.folder, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      const parsed = JSON.parse(await readFile(this.fileFor(key), 'utf8')) as Partial<CachedResponse> & { key?: string };
      if (parsed.key !== key || typeof parsed.body !== 'string' || typeof parsed.fetchedAt !== 'number') return undefined;
      return { etag: parsed.etag ?? null, body: parsed.body, contentType: parsed.contentType ?? null, link: parsed.link ?? null, fetchedAt: parsed.fetchedAt };
    } catch {
      return undefined;
    }
  }

  async set(key: string, entry: CachedResponse): Promise<void> {
    // Only the listed fields: whatever else an entry object carries is never written.
    const text = JSON.stringify({ key, etag: entry.etag, body: entry.body, contentType: entry.contentType, link: entry.link, fetchedAt: entry.fetchedAt });
    if (text.length > MAX_ENTRY_BYTES) return;
    const file = this.fileFor(key);
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFile(temp, text, 'utf8');
      await rename(temp, file);
    } catch {
      // A full disk or a read-only folder costs a request next time, nothing more.
    }
  }
}
