import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Search text and page of a list, kept in the URL (`?q=…&halaman=2`) so Back and shared links work.
 * Typing is debounced; a new search goes back to page 1.
 */
export function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const page = Math.max(1, Number.parseInt(searchParams.get('halaman') ?? '1', 10) || 1);
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    if (debounced === q) return;
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        next.delete('halaman');
        return next;
      },
      { replace: true },
    );
    // Only a change of the typed text should write the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const setPage = (value: number) => {
    setSearchParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value > 1) next.set('halaman', String(value));
      else next.delete('halaman');
      return next;
    });
    window.scrollTo({ top: 0 });
  };

  return { q, page, text, setText, setPage };
}
