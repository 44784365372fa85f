import { useContext, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorCode, errorExtension, mutationResult } from '../graphql-errors';
import { LanguageContext, useLabels } from '../labels';
import { levelOf } from '../route';
import { useSession } from '../session/session';
import { MetricsQuery } from '../unit/unit-queries';
import { CurrentFigureDocuments, RecordDocuments, SubmitDocuments } from './entry-documents';
import { ValuePreview } from './value-preview';

/**
 * A reporter records a figure as printed. The form reads the cell's current version first
 * and sends it as expectedVersion, so a figure someone changed meanwhile is a CONFLICT shown
 * with the current version rather than an overwrite; a submitted or approved report's cells
 * are LOCKED.
 */
export function EntryForm({ initialCode }: { initialCode: string | null }) {
  const labels = useLabels();
  const language = useContext(LanguageContext);
  const session = useSession();
  const [code, setCode] = useState(initialCode ?? '');
  const [metric, setMetric] = useState('members');
  const [period, setPeriod] = useState('2022');
  const [text, setText] = useState('');
  const [{ data: metricsData }] = useQuery({ query: MetricsQuery });
  const valid = /^\d{6}$/.test(code) && /^\d{4}(-\d{4})?$/.test(period);
  const level = valid ? levelOf(code) : 'DISTRICT';
  const variables = { code, metric, period };
  const [province] = useQuery({
    query: CurrentFigureDocuments.PROVINCE,
    variables,
    pause: !valid || level !== 'PROVINCE',
  });
  const [city] = useQuery({
    query: CurrentFigureDocuments.CITY,
    variables,
    pause: !valid || level !== 'CITY',
  });
  const [district] = useQuery({
    query: CurrentFigureDocuments.DISTRICT,
    variables,
    pause: !valid || level !== 'DISTRICT',
  });
  const unit = province.data?.province ?? city.data?.city ?? district.data?.district;
  const [recordProvince, recordProvinceFigure] = useMutation(RecordDocuments.PROVINCE);
  const [recordCity, recordCityFigure] = useMutation(RecordDocuments.CITY);
  const [recordDistrict, recordDistrictFigure] = useMutation(RecordDocuments.DISTRICT);
  const [submitProvince, submitProvinceReport] = useMutation(SubmitDocuments.PROVINCE);
  const [submitCity, submitCityReport] = useMutation(SubmitDocuments.CITY);
  const [submitDistrict, submitDistrictReport] = useMutation(SubmitDocuments.DISTRICT);
  const record = { PROVINCE: recordProvince, CITY: recordCity, DISTRICT: recordDistrict }[level];
  const submit = { PROVINCE: submitProvince, CITY: submitCity, DISTRICT: submitDistrict }[level];
  const [lastAction, setLastAction] = useState<'record' | 'submit' | null>(null);
  const result = lastAction === 'submit' ? submit : record;

  if (!session.token) return <p className="error">{labels.needsSignIn}</p>;

  const onRecord = async () => {
    setLastAction('record');
    const input = { code, metric, period, text, expectedVersion: unit?.figure.version || null };
    const send = {
      PROVINCE: recordProvinceFigure,
      CITY: recordCityFigure,
      DISTRICT: recordDistrictFigure,
    }[level];
    const outcome = await send({ input });
    if (!outcome.error) setText('');
  };
  const onSubmit = async () => {
    setLastAction('submit');
    const send = {
      PROVINCE: submitProvinceReport,
      CITY: submitCityReport,
      DISTRICT: submitDistrictReport,
    }[level];
    await send({ code, period, comment: null });
  };
  const code_ = errorCode(result.error);
  const recorded =
    lastAction === 'record' && !record.error
      ? mutationResult<{ version: number; reported?: { text: string } | null }>(record.data)
      : undefined;

  return (
    <section className="entry">
      <h2>{labels.entry}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onRecord();
        }}
      >
        <label>
          {labels.unitCode}
          <input
            aria-label={labels.unitCode}
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
          />
        </label>
        <span className="unit-name">{unit?.name}</span>
        <label>
          {labels.metric}
          <select
            aria-label={labels.metric}
            value={metric}
            onChange={(e) => setMetric(e.target.value)}
          >
            {metricsData?.metrics.map((m) => (
              <option key={m.code} value={m.code}>
                {language === 'zh' ? m.nameZh : m.nameEn} ({m.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.period}
          <input
            aria-label={labels.period}
            value={period}
            onChange={(e) => setPeriod(e.target.value.trim())}
          />
        </label>
        {unit && (
          <p className="current">
            {labels.reported}: {unit.figure.reported?.text ?? '—'} · {labels.version}{' '}
            {unit.figure.version} · {labels.reportState}:{' '}
            <span className="state">{unit.report.state}</span>
          </p>
        )}
        <label>
          {labels.text}
          <input
            aria-label={labels.text}
            value={text}
            placeholder="329余万人"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <ValuePreview text={text} />
        <button type="submit" disabled={!unit || !text.trim() || record.fetching}>
          {labels.record}
        </button>
        <button type="button" disabled={!unit || submit.fetching} onClick={() => void onSubmit()}>
          {labels.submitReport}
        </button>
      </form>
      {recorded && (
        <p className="ok" role="status">
          {labels.recorded} {recorded.version}: {recorded.reported?.text}
        </p>
      )}
      {lastAction === 'submit' && submit.data && !submit.error && (
        <p className="ok" role="status">
          {labels.reportState}: {mutationResult<{ state: string }>(submit.data)?.state}
        </p>
      )}
      {result.error && (
        <div className={`problem problem-${(code_ ?? 'error').toLowerCase()}`} role="alert">
          <strong>{code_ ?? 'ERROR'}</strong>{' '}
          {code_ === 'CONFLICT' && (
            <span>
              {labels.conflict} {String(errorExtension(result.error, 'currentVersion'))}.{' '}
            </span>
          )}
          {code_ === 'LOCKED' && <span>{labels.locked}. </span>}
          <span className="message">
            {result.error.graphQLErrors[0]?.message ?? result.error.message}
          </span>
        </div>
      )}
    </section>
  );
}
