// The dose colour wash: doses from the threshold up take the colour map's colour at their place
// in [washMinGy, washMaxGy]; the colour map's entries are sampled at their centres.
uniform sampler2D uColourMap;
uniform vec2 uWashRangeGy;
uniform float uWashThresholdGy;
uniform float uWashOpacity;
uniform bool uWashVisible;

vec3 washColour(float doseGy) {
  float t = clamp((doseGy - uWashRangeGy.x) / max(uWashRangeGy.y - uWashRangeGy.x, 1e-6), 0.0, 1.0);
  float size = float(textureSize(uColourMap, 0).x);
  return texture(uColourMap, vec2((t * (size - 1.0) + 0.5) / size, 0.5)).rgb;
}

vec3 applyWash(vec3 base, float doseGy) {
  if (!uWashVisible || doseGy < uWashThresholdGy) return base;
  return mix(base, washColour(doseGy), uWashOpacity);
}
