// jsdom has no layout: CodeMirror measures text ranges, which jsdom's Range cannot. Empty
// rectangles are enough for it to run (tests check its state and DOM, never positions).
if (typeof Range !== 'undefined' && !Range.prototype.getClientRects) {
  const none = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] });
  Range.prototype.getClientRects = none as unknown as Range['getClientRects'];
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
}
