import type { ButtonHTMLAttributes } from 'react';

interface PlainButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'default' | 'text';
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
  /** Busy: disabled, with a turning ring before the label, and said so to screen readers. */
  loading?: boolean;
}

/** The classes that draw a button, for a link that looks like one. */
export const plainButtonClasses = (
  variant: NonNullable<PlainButtonProps['variant']> = 'default',
  size: NonNullable<PlainButtonProps['size']> = 'middle',
) => `plain-button plain-button--${variant} plain-button--${size}`;

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
  const classes = plainButtonClasses(variant, size) + (block ? ' plain-button--block' : '');
  return (
    <button
      {...props}
      type={type}
      className={className ? `${classes} ${className}` : classes}
      disabled={disabled || loading}
      aria-busy={loading}
    >
      {loading && <span className="plain-spinner plain-spinner--inline" aria-hidden />}
      {children}
    </button>
  );
}
