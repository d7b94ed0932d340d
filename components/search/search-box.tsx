"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Category } from "@/lib/catalog/types";
import { formatPrice } from "@/lib/i18n/format";
import { localizedPath, withoutLocale } from "@/lib/i18n/paths";
import type { Suggestions } from "@/lib/search/suggest";

export interface SearchBoxTexts {
  label: string;
  placeholder: string;
  submit: string;
  products: string;
  categories: string;
}

/** Wait this long after the last key before asking (docs/search.md#suggestions). */
const DEBOUNCE_MS = 200;
/** Answers kept in the page, so typing back and forth asks nothing again. */
const CACHE_ENTRIES = 30;

type Option = { id: string; href: string; label: string; detail?: string; group: "products" | "categories" };

/**
 * The header's search box: a combobox (WAI-ARIA pattern "combobox with listbox popup") that
 * suggests products and categories while typing: online from `/api/search/suggest`, offline
 * from the device's mirror with the same rule. It keeps the query on the search page. Without
 * JavaScript it is the plain GET form it renders.
 */
export function SearchBox({ texts, locale }: { texts: SearchBoxTexts; locale: string }) {
  const id = useId();
  const listId = `${id}-list`;
  const input = useRef<HTMLInputElement>(null);
  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const cache = useRef(new Map<string, Suggestions>());
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; controller: AbortController } | null>(null);

  // On the search page the box shows what was searched (the header itself is the same cached HTML everywhere).
  useEffect(() => {
    if (input.current && withoutLocale(window.location.pathname) === "/search") input.current.value = new URLSearchParams(window.location.search).get("q") ?? "";
  }, []);
  useEffect(() => () => pending.current?.controller.abort(), []);

  function onInput(text: string) {
    setOpen(true);
    if (pending.current) {
      clearTimeout(pending.current.timer);
      pending.current.controller.abort();
      pending.current = null;
    }
    const q = text.trim();
    const known = cache.current.get(q);
    if (q.length < 2 || known) {
      setSuggestions(known ?? null);
      setActive(-1);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void loadSuggestions(q, locale, controller.signal).then((found) => {
        if (!found || controller.signal.aborted) return;
        if (cache.current.size >= CACHE_ENTRIES) cache.current.delete(cache.current.keys().next().value!);
        cache.current.set(q, found);
        setSuggestions(found);
        setActive(-1);
      });
    }, DEBOUNCE_MS);
    pending.current = { timer, controller };
  }

  const options: Option[] = [
    ...(suggestions?.products ?? []).map((product) => ({
      id: `${id}-p-${product.slug}`,
      href: localizedPath(`/products/${product.slug}`, locale),
      label: product.name,
      detail: formatPrice(product.priceCents, locale),
      group: "products" as const,
    })),
    ...(suggestions?.categories ?? []).map((category: Category) => ({
      id: `${id}-c-${category.slug}`,
      href: localizedPath(`/categories/${category.slug}`, locale),
      label: category.name,
      group: "categories" as const,
    })),
  ];
  const expanded = open && options.length > 0;

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      // -1 is the input itself: the arrows cycle through the options and back to it.
      const last = options.length - 1;
      setActive((current) => (event.key === "ArrowDown" ? (current >= last ? -1 : current + 1) : current <= -1 ? last : current - 1));
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    } else if (event.key === "Enter" && expanded && options[active]) {
      event.preventDefault();
      window.location.assign(options[active].href);
    }
  }

  const group = (name: Option["group"], title: string) => {
    const members = options.map((option, index) => ({ option, index })).filter(({ option }) => option.group === name);
    if (members.length === 0) return null;
    return (
      <li role="presentation">
        <div id={`${id}-${name}`} className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase" aria-hidden="true">
          {title}
        </div>
        <ul role="group" aria-labelledby={`${id}-${name}`}>
          {members.map(({ option, index }) => (
            <li
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={index === active}
              className={`flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 py-2 ${index === active ? "bg-stone-200" : "hover:bg-stone-100"}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => window.location.assign(option.href)}
            >
              <span>{option.label}</span>
              {option.detail && <span className="text-sm text-muted">{option.detail}</span>}
            </li>
          ))}
        </ul>
      </li>
    );
  };

  return (
    <form action={localizedPath("/search", locale)} role="search" className="relative order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1">
      <label htmlFor={`${id}-input`} className="sr-only">
        {texts.label}
      </label>
      <input
        id={`${id}-input`}
        name="q"
        type="search"
        maxLength={200}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? options[active].id : undefined}
        placeholder={texts.placeholder}
        ref={input}
        onChange={(event) => onInput(event.target.value)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2"
      />
      <button type="submit" className="rounded-md bg-ink px-4 py-2 font-medium text-white">
        {texts.submit}
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label={texts.label}
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-30 mt-1 max-h-96 overflow-y-auto rounded-md border border-line bg-white py-1 shadow-lg"
      >
        {group("products", texts.products)}
        {group("categories", texts.categories)}
      </ul>
    </form>
  );
}

/** Online from the API; from the device's mirror when offline or when the network fails. */
async function loadSuggestions(q: string, locale: string, signal: AbortSignal): Promise<Suggestions | null> {
  if (navigator.onLine) {
    try {
      const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}&locale=${locale}`, { signal });
      if (response.ok) return (await response.json()) as Suggestions;
    } catch {
      if (signal.aborted) return null;
    }
  }
  if (signal.aborted) return null;
  // Loaded only when needed: the mirror's code stays out of every page's first download.
  const [{ searchMirror, listMirrorCategories }, { matchCategories, SUGGESTED_PRODUCTS, SUGGESTED_CATEGORIES }] = await Promise.all([
    import("@/lib/offline/mirror"),
    import("@/lib/search/suggest"),
  ]);
  const found = await searchMirror(q, locale, SUGGESTED_PRODUCTS);
  if (found.status !== "found") return null;
  return {
    products: found.value.items.map(({ slug, name, priceCents }) => ({ slug, name, priceCents })),
    categories: matchCategories(await listMirrorCategories(locale), q, SUGGESTED_CATEGORIES),
  };
}
