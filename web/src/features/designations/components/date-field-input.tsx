import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateFieldInputProps {
  /** YYYY-MM-DD, as the API carries calendar days; null when empty. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | undefined;
  'aria-label'?: string;
}

/** A calendar day typed or picked as dd/mm/yyyy (docs/conventions.md#numbers-and-dates), held as YYYY-MM-DD. */
export function DateFieldInput({ value, onChange, allowClear = true, ...rest }: DateFieldInputProps) {
  return (
    <DatePicker
      {...rest}
      format="DD/MM/YYYY"
      allowClear={allowClear}
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : null)}
      // Enter confirms the typed date; it must not also send the form around it.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      style={{ width: '100%' }}
    />
  );
}
