import { IMAGE_WIDTHS, productImageSrcSet, productImageUrl, type ImageWidth } from "@/lib/catalog/images";

/**
 * AVIF at responsive widths, sized 4:5 so nothing shifts while loading. `widths` are the ones
 * `sizes` can ask for (a listing card never needs 160 or 960 px). Browsers without AVIF (Safari
 * before 16) get one WebP at the largest of them, without a srcset: every picture's markup
 * travels twice in the page (HTML and the React payload), and the second srcset made up a fifth
 * of a listing page's bytes (docs/benchmarks.md). `priority` marks the page's largest image
 * (LCP): eager and high fetch priority.
 */
export function ProductImage({
  imageKey,
  alt,
  sizes,
  widths = IMAGE_WIDTHS,
  priority = false,
  className = "",
}: {
  imageKey: string;
  alt: string;
  sizes: string;
  widths?: readonly ImageWidth[];
  priority?: boolean;
  className?: string;
}) {
  return (
    <picture>
      <source type="image/avif" srcSet={productImageSrcSet(imageKey, "avif", widths)} sizes={sizes} />
      <img
        src={productImageUrl(imageKey, widths.at(-1) ?? 480, "webp")}
        alt={alt}
        width={480}
        height={600}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className={`aspect-[4/5] h-auto w-full bg-stone-100 object-cover ${className}`}
      />
    </picture>
  );
}
