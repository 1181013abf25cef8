import { useEffect, useState } from 'react';
import type { Locale } from '@contract/primitives';
import { call } from '../../api/client';

/** The rubric's timing standards (first reply, any reply), in seconds; the contract's defaults until loaded. */
export function useReplyLimits(language: Locale) {
  const [limits, setLimits] = useState({ first: 30, any: 120 });
  useEffect(() => {
    let live = true;
    call('training.rubric', { language })
      .then((r) => live && setLimits({ first: r.firstResponseSeconds, any: r.replyLimitSeconds }))
      .catch(() => undefined); // The defaults are the standard; a missing rubric changes nothing on screen.
    return () => {
      live = false;
    };
  }, [language]);
  return limits;
}
