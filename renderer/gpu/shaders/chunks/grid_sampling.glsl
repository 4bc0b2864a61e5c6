// Sampling a voxel grid at a patient point. lpsToTex takes LPS mm to texture coordinates
// (voxel centres at texel centres); a point is inside when it lies within half a voxel of the
// outermost voxel centres, as the core's trilinear sampler treats it.
bool insideGrid(vec3 texCoord) {
  return all(greaterThanEqual(texCoord, vec3(0.0))) && all(lessThanEqual(texCoord, vec3(1.0)));
}

vec3 gridTexCoord(mat4 lpsToTex, vec3 pointLps) {
  return (lpsToTex * vec4(pointLps, 1.0)).xyz;
}
