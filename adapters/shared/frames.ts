// Which iframe shows a same-origin document: the deep query (which finds frames) and the page observer (which
// watches a frame as part of the page around it) both ask.

const frameOfDocument = new WeakMap<Document, Element | null>();

/** The iframe a document is shown in (same-origin), else null. Remembered: a document stays in its frame (a
 *  frame moved in the page loads a new document). */
export function frameElementOf(doc: Document): Element | null {
  let frame = frameOfDocument.get(doc);
  if (frame === undefined) {
    try {
      frame = (doc.defaultView?.frameElement as Element | null | undefined) ?? null;
    } catch {
      frame = null; // cross-origin parent
    }
    frameOfDocument.set(doc, frame);
  }
  return frame;
}

/** The deep query found `doc` as the document of the iframe `frame` (where frameElement may not say so). */
export function noteFrameOf(doc: Document, frame: Element): void {
  frameOfDocument.set(doc, frame);
}
