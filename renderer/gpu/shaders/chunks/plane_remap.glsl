// Grids with unevenly spaced planes: the texture z from the mean-spacing affine, mapped to the
// true z through a table (entry n holds the true z at linear z = n / (size - 1)), interpolated here.
float remapPlaneCoord(sampler2D table, float linearZ) {
  int size = textureSize(table, 0).x;
  float x = clamp(linearZ, 0.0, 1.0) * float(size - 1);
  int low = min(int(floor(x)), size - 2);
  float f = x - float(low);
  float a = texelFetch(table, ivec2(low, 0), 0).r;
  float b = texelFetch(table, ivec2(low + 1, 0), 0).r;
  return mix(a, b, f);
}

vec3 remapIfUneven(vec3 texCoord, bool uneven, sampler2D table) {
  return uneven ? vec3(texCoord.xy, remapPlaneCoord(table, texCoord.z)) : texCoord;
}
