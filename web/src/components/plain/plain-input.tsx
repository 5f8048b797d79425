import { useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';

interface PlainInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'prefix' | 'size'> {
  /** An icon before the text, as antd's prefix. */
  prefix?: ReactNode;
  /** Drawn with the error colour (the message itself is the caller's, tied by aria-describedby). */
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
  /** After the text: the password's show/hide button. */
  suffix?: ReactNode;
}

/** A large text input drawn as antd's Input (size large, with a prefix icon). */
export function PlainInput({ prefix, invalid = false, suffix, ...props }: PlainInputProps) {
  return (
    <span className={invalid ? 'plain-input plain-input--invalid' : 'plain-input'}>
      {prefix}
      <input {...props} aria-invalid={invalid} />
      {suffix}
    </span>
  );
}

interface PlainPasswordInputProps extends Omit<PlainInputProps, 'type' | 'suffix'> {
  showLabel: string;
  hideLabel: string;
}

/**
 * A password input with a button that shows or hides what was typed, as antd's Input.Password; unlike antd's eye,
 * the button is reached by the keyboard and says what it does.
 */
export function PlainPasswordInput({ showLabel, hideLabel, ...props }: PlainPasswordInputProps) {
  const [shown, setShown] = useState(false);
  const toggle = (
    <button
      type="button"
      className="plain-input__toggle"
      aria-label={shown ? hideLabel : showLabel}
      aria-pressed={shown}
      onClick={() => setShown((before) => !before)}
    >
      {shown ? <EyeOutlined aria-hidden /> : <EyeInvisibleOutlined aria-hidden />}
    </button>
  );
  return <PlainInput {...props} type={shown ? 'text' : 'password'} suffix={toggle} />;
}
