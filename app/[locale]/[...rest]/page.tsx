import { notFound } from "next/navigation";

/** Any other path under a language: that language's "not found" page (app/[locale]/not-found.tsx). */
export default function UnknownPage() {
  notFound();
}
