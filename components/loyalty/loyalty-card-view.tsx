import { groupCardNumber, svgDataUrl, svgSize, type LoyaltyCardData } from "@/lib/loyalty/card-data";
import { fill, formatDateTime, formatDay, formatPoints } from "./format";
import type { LoyaltyTexts } from "./texts";
import { WakeLockToggle } from "./wake-lock-toggle";

/**
 * The loyalty card page's body (docs/engagement.md#loyalty-card): the card with its barcode, the
 * tier and the way to the next one, the month's challenges and the offers. No hooks: the account
 * page renders it on the server, the offline shell in the browser from IndexedDB.
 */
export interface WalletLinks {
  apple?: string;
  google?: string;
}

export function LoyaltyCardView({ card, texts, locale, offline, wallet = {} }: { card: LoyaltyCardData; texts: LoyaltyTexts; locale: string; offline: boolean; wallet?: WalletLinks }) {
  const grouped = groupCardNumber(card.cardNumber);
  const points = formatPoints(card.points, locale);
  const asOf = formatDateTime(card.asOf, locale);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="loyalty-card-name" className="flex flex-col gap-4 md:flex-row md:items-start md:gap-8">
        <div className="w-full max-w-md shrink-0 overflow-hidden rounded-2xl bg-gradient-to-br from-brand to-brand-dark p-5 text-white shadow-lg">
          <div className="flex items-start justify-between gap-3">
            <div>
              <p id="loyalty-card-name" className="text-2xl font-bold uppercase tracking-[0.2em]">
                {texts.brand}
              </p>
              <p className="text-sm text-white/90">{texts.programme}</p>
            </div>
            <p className="rounded-full bg-white px-3 py-1 text-sm font-semibold text-brand-dark">
              <span className="sr-only">{texts.tierLabel} </span>
              {texts.tier[card.tier]}
            </p>
          </div>
          <p className="mt-4 text-sm text-white/90">{texts.pointsLabel}</p>
          <p className="text-4xl font-semibold tabular-nums" data-testid="loyalty-points">
            {fill(texts.points, { points })}
          </p>
          <figure className="mt-4 rounded-xl bg-white p-3 text-ink">
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG kept as data, shown offline too */}
            <img src={svgDataUrl(card.images.barcode)} alt={fill(texts.barcodeAlt, { number: grouped })} data-testid="loyalty-barcode" className="mx-auto block h-auto w-full max-w-[22rem]" {...svgSize(card.images.barcode)} />
            <figcaption className="mt-1 text-center text-xs font-medium uppercase tracking-wide text-muted">{texts.scanHint}</figcaption>
          </figure>
          <p className="mt-3 flex flex-wrap items-baseline justify-between gap-2">
            <span className="text-sm text-white/90">{texts.cardNumber}</span>
            <span className="font-mono text-xl tracking-wider" data-testid="loyalty-number">
              {grouped}
            </span>
          </p>
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-4">
          <WakeLockToggle texts={texts} />
          <TierProgress card={card} texts={texts} locale={locale} />
          <details className="rounded-lg border border-line bg-white p-4">
            <summary className="cursor-pointer font-medium">{texts.qrSummary}</summary>
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG kept as data, shown offline too */}
            <img src={svgDataUrl(card.images.qr)} alt={fill(texts.qrAlt, { number: grouped })} className="mt-3 block size-56" {...svgSize(card.images.qr)} />
          </details>
          <p className={offline ? "rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950" : "text-sm text-muted"} data-testid="loyalty-as-of">
            {fill(offline ? texts.offlineAsOf : texts.asOf, { date: asOf })}
          </p>
          {(wallet.apple || wallet.google) && (
            <div className="flex flex-wrap gap-3">
              {wallet.apple && (
                <a href={wallet.apple} className="inline-flex items-center rounded-lg bg-ink px-4 py-2.5 font-medium text-white">
                  {texts.walletApple}
                </a>
              )}
              {wallet.google && (
                <a href={wallet.google} className="inline-flex items-center rounded-lg bg-ink px-4 py-2.5 font-medium text-white">
                  {texts.walletGoogle}
                </a>
              )}
            </div>
          )}
        </div>
      </section>

      {card.challenges.length > 0 && (
        <section aria-labelledby="loyalty-challenges" className="flex flex-col gap-3">
          <div>
            <h2 id="loyalty-challenges" className="text-xl font-semibold">
              {texts.challengesTitle}
            </h2>
            <p className="text-sm text-muted">{texts.challengesIntro}</p>
          </div>
          <ul className="grid gap-3 sm:grid-cols-2">
            {card.challenges.map((challenge) => (
              <li key={challenge.id} className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4" data-testid="loyalty-challenge">
                <ChallengeBody challenge={challenge} texts={texts} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="loyalty-offers" className="flex flex-col gap-3">
        <h2 id="loyalty-offers" className="text-xl font-semibold">
          {texts.offersTitle}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {card.offers.map((id) => {
            const offer = texts.offer[id];
            if (!offer) return null;
            return (
              <li key={id} className="rounded-lg border border-line bg-white p-4">
                <p className="font-semibold">{offer.title}</p>
                <p className="text-sm text-muted">{offer.text}</p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

function TierProgress({ card, texts, locale }: { card: LoyaltyCardData; texts: LoyaltyTexts; locale: string }) {
  if (!card.nextTier) return <p className="font-medium">{texts.topTier}</p>;
  const percent = Math.round(Math.min(1, Math.max(0, card.tierProgress)) * 100);
  return (
    <div className="flex flex-col gap-2">
      <p className="font-medium">{fill(texts.nextTier, { missing: formatPoints(card.nextTier.missing, locale), tier: texts.tier[card.nextTier.tier] ?? card.nextTier.tier })}</p>
      <div role="progressbar" aria-label={texts.tierProgress} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2.5 overflow-hidden rounded-full bg-stone-200">
        <div className="h-full rounded-full bg-brand" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** One challenge: what to do, the reward, the progress, until when. Shared with the home page's island. */
export function ChallengeBody({ challenge, texts, locale }: { challenge: LoyaltyCardData["challenges"][number]; texts: LoyaltyTexts; locale: string }) {
  const title = fill(texts.challenge[challenge.kind] ?? "", { category: challenge.subjectName ?? challenge.subject ?? "", store: challenge.subjectName ?? challenge.subject ?? "" });
  const points = formatPoints(challenge.points, locale);
  const percent = Math.round((challenge.done / Math.max(1, challenge.total)) * 100);
  return (
    <>
      <p className="flex items-start justify-between gap-3">
        <span className="font-semibold">{title}</span>
        <span className="shrink-0 rounded-full bg-orange-50 px-2 py-0.5 text-sm font-semibold text-brand-dark">{fill(texts.challengeReward, { points })}</span>
      </p>
      <div role="progressbar" aria-label={title} aria-valuemin={0} aria-valuemax={challenge.total} aria-valuenow={challenge.done} aria-valuetext={fill(texts.challengeProgress, { done: challenge.done, total: challenge.total })} className="h-2 overflow-hidden rounded-full bg-stone-200">
        <div className={`h-full rounded-full ${challenge.completed ? "bg-ok" : "bg-brand"}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-muted">
        {challenge.completed ? <strong className="font-semibold text-ok">{fill(texts.challengeDone, { points })}</strong> : <>{fill(texts.challengeProgress, { done: challenge.done, total: challenge.total })} · {fill(texts.challengeEnds, { date: formatDay(challenge.endsAt, locale) })}</>}
      </p>
    </>
  );
}
