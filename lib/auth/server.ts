import "server-only";
import { passkey } from "@better-auth/passkey";
import { betterAuth } from "better-auth";
import { eq } from "drizzle-orm";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { getDb, type Db } from "../db/client";
import { authAccounts, passkeys, rateLimits, sessions, users, verifications } from "../db/schema";
import { siteUrl } from "../http/site-url";
import { attachDeviceToAccount } from "../history/attach";
import { isVisitorId, newVisitorId, SIGNUP_PROMPT_COOKIE, VISITOR_COOKIE, VISITOR_MAX_AGE } from "../visitor/cookie";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";
import { analyticsContext } from "../analytics/context";
import { cookieReader, recordServerEvent } from "../analytics/server-events";
import { profileFieldProblem } from "./profile-fields";
import { authSecret } from "./secret";
import { adminEmails, promoteBootstrapAdmins } from "./staff";

const PASSWORD_MESSAGES = {
  too_short: `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`,
  too_long: `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`,
  too_common: "This password is too common; choose another one.",
} as const;

/** Paths whose body carries a new password (better-auth's names). */
const NEW_PASSWORD_FIELD: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/change-password": "newPassword",
  "/reset-password": "newPassword",
};

function visitorFromCookieHeader(cookieHeader: string | null | undefined): string | null {
  const match = (cookieHeader ?? "").match(new RegExp(`(?:^|;\\s*)${VISITOR_COOKIE}=([^;]+)`));
  return match && isVisitorId(match[1]) ? match[1] : null;
}

export interface AuthOptions {
  secret: string;
  baseURL: string;
}

/** Every origin this storefront answers on (localhost and 127.0.0.1 are the same machine). */
function trustedOrigins(baseURL: string): string[] {
  const url = new URL(baseURL);
  const origins = [url.origin];
  if (url.hostname === "localhost") origins.push(`${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ""}`);
  if (url.hostname === "127.0.0.1") origins.push(`${url.protocol}//localhost${url.port ? `:${url.port}` : ""}`);
  return origins;
}

export function createAuth(db: Db, { secret, baseURL }: AuthOptions) {
  return betterAuth({
    appName: "Vitrine",
    baseURL,
    basePath: "/api/auth",
    secret,
    trustedOrigins: trustedOrigins(baseURL),
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: authAccounts, verification: verifications, rateLimit: rateLimits, passkey: passkeys },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    session: {
      // Database sessions only (no cookie cache): signing a device out takes effect at once.
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      additionalFields: {
        visitorId: { type: "string", required: false, input: false },
        lastActiveAt: { type: "date", required: false, input: false },
      },
    },
    advanced: {
      // The only address header left on a request is the one the server resolved from the socket
      // and TRUSTED_PROXIES (lib/http/forwarded.ts): a client cannot pick its own rate-limit bucket.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    rateLimit: {
      enabled: true,
      // In the database so every instance of a multi-instance tier counts the same attempts.
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
        "/sign-in/passkey": { window: 60, max: 10 },
      },
    },
    plugins: [passkey({ rpID: new URL(baseURL).hostname, rpName: "Vitrine", origin: new URL(baseURL).origin })],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const tooLong = profileFieldProblem(ctx.body);
        if (tooLong) throw new APIError("BAD_REQUEST", { code: "FIELD_TOO_LONG", message: tooLong });
        const field = NEW_PASSWORD_FIELD[ctx.path];
        if (!field) return;
        const password: unknown = ctx.body?.[field];
        if (typeof password !== "string") return;
        const problem = passwordProblem(password);
        if (problem) throw new APIError("BAD_REQUEST", { code: `PASSWORD_${problem.toUpperCase()}`, message: PASSWORD_MESSAGES[problem] });
      }),
      // After sign-out the browser becomes a new anonymous visitor: whoever uses it next does not
      // add to (or see) the previous shopper's history.
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-out") return;
        ctx.setCookie(VISITOR_COOKIE, newVisitorId(), {
          httpOnly: true,
          sameSite: "lax",
          secure: baseURL.startsWith("https://"),
          path: "/",
          maxAge: VISITOR_MAX_AGE,
        });
      }),
    },
    databaseHooks: {
      user: {
        create: {
          // A sign-up, for the dashboard's "sign-up prompt shown → sign-ups" (docs/back-office.md).
          after: async (user, ctx) => {
            const headers = ctx?.headers;
            if (!headers) return;
            const cookie = cookieReader(headers.get("cookie"));
            const context = analyticsContext(cookie, (name) => headers.get(name));
            await recordServerEvent(db, context, { type: "signup", id: user.id, userId: user.id, viaPrompt: cookie(SIGNUP_PROMPT_COOKIE) === "1" });
          },
        },
      },
      session: {
        create: {
          // Ties the new session to this browser's visitor cookie (its history and cart changes).
          before: async (session, ctx) => {
            const visitorId = visitorFromCookieHeader(ctx?.headers?.get("cookie"));
            return { data: { ...session, visitorId, lastActiveAt: new Date() } };
          },
          // Sign-in: attach the device's anonymous history to the account, retire this device's older sessions.
          after: async (session, ctx) => {
            // ADMIN_EMAILS bootstrap (docs/back-office.md): checked at every sign-in, so a listed account is admin from its first session.
            const bootstrap = adminEmails();
            if (bootstrap.size > 0) {
              const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, session.userId));
              if (user && bootstrap.has(user.email.toLowerCase())) await promoteBootstrapAdmins(db, new Set([user.email.toLowerCase()]));
            }
            const visitorId = (session as { visitorId?: string | null }).visitorId;
            if (!visitorId) return;
            await attachDeviceToAccount(db, {
              userId: session.userId,
              sessionId: session.id,
              visitorId,
              userAgent: ctx?.headers?.get("user-agent") ?? session.userAgent ?? null,
              chMobile: ctx?.headers?.get("sec-ch-ua-mobile") ?? null,
              chPlatform: ctx?.headers?.get("sec-ch-ua-platform") ?? null,
            });
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { vitrineAuth?: Promise<Auth> };

/** The process-wide auth instance, built once the database (and the stored secret) is ready. */
export function getAuth(): Promise<Auth> {
  globalForAuth.vitrineAuth ??= (async () => {
    const db = await getDb();
    return createAuth(db, { secret: await authSecret(db), baseURL: process.env.BETTER_AUTH_URL || siteUrl() });
  })().catch((error) => {
    globalForAuth.vitrineAuth = undefined;
    throw error;
  });
  return globalForAuth.vitrineAuth;
}
