import type { CSSProperties, ReactNode } from 'react';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';

const icons = { error: CloseCircleFilled, warning: ExclamationCircleFilled, success: CheckCircleFilled };

interface PlainAlertProps {
  type: keyof typeof icons;
  title: ReactNode;
  description?: ReactNode;
  style?: CSSProperties;
}

/**
 * A message box with its icon, as antd's Alert with showIcon; announced to screen readers when it appears, at once
 * for a problem, politely for a success.
 */
export function PlainAlert({ type, title, description, style }: PlainAlertProps) {
  const Icon = icons[type];
  return (
    <div role={type === 'success' ? 'status' : 'alert'} className={`plain-alert plain-alert--${type}`} style={style}>
      <Icon className="plain-alert__icon" aria-hidden />
      <div>
        <div className="plain-alert__title">{title}</div>
        {description && <div>{description}</div>}
      </div>
    </div>
  );
}
