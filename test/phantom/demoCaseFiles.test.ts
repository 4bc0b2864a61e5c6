import { describe, expect, it } from 'vitest';
import { dicomParser } from '../../src/dicom/dicomParserModule.js';
import { demoHu, isocentreLps } from '../../src/phantom/anatomy.js';
import { generateDemoCase } from '../../src/phantom/demoCase.js';
import { demoDoseGridScaling } from '../../src/phantom/dose.js';
import { demoDoseGy } from '../../src/phantom/doseModel.js';
import { demoRois } from '../../src/phantom/structureSet.js';

/**
 * The generated files read back with dicom-parser (a third-party parser, not PlanLens' own reader):
 * the IOD attributes, the references between the objects, and the sampled values.
 */
type DataSet = ReturnType<typeof dicomParser.parseDicom>;

const files = generateDemoCase();
const parsed = new Map(files.map((file) => [file.name, dicomParser.parseDicom(file.bytes)]));
const ctNames = files.map((file) => file.name).filter((name) => name.startsWith('CT.'));

function dataSet(name: string): DataSet {
  const found = parsed.get(name);
  if (found === undefined) throw new Error(`no ${name} in the demo case`);
  return found;
}

function items(parent: DataSet, tag: string): DataSet[] {
  return (parent.elements[tag]?.items ?? []).map((item) => {
    if (item.dataSet === undefined) throw new Error(`${tag} item not parsed`);
    return item.dataSet;
  });
}

function first(parent: DataSet, tag: string): DataSet {
  const [item] = items(parent, tag);
  if (item === undefined) throw new Error(`${tag} is empty`);
  return item;
}

function numbers(parent: DataSet, tag: string): number[] {
  return (parent.string(tag) ?? '').split('\\').map(Number);
}

function uint16At(parent: DataSet, tag: string, index: number): number {
  const element = parent.elements[tag];
  if (element === undefined) throw new Error(`no ${tag}`);
  return parent.byteArrayParser.readUint16(parent.byteArray, element.dataOffset + 2 * index);
}

const rs = dataSet('RS.demo.dcm');
const rp = dataSet('RP.demo.dcm');
const rd = dataSet('RD.demo.dcm');

/** Type 1 and 2 attributes of the CT Image IOD's modules (and the optional ones we promise). */
const ctAttributes = [
  'x00080005', 'x00080008', 'x00080016', 'x00080018', 'x00080020', 'x00080030', 'x00080050', 'x00080060', 'x00080070', 'x00080090',
  'x00100010', 'x00100020', 'x00100030', 'x00100040', 'x00180050', 'x00180060', 'x00185100', 'x0020000d', 'x0020000e', 'x00200010',
  'x00200011', 'x00200012', 'x00200013', 'x00200032', 'x00200037', 'x00200052', 'x00201040', 'x00201041', 'x00280002', 'x00280004',
  'x00280010', 'x00280011', 'x00280030', 'x00280100', 'x00280101', 'x00280102', 'x00280103', 'x00281050', 'x00281051', 'x00281052',
  'x00281053', 'x7fe00010',
];

