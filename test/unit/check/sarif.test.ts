import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { runCheck } from '../../../src/core/check/runCheck';
import { toSarif } from '../../../src/core/check/sarif';

/**
 * The SARIF 2.1.0 JSON schema (its final release candidate, rtm.5, which the OASIS standard published), as
 * @microsoft/jest-sarif ships it: read from node_modules, never fetched at test time. It is draft-04, hence ajv-draft-04;
 * one of its patterns is not valid as a Unicode regular expression, hence unicodeRegExp: false.
 */
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

describe('check: SARIF output', () => {
  it('is valid against the SARIF 2.1.0 schema, with results at their file and line and fixes as replacements', async () => {
    const result = await runCheck(
      new MemoryRepoFiles({
        'CONTRIBUTING.md': '# Contributing\n\n## Setup\n\n```sh\nnpm install\n```\n\n## Testing\n\n```sh\nnpm run tset\n```\n\nSee [gone](docs/gone.md).\n',
        'package.json': '{"scripts":{"test":"x"}}',
      }),
    );
    const log = toSarif(result, { version: '0.1.0', informationUri: 'https://example.com/onramp' }) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; fixes?: unknown[] }[] }[] };
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const results = log.runs[0].results;
    const stale = results.find((r) => r.ruleId === 'stale-command');
    assert.deepEqual(stale?.locations[0].physicalLocation.artifactLocation.uri, 'CONTRIBUTING.md');
    assert.equal(stale?.locations[0].physicalLocation.region.startLine, 12);
    assert.equal(stale?.fixes?.length, 1);
    assert.ok(results.some((r) => r.ruleId === 'broken-link' && r.locations[0].physicalLocation.region.startLine === 15));
  });

  it('rejects what the schema rejects (the validation is not vacuous)', () => {
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
  });
});
