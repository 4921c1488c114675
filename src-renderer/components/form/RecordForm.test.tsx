// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../src-shared/contract';
import { TABLE_SPECS } from '../../../src-shared/tables/registry';
import '../../i18n/i18n';
import { RecordForm } from './RecordForm';

afterEach(cleanup);

/** A save the test answers when it wants: the form waits on it like on a slow core. */
function slowSave() {
  let answer: (result: Result<{ saved: true }>) => void = () => {};
  const save = vi.fn(
    () =>
      new Promise<Result<{ saved: true }>>((resolve) => {
        answer = resolve;
      }),
  );
  return { save, answer: (result: Result<{ saved: true }>) => answer(result) };
}

function workOrderForm(save: ReturnType<typeof slowSave>['save'], onCancel: () => void, onSaved = vi.fn()) {
  render(
    <RecordForm
      spec={TABLE_SPECS.work_order}
      title="New work order"
      groups={[{ fields: ['work_order_id', 'planned_quantity'] }]}
      row={null}
      base={{ client_id: 'BOOT-LINE-A' }}
      save={save}
      onSaved={onSaved}
      onCancel={onCancel}
    />,
  );
  return onSaved;
}

describe('a record form while its save runs', () => {
  it('saves once however often Save is pressed, and lets nobody leave until the core answers', async () => {
    const user = userEvent.setup();
    const slow = slowSave();
    const onCancel = vi.fn();
    const onSaved = workOrderForm(slow.save, onCancel);
    await user.type(screen.getByLabelText(/^Work order/), 'WO-9');
    await user.type(screen.getByLabelText(/Planned qty/), '500');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(screen.getByRole('button', { name: /Saving/ }));
    expect(slow.save).toHaveBeenCalledTimes(1);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveProperty('disabled', true);
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();

    slow.answer({ ok: true, data: { saved: true } });
    await screen.findByRole('button', { name: 'Save' });
    expect(onSaved).toHaveBeenCalledWith({ saved: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveProperty('disabled', false);
  });

  it('after a refused save, can be saved again', async () => {
    const user = userEvent.setup();
    const slow = slowSave();
    workOrderForm(slow.save, vi.fn());
    await user.type(screen.getByLabelText(/^Work order/), 'WO-9');
    await user.type(screen.getByLabelText(/Planned qty/), '500');
    await user.keyboard('{Control>}{Enter}{/Control}');
    slow.answer({ ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringMatching(/disk is full/),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(slow.save).toHaveBeenCalledTimes(2);
  });
});
