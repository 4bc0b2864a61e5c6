// Transfer functions of the ray marcher: each gives a colour and an extinction coefficient (per mm).
// Needs the dose_wash chunk (the dose colour map and its range).

uniform float uCloudThresholdGy;
// Extinction per mm at the dose maximum; it rises linearly from 0 at the threshold.
uniform float uCloudExtinctionPerMm;

vec4 doseCloudSample(float doseGy) {
  float ramp = clamp((doseGy - uCloudThresholdGy) / max(uWashRangeGy.y - uCloudThresholdGy, 1e-6), 0.0, 1.0);
  return vec4(washColour(doseGy), doseGy > uCloudThresholdGy ? uCloudExtinctionPerMm * ramp : 0.0);
}

uniform float uSkinHu;
uniform float uBoneHu;

const vec3 tissueColour = vec3(0.87, 0.72, 0.63);
const vec3 boneColour = vec3(0.95, 0.93, 0.86);

// CT: faint tissue, boundaries (where HU changes fast: skin, lung walls) seen by their gradient,
// bone dense; lit by a head light from the gradient (the normal of the local iso-surface).
vec4 ctVolumeSample(float hu, vec3 gradientHuPerMm, vec3 viewDir) {
  float tissue = smoothstep(uSkinHu - 300.0, uSkinHu + 100.0, hu);
  float bone = smoothstep(uBoneHu - 50.0, uBoneHu + 250.0, hu);
  float edge = smoothstep(20.0, 200.0, length(gradientHuPerMm));
  float extinction = 0.0015 * tissue + 0.06 * edge + 0.25 * bone;
  float facing = length(gradientHuPerMm) > 1e-3 ? abs(dot(normalize(gradientHuPerMm), viewDir)) : 1.0;
  vec3 colour = mix(tissueColour, boneColour, bone) * (0.35 + 0.65 * facing);
  return vec4(colour, extinction);
}
