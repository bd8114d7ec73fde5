import type { AssetImpact } from '@weerbaar/core/assets';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

// The blast radius as a picture: one column per hop (the failed asset on the left, what fails after it to the
// right), an arrow from each node to what it takes down, external dependants in the last column. Plain SVG:
// a graph library would cost the first visit more than these few shapes need, and this page loads on its own.
// The picture is decoration for sighted users; the same facts are in the tables beside it.

const COLUMN = 230;
const ROW = 44;
const NODE_W = 190;
const NODE_H = 32;
/** More than this is unreadable as a picture; the tables list everything. */
export const GRAPH_MAX_NODES = 80;

type Node = {
  id: string;
  label: string;
  sub: string;
  column: number;
  row: number;
  tone: 'failed' | 'service' | 'asset' | 'external';
};

export function ImpactGraph({ impact, onSelect }: { impact: AssetImpact; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<string>();
  const shown = impact.affected.slice(0, GRAPH_MAX_NODES);
  const ids = new Set(shown.map((a) => a.id));
  const rows = new Map<number, number>();
  const nodes: Node[] = shown.map((a) => {
    const row = rows.get(a.hops) ?? 0;
    rows.set(a.hops, row + 1);
    return {
      id: a.id,
      label: a.name,
      sub: a.assetType ? t(`assets.types.${a.assetType}`) : t(`assets.kinds.${a.kind}`),
      column: a.hops,
      row,
      tone: a.hops === 0 ? 'failed' : a.kind === 'service' ? 'service' : 'asset',
    };
  });
  const maxHops = Math.max(0, ...shown.map((a) => a.hops));
  const externals = impact.externalDependants.filter((d) => ids.has(d.via));
  const extColumn = maxHops + 1;
  externals.forEach((d, i) =>
    nodes.push({
      id: `ext:${d.dependant.id}:${d.via}`,
      label: d.dependant.name,
      sub: t(`assets.dependantKinds.${d.dependant.kind}`),
      column: extColumn,
      row: i,
      tone: 'external',
    }),
  );
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links = [
    ...impact.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ from: e.to, to: e.from })),
    ...externals.map((d) => ({ from: d.via, to: `ext:${d.dependant.id}:${d.via}` })),
  ];
  const height = Math.max(...[...rows.values(), externals.length, 1]) * ROW + 20;
  const width = (extColumn + (externals.length > 0 ? 1 : 0)) * COLUMN + 20;
  const x = (n: Node) => 10 + n.column * COLUMN;
  const y = (n: Node) => 10 + n.row * ROW;
  const near = (id: string) =>
    hover === undefined ||
    id === hover ||
    links.some((l) => (l.from === hover && l.to === id) || (l.to === hover && l.from === id));

  return (
    // Focusable, so a keyboard user can scroll a picture wider than the screen (WCAG 2.1.1).
    <div className="weerbaar-impact-graph" tabIndex={0} role="region" aria-label={t('assets.impact.pictureScroll')}>
      <svg
        role="img"
        aria-label={t('assets.impact.pictureLabel')}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        data-testid="impact-graph"
      >
        <defs>
          <marker
            id="impact-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#555" />
          </marker>
        </defs>
        {links.map((l) => {
          const a = at.get(l.from);
          const b = at.get(l.to);
          if (!a || !b) return null;
          // A link back to the same or an earlier column is a cycle: drawn dashed.
          const back = b.column <= a.column;
          return (
            <line
              key={`${l.from}>${l.to}`}
              x1={x(a) + NODE_W}
              y1={y(a) + NODE_H / 2}
              x2={back ? x(b) + NODE_W : x(b)}
              y2={y(b) + NODE_H / 2}
              stroke="#555"
              strokeDasharray={back ? '4 3' : undefined}
              opacity={near(l.from) && near(l.to) ? 1 : 0.15}
              markerEnd="url(#impact-arrow)"
            />
          );
        })}
        {nodes.map((n) => (
          <g
            key={n.id}
            className={`weerbaar-impact-node weerbaar-impact-node--${n.tone}`}
            transform={`translate(${x(n)},${y(n)})`}
            opacity={near(n.id) ? 1 : 0.35}
            onMouseEnter={() => setHover(n.id)}
            onMouseLeave={() => setHover(undefined)}
            onClick={n.tone === 'external' ? undefined : () => onSelect(n.id)}
          >
            <title>{`${n.label} (${n.sub})`}</title>
            <rect width={NODE_W} height={NODE_H} rx={4} />
            <text x={8} y={14}>
              {n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label}
            </text>
            <text x={8} y={27} className="weerbaar-impact-node__sub">
              {n.sub}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
