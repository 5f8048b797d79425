import { useEffect, useRef } from 'react';
import { Alert } from 'antd';

/** A form-level error above the fields, brought into view (the save button may be far below). */
export function FormError({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className="scroll-target">
      <Alert type="error" showIcon role="alert" title={message} style={{ marginBottom: 16 }} />
    </div>
  );
}
