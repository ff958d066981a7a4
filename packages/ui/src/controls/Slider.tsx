"use client";

import { useId, useState } from "react";
import { formatValue, type FormatInput } from "../format";

export interface SliderProps {
  label: string;
  min: number;
  max: number;
  step?: number;
  /** Controlled value; pair it with onChange. */
  value?: number;
  /** Uncontrolled starting value. */
  defaultValue?: number;
  onChange?: (value: number) => void;
  /** Format of the shown value (a spec, or a function when used from a client component). */
  format?: FormatInput;
  /** One line under the slider explaining the trade-off. */
  hint?: string;
  /** Labels under both ends, e.g. "Fewer alerts" / "Catch more fraud". */
  minLabel?: string;
  maxLabel?: string;
  name?: string;
  testId?: string;
}

/** Labelled range input showing its formatted value; for thresholds and service levels. */
export function Slider({ label, min, max, step = 0.01, value, defaultValue, onChange, format = "number", hint, minLabel, maxLabel, name, testId }: SliderProps) {
  const id = useId();
  const [inner, setInner] = useState(defaultValue ?? value ?? min);
  const current = value ?? inner;
  const text = formatValue(current, format);
  const percent = max > min ? ((current - min) / (max - min)) * 100 : 0;
  return (
    <div className="vx-slider" data-testid={testId}>
      <div className="vx-slider__header">
        <label className="vx-slider__label" htmlFor={id}>
          {label}
        </label>
        <output className="vx-slider__value" htmlFor={id} data-testid={testId ? `${testId}-value` : undefined}>
          {text}
        </output>
      </div>
      <input
        id={id}
        className="vx-slider__input"
        type="range"
        name={name}
        min={min}
        max={max}
        step={step}
        value={current}
        aria-valuetext={text}
        style={{ "--vx-fill": `${percent.toFixed(2)}%` } as React.CSSProperties}
        onChange={(event) => {
          const next = Number(event.target.value);
          setInner(next);
          onChange?.(next);
        }}
      />
      {minLabel || maxLabel ? (
        <div className="vx-slider__ends">
          <span>{minLabel}</span>
          <span>{maxLabel}</span>
        </div>
      ) : null}
      {hint ? <p className="vx-slider__hint">{hint}</p> : null}
    </div>
  );
}
