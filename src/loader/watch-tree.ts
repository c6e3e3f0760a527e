/**
 * Calls `visit` for every element in a document, now and whenever elements are added later,
 * including inside the open shadow roots the page creates (a component that renders a widget in
 * its own shadow DOM). Each root is observed once.
 *
 * A shadow root is found when its host is seen. A host whose own definition loads later has no
 * shadow root yet when seen, so its tag's `whenDefined` is awaited and the host looked at again.
 */
export function watchTree(root: Document | ShadowRoot, visit: (element: Element) => void): void {
  const watched = new WeakSet<Node>();
  const awaited = new WeakSet<Element>();

  const look = (element: Element): void => {
    visit(element);
    const shadow = element.shadowRoot;
    if (shadow) watch(shadow);
    else if (element.localName.includes('-') && !customElements.get(element.localName) && !awaited.has(element)) {
      awaited.add(element);
      void customElements.whenDefined(element.localName).then(() => {
        if (element.shadowRoot) watch(element.shadowRoot);
      });
    }
  };

  const scan = (node: ParentNode): void => {
    if (node instanceof Element) look(node);
    for (const element of node.querySelectorAll('*')) look(element);
  };

  const watch = (node: Document | ShadowRoot): void => {
    if (watched.has(node)) return;
    watched.add(node);
    new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) if (added instanceof Element && added.isConnected) scan(added);
      }
    }).observe(node, { childList: true, subtree: true });
    scan(node);
  };

  watch(root);
}
