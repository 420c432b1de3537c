import type { ReactNode } from 'react';

export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  return (
    <small id={id} className="bad ch-error" data-testid={id} role="alert">
      {messages.join('; ')}
    </small>
  );
}

/** One labelled input of the form, with its hint and its errors tied to it for screen readers. */
export function Field({ id, label, hint, errors, required, children, after }: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  after?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; 'aria-required'?: boolean }) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = id.replace(/^ch-(sel-)?/, 'ch-error-');
  const describedBy = [hint ? hintId : '', errors?.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`row${errors?.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
      {hint && <small id={hintId} className="hint">{hint}</small>}
      {errors?.length ? <FieldErrors id={errorId} messages={errors} /> : null}
      {after}
    </div>
  );
}
