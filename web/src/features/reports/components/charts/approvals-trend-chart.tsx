import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

export interface MonthRow {
  /** "06/2023" */
  label: string;
  approvals: number;
}

/** Approvals month by month: bars, since months are counted, not sampled. */
export default function ApprovalsTrendChart({ rows, seriesName }: { rows: MonthRow[]; seriesName: string }) {
  return (
    <BarChart
      responsive
      data={rows}
      style={{ width: '100%', height: 260 }}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      {/* preserveStartEnd: the first month is labelled, so the chart reads as starting at the first approval. */}
      <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} width={40} />
      <Tooltip />
      <Bar dataKey="approvals" name={seriesName} fill="#52c41a" isAnimationActive={false} />
    </BarChart>
  );
}
