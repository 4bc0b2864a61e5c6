/** Indented JSON, with lists of numbers (points, colours) kept on one line; ends in a newline. */
export function jsonText(value: unknown): string {
  const indented = JSON.stringify(value, null, 2);
  return `${indented.replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/gu, (_, items: string) => `[${items.split(/,\s+/u).join(', ')}]`)}\n`;
}
