import { useEffect, useState, type RefObject } from 'react';
import { viewportPixelRect } from './viewRegistry.js';

/** The element's size in whole CSS px (viewportPixelRect), kept current by a ResizeObserver (so overlays follow layout changes). */
export function useElementSize(element: RefObject<HTMLElement | null>): { readonly widthPx: number; readonly heightPx: number } {
  const [size, setSize] = useState({ widthPx: 0, heightPx: 0 });
  useEffect(() => {
    const target = element.current;
    if (target === null) return undefined;
    const observer = new ResizeObserver(() => {
      const rect = viewportPixelRect(target);
      setSize((before) => (before.widthPx === rect.width && before.heightPx === rect.height ? before : { widthPx: rect.width, heightPx: rect.height }));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
