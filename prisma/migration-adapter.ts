// Driver adapter used only by the Prisma CLI (migrate deploy/dev/diff) on machines that cannot
// download Prisma's native schema engine. It works around four defects of the stock PrismaPg
// adapter on this path (see ../shared/STACK-NOTES.md); the app's runtime uses plain PrismaPg.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

type ConnectionParts = { host: string; port: number; user: string; password: string; database: string };

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

function reportNameColumnsAsText(result: unknown): void {
  const results: unknown[] = Array.isArray(result) ? result : [result];
  for (const r of results as ({ fields?: { dataTypeID: number }[] } | null | undefined)[]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

type ForwardedQuery = (...args: unknown[]) => unknown;

// The migration engine cannot deserialise `name`/`char` columns of the catalogue tables.
class CatalogueFriendlyClient extends pg.Client {
  // pg's `query` has a dozen overloads (text or config, callback or promise); an override must accept and
  // return all of them, which TypeScript can only express as `any`. Arguments are forwarded untouched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    // pg.Pool calls with a trailing callback; direct callers get a promise.
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) => {
        if (!error) reportNameColumnsAsText(result);
        callback(error, result);
      };
    }
    const outcome = (super.query as ForwardedQuery)(...args);
    if (outcome instanceof Promise) {
      return outcome.then((result: unknown) => {
        reportNameColumnsAsText(result);
        return result;
      });
    }
    return outcome;
  }
}

export function connectionParts(url: string): ConnectionParts {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// Migrations contain string literals and $$ bodies: send each script whole instead of splitting on ";".
function runScriptsWhole(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export class MigrationPgAdapterFactory extends PrismaPg {
  private readonly parts: ConnectionParts;

  constructor(url: string) {
    const parts = connectionParts(url);
    super(new pg.Pool({ ...parts, Client: CatalogueFriendlyClient }));
    this.parts = parts;
  }

  async connect(): Promise<Adapter> {
    const pool = new pg.Pool({ ...this.parts, Client: CatalogueFriendlyClient, max: 2 });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return runScriptsWhole(adapter, pool);
  }

  async connectToShadowDb(): Promise<Adapter> {
    const admin = new pg.Pool({ ...this.parts, max: 1 });
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    // Discrete fields: pg ignores `database` when a connection string is also given.
    const shadowPool = new pg.Pool({ ...this.parts, database, Client: CatalogueFriendlyClient, max: 2 });
    const adapter = await new PrismaPg(shadowPool).connect();
    runScriptsWhole(adapter, shadowPool);
    adapter.dispose = async () => {
      // Close the shadow pool before dropping its database, or the drop fails and the database leaks.
      await shadowPool.end();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.end();
      }
    };
    return adapter;
  }
}
