/**
 * The player's soft sound at each switch: a short, quiet sine tone made with
 * WebAudio (no audio files). A higher note for the next hold or repetition, a
 * lower one when the side or the exercise changes. The AudioContext is made
 * on the first play, which always follows a user gesture (Start).
 */
export type ChimeKind = 'step' | 'switch';

const NOTES: Record<ChimeKind, number> = { step: 660, switch: 440 };
const LENGTH_S = 0.18;
const PEAK_GAIN = 0.05;

export interface Chime {
  play(kind: ChimeKind): void;
  close(): void;
}

export function createChime(): Chime {
  let context: AudioContext | null = null;
  return {
    play(kind) {
      try {
        context ??= new AudioContext();
        if (context.state === 'suspended') void context.resume();
        const start = context.currentTime;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = NOTES[kind];
        // A soft attack and a gentle fade, so it never clicks.
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + LENGTH_S);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(start);
        oscillator.stop(start + LENGTH_S + 0.02);
      } catch {
        // No audio device or WebAudio: the player works silently.
      }
    },
    close() {
      void context?.close();
      context = null;
    },
  };
}
