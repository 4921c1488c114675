import type { Row } from '../tenancy/scoped-store';
import { addDays, stamp } from './dates';
import { type DemoClient, FLOATERS_PER_CLIENT, floaterId, REGULARS_PER_CLIENT, regularId } from './demo-plan';
import { personName } from './names';
import type { Random } from './random';
import type { Stamped } from './seed-types';

/** The plant-level rows: employees, clients, who works for whom, and the floating pool. */
export interface PlantRows {
  employee: Stamped[];
  client: Stamped[];
  employee_client_assignment: Stamped[];
  floating_pool: Stamped[];
}

/**
 * Builds the plant: 16 regular employees per client (their line's department) and 4 floating
 * employees whose home client is where their own attendance is kept. Everything is dated a year
 * before the first demo day, as a plant that existed before the data starts would be.
 */
export function buildPlant(clients: readonly DemoClient[], firstDay: string, random: Random): PlantRows {
  const at = stamp(addDays(firstDay, -365), '08:00');
  const rows: PlantRows = { employee: [], client: [], employee_client_assignment: [], floating_pool: [] };
  const people = random.fork('people');
  for (const client of clients) {
    let line = 0;
    let seat = 0;
    for (let k = 0; k < REGULARS_PER_CLIENT; k += 1) {
      const stations = client.profile.lines[line]?.stations ?? REGULARS_PER_CLIENT;
      rows.employee.push({
        at,
        row: employee(
          regularId(client.index, k),
          personName(people),
          `${client.id} line ${line + 1}`,
          0,
          client.id,
          people,
        ),
      });
      seat += 1;
      if (seat >= stations) {
        line += 1;
        seat = 0;
      }
    }
    for (let k = 0; k < FLOATERS_PER_CLIENT; k += 1) {
      const id = floaterId(client.index, k);
      rows.employee.push({
        at,
        row: employee(id, personName(people), 'Floating pool', 1, client.id, people),
      });
      rows.floating_pool.push({
        at,
        row: {
          floating_pool_id: `${id}-${firstDay.replaceAll('-', '')}`,
          employee_id: id,
          status: 'ASSIGNED',
          assigned_to_client: client.id,
          notes: `Home client ${client.id}; covers its absences`,
        },
      });
    }
    const profile = client.profile;
    rows.client.push({
      at,
      row: {
        client_id: client.id,
        client_name: client.name,
        client_contact: profile.contact,
        client_email: `planning@${client.id.toLowerCase()}.example`,
        client_phone: `+52 55 5${String(100 + client.index).padStart(3, '0')} 0${client.index % 10}00`,
        location: profile.location,
        supervisor_id: regularId(client.index, 0),
        planner_id: regularId(client.index, 1),
        engineering_id: regularId(client.index, 2),
        client_type: profile.clientType,
        timezone: profile.timezone,
        is_active: 1,
      },
    });
    for (let k = 0; k < REGULARS_PER_CLIENT; k += 1)
      rows.employee_client_assignment.push({
        at,
        row: { employee_id: regularId(client.index, k), client_id: client.id },
      });
    for (let k = 0; k < FLOATERS_PER_CLIENT; k += 1)
      rows.employee_client_assignment.push({
        at,
        row: { employee_id: floaterId(client.index, k), client_id: client.id },
      });
  }
  return rows;
}

function employee(
  id: string,
  name: string,
  department: string,
  floating: 0 | 1,
  clientId: string,
  random: Random,
): Row {
  return {
    employee_id: id,
    employee_name: name,
    department,
    is_floating_pool: floating,
    // Floating employees are billed as support to whichever client they cover.
    is_support_billed: floating,
    is_support_included: 0,
    client_id_assigned: clientId,
    hourly_rate: Math.round(random.between(floating ? 4.2 : 3.6, floating ? 5.2 : 4.8) * 100) / 100,
    is_active: 1,
  };
}
