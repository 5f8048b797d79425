/** A turning ring, as antd's Spin; the text for screen readers is the caller's. */
export function PlainSpinner() {
  return <span className="plain-spinner" aria-hidden />;
}
