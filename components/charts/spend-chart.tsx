'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatPence } from '@/lib/format';
import type { ChartModel, ChartSeries } from '@/lib/charts/series';

// Restrained, colour-blind-safe tones (Okabe-Ito blue, vermillion, bluish green, purple);
// each council also gets its own pattern, and budgets are hatched, so colour is never alone.
const TONES = ['#0b5394', '#c4451c', '#117a65', '#6c3483'];
const PATTERNS = ['solid', 'dots', 'stripes', 'grid'] as const;

const tone = (i: number) => TONES[i % TONES.length] ?? '#333';
const patternId = (s: ChartSeries, chartId: string) => `${chartId}-${s.kind}-${s.tone}`;

function Patterns({ series, chartId }: { series: ChartSeries[]; chartId: string }) {
  return (
    <defs>
      {series.map((s) => {
        const colour = tone(s.tone);
        const id = patternId(s, chartId);
        if (s.kind === 'budget') {
          return (
            <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
            </pattern>
          );
        }
        const kind = PATTERNS[s.tone % PATTERNS.length];
        return (
          <pattern key={id} id={id} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={colour} />
            {kind === 'dots' && <circle cx="3" cy="3" r="1.2" fill="#fff" />}
            {kind === 'stripes' && <line x1="0" y1="3" x2="6" y2="3" stroke="#fff" strokeWidth="1.2" />}
            {kind === 'grid' && <path d="M0 3H6M3 0V6" stroke="#fff" strokeWidth="1" />}
          </pattern>
        );
      })}
    </defs>
  );
}

export interface SpendChartProps {
  model: ChartModel;
  /** Unique on the page: pattern ids hang off it. */
  id: string;
  /** Read out by screen readers in place of the drawing. */
  description: string;
}

/** Bars of spend (filled) and budget (hatched, outlined) by financial year. */
export function SpendChart({ model, id, description }: SpendChartProps) {
  const axis = (v: number) => (model.unit === 'pence' ? formatPence(v) : formatMoney(v, { compact: true }));
  const full = (v: number) => (model.unit === 'pence' ? formatPence(v) : formatMoney(v));
  // Every year gets its label (interval 0); with many years they slant so they never collide.
  const slanted = model.rows.length > 4;
  return (
    <BarChart
      responsive
      data={model.rows}
      className="chart-fill"
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      title={description}
      desc={description}
    >
      <Patterns series={model.series} chartId={id} />
      <CartesianGrid vertical={false} stroke="#e5e5e5" />
      <XAxis
        dataKey="year"
        tickLine={false}
        interval={0}
        angle={slanted ? -40 : 0}
        textAnchor={slanted ? 'end' : 'middle'}
        height={slanted ? 56 : 30}
      />
      <YAxis tickFormatter={axis} width={64} tickLine={false} axisLine={false} />
      <Tooltip formatter={(v) => (typeof v === 'number' ? full(v) : String(v))} />
      <Legend itemSorter={(item) => model.series.findIndex((s) => s.key === item.dataKey)} />
      {model.series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          fill={`url(#${patternId(s, id)})`}
          stroke={tone(s.tone)}
          strokeWidth={s.kind === 'budget' ? 1.5 : 0}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
