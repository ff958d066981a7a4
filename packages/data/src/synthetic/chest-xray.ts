import type { Rng } from "./random";

// Math bound once at module scope: under jest's vm modules every global lookup is slow (10x in hot loops).
const { abs, cos, exp, floor, max, min, round, sin, sqrt } = Math;

// A procedural 28x28 frontal chest radiograph, drawn in normalised coordinates u (left-right) and v (top-bottom),
// both in [-1, 1]. Brightness follows X-ray attenuation: air-filled lungs dark; mediastinum, spine, ribs and the
// abdomen below the diaphragm bright. Pneumonia adds diffuse or patchy opacities inside the lung fields; healthy
// images carry look-alikes (haze, prominent hila, exposure changes), so the classes overlap as real ones do.
// Everything is smooth at pixel scale, so one sample per pixel suffices (no supersampling, no per-pixel allocation).

export const IMAGE_SIZE = 28;

/** 0 below -width, 1 above +width, smoothstep in between: a soft edge, cheaper than a logistic. */
function soft(x: number, width: number): number {
  const t = x / width;
  if (t <= -1) return 0;
  if (t >= 1) return 1;
  const s = (t + 1) / 2;
  return s * s * (3 - 2 * s);
}

/** A smooth random field: normal values on a coarse grid, bilinearly interpolated over [-1, 1]². */
class SmoothNoise {
  private readonly values: Float64Array;
  constructor(
    rng: Rng,
    private readonly cells: number,
  ) {
    this.values = new Float64Array((cells + 1) * (cells + 1));
    for (let i = 0; i < this.values.length; i++) this.values[i] = rng.normal();
  }

  at(u: number, v: number): number {
    const n = this.cells;
    const x = min(max(((u + 1) / 2) * n, 0), n - 1e-9);
    const y = min(max(((v + 1) / 2) * n, 0), n - 1e-9);
    const i = floor(x);
    const j = floor(y);
    const fx = x - i;
    const fy = y - j;
    const row = n + 1;
    const a = this.values[j * row + i] as number;
    const b = this.values[j * row + i + 1] as number;
    const c = this.values[(j + 1) * row + i] as number;
    const d = this.values[(j + 1) * row + i + 1] as number;
    return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
  }
}

interface Opacity {
  u: number;
  v: number;
  radius: number;
  amplitude: number;
}

/** Everything random about one radiograph, drawn up front so that rendering is a pure function of it. */
interface Scene {
  angle: number;
  scaleU: number;
  scaleV: number;
  shiftU: number;
  shiftV: number;
  apex: number;
  diaphragm: number;
  lungWidth: number;
  mediastinum: number;
  heartSize: number;
  ribPhase: number;
  hilum: number;
  /** Diffuse brightening of each lung (index 0: image left). */
  haze: [number, number];
  patches: Opacity[];
  texture: SmoothNoise;
  opacityTexture: SmoothNoise;
  exposure: SmoothNoise;
  gain: number;
  offset: number;
  grain: number;
}

function drawScene(rng: Rng, pneumonia: boolean): Scene {
  const scene: Scene = {
    angle: max(-0.14, min(0.14, rng.normal(0, 0.05))),
    scaleU: rng.uniform(0.92, 1.08),
    scaleV: rng.uniform(0.92, 1.08),
    shiftU: rng.normal(0, 0.04),
    shiftV: rng.normal(0, 0.05),
    apex: rng.uniform(-0.82, -0.66),
    diaphragm: rng.uniform(0.5, 0.68),
    lungWidth: rng.uniform(0.8, 0.92),
    mediastinum: rng.uniform(0.13, 0.19),
    heartSize: rng.uniform(0.85, 1.15),
    ribPhase: rng.uniform(0, 1),
    hilum: rng.uniform(0.04, 0.1),
    haze: [0, 0],
    patches: [],
    texture: new SmoothNoise(rng, 9),
    opacityTexture: new SmoothNoise(rng, 6),
    exposure: new SmoothNoise(rng, 2),
    gain: rng.uniform(0.8, 1.2),
    offset: rng.normal(0, 0.045),
    grain: rng.uniform(0.008, 0.02),
  };
  if (pneumonia) {
    // Severity spans barely visible to dense consolidation; some cases are subtle.
    const severity = rng.beta(2, 1.7);
    if (rng.bernoulli(0.75)) {
      const amount = 0.05 + 0.24 * severity;
      const pattern = rng.next();
      scene.haze =
        pattern < 0.6
          ? [amount * rng.uniform(0.7, 1.1), amount * rng.uniform(0.7, 1.1)]
          : pattern < 0.8
            ? [amount, 0.2 * amount]
            : [0.2 * amount, amount];
    }
    const patches = rng.int(0, 3);
    for (let i = 0; i < patches; i++) {
      const side = rng.bernoulli(0.5) ? -1 : 1;
      scene.patches.push({
        // Consolidation favours the middle and lower zones.
        u: side * rng.uniform(0.3, 0.7),
        v: rng.uniform(-0.35, 0.45),
        radius: rng.uniform(0.14, 0.32),
        amplitude: (0.06 + 0.25 * severity) * rng.uniform(0.6, 1.1),
      });
    }
  } else {
    // Normal look-alikes: a faint haze (soft tissue, expiration film) or a small benign density.
    if (rng.bernoulli(0.3)) {
      const amount = rng.uniform(0.02, 0.07);
      scene.haze = [amount, amount * rng.uniform(0.6, 1.2)];
    }
    if (rng.bernoulli(0.2)) {
      const side = rng.bernoulli(0.5) ? -1 : 1;
      scene.patches.push({ u: side * rng.uniform(0.3, 0.65), v: rng.uniform(-0.3, 0.3), radius: rng.uniform(0.08, 0.14), amplitude: rng.uniform(0.04, 0.12) });
    }
    scene.hilum *= rng.uniform(1, 1.7);
  }
  return scene;
}

