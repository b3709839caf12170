import * as assert from 'node:assert/strict';
import { readGuide } from '../../../src/core/guide/readGuide';
import { MemoryRepoFiles } from '../core/memoryRepoFiles';
import { expectPhases, g, readme } from './probeSupport';

const rawFacts = (files: Record<string, string>) => readGuide(new MemoryRepoFiles(files));

// Session 17: general rules found by studying where the reader misses whole sections on the development set and the
// last blind sets. Every guide text below is written for the test; each rule has near-misses that must not fire.

describe('reader rules (session 17)', () => {
  describe('a README with no guide and no Contributing section: its build and test sections stand in', () => {
    it('"Build instructions:", "Testing:" and a build heading per tool are read', async () => {
      await expectPhases(readme(g`
        # libthing

        A small C library.

        ## Build instructions:

        ´´´sh
        cmake -B build
        cmake --build build
        ´´´

        ## Testing:

        ´´´sh
        make test
        ´´´
      `), { setup: ['cmake -B build', 'cmake --build build'], test: ['make test'], lint: [] });
    });
    it('"Develop" > "Setup" and "Tests" under it are read', async () => {
      await expectPhases(readme(g`
        # tool

        ## Develop

        ### Setup

        ´´´
        cabal update
        cabal build
        ´´´

        ### Tests

        ´´´
        cabal test
        ´´´
      `), { setup: ['cabal update', 'cabal build'], test: ['cabal test'], lint: [] });
    });
    it('"Building" and "From Source" under an installation heading are read', async () => {
      await expectPhases(readme(g`
        # engine

        ## Download and Installation

        ### From Source

        ´´´sh
        ./bootstrap.sh
        ./configure
        make
        ´´´
      `), { setup: ['./bootstrap.sh', './configure', 'make'], test: [], lint: [] });
    });
    it('near miss: "Build status", "Building your own plugins" and "Building against libthing" are usage, not the checkout', async () => {
      for (const heading of ['Build status', 'Building your own plugins', 'Building against libthing', 'Compiling a custom theme']) {
        const facts = await rawFacts(readme(g`
          # libthing

          ## ${heading}

          ´´´sh
          make
          ´´´
        `));
        assert.equal(facts.files.readmeSection, null, heading);
      }
    });
    it('near miss: "Testing your app with libthing" is for users', async () => {
      const facts = await rawFacts(readme(g`
        # libthing

        ## Testing your app with libthing

        ´´´sh
        npm test
        ´´´
      `));
      assert.equal(facts.files.readmeSection, null);
    });
  });
});
