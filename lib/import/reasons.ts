import { createTranslator } from "next-intl";
import en from "../../messages/en.json";

/**
 * Why a row was rejected or a picture not read, as a stable code with its values
 * (docs/import.md#the-report): the back office shows it in the admin's language from
 * `importReasons.<code>` in messages/*.json; the report and the API also carry the English text,
 * for the command line and old clients.
 */
export type ReasonCode = keyof (typeof en)["importReasons"];
export type ReasonValues = Record<string, string | number>;

export interface Reason {
  code: ReasonCode;
  values?: ReasonValues;
}

const english = createTranslator({ locale: "en", messages: en, namespace: "importReasons" });

/** The fields a report row keeps: `code` and `values` to translate, `reason` in English. */
export function reasoned(code: ReasonCode, values?: ReasonValues): { code: ReasonCode; values?: ReasonValues; reason: string } {
  return { code, ...(values ? { values } : {}), reason: english(code, values) };
}
