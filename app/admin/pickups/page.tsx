import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { QrScanner } from "@/components/admin/qr-scanner";
import { listPickups, type PickupItem } from "@/lib/admin/pickups";
import { listStoreNames } from "@/lib/admin/stock";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { pickupMoveAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("pickupsTitle") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; store?: string | string[]; done?: string | string[] }> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : undefined);
const DONE = ["ready", "collected", "cancel", "refused"] as const;

/** The pickup desk: a store's reservations and pickup orders, newest first, for a phone or tablet at the counter. */
export default async function PickupsPage({ searchParams }: Props) {
  const { member } = await requireStaff("/admin/pickups");
  const db = await getDb();
  const params = await searchParams;
  const query = one(params.q)?.trim() || undefined;
  const stores = await listStoreNames(db);
  const requested = one(params.store);
  const storeSlug = member.storeSlug ?? (stores.some((s) => s.slug === requested) ? requested! : null);
  const [t, locale, items] = await Promise.all([getTranslations("admin"), getLocale(), listPickups(db, member, { storeSlug, query })]);
  const done = DONE.find((known) => known === one(params.done));
  const back = `/admin/pickups?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(storeSlug && !member.storeSlug ? { store: storeSlug } : {}) })}`;
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
  const bound = member.storeSlug ? stores.find((s) => s.slug === member.storeSlug)?.name : undefined;

  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("pickupsTitle")}</h1>
        <p className="mt-1 text-muted">{bound ? t("pickupsStore", { store: bound }) : t("pickupsIntro")}</p>
      </div>
      {done && (
        <p role="status" className="rounded-md bg-stone-100 p-3 font-medium">
          {t(`pickupsDone.${done}`)}
        </p>
      )}
      <form role="search" action="/admin/pickups" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
        <label htmlFor="pickup-query" className="font-medium">
          {t("pickupsSearch")}
        </label>
        <div className="flex gap-2">
          <input
            id="pickup-query"
            name="q"
            defaultValue={query}
            maxLength={200}
            autoComplete="off"
            autoCapitalize="characters"
            className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2 font-mono text-lg"
          />
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {t("pickupsSearchSubmit")}
          </button>
        </div>
        {!member.storeSlug && (
          <label className="flex flex-col gap-1 font-medium sm:max-w-sm">
            {t("staffStore")}
            <select name="store" defaultValue={storeSlug ?? ""} className="rounded-md border border-stone-400 px-3 py-2 font-normal">
              <option value="">{t("allStores")}</option>
              {stores.map((store) => (
                <option key={store.slug} value={store.slug}>
                  {store.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <QrScanner inputId="pickup-query" texts={{ scan: t("scan"), stop: t("scanStop"), video: t("scanVideo"), denied: t("scanDenied") }} />
      </form>
      <h2 className="text-xl font-semibold">{query ? t("pickupsFound", { count: items.length }) : t("pickupsLatest", { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="text-muted">{t("pickupsNone")}</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {items.map((item) => (
            <PickupCard key={item.id} item={item} back={back} when={date.format(item.createdAt)} until={item.expiresAt ? date.format(item.expiresAt) : null} t={t} />
          ))}
        </ul>
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

function PickupCard({ item, back, when, until, t }: { item: PickupItem; back: string; when: string; until: string | null; t: T }) {
  const open = item.state === "waiting" || item.state === "ready";
  const headingId = `pickup-${item.id}`;
  return (
    <li aria-labelledby={headingId} data-pickup={item.id} data-state={item.state} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {t(`kind.${item.kind}`)} <span className="font-mono tracking-widest">{item.code}</span>
        </h3>
        <span className={`rounded-full px-3 py-1 text-sm font-medium ${item.state === "ready" ? "bg-green-100 text-ok" : open ? "bg-amber-100 text-ink" : "bg-stone-100 text-muted"}`}>
          {t(`state.${item.state}`)}
        </span>
      </div>
      <ul className="text-sm">
        {item.lines.map((line, index) => (
          <li key={index}>
            {line.name} · {line.label} × {line.quantity}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        {item.storeName} · {item.email} · {t("createdAt", { date: when })}
        {until && open ? ` · ${t("heldUntil", { date: until })}` : ""}
      </p>
      {open && (
        <div className="flex flex-wrap gap-2">
          {item.state === "waiting" && <MoveButton id={item.id} move="ready" back={back} label={t("markReady")} primary />}
          <MoveButton id={item.id} move="collected" back={back} label={t("markCollected")} primary={item.state === "ready"} />
          <MoveButton id={item.id} move="cancel" back={back} label={t("cancelPickup")} />
        </div>
      )}
    </li>
  );
}

function MoveButton({ id, move, back, label, primary = false }: { id: string; move: string; back: string; label: string; primary?: boolean }) {
  return (
    <form action={pickupMoveAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="move" value={move} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={`min-h-11 rounded-md px-4 py-2 font-semibold ${primary ? "bg-ink text-white" : "border border-stone-400"}`}>
        {label}
      </button>
    </form>
  );
}
