import { useEffect, useRef } from 'react';

/**
 * A native modal dialog, shown as soon as it mounts (Esc then reaches it, the screen behind is
 * inert), and the number of its latest call to the core: each call takes the next number, and
 * closing or unmounting moves it on, so an answer that arrives after Back, Cancel or a newer call
 * is seen to be stale and dropped.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const request = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      request.current += 1;
    };
  }, []);

  /** Closes the dialog; an answer still on its way is dropped. */
  function close(): void {
    request.current += 1;
    dialog.current?.close();
  }

  return { dialog, request, close };
}
