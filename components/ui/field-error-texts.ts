import "server-only";
import { getTranslations } from "next-intl/server";
import type { FieldErrorTexts } from "./use-field-errors";

/** The inline form errors' texts, resolved on the server (components/ui/use-field-errors.ts). */
export async function fieldErrorTexts(): Promise<FieldErrorTexts> {
  const t = await getTranslations("forms");
  return { required: t("required"), email: t("email"), tooShort: t.raw("tooShort") as string, tooLong: t.raw("tooLong") as string, pattern: t("pattern") };
}
