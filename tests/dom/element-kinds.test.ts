// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ElementKind, elementKind } from '../../dom/element-kinds';

describe('elementKind', () => {
  it('asks for a shadow root only where attachShadow() allows one', () => {
    document.body.innerHTML = '<b></b><span></span><li></li><div></div><my-widget></my-widget><script></script>';
    const kinds = [...document.body.children].map((element) => elementKind(element));
    const may = (kind: number) => (kind & ElementKind.MayHostShadow) !== 0;
    expect(kinds.map(may)).toEqual([false, true, false, true, true, false]);
    expect(kinds[0]! & ElementKind.Inline).toBeTruthy();
    expect(kinds[3]! & ElementKind.Block).toBeTruthy();
    expect(kinds[5]).toBe(ElementKind.Skipped);
  });
});
