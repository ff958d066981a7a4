// UnsortedSegmentSum for the wasm backend (missing there): it is the gradient of gather, so without it no
// model with an embedding layer or tf.gather in its loss can train on wasm. A plain loop over the wasm heap
// is fast enough: the work is one addition per input element.
import * as tf from "@tensorflow/tfjs";
import { requireInput, type KernelArgs, type TensorInfo } from "./wasm-kernel-utils";

export function unsortedSegmentSumWasm({ inputs, backend, attrs = {} }: KernelArgs): TensorInfo {
  const kernel = "UnsortedSegmentSum (wasm)";
  const x = requireInput(inputs, "x", kernel);
  const segmentIds = requireInput(inputs, "segmentIds", kernel);
  const numSegments = attrs.numSegments as number;
  if (!Number.isInteger(numSegments) || numSegments < 0) throw new Error(`${kernel}: numSegments must be a non-negative integer`);
  const idRank = segmentIds.shape.length;
  const outer = tf.util.sizeFromShape(segmentIds.shape);
  const inner = tf.util.sizeFromShape(x.shape.slice(idRank));
  if (tf.util.sizeFromShape(x.shape.slice(0, idRank)) !== outer) {
    throw new Error(`${kernel}: segmentIds shape [${segmentIds.shape.join(", ")}] must prefix x shape [${x.shape.join(", ")}]`);
  }
  // Allocate first: growing the wasm heap detaches earlier views of it.
  const out = backend.makeOutput([numSegments, ...x.shape.slice(idRank)], x.dtype);
  const outValues = backend.typedArrayFromHeap(out);
  const xValues = backend.typedArrayFromHeap(x);
  const ids = backend.typedArrayFromHeap(segmentIds);
  outValues.fill(0);
  for (let i = 0; i < outer; i++) {
    const segment = ids[i] as number;
    // As in TensorFlow, out-of-range ids (e.g. -1 padding) are dropped.
    if (segment < 0 || segment >= numSegments) continue;
    const from = i * inner;
    const to = segment * inner;
    for (let k = 0; k < inner; k++) outValues[to + k] = (outValues[to + k] as number) + (xValues[from + k] as number);
  }
  return out;
}
