// A structure drawn from its mask (0 outside, 1 inside, linearly filtered in-plane; layers taken
// whole along the contour normal): the outline where the mask crosses one half, `halfWidthPx`
// either side, and an optional fill inside.
vec4 maskOutlineAndFill(float mask, vec3 colour, float halfWidthPx, float fillOpacity, bool drawOutline) {
  float perPixel = fwidth(mask);
  if (drawOutline && perPixel > 0.0 && abs(mask - 0.5) / perPixel <= halfWidthPx) return vec4(colour, 1.0);
  if (mask >= 0.5 && fillOpacity > 0.0) return vec4(colour, fillOpacity);
  return vec4(0.0);
}
