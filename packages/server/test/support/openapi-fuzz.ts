// Requests generated from the OpenAPI document, and the checks every answer must pass. The API fuzzer
// (test/medium/api-fuzz.test.ts) drives these with fast-check; they know nothing of the routes beyond what
// the document says, so a new operation is fuzzed as soon as it is documented.
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Response {
  description?: string;
  content?: Record<string, { schema?: JsonSchema }>;
  /** `#/components/responses/…`: the answers every operation shares are named once. */
  $ref?: string;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As in the document, relative to the server URL: `/incidents/{id}`. */
  path: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, Response>;
}

export interface OpenApiDocument {
  servers: { url: string }[];
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, Response> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      ...item[method]!,
      method,
      path,
      parameters: item[method]!.parameters ?? [],
    })),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Identifiers: path parameters and id fields mostly name things that exist, so requests get past "not found".

/** Known ids per collection: the path segment before the parameter (`incidents`, `tasks`, `reports`). */
export class IdPool {
  private readonly byCollection = new Map<string, string[]>();
  private readonly known = new Set<string>();

  add(collection: string, id: unknown): void {
    if (typeof id !== 'string' || !UUID.test(id) || this.known.has(`${collection} ${id}`)) return;
    this.known.add(`${collection} ${id}`);
    const ids = this.byCollection.get(collection);
    if (ids) ids.push(id);
    else this.byCollection.set(collection, [id]);
  }

  /** The ids in a 2xx answer of an operation: `id`/`userId` of the body and of its `items`. */
  harvest(path: string, body: unknown): void {
    const collection = collectionOf(path);
    const record = (v: unknown) => {
      if (v && typeof v === 'object') {
        this.add(collection, (v as { id?: unknown }).id);
        this.add(collection, (v as { userId?: unknown }).userId);
      }
    };
    record(body);
    const items = (body as { items?: unknown } | null)?.items;
    if (Array.isArray(items)) items.forEach(record);
  }

