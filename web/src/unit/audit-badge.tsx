import { useState } from 'react';

/** The audit status as a coloured badge; its explanation opens beside it. */
export function AuditBadge({
  audit,
}: {
  audit: { status: string; rule: string; gap?: number | null; explanation: string };
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="audit">
      <button
        className={`badge badge-${audit.status.toLowerCase()}`}
        title={audit.explanation}
        onClick={() => setOpen(!open)}
      >
        {audit.status} · {audit.rule}
      </button>
      {open && <p className="explanation">{audit.explanation}</p>}
    </div>
  );
}
