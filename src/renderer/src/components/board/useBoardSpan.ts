import { type RefObject, useLayoutEffect, useState } from 'react';

export interface Span {
  left: number;
  width: number;
}

/**
 * The part of the board in view, followed as it scrolls sideways or resizes (at most once a
 * frame). Before the board is laid out it is taken as the window's width from the left edge, so
 * the first drawing already leaves out the columns beyond it.
 */
export function useBoardSpan(ref: RefObject<HTMLElement | null>): Span {
  const [span, setSpan] = useState<Span>(() => ({ left: 0, width: window.innerWidth }));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const next = { left: element.scrollLeft, width: element.clientWidth };
      setSpan((s) => (s.left === next.left && s.width === next.width ? s : next));
    };
    const soon = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    read();
    element.addEventListener('scroll', soon, { passive: true });
    const resized = new ResizeObserver(soon);
    resized.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('scroll', soon);
      resized.disconnect();
    };
  }, [ref]);
  return span;
}
