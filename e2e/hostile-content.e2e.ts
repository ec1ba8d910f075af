/**
 * Hostile pages, part two: content that is not ordinary text (form fields and editors, SVG,
 * canvas, XML, frames, shadow roots). Set-up and checks shared with hostile-pages.e2e.ts.
 */
import { describe, expect, test } from 'vitest';
import { readHighlights, waitForHighlights } from '../testing/harness/highlights';
import { readProbe } from './fixtures/hostile-probe';
import { browser, useHostileSession, visit, expectNoDomChanges, expectCardForFirstMention, texts } from './fixtures/hostile-session';

useHostileSession();

describe('content that is not ordinary text', () => {
  test('inputs, textareas and editors are never touched or highlighted', async () => {
    const { page, errors } = await visit(browser, '/forms');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(500);
    const inFields = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
      const hits: string[] = [];
      for (const highlight of registry.values()) {
        for (const range of highlight) {
          const element = range.startContainer.parentElement;
          if (element?.closest('input, textarea, [contenteditable]')) hits.push(element.outerHTML);
        }
      }
      return hits;
    });
    expect(inFields).toEqual([]);
    expect(await page.inputValue('#field')).toBe('Karabakh in an input');
    expect(await page.inputValue('#area')).toBe('The Russian peacekeepers in a textarea');
    expect(await page.innerHTML('#editor')).toBe('<p>Artsakh in an editor</p>');
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('SVG text: no errors, page unchanged', async () => {
    const { page, errors } = await visit(browser, '/svg');
    const seen = await waitForHighlights(page, 3);
    console.info(
      `SVG text highlighted: ${texts(seen).includes('Nagorno-Karabakh') && seen.length > 3 ? 'yes' : 'no'} (${JSON.stringify(texts(seen))})`,
    );
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a canvas-only page: nothing to highlight, nothing thrown', async () => {
    const { page, errors } = await visit(browser, '/canvas');
    await page.waitForTimeout(1500);
    expect(await readHighlights(page)).toEqual([]);
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a bare XML document and an XHTML page', async () => {
    const xml = await visit(browser, '/feed.xml');
    await xml.page.waitForTimeout(1500);
    expect(xml.errors).toEqual([]);
    await xml.page.close();

    const xhtml = await visit(browser, '/page.xhtml');
    await waitForHighlights(xhtml.page, 3);
    await expectCardForFirstMention(xhtml.page);
    expect(xhtml.errors).toEqual([]);
    await xhtml.page.close();
  });

  test('about:blank and sandboxed iframes', async () => {
    const { page, errors } = await visit(browser, '/frames');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(1500);
    const perFrame: Record<string, string[]> = {};
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const name = (await (await frame.frameElement()).getAttribute('id')) ?? frame.url();
      perFrame[name] = await frame
        .evaluate(() => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
          const out: string[] = [];
          for (const highlight of registry?.values() ?? [])
            for (const range of highlight) out.push(String(range.endOffset - range.startOffset));
          return out;
        })
        .catch((error: Error) => [`unreadable: ${error.message.split('\n')[0]}`]);
    }
    console.info(`frames: highlight lengths per frame ${JSON.stringify(perFrame)}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('open and closed shadow roots', async () => {
    const { page, errors } = await visit(browser, '/shadow');
    await waitForHighlights(page, 3);
    await page.waitForTimeout(1000);
    const seen = texts(await readHighlights(page));
    console.info(
      `shadow roots: open highlighted ${seen.includes('Russian peacekeepers') && seen.filter((t) => t === 'Russian peacekeepers').length > 1 ? 'yes' : 'no'}, highlights ${JSON.stringify(seen)}`,
    );
    expectNoDomChanges(await readProbe(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});
