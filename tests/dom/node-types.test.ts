// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ELEMENT_NODE, SHOW_TEXT, TEXT_NODE } from '@/dom/node-types';

// Our literals stand in for the browser's constants (dom/node-types.ts says why).
test('the node-type and walker constants are the DOM’s', () => {
  expect(ELEMENT_NODE).toBe(Node.ELEMENT_NODE);
  expect(TEXT_NODE).toBe(Node.TEXT_NODE);
  expect(SHOW_TEXT).toBe(NodeFilter.SHOW_TEXT);
});
