// Spans of a ray p(t) = origin + t * dir, t in mm along the ray; a span (x, y) is empty when x >= y.

// The span inside the unit cube of texture space (origin and dir already in texture coordinates).
vec2 unitBoxSpan(vec3 origin, vec3 dir) {
  vec3 safeDir = mix(dir, vec3(1e-12), equal(dir, vec3(0.0)));
  vec3 near = (vec3(0.0) - origin) / safeDir;
  vec3 far = (vec3(1.0) - origin) / safeDir;
  vec3 low = min(near, far);
  vec3 high = max(near, far);
  return vec2(max(max(low.x, low.y), low.z), min(min(high.x, high.y), high.z));
}

// The smallest span holding both (either may be empty).
vec2 unionSpan(vec2 a, vec2 b) {
  if (a.x >= a.y) return b;
  if (b.x >= b.y) return a;
  return vec2(min(a.x, b.x), max(a.y, b.y));
}

// The part of a span on the kept side of a plane: points with dot(plane.xyz, p) + plane.w >= 0.
vec2 clipSpan(vec2 span, vec4 plane, vec3 origin, vec3 dir) {
  float along = dot(plane.xyz, dir);
  float at = dot(plane.xyz, origin) + plane.w;
  if (abs(along) < 1e-9) return at >= 0.0 ? span : vec2(1.0, 0.0);
  float crossing = -at / along;
  return along > 0.0 ? vec2(max(span.x, crossing), span.y) : vec2(span.x, min(span.y, crossing));
}