  /** A known id of this collection (or of any, when it has none yet), else a fresh one. */
  of(collection: string | undefined): fc.Arbitrary<string> {
    return fc.nat().map((n) => {
      const ids = (collection && this.byCollection.get(collection)) || [...this.byCollection.values()].flat();
      return ids.length > 0 ? ids[n % ids.length]! : '00000000-0000-4000-8000-000000000000';
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The last fixed segment of a path: `/incidents/{id}/tasks` → `tasks`. */
function collectionOf(path: string): string {
  return (
    path
      .split('/')
      .filter((s) => s && !s.startsWith('{'))
      .at(-1) ?? ''
  );
}

/** The segment before `{name}` in a path: `/incidents/{id}/tasks/{taskId}`, taskId → `tasks`. */
function collectionOfParam(path: string, name: string): string | undefined {
  const segments = path.split('/');
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? segments[at - 1] : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Values. `valueOf` follows the schema, but with `nastiness` above 0 any value anywhere may be a nasty one.

/** Strings that break naive code: characters PostgreSQL cannot store, odd dates, huge, empty, injections. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u0001\u001f\u007f',
  '\u202Eevil',
  '😀'.repeat(3),
  'x'.repeat(10_001),
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00.000Z',
  '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59-12:00',
  '2026-02-30T00:00:00Z',
  '2026-01-01',
  '0000-01-01',
  '9999-12-31',
  '00000000-0000-0000-0000-000000000000',
  '../../etc/passwd',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '%00',
  'NaN',
  '1e309',
  'http://169.254.169.254/latest/meta-data/',
  'javascript:alert(1)',
];

const NASTY_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  0.5,
  2 ** 31,
  2 ** 53 + 2,
  -1e308,
  [],
  [null],
  {},
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
];

/** Strings of the characters that matter most here: NUL, lone surrogates, controls, multi-byte. */
const weirdString = fc.string({
  unit: fc.constantFrom('\u0000', '\uD800', '\uDC00', '\u0008', 'a', 'é', '😀', ' ', '\n', '"', '\\'),
  maxLength: 12,
});

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_VALUES),
  weirdString,
);

/** Dates in a sane range, written as the API writes them or with an offset. */
const instant = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+01:00', '-05:30', '+14:00'),
  )
  .map(([d, offset]) => (offset === 'Z' ? d.toISOString() : d.toISOString().slice(0, 19) + offset));

export interface ValueContext {
  ids: IdPool;
  /** Chance, per value, of a nasty one instead (0: conforming only). */
  nastiness: number;
}

export function valueOf(schema: JsonSchema | undefined, ctx: ValueContext): fc.Arbitrary<unknown> {
  const shaped = conforming(schema ?? {}, ctx);
  if (ctx.nastiness === 0) return shaped;
  const weight = Math.max(1, Math.round(1 / ctx.nastiness) - 1);
  return fc.oneof({ weight, arbitrary: shaped }, { weight: 1, arbitrary: nasty });
}

function conforming(schema: JsonSchema, ctx: ValueContext): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((s) => valueOf(s, ctx)));
  if (schema.allOf?.[0]) return valueOf(schema.allOf[0], ctx);
  const types = [schema.type ?? (schema.properties ? 'object' : 'any')].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => conforming({ ...schema, type }, ctx)));
  switch (types[0]) {
    case 'string':
      return stringOf(schema, ctx);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1_000_000, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1e6,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 1e6,
        minExcluded: schema.exclusiveMinimum !== undefined,
        maxExcluded: schema.exclusiveMaximum !== undefined,
        noNaN: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(valueOf(schema.items, ctx), {
        minLength,
        maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'object':
      return objectOf(schema, ctx);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: JsonSchema, ctx: ValueContext): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof({ weight: 3, arbitrary: ctx.ids.of(undefined) }, { weight: 1, arbitrary: fc.uuid() });
    case 'date-time':
      return instant;
    case 'date':
      return instant.map((v) => v.slice(0, 10));
    case 'email':
      return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 254));
    case 'uri':
      // Only hosts the test app may never reach: WEERBAAR_AUTHORITY_HOSTS refuses any other.
      return fc.constantFrom('https://authority.invalid/', 'http://127.0.0.1:9/', 'https://hooks.invalid/x?y=1');
    case 'binary':
      return fc.string();
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // a pattern fast-check cannot generate from: plain strings (most are refused, which is fine)
    }
  }
  return fc.string({ unit: 'grapheme', minLength, maxLength });
}

function objectOf(schema: JsonSchema, ctx: ValueContext): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const shape = fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valueOf(s, ctx)])), {
    requiredKeys: (schema.required ?? []).filter((k) => k in props),
  });
  const extra = schema.additionalProperties;
  if (extra === false || extra === undefined) {
    if (ctx.nastiness === 0) return shape;
    // Now and then a key the schema does not know, or a required one left out.
    return fc.tuple(shape, fc.constantFrom('keep', 'keep', 'keep', 'keep', 'add', 'drop')).map(([value, edit]) => {
      const v = { ...(value as Record<string, unknown>) };
      if (edit === 'add') v['unexpected'] = 1;
      if (edit === 'drop') delete v[schema.required?.[0] ?? ''];
      return v;
    });
  }
  const values = extra === true ? fc.jsonValue({ maxDepth: 2 }) : valueOf(extra, ctx);
  return fc
    .tuple(
      shape,
      fc.dictionary(ctx.nastiness > 0 ? fc.oneof(fc.string(), weirdString) : fc.string(), values, { maxKeys: 3 }),
    )
    .map(([known, more]) => ({ ...more, ...(known as object) }));
}

// ---------------------------------------------------------------------------------------------------------
// Requests.

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Path and query parts that arrive already encoded: a NUL, invalid UTF-8, a bad escape, dot segments. */
const NASTY_URL_PARTS = ['%00', 'a%00b', '%ED%A0%80', '%FF', '%C0%AF', '%2e%2e', '..', '%', '%zz', 'x'.repeat(300), ''];

