// The name the ATR records under ("Recorded by" on timeline lines, claim steps, retractions),
// kept on this computer so each form starts with it. One store for every area that records.
import { create } from 'zustand';

const WHO_KEY = 'atr.who';

function storedWho(): string {
  try {
    return window.localStorage.getItem(WHO_KEY) ?? '';
  } catch {
    return '';
  }
}

interface Recorder {
  who: string;
  setWho(who: string): void;
}

export const useRecorder = create<Recorder>()((set) => ({
  who: typeof window === 'undefined' ? '' : storedWho(),
  setWho: (who) => {
    try {
      window.localStorage.setItem(WHO_KEY, who);
    } catch {
      // Storage blocked: the name lasts for this session only.
    }
    set({ who });
  },
}));
