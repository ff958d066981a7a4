// One value per key per process, kept on globalThis: Next.js dev reloads modules (and may bundle this file
// into several chunks), and a second ONNX session per model would double memory for nothing.
const STORE_KEY = Symbol.for("@verticals/pretrained/singletons");

type Store = Map<string, Promise<unknown>>;

function store(): Store {
  const holder = globalThis as unknown as Record<symbol, Store | undefined>;
  return (holder[STORE_KEY] ??= new Map());
}

/**
 * The value for `key`, created once per process by `create`. A failed creation is forgotten, so the next
 * call tries again (e.g. after the weights were copied into place).
 */
export function processSingleton<T>(key: string, create: () => Promise<T>): Promise<T> {
  const map = store();
  const known = map.get(key) as Promise<T> | undefined;
  if (known) return known;
  const created = create();
  map.set(key, created);
  created.catch(() => {
    if (map.get(key) === created) map.delete(key);
  });
  return created;
}