/** Percent-encoded; a lone surrogate, which has no UTF-8 form, as the bytes a broken encoder would send. */
function urlPart(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/[^]/gu, (c) => {
    if (!/\p{Cs}/u.test(c)) return encodeURIComponent(c);
    const unit = c.charCodeAt(0);
    return [0xed, 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  });
}

function parameterValue(op: Operation, p: Parameter, ctx: ValueContext): fc.Arbitrary<string> {
  const shaped =
    p.in === 'path' && p.schema.format === 'uuid'
      ? ctx.ids.of(collectionOfParam(op.path, p.name))
      : conforming(p.schema, { ...ctx, nastiness: 0 }).map(urlPart);
  if (ctx.nastiness === 0) return shaped;
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_URL_PARTS) },
    { weight: 1, arbitrary: nasty.map(urlPart) },
  );
}

function headerValue(p: Parameter, ctx: ValueContext): fc.Arbitrary<string> {
  const shaped = conforming(p.schema, { ...ctx, nastiness: 0 }).map(String);
  if (ctx.nastiness === 0) return shaped;
  // What reaches the application: Node's parser refuses control characters before it (http-problems.test.ts).
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: nasty.map(String) });
}

const BOUNDARY = 'fuzzB0undary';

/** A multipart/form-data body: parts named `file` or not, with or without file name and media type. */
function multipartBody(ctx: ValueContext): fc.Arbitrary<{ contentType: string; payload: Buffer }> {
  const part = fc.record({
    name: fc.constantFrom('file', 'file', 'note', 'file[]'),
    fileName: fc.option(
      fc.oneof(fc.constantFrom('evidence.pcap', 'rapport.pdf', 'a"b.txt'), weirdString, fc.string()),
      {
        nil: undefined,
      },
    ),
    mediaType: fc.option(
      fc.constantFrom('application/pdf', 'text/plain', 'image/png', 'text/html', 'application/json', 'x/y;z'),
      {
        nil: undefined,
      },
    ),
    content: fc.uint8Array({ maxLength: 64 }),
  });
  return fc.array(part, { minLength: ctx.nastiness === 0 ? 1 : 0, maxLength: 3 }).map((parts) => ({
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.concat([
      ...parts.flatMap((p) => [
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"` +
            (p.fileName === undefined ? '' : `; filename="${p.fileName.replace(/["\r\n]/g, '_')}"`) +
            '\r\n' +
            (p.mediaType === undefined ? '' : `Content-Type: ${p.mediaType}\r\n`) +
            '\r\n',
        ),
        Buffer.from(p.content),
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${BOUNDARY}--\r\n`),
    ]),
  }));
}

/** Bodies no schema describes: other media types, broken JSON, none at all. */
const STRAY_BODIES: { contentType?: string; payload?: string }[] = [
  {},
  { contentType: 'application/json', payload: '' },
  { contentType: 'application/json', payload: '{"oops": ' },
  { contentType: 'application/json', payload: '[1,2,3]' },
  { contentType: 'application/json', payload: '"\\u0000"' },
  { contentType: 'application/json', payload: '{"a":1,"a":2}' },
  { contentType: 'application/json; charset=latin1', payload: '{}' },
  { contentType: 'text/plain', payload: 'hello' },
  { contentType: 'application/x-www-form-urlencoded', payload: 'a=1' },
  { contentType: 'application/octet-stream', payload: '\u0000\u0001' },
  { contentType: 'multipart/form-data', payload: 'no boundary' },
];

/** Every place in a JSON value, the value itself first: `[]`, `['title']`, `['impact', 'usersAffected']`. */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => placesIn(v, [...at, Array.isArray(value) ? Number(k) : k]))];
}

type Mutation = { kind: 'corrupt'; with: string } | { kind: 'replace'; with: unknown } | { kind: 'drop' };

/** How one place of a valid value goes wrong: a bad character inside its text, another value, or gone. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('\u0000', '\uD800', '\uDFFF').map((c) => ({ kind: 'corrupt' as const, with: c })),
  },
  { weight: 3, arbitrary: nasty.map((v) => ({ kind: 'replace' as const, with: v })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop' as const }) },
);

/** The value with one place changed; text keeps its length and shape, with a bad character in the middle. */
function mutateOnce(value: unknown, index: number, change: Mutation): unknown {
  const places = placesIn(value);
  const place = places[index % places.length]!;
  const apply = (current: unknown): unknown => {
    if (change.kind === 'corrupt' && typeof current === 'string') {
      const middle = Math.floor(current.length / 2);
      return current.slice(0, middle) + change.with + current.slice(middle + (current.length > 0 ? 1 : 0));
    }
    return change.kind === 'drop' ? undefined : change.kind === 'replace' ? change.with : current;
  };
  if (place.length === 0) return apply(value) ?? null;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = place.at(-1)!;
  const changed = apply(parent[last]);
  if (changed === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = changed ?? null;
  return copy;
}

type Body = { contentType?: string; payload?: string | Buffer };
const json = (v: unknown): Body => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? 'null' });

/** Bodies for an operation: as documented, or with one place changed, or anything at all. */
function bodiesOf(op: Operation, ids: IdPool): Record<'valid' | 'mutated' | 'chaotic', fc.Arbitrary<Body>> {
  const content = op.requestBody?.content;
  const stray = fc.constantFrom(...STRAY_BODIES);
  if (!content) return { valid: fc.constant({}), mutated: fc.constant({}), chaotic: fc.oneof(fc.constant({}), stray) };
  if (content['multipart/form-data']) {
    return {
      valid: multipartBody({ ids, nastiness: 0 }),
      mutated: multipartBody({ ids, nastiness: 1 }),
      chaotic: fc.oneof(multipartBody({ ids, nastiness: 1 }), stray),
    };
  }
  const schema = content['application/json']?.schema;
  const valid = valueOf(schema, { ids, nastiness: 0 });
  return {
    valid: valid.map(json),
    mutated: fc.tuple(valid, fc.nat(), mutation).map(([v, i, m]) => json(mutateOnce(v, i, m))),
    chaotic: fc.oneof({ weight: 4, arbitrary: valueOf(schema, { ids, nastiness: 0.08 }).map(json) }, stray),
  };
}

/**
 * Requests for one operation: some follow the document to the letter (so they reach the use case), some
 * change one place of a valid body (a NUL inside a title must not get further than validation), some have
 * nasty path, query and header values, and some are nasty throughout.
 */
export function requestsFor(op: Operation, base: string, ids: IdPool): fc.Arbitrary<FuzzRequest> {
  const paramsOf = (nastiness: number) =>
    fc.record(
      Object.fromEntries(
        op.parameters.map((p) => [
          `${p.in}:${p.name}`,
          p.in === 'header' ? headerValue(p, { ids, nastiness }) : parameterValue(op, p, { ids, nastiness }),
        ]),
      ),
      { requiredKeys: op.parameters.filter((p) => p.in === 'path' || p.required).map((p) => `${p.in}:${p.name}`) },
    );
  const bodies = bodiesOf(op, ids);
  const build = (params: fc.Arbitrary<Record<string, string>>, body: fc.Arbitrary<Body>, mayRepeat: boolean) =>
    fc.tuple(params, body, mayRepeat ? fc.boolean() : fc.constant(false)).map(([v, b, repeat]): FuzzRequest => {
      const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => v[`path:${name}`] ?? '');
      const query = op.parameters
        .filter((p) => p.in === 'query' && v[`query:${p.name}`] !== undefined)
        .map((p) => `${p.name}=${v[`query:${p.name}`]}`);
      // A parameter given twice (?q=a&q=b) arrives as a list.
      if (repeat && query[0]) query.push(query[0]);
      const headers: Record<string, string> = {};
      for (const p of op.parameters.filter((x) => x.in === 'header')) {
        const value = v[`header:${p.name}`];
        if (value !== undefined) headers[p.name] = value;
      }
      if (b.contentType) headers['content-type'] = b.contentType;
      return {
        method: op.method.toUpperCase(),
        url: `${base}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`,
        headers,
        ...(b.payload === undefined ? {} : { payload: b.payload }),
      };
    });
  return fc.oneof(
    { weight: 3, arbitrary: build(paramsOf(0), bodies.valid, false) },
    { weight: 3, arbitrary: build(paramsOf(0), bodies.mutated, false) },
    { weight: 2, arbitrary: build(paramsOf(0.3), bodies.valid, false) },
    { weight: 1, arbitrary: build(paramsOf(0.3), bodies.chaotic, true) },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Answers.

export interface FuzzResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Checks answers against the document: status and media type documented, bodies valid against their schema. */
export class ResponseChecker {
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<JsonSchema, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(this.ajv);
    this.ajv.addFormat('binary', true);
  }

  /**
   * What is wrong with this answer to this operation (empty when nothing is), and its body when it is a
   * JSON document.
   */
  check(op: Operation, res: FuzzResponse): { problems: string[]; json?: unknown } {
    const problems: string[] = [];
    if (res.statusCode >= 500) problems.push(`answered ${res.statusCode}`);
    const documented = this.response(op.responses[String(res.statusCode)] ?? op.responses['default']);
    if (!documented)
      return { problems: [...problems, `status ${res.statusCode} is not documented for this operation`] };
    const mediaType = String(res.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const media = documented.content ?? {};
    if (Object.keys(media).length === 0) {
      if (res.body.length > 0) problems.push(`status ${res.statusCode} is documented without a body, but one came`);
      return { problems };
    }
    if (!(mediaType in media)) {
      problems.push(`content type '${mediaType}' is not documented for ${res.statusCode} (${Object.keys(media)})`);
      return { problems };
    }
    const schema = media[mediaType]!.schema;
    // A file as uploaded (format binary) may say it is JSON and be anything.
    if (!mediaType.endsWith('json') || schema?.format === 'binary') return { problems };
    let json: unknown;
    try {
      json = JSON.parse(res.body);
    } catch {
      return { problems: [...problems, `the ${mediaType} body is not JSON`] };
    }
    if (schema && (res.statusCode < 300 || mediaType === 'application/problem+json')) {
      const validate = this.validatorOf(schema);
      if (!validate(json)) {
        const errors = this.ajv.errorsText(validate.errors?.slice(0, 5), { dataVar: 'body' });
        problems.push(`the body does not match the documented schema: ${errors}`);
      }
    }
    if (mediaType === 'application/problem+json') {
      const problem = json as { status?: unknown; code?: unknown; invalidParams?: unknown[] };
      if (problem.status !== res.statusCode)
        problems.push(`the problem's status ${problem.status} is not the HTTP status`);
      // Bad input always names the field that is wrong (DESIGN.md, Errors).
      if (problem.code === 'validation_failed' && !problem.invalidParams?.length) {
        problems.push('validation_failed names no field (invalidParams is empty)');
      }
    }
    return { problems, json };
  }

  private validatorOf(schema: JsonSchema): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(this.resolved(schema) as object);
      this.validators.set(schema, validate);
    }
    return validate;
  }

  private response(response: Response | undefined): Response | undefined {
    const name = response?.$ref?.slice('#/components/responses/'.length);
    return name === undefined ? response : this.doc.components?.responses?.[name];
  }

  /** The schema with its `#/components/schemas/…` references written out. */
  private resolved(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.resolved(s));
    if (!schema || typeof schema !== 'object') return schema;
    const ref = (schema as JsonSchema).$ref;
    if (ref?.startsWith('#/components/schemas/')) {
      return this.resolved(this.doc.components?.schemas?.[ref.slice('#/components/schemas/'.length)]);
    }
    return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, this.resolved(v)]));
  }
}
