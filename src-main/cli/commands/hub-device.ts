import { listDevices, revokeDevice } from '../../../src-hub/admin/devices';
import { inHubTransaction } from '../../../src-hub/db/hub-transaction';
import { CliError, type Command } from '../command';
import { requireOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

/** `hub device list`: every PC enrolled with the hub, with when it last synced. */
export const hubDeviceListCommand: Command = {
  words: ['hub', 'device', 'list'],
  summary: 'List the PCs enrolled with the plant hub',
  options: { pg: PG_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  async run(values, io) {
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const devices = await inHubTransaction(hub.db, { role: 'owner' }, listDevices);
      if (values.json === true) {
        io.out(`${JSON.stringify(devices, null, 2)}\n`);
        return 0;
      }
      if (devices.length === 0) {
        io.out('No PC is enrolled with this hub yet.\n');
        return 0;
      }
      for (const d of devices) {
        const state = d.revokedAt
          ? `revoked ${d.revokedAt}`
          : `last push ${d.lastPushAt ?? 'never'}, last pull ${d.lastPullAt ?? 'never'}`;
        io.out(`${d.deviceId}  ${d.name}  (${d.userId})  ${state}\n`);
      }
      return 0;
    } finally {
      await hub.close();
    }
  },
};

/** `hub device revoke`: a lost or retired PC can no longer push or pull. */
export const hubDeviceRevokeCommand: Command = {
  words: ['hub', 'device', 'revoke'],
  summary: 'Revoke a PC: it can no longer sync (its rows on the hub stay)',
  options: {
    pg: PG_OPTION,
    device: {
      type: 'string',
      value: 'ID',
      description: 'the device id (see "hub device list")',
      required: true,
    },
  },
  async run(values, io) {
    const deviceId = requireOption(values, 'device');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const done = await inHubTransaction(hub.db, { role: 'owner' }, (trx) =>
        revokeDevice(trx, deviceId, null),
      );
      if (!done) throw new CliError(`No device ${deviceId} is enrolled with this hub.`);
      io.out(`Revoked ${deviceId}: it can no longer sync. Enrol it again to bring it back.\n`);
      return 0;
    } finally {
      await hub.close();
    }
  },
};
