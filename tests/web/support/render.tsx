// Renders a piece of the web app the way the app mounts it (React Query, antd in Vietnamese,
// a router), each test with its own query cache, and a user-event session to act as a person.
import { useEffect, type ReactElement } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { MemoryRouter, useLocation, type Location } from 'react-router';

/** Where the router is now: `location.search` after a filter changed the URL. */
export interface CurrentLocation {
  pathname: string;
  search: string;
  /** Every search the router went through, in order (one entry per navigation). */
  searches: string[];
}

function LocationProbe({ onNavigate }: { onNavigate: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onNavigate(location), [location, onNavigate]);
  return null;
}

export function renderInApp(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  // A failed request fails at once: a test says what the server answers, it never waits for retries.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const location: CurrentLocation = { pathname: '', search: '', searches: [] };
  const onNavigate = ({ pathname, search }: Location) => {
    Object.assign(location, { pathname, search });
    location.searches.push(search);
  };
  const user = userEvent.setup({
    // Under fake timers the person's typing moves the clock along with it.
    ...(vi.isFakeTimers() && { advanceTimers: (ms: number) => vi.advanceTimersByTime(ms) }),
    // The pointer-events check asks happy-dom for the computed style of every ancestor at each
    // click, which is slow; antd disables its controls with the disabled attribute instead.
    pointerEventsCheck: PointerEventsCheckLevel.Never,
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      {/* zeroRuntime: antd injects no component style sheets (only its CSS variables). happy-dom
          lays nothing out, and computing styles over those sheets made renders and role queries
          much slower. */}
      <ConfigProvider locale={viVN} theme={{ zeroRuntime: true, token: { motion: false } }}>
        <AntApp>
          <MemoryRouter initialEntries={[route]}>
            {ui}
            <LocationProbe onNavigate={onNavigate} />
          </MemoryRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient, location };
}

/**
 * Replaces a field's text the way a person pastes it: one change instead of one per key, since
 * every key press re-renders a whole antd page (about 0.1 s each in happy-dom).
 */
export async function pasteInto(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.paste(text);
}
