// A copy of all of a model's weights (trainable and not, e.g. batch-norm statistics) to restore later.
import * as tf from "@tensorflow/tfjs";

export class WeightsSnapshot {
  private saved: tf.Tensor[] = [];

  take(model: tf.LayersModel): void {
    this.dispose();
    this.saved = model.getWeights().map((w) => w.clone());
  }

  get isEmpty(): boolean {
    return this.saved.length === 0;
  }

  restore(model: tf.LayersModel): void {
    if (this.isEmpty) throw new Error("No weights snapshot to restore");
    model.setWeights(this.saved);
  }

  dispose(): void {
    tf.dispose(this.saved);
    this.saved = [];
  }
}
