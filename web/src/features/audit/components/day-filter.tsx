import { DatePicker } from 'antd';
import type { ColProps } from 'antd';
import dayjs from 'dayjs';
import { FilterField } from '../../../components/ui/list-filters.js';

type End = 'from' | 'to';

interface DayFilterProps {
  id: string;
  label: string;
  span: ColProps;
  placeholder: string;
  /** Which end of the range this one picks. */
  end: End;
  /** Both ends as YYYY-MM-DD, as the URL and the API carry them; undefined when off. */
  range: Partial<Record<End, string>>;
  onChange: (day: string | undefined) => void;
}

/**
 * One end of the date range, typed or picked as dd/mm/yyyy (docs/conventions.md#numbers-and-dates). The days past
 * the other end cannot be picked: after "to" for "from", before "from" for "to".
 */
export function DayFilter({ id, label, span, placeholder, end, range, onChange }: DayFilterProps) {
  const value = range[end];
  const other = end === 'from' ? range.to : range.from;
  const outside = (day: string) => other !== undefined && (end === 'from' ? day > other : day < other);
  return (
    <FilterField id={id} label={label} span={span}>
      <DatePicker
        id={id}
        format="DD/MM/YYYY"
        placeholder={placeholder}
        allowClear
        value={value ? dayjs(value) : null}
        onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : undefined)}
        disabledDate={other ? (day) => outside(day.format('YYYY-MM-DD')) : undefined}
        style={{ width: '100%' }}
      />
    </FilterField>
  );
}
