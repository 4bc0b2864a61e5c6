import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of ../shared/docs/architecture.md, read from the import statements of every
 * source file: src/ stays free of UI, GPU, Electron and Node (src/cli excepted for Node),
 * renderer/ never reaches into electron/, electron/ never into renderer/.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  const path = join(root, folder);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() !== true) return [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mts|js|mjs)$/u.test(file))
    .map((file) => join(folder, file));
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/gu;

export function importsOf(text: string): string[] {
  return [...text.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const uiOrPlatform = /^(react|react-dom|three|zustand|electron)(\/|$)|^@react-three\//u;

function violation(file: string, specifier: string): string | undefined {
  const target = specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : undefined;
  if (file.startsWith('src/')) {
    if (uiOrPlatform.test(specifier)) return `src/ must not import ${specifier}`;
    if (nodeBuiltins.has(specifier) && !file.startsWith('src/cli/')) return `only src/cli/ may import the Node module ${specifier}`;
    if (target !== undefined && !target.startsWith('src')) return `src/ must not import outside src/ (${specifier})`;
  }
  if (file.startsWith('renderer/') && target?.startsWith('electron') === true) return `renderer/ must not import electron/ (${specifier})`;
  if (file.startsWith('electron/') && target?.startsWith('renderer') === true) return `electron/ must not import renderer/ (${specifier})`;
  return undefined;
}

describe('the dependency rule', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('renderer'), ...sourceFiles('electron')];

  it('finds the source files it checks', () => {
    expect(files.filter((file) => file.startsWith('src/')).length).toBeGreaterThan(10);
  });

  it('holds for every import', () => {
    const violations = files.flatMap((file) =>
      importsOf(readFileSync(join(root, file), 'utf8')).flatMap((specifier) => {
        const problem = violation(file, specifier);
        return problem === undefined ? [] : [`${file}: ${problem}`];
      }),
    );
    expect(violations).toEqual([]);
  });

  it('keeps window and document out of src/', () => {
    const offenders = sourceFiles('src').filter((file) => /\b(window|document)\s*\.|globalThis\.(window|document)\b/u.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would catch each kind of forbidden edge', () => {
    expect(violation('src/dose/grid.ts', 'three')).toMatch(/must not import three/u);
    expect(violation('src/dose/grid.ts', '@react-three/fiber')).toBeDefined();
    expect(violation('src/dose/grid.ts', 'zustand/vanilla')).toBeDefined();
    expect(violation('src/dose/grid.ts', 'react')).toBeDefined();
    expect(violation('src/dose/grid.ts', 'electron')).toBeDefined();
    expect(violation('src/dose/grid.ts', 'node:fs')).toBeDefined();
    expect(violation('src/dose/grid.ts', 'fs')).toBeDefined();
    expect(violation('src/cli/inspect.ts', 'node:fs')).toBeUndefined();
    expect(violation('src/dose/grid.ts', '../../renderer/x.js')).toBeDefined();
    expect(violation('renderer/app.tsx', '../electron/preload.js')).toBeDefined();
    expect(violation('electron/main.ts', '../renderer/app.js')).toBeDefined();
    expect(violation('renderer/app.tsx', '../src/dicom/parse.js')).toBeUndefined();
    expect(importsOf("import a from 'x';\nimport { b } from \"y\";\nexport * from './z.js';\nconst c = await import('w');")).toEqual(['x', 'y', './z.js', 'w']);
  });
});
