/** A field's error message, tied to it by `aria-describedby` (components/ui/use-field-errors.ts). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="text-sm font-medium text-red-800">
      {message}
    </span>
  );
}
