import type { Metadata } from "next";
import type { Category } from "../catalog/types";
import type { Locale } from "../i18n/locale";
import { localizedAlternates } from "./page-metadata";

/** Every variant of a category page (sorted, filtered) names the unfiltered page as canonical. */
export function categoryMetadata(category: Category, locale: Locale): Metadata {
  return { title: category.name, alternates: localizedAlternates(`/categories/${category.slug}`, locale) };
}
