"use client";

import { useEffect, useId, useRef, useState } from "react";
import { formatNumber, formatPercent } from "../format";
import { checkGrid, colormapGradient, greyToRGBA, heatDomain, heatToRGBA, type GreyImage, type HeatGrid } from "./colormap";

export interface HeatmapOverlayProps {
  image: GreyImage;
  /** Same size as the image or coarser (e.g. a 7x7 Grad-CAM over a 28x28 X-ray); stretched to cover it. */
  heat: HeatGrid;
  /** Initial overlay opacity 0-1. */
  opacity?: number;
  /** Show a slider to change the opacity. */
  opacityControl?: boolean;
  /** Heat values mapped to the ends of the colour bar; defaults to the heat's own range. */
  domain?: [number, number];
  /** Displayed width in CSS px (height follows the aspect ratio). */
  size?: number;
  /** Smooth (bilinear) upscaling of a coarse heat grid instead of crisp blocks. */
  smoothHeat?: boolean;
  /** Accessible description, e.g. "Chest X-ray with the regions that drove the pneumonia score". */
  label: string;
  heatLabel?: string;
  testId?: string;
}

function draw(canvas: HTMLCanvasElement | null, width: number, height: number, rgba: Uint8ClampedArray) {
  const ctx = canvas?.getContext("2d");
  if (!ctx) return;
  ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), width, height), 0, 0);
}

/** A greyscale image under a colour heat overlay, on two stacked canvases drawn at their native resolution. */
export function HeatmapOverlay({ image, heat, opacity = 0.55, opacityControl = true, domain, size = 280, smoothHeat = false, label, heatLabel = "Attribution", testId }: HeatmapOverlayProps) {
  checkGrid("image", image);
  checkGrid("heat", heat);
  if (heat.width > image.width || heat.height > image.height) {
    throw new Error(`HeatmapOverlay: heat (${heat.width}x${heat.height}) must not be larger than the image (${image.width}x${image.height})`);
  }
  const [alpha, setAlpha] = useState(opacity);
  const baseRef = useRef<HTMLCanvasElement>(null);
  const heatRef = useRef<HTMLCanvasElement>(null);
  const sliderId = useId();
  const range = domain ?? heatDomain(heat);

  useEffect(() => draw(baseRef.current, image.width, image.height, greyToRGBA(image)), [image]);
  useEffect(() => draw(heatRef.current, heat.width, heat.height, heatToRGBA(heat, range)), [heat, range[0], range[1]]);

  const displayHeight = Math.round((size * image.height) / image.width);
  return (
    <figure className="vx-heatmap" data-testid={testId} aria-label={label}>
      <div className="vx-heatmap__stack" style={{ width: size, height: displayHeight }}>
        <canvas ref={baseRef} className="vx-heatmap__canvas" width={image.width} height={image.height} role="img" aria-label={label} />
        <canvas
          ref={heatRef}
          className={`vx-heatmap__canvas vx-heatmap__canvas--heat${smoothHeat ? " vx-heatmap__canvas--smooth" : ""}`}
          width={heat.width}
          height={heat.height}
          style={{ opacity: alpha }}
          aria-hidden="true"
        />
      </div>
      <div className="vx-heatmap__scale" style={{ width: size }}>
        <span className="vx-heatmap__scale-label">{heatLabel}</span>
        <div className="vx-heatmap__bar" style={{ background: colormapGradient() }} />
        <div className="vx-heatmap__ticks">
          <span>{formatNumber(range[0])}</span>
          <span>{formatNumber(range[1])}</span>
        </div>
      </div>
      {opacityControl ? (
        <div className="vx-heatmap__control" style={{ width: size }}>
          <label htmlFor={sliderId}>Overlay opacity</label>
          <input id={sliderId} type="range" min={0} max={1} step={0.05} value={alpha} onChange={(e) => setAlpha(Number(e.target.value))} aria-valuetext={formatPercent(alpha, { digits: 0 })} />
          <output htmlFor={sliderId}>{formatPercent(alpha, { digits: 0 })}</output>
        </div>
      ) : null}
    </figure>
  );
}
