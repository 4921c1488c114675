import type { FieldGroup } from '../../components/form/RecordForm';

/**
 * The client form's fields (group titles are catalogue keys). Supervisor, planner and engineer (employee references) are left to the
 * CSV import: few plants fill them, and the form stays short enough for 1366×768.
 */
export const CLIENT_GROUPS: readonly FieldGroup[] = [
  { fields: ['client_id', 'client_name', 'client_type', 'location', 'timezone'] },
  { title: 'clients.contact', fields: ['client_contact', 'client_email', 'client_phone'] },
];
