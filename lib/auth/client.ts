import { createAuthClient } from "better-auth/react";

/** Better Auth's client, same origin: sign-up, sign-in and sign-out go through /api/auth (rate limited). */
export const authClient = createAuthClient();
