// A map that keeps only its most recently used values: the parsed models of documents read
// on demand (the workspace's cited files, the library's texts), which weigh up to megabytes each.
export class RecentlyUsed<K, V> {
  /** In order of use, the least recent first (a Map keeps insertion order). */
  private readonly values = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.values.size;
  }

  /** The value of `key`, which becomes the most recently used. */
  get(key: K): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  /** Keeps `value` as the most recently used, dropping the least recently used beyond the capacity. */
  set(key: K, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value!);
  }

  delete(key: K): void {
    this.values.delete(key);
  }
}
