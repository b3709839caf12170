// The guide reader in a worker thread: parsing a large guide takes hundreds of milliseconds, which must not
// hold the extension host. Entry point of dist/readerWorker.js; the reader itself is dist/reader.js.
import { parentPort } from 'node:worker_threads';
import type * as Reader from '../core/readerEntry';
import { NodeRepoFiles } from '../core/repo/nodeRepoFiles';
import type { ReaderRequest, ReaderResponse } from './readerProtocol';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time beside this bundle
const { readGuide } = require('./reader.js') as typeof Reader;

const port = parentPort;
if (!port) throw new Error('readerWorker.js runs only as a worker thread');

port.on('message', (request: ReaderRequest) => {
  void answer(request).then((response) => port.postMessage(response));
});

async function answer(request: ReaderRequest): Promise<ReaderResponse> {
  try {
    // The same RepoFiles the CLI uses: stays inside the root, refuses pipes and links out, reads only up to the cap.
    return { id: request.id, ok: true, facts: await readGuide(new NodeRepoFiles(request.root), request.options) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
