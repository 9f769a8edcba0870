import type { HistoryView, IpcResult, PostureApi } from '@shared/ipc-contract';

/** The spans the backend answers (the contract's getHistory). */
export type HistorySpan = 7 | 30 | 90 | 365;

export interface HistoryState {
  /** The latest answer for the span, or null before the first. */
  view: HistoryView | null;
  error: string | null;
}

interface Span {
  state: HistoryState;
  /** Views on screen that show this span; only those are kept fresh. */
  watchers: number;
  loading: boolean;
  /** From before a reconnection: shown until its successor arrives, but not fresh. */
  outdated: boolean;
  /** An answer asked for before any view needed it (see prefetch). */
  early: Promise<IpcResult<HistoryView>> | null;
}

/**
 * The page's history, one answer per span, shared by every view that shows
 * it. A span is fetched when a view first needs it, and again only when the
 * backend's history revision (every snapshot carries it) has moved past the
 * revision its answer was made at, or the span was never answered. The
 * minute ticks that change nothing therefore fetch nothing. At most one
 * request per span is under way; an answer older than a revision that came
 * meanwhile is followed by one more. A failed span is asked again with the
 * next snapshot.
 */
export class HistoryStore {
  private readonly spans = new Map<HistorySpan, Span>();
  private readonly listeners = new Set<() => void>();
  /** The newest snapshot's historyRevision, null until one arrived. */
  private revision: number | null = null;
  /** Counts reconnections: an answer to a request sent before one is outdated. */
  private connection = 0;

  constructor(private readonly api: PostureApi) {}

  /**
   * Sets a span off before any view needs it (at start-up, see main.tsx), so
   * the first charts do not wait for the page to mount before their data
   * leaves.
   */
  prefetch(days: HistorySpan): void {
    const span = this.span(days);
    if (span.state.view || span.loading || span.early) return;
    span.early = this.api.getHistory({ days });
    this.load(days);
  }

  /** A snapshot arrived: the spans on screen whose answers are older are fetched again. */
  setRevision(revision: number): void {
    this.revision = revision;
    for (const [days, span] of this.spans) if (span.watchers > 0 && this.isStale(span)) this.load(days);
  }

  /**
   * The page reconnected, perhaps to a host started anew, whose revisions
   * count from the start again: every answer is stale until fetched again
   * (and stays on screen until then).
   */
  invalidate(): void {
    this.revision = null;
    this.connection++;
    for (const [days, span] of this.spans) {
      span.outdated = true;
      if (span.watchers > 0) this.load(days);
    }
  }

  /** A view shows `days` until the returned function is called. */
  watch(days: HistorySpan): () => void {
    const span = this.span(days);
    span.watchers++;
    if (this.isStale(span)) this.load(days);
    return () => {
      span.watchers--;
    };
  }

  /** The span's state; the same object until its next answer (for useSyncExternalStore). */
  get(days: HistorySpan): HistoryState {
    return this.span(days).state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private span(days: HistorySpan): Span {
    let span = this.spans.get(days);
    if (!span) {
      span = { state: { view: null, error: null }, watchers: 0, loading: false, outdated: false, early: null };
      this.spans.set(days, span);
    }
    return span;
  }

  /**
   * Whether the span needs a request: never answered, failed, or answered
   * before the newest revision. An answer can be newer than the newest
   * snapshot (made after a change whose push is still on its way); that one
   * is fresh.
   */
  private isStale(span: Span): boolean {
    const view = span.state.view;
    if (span.loading) return false;
    if (!view || span.state.error !== null || span.outdated) return true;
    return this.revision !== null && view.revision < this.revision;
  }

  private load(days: HistorySpan): void {
    const span = this.span(days);
    if (span.loading) return;
    span.loading = true;
    const request = span.early ?? this.api.getHistory({ days });
    const connection = this.connection;
    span.early = null;
    void request.then((result) => {
      span.loading = false;
      if (result.ok && connection === this.connection) span.outdated = false;
      span.state = result.ok ? { view: result.value, error: null } : { ...span.state, error: result.error.message };
      for (const listener of this.listeners) listener();
      const lateAnswer = connection !== this.connection;
      if (span.watchers > 0 && (lateAnswer || (result.ok && this.isStale(span)))) this.load(days);
    });
  }
}
