// A slice plane in patient coordinates: the quad's corners are placed in LPS mm on the CPU, so
// the fragment shader gets each pixel's patient point and samples every grid there.
out vec3 vPointLps;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vPointLps = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
