// The ray marcher's proxy: a unit cube placed over the grids' box in patient space; each back
// face fragment gives the ray from the camera through it.
out vec3 vPointLps;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vPointLps = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
