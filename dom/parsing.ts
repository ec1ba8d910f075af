/** True while the browser is still parsing the document (readyState "loading"): layout then is a growing page's. */
export function isParsing(doc: Document): boolean {
  return doc.readyState === 'loading';
}
