precision highp float;
precision highp sampler3D;

#include "grid_sampling"
#include "mask_outline"

uniform vec3 uColour;
uniform float uOutlineWidthPx;
uniform float uFillOpacity;
uniform bool uDrawOutline;

in vec3 vPointLps;
out vec4 fragColour;

void main() {
  vec3 stepXLps = dFdx(vPointLps);
  vec3 stepYLps = dFdy(vPointLps);
  if (!insideMask(vPointLps)) discard;
  if (uDrawOutline && onMaskOutline(vPointLps, stepXLps, stepYLps, uOutlineWidthPx)) {
    fragColour = vec4(uColour, 1.0);
    return;
  }
  if (uFillOpacity <= 0.0) discard;
  fragColour = vec4(uColour, uFillOpacity);
}
