// A structure drawn from its mask (0 outside, 1 inside, linearly filtered in-plane; each layer
// taken whole along the contour normal, as its slab). A pixel is inside when the mask there is at
// least one half; it is on the outline when it is inside and a pixel `outlineWidthPx` away along
// the screen axes is not. The neighbours are found from the slice's own screen-space derivatives
// (constant on a plane), so the outline is exact to the pixel at any zoom, steps between slabs
// included.
uniform sampler3D uMask;
uniform mat4 uMaskLpsToTex;
uniform float uMaskLayers;

bool insideMask(vec3 pointLps) {
  vec3 tex = gridTexCoord(uMaskLpsToTex, pointLps);
  if (!insideGrid(tex)) return false;
  float layer = clamp(floor(tex.z * uMaskLayers), 0.0, uMaskLayers - 1.0);
  return texture(uMask, vec3(tex.xy, (layer + 0.5) / uMaskLayers)).r >= 0.5;
}

// stepXLps, stepYLps: dFdx and dFdy of the point, taken in uniform control flow by the caller.
bool onMaskOutline(vec3 pointLps, vec3 stepXLps, vec3 stepYLps, float outlineWidthPx) {
  vec3 stepX = stepXLps * outlineWidthPx;
  vec3 stepY = stepYLps * outlineWidthPx;
  return !insideMask(pointLps + stepX) || !insideMask(pointLps - stepX) || !insideMask(pointLps + stepY) || !insideMask(pointLps - stepY);
}
