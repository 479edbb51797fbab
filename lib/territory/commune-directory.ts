// No `server-only` import: pages/ and scripts/production-server.ts use it through search-communes.ts.
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { placeKey, trigramsOf } from "./place-key";

export type DirectoryCommune = {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departementCode: string;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  placeKey: string;
  // Lower-case, accent-free name (Commune.searchName).
  searchName: string;
};

/** How a commune answers the text typed: its name exactly, begun, a word of it begun, a similar name, a postcode. */
export type MatchKind = "EXACT" | "PREFIX" | "WORD" | "SIMILAR" | "NUMBER";
export type DirectoryMatch = { commune: DirectoryCommune; match: MatchKind };

// pg_trgm's default `%` threshold: what the lookup offered when it ran in SQL.
const SIMILARITY_THRESHOLD = 0.3;
// The most answers a lookup gives (the place field shows 20).
const KEPT_ANSWERS = 20;
// Keys that begin this many names or words or more ("sa", "saint", "bourg", "mont") get their answer computed
// once, when the directory is built (about 2,000 keys): walking their names at each keystroke was most of the
// lookup's time. The others begin fewer names than a lookup gives, so their walk is short.
const BUSY_KEY_MATCHES = KEPT_ANSWERS;
const EMPTY_POSITIONS = new Int32Array(0);
const UNREACHABLE = 255;
const KIND_ORDER: Record<MatchKind, number> = { EXACT: 0, PREFIX: 1, WORD: 2, SIMILAR: 3, NUMBER: 0 };

const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Entry = DirectoryCommune & {
  // Position in the order shown on ties: larger population first, then name.
  rank: number;
};

/**
 * Every current commune, indexed for the place field's lookup at each keystroke (issue 23): the names by their
 * key (prefix), each word of the names (a word begun), the trigrams of the keys (a small typo, pg_trgm's
 * similarity), the postcodes and the INSEE codes. 35,000 communes take a few megabytes and answer in
 * microseconds, where the same lookup in PostgreSQL took milliseconds of its CPU per keystroke.
 */
export class CommuneDirectory {
  private readonly byKey: Entry[];
  private readonly words: { suffix: string; entry: Entry }[] = [];
  private readonly byInsee: Entry[];
  private readonly byCode = new Map<string, Entry>();
  private readonly byPostcode = new Map<string, Entry[]>();
  private readonly entries: Entry[];
  // Each trigram's number; by number, the positions (in `entries`) of the communes whose key has it. The
  // trigrams of commune i are keyTrigrams[keyTrigramStarts[i] … keyTrigramStarts[i + 1]): flat typed arrays, as
  // the typo search reads thousands of them at each keystroke.
  private readonly trigramIds = new Map<string, number>();
  private readonly withTrigram: Int32Array[];
  private readonly keyTrigramStarts: Int32Array;
  private readonly keyTrigrams: Int32Array;
  // The number of trigrams of commune i's key, and the most any key has.
  private readonly keyTrigramCounts: Uint8Array;
  private readonly mostKeyTrigrams: number;
  // Scratch counts of one lookup, cleared before it returns (lookups are synchronous): per commune, how many of
  // the typed key's rarest trigrams it has; and marks of the trigrams of the text typed.
  private readonly rareShared: Uint16Array;
  private typedMarks = new Uint8Array(0);
  // The answers to the busy keys (any département), best first.
  private readonly busyKeys = new Map<string, DirectoryMatch[]>();

