/** The k best (highest) scores' positions, best first; `keep` filters candidates. O(n log k). */
export function topK(scores: Float32Array, k: number, keep?: (index: number) => boolean): number[] {
  if (k <= 0) return [];
  // A min-heap of the best k so far: the root is the weakest, replaced when something beats it.
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let index = 0; index < scores.length; index++) {
    if (Number.isNaN(scores[index]!)) continue;
    if (heap.length === k && !less(heap[0]!, index)) continue;
    if (keep && !keep(index)) continue;
    if (heap.length < k) {
      heap.push(index);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else {
      heap[0] = index;
      siftDown(0);
    }
  }
  // Ties keep the earlier index first, so results are deterministic.
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}
