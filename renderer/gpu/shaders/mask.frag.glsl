precision highp float;
precision highp sampler3D;

#include "grid_sampling"
#include "mask_outline"

uniform sampler3D uMask;
uniform mat4 uMaskLpsToTex;
uniform float uMaskLayers;
uniform vec3 uColour;
uniform float uHalfWidthPx;
uniform float uFillOpacity;
uniform bool uDrawOutline;

in vec3 vPointLps;
out vec4 fragColour;

void main() {
  vec3 tex = gridTexCoord(uMaskLpsToTex, vPointLps);
  // Each layer stands for its contour plane's slab: take the layer whole (no blending along k).
  float layer = clamp(floor(tex.z * uMaskLayers), 0.0, uMaskLayers - 1.0);
  float mask = insideGrid(tex) ? texture(uMask, vec3(tex.xy, (layer + 0.5) / uMaskLayers)).r : 0.0;
  vec4 colour = maskOutlineAndFill(mask, uColour, uHalfWidthPx, uFillOpacity, uDrawOutline);
  if (colour.a <= 0.0) discard;
  fragColour = colour;
}
