import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export interface BarDatum {
  label: string;
  value: number;
}

/**
 * A bar chart drawn on the server as SVG (visx scales and shapes: no chart code reaches the
 * browser). It is an image with a title; the same numbers are in the table the page puts under it.
 */
export function BarChart({ id, title, data, format = String, width = 720, height = 220 }: { id: string; title: string; data: BarDatum[]; format?: (value: number) => string; width?: number; height?: number }) {
  const margin = { top: 20, right: 8, bottom: 36, left: 8 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const x = scaleBand<string>({ domain: data.map((d) => d.label), range: [0, innerWidth], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, ...data.map((d) => d.value))], range: [innerHeight, 0], nice: true });
  // Many bars (days): label only the first and last; few bars: label each one and its value.
  const few = data.length <= 12;
  return (
    <svg id={id} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} className="h-auto w-full">
      <title id={`${id}-title`}>{title}</title>
      <Group left={margin.left} top={margin.top}>
        <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} stroke="#a8a29e" />
        {data.map((d, index) => {
          const barX = x(d.label) ?? 0;
          const barY = y(d.value);
          const showLabel = few || index === 0 || index === data.length - 1;
          return (
            <g key={d.label}>
              <Bar x={barX} y={barY} width={x.bandwidth()} height={innerHeight - barY} fill="#9a3412" rx={2} />
              {few && (
                <text x={barX + x.bandwidth() / 2} y={barY - 4} textAnchor="middle" fontSize={12} fill="#1c1917">
                  {format(d.value)}
                </text>
              )}
              {showLabel && (
                <text x={barX + x.bandwidth() / 2} y={innerHeight + 16} textAnchor={few ? "middle" : index === 0 ? "start" : "end"} fontSize={12} fill="#57534e">
                  {d.label}
                </text>
              )}
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
