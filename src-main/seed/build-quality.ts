import type { InspectionMethod } from '../../src-shared/domain/enums';
import { defectCatalogue } from '../db/reference-defaults';
import { addDays } from './dates';
import { idAt, momentOf, type SeedContext } from './seed-context';
import type { Stamped } from './seed-types';
import type { InspectionSample } from './simulate-lines';
import { verification } from './verification';

export interface QualityRows {
  quality_entry: Stamped[];
  defect_detail: Stamped[];
}

const DEFECT_NAMES = new Map(defectCatalogue().map((d) => [d.defect_code, d.defect_name]));

/** Inspection method by inspection point: measuring at cutting, audits at the end, looking in between. */
function methodOf(operation: string): InspectionMethod {
  if (operation === 'CUTTING') return 'MEASUREMENT';
  if (operation.startsWith('FINAL')) return 'SAMPLE_CHECK';
  return 'VISUAL';
}

/**
 * Inspections of the sampled line-days, cycling through the client's inspection points (so RTY
 * has every operation), with one defect detail per defect found: defective units carry one defect,
 * a fifth of them a second. The defect types, root causes and rates are the client profile's.
 */
export function buildQuality(ctx: SeedContext, samples: readonly InspectionSample[]): QualityRows {
  const profile = ctx.client.profile;
  const random = ctx.random.fork('quality');
  const ids = random.fork('ids');
  const operations = Object.entries(profile.inspections);
  const rows: QualityRows = { quality_entry: [], defect_detail: [] };
  samples.forEach((sample, n) => {
    const [operation = 'FINAL', factor = 1] = operations[n % operations.length] ?? [];
    const inspected =
      sample.units <= 20
        ? sample.units
        : Math.min(sample.units, Math.max(20, Math.round(sample.units * random.between(0.12, 0.3))));
    const rate = Math.min(0.9, profile.defectRate * factor * random.between(0.5, 1.5));
    let defective = 0;
    for (let u = 0; u < inspected; u += 1) if (random.chance(rate)) defective += 1;
    let extra = 0;
    for (let u = 0; u < defective; u += 1) if (random.chance(0.2)) extra += 1;
    const defects = defective + extra;
    const rework = Math.round(defective * random.between(0.5, 0.9));
    const repair = Math.min(defective - rework, Math.round(defective * 0.2));
    const day = sample.shift === 'SHIFT_1ST' ? sample.date : addDays(sample.date, 1);
    const at = momentOf(ctx, day, sample.shift === 'SHIFT_1ST' ? '16:30' : '05:30');
    const qualityId = idAt(ids, at);
    const types = Array.from({ length: defects }, () => random.weighted(profile.defectWeights));
    const unitOf = sample.job?.id ?? sample.order.id;
    rows.quality_entry.push({
      at,
      row: {
        quality_entry_id: qualityId,
        work_order_id: sample.order.id,
        // Now and then the inspector writes no job: DPMO then uses the client's default opportunities.
        job_id: random.chance(0.1) ? null : (sample.job?.id ?? null),
        client_id: ctx.client.id,
        shift_date: sample.date,
        shift_type: sample.shift,
        operation_checked: operation,
        units_inspected: inspected,
        units_passed: inspected - defective,
        units_defective: defective,
        units_requiring_rework: rework,
        units_requiring_repair: repair,
        defect_categories: [...new Set(types)].join(',') || null,
        total_defects_count: defects,
        qc_inspector_id: ctx.staff.inspector,
        recorded_by_user_id: ctx.staff.inspector,
        inspection_method: methodOf(operation),
        sample_size_percent: Math.round((inspected / sample.units) * 1000) / 10,
        notes: defective > inspected * 0.1 ? 'Above the AQL limit: line leader informed' : null,
        ...verification(ctx, sample.date, random, 'verified_by_user_id'),
      },
    });
    types.forEach((type, k) => {
      // The first `defective` defects are on distinct units; the extra ones on some of those units.
      const unit = k < defective ? k : random.int(0, Math.max(0, defective - 1));
      rows.defect_detail.push({
        at,
        row: {
          defect_detail_id: idAt(ids, at),
          quality_entry_id: qualityId,
          client_id: ctx.client.id,
          defect_type: type,
          defect_description: `${DEFECT_NAMES.get(type) ?? type} at ${operation.toLowerCase().replaceAll('_', ' ')}`,
          unit_serial_or_id: `${unitOf}-${String(unit + 1).padStart(4, '0')}`,
          is_rework_required: unit < rework ? 1 : 0,
          is_repair_in_current_op: unit >= rework && unit < rework + repair ? 1 : 0,
          is_scrapped: unit >= rework + repair ? 1 : 0,
          root_cause: random.weighted(profile.rootCauses),
        },
      });
    });
  });
  return rows;
}
