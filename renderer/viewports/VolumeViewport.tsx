import { useEffect, useRef } from 'react';
import { viewportElements } from './viewRegistry.js';

/** The DOM side of the 3D viewport (its scene: VolumeScene). */
export function VolumeViewport(): React.JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const div = element.current;
    if (div === null) return undefined;
    viewportElements.set('volume', div);
    return () => { viewportElements.delete('volume'); };
  }, []);
  return (
    <div ref={element} className="viewport volume-viewport" data-viewport="volume">
      <span className="viewport-title">3D</span>
    </div>
  );
}
