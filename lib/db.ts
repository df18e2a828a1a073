import "server-only";
import { createPrismaClient, type PrismaClient } from "./db-client";

// One client per process, kept across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? (globalForPrisma.prisma = createPrismaClient());
