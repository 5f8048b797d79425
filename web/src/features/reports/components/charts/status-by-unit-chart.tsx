import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { statusColour, type ChartedStatus } from './chart-colours.js';

export interface StatusByUnitRow {
  id: string;
  /** Short enough for the axis ("UBND xã Định Bình"). */
  label: string;
  counts: Record<ChartedStatus, number>;
}

interface StatusByUnitChartProps {
  rows: StatusByUnitRow[];
  /** Only the statuses some unit has: an empty series would only lengthen the legend. */
  statuses: ChartedStatus[];
  statusLabel: (status: ChartedStatus) => string;
  onSelect: (unitId: string) => void;
}

const BAR_ROW_HEIGHT = 26;
/** Longer axis labels are cut (the tooltip and the units table give the whole name). */
const AXIS_LABEL_CHARS = 26;
const axisLabel = (label: string) =>
  label.length > AXIS_LABEL_CHARS ? `${label.slice(0, AXIS_LABEL_CHARS - 1).trimEnd()}…` : label;

/** One stacked bar per unit, a segment per status; clicking a unit's row drills down into it. */
export default function StatusByUnitChart({ rows, statuses, statusLabel, onSelect }: StatusByUnitChartProps) {
  const data = rows.map((row) => ({ id: row.id, label: row.label, ...row.counts }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: '100%', height: rows.length * BAR_ROW_HEIGHT + 90 }}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      cursor="pointer"
      onClick={(state) => {
        const row = data[Number(state.activeTooltipIndex)];
        if (row) onSelect(row.id);
      }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} />
      <YAxis
        type="category"
        dataKey="label"
        width={200}
        interval={0}
        tick={{ fontSize: 12 }}
        tickFormatter={axisLabel}
      />
      <Tooltip />
      <Legend />
      {statuses.map((status) => (
        <Bar
          key={status}
          dataKey={status}
          name={statusLabel(status)}
          stackId="status"
          fill={statusColour[status]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
