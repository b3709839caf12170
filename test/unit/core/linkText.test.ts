import * as assert from 'node:assert/strict';
import { plainInline, readableText } from '../../../src/core/text/normalize';

// Facts are matched on a line's plain words; a link whose words are lost hides the sentence around it.
describe('plain words of a line with links', () => {
  it('keeps the words of a link whose target starts on the next line', () => {
    assert.equal(
      plainInline('Mention the change in [the changelog](\n  https://example.org/changelog) when it is visible.'),
      'Mention the change in the changelog when it is visible.',
    );
  });

  it('keeps the words of a link with spaces around its target, and of an image', () => {
    assert.equal(plainInline('Read [the guide]( docs/guide.md ) and ![the logo](logo.png).'), 'Read the guide and the logo.');
  });

  it('leaves text that is not a link as it is: a blank line inside, or words in the target', () => {
    assert.equal(plainInline('[x](\n\n y)'), '[x]( y)');
    assert.equal(plainInline('[see] (here) and [a](b c)'), '[see] (here) and [a](b c)');
  });

  it('keeps the words of a reference link, full or collapsed ("Submit an [issue][issue]", "[the guide][]")', () => {
    assert.equal(plainInline('1. Submit an [issue][issue] describing your change, then read [the guide][].'), '1. Submit an issue describing your change, then read the guide.');
  });

  it('leaves a task box, a bracketed tag and a label over a line break as they are', () => {
    assert.equal(plainInline('- [ ] [WIP] tests pass'), '- [ ] [WIP] tests pass');
    assert.equal(plainInline('[area][\nnot a label]'), '[area][ not a label]');
  });

  it('stays linear on 400 KB of links with padded targets', () => {
    const line = '[a](  b) '.repeat(45_000);
    assert.equal(plainInline(line), 'a '.repeat(45_000).trim());
  });
});

// Checklist items keep the project's markup in their text (their ids and matching use it); the view, the CLI and the
// summary show them as a person reads them.
describe('an item as a person reads it (readableText)', () => {
  it('shows a link as its text and keeps code spans and emphasis', () => {
    assert.equal(readableText('I have read the [Contribution Guidelines](https://example.org/CONTRIBUTING.md) and ran `npm test`'), 'I have read the Contribution Guidelines and ran `npm test`');
  });
  it('shows reStructuredText and MyST roles as their text, or their target without one', () => {
    assert.equal(readableText(':ref:`pull-request-tests`: Are your tests passing?'), 'pull-request-tests: Are your tests passing?');
    assert.equal(readableText('See :doc:`the style guide <style>` first'), 'See the style guide first');
    assert.equal(readableText('{ref}`ArviZ-stats <arviz_stats:contributing_testing>`'), 'ArviZ-stats');
    assert.equal(readableText('Add a :py:func:`widget.run` test'), 'Add a widget.run test');
  });
  it('leaves text without markup, and a long run of backticks, as it is', () => {
    assert.equal(readableText('Tests pass'), 'Tests pass');
    const ticks = '`'.repeat(100_000);
    assert.equal(readableText(ticks), ticks);
  });
});
