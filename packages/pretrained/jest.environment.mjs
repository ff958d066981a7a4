// jest runs tests in a separate V8 context whose typed-array constructors differ from Node's own; tensors made
// by onnxruntime-node's native code then fail onnxruntime-common's `instanceof Float32Array` checks. Sharing
// the outer constructors keeps one realm for every typed array, as in a normal Node process.
import { TestEnvironment } from "jest-environment-node";

const SHARED = [
  "ArrayBuffer",
  "SharedArrayBuffer",
  "DataView",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
];

export default class SharedTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}
