import type { View, WindowState } from '@shared/ipc-contract';
import type { Clock, TrayHost, TrayModel, WindowHost } from '../core/ports';

/**
 * In the web host a "window" is a view every connected page shows at once;
 * closing it returns the pages to where they were. The list keeps closed
 * windows too, so tests can see what opened since launch.
 */
export class WebWindowHost implements WindowHost {
  private readonly windows: WindowState[] = [];
  private counter = 0;

  constructor(private readonly clock: Clock) {}

  open(view: View): void {
    const existing = this.windows.find((w) => w.view === view && w.open);
    if (existing) {
      // Bring it to the front: the pages show the most recently opened view.
      this.windows.splice(this.windows.indexOf(existing), 1);
      this.windows.push(existing);
      return;
    }
    this.windows.push({ id: `${view}-${++this.counter}`, view, open: true, openedAt: this.clock.now() });
  }

  close(view: View): void {
    for (const window of this.windows) if (window.view === view) window.open = false;
  }

  list(): WindowState[] {
    return this.windows.map((w) => ({ ...w }));
  }
}

/** The tray as a model: the page draws it and tests click it by id. */
export class WebTrayHost implements TrayHost {
  model: TrayModel = { tooltip: '', title: '', menu: [] };

  update(model: TrayModel): void {
    this.model = model;
  }
}
