import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src-shared/domain/enums';
import { DEFECT_TEMPLATE_NAMES, DEFECT_TEMPLATES } from './defect-templates';

const DIR = join(__dirname, '../../docs/spec/defect-types');

describe('embedded defect templates', () => {
  it('has one template per CSV of docs/spec/defect-types', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('_template.csv'));
    expect(files.map((f) => f.replace(/_template\.csv$/, '')).sort()).toEqual(
      [...DEFECT_TEMPLATE_NAMES].sort(),
    );
  });

  it.each(DEFECT_TEMPLATE_NAMES)('equals %s_template.csv row for row', (name) => {
    const parsed = Papa.parse<Record<string, string>>(
      readFileSync(join(DIR, `${name}_template.csv`), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(parsed.errors).toEqual([]);
    const fromCsv = parsed.data.map((r) => ({
      defect_code: r.defect_code,
      defect_name: r.defect_name,
      description: r.description,
      category: r.category,
      severity_default: r.severity_default,
      industry_standard_code: r.industry_standard_code === '' ? null : r.industry_standard_code,
      sort_order: Number(r.sort_order),
    }));
    expect(DEFECT_TEMPLATES[name]).toEqual(fromCsv);
    expect(Object.keys(parsed.data[0] ?? {})).toEqual(Object.keys(DEFECT_TEMPLATES[name][0] ?? {}));
    for (const row of DEFECT_TEMPLATES[name]) expect(SEVERITIES).toContain(row.severity_default);
  });
});
