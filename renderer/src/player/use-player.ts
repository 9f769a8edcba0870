import { useCallback, useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';
import { createChime, type Chime } from './chime';
import {
  buildSteps,
  initialState,
  reducePlayer,
  type PlayerAction,
  type PlayerItem,
  type PlayerState,
} from './player-model';

/** How often the countdown is brought up to date while playing. */
export const TICK_MS = 250;

export interface PlayerControls {
  steps: ReturnType<typeof buildSteps>;
  state: PlayerState;
  // Properties, not methods: the views hand them to onClick unbound.
  start: () => void;
  toggle: () => void;
  next: () => void;
  previous: () => void;
}

/**
 * The player's state for one break: the model's reducer on the page clock.
 * A 250 ms interval runs only while playing; paused, finished or unmounted,
 * nothing runs. Mount it once per break (keyed by the break id).
 */
export function usePlayer(items: readonly PlayerItem[], sound: boolean): PlayerControls {
  const [steps] = useState(() => buildSteps(items));
  const [state, dispatch] = useReducer(
    (current: PlayerState, action: PlayerAction) => reducePlayer(steps, current, action),
    steps,
    initialState,
  );
  const send = useCallback((type: PlayerAction['type']) => dispatch({ type, now: performance.now() }), []);

  useEffect(() => {
    if (state.status !== 'playing') return;
    const timer = setInterval(() => dispatch({ type: 'tick', now: performance.now() }), TICK_MS);
    return () => clearInterval(timer);
  }, [state.status]);

  // A soft sound at each switch of step, made only once the user has started.
  const chime = useRef<Chime | null>(null);
  const shown = useRef({ index: state.index, status: state.status });
  useEffect(() => {
    const before = shown.current;
    shown.current = { index: state.index, status: state.status };
    if (before.index === state.index && before.status === state.status) return;
    const moved = before.index !== state.index || (state.status === 'finished' && before.status !== 'finished');
    if (!moved || !sound || state.status === 'ready') return;
    chime.current ??= createChime();
    const step = steps[state.index];
    const switching = state.status === 'finished' || step?.kind === 'get-ready' || step?.kind === 'switch-side';
    chime.current.play(switching ? 'switch' : 'step');
  }, [state.index, state.status, sound, steps]);
  useEffect(
    () => () => {
      chime.current?.close();
      chime.current = null;
    },
    [],
  );

  return {
    steps,
    state,
    start: () => send('start'),
    toggle: () => send('toggle'),
    next: () => send('next'),
    previous: () => send('previous'),
  };
}

/** The player's sound setting, read once per break; the toggle saves it. */
export function useSoundSetting(api: PostureApi): [boolean, (on: boolean) => void] {
  const [sound, setSound] = useState(true);
  useEffect(() => {
    let live = true;
    void api.getSettings().then((result) => {
      if (live && result.ok) setSound(result.value.player.sound);
    });
    return () => {
      live = false;
    };
  }, [api]);
  const change = useCallback(
    (on: boolean) => {
      setSound(on);
      void api.updateSettings({ player: { sound: on } }).then((result) => reportFailure(result, 'save the sound'));
    },
    [api],
  );
  return [sound, change];
}

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const ACTIVATES_ON_SPACE = new Set(['BUTTON', 'SUMMARY', 'A', 'INPUT', 'SELECT', 'TEXTAREA']);

export interface PlayerKeys {
  space?: () => void;
  right?: () => void;
  left?: () => void;
  escape?: () => void;
}

/**
 * The player's keys, wherever the focus is: Space starts, pauses and resumes
 * (except on a focused control, which Space activates as usual), the arrows
 * go forward and back (not in a form field), Escape ends.
 */
export function usePlayerKeys(keys: PlayerKeys): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const tag = target?.tagName ?? '';
    const editable = TYPING.has(tag) || target?.isContentEditable === true;
    const action =
      event.key === ' ' && !ACTIVATES_ON_SPACE.has(tag) && target?.getAttribute('role') !== 'button'
        ? keys.space
        : event.key === 'ArrowRight' && !editable
          ? keys.right
          : event.key === 'ArrowLeft' && !editable
            ? keys.left
            : event.key === 'Escape'
              ? keys.escape
              : undefined;
    if (!action) return;
    event.preventDefault();
    if (event.repeat) return;
    action();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
