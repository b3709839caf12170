import * as assert from 'node:assert/strict';
import { health } from '../../../src/core/health/figures';
import { healthHtml } from '../../../src/core/health/html';

describe('newcomer health HTML report', () => {
  const h = health({
    now: '2026-03-10T00:00:00Z',
    beginnerLabels: ['good first issue'],
    issues: [
      { number: 1, url: 'https://github.test/o/r/issues/1', title: '<script>alert(1)</script>', author: 'a', role: 'first-timer', createdAt: '2026-03-01T00:00:00Z', labels: ['good first issue'], assignees: [], replies: [] },
      { number: 2, url: 'javascript:alert(1)', title: 'sneaky', author: 'b', role: 'first-timer', createdAt: '2026-03-01T00:00:00Z', labels: ['good first issue'], assignees: [], replies: [] },
    ],
    pulls: [{ number: 3, url: 'https://github.test/o/r/pull/3', title: 'x', author: 'a', role: 'first-timer', createdAt: '2026-03-02T00:00:00Z', mergedAt: '2026-03-03T00:00:00Z', closedAt: '2026-03-03T00:00:00Z', replies: [] }],
  });
  const html = healthHtml(h, 'Newcomer health of o/r', ['comments (the 1000 most recent)']);

  it('is self-contained: a strict CSP, no script, nothing loaded from elsewhere', () => {
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\bsrc=/i);
  });

  it('escapes the forge\'s text and keeps only http(s) links', () => {
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<a href="https:\/\/github\.test\/o\/r\/issues\/1">#1<\/a>/);
    assert.match(html, /<a href="#">#2<\/a>/);
    assert.doesNotMatch(html, /javascript:/);
  });

  it('draws the outcome as ECharts bars in static SVG, and says what was sampled', () => {
    const outcome = /<figcaption>Pull requests<\/figcaption>(<svg[^>]*>.*?<\/svg>)/.exec(html)?.[1] ?? '';
    const bars = [...outcome.matchAll(/<path d="([^"]+)"[^>]*ecmeta_data_index="(\d)"/g)].map((m) => ({ index: Number(m[2]), right: Math.max(...[...m[1].matchAll(/[ML]([\d.]+) /g)].map((x) => Number(x[1]))) }));
    assert.deepEqual(bars.map((b) => b.index), [0, 1, 2], 'merged, closed unmerged, open');
    assert.ok(bars[0].right > bars[1].right && bars[1].right === bars[2].right, 'the one merged pull request is the only bar with a length');
    assert.match(outcome, /<text[^>]*>Merged<\/text>/);
    assert.match(outcome, /role="img" aria-label="Pull requests"/);
    assert.doesNotMatch(html, /style="/, 'no inline style attribute: the same SVG passes the webview\'s CSP');
    assert.match(html, /Sampled: comments \(the 1000 most recent\)\./);
  });
});
