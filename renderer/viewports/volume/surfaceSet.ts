import { Group, type Plane } from 'three';
import type { TriangleMesh } from '../../../src/geometry/isosurface.js';
import type { MeshJob } from '../../workers/meshClient.js';
import { SurfaceMesh, type SurfaceStyle } from './surfaceMesh.js';

/** A surface the view wants: how to ask the mesh worker for it, and how it looks. */
export interface WantedSurface {
  readonly request: () => MeshJob<{ readonly mesh: TriangleMesh }>;
  readonly style: SurfaceStyle;
}

interface Entry {
  readonly job: MeshJob<{ readonly mesh: TriangleMesh }>;
  surface: SurfaceMesh | undefined;
  failure: string | undefined;
}

export interface SurfaceSetStatus {
  readonly pending: number;
  readonly failures: readonly string[];
}

/**
 * Surfaces of one source object (a structure set, a dose grid, a CT) by key: a key first wanted
 * starts its mesh request; its mesh, when it comes, becomes a SurfaceMesh (and `onChange` asks for
 * a frame). A key no longer wanted is hidden when `retainHidden` (structures: toggling is then
 * instant), else its request is cancelled and its surface disposed (isodose levels, which change
 * value). Another source drops everything.
 */
export class SurfaceSet {
  readonly group = new Group();
  private source: object | undefined;
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clipPlanes: Plane[],
    private readonly retainHidden: boolean,
    private readonly onChange: () => void,
  ) {}

  update(source: object | undefined, wanted: ReadonlyMap<string, WantedSurface>): void {
    if (source !== this.source) {
      this.clear();
      this.source = source;
    }
    for (const [key, entry] of this.entries) {
      if (wanted.has(key)) continue;
      if (this.retainHidden) {
        if (entry.surface !== undefined) entry.surface.group.visible = false;
        continue;
      }
      this.drop(key, entry);
    }
    for (const [key, want] of wanted) {
      const entry = this.entries.get(key) ?? this.start(key, want);
      if (entry.surface === undefined) continue;
      entry.surface.group.visible = true;
      entry.surface.setStyle(want.style);
    }
  }

  status(): SurfaceSetStatus {
    const entries = [...this.entries.values()];
    return {
      pending: entries.filter((entry) => entry.surface === undefined && entry.failure === undefined).length,
      failures: entries.flatMap((entry) => entry.failure ?? []),
    };
  }

  dispose(): void {
    this.clear();
  }

  private start(key: string, want: WantedSurface): Entry {
    const entry: Entry = { job: want.request(), surface: undefined, failure: undefined };
    this.entries.set(key, entry);
    entry.job.answer.then(
      (answer) => {
        if (this.entries.get(key) !== entry) return;
        if (answer === 'cancelled') {
          this.entries.delete(key);
        } else {
          entry.surface = new SurfaceMesh(answer.mesh, this.clipPlanes);
          entry.surface.group.visible = false;
          this.group.add(entry.surface.group);
        }
        this.onChange();
      },
      (error: unknown) => {
        if (this.entries.get(key) !== entry) return;
        entry.failure = error instanceof Error ? error.message : String(error);
        this.onChange();
      },
    );
    return entry;
  }

  private drop(key: string, entry: Entry): void {
    entry.job.cancel();
    if (entry.surface !== undefined) {
      this.group.remove(entry.surface.group);
      entry.surface.dispose();
    }
    this.entries.delete(key);
  }

  private clear(): void {
    for (const [key, entry] of [...this.entries]) this.drop(key, entry);
  }
}
