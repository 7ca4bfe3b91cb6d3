import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ImpactPoint {
  name: string;
  change: number;
  /** Distance from the change down to the interval's low end, and up to its high end. */
  interval: [number, number];
}

/** The change after earning each certification, with its 95% interval as an error bar. */
export function ImpactChart({ points, unit }: { points: ImpactPoint[]; unit: string }) {
  return (
    <div role="img" aria-label={`Change of the metric after earning each certification${unit ? ` (${unit})` : ''}, with its 95% interval`}>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={points} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tick={{ fontSize: 12 }} label={unit ? { value: unit, angle: -90, position: "insideLeft", fontSize: 12 } : undefined} />
          <Tooltip formatter={(v: number) => [`${Number(v.toFixed(2))}${unit ? ` ${unit}` : ''}`, 'Mean change']} />
          <ReferenceLine y={0} stroke="#495057" />
          <Bar dataKey="change" fill="#087f5b" isAnimationActive={false} maxBarSize={90}>
            <ErrorBar dataKey="interval" width={8} strokeWidth={2} stroke="#212529" direction="y" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
