import { Bar, BarChart, CartesianGrid, Cell, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { levelColour } from './chart-colours.js';

export interface LevelRow {
  level: number | null;
  label: string;
  systems: number;
}

/** An axis label wrapped onto two lines when needed ("Chưa phê duyệt" is wider than its bar). */
function WrappedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value: string } }) {
  return (
    <Text
      x={Number(x)}
      y={Number(y) + 4}
      width={64}
      textAnchor="middle"
      verticalAnchor="start"
      fontSize={12}
      fill="#595959"
    >
      {payload?.value ?? ''}
    </Text>
  );
}

/** Systems by approved level (and those without one), one bar each. */
export default function LevelsChart({ rows, seriesName }: { rows: LevelRow[]; seriesName: string }) {
  return (
    <BarChart
      responsive
      data={rows}
      style={{ width: '100%', height: 260 }}
      margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
    >
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <XAxis dataKey="label" interval={0} tick={<WrappedTick />} height={44} />
      <YAxis allowDecimals={false} width={40} />
      <Tooltip />
      <Bar dataKey="systems" name={seriesName} isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={String(row.level)} fill={levelColour(row.level)} />
        ))}
      </Bar>
    </BarChart>
  );
}
