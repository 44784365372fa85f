import { useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { errorCode } from '../graphql-errors';
import { useLabels } from '../labels';
import { levelOf } from '../route';
import { MeQuery, useSession } from '../session/session';
import {
  ApproveCityReport,
  ApproveDistrictReport,
  CityAuditSealQuery,
  CityQueueQuery,
  ProvinceQueueQuery,
  ReturnCityReport,
  ReturnDistrictReport,
} from './approval-documents';

interface QueueRow {
  code: string;
  name: string;
  state: string;
  updatedBy: string | null | undefined;
  cells: { metric: string; reported?: { text: string } | null }[];
}

interface Progress {
  expected: number;
  open: number;
  submitted: number;
  approved: number;
  returned: number;
}

/**
 * The reports an approver decides: those of the level below each unit their token covers,
 * with how complete that level is. A city's report is approved over its audit seal.
 */
export function ApprovalQueue() {
  const labels = useLabels();
  const session = useSession();
  const [period, setPeriod] = useState('2022');
  const [{ data }] = useQuery({ query: MeQuery, pause: !session.token });
  if (!session.token) return <p className="error">{labels.needsSignIn}</p>;
  const units = (data?.me?.units ?? []).filter((unit) => levelOf(unit) !== 'DISTRICT');
  return (
    <section className="approvals">
      <h2>{labels.approvals}</h2>
      <label>
        {labels.period}{' '}
        <input
          aria-label={labels.period}
          value={period}
          onChange={(e) => setPeriod(e.target.value.trim())}
        />
      </label>
      {/^\d{4}(-\d{4})?$/.test(period) &&
        units.map((unit) =>
          levelOf(unit) === 'CITY' ? (
            <CityQueue key={unit} code={unit} period={period} />
          ) : (
            <ProvinceQueue key={unit} code={unit} period={period} />
          ),
        )}
    </section>
  );
}

function CityQueue({ code, period }: { code: string; period: string }) {
  const [{ data, error }, refetch] = useQuery({
    query: CityQueueQuery,
    variables: { code, period },
  });
  const [approveState, approve] = useMutation(ApproveDistrictReport);
  const [returnState, sendBack] = useMutation(ReturnDistrictReport);
  const city = data?.city;
  const after = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueueTable
      title={city?.name ?? code}
      progress={city?.report.districtsProgress}
      rows={(city?.districts ?? []).map((d) => ({ code: d.code, name: d.name, ...d.report }))}
      error={error?.message ?? approveState.error?.message ?? returnState.error?.message}
      errorCode={errorCode(approveState.error ?? returnState.error)}
      onApprove={async (row, comment) => {
        await approve({ code: row.code, period, comment: comment || null });
        after();
      }}
      onReturn={async (row, comment) => {
        await sendBack({ code: row.code, period, comment: comment || '—' });
        after();
      }}
    />
  );
}

function ProvinceQueue({ code, period }: { code: string; period: string }) {
  const client = useClient();
  const [{ data, error }, refetch] = useQuery({
    query: ProvinceQueueQuery,
    variables: { code, period },
  });
  const [approveState, approve] = useMutation(ApproveCityReport);
  const [returnState, sendBack] = useMutation(ReturnCityReport);
  const province = data?.province;
  const after = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueueTable
      title={province?.name ?? code}
      progress={province?.report.citiesProgress}
      rows={(province?.cities ?? []).map((c) => ({ code: c.code, name: c.name, ...c.report }))}
      error={error?.message ?? approveState.error?.message ?? returnState.error?.message}
      errorCode={errorCode(approveState.error ?? returnState.error)}
      onApprove={async (row, comment) => {
        const sealed = await client
          .query(CityAuditSealQuery, { code: row.code, period }, { requestPolicy: 'network-only' })
          .toPromise();
        const seal = sealed.data?.city?.report.auditSeal.seal ?? null;
        await approve({ code: row.code, period, auditSeal: seal, comment: comment || null });
        after();
      }}
      onReturn={async (row, comment) => {
        await sendBack({ code: row.code, period, comment: comment || '—' });
        after();
      }}
    />
  );
}

function QueueTable({
  title,
  progress,
  rows,
  error,
  errorCode: code,
  onApprove,
  onReturn,
}: {
  title: string;
  progress: Progress | undefined;
  rows: QueueRow[];
  error: string | undefined;
  errorCode: string | null;
  onApprove(row: QueueRow, comment: string): Promise<void>;
  onReturn(row: QueueRow, comment: string): Promise<void>;
}) {
  const labels = useLabels();
  const [comment, setComment] = useState('');
  const waiting = rows.filter((row) => row.state === 'SUBMITTED');
  return (
    <div className="queue" aria-label={title}>
      <h3>{title}</h3>
      {progress && (
        <p className="progress">
          {labels.progress}: {labels.expected} {progress.expected} · {labels.approved}{' '}
          {progress.approved} · {labels.submitted} {progress.submitted} · {labels.returned}{' '}
          {progress.returned} · {labels.open} {progress.open}
          <progress max={progress.expected} value={progress.approved} />
        </p>
      )}
      <label>
        {labels.comment}{' '}
        <input
          aria-label={labels.comment}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      {waiting.length === 0 && <p className="muted">{labels.noQueue}</p>}
      <table>
        <tbody>
          {rows
            .filter((row) => row.state !== 'OPEN')
            .map((row) => (
              <tr key={row.code} data-code={row.code}>
                <td>{row.name}</td>
                <td className="state">{row.state}</td>
                <td className="muted">{row.updatedBy}</td>
                <td>
                  {row.cells
                    .map((cell) => `${cell.metric} ${cell.reported?.text ?? '—'}`)
                    .join(' · ')}
                </td>
                <td>
                  {row.state === 'SUBMITTED' && (
                    <>
                      <button onClick={() => void onApprove(row, comment)}>{labels.approve}</button>
                      <button onClick={() => void onReturn(row, comment)}>
                        {labels.returnReport}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {error && (
        <p className="error" role="alert">
          <strong>{code}</strong> {error}
        </p>
      )}
    </div>
  );
}
