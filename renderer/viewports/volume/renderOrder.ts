/**
 * The 3D view's draw order. Opaque surfaces and beams first (three.js draws opaque objects before
 * see-through ones); then the back faces of see-through surfaces from the outermost in; then the
 * ray-marched volumes (which stop at the opaque surfaces' depth); then the front faces from the
 * innermost out.
 */
export const renderOrders = { backFaces: 100, volume: 500, frontFaces: 1000 } as const;

/** three.js layers: the opaque surfaces are also drawn on `opaqueDepth` for the depth pass. */
export const volumeLayers = { opaqueDepth: 1 } as const;
