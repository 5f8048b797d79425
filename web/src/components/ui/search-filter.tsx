import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import type { ColProps } from 'antd';
import { FilterField } from './list-filters.js';
import { useNamedSearchButtons } from './named-controls.js';

interface SearchFilterProps {
  id: string;
  label: string;
  span: ColProps;
  placeholder: string;
  /** The search as the URL has it. */
  value: string | undefined;
  /** Called with the trimmed text, or undefined when blank. */
  onSearch: (q: string | undefined) => void;
}

/** Free-text filter that applies on Enter or after a pause in typing. */
export function SearchFilter({ id, label, span, placeholder, value, onSearch }: SearchFilterProps) {
  const [q, setQ] = useState(value ?? '');
  const searchButtons = useNamedSearchButtons();
  // The URL's search changed (back, a link, a reset): the box shows it. Adjusted while rendering, not in
  // an effect, so the box never shows the old text for one frame.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setQ(value ?? '');
  }
  // The latest callback, so a parent re-render does not restart the pause.
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  }, [onSearch]);
  // Typing filters after a short pause, so each key press does not start a request.
  useEffect(() => {
    if ((value ?? '') === q.trim()) return;
    const timer = setTimeout(() => onSearchRef.current(q.trim() || undefined), 400);
    return () => clearTimeout(timer);
  }, [q, value]);

  return (
    <FilterField id={id} label={label} span={span}>
      <Input.Search
        id={id}
        {...searchButtons}
        value={q}
        placeholder={placeholder}
        onChange={(event) => setQ(event.target.value)}
        onSearch={(text) => onSearch(text.trim() || undefined)}
      />
    </FilterField>
  );
}
