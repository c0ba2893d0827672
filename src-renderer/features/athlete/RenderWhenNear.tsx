import { useEffect, useRef, useState, type ReactNode } from 'react';
import { deferOffscreenWork } from '../../components/EChart';

/** How far below the viewport the content starts rendering, so a scroll rarely reaches the placeholder. */
const NEAR_VIEWPORT_PX = 400;

/**
 * Renders `children` once their place comes near the viewport, or earlier once the screen in view has
 * loaded and the browser is idle (the queue that draws charts below the fold). A long table further
 * down the athlete page then no longer holds up the charts at its top. Until then an empty block of
 * `placeholderHeight` keeps the page about as long as it will be.
 */
export function RenderWhenNear({ children, placeholderHeight }: { children: ReactNode; placeholderHeight: number }) {
  const [shown, setShown] = useState(false);
  const placeholderRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: `0px 0px ${NEAR_VIEWPORT_PX}px 0px`,
    });
    observer.observe(placeholderRef.current!);
    const cancel = deferOffscreenWork(show);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [shown]);

  return shown ? children : <div ref={placeholderRef} style={{ minHeight: placeholderHeight }} aria-hidden="true" />;
}
