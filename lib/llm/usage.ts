import type { PrismaClient } from "../db-client";

/** Where the LLM pass counts tokens: per workspace and calendar month. */
export interface UsageStore {
  used(workspaceId: string, month: string): Promise<number>;
  add(workspaceId: string, month: string, tokens: number): Promise<void>;
}

/** "2026-11": the month (UTC) a budget counts in. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** For tests and the eval script: counts kept in memory. */
export class MemoryUsageStore implements UsageStore {
  readonly counts = new Map<string, number>();

  async used(workspaceId: string, month: string): Promise<number> {
    return this.counts.get(`${workspaceId}/${month}`) ?? 0;
  }

  async add(workspaceId: string, month: string, tokens: number): Promise<void> {
    const key = `${workspaceId}/${month}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + tokens);
  }
}

/** The app's store: the LlmUsage table, one row per workspace and month, incremented atomically. */
export class PrismaUsageStore implements UsageStore {
  constructor(private readonly db: PrismaClient) {}

  async used(workspaceId: string, month: string): Promise<number> {
    const row = await this.db.llmUsage.findUnique({ where: { workspaceId_month: { workspaceId, month } }, select: { tokens: true } });
    return row?.tokens ?? 0;
  }

  async add(workspaceId: string, month: string, tokens: number): Promise<void> {
    await this.db.llmUsage.upsert({
      where: { workspaceId_month: { workspaceId, month } },
      create: { workspaceId, month, tokens, requests: 1 },
      update: { tokens: { increment: tokens }, requests: { increment: 1 } },
    });
  }
}
