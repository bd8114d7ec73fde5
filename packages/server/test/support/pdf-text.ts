// Reading the text of a PDF pdfmake wrote, for the tests of every PDF (incident report, quarterly report).
import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, without a PDF parser: inflate the streams, read the ToUnicode maps pdfkit
 * writes (one per font) and decode every TJ operand with each map; the text of a run is right under
 * the map of its font, so looking for a word in all decodings is enough.
 */
export function pdfTexts(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
  }
  // One map per ToUnicode CMap (a font); a CMap may hold several ranges of up to 256 codes.
  const maps = streams
    .filter((s) => s.includes('beginbfrange'))
    .map((s) => {
      const map = new Map<number, string>();
      for (const [, first, codes] of s.matchAll(/<([0-9a-f]+)> <[0-9a-f]+> \[([^\]]*)\]/gi)) {
        // An entry may be a ligature of several characters: <0066 0066 0069> is "ffi".
        [...codes!.matchAll(/<([0-9a-f ]+)>/gi)].forEach(([, h], i) =>
          map.set(parseInt(first!, 16) + i, String.fromCodePoint(...h!.split(' ').map((c) => parseInt(c, 16)))),
        );
      }
      return map;
    });
  const runs = streams.flatMap((s) =>
    [...s.matchAll(/\[([^\]]*)\] TJ/g)].map(([, arr]) =>
      [...arr!.matchAll(/<([0-9a-f]+)>/gi)].map(([, h]) => h).join(''),
    ),
  );
  // pdfmake writes a word with its trailing space as one run, so the runs are joined as they are.
  return maps.map((map) =>
    runs.map((hex) => (hex.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '').join('')).join(''),
  );
}
