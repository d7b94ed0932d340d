import { z } from "zod";
import { TEXT_LIMITS } from "../db/text-limits";

/**
 * The free-text fields better-auth accepts from a client (sign-up, profile update, passkey name),
 * with their longest length (docs/security.md). better-auth itself caps none of them.
 */
const profileFieldsSchema = z.object({
  name: z.string().max(TEXT_LIMITS.personName, `name: must be at most ${TEXT_LIMITS.personName} characters`).optional(),
  email: z.string().max(TEXT_LIMITS.email, `email: must be at most ${TEXT_LIMITS.email} characters`).optional(),
  image: z.string().max(TEXT_LIMITS.imageUrl, `image: must be at most ${TEXT_LIMITS.imageUrl} characters`).nullish(),
});

/** The first field that is too long, as a message, or null. Fields of other types are better-auth's to refuse. */
export function profileFieldProblem(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const fields = body as Record<string, unknown>;
  const strings = Object.fromEntries(["name", "email", "image"].filter((key) => typeof fields[key] === "string").map((key) => [key, fields[key]]));
  const parsed = profileFieldsSchema.safeParse(strings);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "a field is too long");
}
