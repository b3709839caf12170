import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { expectPhases, g, readme } from './probeSupport';

const rawFacts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

// Session 15: general rules found by studying the misses of the last blind set (measure15), now part of the
// development set. Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 15)', () => {
  describe('a README standing in for the guide', () => {
    it('"Compiling from source" and "Running tests" are read beside a Contributing section that holds no commands', async () => {
      await expectPhases(readme(g`
        # lintr

        A linter.

        ## Installing

        ´´´
        apt-get install lintr
        ´´´

        ## Compiling from source

        ´´´
        cabal update
        cabal install
        ´´´

        ### Running tests

        ´´´
        cabal test
        ´´´

        ## Contributing

        Please send patches as pull requests.
      `), { setup: ['cabal update', 'cabal install'], test: ['cabal test'], lint: [] });
    });
    it('near miss: a user\'s "Installing" and "Usage" sections stay out', async () => {
      const facts = await rawFacts(readme(g`
        # tool

        ## Installing from the release page

        ´´´sh
        make install
        ´´´

        ## Compiling your own plugins

        ´´´sh
        tool build plugin.c
        ´´´
      `));
      assert.equal(facts.files.readmeSection, null);
    });
  });
});
