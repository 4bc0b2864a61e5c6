import { randomUUID } from 'node:crypto';
import type { CaseListing } from './caseFiles.js';

/**
 * The cases main has listed for the page, by token: the page reads their bytes in batches by token
 * and index, never by path. At most `capacity` are kept; the oldest goes first, and a case is let go
 * once its last batch has been read.
 */
export class CaseListings {
  private readonly listings = new Map<string, CaseListing>();

  constructor(private readonly capacity: number) {}

  add(listing: CaseListing): string {
    const token = randomUUID();
    this.listings.set(token, listing);
    while (this.listings.size > this.capacity) {
      const oldest = this.listings.keys().next().value;
      if (oldest === undefined) break;
      this.listings.delete(oldest);
    }
    return token;
  }

  get(token: string): CaseListing | undefined {
    return this.listings.get(token);
  }

  release(token: string): void {
    this.listings.delete(token);
  }
}
