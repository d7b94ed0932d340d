/**
 * "Postcode or city" (a GET form, so it works without JavaScript): the store locator and the
 * availability page ask for the shopper's place the same way. `unknownPlace` is said, not ignored.
 */
export function PlaceForm({
  action,
  hidden = {},
  label,
  placeholder,
  submit,
  defaultValue,
  unknownPlace,
  primary = false,
}: {
  action: string;
  hidden?: Record<string, string>;
  label: string;
  placeholder: string;
  submit: string;
  defaultValue: string;
  unknownPlace?: string;
  primary?: boolean;
}) {
  return (
    <form action={action} className="flex max-w-md flex-col gap-1">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="near" className="font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id="near"
          name="near"
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="postal-code"
          placeholder={placeholder}
          className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2"
        />
        <button type="submit" className={primary ? "rounded-md bg-ink px-4 py-2 font-medium text-white" : "rounded-md border border-ink px-4 py-2 font-medium"}>
          {submit}
        </button>
      </div>
      {unknownPlace && (
        <p role="alert" className="text-sm text-warn">
          {unknownPlace}
        </p>
      )}
    </form>
  );
}
