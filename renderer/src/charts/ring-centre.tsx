/** The ring's middle: taken/due. Shown on its own while the ring's code loads. */
export function RingCentre({ taken, due }: { taken: number; due: number }) {
  return (
    <span className="today-ring__centre">
      <strong>
        {taken}/{due}
      </strong>
      <span>taken</span>
    </span>
  );
}
