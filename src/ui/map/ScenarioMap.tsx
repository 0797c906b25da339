import { useId, useMemo } from 'react';
import { scenarioGraph } from '../../scenario/scenarioGraph';
import type { Scenario } from '../../scenario/schema';
import { layoutGraph } from './layout';
import { MapDrawing } from './MapDrawing';
import { MapLegend } from './MapLegend';
import { MapList } from './MapList';
import { MapViewport } from './MapViewport';
import type { MapPath, RetryPoint } from './mapPath';
import './map.css';

export interface ScenarioMapProps {
  scenario: Scenario;
  /** The learner's path (the debrief): drawn over the map, the rest stays visible. */
  path?: MapPath;
  headingLevel?: 2 | 3;
  /** The debrief: retry from a node where the learner spoke (in the list). */
  retry?: {
    at: ReadonlyMap<string, RetryPoint[]>;
    onRetry: (attempt: number, turn: number) => void;
  };
}

/** A scenario's map: the drawing (zoom, pan) and the same map as a list for screen readers. */
export function ScenarioMap({ scenario, path, headingLevel = 2, retry }: ScenarioMapProps) {
  const prefix = `map${useId().replace(/[^\w-]/g, '')}`;
  const graph = useMemo(() => scenarioGraph(scenario), [scenario]);
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  return (
    <div className="scenario-map">
      <MapLegend withPath={path !== undefined} withModel={(path?.model?.size ?? 0) > 0} />
      <MapViewport
        label={`Map of “${scenario.title}” (drawing; the list below says the same)`}
        width={layout.width}
        height={layout.height}
      >
        <MapDrawing graph={graph} layout={layout} idPrefix={prefix} path={path} />
      </MapViewport>
      <MapList
        scenario={scenario}
        graph={graph}
        idPrefix={prefix}
        path={path}
        headingLevel={headingLevel}
        {...(retry ? { retry } : {})}
      />
    </div>
  );
}
