// How far a view ray goes before it meets an opaque surface, from the depth pass of the opaque
// surfaces (a depth texture the size of the viewport). Needs three's <packing> chunk.
uniform sampler2D uOpaqueDepth;
uniform bool uHasOpaqueDepth;
// The viewport in drawing-buffer pixels: x, y (bottom left), width, height.
uniform vec4 uViewportPx;
uniform float uCameraNear;
uniform float uCameraFar;

// Distance in mm along the unit world direction dirLps from the camera to the opaque surface at this fragment.
float opaqueDistanceMm(vec3 dirLps) {
  if (!uHasOpaqueDepth) return 1e20;
  float depth = texture(uOpaqueDepth, (gl_FragCoord.xy - uViewportPx.xy) / uViewportPx.zw).r;
  if (depth >= 1.0) return 1e20;
  float viewZ = perspectiveDepthToViewZ(depth, uCameraNear, uCameraFar);
  return viewZ / (viewMatrix * vec4(dirLps, 0.0)).z;
}
