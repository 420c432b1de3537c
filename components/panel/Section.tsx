import { useId, type ReactNode } from 'react';
import { useUiStore } from '../../lib/stores/ui';

/**
 * A panel section whose heading opens and closes it; the choice is remembered (lib/stores/ui.ts). A closed
 * section keeps its content in the page (hidden), so what it holds stays in the DOM for live regions and tests.
 */
export function Section({
  id,
  title,
  defaultOpen = true,
  className = '',
  testId,
  children,
}: {
  id: string;
  title: string;
  defaultOpen?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const open = useUiStore((s) => s.openSections[id] ?? defaultOpen);
  const setOpen = useUiStore((s) => s.setSectionOpen);
  const bodyId = useId();
  return (
    <section className={`card section ${className}`} aria-labelledby={`${bodyId}-h`} data-testid={testId} data-section={id} data-open={open}>
      <h2 className="section-title" id={`${bodyId}-h`}>
        <button type="button" className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(id, !open)} data-testid={`section-${id}`}>
          <span className="chevron" aria-hidden="true" />
          {title}
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
