/**
 * The DOM's node-type and tree-walker numbers as constants of our own. The browser's
 * (`Node.ELEMENT_NODE`, `NodeFilter.SHOW_TEXT`) are property reads the minifier cannot
 * shorten; ours are inlined as digits, which keeps about 0.3 kB out of content.js (its
 * budget is 60 kB). tests/dom/node-types.test.ts checks they equal the browser's.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const SHOW_TEXT = 4;
