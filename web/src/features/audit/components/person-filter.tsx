import { useDeferredValue, useState } from 'react';
import { Select } from 'antd';
import type { ColProps } from 'antd';
import { FilterField } from '../../../components/ui/list-filters.js';
import { usePeopleSearch, usePerson } from '../api/audit-events.js';

export interface Person {
  id: string;
  username: string;
  fullName: string;
}

interface PersonFilterProps {
  id: string;
  label: string;
  span: ColProps;
  placeholder: string;
  value: string | undefined;
  /** People the screen already knows by id (the authors of the events on the page), to name the one picked. */
  known: readonly Person[];
  /** Whether `known` is final (the page has loaded): only then is a person missing from it looked up. */
  knownReady: boolean;
  onChange: (actorUserId: string | undefined) => void;
}

const nameOf = (person: Person) => `${person.fullName} (${person.username})`;

/**
 * Picks the person whose actions to show, searching the people the caller administers as they type (without
 * accents too: the users API searches that way). The person picked is named from the events on the page, the search,
 * or, for a link, their account; someone outside the caller's scope shows by id.
 */
export function PersonFilter({ id, label, span, placeholder, value, known, knownReady, onChange }: PersonFilterProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const q = useDeferredValue(typed.trim());
  const people = usePeopleSearch(q, open);
  const found = people.data?.items ?? [];
  const named = known.find((person) => person.id === value) ?? found.find((person) => person.id === value);
  const account = usePerson(value, knownReady && !named);
  const picked = named ?? account.data;
  const options = found.map((person) => ({ value: person.id, label: nameOf(person) }));
  if (value && !options.some((option) => option.value === value))
    options.unshift({ value, label: picked ? nameOf(picked) : value });
  return (
    <FilterField id={id} label={label} span={span}>
      <Select<string>
        id={id}
        allowClear
        placeholder={placeholder}
        value={value}
        options={options}
        loading={people.isFetching}
        showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
        onOpenChange={setOpen}
        onChange={(next) => {
          setTyped('');
          onChange(next ?? undefined);
        }}
        popupMatchSelectWidth={false}
      />
    </FilterField>
  );
}
