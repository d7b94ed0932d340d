"use client";

import { useCallback, useState } from "react";

/** The messages for each way a field can be wrong (docs/conventions.md#forms); `{min}`/`{max}` are filled in. */
export interface FieldErrorTexts {
  required: string;
  email: string;
  tooShort: string;
  tooLong: string;
  pattern: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What is wrong with one control, in words, or null. A `data-pattern-message` on the control words its pattern. */
function problemOf(control: Control, texts: FieldErrorTexts): string | null {
  const { validity } = control;
  if (validity.valid) return null;
  if (validity.valueMissing) return texts.required;
  if (validity.typeMismatch && control.type === "email") return texts.email;
  if (validity.tooShort) return texts.tooShort.replace("{min}", String((control as HTMLInputElement).minLength));
  if (validity.tooLong) return texts.tooLong.replace("{max}", String((control as HTMLInputElement).maxLength));
  return control.dataset.patternMessage ?? texts.pattern;
}

/**
 * Inline, accessible form errors instead of the browser's bubbles: the form sets `noValidate`,
 * `check(form)` reads the constraint validation API (required, type, minLength, pattern) on
 * submit, and each field takes `describe(name)` (aria-invalid, aria-describedby) and shows its
 * message in an element with id `errorId(name)`. The first wrong field gets the focus.
 */
export function useFieldErrors(prefix: string, texts: FieldErrorTexts) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  const check = useCallback(
    (form: HTMLFormElement): boolean => {
      const found: Record<string, string> = {};
      let first: Control | null = null;
      for (const element of Array.from(form.elements)) {
        if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) || !element.name) continue;
        const problem = problemOf(element, texts);
        if (problem && !found[element.name]) {
          found[element.name] = problem;
          first ??= element;
        }
      }
      setErrors(found);
      (first as Control | null)?.focus();
      return first === null;
    },
    [texts],
  );

  const clear = useCallback((name: string) => setErrors((current) => (current[name] ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== name)) : current)), []);
  const errorId = (name: string) => `${prefix}-${name}-error`;
  const describe = (name: string, hintId?: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hintId, errors[name] ? errorId(name) : undefined].filter(Boolean).join(" ") || undefined,
    onInput: () => clear(name),
  });
  return { errors, check, describe, errorId };
}
