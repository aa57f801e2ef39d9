import { create } from 'zustand';

/** The simulated time under the pointer (or keyboard cursor), shared so every chart reads out the same moment. */
export const useHoverTime = create<{ time: number | null; set: (t: number | null) => void }>((set) => ({
  time: null,
  set: (time) => set({ time }),
}));
