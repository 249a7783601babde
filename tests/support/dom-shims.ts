/**
 * jsdom lacks a few browser APIs that Fluent UI v9 uses (media queries for motion,
 * ResizeObserver for positioning, scrollIntoView, layout) and Blob.arrayBuffer, which the pane
 * reads a chosen file with. Import this first in task pane tests.
 */
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!("ResizeObserver" in window)) {
    class ResizeObserverShim {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverShim;
  }
  if (!Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }
  // Every browser reads a chosen file with `arrayBuffer()`; jsdom's Blob has only FileReader.
  if (!Blob.prototype.arrayBuffer) {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
  giveTheDocumentALayout();
}

/**
 * jsdom lays nothing out: every `offsetParent` is null and the body measures 0 × 0. Fluent's focus
 * manager (Tabster) reads exactly that as "not visible", so in jsdom nothing is focusable: a
 * dialog focuses its own surface instead of its first button, its modal never becomes the
 * active one, and Tabster's deferred aria-hidden pass (a 250 ms timer) then hides the open
 * dialog itself whenever that timer happens to fire while it is open. A browser never takes
 * that path. These two answers are the browser's for a rendered element: an element takes
 * part in layout unless it or an ancestor is `display: none` or it is fixed; the body has a size.
 */
function giveTheDocumentALayout(): void {
  const takesPartInLayout = (element: HTMLElement): boolean => {
    if (!element.isConnected) return false;
    for (let e: Element | null = element; e; e = e.parentElement) {
      if (window.getComputedStyle(e).display === "none") return false;
    }
    return true;
  };
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (this === document.body || !takesPartInLayout(this)) return null;
      if (window.getComputedStyle(this).position === "fixed") return null;
      return this.parentElement;
    },
  });
  const [width, height] = [1024, 768];
  const bodyBox = { x: 0, y: 0, top: 0, left: 0, width, height, right: width, bottom: height };
  document.body.getBoundingClientRect = () => ({ ...bodyBox, toJSON: () => bodyBox }) as DOMRect;
}

export {};
