import type { ReactNode } from 'react';
import { Col, Form, Row, Select } from 'antd';
import type { ColProps } from 'antd';
import type { Organisation } from '#shared/organisations/organisations.schemas.js';
import { OrganisationTreeSelect } from '../organisation-tree-select.js';

/** The vertical form row a list's filters sit in, named for screen readers. */
export function FiltersBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Form layout="vertical" component={false}>
      <section aria-label={label}>
        <Row gutter={[12, 0]} align="bottom">
          {children}
        </Row>
      </section>
    </Form>
  );
}

interface FilterFieldProps {
  /** The control's id, which the label points at. */
  id: string;
  label: string;
  /** How wide the field is at each breakpoint. */
  span: ColProps;
  children: ReactNode;
}

/** One labelled filter in a {@link FiltersBar}. */
export function FilterField({ id, label, span, children }: FilterFieldProps) {
  return (
    <Col {...span}>
      <Form.Item label={label} htmlFor={id}>
        {children}
      </Form.Item>
    </Col>
  );
}

interface SelectFilterProps<V extends string> extends Omit<FilterFieldProps, 'children'> {
  /** Shown when nothing is picked: the filter is off. */
  placeholder: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: { value: V; label: string }[];
}

/** A clearable pick-one filter; clearing turns it off. */
export function SelectFilter<V extends string>({
  id,
  label,
  span,
  placeholder,
  value,
  onChange,
  options,
}: SelectFilterProps<V>) {
  return (
    <FilterField id={id} label={label} span={span}>
      <Select<V>
        id={id}
        allowClear
        placeholder={placeholder}
        value={value}
        onChange={onChange}
        options={options}
        popupMatchSelectWidth={false}
      />
    </FilterField>
  );
}

interface OrganisationFilterProps extends Omit<FilterFieldProps, 'children'> {
  placeholder: string;
  organisations: readonly Organisation[];
  loading: boolean;
  value: string | undefined;
  onChange: (organisationId: string | undefined) => void;
}

/** Narrows a list to an organisation's subtree; clearing shows every organisation. */
export function OrganisationFilter({
  id,
  label,
  span,
  placeholder,
  organisations,
  loading,
  value,
  onChange,
}: OrganisationFilterProps) {
  return (
    <FilterField id={id} label={label} span={span}>
      <OrganisationTreeSelect
        id={id}
        organisations={organisations}
        loading={loading}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        allowClear
        style={{ width: '100%' }}
      />
    </FilterField>
  );
}
