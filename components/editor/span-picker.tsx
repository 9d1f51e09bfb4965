'use client';

import { useEffect } from 'react';

/** The offset of a point in the article's text, counting the characters of the text nodes before it. */
function offsetIn(root: Element, node: Node, offset: number): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return total + offset;
    total += t.textContent?.length ?? 0;
  }
  return -1;
}

/**
 * With JavaScript, selecting text in the article fills the first empty "new figure" slot with it
 * and its exact offsets. Without JavaScript the editor types the figure instead: nothing depends on
 * this. Renders nothing.
 */
export function SpanPicker() {
  useEffect(() => {
    const root = document.querySelector('[data-article-text]');
    if (!root) return;
    const onUp = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
      const range = sel.getRangeAt(0);
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
      const start = offsetIn(root, range.startContainer, range.startOffset);
      const end = offsetIn(root, range.endContainer, range.endOffset);
      const text = sel.toString();
      if (start < 0 || end <= start || !text.trim()) return;
      const slot = [...document.querySelectorAll<HTMLFieldSetElement>('[data-addition]')].find((f) => {
        const span = f.querySelector<HTMLInputElement>('input[name$=".span"]');
        return span && !span.value.trim();
      });
      if (!slot) return;
      slot.querySelector<HTMLInputElement>('input[name$=".span"]')!.value = text;
      slot.querySelector<HTMLInputElement>('input[name$=".start"]')!.value = String(start);
      slot.querySelector<HTMLInputElement>('input[name$=".occurrence"]')!.value = '1';
      slot.querySelector<HTMLInputElement>('input[name$=".council"]')?.focus();
    };
    root.addEventListener('mouseup', onUp);
    return () => root.removeEventListener('mouseup', onUp);
  }, []);
  return null;
}
