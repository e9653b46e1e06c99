/**
 * The evidence pack of the activity log (SPEC §8): what `<activity-log>`'s **Download evidence** saves, DOM-free.
 *
 * - `collectActivity(adapter, query)`: every activity matching the query's filters (all pages), newest first.
 * - `buildEvidencePack(...)`: the JSON file — format id, kit version, `generatedAt`, the session, the filter, every
 *   activity with its linter findings — and a SHA-256 digest (Web Crypto) of its content.
 * - `verifyEvidencePack(pack)`: whether the digest still matches (any later edit, even of one character, breaks it).
 * - `activityCsv(activities)`: the same rows as CSV, safe against spreadsheet formula injection.
 *
 * **How to verify a pack without the kit.** The digest is SHA-256, in lowercase hex, of the UTF-8 bytes of the
 * *canonical serialisation* of the pack without its `digest` member: JSON with no whitespace, object keys sorted by
 * UTF-16 code units (JavaScript's default sort) at every level, members whose value is `undefined` left out, array
 * order kept, strings and numbers as `JSON.stringify` writes them. In a browser console or Node 20:
 *
 * ```js
 * const canon = (v) => Array.isArray(v) ? `[${v.map(canon).join(',')}]`
 *   : v && typeof v === 'object' ? `{${Object.keys(v).sort().filter((k) => v[k] !== undefined)
 *       .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(',')}}` : JSON.stringify(v);
 * const { digest, ...content } = JSON.parse(text);
 * const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canon(content)));
 * [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('') === digest.value;
 * ```
 *
 * The digest shows that the file was not changed after it was made; it does not show who made it (there is no
 * signature): keep the file, or its digest, where others can see when you had it (an e-mail to yourself, a ticket).
 */
import { guardFormula } from '../importers/formula.js';
import { KIT_VERSION } from '../version.js';
import type { Activity, ActivityQuery, ActivityType, CallOptions, Page, Session } from './models.js';

/** The `format` of an evidence pack made by this version. */
export const EVIDENCE_FORMAT = 'seller-review-kit/activity-evidence@1';

/** Rows per request when collecting the whole log. */
export const EVIDENCE_PAGE = 200;

export interface EvidenceFilter {
  types?: ActivityType[];
  from?: string;
  to?: string;
}

export interface EvidencePack {
  format: typeof EVIDENCE_FORMAT;
  kitVersion: string;
  /** ISO 8601: when the pack was made. */
  generatedAt: string;
  /** The session of the data source the activities come from. */
  session: Session;
  /** The client account (SPEC §8), when the log was one account's. */
  accountId?: string;
  /** The filter the activities match (absent members: no limit). */
  filter: EvidenceFilter;
  /** How many activities the pack holds. */
  count: number;
  /** Every activity in the filter, newest first, with the linter's findings at send time. */
  activities: Activity[];
  digest: { algorithm: 'SHA-256'; canonicalization: 'sorted-keys-json'; value: string };
}

/** The canonical serialisation the digest is made over (see the module comment). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const members = Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function sha256Hex(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every activity matching `query`'s filters (its `offset` / `limit` ignored), page by page, newest first. */
export async function collectActivity(
  adapter: { listActivity?: (q: ActivityQuery, o?: CallOptions) => Promise<Page<Activity>> },
  query: Omit<ActivityQuery, 'offset' | 'limit'>,
  {
    signal,
    onProgress,
    pageSize = EVIDENCE_PAGE,
  }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; pageSize?: number } = {},
): Promise<Activity[]> {
  if (!adapter.listActivity) return [];
  const rows: Activity[] = [];
  for (;;) {
    signal?.throwIfAborted();
    const page = await adapter.listActivity({ ...query, offset: rows.length, limit: pageSize }, { signal });
    signal?.throwIfAborted();
    rows.push(...page.items);
    onProgress?.(rows.length, page.total);
    if (!page.items.length || rows.length >= page.total) return rows;
  }
}

/** Builds the evidence pack of `activities` and digests it. */
export async function buildEvidencePack(input: {
  activities: readonly Activity[];
  session: Session;
  filter?: EvidenceFilter;
  generatedAt: Date | string;
  accountId?: string;
}): Promise<EvidencePack> {
  const filter: EvidenceFilter = {};
  if (input.filter?.types?.length) filter.types = [...input.filter.types];
  if (input.filter?.from) filter.from = input.filter.from;
  if (input.filter?.to) filter.to = input.filter.to;
  const content = {
    format: EVIDENCE_FORMAT as typeof EVIDENCE_FORMAT,
    kitVersion: KIT_VERSION,
    generatedAt: typeof input.generatedAt === 'string' ? input.generatedAt : input.generatedAt.toISOString(),
    session: structuredClone(input.session),
    ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
    filter,
    count: input.activities.length,
    activities: structuredClone([...input.activities]),
  };
  const value = await sha256Hex(canonicalJson(content));
  return { ...content, digest: { algorithm: 'SHA-256', canonicalization: 'sorted-keys-json', value } };
}

/**
 * Whether `pack` (an `EvidencePack`, or its JSON text) is intact: its digest matches its content. False for
 * anything that is not a pack, and after any change of its content.
 */
export async function verifyEvidencePack(pack: unknown): Promise<boolean> {
  let v = pack;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return false;
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { digest, ...content } = v as Record<string, unknown>;
  const d = digest as { algorithm?: unknown; value?: unknown } | undefined;
  if (!d || d.algorithm !== 'SHA-256' || typeof d.value !== 'string') return false;
  return (await sha256Hex(canonicalJson(content))) === d.value;
}

/** The CSV header of `activityCsv`. */
export const ACTIVITY_CSV_HEADER = [
  'id',
  'at',
  'actor',
  'accountId',
  'type',
  'targetId',
  'outcome',
  'error',
  'summary',
  'text',
  'lint',
] as const;

/**
 * One CSV cell: formula-guarded (`'` before `=`, `+`, `-`, `@`: the feedback export's guard; and before a leading
 * tab or CR, which some spreadsheets skip before reading a formula — OWASP's CSV injection advice), quoted when it
 * holds `"`, `,`, CR or LF.
 */
function cell(value: string | undefined): string {
  const raw = value ?? '';
  const v = /^[\t\r]/.test(raw) ? `'${raw}` : guardFormula(raw);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The activities as CSV (RFC 4180: CRLF line ends, quoted where needed; a header row of `ACTIVITY_CSV_HEADER`).
 * Every cell a spreadsheet would run as a formula gets a leading `'`, as in the feedback export. The `lint` column
 * lists the findings as `severity rule: message`, separated by ` | `.
 */
export function activityCsv(activities: readonly Activity[]): string {
  const lines = [ACTIVITY_CSV_HEADER.join(',')];
  for (const a of activities) {
    const lint = (a.lint ?? []).map((f) => `${f.severity} ${f.rule}: ${f.message}`).join(' | ');
    lines.push(
      [a.id, a.at, a.actor, a.accountId, a.type, a.targetId, a.outcome, a.error, a.summary, a.text, lint]
        .map(cell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
