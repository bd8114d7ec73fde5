// Formats of Dutch contact data, checked the same way in the browser and on the server.

/** A Dutch postcode: four digits not starting with 0, two letters; SA, SD and SS are never issued (PostNL). */
const POSTCODE = /^([1-9]\d{3}) ?([A-Za-z]{2})$/;

export function isDutchPostcode(text: string): boolean {
  const m = POSTCODE.exec(text.trim());
  return m !== null && !['SA', 'SD', 'SS'].includes(m[2]!.toUpperCase());
}

/** '1234ab' → '1234 AB'. */
export function normalisePostcode(text: string): string {
  const m = POSTCODE.exec(text.trim());
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : text.trim();
}

/** Spaces, dashes, dots, slashes and brackets are layout; '+31 (0)20' is a common way to write +3120. */
function phoneDigits(text: string): string {
  return text
    .trim()
    .replace(/^\+31\s*\(0\)/, '+31')
    .replace(/[\s\-./()]/g, '');
}

/**
 * International E.164 (+ and 8-15 digits) or a Dutch number: 0 and nine digits (fixed and mobile), or a
 * 0800/0900/0906/0909 service number (4 or 7 digits after the prefix, Nummerplan).
 */
export function isPhoneNumber(text: string): boolean {
  const d = phoneDigits(text);
  return (
    /^\+[1-9]\d{7,14}$/.test(d) ||
    /^0[1-9]\d{8}$/.test(d) ||
    /^09(00|06|09)\d{4}(\d{3})?$/.test(d) ||
    /^0800\d{4}(\d{3})?$/.test(d)
  );
}

/** A Dutch national number written as E.164, international numbers as given without layout. */
export function normalisePhone(text: string): string {
  const d = phoneDigits(text);
  if (/^0[1-9]\d{8}$/.test(d)) return `+31${d.slice(1)}`;
  return d;
}
