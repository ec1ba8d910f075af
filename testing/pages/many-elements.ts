/**
 * The body of a page of `count` small elements in one block: 200,000 spans in a `<div>`, one
 * in a thousand naming Karabakh. One block with 400,000 text nodes, where anything that walks
 * a parent's children (or asks the DOM the order of two siblings) is slow. Used by the
 * e2e hostile pages and bench/long-tasks-of-ours.ts.
 */
export function manyElementsBody(count = 200_000): string {
  const cells: string[] = [];
  for (let i = 0; i < count; i++) cells.push(i % 1000 === 500 ? `<span>Karabakh ${i}</span>` : `<span>item ${i}</span>`);
  return `<div id="many">${cells.join(' ')}</div>`;
}
