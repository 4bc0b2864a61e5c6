import type { SaveKind } from '../../src/bridge/contract.js';
import { ipcLimits } from './limits.js';

/**
 * Checks of what the page sent, in main. Each throws an Error whose message names the operation
 * and says what was wrong; Electron hands the message to the page's rejected promise.
 */
export class BridgeArgumentError extends Error {
  override readonly name = 'BridgeArgumentError';
}

export function expectArgumentCount(operation: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) throw new BridgeArgumentError(`${operation}: expects ${count} argument${count === 1 ? '' : 's'}, got ${args.length}`);
}

export function expectString(operation: string, what: string, value: unknown, maxLength: number = ipcLimits.nameLength): string {
  if (typeof value !== 'string') throw new BridgeArgumentError(`${operation}: ${what} must be a string, got ${describe(value)}`);
  if (value.length === 0) throw new BridgeArgumentError(`${operation}: ${what} is empty`);
  if (value.length > maxLength) throw new BridgeArgumentError(`${operation}: ${what} is ${value.length} characters long, more than the ${maxLength} allowed`);
  return value;
}

export function expectIndex(operation: string, what: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new BridgeArgumentError(`${operation}: ${what} must be a whole number, got ${describe(value)}`);
  if (value < 0 || value > max) throw new BridgeArgumentError(`${operation}: ${what} ${value} is outside 0 … ${max}`);
  return value;
}

export function expectBytes(operation: string, what: string, value: unknown, maxBytes: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new BridgeArgumentError(`${operation}: ${what} must be a Uint8Array, got ${describe(value)}`);
  if (value.byteLength > maxBytes) throw new BridgeArgumentError(`${operation}: ${what} is ${value.byteLength} bytes, more than the ${maxBytes} allowed`);
  return value;
}

const saveKinds: readonly SaveKind[] = ['png', 'pdf', 'csv', 'json'];

export function expectSaveKind(operation: string, value: unknown): SaveKind {
  if (typeof value !== 'string' || !(saveKinds as readonly string[]).includes(value)) {
    throw new BridgeArgumentError(`${operation}: kind must be one of ${saveKinds.join(', ')}, got ${describe(value)}`);
  }
  return value as SaveKind;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `${typeof value} ${String(value)}`;
}
