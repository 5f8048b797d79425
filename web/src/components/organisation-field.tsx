import type { FieldValues, Path } from 'react-hook-form';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { OrganisationTreeSelect } from './organisation-tree-select.js';
import { FormField, type FormFieldProps } from './ui/form-field.js';

interface OrganisationFieldProps<T extends FieldValues, N extends Path<T>> extends Omit<
  FormFieldProps<T, N>,
  'children'
> {
  organisations: readonly Organisation[];
  /** Organisations that may not be picked show greyed. */
  selectable?: (organisation: Organisation) => boolean;
  placeholder?: string;
  /** Instead of setting the field alone, when picking an organisation changes more of the form. */
  onChange?: (organisationId: string | undefined) => void;
}

/** A form field holding an organisation's id, picked in the organisation tree. */
export function OrganisationField<T extends FieldValues, N extends Path<T>>({
  organisations,
  selectable,
  placeholder,
  onChange,
  ...formField
}: OrganisationFieldProps<T, N>) {
  return (
    <FormField {...formField}>
      {(field, a11y) => (
        <OrganisationTreeSelect
          {...a11y}
          status={a11y['aria-invalid'] ? 'error' : undefined}
          organisations={organisations}
          selectable={selectable}
          value={field.value}
          onChange={onChange ?? field.onChange}
          onBlur={field.onBlur}
          placeholder={placeholder}
          style={{ width: '100%' }}
        />
      )}
    </FormField>
  );
}
