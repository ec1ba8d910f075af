import { describe, expect, it } from 'vitest';
import { highlightCss, randomHighlightNames } from '../../dom/highlight-sheet';

const names = randomHighlightNames((bytes) => bytes.fill(7));
/** Every rule's selector list, outside and inside the forced-colors block. */
const selectors = (css: string) => [...css.matchAll(/([^{}\n]+)\{[^{}]*\}/g)].map((match) => match[1]!.trim());

describe('highlightCss', () => {
  it('anchors every rule at the root (and at shadow hosts) where highlight styles are inherited', () => {
    const found = selectors(highlightCss(names, 'inherited'));
    // 3 entities × 2 looks, in normal and forced-colors mode.
    expect(found).toHaveLength(12);
    // A universal ::highlight() rule would be resolved for every element of the page.
    for (const selector of found) expect(selector).toMatch(/^:root::highlight\(\w+\),:host::highlight\(\w+\)$/);
  });

  it('uses universal rules where each element gets its own highlight styles', () => {
    const found = selectors(highlightCss(names, 'per-element'));
    expect(found).toHaveLength(12);
    for (const selector of found) expect(selector).toMatch(/^::highlight\(\w+\)$/);
  });

  it('names each entity’s looks, and has a forced-colors variant of each', () => {
    const css = highlightCss(names, 'inherited');
    for (const looks of Object.values(names)) {
      for (const name of Object.values(looks)) expect(css.split(`::highlight(${name})`).length - 1).toBe(4);
    }
    expect(css).toContain('@media (forced-colors: active)');
  });
});

describe('highlightCss without lines (a tall page that keeps changing)', () => {
  it('draws every look, forced colours included, with a fill and no text decoration', () => {
    const css = highlightCss(names, 'inherited', false);
    expect(css).not.toContain('text-decoration');
    const rules = [...css.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
    expect(rules).toHaveLength(12);
    for (const rule of rules) expect(rule).toMatch(/^background-color:[^;]+;color:[^;]+$/);
  });

  it('keeps the same names and selectors, so switching lines off and on needs no re-registration', () => {
    expect(selectors(highlightCss(names, 'inherited', false))).toEqual(selectors(highlightCss(names, 'inherited')));
  });

  it('underlines every look when lines are on, each entity in its own line style', () => {
    const rules = [...highlightCss(names, 'per-element').matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
    for (const rule of rules) expect(rule).toMatch(/text-decoration:underline (solid|dashed|dotted) /);
  });
});
