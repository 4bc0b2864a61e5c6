/**
 * The DICOM attributes PlanLens reads, with their tag and VR. The VR is needed to decode
 * implicit-VR files; this is the only table of tags in the code base.
 */
export type Vr =
  | 'AE' | 'AS' | 'CS' | 'DA' | 'DS' | 'DT' | 'FD' | 'FL' | 'IS' | 'LO' | 'LT' | 'OB' | 'OW'
  | 'PN' | 'SH' | 'SL' | 'SQ' | 'SS' | 'ST' | 'TM' | 'UI' | 'UL' | 'US' | 'UT' | 'AT';

export interface TagDef {
  readonly tag: string; // dicom-parser form: xggggeeee
  readonly keyword: string;
  readonly vr: Vr;
}

function def(group: number, element: number, keyword: string, vr: Vr): TagDef {
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return { tag: `x${hex(group)}${hex(element)}`, keyword, vr };
}

/** `(GGGG,EEEE) Keyword`, as errors print a tag. */
export function describeTag(tag: TagDef): string {
  const g = tag.tag.slice(1, 5).toUpperCase();
  const e = tag.tag.slice(5, 9).toUpperCase();
  return `(${g},${e}) ${tag.keyword}`;
}

export const T = {
  MediaStorageSOPClassUID: def(0x0002, 0x0002, 'MediaStorageSOPClassUID', 'UI'),
  TransferSyntaxUID: def(0x0002, 0x0010, 'TransferSyntaxUID', 'UI'),
  SpecificCharacterSet: def(0x0008, 0x0005, 'SpecificCharacterSet', 'CS'),
  SOPClassUID: def(0x0008, 0x0016, 'SOPClassUID', 'UI'),
  SOPInstanceUID: def(0x0008, 0x0018, 'SOPInstanceUID', 'UI'),
  StudyDate: def(0x0008, 0x0020, 'StudyDate', 'DA'),
  Modality: def(0x0008, 0x0060, 'Modality', 'CS'),
  Manufacturer: def(0x0008, 0x0070, 'Manufacturer', 'LO'),
  StudyDescription: def(0x0008, 0x1030, 'StudyDescription', 'LO'),
  SeriesDescription: def(0x0008, 0x103e, 'SeriesDescription', 'LO'),
  ReferencedSOPClassUID: def(0x0008, 0x1150, 'ReferencedSOPClassUID', 'UI'),
  ReferencedSOPInstanceUID: def(0x0008, 0x1155, 'ReferencedSOPInstanceUID', 'UI'),
  PatientName: def(0x0010, 0x0010, 'PatientName', 'PN'),
  PatientID: def(0x0010, 0x0020, 'PatientID', 'LO'),
  SliceThickness: def(0x0018, 0x0050, 'SliceThickness', 'DS'),
  PatientPosition: def(0x0018, 0x5100, 'PatientPosition', 'CS'),
  StudyInstanceUID: def(0x0020, 0x000d, 'StudyInstanceUID', 'UI'),
  SeriesInstanceUID: def(0x0020, 0x000e, 'SeriesInstanceUID', 'UI'),
  InstanceNumber: def(0x0020, 0x0013, 'InstanceNumber', 'IS'),
  ImagePositionPatient: def(0x0020, 0x0032, 'ImagePositionPatient', 'DS'),
  ImageOrientationPatient: def(0x0020, 0x0037, 'ImageOrientationPatient', 'DS'),
  FrameOfReferenceUID: def(0x0020, 0x0052, 'FrameOfReferenceUID', 'UI'),
  SamplesPerPixel: def(0x0028, 0x0002, 'SamplesPerPixel', 'US'),
  PhotometricInterpretation: def(0x0028, 0x0004, 'PhotometricInterpretation', 'CS'),
  NumberOfFrames: def(0x0028, 0x0008, 'NumberOfFrames', 'IS'),
  FrameIncrementPointer: def(0x0028, 0x0009, 'FrameIncrementPointer', 'AT'),
  Rows: def(0x0028, 0x0010, 'Rows', 'US'),
  Columns: def(0x0028, 0x0011, 'Columns', 'US'),
  PixelSpacing: def(0x0028, 0x0030, 'PixelSpacing', 'DS'),
  BitsAllocated: def(0x0028, 0x0100, 'BitsAllocated', 'US'),
  BitsStored: def(0x0028, 0x0101, 'BitsStored', 'US'),
  PixelRepresentation: def(0x0028, 0x0103, 'PixelRepresentation', 'US'),
  WindowCenter: def(0x0028, 0x1050, 'WindowCenter', 'DS'),
  WindowWidth: def(0x0028, 0x1051, 'WindowWidth', 'DS'),
  RescaleIntercept: def(0x0028, 0x1052, 'RescaleIntercept', 'DS'),
  RescaleSlope: def(0x0028, 0x1053, 'RescaleSlope', 'DS'),
  RescaleType: def(0x0028, 0x1054, 'RescaleType', 'LO'),
  // RT Dose
  DVHNormalizationDoseValue: def(0x3004, 0x0042, 'DVHNormalizationDoseValue', 'DS'),
  DoseUnits: def(0x3004, 0x0002, 'DoseUnits', 'CS'),
  DoseType: def(0x3004, 0x0004, 'DoseType', 'CS'),
  DoseComment: def(0x3004, 0x0006, 'DoseComment', 'LO'),
  DoseSummationType: def(0x3004, 0x000a, 'DoseSummationType', 'CS'),
  GridFrameOffsetVector: def(0x3004, 0x000c, 'GridFrameOffsetVector', 'DS'),
  DoseGridScaling: def(0x3004, 0x000e, 'DoseGridScaling', 'DS'),
  TissueHeterogeneityCorrection: def(0x3004, 0x0014, 'TissueHeterogeneityCorrection', 'CS'),
  DVHSequence: def(0x3004, 0x0050, 'DVHSequence', 'SQ'),
  DVHType: def(0x3004, 0x0001, 'DVHType', 'CS'),
  DVHDoseScaling: def(0x3004, 0x0052, 'DVHDoseScaling', 'DS'),
  DVHVolumeUnits: def(0x3004, 0x0054, 'DVHVolumeUnits', 'CS'),
  DVHNumberOfBins: def(0x3004, 0x0056, 'DVHNumberOfBins', 'IS'),
  DVHData: def(0x3004, 0x0058, 'DVHData', 'DS'),
  DVHReferencedROISequence: def(0x3004, 0x0060, 'DVHReferencedROISequence', 'SQ'),
  DVHROIContributionType: def(0x3004, 0x0062, 'DVHROIContributionType', 'CS'),
  DVHMinimumDose: def(0x3004, 0x0070, 'DVHMinimumDose', 'DS'),
  DVHMaximumDose: def(0x3004, 0x0072, 'DVHMaximumDose', 'DS'),
  DVHMeanDose: def(0x3004, 0x0074, 'DVHMeanDose', 'DS'),
  // RT Structure Set
  StructureSetLabel: def(0x3006, 0x0002, 'StructureSetLabel', 'SH'),
  StructureSetName: def(0x3006, 0x0004, 'StructureSetName', 'LO'),
  ReferencedFrameOfReferenceSequence: def(0x3006, 0x0010, 'ReferencedFrameOfReferenceSequence', 'SQ'),
  RTReferencedStudySequence: def(0x3006, 0x0012, 'RTReferencedStudySequence', 'SQ'),
  RTReferencedSeriesSequence: def(0x3006, 0x0014, 'RTReferencedSeriesSequence', 'SQ'),
  ContourImageSequence: def(0x3006, 0x0016, 'ContourImageSequence', 'SQ'),
  StructureSetROISequence: def(0x3006, 0x0020, 'StructureSetROISequence', 'SQ'),
  ROINumber: def(0x3006, 0x0022, 'ROINumber', 'IS'),
  ReferencedFrameOfReferenceUID: def(0x3006, 0x0024, 'ReferencedFrameOfReferenceUID', 'UI'),
  ROIName: def(0x3006, 0x0026, 'ROIName', 'LO'),
  ROIGenerationAlgorithm: def(0x3006, 0x0036, 'ROIGenerationAlgorithm', 'CS'),
  ROIContourSequence: def(0x3006, 0x0039, 'ROIContourSequence', 'SQ'),
  ContourSequence: def(0x3006, 0x0040, 'ContourSequence', 'SQ'),
  ContourGeometricType: def(0x3006, 0x0042, 'ContourGeometricType', 'CS'),
  NumberOfContourPoints: def(0x3006, 0x0046, 'NumberOfContourPoints', 'IS'),
  ContourData: def(0x3006, 0x0050, 'ContourData', 'DS'),
  RTROIObservationsSequence: def(0x3006, 0x0080, 'RTROIObservationsSequence', 'SQ'),
  ReferencedROINumber: def(0x3006, 0x0084, 'ReferencedROINumber', 'IS'),
  RTROIInterpretedType: def(0x3006, 0x00a4, 'RTROIInterpretedType', 'CS'),
  ROIDisplayColor: def(0x3006, 0x002a, 'ROIDisplayColor', 'IS'),
  // RT Plan
  RTPlanLabel: def(0x300a, 0x0002, 'RTPlanLabel', 'SH'),
  RTPlanName: def(0x300a, 0x0003, 'RTPlanName', 'LO'),
  RTPlanGeometry: def(0x300a, 0x000c, 'RTPlanGeometry', 'CS'),
  PlanIntent: def(0x300a, 0x000a, 'PlanIntent', 'CS'),
  DoseReferenceSequence: def(0x300a, 0x0010, 'DoseReferenceSequence', 'SQ'),
  DoseReferenceNumber: def(0x300a, 0x0012, 'DoseReferenceNumber', 'IS'),
  DoseReferenceStructureType: def(0x300a, 0x0014, 'DoseReferenceStructureType', 'CS'),
  DoseReferenceDescription: def(0x300a, 0x0016, 'DoseReferenceDescription', 'LO'),
  DoseReferenceType: def(0x300a, 0x0020, 'DoseReferenceType', 'CS'),
  DeliveryMaximumDose: def(0x300a, 0x0023, 'DeliveryMaximumDose', 'DS'),
  TargetPrescriptionDose: def(0x300a, 0x0026, 'TargetPrescriptionDose', 'DS'),
  FractionGroupSequence: def(0x300a, 0x0070, 'FractionGroupSequence', 'SQ'),
  FractionGroupNumber: def(0x300a, 0x0071, 'FractionGroupNumber', 'IS'),
  NumberOfFractionsPlanned: def(0x300a, 0x0078, 'NumberOfFractionsPlanned', 'IS'),
  NumberOfBeams: def(0x300a, 0x0080, 'NumberOfBeams', 'IS'),
  BeamDose: def(0x300a, 0x0084, 'BeamDose', 'DS'),
  BeamMeterset: def(0x300a, 0x0086, 'BeamMeterset', 'DS'),
  BeamSequence: def(0x300a, 0x00b0, 'BeamSequence', 'SQ'),
  IonBeamSequence: def(0x300a, 0x03a2, 'IonBeamSequence', 'SQ'),
  TreatmentMachineName: def(0x300a, 0x00b2, 'TreatmentMachineName', 'SH'),
  PrimaryDosimeterUnit: def(0x300a, 0x00b3, 'PrimaryDosimeterUnit', 'CS'),
  SourceAxisDistance: def(0x300a, 0x00b4, 'SourceAxisDistance', 'DS'),
  BeamNumber: def(0x300a, 0x00c0, 'BeamNumber', 'IS'),
  BeamName: def(0x300a, 0x00c2, 'BeamName', 'LO'),
  BeamDescription: def(0x300a, 0x00c3, 'BeamDescription', 'ST'),
  BeamType: def(0x300a, 0x00c4, 'BeamType', 'CS'),
  RadiationType: def(0x300a, 0x00c6, 'RadiationType', 'CS'),
  TreatmentDeliveryType: def(0x300a, 0x00ce, 'TreatmentDeliveryType', 'CS'),
  NumberOfControlPoints: def(0x300a, 0x0110, 'NumberOfControlPoints', 'IS'),
  ControlPointSequence: def(0x300a, 0x0111, 'ControlPointSequence', 'SQ'),
  IonControlPointSequence: def(0x300a, 0x03a8, 'IonControlPointSequence', 'SQ'),
  NominalBeamEnergy: def(0x300a, 0x0114, 'NominalBeamEnergy', 'DS'),
  GantryAngle: def(0x300a, 0x011e, 'GantryAngle', 'DS'),
  GantryRotationDirection: def(0x300a, 0x011f, 'GantryRotationDirection', 'CS'),
  BeamLimitingDeviceAngle: def(0x300a, 0x0120, 'BeamLimitingDeviceAngle', 'DS'),
  PatientSupportAngle: def(0x300a, 0x0122, 'PatientSupportAngle', 'DS'),
  IsocenterPosition: def(0x300a, 0x012c, 'IsocenterPosition', 'DS'),
  CumulativeMetersetWeight: def(0x300a, 0x0134, 'CumulativeMetersetWeight', 'DS'),
  PatientSetupSequence: def(0x300a, 0x0180, 'PatientSetupSequence', 'SQ'),
  ReferencedRTPlanSequence: def(0x300c, 0x0002, 'ReferencedRTPlanSequence', 'SQ'),
  ReferencedBeamSequence: def(0x300c, 0x0004, 'ReferencedBeamSequence', 'SQ'),
  ReferencedBeamNumber: def(0x300c, 0x0006, 'ReferencedBeamNumber', 'IS'),
  ReferencedStructureSetSequence: def(0x300c, 0x0060, 'ReferencedStructureSetSequence', 'SQ'),
  ReferencedDoseReferenceNumber: def(0x300c, 0x0051, 'ReferencedDoseReferenceNumber', 'IS'),
  ReferencedFractionGroupSequence: def(0x300c, 0x0020, 'ReferencedFractionGroupSequence', 'SQ'),
  PixelData: def(0x7fe0, 0x0010, 'PixelData', 'OW'),
} as const;
