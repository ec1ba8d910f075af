// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { elementKind, KIND_BLOCK, KIND_INLINE, KIND_MAY_HOST_SHADOW, KIND_SKIPPED } from '../../dom/element-kinds';

describe('elementKind', () => {
  it('asks for a shadow root only where attachShadow() allows one', () => {
    document.body.innerHTML = '<b></b><span></span><li></li><div></div><my-widget></my-widget><script></script>';
    const kinds = [...document.body.children].map((element) => elementKind(element));
    const may = (kind: number) => (kind & KIND_MAY_HOST_SHADOW) !== 0;
    expect(kinds.map(may)).toEqual([false, true, false, true, true, false]);
    expect(kinds[0]! & KIND_INLINE).toBeTruthy();
    expect(kinds[3]! & KIND_BLOCK).toBeTruthy();
    expect(kinds[5]).toBe(KIND_SKIPPED);
  });
});
