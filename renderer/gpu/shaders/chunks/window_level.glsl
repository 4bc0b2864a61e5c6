// Window/level of a modality value (HU for CT) to a grey in [0, 1]: DICOM's linear function.
float windowGrey(float value, float windowCentre, float windowWidth) {
  return clamp((value - (windowCentre - 0.5) ) / max(windowWidth - 1.0, 1.0) + 0.5, 0.0, 1.0);
}
