import doseWash from './chunks/dose_wash.glsl?raw';
import gridSampling from './chunks/grid_sampling.glsl?raw';
import isodoseLines from './chunks/isodose_lines.glsl?raw';
import maskOutline from './chunks/mask_outline.glsl?raw';
import opaqueDepth from './chunks/opaque_depth.glsl?raw';
import raySpans from './chunks/ray_spans.glsl?raw';
import volumeTransfer from './chunks/volume_transfer.glsl?raw';
import planeRemap from './chunks/plane_remap.glsl?raw';
import windowLevel from './chunks/window_level.glsl?raw';

/** The GLSL chunks a shader may pull in with `#include "name"` (three's own `#include <name>` is left to three). */
const chunks: Readonly<Record<string, string>> = {
  dose_wash: doseWash,
  grid_sampling: gridSampling,
  isodose_lines: isodoseLines,
  mask_outline: maskOutline,
  opaque_depth: opaqueDepth,
  ray_spans: raySpans,
  volume_transfer: volumeTransfer,
  plane_remap: planeRemap,
  window_level: windowLevel,
};

/**
 * Joins a shader and its chunks. Each chunk is included once (later includes of it are dropped)
 * and marked with its name, so a compile error's line can be traced to its chunk; an unknown
 * chunk fails here, naming the shader and line, instead of as a GPU compile error.
 */
export function assembleShader(shaderName: string, source: string, included = new Set<string>()): string {
  return source.split('\n').map((line, index) => {
    const match = /^\s*#include\s+"([\w-]+)"\s*$/u.exec(line);
    if (match === null) return line;
    const name = match[1] ?? '';
    const chunk = chunks[name];
    if (chunk === undefined) throw new Error(`${shaderName}:${index + 1}: unknown GLSL chunk "${name}" (known: ${Object.keys(chunks).join(', ')})`);
    if (included.has(name)) return `// (chunk ${name} already included)`;
    included.add(name);
    return `// ---- chunk ${name} ----\n${assembleShader(`${shaderName} > ${name}`, chunk, included)}\n// ---- end of chunk ${name} ----`;
  }).join('\n');
}
