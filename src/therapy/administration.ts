/** One systemic administration on the model's time base (§4.1): hours from 00:00 of RT day 0. */
export interface Administration {
  /** The regimen component it belongs to (RegimenComponent.agentId). */
  readonly agentId: string;
  readonly startH: number;
  readonly dose: number;
  readonly unit: string;
  /** Infusion (or continuous-infusion) duration in hours; 0 for bolus and oral. */
  readonly infusionH: number;
}

/** A delivered RT fraction: its time (h from 00:00 of RT day 0) and physical dose. */
export interface Fraction {
  readonly index: number;
  readonly timeH: number;
  readonly doseGy: number;
}
