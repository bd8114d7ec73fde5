/** What a chosen file holds: a STIX 2.1 bundle to send, or why it is not one (checked before upload). */
export type BundleFile = { bundle: Record<string, unknown>; objects: number } | { problem: 'notJson' | 'notBundle' };

/** A bundle is a JSON object of type "bundle" with a list of objects (STIX 2.1 §8); the server checks each object. */
export function readBundleFile(text: string): BundleFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'notJson' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { problem: 'notBundle' };
  const bundle = json as Record<string, unknown>;
  if (bundle.type !== 'bundle' || !Array.isArray(bundle.objects)) return { problem: 'notBundle' };
  return { bundle, objects: bundle.objects.length };
}
