import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
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
  // Back/Forward changed the URL: show its search in the box (adjusting state while rendering, not in an effect).
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setText(q);
  }

  const [debounced] = useDebouncedValue(text.trim(), 300);
  const written = useRef(q);
  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
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
  }, [debounced, setSearchParams]);

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
