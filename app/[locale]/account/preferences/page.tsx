import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireSession } from "@/lib/auth/require";
import { listCategories, listCategorySizes } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { getPreferences } from "@/lib/preferences/preferences";
import { CHANNELS, TOPICS, TRANSACTIONAL_TOPICS } from "@/lib/preferences/shape";
import { listStores } from "@/lib/stores/queries";
import { deleteAccountAction, savePreferencesAction } from "./actions";
import { PushOptIn } from "@/components/notifications/push-opt-in";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("preferences");
  return { title: t("title"), robots: { index: false } };
}

const statusSchema = z.enum(["saved", "invalid", "unconfirmed"]).optional().catch(undefined);

const box = "size-5 shrink-0 accent-ink";
const fieldset = "flex min-w-0 flex-col gap-3 rounded-lg border border-line bg-white p-4";
const legend = "px-1 text-lg font-semibold";

export default async function PreferencesPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const current = await requireSession("/account/preferences");
  const [t, db, { status: rawStatus }] = await Promise.all([getTranslations("preferences"), getDb(), searchParams]);
  const status = statusSchema.parse(rawStatus);
  const [preferences, categories, stores] = await Promise.all([getPreferences(db, current.user.id), listCategories(db), listStores(db)]);
  const sized = (await Promise.all(categories.map(async (category) => ({ ...category, sizes: await listCategorySizes(db, category.slug) })))).filter((c) => c.sizes.length > 0);
  const marketingTopics = TOPICS.filter((topic) => !TRANSACTIONAL_TOPICS.includes(topic));

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-muted">{t("intro")}</p>
      </div>
      {status === "saved" && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 font-medium text-green-900">
          {t("saved")}
        </p>
      )}
      {status === "invalid" && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-900">
          {t("invalid")}
        </p>
      )}

      <PushOptIn />

      <form action={savePreferencesAction} className="flex flex-col gap-6">
        <div className="grid gap-6 lg:grid-cols-2">
          <fieldset className={fieldset} aria-describedby="channels-hint">
            <legend className={legend}>{t("channelsLegend")}</legend>
            <p id="channels-hint" className="text-sm text-muted">{t("channelsHint")}</p>
            {CHANNELS.map((channel) => (
              <label key={channel} className="flex items-center gap-3">
                <input type="checkbox" name={`channels.${channel}`} defaultChecked={preferences.channels[channel]} className={box} />
                {t(`channel.${channel}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className={fieldset} aria-describedby="topics-hint">
            <legend className={legend}>{t("topicsLegend")}</legend>
            <p id="topics-hint" className="text-sm text-muted">{t("topicsHint")}</p>
            {marketingTopics.map((topic) => (
              <label key={topic} className="flex items-center gap-3">
                <input type="checkbox" name={`topics.${topic}`} defaultChecked={preferences.topics[topic]} className={box} />
                {t(`topic.${topic}`)}
              </label>
            ))}
          </fieldset>
        </div>
        <fieldset className={fieldset} aria-describedby="service-hint">
          <legend className={legend}>{t("serviceLegend")}</legend>
          <p id="service-hint" className="text-sm text-muted">{t("serviceHint")}</p>
          {TRANSACTIONAL_TOPICS.map((topic) => (
            <label key={topic} className="flex items-center gap-3">
              <input type="checkbox" name={`topics.${topic}`} defaultChecked={preferences.topics[topic]} className={box} />
              {t(`topic.${topic}`)}
            </label>
          ))}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("interestsLegend")}</legend>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {categories.map((category) => (
              <label key={category.slug} className="flex items-center gap-3">
                <input type="checkbox" name="interests" value={category.slug} defaultChecked={preferences.interests.includes(category.slug)} className={box} />
                {category.name}
              </label>
            ))}
          </div>
        </fieldset>

        {sized.length > 0 && (
          <fieldset className={fieldset} aria-describedby="sizes-hint">
            <legend className={legend}>{t("sizesLegend")}</legend>
            <p id="sizes-hint" className="text-sm text-muted">{t("sizesHint")}</p>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {sized.map((category) => (
                <div key={category.slug} className="flex flex-col gap-1">
                  {/* An explicit label: a wrapping one would add every option's text to the select's name. */}
                  <label htmlFor={`size-${category.slug}`} className="font-medium">
                    {t("sizeFor", { category: category.name })}
                  </label>
                  <select id={`size-${category.slug}`} name={`size.${category.slug}`} defaultValue={preferences.sizes[category.slug] ?? ""} className="w-full rounded-md border border-line bg-white px-3 py-2 font-normal">
                    <option value="">{t("noSize")}</option>
                    {category.sizes.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        )}

        <fieldset className={fieldset} aria-describedby="store-hint">
          <legend className={legend}>{t("storeLegend")}</legend>
          <p id="store-hint" className="text-sm text-muted">{t("storeHint")}</p>
          <div className="flex flex-col gap-1 sm:max-w-sm">
            <label htmlFor="favourite-store" className="font-medium">
              {t("storeLabel")}
            </label>
            <select id="favourite-store" name="favouriteStore" defaultValue={preferences.favouriteStore ?? ""} className="w-full rounded-md border border-line bg-white px-3 py-2 font-normal">
              <option value="">{t("noStore")}</option>
              {stores.map((store) => (
                <option key={store.slug} value={store.slug}>
                  {store.name} ({store.city})
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <button type="submit" className="self-start rounded-md bg-ink px-5 py-3 font-semibold text-white">
          {t("save")}
        </button>
      </form>

      <section aria-labelledby="data-title" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="data-title" className="text-2xl font-semibold">{t("dataTitle")}</h2>
        <p className="max-w-prose text-muted">{t("dataIntro")}</p>
        <a href="/api/account/data" download className="self-start rounded-md border border-ink px-4 py-2 font-medium">
          {t("download")}
        </a>
      </section>

      <section id="delete" aria-labelledby="delete-title" className="flex flex-col gap-3 border-t border-line pt-6">
        <h2 id="delete-title" className="text-2xl font-semibold">{t("deleteTitle")}</h2>
        <p className="max-w-prose text-muted">{t("deleteIntro")}</p>
        <details className="rounded-lg border border-red-700 bg-white p-4" open={status === "unconfirmed"}>
          <summary className="cursor-pointer font-medium text-red-800">{t("deleteOpen")}</summary>
          <form action={deleteAccountAction} noValidate className="mt-4 flex flex-col gap-4">
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                name="confirm"
                required
                aria-invalid={status === "unconfirmed" || undefined}
                aria-describedby={status === "unconfirmed" ? "delete-confirm-error" : undefined}
                className={`${box} mt-0.5`}
              />
              {t("deleteConfirm")}
            </label>
            {status === "unconfirmed" && (
              <p id="delete-confirm-error" role="alert" className="font-medium text-red-800">
                {t("deleteNotConfirmed")}
              </p>
            )}
            <button type="submit" className="self-start rounded-md bg-red-800 px-4 py-2 font-semibold text-white">
              {t("deleteButton")}
            </button>
          </form>
        </details>
      </section>
    </div>
  );
}
