// Isodose lines drawn per pixel: a pixel is on the line of level L when the dose changes sign
// across it relative to L, judged with the dose's screen-space derivative (crisp at any zoom).
#define MAX_ISODOSE_LEVELS 16
uniform float uIsoLevelsGy[MAX_ISODOSE_LEVELS];
uniform vec3 uIsoColours[MAX_ISODOSE_LEVELS];
uniform int uIsoCount;
uniform float uIsoHalfWidthPx;

vec3 applyIsodoseLines(vec3 base, float doseGy) {
  float perPixel = fwidth(doseGy);
  if (perPixel <= 0.0) return base;
  vec3 colour = base;
  for (int n = 0; n < MAX_ISODOSE_LEVELS; n++) {
    if (n >= uIsoCount) break;
    float distancePx = abs(doseGy - uIsoLevelsGy[n]) / perPixel;
    if (distancePx <= uIsoHalfWidthPx) colour = uIsoColours[n];
  }
  return colour;
}
