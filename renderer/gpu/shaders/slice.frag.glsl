precision highp float;
precision highp sampler3D;

#include "grid_sampling"
#include "plane_remap"
#include "window_level"
#include "dose_wash"
#include "isodose_lines"

uniform sampler3D uImage;
uniform mat4 uImageLpsToTex;
// Texels are stored values: modality value (HU) = texel * slope + intercept.
uniform float uImageSlope;
uniform float uImageIntercept;
uniform bool uHasImage;
uniform bool uImageUneven;
uniform sampler2D uImagePlaneRemap;
uniform float uWindowCentre;
uniform float uWindowWidth;

uniform sampler3D uDose;
uniform mat4 uDoseLpsToTex;
uniform bool uHasDose;
uniform bool uDoseUneven;
uniform sampler2D uDosePlaneRemap;

in vec3 vPointLps;
out vec4 fragColour;

void main() {
  vec3 colour = vec3(0.0);
  if (uHasImage) {
    vec3 imageTex = remapIfUneven(gridTexCoord(uImageLpsToTex, vPointLps), uImageUneven, uImagePlaneRemap);
    if (insideGrid(imageTex)) colour = vec3(windowGrey(texture(uImage, imageTex).r * uImageSlope + uImageIntercept, uWindowCentre, uWindowWidth));
  }
  if (uHasDose) {
    vec3 doseTex = remapIfUneven(gridTexCoord(uDoseLpsToTex, vPointLps), uDoseUneven, uDosePlaneRemap);
    // Outside the grid the dose is unknown: no wash and no lines (derivatives stay defined).
    float doseGy = texture(uDose, clamp(doseTex, 0.0, 1.0)).r;
    if (insideGrid(doseTex)) {
      colour = applyWash(colour, doseGy);
      colour = applyIsodoseLines(colour, doseGy);
    }
  }
  fragColour = vec4(colour, 1.0);
}
