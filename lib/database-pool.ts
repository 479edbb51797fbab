import pg from "pg";

/**
 * The app's PostgreSQL pool. A connection the server drops while it is checked out (restart,
 * failover) would otherwise stay "in use" for ever when the transaction holding it is abandoned, and
 * a few restarts would exhaust the pool: such a connection is handed back, broken, so the pool
 * replaces it. Releasing twice is harmless.
 */
export function createDatabasePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("acquire", (client) => {
    // pg-pool assigns client.release right after emitting "acquire".
    queueMicrotask(() => {
      const release = client.release.bind(client);
      let released = false;
      const onBroken = () => releaseOnce(new Error("Connexion à PostgreSQL interrompue"));
      const releaseOnce = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        client.removeListener("error", onBroken);
        client.removeListener("end", onBroken);
        release(error);
      };
      client.release = releaseOnce;
      client.once("error", onBroken);
      client.once("end", onBroken);
    });
  });
  pool.on("error", () => {
    // Errors of idle connections: the pool already drops them; without a listener they would crash the process.
  });
  return pool;
}
