import type { ButtonHTMLAttributes } from 'react';

interface PlainButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'default' | 'text';
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
  /** Busy: disabled, with a turning ring before the label, and said so to screen readers. */
  loading?: boolean;
}

/** A button drawn as antd's Button (type, size, block, loading). */
export function PlainButton({
  variant = 'default',
  size = 'middle',
  block = false,
  loading = false,
  type = 'button',
  className,
  disabled,
  children,
  ...props
}: PlainButtonProps) {
  const classes = ['plain-button', `plain-button--${variant}`, `plain-button--${size}`];
  if (block) classes.push('plain-button--block');
  if (className) classes.push(className);
  return (
    <button {...props} type={type} className={classes.join(' ')} disabled={disabled || loading} aria-busy={loading}>
      {loading && <span className="plain-spinner plain-spinner--inline" aria-hidden />}
      {children}
    </button>
  );
}
