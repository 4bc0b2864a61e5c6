// Isodose lines drawn per pixel: a pixel is on the line of level L when the dose is within
// `uIsoHalfWidthPx` pixels of L, judged with the dose's screen-space derivative (crisp at any
// zoom). Where the dose is flat (a plateau at exactly L, or no dose) there is no line: only
// gradients above a millionth of the level per pixel count, well above float rounding.
#define MAX_ISODOSE_LEVELS 16
uniform float uIsoLevelsGy[MAX_ISODOSE_LEVELS];
uniform vec3 uIsoColours[MAX_ISODOSE_LEVELS];
uniform int uIsoCount;
uniform float uIsoHalfWidthPx;

vec3 applyIsodoseLines(vec3 base, float doseGy) {
  float perPixel = fwidth(doseGy);
  vec3 colour = base;
  for (int n = 0; n < MAX_ISODOSE_LEVELS; n++) {
    if (n >= uIsoCount) break;
    float level = uIsoLevelsGy[n];
    if (perPixel <= 1e-6 * level) continue;
    float distancePx = abs(doseGy - level) / perPixel;
    if (distancePx <= uIsoHalfWidthPx) colour = uIsoColours[n];
  }
  return colour;
}
