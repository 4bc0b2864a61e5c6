import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { volumeViewStore } from '../state/volumeViewStore.js';
import { registeredViews } from './viewRegistry.js';
import { createVolumeView } from './volume/volumeView.js';

/** The GPU side of the 3D viewport (structure and isodose surfaces, dose cloud, CT, beams), registered with the render loop. */
export function VolumeScene(): null {
  const gl = useThree((state) => state.gl);
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    const volume = createVolumeView(gl, () => invalidate());
    registeredViews.set('volume', volume.view);
    const unsubscribe = volumeViewStore.subscribe(() => invalidate());
    invalidate();
    return () => {
      unsubscribe();
      registeredViews.delete('volume');
      volume.dispose();
    };
  }, [gl, invalidate]);
  return null;
}
