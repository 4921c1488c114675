import { listDevices, revokeDevice } from '../../../src-hub/admin/devices';
import { inHubTransaction } from '../../../src-hub/db/hub-transaction';
import { type Command, cliError } from '../command';
import { cliText } from '../i18n/cli-words';
import { requireOption } from '../options';
import { hubDatabase, PG_OPTION } from './hub-options';

/** `hub device list`: every PC enrolled with the hub, with when it last synced. */
export const hubDeviceListCommand: Command = {
  words: ['hub', 'device', 'list'],
  summary: {
    en: 'List the PCs enrolled with the plant hub',
    es: 'Lista las PC inscritas en el servidor de planta',
  },
  options: {
    pg: PG_OPTION,
    json: { type: 'boolean', description: { en: 'print JSON', es: 'imprime JSON' } },
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const devices = await inHubTransaction(hub.db, { role: 'owner' }, listDevices);
      if (values.json === true) {
        io.out(`${JSON.stringify(devices, null, 2)}\n`);
        return 0;
      }
      if (devices.length === 0) {
        io.out(`${text.say('noDevices')}\n`);
        return 0;
      }
      for (const d of devices) {
        const never = text.words.never;
        const state = d.revokedAt
          ? text.say('deviceRevokedAt', { at: d.revokedAt })
          : text.say('deviceSynced', { push: d.lastPushAt ?? never, pull: d.lastPullAt ?? never });
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
  summary: {
    en: 'Revoke a PC: it can no longer sync (its rows on the hub stay)',
    es: 'Revoca una PC: ya no puede sincronizar (sus registros en el servidor quedan)',
  },
  options: {
    pg: PG_OPTION,
    device: {
      type: 'string',
      value: 'ID',
      description: {
        en: 'the device id (see "hub device list")',
        es: 'el ID del equipo (vea "hub device list")',
      },
      required: true,
    },
  },
  async run(values, io) {
    const text = cliText(io.language ?? 'en');
    const deviceId = requireOption(values, 'device');
    const hub = hubDatabase(values, io.env, 'owner', 1);
    try {
      const done = await inHubTransaction(hub.db, { role: 'owner' }, (trx) =>
        revokeDevice(trx, deviceId, null),
      );
      if (!done) throw cliError('noSuchDevice', { device: deviceId });
      io.out(`${text.say('deviceRevoked', { device: deviceId })}\n`);
      return 0;
    } finally {
      await hub.close();
    }
  },
};
