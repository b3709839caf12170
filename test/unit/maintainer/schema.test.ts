import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { ALLOWED_COMMANDS } from '../../../src/core/maintainer/allowedCommands';
import { parseMaintainerText } from '../../../src/core/maintainer/parseMaintainerText';
import { maintainerValidator } from '../../../src/core/maintainer/schema';

// Tests run from out/test/unit/maintainer; the repository root is four folders up.
const root = join(__dirname, '../../../..');
const maintainerSchema: object = JSON.parse(readFileSync(join(root, 'schemas/onramp.schema.json'), 'utf8'));

/** ajv as scripts/compile-maintainer-schema.mjs sets it up, compiling at run time: what the generated code must equal. */
function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
  for (const keyword of ['markdownDescription', 'enumDescriptions', 'patternErrorMessage', 'errorMessage']) ajv.addKeyword(keyword);
  return ajv;
}

describe('maintainer file schema', () => {
  it('is a valid draft-07 JSON Schema', () => {
    const ajv = newAjv();
    assert.equal(ajv.validateSchema(maintainerSchema), true, JSON.stringify(ajv.errors));
    assert.equal((maintainerSchema as { $schema: string }).$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('is the file package.json contributes to editors', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.yamlValidation.find((v: { url: string }) => v.url === './schemas/onramp.schema.json');
    assert.deepEqual(contributed.fileMatch, ['**/.github/onramp.yml', '**/.github/onramp.yaml', '.onramp.yml', '.onramp.yaml']);
  });

  it('ships as validator code generated from the schema as it is now', () => {
    // Exits with 1 and a sentence when the schema changed and the generated code was not made again.
    execFileSync(process.execPath, [join(root, 'scripts/compile-maintainer-schema.mjs'), '--check'], { cwd: root, stdio: 'pipe' });
  });

  it('reports with the generated code exactly the errors ajv\'s compiler reports, data and schema included', () => {
    const compiled = newAjv().compile(maintainerSchema);
    const generated = maintainerValidator();
    const documents = [
      { version: 2, bogus: true },
      { steps: [{ id: 'Bad Id', title: '' }, { id: 'ok', title: 'Fine', done: { git: 'sideways' }, actions: [{ run: 1 }, { command: 'rm.everything' }] }] },
      { labels: 'one', commits: { types: ['feat', 'feat'], subjectMaxLength: -3 }, branch: { template: 5 }, extends: [] },
      { checklist: [{ text: 'x', optional: 'yes' }, 3], steps: 'none' },
    ];
    for (const document of documents) {
      assert.equal(generated(document), compiled(document));
      assert.ok((compiled.errors ?? []).length > 0);
      assert.deepEqual(generated.errors, compiled.errors);
    }
  });

  it('offers exactly the editor commands core allows', () => {
    const schema = maintainerSchema as { definitions: { commandAction: { properties: { command: { enum: string[]; enumDescriptions: string[] } } } } };
    const command = schema.definitions.commandAction.properties.command;
    assert.deepEqual([...command.enum].sort(), Object.keys(ALLOWED_COMMANDS).sort());
    assert.equal(command.enumDescriptions.length, command.enum.length);
  });

  it('describes every property, so hover says what each key is for', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
      for (const [name, prop] of Object.entries(props ?? {})) {
        const documented = 'description' in prop || ('$ref' in prop && Object.keys(prop).length === 1);
        // Properties repeated in an action's or check's fallback branch only point at the documented ones.
        if (!documented && !path.includes('/else')) undocumented.push(`${path}/${name}`);
      }
      for (const [key, child] of Object.entries(node)) if (key !== 'enum' && key !== 'const') walk(child, `${path}/${key}`);
    };
    walk(maintainerSchema, '#');
    assert.deepEqual(undocumented, []);
  });

  it('accepts the demo project\'s maintainer file with no problem, every completion check kind in it', () => {
    const text = readFileSync(join(root, 'demo-project/.github/onramp.yml'), 'utf8');
    const validate = newAjv().compile(maintainerSchema);
    assert.equal(validate(parse(text)), true, JSON.stringify(validate.errors));
    const result = parseMaintainerText('.github/onramp.yml', text);
    assert.deepEqual(result.problems, []);
    const kinds = new Set(result.layer!.steps!.map((s) => s.done?.kind));
    assert.deepEqual([...kinds].sort(), ['command', 'file', 'git', 'manual', 'setting']);
    assert.deepEqual(result.layer!.steps!.find((s) => s.id === 'line-endings')?.platforms, ['windows']);
  });
});
