import type { ReactNode } from 'react';
import { Form } from 'antd';
import { useController, type Control, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';

interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
}

export interface FormFieldProps<T extends FieldValues, N extends Path<T>> {
  control: Control<T>;
  name: N;
  label: ReactNode;
  required?: boolean;
  /** A hint under the field, replaced by the error message when there is one. */
  help?: ReactNode;
  /** Prefix for the input's id (several forms may sit on one page). */
  idPrefix?: string;
  children: (field: ControllerRenderProps<T, N>, a11y: FieldA11y) => ReactNode;
}

/**
 * One labelled field of a react-hook-form form, laid out by antd: the label points at the input,
 * and the error (already in the person's language) sits under it and is announced with it.
 */
export function FormField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  required,
  help,
  idPrefix = 'field',
  children,
}: FormFieldProps<T, N>) {
  const { field, fieldState } = useController({ control, name });
  const id = `${idPrefix}-${name.replace(/\W/g, '-')}`;
  const message = fieldState.error?.message;
  const described = message || help ? `${id}-help` : undefined;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={message ? 'error' : undefined}
      help={message || help ? <span id={`${id}-help`}>{message ?? help}</span> : undefined}
    >
      {children(field, {
        id,
        'aria-invalid': Boolean(message),
        'aria-describedby': described,
        'aria-required': required || undefined,
      })}
    </Form.Item>
  );
}
