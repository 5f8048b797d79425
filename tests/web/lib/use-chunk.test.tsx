import { Component, type ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useChunk } from '#web/lib/use-chunk.js';

function Page({ load }: { load: () => Promise<{ text: string }> }) {
  const chunk = useChunk(load);
  return <p>{chunk ? chunk.text : 'Đang tải'}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Lỗi: {this.state.error.message}</p> : this.props.children;
  }
}

test('draws the placeholder, then the module; a later visit draws the module at once', async () => {
  let loads = 0;
  let arrive: (module: { text: string }) => void = () => undefined;
  const load = () => {
    loads += 1;
    return new Promise<{ text: string }>((resolve) => (arrive = resolve));
  };
  const first = render(<Page load={load} />);
  expect(screen.getByText('Đang tải')).toBeTruthy();
  arrive({ text: 'Tổng quan' });
  expect(await screen.findByText('Tổng quan')).toBeTruthy();
  first.unmount();

  render(<Page load={load} />);
  // No placeholder in between: the first render already has it.
  expect(screen.getByText('Tổng quan')).toBeTruthy();
  expect(loads).toBe(1);
});

test('a chunk that fails to load reaches the error boundary (the route error screen offers a reload)', async () => {
  const load = () => Promise.reject(new Error('mất kết nối'));
  render(
    <Boundary>
      <Page load={load} />
    </Boundary>,
  );
  expect(screen.getByText('Đang tải')).toBeTruthy();
  expect(await screen.findByText('Lỗi: mất kết nối')).toBeTruthy();
});
