precision highp float;
precision highp sampler3D;

#include <packing>
#include "grid_sampling"
#include "dose_wash"
#include "ray_spans"
#include "opaque_depth"
#include "volume_transfer"

// Front-to-back ray marching of the CT and the dose (each a 3D texture sampled through its own
// patient-to-texture matrix) along the camera ray, over the union of their boxes, cut by the clip
// plane and stopped at the opaque surfaces; ends early once nearly opaque.
#define MAX_STEPS 256

uniform sampler3D uCt;
uniform mat4 uCtLpsToTex;
uniform float uCtSlope;
uniform float uCtIntercept;
uniform bool uCtVisible;
uniform sampler3D uDose;
uniform mat4 uDoseLpsToTex;
uniform bool uDoseVisible;
uniform vec4 uClipPlane;
uniform bool uClipEnabled;
uniform float uMinStepMm;

in vec3 vPointLps;
out vec4 fragColour;

// A per-pixel offset of the first sample in [0, 1) steps, against wood-grain banding.
float startJitter(vec2 pixel) {
  return fract(sin(dot(pixel, vec2(12.9898, 78.233))) * 43758.5453);
}

// The CT texture holds stored values; HU = stored * slope + intercept.
float ctHu(vec3 texCoord) {
  return texture(uCt, texCoord).r * uCtSlope + uCtIntercept;
}

vec3 ctGradientHuPerMm(vec3 texCoord, float hu) {
  vec3 texel = 1.0 / vec3(textureSize(uCt, 0));
  vec3 perTexel = vec3(
    ctHu(texCoord + vec3(texel.x, 0.0, 0.0)),
    ctHu(texCoord + vec3(0.0, texel.y, 0.0)),
    ctHu(texCoord + vec3(0.0, 0.0, texel.z))) - hu;
  // d(hu)/d(lps) = (d tex / d lps)^T d(hu)/d(tex)
  return transpose(mat3(uCtLpsToTex)) * (perTexel / texel);
}

void main() {
  vec3 dirLps = normalize(vPointLps - cameraPosition);
  vec3 ctOrigin = gridTexCoord(uCtLpsToTex, cameraPosition);
  vec3 ctDir = (uCtLpsToTex * vec4(dirLps, 0.0)).xyz;
  vec3 doseOrigin = gridTexCoord(uDoseLpsToTex, cameraPosition);
  vec3 doseDir = (uDoseLpsToTex * vec4(dirLps, 0.0)).xyz;
  vec2 span = vec2(1.0, 0.0);
  if (uCtVisible) span = unionSpan(span, unitBoxSpan(ctOrigin, ctDir));
  if (uDoseVisible) span = unionSpan(span, unitBoxSpan(doseOrigin, doseDir));
  span.x = max(span.x, 0.0);
  if (uClipEnabled) span = clipSpan(span, uClipPlane, cameraPosition, dirLps);
  span.y = min(span.y, opaqueDistanceMm(dirLps));
  if (span.x >= span.y) discard;

  float stepMm = max(uMinStepMm, (span.y - span.x) / float(MAX_STEPS));
  float t = span.x + stepMm * startJitter(gl_FragCoord.xy);
  vec4 sum = vec4(0.0);
  float previousHu = -1000.0;
  for (int n = 0; n < MAX_STEPS; n++) {
    if (t >= span.y || sum.a >= 0.98) break;
    vec3 colourSum = vec3(0.0);
    float extinction = 0.0;
    if (uCtVisible) {
      vec3 tex = ctOrigin + t * ctDir;
      if (insideGrid(tex)) {
        float hu = ctHu(tex);
        // The gradient (three more fetches) only where the CT changes along the ray: elsewhere
        // (air, uniform tissue, inside bone) it is about zero.
        vec3 gradient = abs(hu - previousHu) > 10.0 ? ctGradientHuPerMm(tex, hu) : vec3(0.0);
        previousHu = hu;
        vec4 s = ctVolumeSample(hu, gradient, dirLps);
        colourSum += s.rgb * s.a;
        extinction += s.a;
      }
    }
    if (uDoseVisible) {
      vec3 tex = doseOrigin + t * doseDir;
      if (insideGrid(tex)) {
        vec4 s = doseCloudSample(texture(uDose, tex).r);
        colourSum += s.rgb * s.a;
        extinction += s.a;
      }
    }
    if (extinction > 0.0) {
      float alpha = 1.0 - exp(-extinction * stepMm);
      sum.rgb += (1.0 - sum.a) * alpha * (colourSum / extinction);
      sum.a += (1.0 - sum.a) * alpha;
    }
    t += stepMm;
  }
  if (sum.a <= 0.002) discard;
  fragColour = sum;
}
