// A small SVG bar chart over dates (mentions over time, events per day), optionally stacked by
// type. Drawn left-to-right in time, as dates are read, inside the right-to-left page.
export interface Bar { date: string; parts: { key: string; value: number }[] }

const COLORS = ["#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b",
  "#2c3e50", "#e84393", "#00838f", "#6d4c41", "#5e35b1", "#43a047", "#f4511e", "#3949ab"];

export function colorOf(key: string, keys: string[]): string {
  const i = keys.indexOf(key);
  return COLORS[(i < 0 ? 0 : i) % COLORS.length];
}

export function Bars({ bars, keys, height = 120, label }: { bars: Bar[]; keys: string[]; height?: number; label: string }) {
  if (!bars.length) return null;
  const width = 720;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((s, p) => s + p.value, 0)));
  const w = Math.min(48, width / bars.length);
  return (
    <svg class="bars" viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={label} dir="ltr" style={{ direction: "ltr" }}>
      {bars.map((b, i) => {
        let y = height;
        return (
          <g key={b.date}>
            <title>{b.date}: {b.parts.map((p) => `${p.key} ${p.value}`).join(", ")}</title>
            {b.parts.map((p) => {
              const h = (p.value / max) * (height - 4);
              y -= h;
              return <rect x={i * w + 1} y={y} width={Math.max(1, w - 2)} height={h} fill={colorOf(p.key, keys)} />;
            })}
          </g>
        );
      })}
      <text x={2} y={height + 14} font-size="11">{bars[0].date}</text>
      {bars.length > 1 && <text x={Math.max(w * bars.length - 2, 90)} y={height + 14} font-size="11" text-anchor="end">{bars[bars.length - 1].date}</text>}
    </svg>
  );
}
