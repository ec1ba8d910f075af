// @vitest-environment happy-dom
/**
 * What of a page still being parsed may be read (parsed-part.ts): the blocks up to the last
 * one the parser has closed, never a block it may still add to, found without layout. The
 * document is built as the parser leaves it mid-way: its last node is where parsing stands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parsedSince } from '../../../dom/reader/parsed-part';

const ids = (part: ReturnType<typeof parsedSince>) => part && [part.span.first.id || part.span.first.tagName, part.span.last.id];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the parsed part of a page', () => {
  it('runs from the top to the last block the parser has closed, with its text length', () => {
    document.body.innerHTML = '<h1 id="h">Title</h1><p id="a">One</p><p id="b">Two</p><p id="c">Parsing here';
    const part = parsedSince(document, undefined, Infinity);
    expect(ids(part)).toEqual(['BODY', 'b']);
    expect(part!.chars).toBe('TitleOneTwo'.length);
  });

  it('goes on from the block read last, and is nothing until another is closed', () => {
    document.body.innerHTML = '<p id="a">One</p><p id="b">Two</p><p id="c">Three</p><p id="d">Parsing';
    const a = document.getElementById('a')!;
    expect(ids(parsedSince(document, a, Infinity))).toEqual(['b', 'c']);
    expect(parsedSince(document, document.getElementById('c')!, Infinity)).toBeUndefined();
  });

  it('never ends inside an open block’s run of text (an inline element is not a block)', () => {
    document.body.innerHTML = '<p id="a">One</p><div id="open">Talks on <b id="bold">Nagorno</b> and <span>Kara';
    expect(ids(parsedSince(document, undefined, Infinity))).toEqual(['BODY', 'a']);
  });

  it('ends at a closed block inside an open one, and goes on inside it', () => {
    document.body.innerHTML = '<h1 id="h">Title</h1><article id="art"><p id="a">One</p><p id="b">Two</p><p id="c">Thr';
    expect(ids(parsedSince(document, undefined, Infinity))).toEqual(['BODY', 'b']);
    expect(ids(parsedSince(document, document.getElementById('h')!, Infinity))).toEqual(['art', 'b']);
  });

  it('stops at the block where about maxChars of text is reached', () => {
    document.body.innerHTML = '<p id="a">12345</p><div id="d"><p id="b">67890</p><p id="c">abcde</p></div><p id="e">open';
    expect(ids(parsedSince(document, undefined, 7))).toEqual(['BODY', 'b']);
    expect(parsedSince(document, undefined, 7)!.chars).toBe(10);
    expect(ids(parsedSince(document, undefined, 100))).toEqual(['BODY', 'd']);
  });

  it('looks back over at most a few hundred of one parent’s children for a closed block, at each frame', () => {
    // A block of 200,000 spans being parsed: looking back over all of them at every frame
    // was a long task of ours. Past the bound it reads nothing yet; the parsed page's read does.
    const spans = Array.from({ length: 2000 }, (_, i) => `<span>item ${i}</span> `).join('');
    document.body.innerHTML = `<div id="many"><p id="a">One</p>${spans}<span>Parsing`;
    let looked = 0;
    const many = document.getElementById('many')!;
    // Counts the steps back: previousSibling is a getter somewhere up the child's prototypes.
    for (const child of many.childNodes) {
      let proto = Object.getPrototypeOf(child);
      while (!Object.getOwnPropertyDescriptor(proto, 'previousSibling')) proto = Object.getPrototypeOf(proto);
      const getter = Object.getOwnPropertyDescriptor(proto, 'previousSibling')!.get!;
      Object.defineProperty(child, 'previousSibling', {
        get: () => {
          looked++;
          return getter.call(child);
        },
      });
    }
    expect(parsedSince(document, undefined, Infinity)).toBeUndefined();
    expect(looked).toBeLessThanOrEqual(600);
    // Near enough, the closed block is found as before.
    document.body.innerHTML = `<div id="many"><p id="a">One</p>${spans.slice(0, 2000)}<span>Parsing`;
    expect(ids(parsedSince(document, undefined, Infinity))).toEqual(['BODY', 'a']);
  });

  it('is nothing while the only block is open', () => {
    document.body.innerHTML = '<p id="a">Russian peacekeepers in Nagorno-Kara';
    expect(parsedSince(document, undefined, Infinity)).toBeUndefined();
  });
});
