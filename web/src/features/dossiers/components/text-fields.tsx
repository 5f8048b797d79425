import { Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface TextFieldSpec {
  key: string;
  label: string;
  value: string;
  help?: string;
  /** Required before submission (the regime's list): marked as such. */
  required?: boolean;
  onChange: (value: string) => void;
}

/** A section of long texts: text areas while editing, plain paragraphs when read. */
export function TextFields({
  fields,
  editable,
  idPrefix,
}: {
  fields: TextFieldSpec[];
  editable: boolean;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  if (!editable) {
    return (
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: '28%', minWidth: 140 } }}
        items={fields.map((field) => ({
          key: field.key,
          label: field.label,
          children: field.value ? (
            <span className="pre-line">{field.value}</span>
          ) : (
            <Typography.Text type="secondary">{t('ui.common.notProvided')}</Typography.Text>
          ),
        }))}
      />
    );
  }
  return (
    <Form layout="vertical" component={false}>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        return (
          <Form.Item
            key={field.key}
            label={field.label}
            htmlFor={id}
            required={field.required}
            help={field.help ? <span id={`${id}-help`}>{field.help}</span> : undefined}
          >
            <Input.TextArea
              id={id}
              aria-describedby={field.help ? `${id}-help` : undefined}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              autoSize={{ minRows: 2, maxRows: 12 }}
              maxLength={20_000}
            />
          </Form.Item>
        );
      })}
    </Form>
  );
}