  constructor(communes: DirectoryCommune[]) {
    const entries: Entry[] = communes.map((commune) => ({ ...commune, rank: 0 }));
    this.entries = entries;
    [...entries]
      .sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || byCodePoints(a.name, b.name))
      .forEach((entry, rank) => (entry.rank = rank));
    this.byKey = [...entries].sort((a, b) => byCodePoints(a.placeKey, b.placeKey));
    this.byInsee = [...entries].sort((a, b) => byCodePoints(a.inseeCode, b.inseeCode));
    this.rareShared = new Uint16Array(entries.length);
    const keyTrigrams: number[] = [];
    const withTrigram: number[][] = [];
    this.keyTrigramStarts = new Int32Array(entries.length + 1);
    entries.forEach((entry, index) => {
      this.byCode.set(entry.inseeCode, entry);
      for (const postcode of entry.postcodes) listIn(this.byPostcode, postcode).push(entry);
      const key = entry.placeKey;
      for (let at = key.indexOf(" "); at !== -1; at = key.indexOf(" ", at + 1))
        this.words.push({ suffix: key.slice(at + 1), entry });
      for (const trigram of trigramsOf(key)) {
        let id = this.trigramIds.get(trigram);
        if (id === undefined) {
          id = withTrigram.length;
          this.trigramIds.set(trigram, id);
          withTrigram.push([]);
        }
        withTrigram[id]?.push(index);
        keyTrigrams.push(id);
      }
      this.keyTrigramStarts[index + 1] = keyTrigrams.length;
    });
    this.keyTrigrams = Int32Array.from(keyTrigrams);
    this.keyTrigramCounts = Uint8Array.from(entries, (_, index) =>
      Math.min(255, (this.keyTrigramStarts[index + 1] ?? 0) - (this.keyTrigramStarts[index] ?? 0)),
    );
    this.mostKeyTrigrams = Math.max(0, ...this.keyTrigramCounts);
    // Each trigram's communes by their key's number of trigrams: a lookup reads only the lengths that can match.
    this.withTrigram = withTrigram.map((positions) =>
      Int32Array.from(positions).sort((a, b) => (this.keyTrigramCounts[a] ?? 0) - (this.keyTrigramCounts[b] ?? 0)),
    );
    this.typedMarks = new Uint8Array(withTrigram.length);
    this.words.sort((a, b) => byCodePoints(a.suffix, b.suffix));
    // Last: these lookups read every index above.
    for (const key of busyPrefixes([
      ...this.byKey.map((entry) => entry.placeKey),
      ...this.words.map((word) => word.suffix),
    ]))
      this.busyKeys.set(key, this.lookupKey(key, KEPT_ANSWERS));
  }

  get size(): number {
    return this.byKey.length;
  }

  byInseeCode(inseeCode: string): DirectoryCommune | null {
    return this.byCode.get(inseeCode) ?? null;
  }

  /**
   * The communes the text typed may mean, best first: a postcode (5 digits) or the first digits of an INSEE
   * code, the larger population first; else the exact name, the names it begins, those with a word it begins
   * ("brie" → "… en Brie"), the larger population first within each; only when those leave room, the similar
   * names (pg_trgm's similarity of the keys, at least 0.3), likest first.
   */
  lookup(typed: string, limit: number, departement?: string): DirectoryMatch[] {
    const inDepartement = (entry: Entry) => !departement || entry.departementCode === departement;
    const best = new BestFirst(limit, answersBefore);
    if (/^\d{2,5}$/.test(typed)) {
      const found =
        typed.length === 5
          ? (this.byPostcode.get(typed) ?? [])
          : prefixRange(this.byInsee, (entry) => entry.inseeCode, typed);
      for (const entry of found) if (inDepartement(entry)) best.offer({ commune: entry, match: "NUMBER" });
      return [...best.items];
    }
    const key = placeKey(typed);
    if (!key) return [];
    const busy = departement || limit > KEPT_ANSWERS ? undefined : this.busyKeys.get(key);
    return busy ? busy.slice(0, limit) : this.lookupKey(key, limit, departement);
  }

  /** The lookup of a key already in place_key() form (see lookup). */
  private lookupKey(key: string, limit: number, departement?: string): DirectoryMatch[] {
    const inDepartement = (entry: Entry) => !departement || entry.departementCode === departement;
    const best = new BestFirst(limit, answersBefore);
    const begun = new Set<Entry>();
    for (const entry of prefixRange(this.byKey, (entry) => entry.placeKey, key)) {
      begun.add(entry);
      if (inDepartement(entry)) best.offer({ commune: entry, match: entry.placeKey === key ? "EXACT" : "PREFIX" });
    }
    for (const { entry } of prefixRange(this.words, (word) => word.suffix, key)) {
      if (begun.has(entry)) continue;
      begun.add(entry);
      if (inDepartement(entry)) best.offer({ commune: entry, match: "WORD" });
    }
    const found = [...best.items];
    if (found.length === limit) return found;
    return [...found, ...this.similar(key, begun, inDepartement, limit - found.length)];
  }

  /**
   * The names like the key typed (pg_trgm's similarity, at least 0.3) not already found, likest first. A name
   * that similar shares at least 0.3 × the typed key's trigrams, hence at least one of its rarest ones: only the
   * communes having one of those are counted (prefix filtering), which leaves out the trigrams most names have
   * ("  s", "  l", "de "…). A name of n trigrams needs a known number of shared ones, and can share at most all
   * of the typed key's common ones: only the names that reach enough of the rare ones are weighed, a few
   * hundred of the thousands counted. This keeps a typo's lookup to tens of microseconds, at every keystroke.
   */
  private similar(
    key: string,
    begun: Set<Entry>,
    inDepartement: (entry: Entry) => boolean,
    room: number,
  ): DirectoryMatch[] {
    const typed = trigramsOf(key);
    const typedCount = typed.length;
    const known = typed
      .map((trigram) => this.trigramIds.get(trigram))
      .filter((id) => id !== undefined)
      .sort((a, b) => (this.withTrigram[a]?.length ?? 0) - (this.withTrigram[b]?.length ?? 0));
    // 0.29 rather than 0.3: pg_trgm rounds the similarity to a float4, which may round a value just below up.
    const leastShared = Math.max(1, Math.ceil(0.29 * typedCount));
    const rare = known.slice(0, Math.max(0, known.length - leastShared + 1)).map((id) => this.withTrigram[id]);
    const rareNeeded = this.rareTrigramsNeeded(typedCount, known.length, rare.length);
    const counts = this.keyTrigramCounts;
    const byCount = (count: number) => (position: number) => (counts[position] ?? 0) < count;
    const fewest = rareNeeded.findIndex((needed) => needed !== UNREACHABLE);
    const most = rareNeeded.findLastIndex((needed) => needed !== UNREACHABLE);
    const ranges = rare.map((positions = EMPTY_POSITIONS) => ({
      positions,
      from: firstNot(positions, byCount(fewest)),
      to: firstNot(positions, byCount(most + 1)),
    }));
    const rareShared = this.rareShared;
    const weighed: number[] = [];
    if (fewest !== -1)
      for (const { positions, from, to } of ranges)
        for (let at = from; at < to; at++) {
          const position = positions[at] ?? 0;
          const shared = (rareShared[position] = (rareShared[position] ?? 0) + 1);
          if (shared === rareNeeded[counts[position] ?? 0]) weighed.push(position);
        }
    for (const { positions, from, to } of ranges) for (let at = from; at < to; at++) rareShared[positions[at] ?? 0] = 0;
    const typedMarks = this.typedMarks;
    const starts = this.keyTrigramStarts;
    const keyTrigrams = this.keyTrigrams;
    for (const id of known) typedMarks[id] = 1;
    const likest = new BestFirst(room, likestBefore);
    for (const position of weighed) {
      const start = starts[position] ?? 0;
      const end = starts[position + 1] ?? 0;
      let shared = 0;
      for (let at = start; at < end; at++) shared += typedMarks[keyTrigrams[at] ?? 0] ?? 0;
      // Math.fround: pg_trgm computes the similarity as a float4.
      const similarity = Math.fround(shared / (typedCount + end - start - shared));
      const entry = this.entries[position];
      if (similarity >= SIMILARITY_THRESHOLD && entry && !begun.has(entry) && inDepartement(entry))
        likest.offer({ entry, similarity });
    }
    for (const id of known) typedMarks[id] = 0;
    return likest.items.map(({ entry }) => ({ commune: entry, match: "SIMILAR" }));
  }

  /**
   * By a key's number of trigrams n, how many of the typed key's `rareCount` rare trigrams it must have for its
   * similarity to reach the threshold, given that it may have all the others too (UNREACHABLE: none can be enough).
   */
  private rareTrigramsNeeded(typedCount: number, knownCount: number, rareCount: number): Uint8Array {
    const common = knownCount - rareCount;
    const needed = new Uint8Array(this.mostKeyTrigrams + 1).fill(UNREACHABLE);
    for (let count = 1; count < needed.length; count++)
      // The least real number shared is 0.3 × (typed + n) / 1.3: start just below it (float4 rounding).
      for (
        let shared = Math.max(
          1,
          Math.floor((SIMILARITY_THRESHOLD * (typedCount + count)) / (1 + SIMILARITY_THRESHOLD)) - 1,
        );
        shared <= Math.min(count, knownCount);
        shared++
      )
        if (Math.fround(shared / (typedCount + count - shared)) >= SIMILARITY_THRESHOLD) {
          if (shared - common <= rareCount) needed[count] = Math.max(1, shared - common);
          break;
        }
    return needed;
  }
}

