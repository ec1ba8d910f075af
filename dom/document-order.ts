/**
 * Document order that also works across open shadow roots: a node inside a shadow tree
 * is placed where its host is (compareDocumentPosition alone calls such nodes
 * "disconnected" and gives an arbitrary order).
 */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const liftsA = hostChain(a);
  const liftsB = hostChain(b);
  for (let i = 0; i < liftsA.length; i++) {
    const x = liftsA[i]!;
    const root = x.getRootNode();
    for (let j = 0; j < liftsB.length; j++) {
      const y = liftsB[j]!;
      if (y.getRootNode() !== root) continue;
      // One sits inside the other's shadow tree: the host comes first.
      if (x === y) return i - j;
      const position = x.compareDocumentPosition(y);
      if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
      return 0;
    }
  }
  return 0;
}

/** The node, then the host of its shadow root, then that host's host, and so on. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (isShadowRoot(root)) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

// By shape, not instanceof: the DOM may come from another window (an iframe).
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host != null;
}
