import { useEffect, useState } from 'react';
import { assessLevel } from '#shared/level-assessments/level-assessments.contract.js';
import type { LevelAnswers } from '#shared/level-assessments/level-answers.schemas.js';
import type { RegimeId } from '#shared/regimes/regime.schemas.js';
import type { MatchedRule } from '#shared/regimes/determine-level.js';
import { call } from '../../../lib/api.js';

export interface ServerAssessment {
  /** The answers it was computed for (JSON), to tell a current result from a stale one. */
  key: string;
  level: number | null;
  matchedRules: MatchedRule[];
}

export type ServerCheck =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'confirmed'; result: ServerAssessment }
  /** The server could not be asked (offline, or it does not offer the endpoint): the local result stands. */
  | { state: 'unavailable' };

const DEBOUNCE_MS = 600;

/**
 * Confirms the browser's instant result with the server's (POST /api/level-assessments), a moment
 * after the answers stop changing. The server holds the regime as the administrator corrected it,
 * so where the two differ the server's answer is the one shown.
 */
export function useServerAssessment(regime: RegimeId, answers: LevelAnswers | null, enabled = true): ServerCheck {
  const key = answers ? JSON.stringify([regime, answers]) : '';
  const [check, setCheck] = useState<ServerCheck>({ state: 'idle' });
  useEffect(() => {
    if (!answers || !enabled) {
      setCheck({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setCheck((previous) =>
      previous.state === 'confirmed' && previous.result.key === key ? previous : { state: 'checking' },
    );
    const timer = setTimeout(() => {
      call(assessLevel, { body: { regime, answers }, signal: controller.signal })
        .then((result) =>
          setCheck({ state: 'confirmed', result: { key, level: result.level, matchedRules: result.matchedRules } }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof DOMException && error.name === 'AbortError')) setCheck({ state: 'unavailable' });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` captures regime and answers.
  }, [key, enabled]);
  return check;
}
