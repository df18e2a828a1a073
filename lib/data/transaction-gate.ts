/**
 * A bound on how many write transactions of this instance run at once. A transaction holds a pool
 * connection across all its statements, and under load each statement waits for its turn on the
 * event loop behind other requests' work; with every request in a transaction at once the pool's
 * connections sit idle-in-transaction and new requests time out waiting for one (answered 503).
 * Queued here instead, a request holds no connection while it waits, and the transactions that run
 * finish quickly. Twice the pool size keeps the pool busy without starving single queries.
 */
export class TransactionGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // the slot passes straight to the next in line
      else this.running--;
    }
  }
}

const gates = new WeakMap<object, TransactionGate>();

/** The gate of a database client (one per app instance). */
export function transactionGate(db: object, poolSize = Number(process.env.DATABASE_POOL_SIZE) || 10): TransactionGate {
  let gate = gates.get(db);
  if (!gate) gates.set(db, (gate = new TransactionGate(Math.max(1, poolSize * 2))));
  return gate;
}
