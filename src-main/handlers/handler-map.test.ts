import { describe, expect, it } from 'vitest';
import { contract } from '../../src-shared/contract';
import { joinChannels } from '../../src-shared/contract/join';
import { allHandlers } from '.';
import { crudHandlers } from './crud-handlers';
import { dataHandlers } from './data-handlers';
import { workflowHandlers } from './workflow-handlers';

describe('the handler map', () => {
  it('serves exactly the contract: every channel once, none the contract lacks', () => {
    expect(Object.keys(allHandlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('serves users.create with the admin handler (a password), never the generic row insert', () => {
    expect(allHandlers['users.create']).toBe(workflowHandlers['users.create']);
    expect(Object.hasOwn(dataHandlers, 'users.create')).toBe(false);
  });

  it('cannot start with a channel served twice: the generic and the admin users.create', () => {
    expect(() => joinChannels(crudHandlers(), workflowHandlers)).toThrow(
      'Channel "users.create" is defined twice',
    );
  });
});
