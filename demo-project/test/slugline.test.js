'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { slugline } = require('../src/index.js');

test('joins words with dashes', () => assert.equal(slugline('Hello, World!'), 'hello-world'));
test('drops accents', () => assert.equal(slugline('Crème brûlée'), 'creme-brulee'));
