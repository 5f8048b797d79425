import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useController, type Control, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';

interface CellA11y {
  id: string;
  'aria-label': string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface CellFieldProps<T extends FieldValues, N extends Path<T>> {
  control: Control<T>;
  name: N;
  /** The input's accessible name: a table cell has no room for a visible label. */
  label: string;
  children: (field: ControllerRenderProps<T, N>, a11y: CellA11y) => ReactNode;
}

/** One field of a form laid out in a table cell: the input named by `label`, its error (announced with it) below. */
export function CellField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  children,
}: CellFieldProps<T, N>) {
  const { field, fieldState } = useController({ control, name });
  const id = `regime-${name.replace(/\W/g, '-')}`;
  const message = fieldState.error?.message;
  return (
    <div>
      {children(field, {
        id,
        'aria-label': label,
        'aria-invalid': Boolean(message),
        'aria-describedby': message ? `${id}-error` : undefined,
      })}
      {message && (
        <Typography.Text type="danger" id={`${id}-error`} style={{ display: 'block', fontSize: 12 }}>
          {message}
        </Typography.Text>
      )}
    </div>
  );
}