describe('the demo case files, read with dicom-parser', () => {
  it('are explicit VR little endian Part 10 files of one patient, study and frame of reference', () => {
    expect(files).toHaveLength(63);
    const study = rd.string('x0020000d');
    const frame = rd.string('x00200052');
    for (const [name, file] of parsed) {
      expect(file.warnings, name).toEqual([]);
      expect(file.string('x00020010'), name).toBe('1.2.840.10008.1.2.1');
      expect(file.string('x00020002'), name).toBe(file.string('x00080016'));
      expect(file.string('x00020003'), name).toBe(file.string('x00080018'));
      expect([file.string('x00100010'), file.string('x00100020')], name).toEqual(['PHANTOM^Demo', 'PLANLENS-DEMO']);
      expect([file.string('x0020000d'), file.string('x00200052')], name).toEqual([study, frame]);
    }
    expect(new Set([...parsed.values()].map((file) => file.string('x00080018'))).size).toBe(files.length);
  });

  it('hold 60 axial HFS CT slices 3 mm apart with every CT Image attribute and the analytic HU at each voxel centre', () => {
    ctNames.forEach((name, k) => {
      const ct = dataSet(name);
      for (const tag of ctAttributes) expect(ct.elements[tag], `${name} ${tag}`).toBeDefined();
      expect([ct.string('x00080016'), ct.string('x00280004'), ct.string('x00185100'), ct.string('x00200037')]).toEqual(['1.2.840.10008.5.1.4.1.1.2', 'MONOCHROME2', 'HFS', '1\\0\\0\\0\\1\\0']);
      const [x0 = NaN, y0 = NaN, z = NaN] = numbers(ct, 'x00200032');
      expect(z).toBe(-88.5 + 3 * k);
      expect(ct.floatString('x00201041')).toBe(z);
      const [rowMm = NaN, columnMm = NaN] = numbers(ct, 'x00280030');
      const [slope, intercept] = [ct.floatString('x00281053') ?? NaN, ct.floatString('x00281052') ?? NaN];
      const columns = ct.uint16('x00280011') ?? 0;
      for (let j = 0; j < (ct.uint16('x00280010') ?? 0); j += 1) {
        for (let i = 0; i < columns; i += 1) {
          const hu = uint16At(ct, 'x7fe00010', i + columns * j) * slope + intercept;
          if (hu !== demoHu([x0 + i * columnMm, y0 + j * rowMm, z])) expect(hu, `${name} (${i}, ${j})`).toBe(demoHu([x0 + i * columnMm, y0 + j * rowMm, z]));
        }
      }
    });
  });

  it('hold an RTSTRUCT that references every CT slice and outlines each ROI on the slices it crosses', () => {
    expect(rs.string('x00080016')).toBe('1.2.840.10008.5.1.4.1.1.481.3');
    const frame = first(rs, 'x30060010');
    expect(frame.string('x00200052')).toBe(rd.string('x00200052'));
    const study = first(frame, 'x30060012');
    expect(study.string('x00081155')).toBe(rd.string('x0020000d'));
    const series = first(study, 'x30060014');
    const ctByUid = new Map(ctNames.map((name) => [dataSet(name).string('x00080018'), dataSet(name)]));
    expect(series.string('x0020000e')).toBe(dataSet('CT.0001.dcm').string('x0020000e'));
    expect(new Set(items(series, 'x30060016').map((image) => image.string('x00081155')))).toEqual(new Set(ctByUid.keys()));
    expect(items(rs, 'x30060020').map((roi) => roi.string('x30060026'))).toEqual(['BODY', 'PTV', 'CTV', 'SpinalCord', 'Lung_L', 'Lung_R', 'Esophagus']);
    expect(items(rs, 'x30060080').map((observation) => observation.string('x300600a4'))).toEqual(['EXTERNAL', 'PTV', 'CTV', 'ORGAN', 'ORGAN', 'ORGAN', 'ORGAN']);
    const contours = items(rs, 'x30060039').map((roi) => items(roi, 'x30060040'));
    expect(contours.map((list) => list.length)).toEqual([60, 20, 14, 60, 60, 60, 60]);
    contours.forEach((list, roiIndex) => {
      const shape = demoRois[roiIndex]?.shape;
      for (const contour of list) {
        expect([contour.string('x30060042'), contour.intString('x30060046')]).toEqual(['CLOSED_PLANAR', 64]);
        const points = numbers(contour, 'x30060050');
        expect(points).toHaveLength(192);
        const slice = ctByUid.get(first(contour, 'x30060016').string('x00081155'));
        expect(points[2]).toBe(slice?.floatString('x00201041'));
        for (let vertex = 0; vertex < 64; vertex += 1) {
          const [x = NaN, y = NaN, z = NaN] = points.slice(3 * vertex, 3 * vertex + 3);
          if (shape !== undefined && 'sphere' in shape) {
            expect(Math.hypot(x - isocentreLps[0], y - isocentreLps[1], z - isocentreLps[2])).toBeCloseTo(shape.sphere.radiusMm, 2);
          } else if (shape !== undefined) {
            const { centreXMm, centreYMm, semiAxisXMm, semiAxisYMm } = shape.cylinder;
            expect(((x - centreXMm) / semiAxisXMm) ** 2 + ((y - centreYMm) / semiAxisYMm) ** 2).toBeCloseTo(1, 3);
          }
        }
      }
    });
  });

  it('hold an RTPLAN: 70 Gy in 35 fractions to the PTV by five static photon beams, referencing the RTSTRUCT', () => {
    expect([rp.string('x00080016'), rp.string('x300a0002'), rp.string('x300a000a')]).toEqual(['1.2.840.10008.5.1.4.1.1.481.5', 'Demo 70/35', 'CURATIVE']);
    expect(first(rp, 'x300c0060').string('x00081155')).toBe(rs.string('x00080018'));
    const doseReference = first(rp, 'x300a0010');
    expect([doseReference.string('x300a0020'), doseReference.floatString('x300a0026')]).toEqual(['TARGET', 70]);
    const ptvNumber = items(rs, 'x30060020').find((roi) => roi.string('x30060026') === 'PTV')?.intString('x30060022');
    expect(doseReference.intString('x30060084')).toBe(ptvNumber);
    const fractionGroup = first(rp, 'x300a0070');
    expect([fractionGroup.intString('x300a0078'), fractionGroup.intString('x300a0080')]).toEqual([35, 5]);
    expect(items(fractionGroup, 'x300c0004').map((beam) => [beam.intString('x300c0006'), beam.floatString('x300a0086')])).toEqual([[1, 120], [2, 120], [3, 120], [4, 120], [5, 120]]);
    const beams = items(rp, 'x300a00b0');
    expect(beams.map((beam) => first(beam, 'x300a0111').floatString('x300a011e'))).toEqual([0, 72, 144, 216, 288]);
    for (const beam of beams) {
      expect([beam.string('x300a00c4'), beam.string('x300a00c6'), beam.string('x300a00ce'), beam.floatString('x300a00b4'), beam.intString('x300a0110')]).toEqual(['STATIC', 'PHOTON', 'TREATMENT', 1000, 2]);
      const [start, end] = items(beam, 'x300a0111');
      if (start === undefined || end === undefined) throw new Error('a beam without its two control points');
      expect(numbers(start, 'x300a012c')).toEqual([...isocentreLps]);
      expect([start.floatString('x300a0114'), start.floatString('x300a0120'), start.floatString('x300a0122')]).toEqual([6, 0, 0]);
      expect([start.floatString('x300a0134'), end.floatString('x300a0134')]).toEqual([0, 1]);
      expect(items(beam, 'x300a00b6').map((device) => device.string('x300a00b8'))).toEqual(['ASYMX', 'ASYMY']);
    }
    expect(first(rp, 'x300a0180').string('x00185100')).toBe('HFS');
  });

  it('hold a multi-frame RTDOSE, referencing the plan, whose voxels are demoDoseGy at their centres to within half a scaling step', () => {
    expect([rd.string('x00080016'), rd.string('x30040002'), rd.string('x30040004'), rd.string('x3004000a')]).toEqual(['1.2.840.10008.5.1.4.1.1.481.2', 'GY', 'PHYSICAL', 'PLAN']);
    expect(first(rd, 'x300c0002').string('x00081155')).toBe(rp.string('x00080018'));
    expect(rd.attributeTag('x00280009')).toBe('x3004000c');
    const offsetsMm = numbers(rd, 'x3004000c');
    const [columns, rows, frames] = [rd.uint16('x00280011') ?? 0, rd.uint16('x00280010') ?? 0, rd.intString('x00280008') ?? 0];
    expect([columns, rows, frames, offsetsMm.length, offsetsMm[0]]).toEqual([104, 104, 68, 68, 0]);
    const [x0 = NaN, y0 = NaN, z0 = NaN] = numbers(rd, 'x00200032');
    const [rowMm = NaN, columnMm = NaN] = numbers(rd, 'x00280030');
    const scaling = rd.floatString('x3004000e') ?? NaN;
    expect(scaling).toBe(demoDoseGridScaling);
    let worstGy = 0;
    let maxGy = 0;
    for (let k = 0; k < frames; k += 1) {
      for (let j = 0; j < rows; j += 1) {
        for (let i = 0; i < columns; i += 1) {
          const doseGy = uint16At(rd, 'x7fe00010', i + columns * (j + rows * k)) * scaling;
          worstGy = Math.max(worstGy, Math.abs(doseGy - demoDoseGy([x0 + i * columnMm, y0 + j * rowMm, z0 + (offsetsMm[k] ?? NaN)])));
          maxGy = Math.max(maxGy, doseGy);
        }
      }
    }
    expect(worstGy).toBeLessThanOrEqual(demoDoseGridScaling / 2 + 1e-9);
    expect(maxGy).toBe(70);
  });
});