/**
 * The prefixes (of whole words: from the first letter of a key or of one of its words) that begin at least
 * BUSY_KEY_MATCHES of the given keys and word suffixes. Sorted, the keys sharing a prefix are consecutive.
 */
function busyPrefixes(keys: string[]): Set<string> {
  const sorted = [...keys].sort(byCodePoints);
  const busy = new Set<string>();
  const longest = Math.max(0, ...sorted.map((key) => key.length));
  for (let length = 1; length <= longest; length++) {
    let runStart = 0;
    for (let at = 1; at <= sorted.length; at++) {
      const prefix = sorted[runStart]?.slice(0, length) ?? "";
      if (at < sorted.length && sorted[at]?.slice(0, length) === prefix) continue;
      if (at - runStart >= BUSY_KEY_MATCHES && prefix.length === length && prefix === prefix.trim()) busy.add(prefix);
      runStart = at;
    }
  }
  return busy;
}

/** The first position in `sorted` where `before` turns false (it holds for all the items before), by bisection. */
function firstNot<T>(sorted: ArrayLike<T>, before: (item: T) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(sorted[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function listIn<T>(lists: Map<string, T[]>, key: string): T[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

/** The items of `sorted` (by `keyOf`) whose key begins with `prefix`, found by bisection. */
function* prefixRange<T>(sorted: readonly T[], keyOf: (item: T) => string, prefix: string): Generator<T> {
  for (let at = firstNot(sorted, (item) => keyOf(item) < prefix); at < sorted.length; at++) {
    const item = sorted[at] as T;
    if (!keyOf(item).startsWith(prefix)) return;
    yield item;
  }
}

/** The `limit` best items offered (`before` tells the better of two), kept sorted: a short list, so an insertion costs little. */
class BestFirst<T> {
  private readonly kept: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly before: (a: T, b: T) => boolean,
  ) {}

  offer(candidate: T) {
    const kept = this.kept;
    const worst = kept.at(-1);
    if (kept.length === this.limit && worst && !this.before(candidate, worst)) return;
    let at = kept.length;
    for (; at > 0; at--) {
      const previous = kept[at - 1];
      if (!previous || !this.before(candidate, previous)) break;
    }
    kept.splice(at, 0, candidate);
    if (kept.length > this.limit) kept.pop();
  }

  get items(): readonly T[] {
    return this.kept;
  }
}

type EntryMatch = { commune: Entry; match: MatchKind };
// The order of the answers: by kind of match, then the larger population first (rank).
const answersBefore = (a: EntryMatch, b: EntryMatch) =>
  KIND_ORDER[a.match] - KIND_ORDER[b.match] < 0 || (a.match === b.match && a.commune.rank < b.commune.rank);
// The order of the similar names: likest first, then the larger population first.
const likestBefore = (a: { entry: Entry; similarity: number }, b: { entry: Entry; similarity: number }) =>
  a.similarity > b.similarity || (a.similarity === b.similarity && a.entry.rank < b.entry.rank);

// How stale a process's directory may be: a commune changes with the yearly reference data, and every change
// bumps CommuneDirectoryVersion (a trigger on "Commune", whoever writes it).
const VERSION_CHECK_MS = 1_000;

type DirectoryState = {
  current: { directory: Promise<CommuneDirectory>; version: string } | null;
  checkedAt: number;
  checking: Promise<CommuneDirectory> | null;
};
// One process holds two copies of this module: the production server's (the commune lookup it answers itself)
// and Next's bundle's (the search pages). Kept on globalThis, the state is shared: one directory per process
// (35,000 communes, about 1.3 s to build), loaded once at start, instead of a second one built at the first search.
const STATE_KEY = Symbol.for("monenfant.communeDirectory");
const state = ((globalThis as { [STATE_KEY]?: DirectoryState })[STATE_KEY] ??= {
  current: null,
  checkedAt: 0,
  checking: null,
});

async function currentVersion(): Promise<string> {
  const [row] = await queryPrepared<{ version: string }>(
    Prisma.sql`SELECT version::text AS version FROM "CommuneDirectoryVersion" WHERE id = 1`,
  );
  return row?.version ?? "0";
}

async function load(): Promise<CommuneDirectory> {
  const rows = await queryPrepared<DirectoryCommune>(Prisma.sql`
    SELECT "inseeCode", name, postcodes, "departementCode", latitude, longitude, population, "placeKey", "searchName"
    FROM "Commune" WHERE "placeKey" IS NOT NULL`);
  return new CommuneDirectory(rows);
}

function reload(version: string) {
  const directory = load();
  state.current = { directory, version };
  // A failed load is tried again at the next lookup rather than kept.
  directory.catch(() => {
    if (state.current?.directory === directory) state.current = null;
  });
  return directory;
}

async function refresh(): Promise<CommuneDirectory> {
  // The version is read before the rows: a change between the two is loaded again at the next check.
  const version = await currentVersion();
  state.checkedAt = Date.now();
  if (state.current?.version === version) return state.current.directory;
  return reload(version);
}

/**
 * The commune directory of this process, read from PostgreSQL at the first lookup and again when the communes
 * changed (checked at most once a second): every instance answers from the same data, none keeps its own.
 */
export function communeDirectory(): Promise<CommuneDirectory> {
  if (state.current && Date.now() - state.checkedAt < VERSION_CHECK_MS) return state.current.directory;
  state.checking ??= refresh().finally(() => {
    state.checking = null;
  });
  return state.checking;
}