/** Attenuation (brightness before exposure) at one point of the patient. */
function brightness(s: Scene, u: number, v: number): number {
  const au = abs(u);
  // Soft tissue, with air above the shoulders in the top corners and the abdomen below the diaphragm.
  let value = 0.5 + 0.03 * s.texture.at(u, v);
  value -= 0.2 * soft(au - 0.5 - 2.2 * (v + 0.8), 0.15) + 0.1 * soft(au - 0.97, 0.05);
  const dome = s.diaphragm - 0.16 * max(0, 1 - ((au - 0.5) / 0.4) ** 2);
  const abdomen = soft(v - dome - 0.06, 0.08);
  value += 0.14 * abdomen;

  // Lung fields: a rounded apex, widening downwards to just above the domed diaphragm.
  const depth = min(max((v - s.apex) / 0.9, 0), 1);
  const outer = 0.55 + (s.lungWidth - 0.55) * sqrt(depth);
  const apex = s.apex + 0.3 * ((au - 0.5) / 0.35) ** 2;
  const heartU = (u - 0.14) / (0.4 * s.heartSize);
  const heartV = (v - 0.36) / (0.3 * s.heartSize);
  const heart = soft(1 - heartU * heartU - heartV * heartV, 0.3) * (1 - abdomen);
  const lung = soft(v - apex, 0.07) * soft(dome - v, 0.05) * soft(au - s.mediastinum, 0.05) * soft(outer - au, 0.06) * (1 - 0.9 * heart);
  value -= 0.22 * lung;
  value += 0.06 * heart;

  // Posterior ribs: arcs falling towards the chest wall, visible over the lungs.
  const ribCoordinate = (v + 0.9 - 0.35 * au) / 0.21 + s.ribPhase;
  const ribDistance = ribCoordinate - round(ribCoordinate);
  value += 0.05 * exp(-(ribDistance * ribDistance) / 0.03) * lung;
  // Mediastinum and spine down the middle; the trachea a dark stripe at the top.
  value += 0.18 * soft(s.mediastinum + 0.02 - abs(u - 0.02), 0.06) * (1 - lung) * (1 - 0.6 * abdomen);
  value -= 0.06 * soft(0.035 - au, 0.025) * soft(-0.4 - v, 0.1);
  // Hila: vessels fanning out from the lung roots.
  const hu = au - 0.25;
  const hv = v + 0.02;
  value += s.hilum * exp(-(hu * hu + hv * hv) / 0.02);
  value += 0.025 * lung * s.texture.at(u * 1.8, v * 1.8);

  // Opacities only show where there is aerated lung to fill.
  let opacity = (u < 0 ? s.haze[0] : s.haze[1]) * (0.75 + 0.25 * s.opacityTexture.at(u, v));
  for (const p of s.patches) {
    const du = u - p.u;
    const dv = v - p.v;
    opacity += p.amplitude * exp(-(du * du + dv * dv) / (p.radius * p.radius)) * (0.8 + 0.2 * s.opacityTexture.at(v, u));
  }
  return value + opacity * lung;
}

/** Render one radiograph into `out` (784 bytes, row-major, 0 = black, 255 = white). */
export function renderChestXray(rng: Rng, pneumonia: boolean, out: Uint8Array): void {
  const s = drawScene(rng, pneumonia);
  const cosAngle = cos(s.angle);
  const sinAngle = sin(s.angle);
  for (let y = 0; y < IMAGE_SIZE; y++) {
    const py = ((y + 0.5) / IMAGE_SIZE) * 2 - 1;
    for (let x = 0; x < IMAGE_SIZE; x++) {
      const px = ((x + 0.5) / IMAGE_SIZE) * 2 - 1;
      // Patient position: rotate, scale and shift the anatomy relative to the frame.
      const u = (cosAngle * px + sinAngle * py) / s.scaleU - s.shiftU;
      const v = (-sinAngle * px + cosAngle * py) / s.scaleV - s.shiftV;
      const exposed = 0.55 + s.offset + s.gain * 1.25 * (brightness(s, u, v) - 0.5) + 0.025 * s.exposure.at(px, py);
      const pixel = 255 * (exposed + rng.normal(0, s.grain));
      out[y * IMAGE_SIZE + x] = max(0, min(255, round(pixel)));
    }
  }
}
