/** A list section's heading with its "New …" button and the status note of the last action. */
export function SectionHead({
  id,
  title,
  newLabel,
  onNew,
  note,
}: {
  id: string;
  title: string;
  newLabel: string;
  onNew: () => void;
  note: string | null;
}) {
  return (
    <>
      <div className="screen-head">
        <h3 id={id}>{title}</h3>
        <button type="button" onClick={onNew}>
          {newLabel}
        </button>
      </div>
      {note && (
        <p className="screen-note" role="status">
          {note}
        </p>
      )}
    </>
  );
}
