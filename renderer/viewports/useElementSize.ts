import { useEffect, useState, type RefObject } from 'react';

/** The element's size in CSS px, kept current by a ResizeObserver (so overlays follow layout changes). */
export function useElementSize(element: RefObject<HTMLElement | null>): { readonly widthPx: number; readonly heightPx: number } {
  const [size, setSize] = useState({ widthPx: 0, heightPx: 0 });
  useEffect(() => {
    const target = element.current;
    if (target === null) return undefined;
    const observer = new ResizeObserver(() => {
      const rect = target.getBoundingClientRect();
      setSize((before) => (before.widthPx === rect.width && before.heightPx === rect.height ? before : { widthPx: rect.width, heightPx: rect.height }));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
