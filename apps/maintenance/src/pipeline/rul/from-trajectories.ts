// Engines from a loaded C-MAPSS file (train_FD001.txt or test_FD001.txt).
import { CMAPSS_MEASUREMENTS, type CmapssTrajectories } from "@verticals/data";
import { MEASUREMENT_COUNT, type Engine } from "./engines";

export function enginesOf(trajectories: CmapssTrajectories): Engine[] {
  const { units, columns, cycle } = trajectories;
  return Array.from(units.id, (unit, u) => {
    const start = units.start[u]!;
    const length = units.length[u]!;
    const values = new Float64Array(length * MEASUREMENT_COUNT);
    CMAPSS_MEASUREMENTS.forEach((name, m) => {
      const col = columns[name];
      for (let t = 0; t < length; t++) values[t * MEASUREMENT_COUNT + m] = col[start + t]!;
    });
    return { unit, firstCycle: cycle[start]!, values, cycles: length };
  });
}
