import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL (`?unit=…&status=aktif`) beside `q` and `halaman` of useListParams, so Back and shared
 * links keep them. Changing a filter goes back to page 1. Unknown values are dropped by `allowed`.
 */
export function useUrlFilters<K extends string>(keys: readonly K[], allowed: Partial<Record<K, readonly string[]>> = {}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = {} as Record<K, string | undefined>;
  for (const key of keys) {
    const v = searchParams.get(key) ?? undefined;
    const ok = allowed[key];
    values[key] = v && (!ok || ok.includes(v)) ? v : undefined;
  }
  const setFilter = (key: K, value: string | null | undefined) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('halaman');
        return next;
      },
      { replace: true },
    );
  };
  const clear = () => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const key of keys) next.delete(key);
        next.delete('halaman');
        return next;
      },
      { replace: true },
    );
  };
  const active = keys.filter((k) => values[k] !== undefined).length;
  return { values, setFilter, clear, active };
}
