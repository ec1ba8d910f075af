// @vitest-environment happy-dom
/**
 * What of a page still being parsed may be read (parsed-screen.ts): the screen's blocks up
 * to the last one the parser has closed, never a block it may still add to. The document
 * is built as the parser leaves it mid-way (its last node is where parsing stands), and
 * hit-testing is played by a stub that says which element is at each height.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parsedScreenSpan } from '../../../dom/reader/parsed-screen';

/** Elements on screen from top to bottom, each taking an equal share of the viewport. */
function onScreen(...ids: string[]): void {
  const elements = ids.map((id) => document.getElementById(id)!);
  document.elementFromPoint = (_x: number, y: number) =>
    elements[Math.min(elements.length - 1, Math.floor((y / innerHeight) * elements.length))]!;
}

const ids = (span: ReturnType<typeof parsedScreenSpan>) => span && [span.first.id, span.last.id];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the parsed part of the screen', () => {
  it('is the whole screen when the parser is past it', () => {
    document.body.innerHTML = '<h1 id="h">Title</h1><p id="a">One</p><p id="b">Two</p><p id="c">Parsing here';
    onScreen('h', 'a', 'b');
    expect(ids(parsedScreenSpan(document))).toEqual(['h', 'b']);
  });

  it('ends before a block the parser is still in', () => {
    document.body.innerHTML = '<h1 id="h">Title</h1><p id="a">One</p><p id="b">Karabakh';
    onScreen('h', 'a', 'b');
    expect(ids(parsedScreenSpan(document))).toEqual(['h', 'a']);
  });

  it('never ends inside an open block’s run of text (an inline element is not a block)', () => {
    document.body.innerHTML = '<p id="a">One</p><div id="open">Talks on <b id="bold">Nagorno</b> and <span>Kara';
    onScreen('a', 'open');
    expect(ids(parsedScreenSpan(document))).toEqual(['a', 'a']);
  });

  it('ends at a closed block inside an open one', () => {
    document.body.innerHTML = '<article id="art"><p id="a">One</p><p id="b">Two</p><p id="c">Thr';
    onScreen('art', 'a', 'b', 'c');
    expect(ids(parsedScreenSpan(document))).toEqual(['art', 'b']);
  });

  it('is nothing while the only block on screen is open', () => {
    document.body.innerHTML = '<p id="a">Russian peacekeepers in Nagorno-Kara';
    onScreen('a');
    expect(parsedScreenSpan(document)).toBeUndefined();
  });
});
