import { parseValue, ValueParseError } from '@union/domain/value';
import { formatInterval } from '../format';
import { useLabels } from '../labels';

/**
 * How the graph will read the text, shown before it is sent: the same parser the subgraphs
 * run, so `329余万人` previews as [3,290,000, 3,300,000] MORE_THAN.
 */
export function ValuePreview({ text }: { text: string }) {
  const labels = useLabels();
  if (!text.trim()) return null;
  try {
    const value = parseValue(text);
    return (
      <p className="preview" aria-label={labels.preview}>
        {labels.preview}: <strong>{formatInterval(value.lower, value.upper)}</strong>{' '}
        {value.qualifier}
        {value.unit && ` (${value.unit})`}
      </p>
    );
  } catch (error) {
    const message = error instanceof ValueParseError ? error.message : String(error);
    return (
      <p className="preview error" aria-label={labels.preview}>
        {labels.cannotRead}: {message}
      </p>
    );
  }
}
